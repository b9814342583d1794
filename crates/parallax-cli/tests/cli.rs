//! The command as a user runs it: files, directories and standard input read as the app reads
//! them, JSON, text, a bundle the app can open, refusals, usage errors and a closed pipe.

use std::process::{Command, Stdio};

fn corpus() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus")
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_parallax-cli")).args(args).arg(corpus()).output().expect("runs")
}

#[test]
fn json_output_has_the_documented_shape() {
    let out = run(&["--format", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["documents"].as_array().map(Vec::len), Some(5));
    for key in ["entities", "numbers", "topics", "claims", "quotes", "diagnostics"] {
        assert!(json[key].is_array(), "{key} is an array");
    }
    let value = &json["numbers"][0]["value"];
    assert!(value.is_number() || value.is_string(), "values are plain numbers or ISO text: {value}");
    // A figure compared across sources says what it is and each source's value as written, and a
    // disagreement about it says whether it is a conflict or an update.
    let claims = json["claims"].as_array().expect("claims");
    let coalition = claims
        .iter()
        .find(|c| c["figure"]["what"] == "countries or leaders taking part")
        .expect("the coalition's size is a key figure");
    assert_eq!(coalition["status"], "disagreement");
    assert_eq!(coalition["nature"], "conflict");
    let values: Vec<&str> =
        coalition["figure"]["values"].as_array().unwrap().iter().map(|v| v["value"].as_str().unwrap()).collect();
    assert!(values.contains(&"30") && values.contains(&"35"), "{values:?}");
    assert!(
        claims.iter().all(|c| c["status"] == "disagreement" || c.get("nature").is_none()),
        "only disagreements have a nature"
    );
}

#[test]
fn a_bundle_written_by_the_command_decodes_to_the_same_analysis() {
    let path = std::env::temp_dir().join(format!("parallax-cli-test-{}.parallax", std::process::id()));
    let out = run(&["--bundle", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("5 documents"));
    let bytes = std::fs::read(&path).expect("bundle written");
    let _ = std::fs::remove_file(&path);
    let bundle = parallax_core::bundle::decode(&bytes).expect("decodes");
    assert_eq!(bundle.sources.len(), 5);
    let fresh = parallax_core::analyze(&bundle.sources);
    assert_eq!(bundle.analysis.claims, fresh.claims, "the same claims as analysing in place");
    assert_eq!(bundle.analysis.entities, fresh.entities);
}

#[test]
fn bad_options_are_explained() {
    let out = Command::new(env!("CARGO_BIN_EXE_parallax-cli")).args(["--format", "yaml", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("json or text"));
}

/// A fresh directory for one test's files.
fn scratch(test: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("parallax-cli-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

fn command(args: &[&std::ffi::OsStr]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_parallax-cli")).args(args).output().expect("runs")
}

/// The JSON the core gives for these files imported as the app imports them (id = file stem,
/// label = HTML title).
fn as_the_app_reads(files: &[(&str, &[u8])]) -> serde_json::Value {
    let sources: Vec<parallax_core::Source> = files
        .iter()
        .map(|(name, bytes)| {
            let imported = parallax_core::import::import_file(name, bytes).expect("imports");
            let id = name.rsplit_once('.').map_or(*name, |(stem, _)| stem);
            parallax_core::Source::new(id, imported.text).with_label(imported.title)
        })
        .collect();
    let analysis = parallax_core::analyze(&sources);
    serde_json::to_value(parallax_core::report::report(&analysis)).expect("JSON")
}

const LATIN: &[u8] =
    b"Caf\xe9 owners in Paris said on Thursday that 12 \x93new\x94 terraces opened.\n\nThe mayor\x92s office agreed.\n";
const MARKDOWN: &[u8] =
    b"# Summit in *Paris*\n\nTwenty-six nations [pledged](http://x.invalid) troops on **Thursday**.\n";
const HTML: &[u8] = b"<!doctype html><html><head><title>Leaders &amp; allies</title><style>p{color:red}</style></head>\
<body><script>alert(1)</script><h1>Summit</h1><p>Twenty-six&nbsp;nations &ldquo;pledged&rdquo; support in Paris.</p></body></html>";

#[test]
fn windows_1252_markdown_and_html_files_are_read_as_the_app_reads_them() {
    let dir = scratch("formats");
    let files: [(&str, &[u8]); 3] = [("latin.txt", LATIN), ("notes.md", MARKDOWN), ("page.html", HTML)];
    let paths: Vec<std::path::PathBuf> = files.iter().map(|(name, _)| dir.join(name)).collect();
    for ((_, bytes), path) in files.iter().zip(&paths) {
        std::fs::write(path, bytes).unwrap();
    }
    let out = command(&paths.iter().map(|p| p.as_os_str()).collect::<Vec<_>>());
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "notes are not failures: {stderr}");
    assert!(
        stderr.contains("latin.txt: not valid UTF-8 (first bad byte at 3): read as Windows-1252"),
        "the fallback is told on stderr: {stderr}"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json, as_the_app_reads(&files), "the same analysis as the app's import gives");
    let docs = json["documents"].as_array().unwrap();
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["latin", "notes", "page"]);
    assert!(docs[0]["sentences"][0]["text"].as_str().unwrap().starts_with("Caf\u{e9} owners"), "{}", docs[0]);
    assert!(docs[0]["sentences"][0]["text"].as_str().unwrap().contains("\u{201C}new\u{201D}"));
    let md: Vec<&str> = docs[1]["sentences"].as_array().unwrap().iter().map(|s| s["text"].as_str().unwrap()).collect();
    assert!(md.contains(&"Twenty-six nations pledged troops on Thursday."), "{md:?}");
    assert!(md.iter().all(|s| !s.contains(['*', '#', '[', '('])), "no Markdown marks left: {md:?}");
    assert_eq!(docs[2]["label"], "Leaders & allies", "the HTML title is the label");
    let html: Vec<&str> =
        docs[2]["sentences"].as_array().unwrap().iter().map(|s| s["text"].as_str().unwrap()).collect();
    assert!(html.iter().any(|s| s.contains("Twenty-six nations \u{201C}pledged\u{201D}")), "{html:?}");
    assert!(html.iter().all(|s| !s.contains("alert") && !s.contains("color") && !s.contains('<')), "{html:?}");
    assert_eq!(docs[1]["words"], as_the_app_reads(&files[1..2])["documents"][0]["words"]);
}

#[test]
fn a_directory_gives_every_article_file_sorted_and_a_binary_one_is_refused() {
    let dir = scratch("directory");
    std::fs::write(dir.join("b.md"), MARKDOWN).unwrap();
    std::fs::write(dir.join("a.txt"), LATIN).unwrap();
    std::fs::write(dir.join("c.HTM"), HTML).unwrap();
    std::fs::write(dir.join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    std::fs::write(dir.join("data.json"), b"{\"not\": \"an article\"}").unwrap();
    std::fs::create_dir(dir.join("sub.txt")).unwrap();
    let out = command(&[dir.as_os_str()]);
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "a refused file fails the run: {stderr}");
    assert!(
        stderr.contains("image.txt skipped: it is not text (it looks like a binary file"),
        "the refusal gives its reason: {stderr}"
    );
    assert!(!stderr.contains("data.json") && !stderr.contains("sub.txt"), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("the rest is still analysed");
    let ids: Vec<&str> = json["documents"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "b", "c"], "sorted by name, extensions in any case, other files left out");
}

#[test]
fn a_duplicate_text_is_refused_and_names_the_first() {
    let dir = scratch("duplicate");
    std::fs::write(dir.join("first.txt"), "Leaders met in Paris on Thursday.").unwrap();
    std::fs::write(dir.join("second.md"), "# Leaders met in *Paris* on Thursday").unwrap();
    let out = command(&[dir.as_os_str()]);
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("second.md skipped: it is the same text as \u{201C}first\u{201D}"), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["documents"].as_array().map(Vec::len), Some(1));
}

fn with_stdin(args: &[&str], input: &[u8]) -> std::process::Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax-cli"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_dash_reads_standard_input() {
    let out = with_stdin(&["-"], MARKDOWN);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["documents"][0]["id"], "stdin");
    let text = json["documents"][0]["sentences"][0]["text"].as_str().unwrap();
    assert!(text.contains("*Paris*"), "read as a .txt by default, marks kept: {text}");

    let out = with_stdin(&["--stdin-kind", "html", "-", "--format", "text"], HTML);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(summary.contains("1 document") && summary.contains("stdin"), "{summary}");

    let out = with_stdin(&["--stdin-kind=html", "-"], HTML);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json, as_the_app_reads(&[("stdin.html", HTML)]));

    let out = with_stdin(&["-"], b"\0\x01\x02binary");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("standard input skipped: it is not text"));
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    use std::io::BufRead;
    // The JSON of the seed corpus is about 300 KB, far more than a pipe holds, so the command is
    // still writing when the pipe closes.
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax-cli"))
        .arg(corpus())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert_eq!(first, "{\n");
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "nothing on stderr");
    assert!(out.status.success(), "{:?}", out.status);
}

#[test]
fn unknown_options_and_missing_values_are_usage_errors() {
    for (args, says) in [
        (&["--verbose", "x"][..], "unknown option --verbose"),
        (&["x", "--bundle"][..], "--bundle needs a file name"),
        (&["--stdin-kind", "pdf", "-"][..], "--stdin-kind takes txt, md or html"),
        (&[][..], "no file, directory or - to read"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_parallax-cli")).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says) && stderr.contains("usage: parallax-cli"), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty());
    }
    let out = Command::new(env!("CARGO_BIN_EXE_parallax-cli")).arg("--help").output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("usage: parallax-cli"));
}
