//! The seed corpus, embedded at compile time from `corpus/*.txt` by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/corpus.rs"));

/// The embedded reports as analysis sources.
pub fn embedded_sources() -> Vec<parallax_core::Source> {
    EMBEDDED.iter().map(|(id, text)| parallax_core::Source::new(*id, *text)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embeds_every_corpus_file_unchanged_under_its_file_name() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut on_disk: Vec<(String, String)> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .map(|p| (p.file_stem().unwrap().to_str().unwrap().to_string(), std::fs::read_to_string(&p).unwrap()))
            .collect();
        on_disk.sort();
        let embedded: Vec<(String, String)> = EMBEDDED.iter().map(|(i, t)| (i.to_string(), t.to_string())).collect();
        assert_eq!(embedded.len(), 5);
        assert_eq!(embedded, on_disk);
    }
}
