//! Rules about the source tree itself, checked on every native `cargo test`: every Rust module
//! says what it is for (opens with a `//!` line), only `src/platform/` names the browser crates,
//! the modules of the app and of the core crate depend on each other without cycles, no
//! float is formatted or parsed with core's machinery (see `text::fixed`), and no case is mapped
//! with std's tables (see `fold::upper`).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, recursively, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else { return out };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The directories that hold the workspace's Rust code: the app, each crate's sources, tests
/// and benches, the root tests, and the fuzz targets.
fn workspace_dirs() -> Vec<PathBuf> {
    let root = root();
    let mut dirs = vec![root.join("src"), root.join("tests"), root.join("fuzz/fuzz_targets")];
    let mut crates: Vec<PathBuf> = fs::read_dir(root.join("crates"))
        .expect("crates/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    crates.sort();
    for c in crates {
        dirs.extend(["src", "tests", "benches"].map(|d| c.join(d)));
    }
    dirs
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root()).unwrap_or(path).display().to_string()
}

#[test]
fn every_rust_module_opens_with_a_doc_comment() {
    let mut files: Vec<PathBuf> = workspace_dirs().iter().flat_map(|d| rust_files(d)).collect();
    files.push(root().join("build.rs"));
    assert!(files.len() > 30, "the walk found the tree: {} files", files.len());
    let missing: Vec<String> = files
        .iter()
        .filter(|f| {
            let text = fs::read_to_string(f).unwrap_or_default();
            !text.lines().next().is_some_and(|l| l.starts_with("//!"))
        })
        .map(|f| relative(f))
        .collect();
    assert!(missing.is_empty(), "these files do not open with a `//!` line saying what they are for: {missing:#?}");
}

/// A file's code without its tests (everything from a `#[cfg(test)]` line on, where this crate
/// keeps them) and without comments (what is after `//` on a line).
fn app_code(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap_or_default();
    let code = text.split("\n#[cfg(test)]").next().unwrap_or_default();
    code.lines().map(|l| l.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n")
}

#[test]
fn only_the_platform_layer_names_the_browser_crates() {
    let src = root().join("src");
    let platform = src.join("platform");
    let mut offenders = Vec::new();
    for file in rust_files(&src).iter().filter(|f| !f.starts_with(&platform)) {
        let code = app_code(file);
        for (n, line) in code.lines().enumerate() {
            for name in ["web_sys", "js_sys", "gloo", "wasm_bindgen"] {
                if line.contains(&format!("{name}::")) || line.contains(&format!("use {name}")) {
                    offenders.push(format!("{}:{}: {}", relative(file), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(offenders.is_empty(), "browser APIs outside src/platform/ (add a platform function): {offenders:#?}");
}

/// Every line of the app's and the core's code (tests left out) that `offends`, as
/// "file:line: code".
fn offending_lines(offends: impl Fn(&str) -> bool) -> Vec<String> {
    let mut offenders = Vec::new();
    for dir in [root().join("src"), root().join("crates/parallax-core/src")] {
        for file in rust_files(&dir) {
            for (n, line) in app_code(&file).lines().enumerate() {
                if offends(line) {
                    offenders.push(format!("{}:{}: {}", relative(&file), n + 1, line.trim()));
                }
            }
        }
    }
    offenders
}

/// Formatting a float with a precision ("{:.1}") or parsing one with `str::parse` brings core's
/// float-to-decimal and decimal-to-float code into the wasm (24 KB of the single file, gzip, in
/// December 2026): the app and its core use `parallax_core::text::fixed` and `text::decimal`.
#[test]
fn the_app_and_its_core_format_and_parse_no_float_with_cores_machinery() {
    let offenders = offending_lines(|line| {
        let precision = line.match_indices(":.").any(|(i, _)| {
            line[..i].rfind('{').is_some_and(|open| !line[open..i].contains('}'))
                && line[i + 2..].starts_with(|c: char| c.is_ascii_digit())
        });
        precision || line.contains("parse::<f64>") || line.contains("parse::<f32>")
    });
    assert!(offenders.is_empty(), "use text::fixed / text::decimal instead: {offenders:#?}");
}

/// `char::to_uppercase` / `to_lowercase` (and their `str` forms) bring std's case tables of every
/// script into the wasm (9.4 KB of the single file, gzip, in December 2026): the app and its core
/// use `parallax_core::fold::upper` / `fold::lower` (Latin, Greek, Cyrillic, Armenian). Tests may
/// use them (they compare the two).
#[test]
fn the_app_and_its_core_carry_no_unicode_case_tables() {
    let offenders = offending_lines(|line| line.contains(".to_uppercase()") || line.contains(".to_lowercase()"));
    assert!(offenders.is_empty(), "use fold::upper / fold::lower instead: {offenders:#?}");
}

/// Each key type of a `BTreeMap` or `BTreeSet` brings its own copy of the B-tree's code into the
/// wasm; replacing the last of them with `order::SortedSet`/`SortedMap` (sorted vectors) won
/// 7.3 KB of the single file, gzip (December 2026). Tests may use them.
#[test]
fn the_app_and_its_core_keep_no_b_trees_of_their_own() {
    let offenders = offending_lines(|line| line.contains("BTreeMap") || line.contains("BTreeSet"));
    assert!(offenders.is_empty(), "use parallax_core::order::SortedSet / SortedMap: {offenders:#?}");
}

/// The module path of a file under src/ ("ui::task" for src/ui/task.rs, "state" for
/// src/state/mod.rs; "" for lib.rs and main.rs).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts.join("::")
}

/// The deepest known module a path (its segments after `crate::`) names.
fn resolve(modules: &BTreeSet<String>, segments: &[&str]) -> Option<String> {
    (1..=segments.len()).rev().map(|n| segments[..n].join("::")).find(|m| modules.contains(m))
}

/// Module dependencies in the crate whose sources are in `src`: `crate::a::b` and `super::x`
/// paths in each file's code. A module may use what its ancestors define (`state::selection`
/// implements `State`, defined in `state`): those edges are part of being nested, not
/// dependencies, and are left out. With `top_level`, every module counts as the top-level module
/// it is in (a directory module `entities/` with its submodules is one module, `entities`).
fn module_graph_of(src: &Path, top_level: bool) -> BTreeMap<String, BTreeSet<String>> {
    let files = rust_files(src);
    let modules: BTreeSet<String> = files.iter().map(|f| module_of(src, f)).filter(|m| !m.is_empty()).collect();
    let ident = |s: &str| -> Vec<String> {
        s.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    };
    let node = |m: &str| -> String {
        if top_level {
            m.split("::").next().unwrap_or_default().to_string()
        } else {
            m.to_string()
        }
    };
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let module = module_of(src, file);
        if module.is_empty() {
            continue;
        }
        // What `super` means here: the parent of this module.
        let mut parent: Vec<&str> = module.split("::").collect();
        parent.pop();
        let code = app_code(file);
        let mut targets = Vec::new();
        // `use super::{a, b::c}` and `use crate::x::{y, z}`: one path per item of the braces.
        let flat = code.replace('\n', " ");
        let mut rest = flat.as_str();
        while let Some(at) = rest.find("::{") {
            let head_start =
                rest[..at].rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).map_or(0, |i| i + 1);
            let head = &rest[head_start..at];
            let close = rest[at..].find('}').map_or(rest.len(), |i| at + i);
            for item in rest[at + 3..close].split(',') {
                let item = item.trim().split(" as ").next().unwrap_or_default().trim();
                if !item.is_empty() {
                    targets.push(format!("{head}::{item}"));
                }
            }
            rest = &rest[close..];
        }
        targets.extend(ident(&flat));
        for path in targets {
            let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
            let absolute: Vec<&str> = match segments.first() {
                Some(&"crate") => segments[1..].to_vec(),
                Some(&"super") => {
                    let mut base = parent.clone();
                    let mut rest = &segments[1..];
                    while rest.first() == Some(&"super") {
                        base.pop();
                        rest = &rest[1..];
                    }
                    base.extend_from_slice(rest);
                    base
                }
                _ => continue,
            };
            let Some(target) = resolve(&modules, &absolute) else { continue };
            let is_ancestor = module == target || module.starts_with(&format!("{target}::"));
            let (from, to) = (node(&module), node(&target));
            if !is_ancestor && from != to {
                graph.entry(from).or_default().insert(to);
            }
        }
    }
    graph
}

/// The app crate's module graph (`src/`), module by module.
fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    module_graph_of(&root().join("src"), false)
}

/// A cycle in the graph, as the modules along it, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_app_modules_depend_on_each_other_without_cycles() {
    let graph = module_graph();
    // The walk sees the layering it is meant to check.
    let uses = |from: &str, to: &str| graph.get(from).is_some_and(|t| t.contains(to));
    assert!(uses("ui::task", "platform"), "{graph:#?}");
    assert!(uses("ui::add_articles", "ui::task"), "{graph:#?}");
    assert!(uses("platform::address", "route"), "{graph:#?}");
    if let Some(cycle) = find_cycle(&graph) {
        panic!("an import cycle: {}", cycle.join(" -> "));
    }
    // The plain modules never reach up into the browser layers.
    for (from, to) in graph.iter().flat_map(|(f, ts)| ts.iter().map(move |t| (f, t))) {
        let browser = |m: &str| m == "ui" || m.starts_with("ui::") || m == "platform" || m.starts_with("platform::");
        assert!(browser(from) || !browser(to), "{from} (plain Rust) uses {to}");
        let ui = |m: &str| m == "ui" || m.starts_with("ui::");
        assert!(ui(from) || !ui(to), "{from} uses the UI ({to})");
    }
}

#[test]
fn the_cycle_finder_finds_cycles() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("ui::a".to_string(), BTreeSet::from(["ui::b".to_string()])),
        ("ui::b".to_string(), BTreeSet::from(["platform".to_string(), "ui::a".to_string()])),
    ]
    .into_iter()
    .collect();
    assert_eq!(find_cycle(&graph), Some(vec!["ui::a".into(), "ui::b".into(), "ui::a".into()]));
    let acyclic: BTreeMap<String, BTreeSet<String>> =
        [("ui::a".to_string(), BTreeSet::from(["ui::b".to_string()]))].into_iter().collect();
    assert_eq!(find_cycle(&acyclic), None);
}

#[test]
fn the_core_modules_depend_on_each_other_without_cycles() {
    let graph = module_graph_of(&root().join("crates/parallax-core/src"), true);
    // The walk sees the layering it is meant to check: a stage on the stages before it, the
    // tokenizer on the lexicon, a re-export (`text` re-exports `fold`) as one edge to its source.
    let uses = |from: &str, to: &str| graph.get(from).is_some_and(|t| t.contains(to));
    assert!(uses("claims", "features"), "{graph:#?}");
    assert!(uses("ingest", "dates"), "{graph:#?}");
    assert!(uses("text", "lexicon"), "{graph:#?}");
    assert!(uses("text", "fold"), "{graph:#?}");
    assert!(uses("quotes", "entities"), "a directory module is one module: {graph:#?}");
    if let Some(cycle) = find_cycle(&graph) {
        panic!("an import cycle in parallax-core: {}", cycle.join(" -> "));
    }
    // The leaves everything may use depend on nothing but the hasher.
    for leaf in ["fold", "hash", "lists", "order"] {
        let deps = graph.get(leaf).cloned().unwrap_or_default();
        assert!(deps.iter().all(|d| d == "hash"), "{leaf} is a leaf module, yet uses {deps:?}");
    }
}

/// The graph builder and the cycle finder together, on a small crate written to a temporary
/// directory: a cycle through a directory module's submodule is found, and removing the edge
/// that closes it leaves none.
#[test]
fn a_cycle_through_a_directory_module_is_found() {
    let dir = std::env::temp_dir().join(format!("source-tree-cycle-{}", std::process::id()));
    let write = |path: &str, text: &str| {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    };
    write("lib.rs", "//! root\npub mod a;\npub mod b;\npub mod c;\n");
    write("a.rs", "//! a\nuse crate::b::{self, Thing};\n");
    write("b/mod.rs", "//! b\nmod inner;\npub struct Thing;\n");
    write("b/inner.rs", "//! b::inner\nuse super::Thing;\npub fn f() { crate::c::g() }\n");
    write("c.rs", "//! c\npub fn g() {}\n#[cfg(test)]\nmod tests { use crate::a; }\n");
    let graph = module_graph_of(&dir, true);
    let found = find_cycle(&graph);
    write("c.rs", "//! c\npub fn g() { crate::a::h() }\n");
    let cyclic = module_graph_of(&dir, true);
    let cycle = find_cycle(&cyclic);
    let _ = fs::remove_dir_all(&dir);
    assert_eq!(found, None, "tests are not dependencies: {graph:#?}");
    assert_eq!(graph.get("b"), Some(&BTreeSet::from(["c".to_string()])), "b::inner counts as b: {graph:#?}");
    assert_eq!(cycle, Some(vec!["a".into(), "b".into(), "c".into(), "a".into()]), "{cyclic:#?}");
}
