//! Acronyms merged into the name they abbreviate: "IRGC" is the "Islamic Revolutionary Guard
//! Corps" when the corpus spells it out; otherwise an acronym ("KGB") stays a name of its own.
//! An organisation written after a demonym is spelt with it first, so that "LNA" meets the
//! "Libyan National Army".

use super::candidates::{Candidate, Target};
use super::groups::{absorb, Fate, Group};
use super::vocabulary::{is_acronym, is_connector, keyword_kind};
use super::Merge;
use crate::hash::FastMap;
use crate::ingest::Document;

/// The initials of a written name of two or more words, connectors left out
/// ("Coalition of the Willing" -> "CW"); None for a single word.
fn initials(surface: &str) -> Option<String> {
    // A word that is an acronym itself gives all its letters: "US Geological Survey" is USGS.
    let initials: String = surface
        .split(' ')
        .filter(|w| !is_connector(w))
        .flat_map(|w| {
            let letters: Vec<char> = if is_acronym(w) {
                w.chars().filter(|c| c.is_alphabetic()).collect()
            } else if w == "Television" {
                // "China Central Television" is CCTV: broadcasters write the word as "TV".
                vec!['T', 'V']
            } else {
                w.chars().take(1).collect()
            };
            letters
        })
        .collect();
    (initials.chars().count() >= 2 && surface.contains(' ')).then_some(initials)
}

/// Merges each acronym into the live name whose initials spell it (the first such name, in
/// group order, if several do).
pub(super) fn merge(groups: &mut [Group]) {
    let live: Vec<usize> = (0..groups.len()).filter(|&i| groups[i].is_live()).collect();
    let mut by_initials: FastMap<String, usize> = FastMap::default();
    for &fi in &live {
        for s in groups[fi].surfaces.keys() {
            if let Some(initials) = initials(s) {
                by_initials.entry(initials).or_insert(fi);
            }
        }
    }
    for &ai in &live {
        let acronym = groups[ai].first_surface().to_string();
        // A name that has taken in the acronym a report defines after it ("National Disaster
        // Mitigation Agency (BNPV)") may list it first, but is that name, not the letters another
        // name's initials spell ("Bureau of National Price Values").
        let named = groups[ai].surfaces.keys().any(|s| !is_acronym(s));
        if !is_acronym(&acronym) || named || !groups[ai].is_live() {
            continue;
        }
        let letters: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
        let Some(fi) = by_initials.get(&letters).copied().filter(|&fi| fi != ai && groups[fi].is_live()) else {
            continue;
        };
        // Two letters are too few to stand for anything but an organisation: "AP" beside
        // "Augusto Pinochet" (a person, or a name not yet typed) is the news agency, while "NE"
        // may be "Nordvik Energy". (Three letters may stand for a person: "JFK".)
        let full_words: Vec<&str> = groups[fi].first_surface().split(' ').collect();
        if letters.chars().count() == 2
            && super::build::kind_of(&groups[fi], &full_words) != super::EntityKind::Organisation
        {
            continue;
        }
        // The acronym brings its mentions, one spelling and its body count; its other evidence
        // stays behind (the full name's own words type it).
        let mut moved = std::mem::take(&mut groups[ai].mentions);
        let body = groups[ai].evidence.body;
        groups[ai].fate = Fate::MergedInto(fi);
        let full = &mut groups[fi];
        let reason = format!("acronym of \"{}\"", full.first_surface());
        full.mentions.append(&mut moved);
        *full.surfaces.slot(acronym.clone()) += 1;
        full.evidence.body += body;
        full.merges.push(Merge { alias: acronym, reason });
    }
}

/// "US Geological Service" beside "U.S. Geological Survey (USGS)": a name that spells the
/// acronym of another name, one word apart from it, is a reporter's slip for that name, not a
/// second body; it joins the name that holds the acronym. Two words apart ("National Weather
/// Service", "National Water Survey") they stay two. Run after the acronyms are merged.
pub(super) fn merge_slips(groups: &mut [Group]) {
    // (initials, group) of every live name holding an acronym and a name that spells it.
    let mut spelt: Vec<(String, usize)> = Vec::new();
    for (gi, g) in groups.iter().enumerate().filter(|(_, g)| g.is_live()) {
        for s in g.surfaces.keys().filter(|s| is_acronym(s)) {
            let letters: String = s.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.chars().count() >= 3 && g.surfaces.keys().any(|n| initials(n).as_deref() == Some(&letters)) {
                spelt.push((letters, gi));
            }
        }
    }
    for (letters, fi) in spelt {
        for gj in 0..groups.len() {
            if gj == fi || !groups[gj].is_live() || !groups[fi].is_live() {
                continue;
            }
            let other = groups[gj].first_surface().to_string();
            if initials(&other).as_deref() != Some(&letters) {
                continue;
            }
            let Some(full) = groups[fi].surfaces.keys().find(|n| one_word_apart(n, &other)).cloned() else { continue };
            let reason = format!("spells the acronym {letters} as \"{full}\" does, one word apart");
            absorb(groups, gj, fi, Merge { alias: other, reason });
        }
    }
}

/// Do two names of as many words differ in exactly one word (dots and case aside: "U.S." is
/// "US")?
fn one_word_apart(a: &str, b: &str) -> bool {
    let words = |s: &str| s.split(' ').map(|w| crate::fold::fold(&w.replace('.', ""))).collect::<Vec<_>>();
    let (wa, wb) = (words(a), words(b));
    wa.len() == wb.len() && wa.len() >= 3 && wa.iter().zip(&wb).filter(|(x, y)| x != y).count() == 1
}

/// The people whose adjective stands right before candidate `ci` ("Russian" of "Russian Defence
/// Ministry"): its gazetteer entry and the candidate of the adjective.
fn demonym_before(cands: &[Candidate], ci: usize) -> Option<(u32, &Candidate)> {
    let (before, c) = (cands.get(ci.checked_sub(1)?)?, &cands[ci]);
    // One space apart, in the same sentence.
    let adjacent = (before.doc(), before.sentence(), before.end() + 1) == (c.doc(), c.sentence(), c.start());
    match before.target {
        Target::Demonym(id) if adjacent => Some((id, before)),
        _ => None,
    }
}

/// Does the group name an organisation by a word of institutions ("Army", "Service", "Guard")?
fn names_a_body(g: &Group) -> bool {
    g.key.split(' ').any(|w| keyword_kind(w) == Some(super::EntityKind::Organisation))
}

/// Do two groups name one body: by one word of institutions ("Agency" in both), or one with
/// words before the other ("Marxist Janatha Vimukthi Peramuna")?
fn same_kind_of_body(a: &Group, b: &Group) -> bool {
    let body = |w: &str| keyword_kind(w) == Some(super::EntityKind::Organisation);
    let ends = |x: &str, y: &str| x.strip_suffix(y).is_some_and(|before| before.ends_with(' '));
    a.key.split(' ').any(|w| body(w) && b.key.split(' ').any(|x| x == w))
        || ends(&a.key, &b.key)
        || ends(&b.key, &a.key)
}

/// "Russian Defence Ministry" and "Ukrainian Defence Ministry" are two bodies, though the splitter
/// reads the demonym as the country's mention and both as "Defence Ministry": a body's name
/// written after two peoples' adjectives becomes one group for each people, keyed with its
/// adjective. Mentions written bare stay in a group of their own (which of the two they are, the
/// words do not say).
pub(super) fn split_by_demonym(groups: &mut Vec<Group>, cands: &[Candidate]) {
    for gi in 0..groups.len() {
        if !names_a_body(&groups[gi]) {
            continue;
        }
        let peoples: Vec<Option<u32>> =
            groups[gi].mentions.iter().map(|&ci| demonym_before(cands, ci).map(|(id, _)| id)).collect();
        // (A few peoples at most: no sort.)
        let mut distinct: Vec<u32> = Vec::new();
        for &id in peoples.iter().flatten() {
            if !distinct.contains(&id) {
                distinct.push(id);
            }
        }
        if distinct.len() < 2 {
            continue;
        }
        let mentions = std::mem::take(&mut groups[gi].mentions);
        let key = groups[gi].key.clone();
        let of = |id: Option<u32>| -> Vec<usize> {
            mentions.iter().zip(&peoples).filter(|(_, p)| **p == id).map(|(&ci, _)| ci).collect()
        };
        let mut made: Vec<Group> = distinct
            .into_iter()
            .map(|id| {
                let moved = of(Some(id));
                let people =
                    crate::text::fold(&demonym_before(cands, moved[0]).map_or(String::new(), |(_, d)| d.surface()));
                Group::of(format!("{people} {key}"), moved, cands)
            })
            .collect();
        // The bare mentions keep the group's place; with none, the first people's group takes it.
        let bare = of(None);
        groups[gi] = if bare.is_empty() { made.remove(0) } else { Group::of(key, bare, cands) };
        groups.extend(made);
    }
}

/// "Libyan National Army", "Greek Fire Service": the splitter reads the demonym as the country's
/// mention and keeps "National Army" as the name, but the reports name the body with it, and
/// its acronym spells it ("LNA"). An organisation whose mentions follow one demonym, and never
/// another (the Russian and the Ukrainian "Foreign Ministry" are two), is also written with it:
/// that form joins its surfaces, so it is shown by it and its initials are read.
pub(super) fn add_demonym_forms(groups: &mut [Group], cands: &[Candidate]) {
    for g in groups.iter_mut().filter(|g| g.is_live() && names_a_body(g)) {
        let forms: Vec<String> = g
            .mentions
            .iter()
            .filter_map(|&ci| {
                demonym_before(cands, ci).map(|(_, d)| format!("{} {}", d.surface(), cands[ci].surface()))
            })
            .collect();
        let one_demonym = forms.first().is_some_and(|first| {
            let demonym = first.split(' ').next();
            forms.iter().all(|f| f.split(' ').next() == demonym)
        });
        if one_demonym {
            for f in forms {
                *g.surfaces.slot(f) += 1;
            }
        }
    }
}

/// Merges each acronym defined in parentheses right after a name ("National Search and Rescue
/// Agency (Basarnas)", "Republican People's Party (CHP)") into that name, whatever its letters:
/// the report itself says they are one.
pub(super) fn merge_defined(groups: &mut [Group], cands: &[Candidate], docs: &[Document]) {
    let mut group_of: FastMap<usize, usize> = FastMap::default();
    for (gi, g) in groups.iter().enumerate() {
        group_of.extend(g.mentions.iter().map(|&ci| (ci, gi)));
    }
    // (acronym's group, the group of the name it is defined after, the acronym's candidate)
    let mut definitions: Vec<(usize, usize, usize)> = Vec::new();
    for (ci, c) in cands.iter().enumerate().skip(1) {
        let before = &cands[ci - 1];
        let text = &docs[c.doc()].text;
        let defined = c.words.len() == 1
            && c.target == Target::Name
            // A dateline's credit ("CHICAGO (AP)") follows a place in capitals, not a body's name.
            && before.target == Target::Name
            && before.words.len() >= 2
            && !before.place_hint
            && before.words.iter().any(|w| w.text.chars().any(char::is_lowercase))
            && (before.doc(), before.sentence()) == (c.doc(), c.sentence())
            && text.get(before.end()..c.start()).is_some_and(|gap| gap.trim() == "(")
            && text.get(c.end()..).is_some_and(|after| {
                // "Hong Kong (CNN) — ...": a dateline and its credit, not a definition.
                let rest = after.strip_prefix(')').map(str::trim_start);
                rest.is_some_and(|r| !r.starts_with(['—', '–', '-']))
            });
        let (Some(&ai), Some(&fi)) = (group_of.get(&ci), group_of.get(&(ci - 1))) else { continue };
        if !defined {
            continue;
        }
        let acronym = c.surface();
        // "(CHP)", "(BASARNAS)"; "(Afad)" when another report writes it "AFAD" (house styles
        // write acronyms that are read as words in title case: "Nato", "Unesco").
        let shaped = is_acronym(&acronym)
            || acronym.chars().filter(|ch| ch.is_uppercase()).count() >= 2
            || groups[ai].surfaces.keys().any(|s| is_acronym(s));
        let fi = super::stated::live(groups, fi);
        if shaped && ai != fi && groups[ai].is_live() && groups[fi].is_live() {
            definitions.push((ai, fi, ci));
        }
    }
    // Each acronym with the names it is defined after (once each), read whole before any merge,
    // so that which report comes first decides nothing.
    crate::order::sort(&mut definitions);
    let mut k = 0;
    while k < definitions.len() {
        let n = definitions[k..].iter().take_while(|d| d.0 == definitions[k].0).count();
        let one = &definitions[k..k + n];
        k += n;
        // Defined after two names of bodies by the same word ("National Disaster Mitigation Agency
        // (BNPB)" in one report, "Indonesian National Agency for Disaster Management (BNPB)" in
        // another): one body. Names of other kinds are different things the letters also stand
        // for: the acronym goes with a name whose initials spell it, else with the first by key.
        let (ai, acronym) = (one[0].0, cands[one[0].2].surface());
        let letters: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
        let spells =
            |g: &Group| g.surfaces.keys().any(|s| initials(s).is_some_and(|i| i.eq_ignore_ascii_case(&letters)));
        let (mut keeper, mut first) = (one[0].1, one[0].2);
        for &(_, fi, ci) in one {
            let (a, b) = (&groups[fi], &groups[keeper]);
            if (spells(a), &b.key) > (spells(b), &a.key) {
                (keeper, first) = (fi, ci);
            }
        }
        // Each name's merge says where the acronym is defined after it.
        let defined_after = |groups: &[Group], fi: usize, ci: usize| {
            let (name, c) = (groups[fi].first_surface(), &cands[ci]);
            let reason = format!(
                "{acronym} defined in parentheses after \"{name}\" ({}, sentence {})",
                docs[c.doc()].id,
                c.sentence() + 1
            );
            Merge { alias: if fi == keeper { acronym.clone() } else { name.to_string() }, reason }
        };
        // (A name may have joined another body through an acronym read before this one.)
        let (ai, live) = (super::stated::live(groups, ai), super::stated::live(groups, keeper));
        if ai == live {
            continue;
        }
        let merge = defined_after(groups, keeper, first);
        absorb(groups, ai, live, merge);
        for &(_, fi, ci) in one {
            let live = super::stated::live(groups, keeper);
            if fi != keeper && groups[fi].is_live() && same_kind_of_body(&groups[fi], &groups[live]) {
                let merge = defined_after(groups, fi, ci);
                absorb(groups, fi, live, merge);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::groups::testing::grouped;
    use super::super::groups::Group;
    use super::*;

    #[test]
    fn one_body_by_its_word_or_by_words_before_its_name() {
        let g = grouped(&[
            "The Velm Disaster Agency met the Ostria Relief Agency. Later the Marxist Tarka Pendu and the Tarka Pendu met the Velm Ports Authority.",
        ]);
        let same = |a: &str, b: &str| same_kind_of_body(g.owner(a).expect(a), g.owner(b).expect(b));
        assert!(same("Velm Disaster Agency", "Ostria Relief Agency"));
        assert!(same("Marxist Tarka Pendu", "Tarka Pendu"));
        assert!(same("Tarka Pendu", "Marxist Tarka Pendu"));
        assert!(!same("Velm Disaster Agency", "Velm Ports Authority"));
        assert!(!same("Tarka Pendu", "Velm Ports Authority"));
    }

    #[test]
    fn initials_skip_connectors() {
        let cases = [
            ("Islamic Revolutionary Guard Corps", Some("IRGC")),
            ("Coalition of the Willing", Some("CW")),
            ("Ursula von der Leyen", Some("UL")),
            ("Kremlin", None),
            ("Velm Central Television", Some("VCTV")),
        ];
        for (surface, expected) in cases {
            assert_eq!(initials(surface).as_deref(), expected, "{surface}");
        }
    }

    #[test]
    fn acronyms_merge_into_the_name_they_spell() {
        // (texts, acronym, the name it should merge into, or None to stay itself).
        let cases: &[(&[&str], &str, Option<&str>)] = &[
            (
                &["The Islamic Revolutionary Guard Corps said so. Later the IRGC denied it."],
                "IRGC",
                Some("Islamic Revolutionary Guard Corps"),
            ),
            (&["Later the QRST said so."], "QRST", None),
            (&["Then Nordvik Energy agreed. Later NE agreed."], "NE", Some("Nordvik Energy")),
            (&["Then Nordvik Energy agreed. Later N.E. agreed."], "N.E.", Some("Nordvik Energy")),
            (&["Later Nordvik said so."], "Nordvik", None),
            // Two letters do not stand for a person ("AV" is some body, not Alva Vik), whether or
            // not the name is typed yet. ("AP", the agency, is the gazetteer's now.)
            (&["President Alva Vik ruled. Later AV reported it."], "AV", None),
            (&["General Alva Vik ruled. Later AV reported it."], "AV", None),
        ];
        for (texts, acronym, full) in cases {
            let mut g = grouped(texts);
            merge(&mut g.groups);
            let owner = g.owner(acronym).map(Group::longest_surface);
            assert_eq!(owner.as_deref(), Some(full.unwrap_or(acronym)), "{texts:?}");
            if let Some(full) = full {
                let gr = g.owner(acronym).unwrap();
                assert!(gr.merges.iter().any(|m| m.alias == *acronym && m.reason == format!("acronym of \"{full}\"")));
            }
        }
    }
}
