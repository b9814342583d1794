//! Quotation marks: the spans of a paragraph that stand between double quotation marks
//! (straight, curly or guillemets).

use super::MIN_WORDS;

fn is_open_quote(c: char) -> bool {
    matches!(c, '\u{201C}' | '\u{00AB}' | '\u{201E}')
}

fn is_close_quote(c: char) -> bool {
    matches!(c, '\u{201D}' | '\u{00BB}')
}

/// Quoted spans of a paragraph: (start, end) byte offsets of the words inside the marks.
pub(super) fn quoted_spans(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text[start..end].char_indices() {
        let at = start + i;
        if c == '"' {
            match open {
                Some(o) => {
                    out.push((o, at));
                    open = None;
                }
                None => open = Some(at + 1),
            }
        } else if is_open_quote(c) && open.is_none() {
            open = Some(at + c.len_utf8());
        } else if is_close_quote(c) {
            if let Some(o) = open.take() {
                out.push((o, at));
            }
        }
    }
    // A quote left open runs to the end of the paragraph (the news convention for long quotes).
    if let Some(o) = open {
        out.push((o, end));
    }
    out.into_iter()
        .map(|(a, b)| trimmed(text, a, b))
        .filter(|&(a, b)| b > a && text[a..b].split_whitespace().count() >= MIN_WORDS)
        .collect()
}

/// The span `a..b` without the white space at either end.
fn trimmed(text: &str, a: usize, b: usize) -> (usize, usize) {
    let inner = &text[a..b];
    let lead = inner.len() - inner.trim_start().len();
    (a + lead, a + lead + inner.trim().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        quoted_spans(text, 0, text.len()).into_iter().map(|(a, b)| &text[a..b]).collect()
    }

    #[test]
    fn spans_between_every_kind_of_mark() {
        let table: &[(&str, &[&str])] = &[
            ("He said \"we will stay here\" today.", &["we will stay here"]),
            ("He said \u{201C} we will stay here \u{201D} today.", &["we will stay here"]),
            ("Il a dit \u{00AB}nous restons ici\u{00BB}.", &["nous restons ici"]),
            ("\u{201E}Wir bleiben hier\u{201D}, sagte er.", &["Wir bleiben hier"]),
            ("\"One\" and \"two words\" are scare quotes.", &[]),
            ("\"An open quote runs on to the end", &["An open quote runs on to the end"]),
        ];
        for (text, expected) in table {
            assert_eq!(quoted(text), *expected, "{text}");
        }
    }
}
