//! The sentence being read for numbers: its tokens, their folded forms, and which are taken.

use crate::text::{Token, TokenKind};

/// One sentence's tokens with cheap accessors that read past either end as nothing, so that
/// patterns can look a few tokens ahead without bounds checks at every step.
pub(super) struct Scan<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub folded: crate::ingest::FoldedSlice<'a>,
    /// Tokens already part of a quantity (a date's day is not also a count).
    pub used: Vec<bool>,
    /// The sentence is a headline in title case, where a capital says nothing of a name.
    pub title_case: bool,
}

impl<'a> Scan<'a> {
    pub fn new(text: &'a str, tokens: &'a [Token], folded: crate::ingest::FoldedSlice<'a>) -> Self {
        Scan { text, tokens, folded, used: vec![false; tokens.len()], title_case: false }
    }

    /// Token `i` as written, or "" past the end.
    pub fn t(&self, i: usize) -> &str {
        self.tokens.get(i).map(|t| t.text(self.text)).unwrap_or("")
    }

    /// Token `i` folded, or "" past the end.
    pub fn f(&self, i: usize) -> &str {
        self.folded.get(i).unwrap_or("")
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Tokens `a` and `b` touch, with no space between ("1.1bn", "23-year-old").
    pub fn adjacent(&self, a: usize, b: usize) -> bool {
        match (self.tokens.get(a), self.tokens.get(b)) {
            (Some(x), Some(y)) => x.end() == y.start(),
            _ => false,
        }
    }

    pub fn is_capitalised(&self, i: usize) -> bool {
        self.t(i).chars().next().is_some_and(char::is_uppercase)
    }

    pub fn mark(&mut self, a: usize, b: usize) {
        for u in &mut self.used[a..b.min(self.tokens.len())] {
            *u = true;
        }
    }

    /// Tokens `a..b` exist and none is taken yet.
    pub fn free(&self, a: usize, b: usize) -> bool {
        b <= self.tokens.len() && self.used[a..b].iter().all(|u| !u)
    }

    /// The tokens that overlap the byte span `a..b`, as a range of token positions.
    pub fn token_range(&self, a: usize, b: usize) -> (usize, usize) {
        let tokens = self.tokens;
        let first = tokens.iter().position(|t| t.end() > a).unwrap_or(tokens.len());
        let end = tokens.iter().rposition(|t| t.start() < b).map(|x| x + 1).unwrap_or(first);
        (first, end.max(first))
    }

    /// The original text of tokens `a..b`.
    pub fn text_between(&self, a: usize, b: usize) -> String {
        self.text[self.tokens[a].start()..self.tokens[b - 1].end()].to_string()
    }
}
