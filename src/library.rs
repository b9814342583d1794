//! The reader's own corpus: adding articles to it and refusing bad input, without ever losing
//! what is already there. Plain functions, tested natively; the UI reads files and calls these.

use parallax_core::bundle::{self, Bundle};
use parallax_core::import::{self, Refusal, MAX_CORPUS_BYTES, MAX_DOCUMENTS};
use parallax_core::{Details, Source};

/// One thing the reader tried to add: a file's bytes, or pasted text with an optional label.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Input {
    File {
        name: String,
        bytes: Vec<u8>,
    },
    /// A file too large to read at all (its size in bytes).
    Oversized {
        name: String,
        size: usize,
    },
    /// A file the browser could not read (deleted or changed since it was picked, or a folder).
    Unreadable {
        name: String,
    },
    /// A corpus bundle (`.parallax`): opened as a whole, never added to.
    Bundle {
        name: String,
        bytes: Vec<u8>,
    },
    Paste {
        label: String,
        text: String,
        /// Outlet, date and address, as the reader gave them (already checked).
        details: Details,
    },
}

impl Input {
    /// A picked or dropped file of `size` bytes, before it is read: `Oversized` when it is past
    /// its limit (a bundle's is larger than an article's), so that it is never read into memory
    /// and the reader is told its size instead; None when it may be read.
    pub fn too_large(name: &str, size: usize) -> Option<Input> {
        let limit = if is_bundle_name(name) { bundle::MAX_BUNDLE_BYTES } else { import::MAX_FILE_BYTES };
        (size > limit).then(|| Input::Oversized { name: name.to_string(), size })
    }

    /// A picked or dropped file as read: a bundle (by its extension) or an article; `Unreadable`
    /// when the browser could not read it (`bytes` is None).
    pub fn read(name: String, bytes: Option<Vec<u8>>) -> Input {
        match bytes {
            Some(bytes) if is_bundle_name(&name) => Input::Bundle { name, bytes },
            Some(bytes) => Input::File { name, bytes },
            None => Input::Unreadable { name },
        }
    }

    fn name(&self) -> String {
        match self {
            Input::File { name, .. }
            | Input::Oversized { name, .. }
            | Input::Unreadable { name }
            | Input::Bundle { name, .. } => name.clone(),
            Input::Paste { label, .. } if !label.trim().is_empty() => label.trim().to_string(),
            Input::Paste { .. } => "pasted text".to_string(),
        }
    }
}

/// What adding did: the new corpus, and a line for each input that was refused or changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Added {
    pub sources: Vec<Source>,
    pub accepted: Vec<String>,
    pub refused: Vec<(String, String)>,
    pub notes: Vec<(String, String)>,
}

impl Added {
    /// One message for the reader.
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        match self.accepted.len() {
            0 => parts.push("Nothing was added.".to_string()),
            1 => parts.push("Added 1 article.".to_string()),
            n => parts.push(format!("Added {n} articles.")),
        }
        for (name, why) in self.refused.iter().take(20) {
            parts.push(format!("Not added: \u{201C}{name}\u{201D} \u{2014} {why}."));
        }
        if self.refused.len() > 20 {
            parts.push(format!("{} more not added.", self.refused.len() - 20));
        }
        for (name, note) in self.notes.iter().take(10) {
            parts.push(format!("\u{201C}{name}\u{201D}: {note}."));
        }
        parts.join(" ")
    }
}

fn unique_id(base: &str, taken: &std::collections::HashSet<String>) -> String {
    if !taken.contains(base) {
        return base.to_string();
    }
    (2..).map(|n| format!("{base}-{n}")).find(|id| !taken.contains(id)).unwrap_or_else(|| base.to_string())
}

/// Adds inputs to a corpus. The existing sources are kept whatever happens; each refused input
/// gets a specific reason; duplicates (the same words as a source already there) are refused.
pub fn add(existing: &[Source], inputs: Vec<Input>) -> Added {
    let mut sources = existing.to_vec();
    let mut taken: std::collections::HashSet<String> = sources.iter().map(|s| s.id.clone()).collect();
    let mut prints: Vec<(u64, String)> = sources.iter().map(|s| (import::fingerprint(&s.text), s.id.clone())).collect();
    let mut bytes: usize = sources.iter().map(|s| s.text.len()).sum();
    let mut out = Added { sources: Vec::new(), accepted: Vec::new(), refused: Vec::new(), notes: Vec::new() };
    for input in inputs {
        let name = input.name();
        if sources.len() >= MAX_DOCUMENTS {
            out.refused.push((name, Refusal::CorpusFull { limit: MAX_DOCUMENTS }.to_string()));
            continue;
        }
        let result = match &input {
            Input::File { name, bytes } => import::import_file(name, bytes),
            Input::Oversized { size, .. } => Err(Refusal::TooLarge { bytes: *size, limit: import::MAX_FILE_BYTES }),
            Input::Unreadable { .. } => Err(Refusal::Unreadable),
            Input::Bundle { .. } => Err(Refusal::BundleAmongArticles),
            Input::Paste { text, .. } => import::import_paste(text),
        };
        let imported = match result {
            Ok(i) => i,
            Err(r) => {
                out.refused.push((name, r.to_string()));
                continue;
            }
        };
        if bytes + imported.text.len() > MAX_CORPUS_BYTES {
            out.refused
                .push((name, format!("the corpus would pass its {} MB limit", MAX_CORPUS_BYTES / (1024 * 1024))));
            continue;
        }
        let print = import::fingerprint(&imported.text);
        if let Some((_, of)) = prints.iter().find(|(p, _)| *p == print) {
            out.refused.push((name, Refusal::Duplicate { of: of.clone() }.to_string()));
            continue;
        }
        let base = match &input {
            Input::File { name, .. }
            | Input::Oversized { name, .. }
            | Input::Unreadable { name }
            | Input::Bundle { name, .. } => import::id_from_name(name),
            Input::Paste { label, .. } if !label.trim().is_empty() => import::id_from_name(label.trim()),
            Input::Paste { .. } => {
                imported.title.as_deref().map(import::id_from_name).unwrap_or_else(|| "pasted".to_string())
            }
        };
        let id = unique_id(&base, &taken);
        for note in imported.notes {
            out.notes.push((name.clone(), note));
        }
        taken.insert(id.clone());
        prints.push((print, id.clone()));
        bytes += imported.text.len();
        let label = match &input {
            Input::Paste { label, .. } if !label.trim().is_empty() => Some(label.clone()),
            _ => imported.title.clone(),
        };
        let details = match &input {
            Input::Paste { details, .. } => details.clone(),
            _ => Details::default(),
        };
        sources.push(Source::new(id.clone(), imported.text).with_label(label).with_details(details));
        out.accepted.push(id);
    }
    out.sources = sources;
    out
}

/// The corpus with one source's label and details changed (the text stays as it was).
pub fn edit(sources: &[Source], id: &str, label: &str, details: Details) -> Vec<Source> {
    sources
        .iter()
        .map(|s| {
            if s.id == id {
                s.clone().with_label(Some(label.to_string())).with_details(details.clone())
            } else {
                s.clone()
            }
        })
        .collect()
}

/// The corpus without one source.
pub fn remove(sources: &[Source], id: &str) -> Vec<Source> {
    sources.iter().filter(|s| s.id != id).cloned().collect()
}

/// An address worth a link: http or https only (never `javascript:` or `data:`).
pub fn linkable(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && !url.contains(char::is_whitespace)
}

/// The version of what the browser keeps between visits. A record saved by an older version is
/// migrated when read; one saved by a newer version is left untouched and not overwritten.
/// 1: the sources. 2: the sources and their analysis as a bundle (a reload then skips analysis).
pub const STORAGE_VERSION: u32 = 2;

/// What the browser keeps: the reader's corpus, whether it was the one in use, and its analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub active: bool,
    pub sources: Vec<Source>,
    /// The analysis as a bundle, when the record has one (format 2 on).
    pub bundle: Option<Vec<u8>>,
}

impl Stored {
    /// The stored analysis, when it can be used as it is: it decodes, this engine made it, and it
    /// is the analysis of exactly the stored sources. Otherwise the sources are analysed again.
    pub fn reusable(&self) -> Option<Bundle> {
        let bundle = bundle::decode(self.bundle.as_deref()?).ok()?;
        (bundle.engine == bundle::ENGINE && bundle.sources == self.sources).then_some(bundle)
    }
}

/// Picking files that include a bundle opens the bundle; anything else picked with it is set aside.
#[derive(Debug)]
pub enum Pick {
    Articles(Vec<Input>),
    Bundle { name: String, bytes: Vec<u8>, opened: Result<Box<Bundle>, String>, set_aside: usize },
}

/// Sorts what was picked: a bundle (by its extension or its first bytes) or articles.
pub fn sort_pick(inputs: Vec<Input>) -> Pick {
    let is_bundle = |i: &Input| match i {
        Input::Bundle { .. } => true,
        Input::File { bytes, .. } => bundle::is_bundle(bytes),
        _ => false,
    };
    let Some(at) = inputs.iter().position(is_bundle) else { return Pick::Articles(inputs) };
    let set_aside = inputs.len() - 1;
    match inputs.into_iter().nth(at) {
        Some(Input::Bundle { name, bytes } | Input::File { name, bytes }) => {
            let opened = bundle::decode(&bytes).map(Box::new).map_err(|e| e.to_string());
            Pick::Bundle { name, bytes, opened, set_aside }
        }
        _ => Pick::Articles(Vec::new()),
    }
}

/// Reads a stored record's fields (as the platform layer found them) into a corpus, dropping
/// entries that are not usable. Errors say why nothing can be restored.
pub fn restore(
    version: u32,
    active: bool,
    entries: Vec<(String, String, Option<String>, Details)>,
    bundle: Option<Vec<u8>>,
) -> Result<Stored, String> {
    if version > STORAGE_VERSION {
        return Err(format!(
            "the articles saved in this browser come from a newer version of Parallax (format {version}); they are left as they are"
        ));
    }
    // Version 0 (none written) and 1 share one layout, with no analysis kept: it is made again.
    let mut seen = std::collections::HashSet::new();
    let sources = entries
        .into_iter()
        .filter(|(id, text, _, _)| !id.trim().is_empty() && !text.trim().is_empty())
        .filter(|(id, _, _, _)| seen.insert(id.clone()))
        .map(|(id, text, label, details)| Source::new(id, text).with_label(label).with_details(details))
        .collect();
    let bundle = if version >= 2 { bundle } else { None };
    Ok(Stored { active, sources, bundle })
}

/// A file name that says "bundle" (`.parallax`, in any case).
fn is_bundle_name(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(&format!(".{}", bundle::EXTENSION))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picked_files_are_sized_up_before_reading_and_sorted_by_extension() {
        let big = import::MAX_FILE_BYTES + 1;
        assert_eq!(Input::too_large("a.txt", big), Some(Input::Oversized { name: "a.txt".into(), size: big }));
        assert_eq!(Input::too_large("a.txt", import::MAX_FILE_BYTES), None);
        assert_eq!(Input::too_large("c.PARALLAX", big), None, "a bundle has a larger limit");
        assert!(Input::too_large("c.parallax", bundle::MAX_BUNDLE_BYTES + 1).is_some());
        assert_eq!(Input::read("a.txt".into(), Some(b"x".to_vec())), file("a.txt", b"x"));
        assert_eq!(
            Input::read("c.Parallax".into(), Some(b"x".to_vec())),
            Input::Bundle { name: "c.Parallax".into(), bytes: b"x".to_vec() }
        );
        assert_eq!(Input::read("gone.txt".into(), None), Input::Unreadable { name: "gone.txt".into() });
    }

    fn file(name: &str, bytes: &[u8]) -> Input {
        Input::File { name: name.to_string(), bytes: bytes.to_vec() }
    }

    #[test]
    fn stored_corpora_are_restored_checked_and_versioned() {
        let entries = vec![
            ("a".to_string(), "Leaders met.".to_string(), Some("Label A".to_string()), Details::default()),
            ("".to_string(), "no id".to_string(), None, Details::default()),
            ("b".to_string(), "  ".to_string(), None, Details::default()),
            ("a".to_string(), "a duplicate id".to_string(), None, Details::default()),
        ];
        let stored = restore(1, true, entries.clone(), None).unwrap();
        assert_eq!(stored.sources.len(), 1);
        assert_eq!(stored.sources[0].label.as_deref(), Some("Label A"));
        assert_eq!(
            restore(0, false, entries.clone(), None).unwrap().sources.len(),
            1,
            "an unversioned record reads as version 1"
        );
        assert!(restore(STORAGE_VERSION + 1, true, entries, None).unwrap_err().contains("newer version"));
    }

    #[test]
    fn a_stored_analysis_is_reused_only_when_it_fits_the_stored_sources() {
        let sources = vec![Source::new("a", "Leaders met in Paris. 26 nations pledged troops.")];
        let bytes = bundle::encode(&sources, &parallax_core::analyze(&sources));
        let entries = vec![("a".to_string(), sources[0].text.clone(), None, Details::default())];
        let stored = restore(2, true, entries.clone(), Some(bytes.clone())).unwrap();
        assert_eq!(stored.reusable().map(|b| b.analysis.documents.len()), Some(1));
        let v1 = restore(1, true, entries, Some(bytes.clone())).unwrap();
        assert!(v1.reusable().is_none(), "a version-1 record has no analysis: analyse again");
        let other = vec![("a".to_string(), "Something else entirely.".to_string(), None, Details::default())];
        assert!(restore(2, true, other, Some(bytes)).unwrap().reusable().is_none(), "not the stored sources");
        let damaged = restore(2, true, vec![], Some(b"PARALLAX\x01\0\0\0\xff".to_vec())).unwrap();
        assert!(damaged.reusable().is_none());
    }

    #[test]
    fn a_picked_bundle_opens_alone_and_a_damaged_one_is_explained() {
        let sources = vec![Source::new("a", "Leaders met in Paris.")];
        let bytes = bundle::encode(&sources, &parallax_core::analyze(&sources));
        let pick = sort_pick(vec![
            file("note.txt", b"Ministers met."),
            Input::Bundle { name: "corpus.parallax".into(), bytes: bytes.clone() },
        ]);
        match pick {
            Pick::Bundle { name, opened, set_aside, .. } => {
                assert_eq!((name.as_str(), set_aside), ("corpus.parallax", 1));
                assert_eq!(opened.unwrap().sources, sources);
            }
            Pick::Articles(_) => panic!("a bundle was picked"),
        }
        // Recognised by its first bytes too, whatever its name; a damaged one says why.
        match sort_pick(vec![file("renamed.bin", &bytes[..bytes.len() - 3])]) {
            Pick::Bundle { opened, .. } => assert!(opened.unwrap_err().contains("damaged")),
            Pick::Articles(_) => panic!("recognised by its signature"),
        }
        assert!(matches!(sort_pick(vec![file("a.txt", b"text")]), Pick::Articles(v) if v.len() == 1));
    }

    #[test]
    fn sources_are_relabelled_and_removed_by_id() {
        let sources = vec![Source::new("a", "Leaders met."), Source::new("b", "Ministers met.")];
        let details = Details::from_input("Example Post", "2025-09-04", "").unwrap();
        let edited = edit(&sources, "b", "  Second   report ", details.clone());
        assert_eq!(edited[1].label.as_deref(), Some("Second report"));
        assert_eq!((edited[1].details.clone(), edited[1].text.as_str()), (details, "Ministers met."));
        assert_eq!(edited[0], sources[0]);
        assert_eq!(edit(&sources, "b", "", Details::default())[1].label, None, "an empty label means derive one");
        assert_eq!(remove(&sources, "a"), vec![sources[1].clone()]);
        assert_eq!(remove(&sources, "zzz"), sources);
    }

    #[test]
    fn only_web_addresses_become_links() {
        for (url, ok) in [
            ("https://example.org/a", true),
            ("HTTP://example.org", true),
            ("javascript:alert(1)", false),
            ("data:text/html,<b>x</b>", false),
            ("example.org", false),
            ("https://exa mple.org", false),
        ] {
            assert_eq!(linkable(url), ok, "{url}");
        }
    }

    #[test]
    fn good_inputs_are_added_and_bad_ones_explained_without_losing_anything() {
        let existing = vec![Source::new("a", "Leaders met in Paris on Thursday.")];
        let added = add(
            &existing,
            vec![
                file("b.txt", b"Twenty-six nations pledged troops."),
                file("empty.txt", b""),
                file("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
                file("copy.txt", b"leaders met in paris on thursday"),
                file("b.txt", b"Another report with the same file name."),
                Input::Paste {
                    label: "My note".into(),
                    text: "<p>Pasted <script>x()</script>words.</p>".into(),
                    details: Details::from_input("The Example Post", "2025-09-04", "https://example.org/n").unwrap(),
                },
                Input::Oversized { name: "huge.txt".into(), size: 50 * 1024 * 1024 },
                Input::Unreadable { name: "gone.txt".into() },
            ],
        );
        assert_eq!(added.sources[0], existing[0], "what was there stays");
        assert_eq!(added.accepted, ["b", "b-2", "My-note"]);
        assert_eq!(added.sources.len(), 4);
        assert_eq!(added.sources[3].text, "Pasted words.");
        assert_eq!(added.sources[3].label.as_deref(), Some("My note"), "the reader's label is kept");
        assert_eq!(added.sources[3].details.outlet.as_deref(), Some("The Example Post"), "and the details");
        let reasons: Vec<&str> = added.refused.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(reasons, ["empty.txt", "photo.png", "copy.txt", "huge.txt", "gone.txt"]);
        let summary = added.summary();
        assert!(summary.contains("Added 3 articles"), "{summary}");
        assert!(
            summary.contains("empty") && summary.contains("not text") && summary.contains("same text as"),
            "{summary}"
        );
        assert!(summary.contains("50.0 MB, over the 5 MB limit"), "{summary}");
        assert!(summary.contains("could not be read"), "{summary}");
    }
}
