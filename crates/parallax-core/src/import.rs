//! Import: bytes from a file, or pasted text, become an article's text — or a clear refusal.
//!
//! Plain text, Markdown and HTML (reduced to its readable text, scripts and styles dropped).
//! UTF-8 with or without a byte-order mark, UTF-16 with one; anything else that is not valid UTF-8
//! is read as Windows-1252 and says so. Binary files, empty files and files over the limit are
//! refused with a message that names the problem. Nothing here touches the current corpus: the
//! caller adds what is accepted.

use std::fmt;

/// Largest single file accepted.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// Largest corpus (all texts together) the app analyses in a tab.
pub const MAX_CORPUS_BYTES: usize = 50 * 1024 * 1024;
/// Most documents in one corpus.
pub const MAX_DOCUMENTS: usize = 5_000;

/// Why an input was not added. `Display` gives the message a reader sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    Binary,
    NoText,
    Duplicate {
        of: String,
    },
    CorpusFull {
        limit: usize,
    },
    /// The browser or the system could not read the file.
    Unreadable,
    /// A corpus bundle picked together with articles: it is opened on its own.
    BundleAmongArticles,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Empty => write!(f, "it is empty"),
            Refusal::TooLarge { bytes, limit } => {
                let (size, limit) = (crate::text::fixed(mb(*bytes), 1), crate::text::fixed(mb(*limit), 0));
                write!(f, "it is {size} MB, over the {limit} MB limit for one file")
            }
            Refusal::Binary => {
                write!(f, "it is not text (it looks like a binary file: an image, a PDF or an archive?)")
            }
            Refusal::NoText => write!(f, "no readable text was left once markup was removed"),
            Refusal::Duplicate { of } => {
                write!(f, "it is the same text as \u{201C}{of}\u{201D}, already in the corpus")
            }
            Refusal::Unreadable => {
                write!(f, "it could not be read (moved or changed since it was picked, or a folder?)")
            }
            Refusal::BundleAmongArticles => {
                write!(f, "it is a corpus bundle: open it on its own, then add articles to it")
            }
            Refusal::CorpusFull { limit } => {
                write!(f, "the corpus already holds the most this tab can analyse ({limit})")
            }
        }
    }
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

/// An accepted input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// A title found in the input (an HTML `<title>`), if any.
    pub title: Option<String>,
    pub text: String,
    /// What was done to it that the reader should know ("read as UTF-16").
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

/// The format a file name says, else what the text looks like.
pub fn format_of(name: &str, text: &str) -> Format {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
        return Format::Html;
    }
    if lower.ends_with(".md") || lower.ends_with(".markdown") {
        return Format::Markdown;
    }
    let head: String = text.trim_start().chars().take(512).collect::<String>().to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") || (head.starts_with('<') && head.contains("<p"))
    {
        return Format::Html;
    }
    Format::Text
}

/// Bytes to text: byte-order marks honoured, binary refused, invalid UTF-8 read as Windows-1252.
pub fn decode(bytes: &[u8]) -> Result<(String, Vec<String>), Refusal> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge { bytes: bytes.len(), limit: MAX_FILE_BYTES });
    }
    let mut notes = Vec::new();
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(rest).into_owned()
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        notes.push("read as UTF-16 (little-endian)".to_string());
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        notes.push("read as UTF-16 (big-endian)".to_string());
        utf16(rest, u16::from_be_bytes)
    } else {
        if looks_binary(bytes) {
            return Err(Refusal::Binary);
        }
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(e) => {
                notes.push(format!(
                    "not valid UTF-8 (first bad byte at {}): read as Windows-1252; check accented letters",
                    e.valid_up_to()
                ));
                windows_1252(bytes)
            }
        }
    };
    if text.trim().is_empty() {
        return Err(Refusal::Empty);
    }
    Ok((text, notes))
}

fn utf16(bytes: &[u8], read: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| read([c[0], c[1]]));
    char::decode_utf16(units).map(|r| r.unwrap_or('\u{FFFD}')).collect()
}

/// NUL bytes, or many control characters, mean this is not text.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.contains(&0) {
        return true;
    }
    let control = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)).count();
    control * 20 > sample.len().max(1)
}

/// Windows-1252, the usual encoding of text that is not UTF-8.
fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{FFFD}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{02C6}',
        '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{FFFD}', '\u{017D}', '\u{FFFD}', '\u{FFFD}', '\u{2018}',
        '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}',
        '\u{203A}', '\u{0153}', '\u{FFFD}', '\u{017E}', '\u{0178}',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[(b - 0x80) as usize],
            _ => b as char,
        })
        .collect()
}

/// Reads one file.
pub fn import_file(name: &str, bytes: &[u8]) -> Result<Imported, Refusal> {
    let (text, notes) = decode(bytes)?;
    import_text(name, &text, notes)
}

/// Reads pasted text (its format guessed from its look).
pub fn import_paste(text: &str) -> Result<Imported, Refusal> {
    if text.len() > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge { bytes: text.len(), limit: MAX_FILE_BYTES });
    }
    if text.trim().is_empty() {
        return Err(Refusal::Empty);
    }
    import_text("", text, Vec::new())
}

fn import_text(name: &str, text: &str, mut notes: Vec<String>) -> Result<Imported, Refusal> {
    let (title, body) = match format_of(name, text) {
        Format::Html => {
            notes.push("HTML reduced to its readable text (scripts, styles and markup removed)".to_string());
            html_to_text(text)
        }
        Format::Markdown => (None, markdown_to_text(text)),
        Format::Text => (None, text.replace("\r\n", "\n").replace('\r', "\n")),
    };
    if body.trim().is_empty() {
        return Err(Refusal::NoText);
    }
    Ok(Imported { title, text: body, notes })
}

/// A fingerprint of a text for duplicate detection: its words, folded, in order.
pub fn fingerprint(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        for b in crate::fold::fold(w).bytes().chain(std::iter::once(b' ')) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// A document id from a file name: its stem, with only safe characters.
pub fn id_from_name(name: &str) -> String {
    let stem = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = stem.rsplit_once('.').map_or(stem, |(s, _)| s);
    let id: String = stem
        .chars()
        .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '-' })
        .take(80)
        .collect();
    let id = id.trim_matches(|c| c == '-' || c == '.').to_string();
    if id.is_empty() {
        "article".to_string()
    } else {
        id
    }
}

/// Readable text of an HTML document: block elements become line breaks, scripts, styles and
/// comments vanish, entities are decoded. Returns the `<title>` too.
pub fn html_to_text(html: &str) -> (Option<String>, String) {
    let mut out = String::with_capacity(html.len() / 2);
    let mut title = None;
    let lower = html.to_ascii_lowercase();
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'<' {
            // Comments.
            if lower[i..].starts_with("<!--") {
                i = lower[i..].find("-->").map_or(bytes.len(), |e| i + e + 3);
                continue;
            }
            let tag_end = match lower[i..].find('>') {
                Some(e) => i + e + 1,
                None => break,
            };
            let tag = &lower[i + 1..tag_end - 1];
            let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            // Elements whose content is never text for a reader.
            if !tag.starts_with('/')
                && matches!(name.as_str(), "script" | "style" | "noscript" | "template" | "svg" | "head" | "title")
            {
                let close = format!("</{name}");
                let content_end = lower[tag_end..].find(&close).map_or(bytes.len(), |e| tag_end + e);
                if name == "title" || (name == "head" && title.is_none()) {
                    let inner = &html[tag_end..content_end];
                    let t = if name == "head" {
                        let l = &lower[tag_end..content_end];
                        l.find("<title").and_then(|s| {
                            let open = l[s..].find('>')? + s + 1;
                            let close = l[open..].find("</title")? + open;
                            Some(inner[open..close].to_string())
                        })
                    } else {
                        Some(inner.to_string())
                    };
                    if let Some(t) = t {
                        let t = decode_entities(t.trim());
                        if !t.is_empty() {
                            title = Some(t);
                        }
                    }
                }
                i = lower[content_end..].find('>').map_or(bytes.len(), |e| content_end + e + 1);
                continue;
            }
            if matches!(
                name.as_str(),
                "p" | "div"
                    | "br"
                    | "li"
                    | "h1"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "h5"
                    | "h6"
                    | "tr"
                    | "section"
                    | "article"
                    | "header"
                    | "footer"
                    | "blockquote"
                    | "figcaption"
                    | "ul"
                    | "ol"
                    | "table"
                    | "hr"
                    | "main"
                    | "aside"
            ) {
                out.push('\n');
            }
            i = tag_end;
            continue;
        }
        let next = lower[i..].find('<').map_or(bytes.len(), |e| i + e);
        out.push_str(&html[i..next]);
        i = next;
    }
    let text = decode_entities(&out);
    let lines: Vec<String> =
        text.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()).collect();
    (title, lines.join("\n\n"))
}

/// Decodes the HTML entities news pages use; unknown ones stay as written.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &after[..e];
            let c = if let Some(num) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(num, 16).ok().and_then(char::from_u32)
            } else if let Some(num) = name.strip_prefix('#') {
                num.parse::<u32>().ok().and_then(char::from_u32)
            } else {
                Some(match name {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    "nbsp" => ' ',
                    "mdash" => '\u{2014}',
                    "ndash" => '\u{2013}',
                    "lsquo" => '\u{2018}',
                    "rsquo" => '\u{2019}',
                    "ldquo" => '\u{201C}',
                    "rdquo" => '\u{201D}',
                    "hellip" => '\u{2026}',
                    "euro" => '\u{20AC}',
                    "pound" => '\u{00A3}',
                    "copy" => '\u{00A9}',
                    "eacute" => '\u{00E9}',
                    "egrave" => '\u{00E8}',
                    "aacute" => '\u{00E1}',
                    "oacute" => '\u{00F3}',
                    "uuml" => '\u{00FC}',
                    "ouml" => '\u{00F6}',
                    "auml" => '\u{00E4}',
                    "ccedil" => '\u{00E7}',
                    _ => return None,
                })
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Markdown to plain text: heading marks, emphasis and link syntax removed, words kept.
pub fn markdown_to_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    for line in md.lines() {
        let t = line.trim_start();
        let t = t.trim_start_matches('#').trim_start();
        let t = t.strip_prefix("> ").unwrap_or(t);
        let mut s = String::with_capacity(t.len());
        let chars: Vec<char> = t.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            // [text](url) and ![alt](url): keep the text.
            if c == '[' || (c == '!' && chars.get(i + 1) == Some(&'[')) {
                let open = if c == '!' { i + 1 } else { i };
                if let Some(close) = chars[open..].iter().position(|&x| x == ']').map(|p| p + open) {
                    if chars.get(close + 1) == Some(&'(') {
                        if let Some(end) = chars[close..].iter().position(|&x| x == ')').map(|p| p + close) {
                            s.extend(&chars[open + 1..close]);
                            i = end + 1;
                            continue;
                        }
                    }
                }
            }
            if c == '*' || c == '`' || (c == '_' && (i == 0 || !chars[i - 1].is_alphanumeric())) {
                i += 1;
                continue;
            }
            s.push(c);
            i += 1;
        }
        out.push_str(&s);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_read_or_refused_with_a_reason() {
        assert_eq!(decode(b"Leaders met.").unwrap().0, "Leaders met.");
        assert_eq!(decode(b"\xEF\xBB\xBFLeaders met.").unwrap().0, "Leaders met.");
        let utf16le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Kyiv ok".encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
        let (text, notes) = decode(&utf16le).unwrap();
        assert_eq!(text, "Kyiv ok");
        assert!(notes[0].contains("UTF-16"));
        let (latin, notes) = decode(b"Caf\xe9 \x93quoted\x94").unwrap();
        assert_eq!(latin, "Caf\u{e9} \u{201C}quoted\u{201D}");
        assert!(notes[0].contains("Windows-1252"));
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Err(Refusal::Binary));
        assert_eq!(decode(b"   \n\t "), Err(Refusal::Empty));
        assert!(matches!(decode(&vec![b'a'; MAX_FILE_BYTES + 1]), Err(Refusal::TooLarge { .. })));
        assert!(Refusal::Binary.to_string().contains("not text"));
    }

    #[test]
    fn html_is_reduced_to_readable_text_without_scripts() {
        let html = "<!doctype html><html><head><title>Leaders &amp; allies</title><style>p{color:red}</style></head>\
            <body><script>alert('x')</script><h1>Summit</h1><p>Twenty-six&nbsp;nations &ldquo;pledged&rdquo;.</p>\
            <!-- hidden --><p>Second <b>para</b>&#8230; &#x2014; end</p><img src=x onerror=alert(1)></body></html>";
        let imported = import_file("page.html", html.as_bytes()).unwrap();
        assert_eq!(imported.title.as_deref(), Some("Leaders & allies"));
        assert_eq!(
            imported.text,
            "Summit\n\nTwenty-six nations \u{201C}pledged\u{201D}.\n\nSecond para\u{2026} \u{2014} end"
        );
        assert!(!imported.text.contains("alert") && !imported.text.contains("color"));
        assert_eq!(import_file("empty.html", b"<html><script>x()</script></html>"), Err(Refusal::NoText));
    }

    #[test]
    fn markdown_and_pasted_text() {
        let md = "# Headline\n\nSome *bold* and [a link](http://x.invalid) with ![alt text](i.png).\n";
        let t = import_file("a.md", md.as_bytes()).unwrap().text;
        assert_eq!(t, "Headline\n\nSome bold and a link with alt text.\n");
        assert_eq!(import_paste("  "), Err(Refusal::Empty));
        assert_eq!(import_paste("<p>Pasted <i>HTML</i></p>").unwrap().text, "Pasted HTML");
        assert_eq!(id_from_name("C:\\news\\Report (final).txt"), "Report--final");
        assert_eq!(id_from_name("...txt"), "article");
        assert_eq!(fingerprint("Leaders met, in Paris."), fingerprint("leaders  met in PARIS"));
        assert_ne!(fingerprint("Leaders met."), fingerprint("Leaders left."));
        assert_eq!(decode_entities("a &unknown; b & c &#99999999;"), "a &unknown; b & c &#99999999;");
    }
}
