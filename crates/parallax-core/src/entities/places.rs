//! Names that a place noun qualifies are places: "Kahramanmaras" is a place when the corpus also
//! writes "Kahramanmaras province" (kept apart from it: a region is not its city).

use super::vocabulary::keyword_kind;
use super::{Entity, EntityKind};
use crate::hash::FastSet;
use crate::text::fold;

/// Types as places the untyped one-word entities that some two-word entity's place noun
/// qualifies ("Kahramanmaras" of "Kahramanmaras province").
pub(super) fn type_qualified_places(entities: &mut [Entity]) {
    let places: FastSet<String> = entities
        .iter()
        .filter_map(|e| {
            let (base, noun) = e.name.rsplit_once(' ')?;
            (!base.contains(' ') && keyword_kind(&fold(noun)) == Some(EntityKind::Place)).then(|| fold(base))
        })
        .collect();
    if places.is_empty() {
        return;
    }
    for e in entities.iter_mut() {
        if e.kind == EntityKind::Other && places.contains(&fold(&e.name)) {
            e.kind = EntityKind::Place;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::named;

    #[test]
    fn the_name_a_place_noun_qualifies_is_a_place() {
        // (the other entity's name, the name's kind before, after).
        let cases = [
            ("Kahramanmaras province", EntityKind::Other, EntityKind::Place),
            ("KAHRAMANMARAS Province", EntityKind::Other, EntityKind::Place),
            ("Kahramanmaras province", EntityKind::Person, EntityKind::Person),
            ("Kahramanmaras Energy", EntityKind::Other, EntityKind::Other),
            ("Old Kahramanmaras province", EntityKind::Other, EntityKind::Other),
            ("Kahramanmaras", EntityKind::Other, EntityKind::Other),
        ];
        for (other, before, after) in cases {
            let mut es = [named(other, EntityKind::Place), named("Kahramanmaras", before)];
            type_qualified_places(&mut es);
            assert_eq!(es[1].kind, after, "{other}");
        }
    }
}
