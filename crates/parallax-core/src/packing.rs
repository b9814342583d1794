//! Long lists of spans written compactly in a binary encoding (a bundle, a worker message).
//!
//! Offsets grow through a text, so written as they are they hardly repeat; written as four small
//! numbers per item (differences from the item before, lengths, codes) they repeat and deflate
//! well: the seed bundle is 2.5 KB smaller so (20,079 -> 17,603 B deflated). A plain list of
//! numbers, which the analysis already has elsewhere, keeps the code that reads it small. A
//! readable encoding (JSON) keeps the fields as they are. What is read is checked by
//! `bundle::check`, like everything else in a bundle.

use serde::{de::Error, Deserialize, Deserializer, Serialize, Serializer};

/// Writes `items`, each as the four numbers `pack` makes of it (in order, so it may keep state).
pub(crate) fn write<T: Serialize, S: Serializer>(
    items: &[T],
    s: S,
    mut pack: impl FnMut(&T) -> [usize; 4],
) -> Result<S::Ok, S::Error> {
    if s.is_human_readable() {
        return items.serialize(s);
    }
    let mut packed = Vec::with_capacity(items.len() * 4);
    for item in items {
        packed.extend(pack(item));
    }
    packed.serialize(s)
}

/// Reads what `write` wrote, each item from its index and four numbers (`None`: a code that
/// means nothing).
pub(crate) fn read<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
    d: D,
    mut unpack: impl FnMut(usize, [usize; 4]) -> Option<T>,
) -> Result<Vec<T>, D::Error> {
    if d.is_human_readable() {
        return Vec::<T>::deserialize(d);
    }
    let packed = Vec::<usize>::deserialize(d)?;
    if packed.len() % 4 != 0 {
        return Err(D::Error::custom("a list of spans cut short"));
    }
    let mut items = Vec::with_capacity(packed.len() / 4);
    for (i, n) in packed.chunks_exact(4).enumerate() {
        items.push(unpack(i, [n[0], n[1], n[2], n[3]]).ok_or_else(|| D::Error::custom("an unknown code"))?);
    }
    Ok(items)
}

/// A difference that may be negative, as a small number: 0, -1, 1, -2, ... -> 0, 1, 2, 3, ...
pub(crate) fn zigzag(a: usize, b: usize) -> usize {
    let d = a.wrapping_sub(b) as isize;
    ((d << 1) ^ (d >> (isize::BITS - 1))) as usize
}

/// `base` plus the difference `zigzag` made.
pub(crate) fn unzigzag(base: usize, z: usize) -> usize {
    base.wrapping_add(((z >> 1) as isize ^ -((z & 1) as isize)) as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_both_ways_come_back() {
        for (a, b) in [(0, 0), (5, 3), (3, 5), (usize::MAX, 0), (0, usize::MAX), (1 << 40, 7)] {
            assert_eq!(unzigzag(b, zigzag(a, b)), a, "{a} from {b}");
        }
        assert_eq!([zigzag(0, 0), zigzag(0, 1), zigzag(1, 0), zigzag(0, 2)], [0, 1, 2, 3]);
    }
}
