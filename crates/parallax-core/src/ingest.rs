//! Ingest: one raw text becomes a `Document` of paragraphs, sentences and tokens, with page furniture marked.
//!
//! The original text is never rewritten. Every paragraph, sentence and token is a byte range into it;
//! furniture ("Login", a lone "20", "Join the Conversation") is kept and marked, so the reader can show
//! it dimmed while analysis skips it.

use serde::{Deserialize, Serialize};

use crate::dates;
use crate::lexicon;
use crate::lists::WordList;
use crate::text::{self, Token, TokenKind};
use std::sync::OnceLock;

static CAPTION_CREDITS: WordList =
    WordList::new("caption-credits.txt", include_str!(concat!(env!("OUT_DIR"), "/data/caption-credits.txt")));
static CAPTION_OPENERS: WordList =
    WordList::new("caption-openers.txt", include_str!(concat!(env!("OUT_DIR"), "/data/caption-openers.txt")));
static METADATA_KEYS: WordList =
    WordList::new("metadata-keys.txt", include_str!(concat!(env!("OUT_DIR"), "/data/metadata-keys.txt")));

/// A list's entries, collected once: these lists are scanned (not looked up) for every line.
fn scanned(list: &'static WordList, entries: &'static OnceLock<Vec<&'static str>>) -> &'static [&'static str] {
    entries.get_or_init(|| list.entries().collect())
}

/// The role of a line (and of the sentences in it) in the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Running text of the article.
    Body,
    /// A headline or cross-heading: no closing punctuation, short.
    Heading,
    /// A photo caption or credit line.
    Caption,
    /// Navigation, widgets, teasers for other stories: shown, never analysed.
    Furniture,
}

impl Role {
    pub fn is_content(self) -> bool {
        self != Role::Furniture
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub role: Role,
    /// Indices into `Document::sentences`.
    pub first_sentence: usize,
    pub sentence_count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    pub role: Role,
    /// Range into `Document::tokens`.
    #[serde(skip)]
    pub tokens: std::ops::Range<usize>,
}

impl Sentence {
    pub fn furniture(&self) -> bool {
        self.role == Role::Furniture
    }
}

/// Paragraphs and sentences in a binary encoding (see `packing`): for each, the gap after the one
/// before, its length and its role (a paragraph also its count of sentences, a sentence its
/// paragraph's distance from the last one's). What follows from the order (`index`,
/// `first_sentence`) is not written.
const ROLES: [Role; 4] = [Role::Body, Role::Heading, Role::Caption, Role::Furniture];

mod packed_paragraphs {
    use super::{Paragraph, ROLES};
    use crate::packing::{read, write};

    pub fn serialize<S: serde::Serializer>(paragraphs: &[Paragraph], s: S) -> Result<S::Ok, S::Error> {
        let mut last = 0;
        write(paragraphs, s, |p| {
            let packed = [p.start.wrapping_sub(last), p.end.wrapping_sub(p.start), p.role as usize, p.sentence_count];
            last = p.end;
            packed
        })
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Paragraph>, D::Error> {
        let (mut last, mut first_sentence) = (0usize, 0usize);
        read(d, |_, [gap, len, role, sentence_count]| {
            let start = last.wrapping_add(gap);
            last = start.wrapping_add(len);
            let p = Paragraph { start, end: last, role: *ROLES.get(role)?, first_sentence, sentence_count };
            first_sentence = first_sentence.wrapping_add(sentence_count);
            Some(p)
        })
    }
}

mod packed_sentences {
    use super::{Sentence, ROLES};
    use crate::packing::{read, write};

    pub fn serialize<S: serde::Serializer>(sentences: &[Sentence], s: S) -> Result<S::Ok, S::Error> {
        let (mut end, mut paragraph) = (0, 0);
        write(sentences, s, |t| {
            let packed = [
                t.start.wrapping_sub(end),
                t.end.wrapping_sub(t.start),
                t.paragraph.wrapping_sub(paragraph),
                t.role as usize,
            ];
            (end, paragraph) = (t.end, t.paragraph);
            packed
        })
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Sentence>, D::Error> {
        let (mut end, mut paragraph) = (0usize, 0usize);
        read(d, |index, [gap, len, step, role]| {
            let start = end.wrapping_add(gap);
            (end, paragraph) = (start.wrapping_add(len), paragraph.wrapping_add(step));
            Some(Sentence { index, start, end, paragraph, role: *ROLES.get(role)?, tokens: 0..0 })
        })
    }
}

/// One source after ingest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    /// A headline-like first line, or the opening words.
    pub label: String,
    /// The date the text prints for itself, ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The outlet, only when the text names itself (a dateline "(Reuters) -" or a copyright line),
    /// or when the reader said.
    pub outlet: Option<String>,
    /// Where the article came from, when the reader said.
    pub url: Option<String>,
    /// Words of content (furniture excluded).
    pub words: usize,
    #[serde(skip)]
    pub text: String,
    #[serde(with = "packed_paragraphs")]
    pub paragraphs: Vec<Paragraph>,
    #[serde(with = "packed_sentences")]
    pub sentences: Vec<Sentence>,
    #[serde(skip)]
    pub tokens: Vec<Token>,
    /// Each token's folded form (parallel to `tokens`), computed once for every later stage.
    #[serde(skip)]
    pub folded: Folded,
}

/// The folded forms of a document's tokens, in one buffer. A `String` per token cost about 56
/// bytes (24 for the string, 32 for its allocation) to hold five bytes of text on average: for
/// 10,000 documents, 280 of the 790 MiB the benchmark peaked at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    text: String,
    /// Where each form ends in `text`; it starts where the previous one ends. `u32` halves the
    /// offsets; a document past 4 GiB of folded text keeps empty forms from there on.
    ends: Vec<u32>,
}

impl Folded {
    fn push(&mut self, form: &str) {
        let start = self.ends.last().copied().unwrap_or(0);
        match u32::try_from(self.text.len() + form.len()) {
            Ok(end) => {
                self.text.push_str(form);
                self.ends.push(end);
            }
            Err(_) => self.ends.push(start),
        }
    }

    /// The form of token `i`, if there is one.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        self.text.get(start..end)
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.ends.clear();
    }

    pub fn iter(&self) -> FoldedIter<'_> {
        self.slice(0..self.ends.len()).iter()
    }

    /// The forms of tokens `range` (a sentence's), indexed from 0; out of range reads as none.
    pub fn slice(&self, range: std::ops::Range<usize>) -> FoldedSlice<'_> {
        let end = range.end.min(self.ends.len());
        let first = range.start.min(end);
        let start = if first == 0 { 0 } else { self.ends[first - 1] };
        FoldedSlice { text: &self.text, start, ends: &self.ends[first..end] }
    }
}

impl std::ops::Index<usize> for Folded {
    type Output = str;

    /// Token `i`'s form; panics past the end, as a slice does.
    fn index(&self, i: usize) -> &str {
        match self.get(i) {
            Some(form) => form,
            None => panic!("folded form {i} of {}", self.ends.len()),
        }
    }
}

impl<'a> IntoIterator for &'a Folded {
    type Item = &'a str;
    type IntoIter = FoldedIter<'a>;

    fn into_iter(self) -> FoldedIter<'a> {
        self.iter()
    }
}

/// The folded forms of a run of tokens (a sentence's), borrowed from a [`Folded`].
#[derive(Debug, Clone, Copy)]
pub struct FoldedSlice<'a> {
    text: &'a str,
    /// Where the first form starts in `text`.
    start: u32,
    ends: &'a [u32],
}

impl<'a> FoldedSlice<'a> {
    /// The form of the `i`-th token of the run, if there is one.
    pub fn get(&self, i: usize) -> Option<&'a str> {
        let end = *self.ends.get(i)? as usize;
        let start = if i == 0 { self.start } else { self.ends[i - 1] } as usize;
        self.text.get(start..end)
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn iter(&self) -> FoldedIter<'a> {
        FoldedIter { slice: *self, next: 0 }
    }
}

impl std::ops::Index<usize> for FoldedSlice<'_> {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        match self.get(i) {
            Some(form) => form,
            None => panic!("folded form {i} of {}", self.ends.len()),
        }
    }
}

impl<'a> IntoIterator for FoldedSlice<'a> {
    type Item = &'a str;
    type IntoIter = FoldedIter<'a>;

    fn into_iter(self) -> FoldedIter<'a> {
        self.iter()
    }
}

/// The forms of a [`FoldedSlice`] in order.
#[derive(Debug, Clone)]
pub struct FoldedIter<'a> {
    slice: FoldedSlice<'a>,
    next: usize,
}

impl<'a> Iterator for FoldedIter<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let form = self.slice.get(self.next)?;
        self.next += 1;
        Some(form)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.slice.len() - self.next.min(self.slice.len());
        (left, Some(left))
    }
}

impl ExactSizeIterator for FoldedIter<'_> {}

impl Document {
    pub fn sentence_text(&self, s: &Sentence) -> &str {
        &self.text[s.start..s.end]
    }

    pub fn sentence_tokens(&self, s: &Sentence) -> &[Token] {
        &self.tokens[s.tokens.clone()]
    }

    /// Folded forms of a sentence's tokens, parallel to `sentence_tokens`.
    pub fn sentence_folded(&self, s: &Sentence) -> FoldedSlice<'_> {
        self.folded.slice(s.tokens.clone())
    }

    pub fn content_sentences(&self) -> impl Iterator<Item = &Sentence> {
        self.sentences.iter().filter(|s| s.role.is_content())
    }
}

/// A line of the source, trimmed, before paragraphs are formed.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

/// Builds a document from raw text. Never fails: odd input gives an odd but valid document.
pub fn ingest(id: &str, text: &str) -> Document {
    let lines = join_wrapped_lines(text, split_lines(text));
    let mut doc = Document {
        id: id.to_string(),
        label: String::new(),
        date: None,
        outlet: None,
        url: None,
        words: 0,
        text: text.to_string(),
        paragraphs: Vec::new(),
        sentences: Vec::new(),
        tokens: Vec::new(),
        folded: Folded::default(),
    };
    let mut previous_was_link_marker = false;
    for line in lines {
        let raw = &text[line.start..line.end];
        let mut role = classify_line(raw, previous_was_link_marker);
        previous_was_link_marker = lexicon::is_link_list_marker(raw);
        let mut start = line.start;
        // A metadata prefix such as "date 2025-09-05 " is furniture; the rest of the line is content.
        if let Some(meta_end) = metadata_prefix_len(raw) {
            push_paragraph(&mut doc, start, start + meta_end, Role::Furniture);
            start += meta_end;
            start += text[start..line.end].len() - text[start..line.end].trim_start().len();
            if start >= line.end {
                continue;
            }
            role = classify_line(&text[start..line.end], false);
        }
        push_paragraph(&mut doc, start, line.end, role);
    }
    // Vectors grown by doubling hold up to twice what they need: for 10,000 documents that
    // slack was about 120 MiB of tokens and folded forms.
    doc.tokens.shrink_to_fit();
    doc.folded.shrink_to_fit();
    doc.sentences.shrink_to_fit();
    doc.paragraphs.shrink_to_fit();
    doc.words = doc.content_sentences().map(|s| text::count_words(&text[s.start..s.end])).sum();
    doc.label = make_label(&doc);
    doc.date = find_own_date(text);
    doc.outlet = find_outlet(text);
    doc
}

fn push_paragraph(doc: &mut Document, start: usize, end: usize, role: Role) {
    let paragraph = doc.paragraphs.len();
    let first_sentence = doc.sentences.len();
    let tokens = text::tokenize(&doc.text, start, end);
    let token_base = doc.tokens.len();
    let spans = if role == Role::Body || role == Role::Caption {
        split_sentences(&doc.text, &tokens)
    } else {
        vec![(0, tokens.len())]
    };
    for (a, b) in spans {
        if a >= b {
            continue;
        }
        doc.sentences.push(Sentence {
            index: doc.sentences.len(),
            start: tokens[a].start(),
            end: tokens[b - 1].end(),
            paragraph,
            role,
            tokens: token_base + a..token_base + b,
        });
    }
    for t in &tokens {
        doc.folded.push(&text::fold(t.text(&doc.text)));
    }
    doc.tokens.extend(tokens);
    let sentence_count = doc.sentences.len() - first_sentence;
    if sentence_count > 0 {
        doc.paragraphs.push(Paragraph { start, end, role, first_sentence, sentence_count });
    }
}

/// Non-blank lines, trimmed of surrounding white space and list bullets.
fn split_lines(text: &str) -> Vec<Option<Line>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let line_start = pos;
        pos += raw.len();
        let body = raw.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start_matches(|c: char| c.is_whitespace() || is_bullet(c)).len();
        let trimmed = body.trim_end();
        if lead >= trimmed.len() {
            out.push(None);
        } else {
            out.push(Some(Line { start: line_start + lead, end: line_start + trimmed.len() }));
        }
    }
    out
}

fn is_bullet(c: char) -> bool {
    matches!(c, '\u{2022}' | '\u{25CF}' | '\u{25AA}' | '\u{2023}' | '\u{2043}' | '\u{00B7}' | '*')
}

/// Hard-wrapped text (a line ending mid-sentence, the next starting in lower case) becomes one paragraph.
fn join_wrapped_lines(text: &str, lines: Vec<Option<Line>>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut previous_blank = true;
    for line in lines {
        let Some(line) = line else {
            previous_blank = true;
            continue;
        };
        if !previous_blank {
            if let Some(last) = out.last_mut() {
                let ends_open =
                    text[last.start..last.end].chars().last().is_some_and(|c| c.is_alphanumeric() || c == ',');
                let next_lower = text[line.start..line.end].chars().next().is_some_and(|c| c.is_lowercase());
                if ends_open && next_lower {
                    last.end = line.end;
                    continue;
                }
            }
        }
        out.push(line);
        previous_blank = false;
    }
    out
}

fn ends_with_terminal(line: &str) -> bool {
    let t = line.trim_end_matches(|c: char| text::is_quote(c) || c == ')' || c == ']');
    t.ends_with(['.', '!', '?', '\u{2026}', ':']) || (t.len() < line.len() && t.ends_with(','))
}

fn classify_line(line: &str, after_link_marker: bool) -> Role {
    let words = text::count_words(line);
    let has_letters = line.chars().any(|c| c.is_alphabetic());
    if !has_letters || lexicon::is_furniture_phrase(line) || lexicon::interface_word_count(line) >= 2 {
        return Role::Furniture;
    }
    let terminal = ends_with_terminal(line);
    // The teaser after "Related" / "Read more" names another story.
    if after_link_marker && !terminal && words <= 20 {
        return Role::Furniture;
    }
    // "ADDITIONAL REPORTING | Another headline": a kicker in capitals, a bar, a teaser.
    if let Some((kicker, _)) = line.split_once('|') {
        let k = kicker.trim();
        if !k.is_empty() && k.chars().any(|c| c.is_alphabetic()) && !k.chars().any(|c| c.is_lowercase()) {
            return Role::Furniture;
        }
    }
    // "World NewsEurope": navigation crumbs scraped together (a lower-case letter glued to a capital).
    if words <= 4 && !terminal && has_glued_words(line) {
        return Role::Furniture;
    }
    if is_caption(line) {
        return Role::Caption;
    }
    if !terminal && words <= 24 {
        return Role::Heading;
    }
    // "Elon Musk Buys Twitter For $44 Billion!": a headline in title case, whatever ends it.
    if words <= 16 && is_title_case(line) {
        return Role::Heading;
    }
    Role::Body
}

/// Are all of a line's words of four letters or more capitalised, as in a headline written in
/// title case (at least five such words)? Running text leaves its verbs and nouns in lower case;
/// a short sentence of names ("Prime Minister Luis Montenegro won.") has fewer.
pub(crate) fn is_title_case(line: &str) -> bool {
    let long: Vec<&str> =
        line.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4).collect();
    let capitalised = long.iter().filter(|w| w.starts_with(|c: char| c.is_uppercase())).count();
    long.len() >= 5 && capitalised == long.len()
}

fn has_glued_words(line: &str) -> bool {
    line.split_whitespace().any(|w| {
        let cs: Vec<char> = w.chars().collect();
        cs.windows(2).enumerate().any(|(i, p)| i > 0 && p[0].is_lowercase() && p[1].is_uppercase())
            && !w.starts_with("Mc")
            && !w.starts_with("Mac")
    })
}

fn is_caption(line: &str) -> bool {
    static CREDITS: OnceLock<Vec<&str>> = OnceLock::new();
    static OPENERS: OnceLock<Vec<&str>> = OnceLock::new();
    // Openers start the line; credits sit at its end (or in a short line): look only there.
    let head = &line.as_bytes()[..line.len().min(16)];
    let tail = &line.as_bytes()[line.len().saturating_sub(96)..];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let tail = String::from_utf8_lossy(tail).to_ascii_lowercase();
    scanned(&CAPTION_CREDITS, &CREDITS).iter().any(|c| tail.contains(c))
        || scanned(&CAPTION_OPENERS, &OPENERS).iter().any(|o| head.starts_with(o))
}

/// "date 2025-09-05 ..." / "Published: September 4, 2025 ..." at the start of a line.
fn metadata_prefix_len(line: &str) -> Option<usize> {
    let head = &line.as_bytes()[..line.len().min(16)];
    let lower = String::from_utf8_lossy(head).to_ascii_lowercase();
    static KEYS: OnceLock<Vec<&str>> = OnceLock::new();
    let key = scanned(&METADATA_KEYS, &KEYS).iter().filter(|k| lower.starts_with(*k)).max_by_key(|k| k.len())?;
    let rest_start = key.len() + line[key.len()..].len() - line[key.len()..].trim_start_matches([':', ' ', '\t']).len();
    if rest_start == key.len() && !line[key.len()..].starts_with([':', ' ']) {
        return None;
    }
    let found = dates::find_dates(&line[rest_start..]);
    let first = found.first()?;
    if first.start != 0 {
        return None;
    }
    Some(rest_start + first.end)
}

/// Splits a paragraph's tokens into sentences: (first, end) token index pairs.
fn split_sentences(source: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut begin = 0;
    let mut i = 0;
    while i < tokens.len() {
        if let Some(end) = sentence_end_at(source, tokens, i) {
            spans.push((begin, end));
            begin = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if begin < tokens.len() {
        spans.push((begin, tokens.len()));
    }
    spans
}

/// If token `i` ends a sentence, the index one past the sentence's last token (closing quotes included).
fn sentence_end_at(source: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let tok = tokens[i];
    let t = tok.text(source);
    let ends_with_dot_word = tok.kind == TokenKind::Word && t.ends_with('.');
    let is_terminal_punct = tok.kind == TokenKind::Punct && matches!(t, "." | "!" | "?" | "\u{2026}");
    if !is_terminal_punct && !ends_with_dot_word {
        return None;
    }
    // Ellipses ("...") do not end sentences: they mark omissions inside quotations.
    if t == "."
        && (tokens.get(i + 1).is_some_and(|n| n.text(source) == ".") || i > 0 && tokens[i - 1].text(source) == ".")
    {
        return None;
    }
    if t == "\u{2026}" {
        return None;
    }
    let mut end = i + 1;
    // Closing quotes and brackets belong to the sentence they close.
    while let Some(n) = tokens.get(end) {
        let nt = n.text(source);
        let closing = nt.chars().all(|c| matches!(c, ')' | ']' | '"' | '\u{201D}' | '\u{2019}' | '\u{00BB}' | '\''));
        if n.kind == TokenKind::Punct && closing && n.start() == tokens[end - 1].end() {
            end += 1;
        } else {
            break;
        }
    }
    let next = tokens.get(end)?;
    // The next sentence must start like one: a capital, a digit, or an opening quote.
    let next_text = next.text(source);
    let first = next_text.chars().next()?;
    let starts_like_sentence = first.is_uppercase() || first.is_ascii_digit() || text::is_quote(first) || first == '(';
    if !starts_like_sentence {
        return None;
    }
    if t == "." && i > 0 {
        let prev = tokens[i - 1];
        let pt = prev.text(source);
        if prev.end() == tok.start() && prev.kind == TokenKind::Word {
            if lexicon::is_non_terminal_abbreviation(pt) {
                return None;
            }
            // An initial: "J. Smith".
            if pt.chars().count() == 1 && pt.chars().all(|c| c.is_uppercase()) {
                return None;
            }
            if lexicon::is_ambiguous_abbreviation(pt) && !lexicon::is_common_sentence_opener(next_text) {
                return None;
            }
        }
    }
    if ends_with_dot_word {
        // "U.S." or "p.m." as the token itself: a break only before a common sentence opener.
        if !lexicon::is_ambiguous_abbreviation(t) || !lexicon::is_common_sentence_opener(next_text) {
            return None;
        }
    }
    Some(end)
}

fn make_label(doc: &Document) -> String {
    const MAX: usize = 90;
    let first =
        doc.paragraphs.iter().find(|p| p.role != Role::Furniture && text::count_words(&doc.text[p.start..p.end]) >= 3);
    let Some(p) = first else {
        return if doc.id.is_empty() { "Untitled".to_string() } else { doc.id.clone() };
    };
    let raw = &doc.text[p.start..p.end];
    let collapsed: String = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if p.role == Role::Heading {
        return text::truncate_words(collapsed.trim_matches(|c: char| text::is_quote(c)), MAX);
    }
    // Body text: the opening words, at most the first sentence.
    let s = &doc.sentences[p.first_sentence];
    let first_sentence: String = doc.text[s.start..s.end].split_whitespace().collect::<Vec<_>>().join(" ");
    text::truncate_words(first_sentence.trim_end_matches('.'), MAX)
}

/// The document's own date: an explicit "date"/"published" line first, else the first full date printed.
fn find_own_date(text: &str) -> Option<String> {
    for line in text.lines().map(str::trim) {
        if let Some(len) = metadata_prefix_len(line) {
            return dates::find_dates(&line[..len]).first().map(|d| d.iso.clone());
        }
    }
    dates::find_dates(text).first().map(|d| d.iso.clone())
}

/// The outlet only where the text names itself: a wire dateline "PARIS (Reuters) -" or "© 2025 Outlet".
fn find_outlet(text: &str) -> Option<String> {
    for line in text.lines().map(str::trim) {
        if let Some(rest) = line
            .strip_prefix('\u{00A9}')
            .or_else(|| line.strip_prefix("(c)"))
            .or_else(|| line.strip_prefix("Copyright"))
        {
            let name: String = rest
                .trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || c == '\u{00A9}')
                .trim()
                .trim_end_matches('.')
                .to_string();
            if !name.is_empty() && name.len() <= 60 {
                return Some(name);
            }
        }
        // Dateline: capitals, then "(Outlet)" and a dash, at the start of a paragraph.
        if let Some(open) = line.find(" (") {
            // "PARIS", "KYIV, UKRAINE" or "OSLO, June 3": the place in capitals, then perhaps a
            // date.
            let (place, date) = line[..open].split_once(',').unwrap_or((&line[..open], ""));
            let date_ok = !date.chars().any(char::is_lowercase)
                || date.split_whitespace().all(|w| {
                    let w = w.trim_end_matches(['.', ',']);
                    w.chars().all(|c| c.is_ascii_digit()) || crate::lexicon::month_number(w).is_some()
                });
            if !place.is_empty()
                && place.len() <= 40
                && date_ok
                && !place.chars().any(|c| c.is_lowercase())
                && place.chars().any(|c| c.is_alphabetic())
            {
                if let Some(close) = line[open + 2..].find(')') {
                    let name = &line[open + 2..open + 2 + close];
                    let after = line[open + 3 + close..].trim_start();
                    if !name.is_empty() && name.len() <= 40 && after.starts_with(|c: char| text::is_dash(c)) {
                        return Some(name.to_string());
                    }
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let doc = ingest("t", text);
        doc.sentences.iter().map(|s| doc.sentence_text(s).to_string()).collect()
    }

    #[test]
    fn splits_sentences_around_abbreviations_initials_and_quotes() {
        let table: &[(&str, &[&str])] = &[
            ("Mr. Smith went. He left.", &["Mr. Smith went.", "He left."]),
            (
                "Gen. Ray spoke at 9.30 p.m. on Friday. Then he left.",
                &["Gen. Ray spoke at 9.30 p.m. on Friday.", "Then he left."],
            ),
            ("The U.S. envoy met J. Smith. He said no.", &["The U.S. envoy met J. Smith.", "He said no."]),
            ("Aid came from the U.S. The army said so.", &["Aid came from the U.S.", "The army said so."]),
            (
                "\"We are ready,\" he said. \"Go.\" Then silence.",
                &["\"We are ready,\" he said.", "\"Go.\"", "Then silence."],
            ),
            (
                "More radars ... Following the meeting, tasks were set.",
                &["More radars ... Following the meeting, tasks were set."],
            ),
            ("Is it over? Not yet!", &["Is it over?", "Not yet!"]),
        ];
        for (input, expected) in table {
            assert_eq!(&sentences(input), expected, "splitting {input:?}");
        }
    }

    #[test]
    fn a_title_case_headline_is_a_heading_whatever_ends_it() {
        let cases = [
            ("Elon Musk Buys Twitter For $44 Billion!", Role::Heading),
            ("Storm Sweeps Through Coastal Towns Overnight?", Role::Heading),
            ("Prime Minister Luis Montenegro won.", Role::Body),
            ("The talks in Paris ended on Friday.", Role::Body),
        ];
        for (line, role) in cases {
            assert_eq!(classify_line(line, false), role, "{line}");
        }
    }

    #[test]
    fn marks_page_furniture_and_keeps_it() {
        let text = "World NewsEurope\n\nActions\n\nLeaders met in Paris to talk.\n20\nComments\nRelated\nRussian airstrike hits plant\nJoin the Conversation\nFind comments in their new home! Click the buttons to view them.\nIN CASE YOU MISSED IT | Peace efforts in limbo\nLogin";
        let doc = ingest("t", text);
        let roles: Vec<(String, Role)> =
            doc.sentences.iter().map(|s| (doc.sentence_text(s).to_string(), s.role)).collect();
        let body: Vec<&str> = roles.iter().filter(|(_, r)| *r != Role::Furniture).map(|(t, _)| t.as_str()).collect();
        assert_eq!(body, ["Leaders met in Paris to talk."]);
        assert_eq!(roles.len(), 11, "furniture is kept, only marked: {roles:?}");
        assert_eq!(doc.words, 6);
    }

    #[test]
    fn classifies_headings_captions_and_metadata() {
        let text = " date 2025-09-05 A leader speaks at a press conference in Paris, France on September 4, 2025. Photo: Reuters\n\nLeaders Pledge Support\n\nThey met. They talked.";
        let doc = ingest("t", text);
        let roles: Vec<Role> = doc.sentences.iter().map(|s| s.role).collect();
        assert_eq!(roles, [Role::Furniture, Role::Caption, Role::Caption, Role::Heading, Role::Body, Role::Body]);
        assert_eq!(doc.date.as_deref(), Some("2025-09-05"), "the explicit date line wins over the event date");
        assert_eq!(doc.label, "A leader speaks at a press conference in Paris, France on September 4, 2025");
    }

    #[test]
    fn label_prefers_a_headline_and_skips_furniture() {
        let doc = ingest("t", "Actions\n\nCoalition of nations pledge force; role unclear\n\nBody text follows here.");
        assert_eq!(doc.label, "Coalition of nations pledge force; role unclear");
        let long = ingest("t", "An opening sentence that goes on for quite a long while, naming many people and places, until it has to be cut.");
        assert!(long.label.ends_with('\u{2026}') && long.label.chars().count() <= 91, "{}", long.label);
    }

    #[test]
    fn outlet_only_when_the_text_names_itself() {
        assert_eq!(ingest("t", "PARIS (Reuters) - Leaders met.").outlet.as_deref(), Some("Reuters"));
        assert_eq!(ingest("t", "OSLO, June 3 (Reuters) - A deal.").outlet.as_deref(), Some("Reuters"));
        assert_eq!(ingest("t", "KYIV, UKRAINE (AP) - A strike.").outlet.as_deref(), Some("AP"));
        assert_eq!(ingest("t", "WASHINGTON, D.C. (AP) - A vote.").outlet.as_deref(), Some("AP"));
        assert_eq!(ingest("t", "Oslo, a city (pictured) - views.").outlet, None);
        assert_eq!(ingest("t", "Leaders met.\n\u{00A9} 2025 Example Times").outlet.as_deref(), Some("Example Times"));
        assert_eq!(ingest("t", "A photo. Photo: Reuters").outlet, None);
    }

    #[test]
    fn joins_hard_wrapped_lines_and_strips_bullets() {
        let doc =
            ingest("t", "Leaders met in Paris on\nthe day and agreed\non a plan.\n  \u{2022} A bullet point here.");
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| &doc.text[p.start..p.end]).collect();
        assert_eq!(texts, ["Leaders met in Paris on\nthe day and agreed\non a plan.", "A bullet point here."]);
    }

    #[test]
    fn folded_forms_are_each_tokens_fold_and_a_sentence_reads_its_own() {
        let doc = ingest("t", "Kyiv\u{2019}s war-torn ALLY said \u{201C}no\u{201D}. Then: 12 drones.");
        let forms: Vec<String> = doc.tokens.iter().map(|t| text::fold(t.text(&doc.text))).collect();
        assert_eq!(doc.folded.iter().collect::<Vec<_>>(), forms);
        assert_eq!(&doc.folded[0], "kyiv's");
        for s in &doc.sentences {
            let folded = doc.sentence_folded(s);
            assert_eq!(folded.iter().collect::<Vec<_>>(), forms[s.tokens.clone()]);
            assert_eq!(
                (folded.get(0), folded.get(folded.len())),
                (forms.get(s.tokens.start).map(String::as_str), None)
            );
        }
        assert_eq!(doc.folded.slice(3..1000).len(), forms.len() - 3, "a range past the end is cut");
        assert!(doc.folded.slice(1000..2000).is_empty());
    }

    #[test]
    fn odd_input_gives_a_valid_document() {
        for text in ["", "\n\n\n", "....", "\u{0}\u{1}", "«»", "a", "Mr.", "U.S.", "\u{2026}\u{2026}"] {
            let doc = ingest("t", text);
            for s in &doc.sentences {
                assert!(s.start <= s.end && s.end <= text.len());
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
            assert!(!doc.label.is_empty());
        }
    }
}
