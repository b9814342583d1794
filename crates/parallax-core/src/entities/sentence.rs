//! One sentence as the candidate finder reads it: its tokens and folded words, where it stands
//! (document, index, heading), and the dateline shapes at its start.

use crate::ingest::{Document, Role};
use crate::text::{Token, TokenKind};

/// A sentence's tokens with the document text they point into. Every lookup by index is safe
/// past either end: it answers "" or false, so the finder can peek freely.
pub(super) struct SentenceView<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub folded: crate::ingest::FoldedSlice<'a>,
    /// Index of the document in the analysis.
    pub doc: usize,
    /// Index of the sentence in its document.
    pub sentence: usize,
    pub heading: bool,
    /// The first word token: a capitalised word there may be capitalised only for that.
    pub first_word: Option<usize>,
}

impl<'a> SentenceView<'a> {
    pub fn new(doc_index: usize, doc: &'a Document, sentence: usize) -> Self {
        let s = &doc.sentences[sentence];
        let tokens = doc.sentence_tokens(s);
        SentenceView {
            text: &doc.text,
            tokens,
            folded: doc.sentence_folded(s),
            doc: doc_index,
            sentence,
            heading: s.role == Role::Heading,
            first_word: tokens.iter().position(|t| t.kind == TokenKind::Word),
        }
    }

    pub fn t(&self, i: usize) -> &'a str {
        self.tokens.get(i).map(|t| t.text(self.text)).unwrap_or("")
    }

    pub fn folded(&self, i: usize) -> &'a str {
        self.folded.get(i).unwrap_or("")
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// Is token `i` a capitalised word, or a name after a lower-case Arabic article ("al-Qaeda",
    /// "el-Sisi")?
    pub fn is_cap(&self, i: usize) -> bool {
        let t = self.t(i);
        let after_article = ["al-", "el-"].iter().find_map(|a| t.strip_prefix(a)).unwrap_or(t);
        self.is_word(i) && after_article.chars().next().is_some_and(char::is_uppercase)
    }

    /// Only white space (no line break, no punctuation) between tokens a and b.
    pub fn joined(&self, a: usize, b: usize) -> bool {
        let (x, y) = (self.tokens[a].end(), self.tokens[b].start());
        self.text[x..y].chars().all(|c| c == ' ' || c == '\u{a0}')
    }

    /// Is token `ti` inside a dateline: capitals up to a dash, before the text proper?
    pub fn in_dateline(&self, ti: usize) -> bool {
        let word = self.t(ti);
        let shouted = word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && word.len() > 1;
        shouted && (ti + 1..self.tokens.len().min(ti + 12)).any(|d| self.after_dateline(d + 1))
    }

    /// Is token `ti` the first word after a dateline: a dash (or slashes) preceded only by
    /// capitalised words, numbers and punctuation ("PARIS (Reuters) -", "ELBISTAN, March 12 —",
    /// "PRETORIA //")?
    pub fn after_dateline(&self, ti: usize) -> bool {
        if !(2..=12).contains(&ti) || !self.t(ti - 1).chars().all(|c| crate::text::is_dash(c) || c == '/') {
            return false;
        }
        (0..ti - 1).all(|i| {
            if self.is_word(i) {
                self.is_cap(i)
            } else {
                // ("COLOMBO -- The ...": a dash written as two hyphens is two tokens.)
                self.t(i)
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ',' | '(' | ')' | '.' | '/') || crate::text::is_dash(c))
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    /// The first sentence of `text` and, for each case, the token whose text is given.
    fn with_first_sentence(text: &str, check: impl Fn(&SentenceView, &dyn Fn(&str) -> usize)) {
        let doc = ingest("d", text);
        let view = SentenceView::new(0, &doc, 0);
        let index = |word: &str| (0..view.tokens.len()).find(|&i| view.t(i) == word).expect(word);
        check(&view, &index);
    }

    #[test]
    fn datelines_are_capitals_up_to_a_dash() {
        let cases = [
            // (text, token, inside the dateline, first word after it)
            ("GENEVA, Nov 2 (Reuters) - The talks resumed.", "GENEVA", true, false),
            ("GENEVA, Nov 2 (Reuters) - The talks resumed.", "The", false, true),
            ("ELBISTAN, March 12 \u{2014} Rescuers pulled a girl alive.", "Rescuers", false, true),
            // A dash of two hyphens (written with the rule).
            ("VELM -- The Election Board met.", "The", false, true),
            ("VELM -- The Election Board met.", "VELM", true, false),
            // Slashes part a dateline too (written with the rule).
            ("VELM // On Wednesday the talks resumed.", "On", false, true),
            ("VELM // On Wednesday the talks resumed.", "VELM", true, false),
            ("The talks in GENEVA resumed - slowly.", "GENEVA", false, false),
            // A lower-case word before the dash: prose, not a dateline.
            ("Talks resumed - slowly, said officials.", "slowly", false, false),
        ];
        for (text, word, inside, after) in cases {
            with_first_sentence(text, |view, index| {
                assert_eq!(view.in_dateline(index(word)), inside, "{text}: {word} in the dateline");
                assert_eq!(view.after_dateline(index(word)), after, "{text}: {word} after the dateline");
            });
        }
    }

    #[test]
    fn lookups_past_the_end_are_empty() {
        with_first_sentence("Kyiv said so.", |view, index| {
            assert_eq!(view.first_word, Some(index("Kyiv")));
            assert!(view.is_cap(0) && !view.is_cap(1) && view.joined(0, 1));
            assert_eq!((view.t(99), view.folded(99), view.is_word(99)), ("", "", false));
        });
    }
}
