//! Reading the inputs as the app reads articles: files, directories and standard input go
//! through `parallax_core::import`, and each one refused is named with its reason.

use std::collections::HashSet;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use parallax_core::bundle;
use parallax_core::import::{self, Refusal, MAX_CORPUS_BYTES, MAX_DOCUMENTS, MAX_FILE_BYTES};
use parallax_core::Source;

use crate::args::{Input, StdinKind};

/// The extensions a directory is searched for (what the app's file picker accepts, less bundles).
pub const EXTENSIONS: [&str; 5] = ["txt", "md", "markdown", "html", "htm"];

/// Something to tell on stderr about one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The input was not added; the reason.
    Refused { name: String, why: String },
    /// The input was added, and this was done to it (read as Windows-1252, HTML reduced to text).
    Note { name: String, note: String },
}

/// The sources read, in order, and what to say about the inputs.
#[derive(Debug, Default)]
pub struct Loaded {
    pub sources: Vec<Source>,
    pub events: Vec<Event>,
}

impl Loaded {
    /// Was any input refused or unreadable?
    pub fn refused_any(&self) -> bool {
        self.events.iter().any(|e| matches!(e, Event::Refused { .. }))
    }
}

/// Reads every input in order. `stdin` is what `-` reads (once; a second `-` finds it empty).
/// With `for_bundle`, the app's corpus limits (documents, total text) apply too, because the app
/// refuses a bundle past them; printed analyses have no such limit.
pub fn read(inputs: &[Input], stdin_kind: StdinKind, stdin: &mut dyn io::Read, for_bundle: bool) -> Loaded {
    let mut corpus = Corpus { for_bundle, ..Corpus::default() };
    for input in inputs {
        match input {
            Input::Stdin => {
                let got = read_limited(stdin, None);
                corpus.add("standard input", "stdin", stdin_kind.file_name(), got);
            }
            Input::Path(path) if path.is_dir() => match list(path) {
                Ok(files) => {
                    for file in files {
                        corpus.add_file(&file);
                    }
                }
                Err(e) => corpus.refuse(path.display().to_string(), format!("the directory cannot be listed: {e}")),
            },
            Input::Path(path) => corpus.add_file(path),
        }
    }
    corpus.out
}

/// The files of a directory that the app would take, sorted by name (not recursive).
fn list(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| EXTENSIONS.contains(&&*e.to_ascii_lowercase()))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// What a read gave: the bytes, a file too large to import (its size), or an error.
enum Got {
    Bytes(Vec<u8>),
    TooLarge(usize),
    Failed(io::Error),
}

/// Reads at most the import's file limit; past it, only counts the rest (nothing is kept).
fn read_limited(source: &mut dyn io::Read, known_len: Option<u64>) -> Got {
    if let Some(len) = known_len.filter(|&l| l > MAX_FILE_BYTES as u64) {
        return Got::TooLarge(usize::try_from(len).unwrap_or(usize::MAX));
    }
    let mut bytes = Vec::new();
    if let Err(e) = (&mut *source).take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes) {
        return Got::Failed(e);
    }
    if bytes.len() <= MAX_FILE_BYTES {
        return Got::Bytes(bytes);
    }
    match io::copy(source, &mut io::sink()) {
        Ok(rest) => Got::TooLarge(bytes.len().saturating_add(usize::try_from(rest).unwrap_or(usize::MAX))),
        Err(e) => Got::Failed(e),
    }
}

/// The corpus being built, with what the app checks as it adds: duplicates by fingerprint,
/// unique ids, and (for bundles) the corpus limits.
#[derive(Default)]
struct Corpus {
    out: Loaded,
    ids: HashSet<String>,
    prints: Vec<(u64, String)>,
    bytes: usize,
    for_bundle: bool,
}

impl Corpus {
    fn refuse(&mut self, name: String, why: String) {
        self.out.events.push(Event::Refused { name, why });
    }

    fn add_file(&mut self, path: &Path) {
        let got = match File::open(path) {
            Ok(mut file) => {
                let len = file.metadata().ok().map(|m| m.len());
                read_limited(&mut file, len)
            }
            Err(e) => Got::Failed(e),
        };
        let file_name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let id = path.file_stem().map_or_else(|| path.display().to_string(), |s| s.to_string_lossy().into_owned());
        self.add(&path.display().to_string(), &id, &file_name, got);
    }

    /// Adds one input: `name` for messages, `id` the document id wanted, `file_name` what the
    /// import reads the format from.
    fn add(&mut self, name: &str, id: &str, file_name: &str, got: Got) {
        let bytes = match got {
            Got::Bytes(bytes) => bytes,
            Got::TooLarge(size) => {
                let why = Refusal::TooLarge { bytes: size, limit: MAX_FILE_BYTES }.to_string();
                return self.refuse(name.to_string(), why);
            }
            Got::Failed(e) => return self.refuse(name.to_string(), format!("it could not be read: {e}")),
        };
        if bundle::is_bundle(&bytes) {
            let why = "it is a Parallax bundle: open it in the app; the command reads articles".to_string();
            return self.refuse(name.to_string(), why);
        }
        let imported = match import::import_file(file_name, &bytes) {
            Ok(imported) => imported,
            Err(refusal) => return self.refuse(name.to_string(), refusal.to_string()),
        };
        if self.for_bundle && self.out.sources.len() >= MAX_DOCUMENTS {
            let why = format!("a bundle holds at most {MAX_DOCUMENTS} documents (the app's limit)");
            return self.refuse(name.to_string(), why);
        }
        if self.for_bundle && self.bytes + imported.text.len() > MAX_CORPUS_BYTES {
            let why = format!("the bundle would pass the app's {} MB limit of text", MAX_CORPUS_BYTES / (1024 * 1024));
            return self.refuse(name.to_string(), why);
        }
        let print = import::fingerprint(&imported.text);
        if let Some((_, of)) = self.prints.iter().find(|(p, _)| *p == print) {
            let why = Refusal::Duplicate { of: of.clone() }.to_string();
            return self.refuse(name.to_string(), why);
        }
        let id = unique_id(id, &self.ids);
        for note in imported.notes {
            self.out.events.push(Event::Note { name: name.to_string(), note });
        }
        self.ids.insert(id.clone());
        self.prints.push((print, id.clone()));
        self.bytes += imported.text.len();
        self.out.sources.push(Source::new(id, imported.text).with_label(imported.title));
    }
}

/// The id itself, or with `-2`, `-3`… when an earlier input has it (as the app does).
fn unique_id(base: &str, taken: &HashSet<String>) -> String {
    if !taken.contains(base) {
        return base.to_string();
    }
    (2..).map(|n| format!("{base}-{n}")).find(|id| !taken.contains(id)).unwrap_or_else(|| base.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stdin_only(kind: StdinKind, bytes: &[u8]) -> Loaded {
        read(&[Input::Stdin], kind, &mut &bytes[..], false)
    }

    #[test]
    fn standard_input_is_imported_as_its_kind_says() {
        let html = b"<html><head><title>A  headline</title></head><body><p>Leaders met.</p></body></html>";
        let loaded = stdin_only(StdinKind::Html, html);
        assert_eq!(loaded.sources.len(), 1);
        assert_eq!(loaded.sources[0].id, "stdin");
        assert_eq!(loaded.sources[0].label.as_deref(), Some("A headline"));
        assert_eq!(loaded.sources[0].text, "Leaders met.");
        let md = stdin_only(StdinKind::Markdown, b"# Title\n\nSome *bold* words.\n");
        assert_eq!(md.sources[0].text, "Title\n\nSome bold words.\n");
        let txt = stdin_only(StdinKind::Text, b"Some *bold* words.\r\n");
        assert_eq!(txt.sources[0].text, "Some *bold* words.\n", "a .txt keeps its marks");
        assert!(!txt.refused_any());
    }

    #[test]
    fn oversized_input_is_refused_with_its_size_without_keeping_it() {
        let big = vec![b'a'; MAX_FILE_BYTES + 10];
        let loaded = stdin_only(StdinKind::Text, &big);
        assert!(loaded.sources.is_empty());
        let expected = Refusal::TooLarge { bytes: MAX_FILE_BYTES + 10, limit: MAX_FILE_BYTES }.to_string();
        assert_eq!(loaded.events, vec![Event::Refused { name: "standard input".into(), why: expected }]);
    }

    #[test]
    fn duplicates_are_refused_and_ids_kept_unique() {
        let mut corpus = Corpus::default();
        corpus.add("a/x.txt", "x", "x.txt", Got::Bytes(b"Leaders met in Paris.".to_vec()));
        corpus.add("b/x.txt", "x", "x.txt", Got::Bytes(b"Leaders left Paris.".to_vec()));
        corpus.add("c/y.txt", "y", "y.txt", Got::Bytes(b"leaders MET in paris".to_vec()));
        let ids: Vec<&str> = corpus.out.sources.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["x", "x-2"]);
        let why = Refusal::Duplicate { of: "x".into() }.to_string();
        assert_eq!(corpus.out.events, vec![Event::Refused { name: "c/y.txt".into(), why }]);
    }

    #[test]
    fn bundles_keep_to_the_apps_corpus_limits() {
        let mut corpus = Corpus { for_bundle: true, bytes: MAX_CORPUS_BYTES - 5, ..Corpus::default() };
        corpus.add("a.txt", "a", "a.txt", Got::Bytes(b"Leaders met.".to_vec()));
        assert!(corpus.out.sources.is_empty());
        assert!(corpus.out.refused_any());
        let mut printed = Corpus { bytes: MAX_CORPUS_BYTES - 5, ..Corpus::default() };
        printed.add("a.txt", "a", "a.txt", Got::Bytes(b"Leaders met.".to_vec()));
        assert_eq!(printed.out.sources.len(), 1, "a printed analysis has no corpus limit");
    }
}
