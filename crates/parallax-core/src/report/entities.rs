//! The entities section: each entity with its names and its mentions' texts.

use serde::Serialize;

use crate::entities::{Entity, EntityKind, Mention, Merge};
use crate::Analysis;

#[derive(Debug, Serialize)]
pub struct EntityReport<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: EntityKind,
    pub aliases: &'a [String],
    pub demonyms: &'a [String],
    pub mentions: Vec<MentionReport<'a>>,
    pub merges: &'a [Merge],
}

#[derive(Debug, Serialize)]
pub struct MentionReport<'a> {
    pub doc: &'a str,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub demonym: bool,
}

pub(super) fn entity<'a>(analysis: &'a Analysis, e: &'a Entity) -> EntityReport<'a> {
    EntityReport {
        id: &e.id,
        name: &e.name,
        kind: e.kind,
        aliases: &e.aliases,
        demonyms: &e.demonyms,
        mentions: e.mentions.iter().map(|m| mention(analysis, m)).collect(),
        merges: &e.merges,
    }
}

fn mention<'a>(analysis: &'a Analysis, m: &Mention) -> MentionReport<'a> {
    let d = &analysis.documents[m.doc];
    MentionReport {
        doc: &d.id,
        sentence: m.sentence,
        start: m.start,
        end: m.end,
        text: &d.text[m.start..m.end],
        demonym: m.demonym,
    }
}
