//! Frames: what happened to a counted thing ("launched", "intercepted", "pledged"), read from a
//! word near its number, with the words of each frame in `data/frames.txt`.

use crate::hash::FastMap;
use crate::lists::WordList;
use crate::words;

static FRAMES: WordList = WordList::new("frames.txt", include_str!(concat!(env!("OUT_DIR"), "/data/frames.txt")));

/// What happened to a counted thing, from the words around the number: the frame a word names
/// ("jammed" -> "intercepted"), from `data/frames.txt`.
pub fn frame_of(folded: &str) -> Option<&'static str> {
    // Every inflected form of every frame word, built once: this runs for each word near a number.
    // The frame by its index among the names (a map of `usize` values, a type the wasm has
    // already).
    static FORMS: std::sync::OnceLock<(FastMap<String, usize>, Vec<&'static str>)> = std::sync::OnceLock::new();
    let (forms, names) = FORMS.get_or_init(|| {
        let mut m = FastMap::default();
        let mut names = Vec::new();
        for row in FRAMES.rows() {
            let Some((name, bases)) = row.split_first() else { continue };
            let id = names.len();
            names.push(*name);
            for base in bases {
                let mut add = |w: String| {
                    m.entry(w).or_insert(id);
                };
                add(base.to_string());
                add(format!("{base}s"));
                add(format!("{base}es"));
                add(format!("{base}ed"));
                add(format!("{base}ing"));
                if let Some(stem) = base.strip_suffix('e') {
                    add(format!("{base}d"));
                    add(format!("{stem}ing"));
                } else if let Some(c) = base.chars().last() {
                    add(format!("{base}{c}ed"));
                    add(format!("{base}{c}ing"));
                }
            }
        }
        (m, names)
    });
    forms.get(folded).or_else(|| forms.get(words::lemma(folded).as_str())).map(|&id| names[id])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_words_match_their_inflections_only() {
        for (w, frame) in
            [("pledged", "pledged"), ("jammed", "intercepted"), ("attended", "taking part"), ("killed", "killed")]
        {
            assert_eq!(frame_of(w), Some(frame), "{w}");
        }
        for w in ["significant", "firefighters", "downtown", "signal"] {
            assert_eq!(frame_of(w), None, "{w}");
        }
    }
}
