//! Names written in their own script in brackets after the Latin form: "Lai Ching-te (賴清德)",
//! "Sergei Shoigu (Сергей Шойгу)". The report says they are one name, so the bracketed form is
//! a mention and an alias of the entity, and so is every other place a report naming it writes it.

use super::{Entity, Mention, Merge};
use crate::ingest::Document;

/// A letter of a script other than Latin (Han, Cyrillic, Greek, Arabic, Devanagari, Hangul...).
fn is_other_script(c: char) -> bool {
    // Latin: ASCII, Latin-1 and Latin Extended-A/B, Latin Extended Additional (Vietnamese).
    let latin = c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c);
    c.is_alphabetic() && !latin
}

/// The bracketed other-script form right after byte `end` of `text`, as (start, end) of its
/// words: "(賴清德)" or "（賴清德）", letters of other scripts with the spaces and name dots
/// between them ("Владимир Путин", "穆罕默德·本·萨勒曼"), nothing Latin.
fn bracketed_after(text: &str, end: usize) -> Option<(usize, usize)> {
    let rest = text.get(end..)?;
    let open = rest.len() - rest.trim_start_matches(' ').len();
    let inner_start = [('(', ')'), ('（', '）')]
        .into_iter()
        .find_map(|(o, c)| rest[open..].strip_prefix(o).map(|after| (end + open + o.len_utf8(), after, c)));
    let (start, after, close) = inner_start?;
    let inner_len = after.find(close)?;
    let inner = &after[..inner_len];
    let fits = |c: char| is_other_script(c) || matches!(c, ' ' | '·' | '・' | '-' | '\u{200C}' | '\u{200D}');
    // A name, not a sentence: forty characters at most.
    let ok = inner.chars().count() <= 40 && inner.chars().all(fits) && inner.chars().any(is_other_script);
    let lead = inner.len() - inner.trim_start().len();
    ok.then(|| (start + lead, start + inner.trim_end().len()))
}

/// Adds each bracketed other-script form as a mention and an alias of the entity it follows,
/// with its other occurrences in the reports that name the entity (the mentions, added last, are
/// sorted by the caller);
/// a form written after two entities joins neither.
pub(super) fn add_bracketed_forms(docs: &[Document], entities: &mut [Entity]) {
    // (form, entity, document, sentence) for each place a form is written in brackets, in the
    // entities' order and their mentions' (no map to sort: a corpus has few such forms, and a
    // map of them would be one more map type in the wasm).
    let mut defined: Vec<(String, usize, usize, usize)> = Vec::new();
    for (ei, e) in entities.iter().enumerate() {
        for m in e.mentions.iter().filter(|m| !m.demonym) {
            let Some(doc) = docs.get(m.doc) else { continue };
            if let Some((s, t)) = bracketed_after(&doc.text, m.end) {
                defined.push((doc.text[s..t].to_string(), ei, m.doc, m.sentence));
            }
        }
    }
    for (k, (form, ei, doc, sentence)) in defined.iter().enumerate() {
        let ei = *ei;
        // Once a form, and only when one entity has it.
        if defined[..k].iter().any(|d| d.0 == *form) || defined.iter().any(|d| d.0 == *form && d.1 != ei) {
            continue;
        }
        // The reports that name the entity, where it may be written so again ("賴清德 won"): not
        // every report, so that thousands of such forms do not each read the whole corpus.
        let mut names_it = vec![false; docs.len()];
        for m in &entities[ei].mentions {
            names_it[m.doc] = true;
        }
        for (di, d) in docs.iter().enumerate().filter(|&(di, _)| names_it[di]) {
            for (at, _) in d.text.match_indices(form.as_str()) {
                let end = at + form.len();
                // Whole: no letter of the script glued on either side ("賴清德" inside a longer run).
                let glued = d.text[..at].chars().next_back().is_some_and(is_other_script)
                    || d.text[end..].chars().next().is_some_and(is_other_script);
                let Some(s) = d.sentences.iter().find(|s| s.start <= at && end <= s.end) else { continue };
                let e = &mut entities[ei];
                if glued || e.mentions.iter().any(|m| m.doc == di && m.start == at) {
                    continue;
                }
                e.mentions.push(Mention { doc: di, sentence: s.index, start: at, end, demonym: false });
            }
        }
        let e = &mut entities[ei];
        if e.name != *form && !e.aliases.contains(form) {
            e.aliases.push(form.clone());
            let reason = format!(
                "written in its own script in brackets after \"{}\" ({}, sentence {})",
                e.name,
                docs[*doc].id,
                sentence + 1
            );
            e.merges.push(Merge { alias: form.clone(), reason });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    #[test]
    fn a_bracketed_form_in_another_script_is_read_whole() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Velm Tarvik (賴清德) won.", Some("賴清德")),
            ("Velm Tarvik （賴清德） won.", Some("賴清德")),
            ("Velm Tarvik (Владимир Путин) spoke.", Some("Владимир Путин")),
            ("Velm Tarvik (穆罕默德·本·萨勒曼) spoke.", Some("穆罕默德·本·萨勒曼")),
            // Latin in brackets is an acronym or a remark, read elsewhere.
            ("Velm Tarvik (VT) spoke.", None),
            ("Velm Tarvik (Velm 賴) spoke.", None),
            ("Velm Tarvik spoke (賴清德).", None),
            ("Velm Tarvik () spoke.", None),
            ("Velm Tarvik (賴清德 spoke.", None),
        ];
        for (text, form) in cases {
            let end = "Velm Tarvik".len();
            let got = bracketed_after(text, end).map(|(s, e)| &text[s..e]);
            assert_eq!(got, *form, "{text}");
        }
    }

    #[test]
    fn the_form_joins_the_name_before_it_and_is_found_elsewhere() {
        // Written with the rule (invented names).
        let docs = vec![
            ingest("a", "Velm Tarvik (賴清德) won the vote on Saturday. Sara Lind (蕭美琴) will be his deputy."),
            ingest("b", "Supporters cheered 賴清德 in the capital. Velm Tarvik thanked them."),
            // A report that does not name him: the form there is left alone.
            ingest("c", "Posters of 賴清德 hung in the square."),
        ];
        let entities = super::super::extract(&docs);
        let velm = entities.iter().find(|e| e.name == "Velm Tarvik").expect("Velm Tarvik");
        assert!(velm.aliases.iter().any(|a| a == "賴清德"), "{velm:?}");
        let texts: Vec<&str> = velm.mentions.iter().map(|m| &docs[m.doc].text[m.start..m.end]).collect();
        assert_eq!(texts.iter().filter(|t| **t == "賴清德").count(), 2, "{texts:?}");
        assert!(velm.merges.iter().any(|m| m.reason.contains("own script") && m.reason.contains("a, sentence 1")));
        let sara = entities.iter().find(|e| e.name == "Sara Lind").expect("Sara Lind");
        assert!(sara.aliases.iter().any(|a| a == "蕭美琴"), "{sara:?}");
        assert!(!velm.aliases.iter().any(|a| a == "蕭美琴"));
    }

    #[test]
    fn a_form_written_after_two_names_joins_neither() {
        let docs = vec![ingest("a", "Velm Tarvik (賴清德) won. Darro Holm (賴清德) lost.")];
        let entities = super::super::extract(&docs);
        assert!(entities.iter().all(|e| !e.aliases.iter().any(|a| a == "賴清德")));
    }
}
