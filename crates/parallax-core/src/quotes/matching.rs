//! Matching quotations across sources: two quotes are one when they share most of their word
//! trigrams, and each group becomes one `Quote` with its most named speaker.

use crate::order::SortedSet;

use super::{Found, Quote, MATCH_CONTAINMENT, MAX_HOLDERS};
use crate::entities::{Entity, EntityKind};
use crate::hash::FastMap;
use crate::text::fold;

/// The words of a quote, folded, with British and American spellings made one.
pub(super) fn normalised_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty())
        .map(|w| {
            // British and American spellings alike ("finalised" = "finalized"); most words have neither.
            let w = fold(w);
            if w.contains("is") {
                w.replace("ised", "ized").replace("isation", "ization")
            } else {
                w
            }
        })
        .collect()
}

/// The word trigrams of a quote (the whole quote if shorter than three words).
pub(super) fn trigrams(words: &[String]) -> SortedSet<String> {
    if words.len() < 3 {
        return std::iter::once(words.join(" ")).collect();
    }
    words.windows(3).map(|w| w.join(" ")).collect()
}

/// The root of `x` in a union-find forest, halving paths on the way.
fn root(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Groups of quotes that match, each a list of positions in `found` in order, the groups in the
/// order of their first member. Quotes are compared through a trigram index: each only with
/// quotes sharing a trigram.
pub(super) fn groups(found: &[Found]) -> Vec<Vec<usize>> {
    let mut index: FastMap<&str, Vec<usize>> = FastMap::default();
    for (i, f) in found.iter().enumerate() {
        for s in &f.shingles {
            index.entry(s.as_str()).or_default().push(i);
        }
    }
    let mut parent: Vec<usize> = (0..found.len()).collect();
    for i in 0..found.len() {
        // Compare with earlier quotes only, and only the first few holders of each trigram: copies
        // of one quotation join through its earliest occurrences, so the cost stays linear.
        let mut holders: Vec<usize> = Vec::new();
        for s in &found[i].shingles {
            holders.extend(index.get(s.as_str()).into_iter().flatten().take(MAX_HOLDERS).filter(|&&j| j < i));
        }
        crate::order::sort(&mut holders);
        // How many trigrams each earlier quote shares, in its order.
        let shared = holders.chunk_by(|a, b| a == b).map(|run| (run[0], run.len()));
        for (j, n) in shared {
            let smaller = found[i].shingles.len().min(found[j].shingles.len()).max(1);
            if n as f32 / smaller as f32 >= MATCH_CONTAINMENT {
                let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                parent[ri.max(rj)] = ri.min(rj);
            }
        }
    }
    let keyed: Vec<(usize, usize)> = (0..found.len()).map(|i| (root(&mut parent, i), i)).collect();
    crate::order::groups_by(found.len(), keyed)
}

/// One quotation from a group of matching quotes: the longest wording, the speaker most sources
/// name (ties to the first name in order), and whether sources name different people.
pub(super) fn quote(members: &[usize], found: &[Found], entities: &[Entity]) -> Quote {
    let text = members.iter().map(|&i| &found[i].text).max_by_key(|t| t.len()).cloned().unwrap_or_default();
    let mut named: Vec<&str> = members.iter().filter_map(|&i| found[i].occurrence.speaker.as_deref()).collect();
    crate::order::sort(&mut named);
    let counts = named.chunk_by(|a, b| a == b).map(|run| (run[0], run.len()));
    let speaker = counts.max_by_key(|&(s, n)| (n, std::cmp::Reverse(s))).map(|(s, _)| s.to_string());
    let people = crate::order::distinct(
        members
            .iter()
            .filter_map(|&i| found[i].occurrence.speaker_entity)
            .filter(|&e| entities[e].kind == EntityKind::Person),
    );
    Quote {
        speaker,
        text,
        occurrences: members.iter().map(|&i| found[i].occurrence.clone()).collect(),
        attribution_differs: people.len() > 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_fold_to_one_and_short_quotes_are_one_trigram() {
        assert_eq!(
            normalised_words("Finalised, the organisation's \u{201C}plan\u{201D}"),
            ["finalized", "the", "organization's", "plan"]
        );
        let words = normalised_words("we stay");
        assert_eq!(trigrams(&words).into_iter().collect::<Vec<_>>(), ["we stay"]);
        assert_eq!(trigrams(&normalised_words("we will stay here")).len(), 2);
    }
}
