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

/// An ordered set of `items`, built by inserting them one by one: `collect()` into a `BTreeSet`
/// sorts them first, and each element type then brings its own copy of the sort algorithm into
/// the wasm (about 3 KB each; four of them were there).
pub fn set<T: Ord>(items: impl IntoIterator<Item = T>) -> std::collections::BTreeSet<T> {
    let mut set = std::collections::BTreeSet::new();
    for item in items {
        set.insert(item);
    }
    set
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
}
