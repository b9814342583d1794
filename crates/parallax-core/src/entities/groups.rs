//! Name groups: the candidates that spell one name, keyed by their spelling-variant key, with the
//! evidence they gather and their fate (still a name, merged into another, or dropped, and why).
//! Also the passes that drop what is not a name.

use super::candidates::{Candidate, Target};
use super::spelling::name_key;
use super::vocabulary::{is_acronym, is_common_word, is_connector, is_opener, is_religion_word, keyword_kind};
use super::Merge;
use crate::gazetteer;
use crate::hash::{FastMap, FastSet};
use crate::order::SortedMap;
use crate::text::fold;
use crate::words;

/// What the candidates of a group said about it, counted over the corpus.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Evidence {
    /// Mentions after a title ("President ...").
    pub titled: usize,
    /// Mentions after a form of address ("Mr ...").
    pub honorific: usize,
    /// Mentions after a place word ("in ...").
    pub place: usize,
    /// Mentions before an organisation noun ("... news agency").
    pub org: usize,
    /// Mentions before a speech verb ("... said").
    pub agent: usize,
    /// Mentions spoken to or cited ("told Dawn", "according to Dawn").
    pub cited: usize,
    /// Mentions before a lower-case noun they may qualify ("Local police").
    pub qualifying: usize,
    /// Mentions after "the", "a" or "an".
    pub article: usize,
    /// Mentions outside headings.
    pub body: usize,
    /// Mentions not at a sentence start (or of more than one word).
    pub non_initial: usize,
    /// Mentions not followed by a title in their run.
    pub untitling: usize,
    /// Mentions with a possessive ("Reeva's").
    pub possessive: usize,
    /// The first age given beside a mention, or 0 (see `Candidate::age`).
    pub age: u8,
}

impl Evidence {
    fn of(c: &Candidate) -> Self {
        Evidence {
            titled: usize::from(c.titled),
            honorific: usize::from(c.honorific),
            place: usize::from(c.place_hint),
            org: usize::from(c.org_hint),
            agent: usize::from(c.agent_hint),
            cited: usize::from(c.cited),
            qualifying: usize::from(c.qualifies),
            article: usize::from(c.article_before),
            body: usize::from(!c.heading),
            non_initial: usize::from(!c.initial || c.words.len() > 1),
            untitling: usize::from(!c.before_title),
            possessive: usize::from(c.possessive),
            age: c.age,
        }
    }

    fn add(&mut self, other: Evidence) {
        self.titled += other.titled;
        self.honorific += other.honorific;
        self.place += other.place;
        self.org += other.org;
        self.agent += other.agent;
        self.cited += other.cited;
        self.qualifying += other.qualifying;
        self.article += other.article;
        self.body += other.body;
        self.non_initial += other.non_initial;
        self.untitling += other.untitling;
        self.possessive += other.possessive;
        if self.age == 0 {
            self.age = other.age;
        }
    }
}

/// What became of a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fate {
    /// A name of its own: becomes an entity.
    Live,
    /// Merged into the group at this index (the reason is among that group's merges).
    MergedInto(usize),
    /// A common word capitalised at a sentence start ("Following", "Security").
    CommonWord,
    /// Seen only in headings, which repeat what the body says: the body never names it.
    HeadingOnly,
    /// A misspelling of this gazetteer entry ("Uraine"): its mentions go to the entry.
    Misspelling(usize),
    /// Words of a title, always written before one ("Union Railway" of "Union Railway Minister
    /// Ashwini Vaishnaw", "House Minority" of "House Minority Leader Nancy Pelosi").
    TitleWords,
}

/// The candidates that spell one name.
#[derive(Debug)]
pub(super) struct Group {
    /// The words' variant keys, joined by spaces.
    pub key: String,
    /// Indices of its candidates.
    pub mentions: Vec<usize>,
    /// Each way it is written, with how often.
    pub surfaces: SortedMap<String, usize>,
    pub evidence: Evidence,
    pub merges: Vec<Merge>,
    pub fate: Fate,
}

impl Group {
    pub fn new(key: String) -> Self {
        Group {
            key,
            mentions: Vec::new(),
            surfaces: SortedMap::new(),
            evidence: Evidence::default(),
            merges: Vec::new(),
            fate: Fate::Live,
        }
    }

    pub fn is_live(&self) -> bool {
        self.fate == Fate::Live
    }

    /// A live group of these candidates, keyed `key`: their spellings and evidence counted.
    pub fn of(key: String, mentions: Vec<usize>, cands: &[Candidate]) -> Group {
        let mut g = Group::new(key);
        for &ci in &mentions {
            *g.surfaces.slot(cands[ci].surface()) += 1;
            g.evidence.add(Evidence::of(&cands[ci]));
        }
        g.mentions = mentions;
        g
    }

    /// One word (as keyed)?
    pub fn is_single_word(&self) -> bool {
        !self.key.contains(' ')
    }

    /// The first of its written forms, in sorted order.
    pub fn first_surface(&self) -> &str {
        self.surfaces.keys().next().map(String::as_str).unwrap_or("")
    }

    /// Its longest written form.
    pub fn longest_surface(&self) -> String {
        self.surfaces.keys().max_by_key(|s| (s.split(' ').count(), s.len())).cloned().unwrap_or_default()
    }

    /// Does it read as a person's full name: two to four words, none of them a connector ("of",
    /// "de") or a word that names an institution? (Used for short forms and surnames.)
    pub fn reads_as_full_name(&self) -> bool {
        (2..=4).contains(&self.key.split(' ').count())
            && !self.key.split(' ').any(|w| keyword_kind(w).is_some())
            && self.surfaces.keys().all(|s| !s.split(' ').any(is_connector))
    }
}

/// A mention of a gazetteer entry: its candidate, and whether it is a demonym ("Russian").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct GazMention {
    pub cand: usize,
    pub demonym: bool,
}

/// The mentions of each gazetteer entry, by entry.
/// The mentions of each gazetteer entry, indexed by the entry (empty for most): a vector, not a
/// B-tree, for the wasm's size.
pub(super) type GazMentions = Vec<Vec<GazMention>>;

/// Sorts the candidates: mentions of gazetteer entries by entry, other names into groups by
/// their variant key (so "Horodetsky" and "Horodetskyy" are one group), in order of first mention.
pub(super) fn group(cands: &[Candidate]) -> (GazMentions, Vec<Group>) {
    let mut gaz_mentions: GazMentions = (0..crate::gazetteer::gazetteer().entries.len()).map(|_| Vec::new()).collect();
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: FastMap<String, usize> = FastMap::default();
    for (ci, c) in cands.iter().enumerate() {
        let (id, demonym) = match c.target {
            Target::Gaz(id) => (id as usize, false),
            Target::Demonym(id) => (id as usize, true),
            Target::Name => {
                let key = name_key(c.words.iter().map(|w| &*w.text));
                let gi = *by_key.entry(key).or_insert_with_key(|key| {
                    groups.push(Group::new(key.clone()));
                    groups.len() - 1
                });
                let gr = &mut groups[gi];
                gr.mentions.push(ci);
                *gr.surfaces.slot(c.surface()) += 1;
                gr.evidence.add(Evidence::of(c));
                continue;
            }
        };
        if let Some(found) = gaz_mentions.get_mut(id) {
            found.push(GazMention { cand: ci, demonym });
        }
    }
    (gaz_mentions, groups)
}

/// Spelling variants share a group; each extra spelling is recorded once as a merge.
pub(super) fn note_spelling_variants(groups: &mut [Group]) {
    for gr in groups.iter_mut().filter(|g| g.surfaces.len() > 1) {
        let first = gr.first_surface().to_string();
        let first_key = gazetteer::key(&first);
        for form in gr.surfaces.keys().skip(1) {
            if gazetteer::key(form) != first_key {
                gr.merges.push(Merge {
                    alias: form.clone(),
                    reason: format!("spelling variant of \"{first}\" (same letters once accents, doubled letters and -iy/-yi/-yy endings are folded)"),
                });
            }
        }
    }
}

/// Drops common words capitalised at a sentence start: a lone opener ("Following" after an
/// ellipsis) anywhere, or a word seen only at sentence starts that the corpus also writes in
/// lower case ("Security") or that is shaped like an adverb, participle or plural ("Preferably",
/// "Officials"). `lower_words` holds the folded words written in lower case somewhere.
pub(super) fn drop_common_words(groups: &mut [Group], lower_words: &FastSet<&str>, doc_of: &[usize]) {
    // The words of longer names: "Garon" alone may be the short form of "Joy Garon".
    let name_words: FastSet<String> = groups
        .iter()
        .filter(|g| g.is_live() && !g.is_single_word())
        .flat_map(|g| g.key.split(' ').map(str::to_string).collect::<Vec<_>>())
        .collect();
    // The last words of people's names ("Hopkins" of "Chief Constable Ian Hopkins"): said as a
    // speaker or after a title, such a word is the person ("Hopkins said", "Mrs May"), even
    // opening a sentence and shaped like a plural or a common word.
    let surnames: FastSet<String> = groups
        .iter()
        .filter(|g| {
            g.is_live() && !g.is_single_word() && g.evidence.titled + g.evidence.honorific + g.evidence.agent > 0
        })
        .filter_map(|g| g.key.rsplit(' ').next())
        .filter(|last| keyword_kind(last).is_none())
        .map(str::to_string)
        .collect();
    for gr in groups.iter_mut().filter(|g| g.is_live() && g.is_single_word()) {
        let e = gr.evidence;
        if e.agent + e.titled + e.honorific > 0 && surnames.contains(&gr.key) {
            continue;
        }
        let folded = fold(gr.first_surface());
        let shaped_common = || {
            folded.ends_with("ly")
                || folded.ends_with("ing")
                || (folded.ends_with("ed") && folded.len() > 4)
                || words::looks_plural(&folded)
        };
        let only_initial = gr.evidence.non_initial == 0;
        // An acronym ("PIMS") is never a plural or a common word.
        let common = || {
            !is_acronym(gr.first_surface())
                && (lower_words.contains(folded.as_str()) || shaped_common() || is_common_word(&folded))
        };
        // Seen once in the whole corpus, opening a sentence, with nothing else saying it is a
        // name (no title, no "said" after it, no "in" before it): "Farmland was under water".
        let e = gr.evidence;
        // So is a word that opens sentences in two reports or more and stands nowhere else
        // ("Footage showed ...", "Data from ..."): each outlet writes a name it knows mid-sentence
        // too, or with its evidence. (Within one report, a name may open every sentence it is in:
        // "Vijesti reported ... Vijesti said".)
        let reports = {
            let mut docs: Vec<usize> = gr.mentions.iter().map(|&c| doc_of[c]).collect();
            crate::order::sort(&mut docs);
            docs.dedup();
            docs.len()
        };
        let unconfirmed = (gr.mentions.len() == 1 || reports >= 2)
            && !name_words.contains(&gr.key)
            && e.titled + e.honorific + e.agent + e.place + e.org == 0
            && !is_acronym(gr.first_surface());
        // "Officials", "Firefighters": a common plural the corpus also writes in lower case, never
        // after a title, is a common word wherever it stands.
        let written_lower = !is_acronym(gr.first_surface())
            && lower_words.contains(folded.as_str())
            && words::looks_plural(&folded)
            && e.titled + e.honorific == 0;
        // "Local police", "Mandatory evacuation orders": seen only at sentence starts, every time
        // before a lower-case noun it qualifies, never before a verb: an adjective or a noun
        // used as one, not a name ("Massa won", "Holm said" are names).
        // An acronym qualifies as a name does ("BSP leaders", "CNN affiliate").
        let qualifier = e.qualifying == gr.mentions.len()
            && e.agent + e.titled + e.honorific + e.place == 0
            && !is_acronym(gr.first_surface());
        // "Islamabad's busy Fruit and Vegetable market", "Article 49.3": a word the corpus also
        // writes in lower case, capitalised with nothing that says it names someone (no title,
        // no "said" after it, no "in" before it, not "told ..." or "according to ...", no word
        // of a longer name), is a common word wherever it stands. "told Dawn" keeps the paper.
        let bare_lower = !is_acronym(gr.first_surface())
            && lower_words.contains(folded.as_str())
            && !name_words.contains(&gr.key)
            && e.agent + e.titled + e.honorific + e.place + e.org + e.cited == 0;
        // "Olympic champion", "Islamist group": a word shaped like an adjective (-ic, -ist) that
        // qualifies a noun wherever it stands. (With -ian too, "Guardian reporter" lost the paper.)
        let adjective = (folded.ends_with("ic") || folded.ends_with("ist")) && folded.len() > 5;
        // "Muslims", "a Buddhist monk", "many Christians said": believers, not a name (unless one
        // person is so called and speaks: "Christian said").
        let believers = is_religion_word(&folded) && (folded.ends_with('s') || e.agent + e.titled + e.honorific == 0);
        if is_opener(&folded)
            || believers
            || written_lower
            || bare_lower
            || (only_initial && (common() || unconfirmed || qualifier))
            || (qualifier && adjective && e.cited + e.org == 0)
        {
            gr.fate = Fate::CommonWord;
        }
    }
}

/// Drops the fields of posts: a name always written right after a title's "of" or "for" ("PK
/// Acharya, Commissioner of Railway Safety", "Inspector General of Operations", "President of the
/// Republic"), every word of it one the corpus also writes in lower case, names the post's
/// field, not a person (a person's name there is words no report writes in lower case: "Minister
/// of Economy Sergio Massa" keeps "Sergio Massa").
pub(super) fn drop_post_fields(
    groups: &mut [Group],
    cands: &[Candidate],
    docs: &[crate::ingest::Document],
    lower_words: &FastSet<&str>,
) {
    let after_post = |ci: usize| {
        let c = &cands[ci];
        let doc = &docs[c.doc()];
        let Some(s) = doc.sentences.get(c.sentence()) else { return false };
        let before: Vec<&str> =
            doc.text.get(s.start..c.start()).unwrap_or("").split_whitespace().rev().take(3).collect();
        let (title, link) = match before[..] {
            [the, link, title] if the.eq_ignore_ascii_case("the") => (title, link),
            [link, title, ..] => (title, link),
            _ => return false,
        };
        matches!(link, "of" | "for") && super::vocabulary::is_title_word(&fold(title))
    };
    for gr in groups.iter_mut().filter(|g| g.is_live()) {
        // The words as written (keys fold doubled letters).
        let lower = fold(gr.first_surface()).split(' ').all(|w| lower_words.contains(w));
        if lower && !gr.mentions.is_empty() && gr.mentions.iter().all(|&ci| after_post(ci)) {
            gr.fate = Fate::TitleWords;
        }
    }
}

/// Drops the words of titles: names of two words or more always written just before a title,
/// whose last word is not an institution's or a place's kind ("Islamabad Police Chief Khalid
/// Khattak" keeps the Islamabad Police; "Odisha Chief Minister" keeps Odisha, one word).
pub(super) fn drop_title_words(groups: &mut [Group]) {
    for gr in groups.iter_mut().filter(|g| g.is_live() && g.evidence.untitling == 0 && !g.is_single_word()) {
        // Its last word names its kind (keys fold doubled letters, "comision": the word as
        // written says it): "Islamabad Police" is a body, "House Minority" is not.
        let surface = gr.longest_surface();
        let last = surface.rsplit(' ').next().unwrap_or("");
        let named_kind = super::vocabulary::keyword_kind(&crate::fold::fold(last)).is_some();
        if !named_kind {
            gr.fate = Fate::TitleWords;
        }
    }
}

/// Drops names seen only in headings: headings repeat what the body says.
pub(super) fn drop_heading_only(groups: &mut [Group]) {
    for gr in groups.iter_mut().filter(|g| g.is_live() && g.evidence.body == 0) {
        gr.fate = Fate::HeadingOnly;
    }
}

/// Drops a name seen only in headings that is two names the body writes apart, side by side:
/// a headline's "Lion Air Boeing 737 goes down" names the airline and the maker, and as one name
/// it would take in both as its short forms. (Before the merges, which it would mislead.)
pub(super) fn drop_side_by_side(groups: &mut [Group]) {
    let named: FastSet<String> =
        groups.iter().filter(|g| g.is_live() && g.evidence.body > 0).map(|g| g.key.clone()).collect();
    for gr in groups.iter_mut().filter(|g| g.is_live() && g.evidence.body == 0) {
        let key = &gr.key;
        // The first name of two words at least: "Anna" and "Lindqvist" in the body are one
        // person's given name and surname, and "Anna Lindqvist" her full name.
        let halves =
            key.match_indices(' ').skip(1).any(|(at, _)| named.contains(&key[..at]) && named.contains(&key[at + 1..]));
        if halves {
            gr.fate = Fate::HeadingOnly;
        }
    }
}

/// The live groups an index lists under `key`, but group `gi` itself: the longer names that end
/// (or start) as a name does.
pub(super) fn live_others(index: &FastMap<String, Vec<usize>>, key: &str, gi: usize, groups: &[Group]) -> Vec<usize> {
    index.get(key).into_iter().flatten().copied().filter(|&fi| fi != gi && groups[fi].is_live()).collect()
}

/// Moves group `gi` into group `fi` (mentions, spellings, evidence, merges), recording why.
pub(super) fn absorb(groups: &mut [Group], gi: usize, fi: usize, merge: Merge) {
    let mut moved = std::mem::take(&mut groups[gi].mentions);
    let surfaces = std::mem::take(&mut groups[gi].surfaces);
    let merges = std::mem::take(&mut groups[gi].merges);
    let evidence = groups[gi].evidence;
    groups[gi].fate = Fate::MergedInto(fi);
    let target = &mut groups[fi];
    target.mentions.append(&mut moved);
    for (s, n) in surfaces {
        *target.surfaces.slot(s) += n;
    }
    target.merges.extend(merges);
    target.merges.push(merge);
    target.evidence.add(evidence);
}

/// Test helpers shared by the passes' tests: the groups of a few texts, before any pass.
#[cfg(test)]
pub(super) mod testing {
    use super::*;
    use crate::ingest::{ingest, Document};

    pub struct Grouped {
        pub docs: Vec<Document>,
        pub cands: Vec<Candidate>,
        pub gaz_mentions: GazMentions,
        pub groups: Vec<Group>,
    }

    pub fn grouped(texts: &[&str]) -> Grouped {
        let docs: Vec<Document> = texts.iter().enumerate().map(|(i, t)| ingest(&format!("d{i}"), t)).collect();
        let cands = super::super::candidates::find(&docs);
        let (gaz_mentions, groups) = group(&cands);
        Grouped { docs, cands, gaz_mentions, groups }
    }

    impl Grouped {
        /// The group a written form belongs to now (following merges).
        pub fn owner(&self, surface: &str) -> Option<&Group> {
            // By the key too: a merge may drop a form from the spellings ("Late Khalid Khattak").
            let key = name_key(surface.split(' '));
            let mut gi = self
                .groups
                .iter()
                .position(|g| g.surfaces.contains_key(surface) || g.first_surface() == surface || g.key == key)?;
            while let Fate::MergedInto(fi) = self.groups[gi].fate {
                gi = fi;
            }
            Some(&self.groups[gi])
        }

        /// The fate of the group first written `surface`.
        pub fn fate(&self, surface: &str) -> Fate {
            self.groups.iter().find(|g| g.first_surface() == surface).map(|g| g.fate).expect(surface)
        }
    }

    /// The gazetteer entry of a name.
    pub fn gaz(name: &str) -> usize {
        crate::gazetteer::gazetteer().lookup(name).expect(name)
    }
}

#[cfg(test)]
mod tests {
    use super::testing::grouped;
    use super::*;

    #[test]
    fn spellings_of_a_name_share_a_group_and_gazetteer_names_do_not_group() {
        let g = grouped(&["Oleksandr Horodetsky met Oleksandr Horodetskyy in Kyiv. Russian drones flew."]);
        let names: Vec<(&str, usize)> = g.groups.iter().map(|gr| (gr.first_surface(), gr.mentions.len())).collect();
        assert_eq!(names, [("Oleksandr Horodetsky", 2)]);
        let gaz: Vec<Vec<GazMention>> = g.gaz_mentions.iter().filter(|m| !m.is_empty()).cloned().collect();
        assert_eq!(gaz.len(), 2, "Kyiv and Russia");
        assert!(gaz.iter().flatten().filter(|m| m.demonym).count() == 1);
    }

    #[test]
    fn evidence_is_counted_per_group() {
        let cases: &[(&str, &str, Evidence)] = &[
            // A title or a form of address opening the sentence leaves the name initial ("Mr"
            // was dropped as a stop word until "Mrs May" had to keep it).
            (
                "President Biden said so. Later, Mr Biden left.",
                "Biden",
                Evidence {
                    titled: 2,
                    honorific: 1,
                    agent: 1,
                    body: 2,
                    non_initial: 1,
                    untitling: 2,
                    ..Evidence::default()
                },
            ),
            (
                "Mr Biden left.",
                "Biden",
                Evidence { titled: 1, honorific: 1, body: 1, untitling: 1, ..Evidence::default() },
            ),
            (
                "They met in Riverton. The Riverton mayor spoke.",
                "Riverton",
                Evidence {
                    place: 1,
                    article: 1,
                    qualifying: 1,
                    body: 2,
                    non_initial: 2,
                    untitling: 2,
                    ..Evidence::default()
                },
            ),
            ("Officials left.", "Officials", Evidence { body: 1, untitling: 1, ..Evidence::default() }),
        ];
        for (text, name, evidence) in cases {
            let g = grouped(&[text]);
            assert_eq!(g.owner(name).map(|gr| gr.evidence), Some(*evidence), "{text}");
        }
    }

    // Written for this rule (unit fixtures, not unseen news).
    #[test]
    fn words_always_written_before_a_title_are_no_name() {
        let mut g = grouped(&["House Minority Leader Sara Lind spoke. Velm Police Chief Erik Holm spoke. \
             Velm Chief Minister Anna Berg spoke."]);
        drop_title_words(&mut g.groups);
        let mut live: Vec<&str> = g.groups.iter().filter(|gr| gr.is_live()).map(|gr| gr.first_surface()).collect();
        live.sort();
        assert_eq!(live, ["Anna Berg", "Erik Holm", "Sara Lind", "Velm", "Velm Police"]);
        assert!(g.groups.iter().any(|gr| gr.first_surface() == "House Minority" && gr.fate == Fate::TitleWords));
    }

    // Written for this rule (unit fixtures, not unseen news).
    #[test]
    fn the_field_of_a_post_is_no_name() {
        let mut g = grouped(&["Erik Holm, Inspector General of Operations, spoke. Minister of Economy Sara Lind \
             spoke. Rescue operations went on. The economy grew."]);
        let lower: FastSet<&str> = ["operations", "economy", "rescue", "went", "grew"].into_iter().collect();
        drop_post_fields(&mut g.groups, &g.cands, &g.docs, &lower);
        assert_eq!(g.fate("Operations"), Fate::TitleWords);
        assert_eq!(g.fate("Sara Lind"), Fate::Live);
        assert_eq!(g.fate("Erik Holm"), Fate::Live);
        // Not after a title's "of": a name of its own.
        let mut g = grouped(&["Erik Holm spoke of Operations. Rescue operations went on."]);
        drop_post_fields(&mut g.groups, &g.cands, &g.docs, &lower);
        assert_eq!(g.fate("Operations"), Fate::Live);
    }

    #[test]
    fn spelling_variants_are_noted() {
        let mut g = grouped(&["Horodetsky spoke. Horodetskyy spoke. Horodétsky spoke."]);
        note_spelling_variants(&mut g.groups);
        let aliases: Vec<&str> = g.groups[0].merges.iter().map(|m| m.alias.as_str()).collect();
        assert_eq!(aliases, ["Horodetskyy"], "an accent alone is the same spelling");
    }

    #[test]
    fn common_words_are_dropped() {
        let cases: &[(&[&str], &str, Fate)] = &[
            (&["Tension was high. Officials said tension mattered."], "Tension", Fate::CommonWord),
            (&["Officials said so."], "Officials", Fate::CommonWord),
            (&["Preferably, they said so."], "Preferably", Fate::CommonWord),
            (&["Kelly said so."], "Kelly", Fate::CommonWord),
            (&["Kelly said so. Then Kelly left."], "Kelly", Fate::Live),
            (&["Tusk spoke. Donald Tusk said so."], "Tusk", Fate::Live),
            (&["Sources said so. Then Sources left."], "Sources", Fate::Live),
            // Written with the rule: opening sentences in two reports and nowhere else, a
            // common word; in one report, maybe a name that opens each of its sentences.
            (&["Footage showed the crowd.", "Footage circulated widely."], "Footage", Fate::CommonWord),
            (&["Pablo ran home. Pablo fell."], "Pablo", Fate::Live),
        ];
        for (texts, name, fate) in cases {
            let mut g = grouped(texts);
            let lower = super::super::lower_case_words(&g.docs);
            let doc_of: Vec<usize> = g.cands.iter().map(|c| c.doc()).collect();
            drop_common_words(&mut g.groups, &lower, &doc_of);
            assert_eq!(g.fate(name), *fate, "{texts:?}");
        }
    }

    #[test]
    fn heading_only_names_are_dropped() {
        let mut g = grouped(&["Riverton\n\nKyiv said Tusk would come. Tusk came."]);
        drop_heading_only(&mut g.groups);
        let fates: Vec<(&str, Fate)> = g.groups.iter().map(|gr| (gr.first_surface(), gr.fate)).collect();
        assert_eq!(fates, [("Riverton", Fate::HeadingOnly), ("Tusk", Fate::Live)]);
    }

    #[test]
    fn a_heading_that_sets_two_names_side_by_side_is_neither() {
        // (texts, the name, its fate). Written with the rule.
        let cases: [(&[&str], &str, Fate); 4] = [
            (
                &["Velmar Air Tornik 900 lands hard\n\nVelmar Air said a Tornik jet landed. Tornik said so."],
                "Velmar Air Tornik",
                Fate::HeadingOnly,
            ),
            (
                &["Velmar Air Tornik 900 lands hard\n\nVelmar Air said a Tornik jet landed. Tornik said so."],
                "Velmar Air",
                Fate::Live,
            ),
            // A given name and a surname, each written alone in the body, are one person's.
            (&["Anna Lindqvist wins\n\nThe race went to Lindqvist. Anna is her name."], "Anna Lindqvist", Fate::Live),
            // In the body the words are one name ("Velmar Air Tornik" as written there).
            (&["Velmar Air Tornik leases a jet. Velmar Air said so. Tornik agreed."], "Velmar Air Tornik", Fate::Live),
        ];
        for (texts, name, fate) in cases {
            let mut g = grouped(texts);
            drop_side_by_side(&mut g.groups);
            assert_eq!(g.fate(name), fate, "{texts:?}");
        }
    }

    #[test]
    fn absorbing_moves_everything_and_records_why() {
        let mut g = grouped(&["Donald Tusk spoke. Later, Mr Tusk said so."]);
        let merge = Merge { alias: "Tusk".into(), reason: "test".into() };
        absorb(&mut g.groups, 1, 0, merge.clone());
        assert_eq!(g.groups[1].fate, Fate::MergedInto(0));
        let full = &g.groups[0];
        assert_eq!((full.mentions.len(), full.surfaces.len(), full.evidence.honorific), (2, 2, 1));
        assert_eq!(full.merges, [merge]);
    }
}
