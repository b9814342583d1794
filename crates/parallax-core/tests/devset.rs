//! The development-set scorer: checks every `tests/devset/*/expect.txt`, runs the engine on each
//! event, scores its flags and names against the expect files, and keeps the scores above floors.
//!
//! `cargo test -p parallax-core --test devset -- --nocapture` prints a table per event and the
//! totals, after a list of every missed figure and every wrong flag with its values and text.
//! The format of the data is in `tests/devset/README.md`; the rules below are how it is scored.
//!
//! **Numbers and entries.** Each snippet of an expect line is mapped to its byte range in its
//! report. An engine number (a span of a conflict value) *is* an entry when its span overlaps the
//! entry's range. One number may be several entries (the same snippet on a `figure` line and on a
//! `distinct` line); a number that is no entry at all is *unaccounted*.
//!
//! **Engine flags.** A flag is one `Conflict` of a claim with `status == Disagreement`; its value
//! groups are what it says differ, and every number of one group is paired with every number of
//! the others.
//!
//! **Found.** An expected `conflict` or `update` line L is found when some flag pairs two different
//! entries of L from two different value groups (two numbers of one snippet, "420 meters (460
//! yards)", are one entry and never a pair).
//!
//! **Right.** A flag is right when, for some `conflict` or `update` line L, it pairs two different
//! entries of L as above *and* every number of the flag that is an entry of any line is an entry
//! of L. So:
//! - a number that is on L and also on a `distinct` line is fine: distinct lines repeat figure
//!   entries to say "do not pair with X", and a pair that both stand on one figure line is not
//!   what they forbid;
//! - a flag is wrong when it pairs numbers no conflict/update line holds together (different
//!   figures, a `distinct` line's separate measures, or the values of an `agree` line, which are
//!   compatible and so must not be flagged);
//! - a flag is wrong when it joins a right pair with a number of another line;
//! - unaccounted numbers do not make a right flag wrong (no line says what they are; the detail
//!   list shows them so that the data can be completed), but a flag made only of them is wrong.
//!
//! **Statements** are found when one engine flag of the line's kind holds the sentences of two
//! different entries of the line; an engine flag of a statement kind is right when it does so for
//! some line of its kind ([`statement_kind`]).
//!
//! **Names.** An engine entity *holds* a form when its name or one of its aliases is the form, or
//! one of its mentions reads as the form in the text. Every form occurs in the reports (checked on
//! loading), so alias recall counts every pair of forms of one `entity` line; a pair is merged when
//! one engine entity holds both. A wrong merge is an engine entity holding forms of two `entity`
//! lines. Junk is an engine entity whose name and aliases match no form, a leading "The" and a
//! trailing place word aside ([`name_key`]); an entity known only by a demonym is not judged.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use parallax_core::claims::{Claim, Conflict, Difference, Status};
use parallax_core::entities::Entity;
use parallax_core::{analyze, Analysis, Source};

// Floors, first measured on 2026-12-02 (figures 20/61 found, 11/39 flags right; aliases 54/166
// merged; 3 wrong merges; junk 120/576), raised the same day with the figures engine (figures
// 27/61 found, 26/36 right): today's values rounded down (ceilings: up) to two decimals. Raise them as the engine improves; never lower one without saying why in the commit.
// Statements: the engine flags attributions since 2026-12-03 (a figure given alike and credited
// to different sources; one demand credited to two people by name): 2/27 found, 2/2 right.
// Precision first: the floor is on precision (0.8, the issue's bar), and recall may not fall.
// Once lowered from 0.44 to 0.42 with hedge-aware slots ("at least 15 fires" and "17 wildfires"
// now agree, one update fewer found, two wrong flags gone); raised with places before figures;
// lowered from 0.52 to 0.50 when counts of things stopped being compared across statements
// (structures destroyed lost here; on three stories never used while building, such pairs were
// wrong: "3 NDRF teams" against "15 teams").
// Lowered from 0.50 to 0.44 when three events joined the set (u-*: a train crash, a strike, an
// election run-off; read as unseen news first, their flags judged, then added): 34/77 found.
// 0.44 -> 0.47 with shares of the vote beside a candidate's name ("Kilicdaroglu 47.39%", "44.2%
// for Sergio Massa") in reports about a vote, turnout as a class of its own, and percentages
// never read as part of a name: 37/77 found, 39/45 flags right. 0.47 -> 0.50 with identified and
// unidentified bodies as counts of their own ("88 bodies have been identified", "116 of them had
// been identified", "101 are yet to be identified"), never compared with the toll: 39/77, 41/47.
// 0.50 -> 0.54 with "packed with" people on board and the share of the vote counted so far as a
// figure that only grows (always an update): 42/77, 44/50. 0.54 -> 0.56 with "187 remain" read
// as a verb, not a count of remains, and those still in hospital as a class of their own
// ("382 are still being treated"): 44/77, 46/52.
// 0.56 -> 0.60 with counts of things as figures ("55 motorbikes" against "some 100 motorcycles",
// "Around 100 ambulances" against "60 ambulances"), where no frame word stands near (those stay
// the statements'), not of a named kind or set, not the parties to a meeting, and only where
// no source gives two values for the same thing: 47/77, 49/55.
// 0.60 -> 0.62 with speeds written "198 kilometres per hour" (a speed, not a distance), winds
// told apart by their words (gusts, sustained winds, a storm's forward speed), yards and "a
// mile" as lengths, a conversion in parentheses read past ("420 meters (460 yards) deep"), and a
// conflict's clashing values kept to reports of the same date (a later report's value moved):
// 48/77, 51/56. 0.62 -> 0.64 with a vessel's or a venue's capacity as a class ("a capacity of
// 60 passengers", "a 43-passenger capacity", "allowed to carry 43 people") and multiples as
// figures of their own ("three times its capacity" against "five times"): 50/77, 53/58.
// 0.64 -> 0.66 with a crowd's size compared counter by counter, cues of up to four words ("took
// to the streets", "joined the protests"), a count after "including" as a part of the figure
// before it ("including 81,000 in Paris"), and "in the capital" as the capital of the country
// the report names: 51/77, 54/59.
// 0.66 -> 0.67: the volume of earth a landslide moves is a figure ("18 million cubic metres"
// against "282 million cubic feet"): 52/77.
// 0.67 -> 0.71: a report giving one figure two values credited to two named sources says so
// (the Railways' 278 and the State Government's 275; Anadolu's and ANKA's shares at 98%
// counted, "The state Anadolu news agency had Erdogan at 52.1%"): 55/77.
// 0.71 -> 0.74: what happened "since then" is no longer about another time (a shaft "nearly a
// mile underground" now meets "420 meters deep"), and a rate named before a phrase set between
// commas is a turnout ("The overall participation rate, including ..., was 87.05 percent"):
// 57/77, 58/61.
// 0.74 -> 0.76: "another" after figures of other classes only is no increment ("Two people died
// ... Another 380 people were reported injured"), a compound counted noun says its class ("150
// missing-persons reports"), and a headline in title case keeps its numbers ("Sheriff Cites 560
// Missing"): 59/77, 60/63. The first costs one attribution flag the set calls wrong (the 18
// rescued "another 18 people rescued", credited to the local disaster agency in one report and
// to police in two): 7/8.
// 0.76 -> 0.79: those who registered or signed up (for aid, to vote) are a class of their own;
// "had already registered" reads past "already"; "lifted 20,000 people and 1,000 pets to
// safety" rescued them (past another count the verb shares; "to safety" is a cue): 61/77, 62/65.
// 0.79 -> 0.80: a part in someone's care at a place of care its sentence names is that place's
// figure ("Nineteen bodies were brought to the Pakistan Institute of Medical Sciences" against
// "the hospital had received 15 bodies", in a sentence naming the institute), and hospitals and
// clinics are institutions ("Holy Family Hospital" was a person): 62/77, 63/66.
// 2026-12-04: three events joined the set (v-*: a plane crash in Kathmandu, the Westminster
// attack, the first yellow-vest Saturday), built by a helper from news pages and scored as they
// came, before any change for them: their figures 9/18 found, 7/12 flags right; the whole set
// 71/95, 70/78. Then, each rule for a class of cases and the whole set re-scored: the ages of a
// list after "aged" ("aged 28, 27 and 26" gave 27 arrests); a degree of injury further off
// ("seven are said to be in a critical condition" is not all the injured) and after "of them"
// ("227 people were injured, six of them seriously"); "Another 36" opening a paragraph; a
// crowd's count credited to another office of the same side (police, the ministry, the
// minister: the authorities' count; unions: the organisers'); a place inside "According to ...,"
// is the source's; those aboard with what befell them said past the usual reach ("50
// passengers and crew of a US-Bangla aircraft died"): 76/95, 76/81.
// 0.80 -> 0.74 (2026-12-04, a new session) when the three stories read once as unseen at the end
// of the last session joined the set (w-*: the Tongi factory fire, the Masara landslide, the
// Pistorius sentencing; used now, so no longer unseen), scored as they came: their figures 9/19
// found, 7/9 flags right; the whole set 85/114, 83/89.
// 86/114, 83/89 the same day: a place after a word naming the event ("A landslide in Barangay
// Masara in Maco ... leaving six people dead and 46 others missing", data/event-nouns.txt) is
// the event's place, not a part's; and a figure nearer a day of the week than an earlier year
// in its sentence is this week's ("Tuesday night's landslide, which left at least 44 residents
// missing, hit the site where two landslides in September 2008 left 24 dead").
// 0.74 -> 0.69 the same day when two events built by a helper joined the set (x-*: the Genoa
// bridge collapse of 2018, the Sri Lanka Easter bombings of 2019), scored as they came: their
// figures 7/19 found, 7/9 right; the whole set 93/133, 90/98.
// 0.69 -> 0.71 the same day: 95/133, 93/100 with a time after "since" the point counted from
// ("killing 138 people ..., ending a lull since the civil war ended 10 years ago" is today's
// toll), the group of "the number of foreigners killed has risen to 40", and a nationality as
// the noun counted ("At least 10 Indians have been killed").
// 0.71 -> 0.72 the same day: 97/133, 95/101 with a count described by one class and counted by
// an act said after it ("11 injured had been pulled from the rubble" is no count of the
// injured) and "receiving treatment" as "in hospital".
// 0.72 -> 0.73 the same day: 98/133, 95/101 with a place after a word naming the event further
// back ("A blaze that broke out early Saturday at a packaging factory in Bangladesh has killed
// ...", a title-case "Factory Fire In Bangladesh Kills ..."), a name before the event's word
// ("rises to 33 in Tampaco fire") no place, and "55 injured people were given first aid" a part
// in someone's care.
// 0.73 -> 0.72 the same day when the three stories read once as unseen at 18:31 (eval13) joined
// the set (y-*: Cyclone Gezani in Madagascar, the Kenyan presidential result of 2022, the Malang
// stadium crush), scored as they came (after the three fixes made on reading them: the decimal
// comma, capitals read as written, "Neighbouring"): their figures 9/16, 6/13; the whole set
// 108/149, 102/114.
// 109/149, 103/114 the same day with a figure in a relative clause about an event named after
// "after", "since" or "than" set aside as that event's ("10 days after Cyclone Fytia, which
// killed 14 and displaced over 31,000").
// 0.72 -> 0.73 the same day: 110/149, 104/113 with a share after "defeated his rival, Raila
// Odinga, with 50.4 per cent" the winner's, named before the verb.
// 0.73 -> 0.71 (2026-12-04, later) with the za-* events (the held-back eval15 set: Belgrade
// rally 2025, Derna floods 2023, Ever Given 2021), read once at 6fc64b9 and scored at bba5c17,
// after two rules its reading showed (an organisation's short form that also opens another
// name; a headline's subject as a source), neither changing its figures: 122/171, 116/129.
// 0.71 -> 0.72 (2026-12-05): 124/171 with other words for one thing counted as one count
// ("more than 1,000 protests" against "2,000 demonstrations"; vessels and ships; blasts,
// explosions and bombings; families and households: data/unit-synonyms.txt).
// With the zb-* events (2026-12-05, see the wrong merges): 140/193 (0.725) at 130/144; the floors
// hold. Their first reading, before the four rules: 16/22 found, 12/15 right.
// 0.72 -> 0.74 (2026-12-05, later): 144/193 (0.746) at 133/147 with a cue of two words before
// the number ("can hold 42 000 people": capacity), a ship's tonnage, and a candidate's share
// read past a place ("Ba second on 31%") and not given to the name measured against ("behind
// Faye with 35.79%").
// 0.74 -> 0.71 with the zc-* events (2026-12-05, later: the held-back eval18 set, Morocco's earthquake 2023,
// Kenya's Finance Bill protest 2024, Mexico's presidential election 2024, built by a helper from
// news pages and read once at 2bbdf4e, then added after the two rules its reading showed in
// 0337c49 and the negators' "without"): 158/221 (0.715) at 145/162. Their
// first reading: 17/28 found, 14/20 right; after the rules 14/28, 13/16 (the quick-count ranges
// now hold the later exact shares, which the set calls updates).
// 0.71 -> 0.69 with the zd-* events (2026-12-05, third session: the held-back eval19 set, the Cebu
// earthquake 2025, the Yeti Airlines crash at Pokhara 2023, Taiwan's election 2024, built by a
// helper from news pages and read once at d8bf07e, then added after the rules its reading showed:
// shares and votes compared person by person whichever name a report gives, a party's name no
// candidate's, family names written first, "out of" a whole, votes "over" a round figure alike): 165/238 (0.693) at 152/172. Their first reading: 6/17 found,
// 6/9 right; after the rules 7/17, 7/10.
// 0.69 -> 0.70 the same day: 168/238 (0.706) with a count said twice a tenth apart one count
// ("at least 990 aftershocks", "over 1,000") and a share after "or" the share of the votes
// before it ("took 4.6 million or 33.49%").
// 0.70 -> 0.71 the same day: 171/238 (0.718) with how long a leader has held power, a first
// reading in a sentence that tells of its revision set aside, a part at a place that place's
// figure, and a named person's age ("Faye, 43" against "Faye, 44": only after a person's name,
// since "a 63-year-old woman" in two reports may be two women).
// 0.71 -> 0.73 (2026-12-05, fourth session): 174/238 (0.731) with a share a verb of winning
// gives in a sentence about the votes ("while her rival ... took 30.4%"), a share in parentheses
// after the votes ("7.18 million votes (50.49 percent)", no conversion), a candidate's party
// between the name and the share ("Máynez of the Citizens' Movement was third on 10.6%"), and
// a tally that "passes", "has gone past" or "topped" a round figure read as at least that.
// (Hausatv's "IEBC chairman Wafula Chebukati said" joined the Kenya line on Ruto's share, as
// the New York Times's same words had: the line had left it out.)
// 0.73 -> 0.72 with the ze-* events (eval20: the Amasra mine blast 2022, the Itaewon crowd crush 2022, the Semeru eruption 2021; built by a helper from news pages, read once at 4a8ca4b before any rule for them, then added with three rules for the classes the reading showed: "without" says no plain sentence, an ash column "into the sky" a height, a lower bound in two units one bound): 186/255 (0.729); their own 12/17, at first reading 12/17.
// 0.72 -> 0.74 (2026-12-06) with the zf-* events (eval21: the Almora bus crash 2024, the Sri Lanka presidential election 2024, the Magdeburg Christmas market attack 2024; built by a helper from news pages, read once at a570bf3 before any rule for them, then added after four rules for the classes the reading showed (3cf8e0b): an age before a name, deaths "at the scene", lakh and crore, "more" past a comma): 206/276 (0.746); their own 19/21, at first reading 17/21.
// 0.74 -> 0.75 (2026-12-06, sixth session): 209/276 (0.757) with a name inside an apposition
// no candidate's owner ("Máynez, the candidate of Movimiento Ciudadano, had 6,189,002 votes") and
// another event's own figures compared by its name ("after Cyclone Fytia, which killed 14").
// 0.75 -> 0.76 (2026-12-06, seventh session): 212/276 (0.768) with whose votes a sentence says
// ("ahead of X on 48.85 percent", "(48.85 per cent) for his rival X", "the 7.1 million Dr X
// polled"), a hedged number given to a decimal near its last digit ("almost 7.18 million" is
// not 7.1 million) and a candidate's exact count over the round one the same report gave first.
// 0.76 -> 0.77 (2026-12-06, seventh session): 215/276 (0.779) with a class for people affected
// ("affected 273,417 people"): Masara's evacuated families, as of 7 February and later, are found
// (the one flag holds both lines' numbers, which the scorer counts as a wrong flag).
// 0.77 -> 0.78 the same session: 216/276 (0.783) with counts of what was destroyed (see the
// precision floor).
// 0.78 -> 0.80 (2026-12-06, eighth session): 221/276 (0.801) at 203/226 with a place's
// population ("Toamasina, a city of ..."), the people in brackets after a count of households,
// "the votes of 16.5 million people", a class for the abducted, the story's own demonym no group,
// groups aboard ("53 local passengers and 15 foreign nationals", "15 foreigners among them") and
// a group counted out of a toll ("97 of them women", "Of those who died, 101 are female").
// 0.80 -> 0.79 (2026-12-07, thirteenth session) with the zg-* events (eval28: the Lake Victoria
// ferry 2018, the Lombok quake 2018, the Sarkozy Libya verdict 2025; built by a helper from news
// pages, read once at 914114c before any rule for them, then added with two rules the reading
// showed: a measure before "from" and a name is a distance, a division named before a count by
// its every word): 230/288 (0.799) at 213/237. Their misses: the hour of the sinking and the
// length of the crossing (a time and a duration), the toll of the week before.
// 0.79 -> 0.76 (2026-12-07, fourteenth session) with the zh-* events (eval29: the Ormoc ferry
// capsize 2015, the Shitalakkhya launch capsize 2021, the Jishishan quake 2023; built by a helper
// from news pages, read once at 3169022 before any rule for them): 243/318 (0.764) at 224/255.
// Their own 13/30 at 11/18: tolls given by province and by day that the engine pools or misses
// (Gansu against Qinghai), past quakes' tolls and magnitudes, a temperature, a date.
// 0.76 -> 0.75 (2026-12-07, fifteenth session) with the zi-* events (eval30: the Amatrice quake
// 2016, the Lion Air JT610 crash 2018, the Nigerian election 2019; built by a helper from news
// pages, read once at e29d522 before any rule for them, then added after two rules the reading
// showed: counts in millions are rounded, a near miss only of an entry named as spelt):
// 249/328 (0.759) at 229/267. Their own 6/10 at 5/12: a margin ("nearly four million votes
// behind") read as a candidate's votes, an aftershock's magnitude against the quake's.
// 0.75 -> 0.73 (2026-12-07, sixteenth session) with the zj-* and zk-* events (eval31: the Beirut port explosion 2020,
// the Chauvin verdict 2021, the Trump-Kim Singapore summit 2018; eval32: the Brumadinho dam
// collapse 2019, the Herat quakes 2023, the Noto quake 2024; built by helpers from news pages,
// each read once before any rule for it, at ef03d22 and 8b3e5bb, then added after the rules
// those readings showed): 265/362 (0.732) at 242/286. Their own
// 16/34 at 13/20: Noto's tolls by town and by day, the Herat tolls of the Taliban against the
// UN's, counts of villages and aftershocks.
// 0.73 -> 0.69 (2026-12-08, seventeenth session) with the zl-* events (eval33: the Hathras
// stampede 2024, the Morbi bridge collapse 2022, the storming of Sri Lanka's presidential house
// 2022, the Wayanad landslides 2024; built by helpers from news pages, read once at 86cf04e
// before any rule for them, added with no rule from them): 277/398 (0.696) at 249/298. Their own
// 12/36 at 7/12: tolls that move by the hour with rounded ones beside them ("more than 100"),
// counts of the crowd, of the bridge's length and age, of rescue teams and Army columns.
const FIGURE_RECALL_FLOOR: f64 = 0.69;
// 0.80 -> 0.75 (2026-12-04) with the w-* events as they came: 9/46 found, 9/12 right (one count
// of buses credited to two officials who gave it; see the w-masara notes).
// 0.75 -> 0.60 the same day with the x-* events as they came: 9/55 found, 9/15 right.
// 0.60 -> 0.75 the same day: 9/12 with "put" a source's verb only as "put ... at" ("Islamic
// State put out its claim shortly after Sri Lanka said that ..."), a clause opened by a
// conjunction having its own subject ("after Sri Lanka said"), a country speaking through its
// authorities (no office in particular: at odds with no one), and what stands before ", but X
// told ..." not X's words.
// 0.75 -> 0.78 the same day: 11/14 with who changes a count giving it ("the local prefecture
// raised the death toll to 39", "cut the number of confirmed dead to 38"), "the Odisha
// government" read as a government, the same as another report's "State Government", and
// bodies moved or sent somewhere counted as in someone's care ("170 bodies were moved to
// hospitals" is no toll).
// 11/44 once the one-named-source lines became notes (below); 12/44 at 12/15 with a long title
// before the one person named ("Gazipur fire service and civil defence deputy assistant director
// Akhtaruzzaman told BSS"; two people named so are two speakers, no one's credit).
// 0.78 -> 0.76 the same day with the y-* events as they came: 13/48 found, 13/17 right.
// 0.76 -> 0.80 the same day: 13/16 with the pronoun after a setting read as the subject ("In a
// post on Instagram he said" credited "post").
// 0.80 -> 0.77 (2026-12-04, later) with the za-* events (see the figure recall floor): 14/65
// at 14/18; the new wrong flag joins two reports' different missing counts by the words "had
// been reported missing".
// 0.77 -> 0.66 (2026-12-05) with the zb-* events (see the wrong merges): 14/76 found, 14/21 right;
// their three wrong flags set a news agency relaying a count ("According to The Associated
// Press, ... 57 passengers and four crew") or a president's words against the airline that gave
// it: a relay is not a second source, which the engine cannot yet tell.
// 0.66 -> 0.79 (2026-12-05, fourth session): 23/29. Three words shared after a number in either
// sentence are a count, which the figures compare with its credit, not one statement ("between
// 5,000 and 6,000 people had been reported missing" / "another 10,100 people are reported
// missing"); a report that also gives the words in a sentence naming the other person, or right
// after one ("Lopez Obrador congratulated Sheinbaum. ... he said she would be the first female
// president"), does not credit them apart. (Also counted: Ruto's share, see the figure floor.)
// 0.79 -> 0.78 (2026-12-06) with the zf-* events (eval21: the Almora bus crash 2024, the Sri Lanka presidential election 2024, the Magdeburg Christmas market attack 2024; built by a helper from news pages, read once at a570bf3 before any rule for them, then added after four rules for the classes the reading showed (3cf8e0b): an age before a name, deaths "at the scene", lakh and crore, "more" past a comma): 26/33; their wrong flag credits one statement to one
// official spelt two ways ("RLAM Ratnanayake" / "RMAL Rathnayake"), whom the names pass keeps apart.
// 0.78 -> 0.80 (2026-12-06, sixth session): 29/36 with the news and an office two kinds of
// source where one of them is named ("local media reports said 33" / the airport spokesman by
// name; "PTI reported, quoting an official" / "Officials said"), which found three lines more
// (Odisha, Sri Lanka's foreigners, Tempi) and no wrong flag.
// Held at 0.80 (2026-12-06, seventh session): 28/35, a commission's chairman named with the commission in his
// title speaks for it, so two flags setting him against the commission went: one wrong, one
// the Kenyan line of Ruto's share counted as right (that line is still found, by the BBC's 50.4).
// 0.80 -> 0.79 (2026-12-07) with the zg-* events as they came: 31/39 (0.795). Their wrong flag:
// a ferry's capacity of 100 credited to the district commissioner and to local media.
// 0.79 -> 0.72 (2026-12-07, fourteenth session) with the zh-* events as they came: 31/43 (0.721).
// Their four flags are figures given alike and credited to two named people (the 173 passengers
// and 16 crew to a city official and to the coast guard's spokesman; the toll of 34 to the local
// administration and to a fire service officer; "around 50" and "more than 50" aboard to the
// police chief and to a fire official), which their set does not list.
// 0.72 -> 0.70 (2026-12-07, sixteenth session): the scorer reads each line's credits through the
// event's entity lines, so that a line whose credits all name one person or body ("Bambang Suryo",
// "Bambang Suryo Aji, according to The Associated Press") is a note, as the README defines a
// disagreement of who said it: 33/174 at 35/48 became 32/164 at 34/48 (0.708), notes 13/34 ->
// 14/44. The flag that turned wrong sets one official against himself spelt two ways
// ("Al-Mahari" / "Abdul Muhari"), which the names pass keeps apart.
const ATTRIBUTION_PRECISION_FLOOR: f64 = 0.70;
// 2 -> 4 with one crowd size credited to two counters ("a million" by the organisers and by
// the Civil Human Rights Front; 1.28 million by the interior ministry and by police): 4/27, 4/4.
// 4 -> 5 with every number of a figure credited, not each report's first only ("at least 23,
// according to" the police chief, in a report that opened with 19), a source named between
// commas ("Additional Inspector General Islamabad, Sultan Azam Temuri, said") and the weight of a
// bomb's explosives; a credit that names no one ("officials") is at odds with no one, which lost
// one the set notes (PTI quoting "an official" vs "officials"): 5/27, 5/5.
// 5 -> 7: a source's credit is its first that names someone, the body's before the headline's
// ("according to Indonesian officials", then "Budiawan said the search was now for 180"), "the
// search for 180 people" counts the missing, and "buried 62 houses" is no part in anyone's care:
// 7/27, 7/7.
// 7 -> 9 with the three new events (their credits of a crowd's count read by side): 9/37, 9/11.
// 9 -> 11 (2026-12-04, a new session): who changes a count gives it (see the precision floor).
// 11 -> 12 the same day: a long title before the one person named (see the precision floor).
// 12 -> 14 (2026-12-04, later): 13/53 with the z-* events as they came; 14/53 at 14/17 with a
// toll before "was" past a time ("the death toll that day was 125") and a credit to "he" shown
// with the sentence that names him.
// 14 -> 17 with the zc-* events (see the figure recall floor): 17/85 found, 18/26 right. Their
// first reading: 3/9 found, 4/5 right.
// 17 -> 20 with the zd-* events (see the figure recall floor): 20/93 found, 22/30 right. Their
// first reading: 3/8 found, 4/4 right.
// 20 -> 26 (2026-12-06, sixth session): 24/128 at the session's start; 27/128 with the news and
// an office two kinds of source (see the precision floor).
// 26 -> 28 (2026-12-06, seventh session): 28/128 with counts of what was destroyed read as
// figures (Yunnan's "at least 12,000 homes collapsed or destroyed", credited apart).
const ATTRIBUTION_FOUND_FLOOR: usize = 28;
// Polarity since 2026-12-03 (a negation before the first word of one aligned sentence that the
// other says plainly, about one named agent): 1/7 found, 1/1 right.
// 1 -> 2 (2026-12-04) with denials between sentences the alignment keeps apart (the denied word,
// one more shared word, one person or body named or credited in both; not a withheld detail, a
// contrast, an idiom, a phrasal verb or another day): 2/7, 2/2. With one shared word only it was
// 3/7, 3/3 here, but a denied verb and its object apart ("did not release the names" / "released
// the toll") would then be flagged: precision first.
// 2 -> 1 the same day: that pass cost 1.4 KB of wasm and a tenth of a second on 1,000 reports
// once made fast enough, for the one denial it found ("not humanly possible to check every
// vehicle" / "possible for the police to check each and every truck"); taken out to keep the
// single file under its budget. The aligned pass keeps the rules learnt on the way: 1/8, 1/1.
// 1 -> 5 (2026-12-08, 65 events: 1/48 -> 5/48, 5/5 right; 5/56 with the zl-* events) with `causes`: a cause given in one
// source ("the crash was caused by a technical glitch") against one not known in another ("there
// was no immediate explanation for the crash"), in four events (Tongi, Pokhara, Lake Victoria,
// Beirut), no flag elsewhere.
const POLARITY_PRECISION_FLOOR: f64 = 0.80;
const POLARITY_FOUND_FLOOR: usize = 5;
// Since 2026-12-04: an attribution line that credits one source by name and leaves the others
// unattributed is scored as a note ("attributed to X in A; unattributed in B", as the issue asks
// of the claim view), not as a disagreement the engine should flag: 11 of the 55 lines, of which
// the engine notes 4. The attribution floors above count the other 44.
const ATTRIBUTION_NOTES_FOUND_FLOOR: usize = 4;
// 0.87 -> 0.86: counts of things are compared across statements again, except counts of a named
// kind ("3 NDRF teams"): "12 ships" against "14 ships" is found again, one wrong flag is back.
// 0.86 -> 0.91 with the speeds, lengths and dated conflicts above: 51/56.
// 0.91 -> 0.94: a duration in two units is one ("three minutes and 27 seconds" is not "three
// minutes" against "almost three and a half minutes"; "two hours and 35 seconds" is no "35
// seconds" against a margin of 34): 52/57 -> 52/55.
// 0.94 -> 0.93 (2026-12-04) when three events joined the set (see the recall floor): 76/81; the
// wrong flags left are a toll with and without the attacker ("killed three people before the
// assailant was shot dead" against "Four people died"), protests under way at midday against
// the day's count, and the four of the earlier set.
// 0.93 -> 0.94 the same day: a count of things or of a crowd "at midday", "at noon", "by
// lunchtime" after it is how many at an hour of the day, not the day's: 76/80.
// 0.94 -> 0.93 (2026-12-04) with the w-* events as they came (see the recall floor): 83/89.
// 0.93 -> 0.91 the same day with the x-* events as they came: 90/98.
// 0.91 -> 0.92 the same day: 91/98 with bodies moved, sent or shifted somewhere in someone's
// care, not the toll ("All the 19 bodies were sent to DMCH", "170 bodies were moved").
// 0.92 -> 0.93 the same day: 95/101 (see the recall floor).
// 0.93 -> 0.94 the same day: 99/133, 96/101 with a length glued to its unit read as the length
// of the thing after it ("the 80-metre section" against "a 200-metre section"; "a 2-kilometer
// stretch of a river" is no distance from a city, "a 1.6-kilometer section of a road" no river's),
// and its unit read at all ("80-metre" had been a count of trucks).
// 0.94 -> 0.89 the same day with the y-* events as they came: 102/114.
// 0.89 -> 0.90 the same day: 103/113 with an earlier named event's figures set aside (see the
// recall floor) and "34 people died inside the stadium" one place's part, not the toll.
// 0.90 -> 0.91 the same day: 104/113 (see the recall floor).
// 0.91 -> 0.90 (2026-12-04, later) with the z-* events as they came (the held-back eval14 set,
// read once at 0d2ec9d): 112/124; a train's crew within its passengers, "at least one carriage"
// against "three carriages", two trains counted with the dead.
// 0.90 -> 0.91 the same day: 112/122 with any noun but people counted aboard a part of those
// aboard ("342 passengers and 10 employees were on board") and "the first three carriages" no
// count of all.
// 0.91 -> 0.92 the same day: 112/121 with things near a toll not compared as killed ("two
// trains" beside "has climbed to 57").
// 0.92 -> 0.89 the same day with the za-* events (see the recall floor): 116/129; their wrong
// flags: detentions overnight and at the rally as one count, an earlier incident's injured,
// deaths outside the city with the city's toll, ships in one lake against all waiting.
// 0.89 -> 0.90 (2026-12-05): 117/129 with other words for one thing counted (vessels and ships:
// the ships in the lake are now one of two counts a report gives of ships, so not compared).
// 0.90 -> 0.89 with the zc-* events (see the figure recall floor): 145/162 (0.895).
// 0.89 -> 0.88 with the zd-* events (see the figure recall floor): 152/172 (0.884); their
// wrong flags: a quake's first reading (6.7, "later revised upward") against its final 6.9,
// bodies recovered so far against the toll, and local passengers against all passengers.
// 0.88 -> 0.89 the same day: 155/174 (0.891) with local and foreign passengers groups of their
// own ("53 local passengers and 15 foreign nationals" against 68 passengers).
// 0.89 -> 0.88 with the ze-* events (eval20: the Amasra mine blast 2022, the Itaewon crowd crush 2022, the Semeru eruption 2021; built by a helper from news pages, read once at 4a8ca4b before any rule for them, then added with three rules for the classes the reading showed: "without" says no plain sentence, an ash column "into the sky" a height, a lower bound in two units one bound): 170/192 (0.885); their own 11/14, at first reading 11/15.
// 0.88 -> 0.89 (2026-12-06, seventh session): 198/221 (0.896) with counts of what was
// destroyed read as figures ("more than 1,000 structures had been destroyed"), which found Maui's
// structures and took two wrong flags away.
// 0.89 -> 0.87 (2026-12-07, fourteenth session) with the zh-* events (see the figure recall
// floor): 224/255 (0.878).
// 0.87 -> 0.85 (2026-12-07, fifteenth session) with the zi-* events (see the figure recall
// floor): 229/267 (0.858).
// 0.85 -> 0.84 (2026-12-07, sixteenth session) with the zj-* and zk-* events (see the figure
// recall floor): 242/286 (0.846).
// 0.84 -> 0.83 (2026-12-08, seventeenth session) with the zl-* events (see the figure recall
// floor): 249/298 (0.836).
const FIGURE_PRECISION_FLOOR: f64 = 0.83;
// Raised with the name-variant passes (middle names, initials, spelling edits, prefixes, acronyms
// in parentheses, scope adjectives, common words): 119/202 merged, no wrong merge (and none is
// allowed any more), junk 71/655.
// 0.58 -> 0.64 when a county's, a province's or a prefecture's own name shortens to its bare name
// ("Sonoma County" / "Sonoma", "Yunnan Province" / "Yunnan"), unless the corpus names a city of
// that name too or the region is named after its city ("the Kharkiv region"): 130/202.
// 0.64 -> 0.69 with a given name alone written as a name mid-sentence ("Elon's proposal", "bye
// bye, Kemal") merged into the one person's full name starting so; a name's first two words
// ("Carrie Lam") merged into the one longer person's name starting so ("Carrie Lam Cheng
// Yeut-Ngor"), both read as people's; "Longtoushan township" and "Qujing city" read with their
// settlement noun as "Ludian county" was; "Xinmo village" merged with "Xinmo" (keys fold doubled
// letters: the noun is read as written). 140/202, no wrong merge. The junk test's name edges
// take " town" and " village" as they took " city" and " township".
// 0.69 -> 0.70 with "People's" inside a name ("Republican People's Party" now meets its "(CHP)")
// and South Asian officers' abbreviations as titles ("DRM Rinkesh Roy" is "Roy"): 142/202.
// 0.70 -> 0.74: 143/202 -> 146/196. A form met only inside a longer form of its line ("Qiaojia"
// only in "Qiaojia County") is no name a reader meets alone and makes no pair (the scorer,
// `stands_alone`: 202 -> 196 pairs, 143 merged as before); an abbreviation's dot is the name's
// ("Calif.", "Twitter Inc.": +3).
// 0.74 -> 0.75: "Bahanaga Bazar" is "Bahanaga" as "Ludian County" is "Ludian" (public places:
// data/facility-nouns.txt): 147/196.
// 0.75 -> 0.78: a romanised name's last syllable is its kind of place ("Maoxian" and "Maoxian
// county" are "Mao County": data/romanised-place-suffixes.txt): 154/196.
// 0.78 -> 0.80 (2026-12-04): 156/196 -> 159/196 with a name one word from the expansion of an
// acronym the corpus defines read as a slip for it ("US Geological Service" beside "U.S.
// Geological Survey (USGS)").
// 0.80 -> 0.77 (2026-12-04) when three events joined the set: 159/196 and 21/57 of theirs
// (180/253, 0.71) as they came; then 196/253 with other names a report states ("Masood was born
// Adrian Russell Elms", "He later took the name Adrian Ajao") joining the person, and "New
// Scotland Yard" no longer "Scotland Yard" after a word not part of it (a wrong merge, now none).
// 0.77 -> 0.79 the same day: 201/253 with a body's name with its first word cut short ("Met
// Police", "Metropolitan Police"), a name without "International" ("Tribhuvan Airport") and
// compounds of a place and a name ("US-Bangla Airlines").
// 0.79 -> 0.70 (2026-12-04) with the w-* events as they came: 201/253 and 35/80 of theirs
// (236/333, 0.71).
// 0.70 -> 0.74 the same day: 247/333 with a second legal form run on across the first's dot
// and comma ("Apex Mining Co. Inc.", "Co., Inc.") and every legal form taken off to find the
// company's bare name.
// 0.74 -> 0.71 the same day with the x-* events as they came: 266/373.
// 0.71 -> 0.73 the same day: 273/373 with two edits allowed in a word of six letters or more
// when the name has three words or more and the others are the same ("National Thowheed
// Jamath" / "National Thowheeth Jamaath" / "National Thowfeek Jamaath": transliterations).
// 0.73 -> 0.739 the same day: 276/373 (0.7399) with every form of a name compared for spellings, not
// only its longest ("Thozokile Masipa" beside the "Thokozile Masipa" that "Thokozile Matilda
// Masipa" had taken in).
// 0.739 -> 0.71 the same day with the y-* events as they came: 311/435.
// 0.71 -> 0.69 (2026-12-04, later) with the z-* events as they came: 330/476.
// 0.69 -> 0.71 the same day: 338/476 with a surname said as a speaker at a sentence start
// ("Hopkins said", shaped like a plural), a month naming someone ("May said", "Mrs May") and
// the same words in another order ("FC Arema" / "Arema FC").
// 0.71 -> 0.718 the same day: 342/476 (0.7185) with a given name that takes a possessive
// ("Ariana's show") or speaks after its age ("Mayette, 42, told") joining the one full name it
// opens.
// 0.718 -> 0.724 the same day: 345/476 with "Mrs May" beside "may" the verb, and a name's
// mention taking in its kind written in lower case ("Kanjuruhan stadium").
// 0.724 -> 0.73 (2026-12-05): 379/519 (0.7303) with an organisation written after one demonym
// named with it ("Libyan National Army", so its acronym "LNA" joins; "Philippine Coast Guard").
// 0.73 -> 0.70 (2026-12-05) with the zb-* events (see the wrong merges): 407/580 (their own 28/61:
// names spelt three ways, "Lazarus Chakwera" / "Lazarus Tsakuera" / "Chaquera", Portuguese names
// with and without accents).
// 0.70 -> 0.66 with the zc-* events (see the figure recall floor): 445/673 (their own 36/93:
// accents dropped by one outlet's copy, "Xchitl Glvez" for "Xóchitl Gálvez"; parties by their
// Spanish acronyms and English names).
// 0.66 -> 0.69 (2026-12-05, third session): 466/673 with a name that lost its accented letters
// in one outlet's copy read as the name ("Xchitl Glvez", "Glvez"), a second surname after a
// person's two names ("Claudia Sheinbaum Pardo"; a word never written in lower case, no title,
// kind or faith) and a name of three words inside one of four ("Bassirou Diomaye Diakhar Faye").
// 0.69 -> 0.70 the same day: 472/673 with a body written with and without the word that says
// it is one ("National Action" / "National Action Party") and digits that end a name ("Flight
// 2283", "BRI Liga 1").
// 0.70 -> 0.67 with the zd-* events (see the figure recall floor): 519/766 (0.678); their own
// 47/93 (names in Chinese characters beside the romanised ones, "Hou Yu-ih" / "Hou You-yi",
// the Philippine agencies' long names). Their first reading: 45/93, one wrong merge (the
// Philippines and "Filipino", which the set, as every other event, no longer lists as a name).
// 0.67 -> 0.68 (2026-12-05, fourth session): 522/766 with the long names above; the
// International Federation of Red Cross and Red Crescent Societies its own body in the
// gazetteer (it was an alias of the Red Crescent), and a body whose acronym stands in the
// corpus no longer the end of a longer name ("Disaster Risk Reduction and Management Council
// (DRRMC)" is not "National Disaster Risk Reduction and Management Council").
// 0.68 -> 0.65 with the ze-* events (eval20: the Amasra mine blast 2022, the Itaewon crowd crush 2022, the Semeru eruption 2021; built by a helper from news pages, read once at 4a8ca4b before any rule for them, then added with three rules for the classes the reading showed: "without" says no plain sentence, an ash column "into the sky" a height, a lower bound in two units one bound): 556/854 (0.651); their own 34/88 ("Abdul Muhari" / "Al-Mahari", "Yoon
// Suk-yeol" / "Yoon Seok Yeol", a title kept in a form: "Mr. Erdogan", "Governor Arslan").
// 0.65 -> 0.63 (2026-12-06) with the zf-* events (eval21: the Almora bus crash 2024, the Sri Lanka presidential election 2024, the Magdeburg Christmas market attack 2024; built by a helper from news pages, read once at a570bf3 before any rule for them, then added after four rules for the classes the reading showed (3cf8e0b): an age before a name, deaths "at the scene", lakh and crore, "more" past a comma): 591/925 (0.639); their own 34/71 (one outlet's spellings
// "Anudha Kumara Dishanayake", "John Balawaga" for the SJB; "Garhwal Motor Owner Association").
// 0.63 -> 0.64 the same day: 598/925 with the spelling pairs of the most written name taken
// first ("Ranil Wickremasinghe" joins "Ranil Wickremesinghe" and brings "Wickramasinghe"), a
// scaled number no part of a name ("Ranil Wickramasinghe 22 lakh ..."), and "incumbent" a title.
// 0.64 -> 0.67 (2026-12-06, ninth session): 620/925 with a name's own script in brackets after
// it ("Lai Ching-te (賴清德)", "Nanao Township (南澳)") its alias wherever the corpus writes it,
// and two words each a slip one person ("Nico Afinta" / "Niko Affinto", "Vassilis
// Varthakogiannis" / "Vasilios Vathrakogiannis").
// 0.67 -> 0.69 the same day: 635/919 (after the entity lists' own correction, 622/919) with a
// body's name turned round over "of" one name ("Law Society of Kenya" / "Kenya Law Society",
// "Ministry of Interior" / "Interior Ministry"), an entity's other names looked for in lower case
// too ("interior ministry"), the two-word slips read with hyphens as spaces and without an Arabic
// article ("Ahmed al-Mosmari" / "Ahmad Mismari", "Abdul Muhari" / "Abdul-Mahari"), and
// "Amnesty" the gazetteer's Amnesty International.
// 0.69 -> 0.70 (2026-12-07): 644/919 with a storm's class before its kind word no part of its
// name ("Tropical Cyclone Freddy" / "Cyclone Freddy", +4 pairs) and a word inside exactly one
// person's full name that no full name ends in taken as that person ("Diomaye" of "Bassirou
// Diomaye Faye", "Álvarez" of "Jorge Álvarez Máynez", "Marcos" of "Ferdinand Marcos Jr.", +5);
// then 646/919 with a titled name holding "da" or "de" read so too ("Lula" of "President Luiz
// Inácio Lula da Silva", +2).
// 0.70 -> 0.71 on 2026-12-07: 658/919 with a speaker after a closing quote read mid-sentence
// ("Fallas said"), a headline's name running on ("Reeva Steenkamp Murder") no second full name,
// the family name's most written full name ("Hou", "Yoon"), institutions compared without
// plurals and "and" ("Countermeasures Headquarters"), a country before a body with its own
// acronym ("Kenya Police Reform Working Group" = PRWG), and a group's word keeping "of Sri Lanka"
// (NCEASL). Raised to 0.73 (674/919) with places spelt two ways ("Tubogon" / "Tabogon", "Tempi" /
// "Tempe", "Marrakech" / "Marrakesh"), landforms with and without their kind ("Mount Semeru"), and
// a name with the place it is from ("Persebaya Surabaya" / "Persebaya").
// 0.73 -> 0.72 (2026-12-07) with the zg-* events as they came: 711/978 (0.727); their pairs are
// 33/59, mostly bodies' names written several ways ("Tanzania Electrical, Mechanical and
// Electronics Services Agency" / "Temesa"; "Agency for Meteorology, Climatology and Geophysics"
// / "BMKG").
// 0.72 -> 0.70 (2026-12-07, fourteenth session) with the zh-* events as they came: 751/1069
// (0.703); their pairs are 37/91: rivers and towns spelt four ways ("Shitalakkhya" /
// "Sitalakkhya" / "Shitalakhsya" / "Shitalakshya", "Narayanganj" / "N'ganj"), a county's full
// official name, and bodies with and without their acronym.
// 0.70 -> 0.68 (2026-12-07, fifteenth session) with the zi-* events as they came: 821/1202
// (0.683); their pairs are 49/133: flights written four ways ("Flight JT 610", "Lion Air Flight
// JT-610"), an aircraft's model with and without its variant, hamlets with and without "del
// Tronto", regions with and without "region".
// 0.68 -> 0.67 (2026-12-07, sixteenth session) with the zj-* and zk-* events as they came:
// 887/1306 (0.679); their pairs are 62/123: a district spelt five ways ("Zinda Jan", "Zenda Jan",
// "Zindajan"), a spokesman's name spelt five ways, regions with and without "province" or
// "prefecture".
// 0.67 -> 0.65 (2026-12-08, seventeenth session) with the zl-* events as they came: 942/1437
// (0.656); their pairs are 55/131: a preacher known by eight names ("Bhole Baba", "Narayan
// Sakar Hari", "Suraj Pal Singh"), villages and towns transliterated three or four ways
// ("Sikandra Rao", "Sikandrau"; "Chooralmala", "Churalmalai"), "Gota" for Gotabaya Rajapaksa.
// 943 -> 940 the same day when surnames came to be read in the order of their keys rather than
// of first mention, so that which report comes first no longer decides a merge (a case the
// order property found; see tests/properties.rs).
const ALIAS_RECALL_FLOOR: f64 = 0.65;
// 0.11 -> 0.12 the same day: the common-words list was cut from 3,000 to 200 words (11 KB to
// 1 KB gzip) so that the single file, with the embedded analysis (#13), stays under its 400,000 B
// budget; junk 70 -> 73 of 657.
// 0.12 -> 0.10 with names that hold a group's possessive ("Zhaotong People's Hospital" was
// "Zhaotong People" and "Hospital"), government portfolios as title words ("Transportation
// Minister", "Security Secretary"), occupations written as titles before a name ("Lawmaker
// Fernando Cheung", "Trader Abdullah Khan"), officers' abbreviations as titles ("IG", "DRM") and
// acronyms of common nouns never names ("DNA", "SUVs", "AC"): junk 73/644 -> 59/633.
// 0.10 -> 0.09: 59/631 -> 56/630 with a name's "and" ("EasyJet and" before "British Airways")
// and a descriptive ending ("San Francisco-based") left out, and "Senator Dianne Feinstein and
// House Minority Leader" no longer one organisation.
// 0.09 -> 0.085: 55/628 -> 53/626 with "New" kept as the first word of a place ("New York (CNN)"
// was "York") and "Late"/"Early" before a day opening no name ("Late Wednesday").
// 0.085 -> 0.083: 51/624 with a headline in title case read as a heading whatever ends it
// ("Elon Musk Buys Twitter For $44 Billion!" gave "Elon Musk Buys Twitter For" and "Billion").
// 0.083 -> 0.08: 49/623 with a body "of" its fields run on past "and" ("California Department of
// Forestry and Fire Protection" was that and "Fire Protection").
// 0.08 -> 0.075: 46/619 with the words of titles dropped ("House Minority" of "House Minority
// Leader Nancy Pelosi", "Special Relief" of "Special Relief Commissioner") and a name's leading
// "and" ("and Emergency Preparedness").
// 0.075 -> 0.065: 39/626 with "for" joining a body's name ("Crypto Council for Innovation"),
// sentence openers that qualify a noun ("Local police", "Mobile phone footage") and a person
// before "of" and a hyphenated acronym ("Eric Sellini of CGT-Chimie").
// 0.065 -> 0.06 (2026-12-04): 39/625 -> 36/620 with a capitalised word the corpus also writes
// in lower case, and nothing saying it is a name, dropped wherever it stands ("the busy Fruit
// and Vegetable market", "Article 49.3"; "told Dawn" keeps the paper), and a place between a
// title and the holder's name the seat of the office ("Inspector General Islamabad, Sultan
// Azam Temuri" had a person named Islamabad).
// 0.06 -> 0.055 the same day: 36/620 -> 32/620 with names shown as the reports write them ("St.
// Amant", "Social Workers' General Union") and newspapers whose names open with a place read as
// papers ("USA Today" gave "United States").
// 0.055 -> 0.065 (2026-12-04) when three events joined the set: 31/619, then 46/723 with theirs.
// 0.065 -> 0.06 the same day: 42/722 with a hyphenated compound of a place and a word that names
// no place or people read as one name ("US-Bangla Airlines" gave "US Airlines" and the United
// States; "US-China" and "Turkish-Syrian" are still split).
// 40/721 with a body without the country it serves ("Civil Aviation Authority" is the "Civil
// Aviation Authority of Nepal") and prepositions opening a sentence before a place ("Across
// France"); "college" as a body's word was tried and taken out ("SCB Medical College and
// Hospital" was cut in two).
// 0.06 -> 0.08 (2026-12-04) with the w-* events as they came: 40/719 and 27/152 of theirs
// (67/871).
// 0.08 -> 0.085 the same day with the x-* events as they came: 83/978.
// 81/975 the same day with a generation run on across its comma ("Ferdinand Marcos, Jr." gave
// "Jr") and "Magistrate" a title.
// 0.085 -> 0.091 the same day with the y-* events as they came: 98/1081.
// 109/1216 (2026-12-04, later) with the z-* events as they came; 108/1214 with the names of the
// same words in another order; 0.091 -> 0.087 with a home town cut from the person before it
// ("Jahangir Alam of Bhola"): 105/1217.
// 0.087 -> 0.085 the same day: 102/1214 with a word shaped like an adjective in -ic or -ist that
// qualifies a noun wherever it stands ("Olympic champion", "Paralympic gold medallist").
// 0.085 -> 0.082 the same day: 98/1210 with a compass word cut from its demonym ("the East
// African nation" gave "East") or any other place noun alone no name.
// 0.082 -> 0.086 the same day with the za-* events (see the figure recall floor): 114/1340.
// 0.086 -> 0.084 (2026-12-05): 112/1340 with an organisation named with its demonym ("Greek Fire
// Service" had been "Fire Service", a form no report writes alone).
// 0.084 -> 0.083 the same day: 110/1338 with an organisation's name joined by "and" read whole when a
// title follows it ("Independent Electoral and Boundaries Commission Chairman Wafula Chebukati").
// 0.083 -> 0.080 (2026-12-05, later): 120/1450 -> 115/1445 with the followers of a religion no
// entity ("Muslims", "Buddhist", "many Christians said"; data/religions.txt).
// 0.080 -> 0.077 the same day: 110/1442 with a body named with its country read whole even
// when a word of titles or a known name follows the country ("Malawi Defence Force", "Malawi
// Red Cross Society"; "society" a word of institutions).
// 0.077 -> 0.081 with the zc-* events (see the figure recall floor): 127/1569 (their own 17/127).
// 0.081 -> 0.079 (2026-12-05, third session): 122/1559 with a bare word that opens sentences in
// two reports or more and stands nowhere else a common word ("Footage showed", "Data from") and
// interjections openers ("Oh").
// 0.079 -> 0.072 the same day: 110/1548 with digits that end a name read as its own ("Zone 1",
// "Route 91 Harvest Festival" had given "Route" and "Harvest Festival"), scales named after
// people ("the Richter scale") no names, "Jewish" and the names of God words of faith,
// demonyms of U.S. states ("Hawaiian"), and "NGO(s)" an acronym of a common noun.
// 0.072 -> 0.078 with the zd-* events (see the figure recall floor): 133/1720 (their own 23/172;
// first reading 24/174).
// 0.078 -> 0.073 (2026-12-05, fourth session): 125/1714 with a body's long name read on past its
// "and" after up to six words ("Provincial Disaster Risk Reduction and Management Office" had
// given "Provincial Disaster Risk Reduction" and "Management Office").
// 0.073 -> 0.072 the same day: 122/1715 with a unit's ordinal part of its name ("25th Infantry
// Battalion", "1001st Brigade" had given "Infantry Battalion" and "Brigade") and "division" a
// word of organisations ("Infantry Division" was a person).
// 0.072 -> 0.076 with the ze-* events (eval20: the Amasra mine blast 2022, the Itaewon crowd crush 2022, the Semeru eruption 2021; built by a helper from news pages, read once at 4a8ca4b before any rule for them, then added with three rules for the classes the reading showed: "without" says no plain sentence, an ash column "into the sky" a height, a lower bound in two units one bound): 140/1845 (their own 18/130: titled bodies such as "Head of the Lumajang
// Resort Police", "Central Disaster" cut from its long name).
// 0.076 -> 0.075 the same day: 138/1843 with a post opening a name before "of the" dropped ("Head
// of the Lumajang Resort Police" is the police; "Chief of the Public Relations Division ...").
// 0.075 -> 0.073 (2026-12-06): 133/1844 with "and" after a body's title word kept in its name
// ("Ministry of the Interior and Safety" had made "Safety" a titled person), a post before "for
// the" dropped when a body's word follows ("Commissioner for the Department of ... Affairs"), and
// prison, jail, headquarters, squad, affairs, defence words of places and bodies.
// 0.073 -> 0.076 (2026-12-06) with the zf-* events (eval21: the Almora bus crash 2024, the Sri Lanka presidential election 2024, the Magdeburg Christmas market attack 2024; built by a helper from news pages, read once at a570bf3 before any rule for them, then added after four rules for the classes the reading showed (3cf8e0b): an age before a name, deaths "at the scene", lakh and crore, "more" past a comma): 148/1962; their own 15/118 ("Marchula of Almora
// district", "ARTOs of Almora", "Commandant Arpan Yaduvanshi", "BMW SUV").
// 0.076 -> 0.072 (2026-12-06, ninth session): 140/1954 with "of" before one name and a district's
// or a town's kind word a cut ("Marchula of Almora district", "Thoriqul Haq of the Lumajang
// district" were one name), a two-word demonym before a title ("South Korean President") and
// "Saudi Arabian" the gazetteer's.
// 0.072 -> 0.066 the same day, by the data alone: 127/1954 with the proper names the entity lists
// had missed added (README: every proper name; "Facebook", "Panama", "Hyundai", "AP", "Islamabad
// Police", "Maui Police" / "Maui County Police", "Tamils", ...) and the forms that carried a
// title dropped ("Mr. Erdogan", "Governor Arslan": a form is written without its title).
// 0.066 -> 0.065 the same day: 125/1947 with a post's field after its title's "of" no name when
// the corpus writes each of its words in lower case ("Inspector General of Operations", "Director
// General of the Health Services").
// 0.065 -> 0.071 (2026-12-07) with the zg-* events as they came: 144/2048 (0.070); theirs are
// 20/131, among them a body's name cut at the commas of its list of fields ("Electrical",
// "Indonesian Agency for Meteorology") and real names their entity lines leave out ("United
// States", "Francis", "Vichy").
// 0.071 -> 0.073 (2026-12-07, fifteenth session) with the zi-* events as they came: 168/2323
// (0.0723); theirs are 20/154 (see the eval30 lines of the closing note).
// 0.073 -> 0.074 (2026-12-07, sixteenth session) with the zj-* and zk-* events as they came:
// 185/2532 (0.0731); theirs are 17/209 ("Koreas", "Trump-Kim", "Japanese prefecture", "B6").
// 0.074 -> 0.080 (2026-12-08, seventeenth session) with the zl-* events as they came: 218/2755
// (0.0791); theirs are 33/223 ("Army Columns", "Engineer Stores", "Agra Zone", "All-Party").
const JUNK_CEILING: f64 = 0.080;
// One wrong merge allowed since 2026-12-04 (none before): in the Tongi fire, one report's
// rickshaw puller "Rashed, a twenty-year-old" is read as the "Abdur Rashed, 25, of Mymensingh" a
// second report lists among the dead. The set's author keeps them apart (the ages differ); they
// may be one man (both of Mymensingh). A surname standing alone is the one full name in the
// corpus ending so; a rule that kept a bare name in a report that never gives a fuller one
// apart from the full name elsewhere also split "Weibo" from "Sina Weibo" and gained nothing
// else on the set, so the merge is left and counted.
// 1 -> 2 the same day with the y-* events as they came: a club's name ending in its city
// ("Persebaya Surabaya") took in the city ("Surabaya") as a surname would be.
// 2 -> 1 (2026-12-04, later): a short form and a full name given two different ages are two
// people ("Rashed, a twenty-year-old rickshaw puller" / "Abdur Rashed, 25, of Mymensingh").
// 1 -> 0 the same day: "from" after a name gives a place ("Persebaya from Surabaya"), no
// surname of "Persebaya Surabaya". No wrong merge is allowed again.
// 0 -> 1 (2026-12-05) with the zb-* events (eval17, read once at c1f1db1, added at f1a68d8 after
// four rules its reading showed): "Zomba" beside "Zomba City" and "Zomba District", which the set
// takes for the district and the engine for the city (a region stays apart from its city). The
// other wrong merge of the reading ("Cascavel" into "Cascavel Airport") is fixed.
// 1 -> 2 with the zc-* events: "Casablanca" merged into "Grand Casablanca" (the city into its
// region), which the set keeps apart.
// 2 -> 3 with the ze-* events (eval20: the Amasra mine blast 2022, the Itaewon crowd crush 2022, the Semeru eruption 2021; built by a helper from news pages, read once at 4a8ca4b before any rule for them, then added with three rules for the classes the reading showed: "without" says no plain sentence, an ash column "into the sky" a height, a lower bound in two units one bound): the place "Lumajang" (a dateline's "LUMAJANG") merged into the
// "Lumajang Regency BPBD", a place into a body named after it.
// 3 -> 2 the same day: with the post dropped, "Lumajang" no longer joins the Lumajang Regency's
// disaster agency (see the junk ceiling).
// 2 -> 3 (2026-12-06) with the zf-* events (eval21: the Almora bus crash 2024, the Sri Lanka presidential election 2024, the Magdeburg Christmas market attack 2024; built by a helper from news pages, read once at a570bf3 before any rule for them, then added after four rules for the classes the reading showed (3cf8e0b): an age before a name, deaths "at the scene", lakh and crore, "more" past a comma): the place "Rishikesh" (written "AIIMS, Rishikesh") merged into
// "AIIMS Rishikesh", a place into a body named after it, as "Lumajang" was.
// 3 -> 2 the same day: a name opening with an acronym the corpus writes as a name of its own
// ("AIIMS", then "AIIMS Rishikesh") is that body's branch in a place, and no surname ends it.
// 2 -> 3 (2026-12-07, fifteenth session) with the zi-* events: a headline's "Lion Air Boeing 737"
// read as one name took in the airline ("Lion Air") and the maker ("Boeing", "Boeing Co"): two
// names side by side made one.
// 3 -> 2 (2026-12-07, sixteenth session): a heading's two names side by side are dropped
// before the merges (ef03d22).
// 2 -> 4 the same day with the zk-* events: "Niigata" (the prefecture) merged into "Niigata
// City", as Zomba and Casablanca were; "Noto" (the peninsula, as the set reads the bare word)
// merged into "Noto Town".
const WRONG_MERGES_CEILING: usize = 4;

/// The four events kept apart for evaluation (the March 2025 Myanmar earthquake, the August 2025
/// summit in Alaska, the July 2025 Texas Hill Country floods, the June 2025 Air India crash): none
/// may appear in the development set. Their place names, flight and landmarks are checked by their
/// FNV-1a hashes (of the folded word or two-word phrase), so that the project holds none of
/// their words, not even in this check.
const HELD_OUT: &[u64] = &[
    0x288873ee84818338, 0xd93a80536a227562, 0x1c1073a0e897d37f, 0x7417162701ddfc90, 0x14206fe9532882c7,
    0x937372fa21ae30a5, 0xe73a243ea757d715, 0x17f8fc1cbcbc7ad9, 0x7d27c2b24936aa5c, 0x876a60ce6bfbbf9c,
    0x8dd1d6e493eb0c82,
];

fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf29ce484222325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3))
}
const MIN_EVENTS: usize = 12;
const MIN_SOURCES: usize = 4;
const EVENT_KINDS: &[&str] =
    &["disaster", "crash", "election", "trial", "deal", "summit", "sport", "protest", "attack", "other"];
const ENTITY_KINDS: &[&str] = &["person", "place", "org", "other"];

// ---------------------------------------------------------------------------------------------
// The data
// ---------------------------------------------------------------------------------------------

struct Report {
    id: String,
    text: String,
    /// Publication date from the `source` line (ISO, so it sorts).
    date: String,
}

/// A snippet of one report, where an expect line points.
struct Entry {
    report: usize,
    start: usize,
    end: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum FigureKind {
    Conflict,
    Update,
    Agree,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum StatementKind {
    Attribution,
    Polarity,
    Scope,
    Manner,
    /// An attribution line that credits fewer than two sources by name: "said by X" in one report,
    /// a plain fact in another. By the issue's definition that is no disagreement; the claim view
    /// says "attributed to X in A; unattributed in B", which is what is scored.
    AttributionNote,
}

const STATEMENT_KINDS: [StatementKind; 5] = [
    StatementKind::Attribution,
    StatementKind::Polarity,
    StatementKind::Scope,
    StatementKind::Manner,
    StatementKind::AttributionNote,
];

impl StatementKind {
    fn name(self) -> &'static str {
        match self {
            StatementKind::Attribution => "attribution",
            StatementKind::Polarity => "polarity",
            StatementKind::Scope => "scope",
            StatementKind::Manner => "manner",
            StatementKind::AttributionNote => "attribution note",
        }
    }
}

/// A `figure` line (kind set) or a `distinct` line (kind `None`): numbers the expect file names.
struct NumberLine {
    at: usize,
    kind: Option<FigureKind>,
    label: String,
    entries: Vec<Entry>,
}

impl NumberLine {
    fn expects_flag(&self) -> bool {
        matches!(self.kind, Some(FigureKind::Conflict | FigureKind::Update))
    }

    fn describe(&self) -> String {
        let kind = match self.kind {
            Some(FigureKind::Conflict) => "conflict",
            Some(FigureKind::Update) => "update",
            Some(FigureKind::Agree) => "agree",
            None => "distinct",
        };
        format!("l.{} {kind} {}", self.at, self.label)
    }
}

struct StatementLine {
    at: usize,
    kind: StatementKind,
    what: String,
    entries: Vec<Entry>,
}

struct EntityLine {
    at: usize,
    forms: Vec<String>,
}

struct Event {
    name: String,
    reports: Vec<Report>,
    numbers: Vec<NumberLine>,
    statements: Vec<StatementLine>,
    entities: Vec<EntityLine>,
}

impl Event {
    /// The reports as a reader gives them to the app: the text, and the publication date the
    /// reader knows (the app's "edit details"), since few restated reports print their date.
    fn sources(&self) -> Vec<Source> {
        self.reports
            .iter()
            .map(|r| {
                let mut source = Source::new(r.id.clone(), r.text.clone());
                source.details.date = Some(r.date.clone());
                source
            })
            .collect()
    }

    fn snippet(&self, e: &Entry) -> &str {
        &self.reports[e.report].text[e.start..e.end]
    }
}

// ---------------------------------------------------------------------------------------------
// Loading and validation: every problem is collected, then reported together as file:line.
// ---------------------------------------------------------------------------------------------

/// The set's folder. `PARALLAX_EVAL_DIR` points the scorer at a set kept outside the project
/// (stories held back from building, in the same format), to score the engine on news it has
/// never seen; the floors and the checks of size then do not apply.
fn devset_dir() -> PathBuf {
    match std::env::var_os("PARALLAX_EVAL_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/devset"),
    }
}

fn held_out_set() -> bool {
    std::env::var_os("PARALLAX_EVAL_DIR").is_some()
}

/// Every event of the development set, or every problem found in it.
fn load_devset() -> Result<Vec<Event>, Vec<String>> {
    let mut errors = Vec::new();
    let mut dirs: Vec<PathBuf> =
        std::fs::read_dir(devset_dir()).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    let events: Vec<Event> = dirs.iter().map(|d| load_event(d, &mut errors)).collect();
    if events.len() < MIN_EVENTS && !held_out_set() {
        errors.push(format!("{}: {} events, at least {MIN_EVENTS} needed", devset_dir().display(), events.len()));
    }
    if errors.is_empty() {
        Ok(events)
    } else {
        Err(errors)
    }
}

fn load_event(dir: &Path, errors: &mut Vec<String>) -> Event {
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    check_held_out(dir, &name.replace('-', " "), errors);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt") && p.file_stem().is_some_and(|s| s != "expect"))
        .collect();
    files.sort();
    let mut reports = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        check_held_out(path, &text, errors);
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        reports.push(Report { id, text, date: String::new() });
    }
    if reports.len() < MIN_SOURCES {
        errors.push(format!("{}: {} reports, at least {MIN_SOURCES} needed", dir.display(), reports.len()));
    }
    let mut event = Event { name, reports, numbers: Vec::new(), statements: Vec::new(), entities: Vec::new() };
    let expect = dir.join("expect.txt");
    match std::fs::read_to_string(&expect) {
        Ok(text) => {
            check_held_out(&expect, &text, errors);
            parse_expect(&expect, &text, &mut event, errors);
        }
        Err(e) => errors.push(format!("{}: {e}", expect.display())),
    }
    event
}

fn check_held_out(path: &Path, text: &str, errors: &mut Vec<String>) {
    let lower = text.to_lowercase();
    for (n, line) in lower.lines().enumerate() {
        let words: Vec<&str> = line.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let pairs = words.windows(2).map(|w| format!("{} {}", w[0], w[1]));
        for term in words.iter().map(|w| w.to_string()).chain(pairs) {
            if HELD_OUT.contains(&fnv1a(&term)) {
                errors.push(format!(
                    "{}:{}: mentions \"{term}\", of an event kept apart for evaluation",
                    path.display(),
                    n + 1
                ));
            }
        }
    }
}

#[test]
fn the_held_out_check_finds_the_held_out_words() {
    let mut errors = Vec::new();
    // Built from pieces, so that the words themselves stand nowhere in the project.
    let sample = format!("Rescuers reached {}{} by road.", "Manda", "lay");
    check_held_out(Path::new("sample"), &sample, &mut errors);
    assert_eq!(errors.len(), 1, "{errors:?}");
    check_held_out(Path::new("sample"), "Rescuers reached the city by road.", &mut errors);
    assert_eq!(errors.len(), 1);
}

/// Reads `expect.txt` into `event`. Source lines are read first, so that entries may name any
/// declared source wherever the line stands.
fn parse_expect(path: &Path, text: &str, event: &mut Event, errors: &mut Vec<String>) {
    let lines: Vec<(usize, Vec<&str>)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|(n, l)| (n + 1, l.split(" | ").map(str::trim).collect()))
        .collect();
    // Line 0 stands for the file as a whole.
    let mut err = |at: usize, msg: String| match at {
        0 => errors.push(format!("{}: {msg}", path.display())),
        _ => errors.push(format!("{}:{at}: {msg}", path.display())),
    };
    let mut declared = BTreeSet::new();
    for (at, f) in lines.iter().filter(|(_, f)| f[0] == "source") {
        if f.len() != 5 {
            err(*at, format!("a source line has 5 fields, this one {}", f.len()));
            continue;
        }
        match event.reports.iter_mut().find(|r| r.id == f[1]) {
            Some(r) if declared.insert(f[1]) => r.date = f[3].to_string(),
            Some(_) => err(*at, format!("source {} declared twice", f[1])),
            None => err(*at, format!("source {} has no report {}.txt", f[1], f[1])),
        }
        if !is_iso_date(f[3]) {
            err(*at, format!("\"{}\" is not a YYYY-MM-DD date", f[3]));
        }
    }
    for r in &event.reports {
        if !declared.contains(r.id.as_str()) {
            err(0, format!("report {}.txt has no source line", r.id));
        }
    }
    let mut events_seen = 0;
    for (at, f) in &lines {
        let at = *at;
        let result = match f[0] {
            "source" => Ok(()),
            "event" => {
                events_seen += 1;
                parse_event_line(f)
            }
            "entity" => parse_entity(at, f).map(|e| event.entities.push(e)),
            "figure" => parse_figure(at, f, event).map(|l| event.numbers.push(l)),
            "distinct" => parse_distinct(at, f, event).map(|l| event.numbers.push(l)),
            "statement" => parse_statement(at, f, event).map(|l| event.statements.push(l)),
            other => Err(format!("unknown item type \"{other}\"")),
        };
        if let Err(msg) = result {
            err(at, msg);
        }
    }
    if events_seen != 1 {
        err(0, format!("{events_seen} event lines, one needed"));
    }
    for (at, msg) in duplicate_forms(&event.entities) {
        err(at, msg);
    }
    for line in &event.entities {
        for form in line.forms.iter().filter(|f| !event.reports.iter().any(|r| occurs_as_word(&r.text, f))) {
            err(line.at, format!("form \"{form}\" occurs in no report (as whole words, case-sensitively)"));
        }
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10 && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
}

fn parse_event_line(f: &[&str]) -> Result<(), String> {
    if f.len() != 3 {
        return Err(format!("an event line has 3 fields, this one {}", f.len()));
    }
    if !EVENT_KINDS.contains(&f[2]) {
        return Err(format!("event kind \"{}\" is none of {EVENT_KINDS:?}", f[2]));
    }
    Ok(())
}

fn parse_entity(at: usize, f: &[&str]) -> Result<EntityLine, String> {
    if f.len() < 3 {
        return Err("an entity line needs a kind and at least one form".into());
    }
    if !ENTITY_KINDS.contains(&f[1]) {
        return Err(format!("entity kind \"{}\" is none of {ENTITY_KINDS:?}", f[1]));
    }
    if let Some(empty) = f[2..].iter().position(|x| x.is_empty()) {
        return Err(format!("form {} is empty", empty + 1));
    }
    Ok(EntityLine { at, forms: f[2..].iter().map(|s| s.to_string()).collect() })
}

/// A form on two entity lines would make every engine entity holding it a wrong merge.
fn duplicate_forms(entities: &[EntityLine]) -> Vec<(usize, String)> {
    let mut first: BTreeMap<&str, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for line in entities {
        for form in &line.forms {
            match first.get(form.as_str()) {
                Some(&other) if other != line.at => {
                    out.push((line.at, format!("form \"{form}\" is also on the entity line at line {other}")))
                }
                _ => {
                    first.insert(form, line.at);
                }
            }
        }
    }
    out
}

fn parse_figure(at: usize, f: &[&str], event: &Event) -> Result<NumberLine, String> {
    if f.len() < 7 {
        return Err("a figure line needs kind | what | of whom | where and at least two source entries".into());
    }
    let kind = match f[1] {
        "conflict" => FigureKind::Conflict,
        "update" => FigureKind::Update,
        "agree" => FigureKind::Agree,
        other => return Err(format!("figure kind \"{other}\" is not conflict, update or agree")),
    };
    let entries = parse_entries(&f[5..], event, false)?;
    Ok(NumberLine { at, kind: Some(kind), label: format!("{} | {} | {}", f[2], f[3], f[4]), entries })
}

fn parse_distinct(at: usize, f: &[&str], event: &Event) -> Result<NumberLine, String> {
    if f.len() < 4 {
        return Err("a distinct line needs a reason and at least two source entries".into());
    }
    let entries = parse_entries(&f[2..], event, false)?;
    Ok(NumberLine { at, kind: None, label: f[1].to_string(), entries })
}

fn parse_statement(at: usize, f: &[&str], event: &Event) -> Result<StatementLine, String> {
    if f.len() < 5 {
        return Err("a statement line needs kind | what and at least two source entries".into());
    }
    let kind = match f[1] {
        "attribution" => StatementKind::Attribution,
        "polarity" => StatementKind::Polarity,
        "scope" => StatementKind::Scope,
        "manner" => StatementKind::Manner,
        other => return Err(format!("statement kind \"{other}\" is not attribution, polarity, scope or manner")),
    };
    let entries = parse_entries(&f[3..], event, true)?;
    // Who each entry credits ("= Khalid Khattak", "= -"): one name and the rest unattributed is
    // a note, not a disagreement. A credit is read as the entity line whose form it holds (the
    // longest; entity lines come first in every file), so that "Bambang Suryo" and "Bambang Suryo
    // Aji, according to The Associated Press" are one person, as the README's "different people
    // or bodies" means; a credit that holds no form is its words.
    // Whole words only: the form "Ba" is not in "Bambang Suryo".
    let words = |text: &str| {
        format!(" {} ", text.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect::<String>())
    };
    let entity_of = |who: &str| {
        let who = words(who);
        let forms = event.entities.iter().enumerate().flat_map(|(i, e)| e.forms.iter().map(move |f| (i, f)));
        forms.filter(|(_, f)| who.contains(&words(f))).max_by_key(|(_, f)| f.len()).map(|(i, _)| i.to_string())
    };
    let mut named: Vec<String> = f[3..]
        .iter()
        .filter_map(|e| e.rsplit_once(" = ").map(|(_, who)| who.trim()))
        .filter(|who| *who != "-" && !who.starts_with("- "))
        .map(|who| entity_of(who).unwrap_or_else(|| who.to_string()))
        .collect();
    named.sort();
    named.dedup();
    let kind =
        if kind == StatementKind::Attribution && named.len() < 2 { StatementKind::AttributionNote } else { kind };
    Ok(StatementLine { at, kind, what: f[2].to_string(), entries })
}

/// The source entries of a line; every bad one is named, not only the first.
fn parse_entries(fields: &[&str], event: &Event, with_who: bool) -> Result<Vec<Entry>, String> {
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    for field in fields {
        match parse_entry(field, event, with_who) {
            Ok(e) => entries.push(e),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(entries)
    } else {
        Err(errors.join("; "))
    }
}

/// `<source>: "<snippet>"`, followed by ` = <who or ->` on statement lines (who is not scored).
fn parse_entry(field: &str, event: &Event, with_who: bool) -> Result<Entry, String> {
    let (id, rest) =
        field.split_once(": \"").ok_or_else(|| format!("entry `{field}` is not <source>: \"<snippet>\""))?;
    let snippet = if with_who {
        rest.rsplit_once("\" = ").ok_or_else(|| format!("entry `{field}` lacks its ` = <who or ->`"))?.0
    } else {
        rest.strip_suffix('"').ok_or_else(|| format!("entry `{field}` does not end with a quote"))?
    };
    let id = id.trim();
    let report = event
        .reports
        .iter()
        .position(|r| r.id == id)
        .ok_or_else(|| format!("entry `{field}` names an unknown source \"{id}\""))?;
    match occurrences(&event.reports[report].text, snippet).as_slice() {
        [start] => Ok(Entry { report, start: *start, end: start + snippet.len() }),
        [] => Err(format!("snippet \"{snippet}\" does not occur in {id}.txt")),
        more => Err(format!("snippet \"{snippet}\" occurs {} times in {id}.txt", more.len())),
    }
}

/// Start of every occurrence of `needle`, overlapping ones included.
fn occurrences(text: &str, needle: &str) -> Vec<usize> {
    if needle.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(needle) {
        out.push(from + i);
        from += i + text[from + i..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------

/// One engine number of a flag and what the expect file says it is.
struct Number {
    report: usize,
    doc: usize,
    sentence: usize,
    start: usize,
    end: usize,
    value: String,
    /// (number line, entry) pairs whose snippet it overlaps.
    entries: Vec<(usize, usize)>,
}

impl Number {
    fn on(&self, line: usize) -> impl Iterator<Item = usize> + '_ {
        self.entries.iter().filter(move |(l, _)| *l == line).map(|(_, e)| *e)
    }
}

/// An engine flag: one conflict of a disagreement claim, its numbers grouped by value.
struct Flag<'a> {
    conflict: &'a Conflict,
    groups: Vec<Vec<Number>>,
}

impl Flag<'_> {
    fn numbers(&self) -> impl Iterator<Item = &Number> {
        self.groups.iter().flatten()
    }

    /// Whether it pairs two different entries of `line` from two different value groups.
    fn pairs_on(&self, line: usize) -> bool {
        self.groups.iter().enumerate().any(|(i, g)| {
            self.groups[i + 1..]
                .iter()
                .any(|h| g.iter().flat_map(|n| n.on(line)).any(|a| h.iter().flat_map(|n| n.on(line)).any(|b| a != b)))
        })
    }
}

/// Whether the engine calls a flag a conflict or an update. Neither `Claim` nor `Conflict` says
/// yet; when one does, read it here and the table reports it.
fn engine_figure_kind(claim: &Claim, _conflict: &Conflict) -> Option<FigureKind> {
    match claim.figure.as_ref()?.nature? {
        parallax_core::claims::Nature::Conflict => Some(FigureKind::Conflict),
        parallax_core::claims::Nature::Update => Some(FigureKind::Update),
    }
}

/// Index of each analysed document in the event's reports (the engine may reorder or drop them).
fn report_of_doc(event: &Event, a: &Analysis) -> Vec<usize> {
    a.documents.iter().map(|d| event.reports.iter().position(|r| r.id == d.id).expect("a known document")).collect()
}

fn flags<'a>(event: &Event, a: &'a Analysis) -> Vec<(Flag<'a>, Option<FigureKind>)> {
    let report_of = report_of_doc(event, a);
    let mut out = Vec::new();
    // Disagreements of who said what are statements, scored apart (`score_statements`).
    for claim in a.claims.iter().filter(|c| c.status == Status::Disagreement && c.difference.is_none()) {
        for conflict in &claim.conflicts {
            let groups = conflict
                .values
                .iter()
                .map(|v| {
                    v.spans
                        .iter()
                        .map(|&(doc, sentence, start, end)| {
                            let report = report_of[doc];
                            Number {
                                report,
                                doc,
                                sentence,
                                start,
                                end,
                                value: v.value.clone(),
                                entries: entries_at(event, report, start, end),
                            }
                        })
                        .collect()
                })
                .collect();
            out.push((Flag { conflict, groups }, engine_figure_kind(claim, conflict)));
        }
    }
    out
}

fn entries_at(event: &Event, report: usize, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (l, line) in event.numbers.iter().enumerate() {
        for (e, entry) in line.entries.iter().enumerate() {
            if entry.report == report && start < entry.end && entry.start < end {
                out.push((l, e));
            }
        }
    }
    out
}

/// The line a flag is right for, or why it is wrong.
fn judge(event: &Event, flag: &Flag) -> Result<usize, String> {
    let candidates: Vec<usize> =
        (0..event.numbers.len()).filter(|&l| event.numbers[l].expects_flag() && flag.pairs_on(l)).collect();
    if candidates.is_empty() {
        return Err("no conflict or update line holds two of its numbers".into());
    }
    for &l in &candidates {
        if flag.numbers().all(|n| n.entries.is_empty() || n.on(l).next().is_some()) {
            return Ok(l);
        }
    }
    let l = candidates[0];
    let foreign: BTreeSet<usize> =
        flag.numbers().filter(|n| n.on(l).next().is_none()).flat_map(|n| n.entries.iter().map(|(x, _)| *x)).collect();
    let foreign: Vec<String> = foreign.iter().map(|&x| event.numbers[x].describe()).collect();
    Err(format!("pairs {} but also holds numbers of {}", event.numbers[l].describe(), foreign.join("; ")))
}

#[derive(Default)]
struct FigureScore {
    expected: usize,
    found: usize,
    flagged: usize,
    right: usize,
    /// Found flags the engine calls a conflict / an update / neither.
    called: [usize; 3],
    details: Vec<String>,
}

fn score_figures(event: &Event, a: &Analysis) -> FigureScore {
    let flags = flags(event, a);
    let mut s = FigureScore { flagged: flags.len(), ..Default::default() };
    for (l, line) in event.numbers.iter().enumerate().filter(|(_, x)| x.expects_flag()) {
        s.expected += 1;
        match flags.iter().find(|(f, _)| f.pairs_on(l)) {
            Some((_, called)) => {
                s.found += 1;
                s.called[match called {
                    Some(FigureKind::Conflict) => 0,
                    Some(FigureKind::Update) => 1,
                    _ => 2,
                }] += 1;
            }
            None => s.details.push(format!("missed {}\n{}", line.describe(), show_entries(event, line))),
        }
    }
    for (flag, _) in &flags {
        match judge(event, flag) {
            Ok(_) => {
                s.right += 1;
                if flag.numbers().any(|n| n.entries.is_empty()) {
                    s.details.push(format!("right, with numbers no line accounts for:\n{}", show_flag(event, a, flag)));
                }
            }
            Err(why) => s.details.push(format!("wrong flag: {why}\n{}", show_flag(event, a, flag))),
        }
    }
    s
}

/// A line's entries, updates in date order.
fn show_entries(event: &Event, line: &NumberLine) -> String {
    let mut entries: Vec<&Entry> = line.entries.iter().collect();
    if line.kind == Some(FigureKind::Update) {
        entries.sort_by(|x, y| event.reports[x.report].date.cmp(&event.reports[y.report].date));
    }
    entries
        .iter()
        .map(|e| {
            let r = &event.reports[e.report];
            format!("      {} {} \"{}\"", r.id, r.date, event.snippet(e))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn show_flag(event: &Event, a: &Analysis, flag: &Flag) -> String {
    let mut out = format!("      engine: {}", flag.conflict.what);
    for n in flag.numbers() {
        let doc = &a.documents[n.doc];
        let sentence = &doc.sentences[n.sentence];
        let lines: Vec<String> = n.entries.iter().map(|&(l, _)| event.numbers[l].describe()).collect();
        let said = if lines.is_empty() { "no line".to_string() } else { lines.join("; ") };
        let read = &doc.text[n.start..n.end];
        let id = &event.reports[n.report].id;
        out += &format!(
            "\n      {id} = {} (\"{read}\") [{said}]\n          {}",
            n.value,
            around(&doc.text, sentence.start..sentence.end, n.start..n.end)
        );
    }
    out
}

/// The sentence around a number, cut to about 90 bytes each side so that the number shows.
fn around(text: &str, sentence: std::ops::Range<usize>, number: std::ops::Range<usize>) -> String {
    const SIDE: usize = 90;
    let mut from = number.start.saturating_sub(SIDE).max(sentence.start);
    let mut to = (number.end + SIDE).min(sentence.end);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let cut = |b: bool| if b { "…" } else { "" };
    let words = text[from..to].split_whitespace().collect::<Vec<_>>().join(" ");
    format!("{}{words}{}", cut(from > sentence.start), cut(to < sentence.end))
}

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

/// The statement kind of an engine flag: what the claim says differs, beside its numbers.
fn statement_kind(claim: &Claim) -> Option<StatementKind> {
    claim.difference.map(|d| match d {
        Difference::Attribution => StatementKind::Attribution,
        Difference::Polarity => StatementKind::Polarity,
        Difference::Scope => StatementKind::Scope,
        Difference::Manner => StatementKind::Manner,
    })
}

#[derive(Default)]
struct StatementScore {
    expected: usize,
    found: usize,
    flagged: usize,
    right: usize,
    /// The lines missed and the wrong flags, for the details list.
    missed: Vec<String>,
}

/// Whether a claim holds the sentences of two different entries of a line.
fn joins(event: &Event, a: &Analysis, claim: &Claim, line: &StatementLine) -> bool {
    let report_of = report_of_doc(event, a);
    let holds = |e: &Entry| {
        claim.sentences.iter().any(|&(d, s)| {
            let sentence = &a.documents[d].sentences[s];
            report_of[d] == e.report && sentence.start < e.end && e.start < sentence.end
        })
    };
    let held: Vec<usize> = (0..line.entries.len()).filter(|&i| holds(&line.entries[i])).collect();
    held.len() >= 2
}

fn score_statements(event: &Event, a: &Analysis) -> BTreeMap<StatementKind, StatementScore> {
    let mut out: BTreeMap<StatementKind, StatementScore> =
        STATEMENT_KINDS.iter().map(|&k| (k, Default::default())).collect();
    let flagged: Vec<(&Claim, StatementKind)> = a
        .claims
        .iter()
        .filter(|c| c.status == Status::Disagreement)
        .filter_map(|c| statement_kind(c).map(|k| (c, k)))
        .collect();
    // The claims that note a credit in some sources and none in others.
    let noted: Vec<&Claim> = a.claims.iter().filter(|c| c.explanation.contains("Attributed to")).collect();
    for line in &event.statements {
        let s = out.get_mut(&line.kind).unwrap();
        s.expected += 1;
        let found = match line.kind {
            StatementKind::AttributionNote => noted.iter().any(|c| joins(event, a, c, line)),
            kind => flagged.iter().any(|&(c, k)| k == kind && joins(event, a, c, line)),
        };
        if found {
            s.found += 1;
        } else {
            s.missed.push(format!("missed l.{} {} | {}", line.at, line.kind.name(), line.what));
        }
    }
    for &(c, k) in &flagged {
        let s = out.get_mut(&k).unwrap();
        s.flagged += 1;
        if event.statements.iter().any(|line| line.kind == k && joins(event, a, c, line)) {
            s.right += 1;
        } else {
            s.missed.push(format!("wrong flag {}: {}", k.name(), c.explanation));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

#[derive(Default)]
struct NameScore {
    pairs: usize,
    merged: usize,
    entities: usize,
    /// Pairs of forms of one entity line that the engine keeps apart.
    apart: Vec<String>,
    wrong_merges: Vec<String>,
    junk: Vec<String>,
}

/// Whether `form` stands in `text` as whole words (case-sensitive).
fn occurs_as_word(text: &str, form: &str) -> bool {
    !word_occurrences(text, form).is_empty()
}

/// Where `form` stands in `text` as whole words (case-sensitive).
fn word_occurrences(text: &str, form: &str) -> Vec<usize> {
    occurrences(text, form)
        .into_iter()
        .filter(|&i| {
            let before = text[..i].chars().next_back();
            let after = text[i + form.len()..].chars().next();
            let edge = |c: Option<char>, inner: Option<char>| {
                !(c.is_some_and(char::is_alphanumeric) && inner.is_some_and(char::is_alphanumeric))
            };
            edge(before, form.chars().next()) && edge(after, form.chars().next_back())
        })
        .collect()
}

/// Does `form` stand on its own somewhere, not only inside another form of its line ("Qiaojia"
/// only ever in "Qiaojia County" is no name a reader meets alone, so no alias to merge)?
fn stands_alone(event: &Event, line: &EntityLine, form: &str) -> bool {
    event.reports.iter().any(|r| {
        let longer: Vec<(usize, usize)> = line
            .forms
            .iter()
            .filter(|f| f.len() > form.len() && f.contains(form))
            .flat_map(|f| word_occurrences(&r.text, f).into_iter().map(|i| (i, i + f.len())))
            .collect();
        word_occurrences(&r.text, form).into_iter().any(|i| !longer.iter().any(|&(a, b)| a <= i && i + form.len() <= b))
    })
}

/// The forms an engine entity goes by: its name, its aliases, and the text of its mentions.
fn forms_of(a: &Analysis, e: &Entity) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = std::iter::once(&e.name).chain(&e.aliases).cloned().collect();
    for m in &e.mentions {
        let text = &a.documents[m.doc].text[m.start..m.end];
        let bare = text.strip_suffix("'s").or_else(|| text.strip_suffix("’s")).unwrap_or(text);
        out.insert(bare.to_string());
    }
    out
}

/// Does entity `e` hold every place `form` is written, inside mentions of its own? "Yunan" written
/// only in "Yunan province", a mention of Yunnan: the engine links every "Yunan" a reader meets,
/// though it holds the form only with its kind word.
/// A form's final dot ("Chaitra V.", "Corp.") may stand outside the mention: the engine cannot
/// tell an initial's dot from the sentence's full stop and leaves it out.
fn covers(event: &Event, a: &Analysis, e: usize, form: &str) -> bool {
    let len = form.strip_suffix('.').unwrap_or(form).len();
    let mut seen = false;
    for r in &event.reports {
        let Some(d) = a.documents.iter().position(|doc| doc.id == r.id) else { continue };
        for i in word_occurrences(&r.text, form) {
            seen = true;
            let inside = a.entities[e].mentions.iter().any(|m| m.doc == d && m.start <= i && i + len <= m.end);
            if !inside {
                return false;
            }
        }
    }
    seen
}

fn score_names(event: &Event, a: &Analysis) -> NameScore {
    let line_of: BTreeMap<&str, usize> =
        event.entities.iter().enumerate().flat_map(|(i, l)| l.forms.iter().map(move |f| (f.as_str(), i))).collect();
    let keys: BTreeSet<&str> = line_of.keys().map(|f| name_key(f)).collect();
    let held: Vec<BTreeSet<String>> = a.entities.iter().map(|e| forms_of(a, e)).collect();
    let mut s = NameScore::default();
    // Every form occurs in the reports (checked on loading), so every pair of a line counts.
    for line in &event.entities {
        let forms: Vec<&String> = line.forms.iter().filter(|f| stands_alone(event, line, f)).collect();
        for (i, x) in forms.iter().enumerate() {
            for y in &forms[i + 1..] {
                s.pairs += 1;
                let has = |e: usize, h: &BTreeSet<String>, f: &str| h.contains(f) || covers(event, a, e, f);
                if held.iter().enumerate().any(|(e, h)| has(e, h, x) && has(e, h, y)) {
                    s.merged += 1;
                } else {
                    s.apart.push(format!("\"{x}\" ~ \"{y}\""));
                }
            }
        }
    }
    for (e, h) in a.entities.iter().zip(&held) {
        let lines: BTreeMap<usize, &str> =
            h.iter().filter_map(|f| line_of.get(f.as_str()).map(|&l| (l, f.as_str()))).collect();
        if lines.len() >= 2 {
            let forms: Vec<String> =
                lines.iter().map(|(&l, f)| format!("\"{f}\" (l.{})", event.entities[l].at)).collect();
            s.wrong_merges.push(format!("{}: {}", e.name, forms.join(", ")));
        }
        // A country known only by a demonym ("Burmese" -> Myanmar) is not judged: entity lines
        // list names, not demonyms.
        if e.mentions.iter().all(|m| m.demonym) {
            continue;
        }
        s.entities += 1;
        if !std::iter::once(&e.name).chain(&e.aliases).any(|f| keys.contains(name_key(f))) {
            s.junk.push(e.name.clone());
        }
    }
    s
}

/// A name as the junk test compares it: without a leading "The" or a trailing place word, so that
/// "Guardian" matches "The Guardian" and "Sichuan province" matches "Sichuan". Those are edges of
/// a real name, not junk; the alias and merge counts stay exact.
fn name_key(name: &str) -> &str {
    const PLACE_WORDS: &[&str] = &[
        " province", " county", " district", " city", " township", " town", " village", " prefecture", " state",
        " region",
    ];
    let name = name.strip_prefix("The ").or_else(|| name.strip_prefix("the ")).unwrap_or(name);
    for word in PLACE_WORDS {
        let cut = name.len().saturating_sub(word.len());
        if cut > 0 && name.is_char_boundary(cut) && name[cut..].eq_ignore_ascii_case(word) {
            return &name[..cut];
        }
    }
    name
}

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

fn devset() -> Vec<Event> {
    load_devset().unwrap_or_else(|errors| panic!("the development set is malformed:\n{}", errors.join("\n")))
}

#[test]
fn the_development_set_is_well_formed() {
    let events = devset();
    let figures: usize = events.iter().map(|e| e.numbers.iter().filter(|l| l.kind.is_some()).count()).sum();
    assert!(figures > 0, "no figure lines at all");
}

/// The whole set's scores, summed over events.
#[derive(Default)]
struct Totals {
    figures: FigureScore,
    statements: BTreeMap<StatementKind, StatementScore>,
    names: NameScore,
    rows: Vec<String>,
}

impl Totals {
    fn add(&mut self, event: &Event, f: FigureScore, st: BTreeMap<StatementKind, StatementScore>, n: NameScore) {
        self.rows.push(format!(
            "{:<32} {:>7} {:>5} {:>7} {:>5}   {:>7} {:>6} {:>7}",
            event.name,
            f.expected,
            f.found,
            f.flagged,
            f.right,
            format!("{}/{}", n.merged, n.pairs),
            n.wrong_merges.len(),
            format!("{}/{}", n.junk.len(), n.entities)
        ));
        let t = &mut self.figures;
        t.expected += f.expected;
        t.found += f.found;
        t.flagged += f.flagged;
        t.right += f.right;
        (0..3).for_each(|i| t.called[i] += f.called[i]);
        for (k, s) in st {
            let t = self.statements.entry(k).or_default();
            t.expected += s.expected;
            t.found += s.found;
            t.flagged += s.flagged;
            t.right += s.right;
        }
        let t = &mut self.names;
        t.pairs += n.pairs;
        t.merged += n.merged;
        t.entities += n.entities;
        t.wrong_merges.extend(n.wrong_merges.into_iter().map(|w| format!("{w} ({})", event.name)));
        t.junk.extend(n.junk.into_iter().map(|j| format!("{j} ({})", event.name)));
    }

    fn print(&self) {
        println!();
        println!(
            "{:<32} {:>7} {:>5} {:>7} {:>5}   {:>7} {:>6} {:>7}",
            "event", "figures", "found", "flagged", "right", "aliases", "merges", "junk"
        );
        self.rows.iter().for_each(|r| println!("{r}"));
        println!();
        let f = &self.figures;
        // `called[2]` counts found lines whose flag the engine calls neither: all of them today.
        let called = if f.called[2] == f.found {
            "n/a".to_string()
        } else {
            format!("{} conflict, {} update, {} unsaid", f.called[0], f.called[1], f.called[2])
        };
        println!(
            "devset figures: recall {} ({}/{}), precision {} ({}/{}); found, as the engine calls them: {called}",
            shown(f.found, f.expected),
            f.found,
            f.expected,
            shown(f.right, f.flagged),
            f.right,
            f.flagged
        );
        for (k, s) in &self.statements {
            if *k == StatementKind::AttributionNote {
                // Notes are not flags: there is no precision to give.
                let found = shown(s.found, s.expected);
                println!(
                    "devset attribution notes (credited in some sources, not in others): found {found} ({}/{})",
                    s.found, s.expected
                );
                continue;
            }
            let precision = match s.flagged {
                0 => "n/a (engine flags of this kind: none)".to_string(),
                _ => format!("{} ({}/{})", shown(s.right, s.flagged), s.right, s.flagged),
            };
            println!(
                "devset {}: recall {} ({}/{}), precision {precision}",
                k.name(),
                shown(s.found, s.expected),
                s.found,
                s.expected
            );
        }
        let n = &self.names;
        println!(
            "devset names: alias recall {} ({}/{}), wrong merges {}, junk {:.0}% ({}/{})",
            shown(n.merged, n.pairs),
            n.merged,
            n.pairs,
            n.wrong_merges.len(),
            100.0 * ratio(n.junk.len(), n.entities),
            n.junk.len(),
            n.entities
        );
        // A spread of examples across the events, not just the first one's.
        let step = (n.junk.len() / 10).max(1);
        let examples: Vec<&str> = n.junk.iter().step_by(step).take(10).map(String::as_str).collect();
        println!("  junk, for example: {}", examples.join(", "));
        if std::env::var_os("PARALLAX_ALL_JUNK").is_some() {
            println!("  junk, all: {}", n.junk.join(" | "));
        }
    }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        n as f64 / d as f64
    }
}

fn shown(n: usize, d: usize) -> String {
    if d == 0 {
        "n/a".into()
    } else {
        format!("{:.2}", ratio(n, d))
    }
}

#[test]
fn the_engine_scores_at_least_its_floors_on_the_development_set() {
    let mut totals = Totals::default();
    for event in &devset() {
        let a = analyze(&event.sources());
        let (f, st, n) = (score_figures(event, &a), score_statements(event, &a), score_names(event, &a));
        // The details first, so that the table ends the output.
        let details = f.details.iter().chain(st.values().flat_map(|s| &s.missed));
        details.for_each(|d| println!("{}: {d}", event.name));
        if !n.apart.is_empty() {
            println!("{}: names kept apart: {}", event.name, n.apart.join(", "));
        }
        n.wrong_merges.iter().for_each(|w| println!("{}: wrong merge {w}", event.name));
        totals.add(event, f, st, n);
    }
    totals.print();

    let (f, n) = (&totals.figures, &totals.names);
    let recall = ratio(f.found, f.expected);
    if held_out_set() {
        return;
    }
    assert!(recall >= FIGURE_RECALL_FLOOR, "figure recall {recall:.3} fell below its floor {FIGURE_RECALL_FLOOR}");
    let precision = ratio(f.right, f.flagged);
    assert!(precision >= FIGURE_PRECISION_FLOOR, "figure precision {precision:.3} fell below {FIGURE_PRECISION_FLOOR}");
    let statement_floors = [
        (StatementKind::Attribution, ATTRIBUTION_PRECISION_FLOOR, ATTRIBUTION_FOUND_FLOOR),
        (StatementKind::Polarity, POLARITY_PRECISION_FLOOR, POLARITY_FOUND_FLOOR),
    ];
    for (kind, precision_floor, found_floor) in statement_floors {
        let s = &totals.statements[&kind];
        let precision = ratio(s.right, s.flagged);
        let name = kind.name();
        assert!(precision >= precision_floor, "{name} precision {precision:.3} fell below {precision_floor}");
        assert!(s.found >= found_floor, "{name} differences found {} fell below {found_floor}", s.found);
    }
    let notes = totals.statements[&StatementKind::AttributionNote].found;
    assert!(
        notes >= ATTRIBUTION_NOTES_FOUND_FLOOR,
        "attribution notes found {notes} fell below {ATTRIBUTION_NOTES_FOUND_FLOOR}"
    );
    let alias = ratio(n.merged, n.pairs);
    assert!(alias >= ALIAS_RECALL_FLOOR, "alias recall {alias:.3} fell below its floor {ALIAS_RECALL_FLOOR}");
    let merges = n.wrong_merges.len();
    // The issue's bar is no wrong merge of two different people or bodies; see the ceiling.
    // (At 0 the comparison is an equality; written as a ceiling, which it has been above 0.)
    #[allow(clippy::absurd_extreme_comparisons)]
    let within = merges <= WRONG_MERGES_CEILING;
    assert!(within, "{merges} wrong merges: two different names made one");
    let junk = ratio(n.junk.len(), n.entities);
    assert!(junk <= JUNK_CEILING, "junk share {junk:.3} rose above its ceiling {JUNK_CEILING}");
}
