//! One sort for the whole program, so the wasm carries one sort algorithm instead of one per call.
//!
//! Why: the standard sorts are generic over the element and the comparison, and every call site
//! got its own copy of the algorithm (stable driftsort, quicksort, small-sort, heapsort): measured
//! at about 100 KB of the app's 840 KB of wasm before this module. Here the algorithm runs once,
//! on indices, through a `dyn` comparison; what stays generic per element type is a few lines that
//! build the index list and move the elements into place. Sorts are stable (ties keep their order).
//! Cost: a dynamic call per comparison, so native builds (where size does not matter) use the
//! standard stable sort instead; both give the same order, which a test checks.

use std::cmp::Ordering;

/// The single instance of the sort algorithm: sorts positions by a comparison of positions.
#[inline(never)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn sort_positions(positions: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    positions.sort_by(|&a, &b| cmp(a, b));
}

/// Below this length, an insertion sort in place: no allocation, and little code per type.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const SMALL: usize = 12;

/// A set kept as one sorted vector: what a `BTreeSet` gave (ordered iteration, no duplicates),
/// without a B-tree's insert, split, merge, steal and drop code in the wasm for each element type
/// (about 28 KB of wasm before this type; yew's scheduler keeps one B-tree of its own). Lookups
/// are binary searches; inserting in the middle moves the tail, which is fine for the small sets
/// this holds (a filter's values, a quote's trigrams, a topic's sources).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedSet<T>(Vec<T>);

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet(Vec::new())
    }
}

impl<T: Ord> SortedSet<T> {
    pub fn new() -> Self {
        SortedSet(Vec::new())
    }

    fn find<Q: Ord + ?Sized>(&self, v: &Q) -> Result<usize, usize>
    where
        T: std::borrow::Borrow<Q>,
    {
        self.0.binary_search_by(|x| x.borrow().cmp(v))
    }

    /// Adds `v`; false when it was already there.
    pub fn insert(&mut self, v: T) -> bool {
        match self.find(&v) {
            Ok(_) => false,
            Err(i) => {
                self.0.insert(i, v);
                true
            }
        }
    }

    /// Removes `v`; false when it was not there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, v: &Q) -> bool
    where
        T: std::borrow::Borrow<Q>,
    {
        self.find(v).map(|i| self.0.remove(i)).is_ok()
    }

    pub fn contains<Q: Ord + ?Sized>(&self, v: &Q) -> bool
    where
        T: std::borrow::Borrow<Q>,
    {
        self.find(v).is_ok()
    }
}

impl<T> SortedSet<T> {
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.0.retain(keep);
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    /// Collected, sorted through the one sort, and deduplicated.
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut v: Vec<T> = items.into_iter().collect();
        sort(&mut v);
        v.dedup();
        SortedSet(v)
    }
}

impl<T: Ord> Extend<T> for SortedSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for v in items {
            self.insert(v);
        }
    }
}

impl<T> IntoIterator for SortedSet<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// A map kept as one vector of pairs sorted by key: what a `BTreeMap` gave (iteration in key
/// order), without a B-tree's code per key and value type; see `SortedSet`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap(Vec::new())
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    pub fn new() -> Self {
        SortedMap(Vec::new())
    }

    fn find<Q: Ord + ?Sized>(&self, k: &Q) -> Result<usize, usize>
    where
        K: std::borrow::Borrow<Q>,
    {
        self.0.binary_search_by(|(x, _)| x.borrow().cmp(k))
    }

    /// The value under `k`, inserted as its default when missing (`entry(k).or_default()`).
    pub fn slot(&mut self, k: K) -> &mut V
    where
        V: Default,
    {
        let i = match self.find(&k) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (k, V::default()));
                i
            }
        };
        &mut self.0[i].1
    }

    /// Sets `k` to `v`, returning the value it replaces.
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        match self.find(&k) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, v)),
            Err(i) => {
                self.0.insert(i, (k, v));
                None
            }
        }
    }

    pub fn contains_key<Q: Ord + ?Sized>(&self, k: &Q) -> bool
    where
        K: std::borrow::Borrow<Q>,
    {
        self.find(k).is_ok()
    }

    pub fn get_mut<Q: Ord + ?Sized>(&mut self, k: &Q) -> Option<&mut V>
    where
        K: std::borrow::Borrow<Q>,
    {
        self.find(k).ok().map(|i| &mut self.0[i].1)
    }
}

impl<K, V> SortedMap<K, V> {
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + Clone {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + Clone {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    /// As `BTreeMap`: a key given twice keeps its last value.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(items: I) -> Self {
        let mut map = SortedMap::new();
        for (k, v) in items {
            map.insert(k, v);
        }
        map
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// The distinct values of `items`, ascending: what a `BTreeSet<usize>` gave, without a B-tree's
/// code in the wasm for it (insert, split, search and drop, per element type).
pub fn distinct(items: impl IntoIterator<Item = usize>) -> Vec<usize> {
    let mut v: Vec<usize> = items.into_iter().collect();
    sort(&mut v);
    v.dedup();
    v
}

/// `items` grouped by their key, a number below `n`: the groups in key order, each in the order
/// of `items`, none empty. What a `BTreeMap<usize, Vec<T>>` gave, without its code.
pub fn groups_by<T>(n: usize, items: impl IntoIterator<Item = (usize, T)>) -> Vec<Vec<T>> {
    let mut by: Vec<Vec<T>> = (0..n).map(|_| Vec::new()).collect();
    for (key, item) in items {
        by[key].push(item);
    }
    by.retain(|g| !g.is_empty());
    by
}

/// `items` grouped by key: the groups in key order, each in the order of `items`. What a
/// `BTreeMap<K, Vec<T>>` gave, through the one sort.
pub fn group_by_key<K: Ord, T>(mut items: Vec<(K, T)>) -> Vec<(K, Vec<T>)> {
    sort_by(&mut items, |a, b| a.0.cmp(&b.0));
    let mut out: Vec<(K, Vec<T>)> = Vec::new();
    for (key, item) in items {
        match out.last_mut() {
            Some((last, group)) if *last == key => group.push(item),
            _ => out.push((key, vec![item])),
        }
    }
    out
}

/// Sorts `v` by `cmp`, stably. In wasm through the one shared algorithm; natively with the
/// standard stable sort, because code size does not matter there and the dynamic call per
/// comparison cost about 7 % of the seed corpus's analysis.
pub fn sort_by<T>(v: &mut [T], cmp: impl FnMut(&T, &T) -> Ordering) {
    #[cfg(target_arch = "wasm32")]
    indexed_sort_by(v, cmp);
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by(cmp);
}

/// The wasm sort: small slices in place, longer ones through `sort_positions`. Stable.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn indexed_sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let n = v.len();
    // Most sorts in the engine are of a few items, often in order already (per-sentence lists).
    if n < 2 || v.windows(2).all(|w| cmp(&w[0], &w[1]) != Ordering::Greater) {
        return;
    }
    if n <= SMALL {
        for i in 1..n {
            let mut j = i;
            while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mut order: Vec<usize> = (0..n).collect();
    sort_positions(&mut order, &mut |a, b| cmp(&v[a], &v[b]));
    // order[k] is where the element for position k is now. Follow each cycle of the permutation
    // with swaps, marking positions done by setting order[j] = j.
    for start in 0..n {
        let mut j = start;
        loop {
            let from = order[j];
            order[j] = j;
            if from == start || from == j {
                break;
            }
            v.swap(j, from);
            j = from;
        }
    }
}

/// Sorts `v` by a key, stably.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its natural order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a.cmp(b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut seed = 12345u64;
        for n in [0, 1, 2, 3, 7, 12, 13, 31, 200] {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut indexed = v.clone();
            indexed_sort_by(&mut indexed, |a, b| a.0.cmp(&b.0));
            let mut std = v.clone();
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std, "n = {n}: the same order, ties in their original order");
            assert_eq!(indexed, std, "n = {n}: the wasm sort too");
        }
        let mut words = vec!["pear", "apple", "fig"];
        sort(&mut words);
        assert_eq!(words, ["apple", "fig", "pear"]);
        let mut desc = vec![1, 3, 2];
        sort_by(&mut desc, |a, b| b.cmp(a));
        assert_eq!(desc, [3, 2, 1]);
    }

    #[test]
    fn sorted_collections_behave_like_the_b_trees_they_replace() {
        use std::collections::{BTreeMap, BTreeSet};
        let mut seed = 99u64;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 60) as u8
        };
        let (mut ours, mut theirs) = (SortedSet::new(), BTreeSet::new());
        let (mut map, mut btree) = (SortedMap::new(), BTreeMap::new());
        for step in 0..400 {
            let (v, op) = (next(), next() % 3);
            match op {
                0 => assert_eq!(ours.insert(v), theirs.insert(v), "step {step}: insert {v}"),
                1 => assert_eq!(ours.remove(&v), theirs.remove(&v), "step {step}: remove {v}"),
                _ => assert_eq!(ours.contains(&v), theirs.contains(&v), "step {step}: contains {v}"),
            }
            *map.slot(v) += 1usize;
            *btree.entry(v).or_insert(0usize) += 1;
            if op == 2 {
                assert_eq!(map.insert(v, 7), btree.insert(v, 7), "step {step}: replace {v}");
            }
            assert!(ours.iter().eq(theirs.iter()), "step {step}: the same members, in order");
            assert!(map.iter().eq(btree.iter()), "step {step}: the same pairs, in key order");
        }
        let collected: SortedSet<&str> = ["pear", "fig", "pear", "apple"].into_iter().collect();
        assert_eq!(collected.into_iter().collect::<Vec<_>>(), ["apple", "fig", "pear"]);
        let names: SortedSet<String> = ["b".to_string(), "a".to_string()].into_iter().collect();
        assert!(names.contains("a") && !names.contains("c"), "looked up by &str");
        let pairs: SortedMap<&str, u8> = [("b", 1), ("a", 2), ("b", 3)].into_iter().collect();
        assert_eq!(pairs.into_iter().collect::<Vec<_>>(), [("a", 2), ("b", 3)], "the last value of a key stays");
    }
}
