//! One small stable sort for the few places that order a list by a number.
//!
//! `slice::sort_by_key` is a fine sort, but each call site with its own
//! element type and key compiles to its own copy of driftsort (3–5 KB of
//! wasm each; five copies were 15 KB, docs/performance.md). Here only the
//! reordering is generic: the keys are sorted as `(key, position)` pairs by
//! one non-generic heapsort, and a pair's position breaks ties, so equal
//! keys keep their order, as with a stable sort.

/// Sorts `items` by `key`, keeping the order of items with equal keys.
///
/// # Example (internal)
///
/// `by_key(&mut vec![(2, 'a'), (1, 'b'), (2, 'c')], |p| p.0)` leaves
/// `[(1, 'b'), (2, 'a'), (2, 'c')]`.
pub(crate) fn by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> usize) {
    let mut keys: Vec<(usize, usize)> =
        items.iter().enumerate().map(|(i, x)| (key(x), i)).collect();
    if keys.windows(2).all(|w| w.first() <= w.last()) {
        return;
    }
    heapsort(&mut keys);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        keys.iter()
            .filter_map(|&(_, i)| slots.get_mut(i).and_then(Option::take)),
    );
}

use crate::prelude::*;

/// Sorts distinct pairs ascending in place: O(n log n), no allocation.
#[inline(never)]
fn heapsort(v: &mut [(usize, usize)]) {
    fn sift_down(v: &mut [(usize, usize)], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && v.get(child) < v.get(child + 1) {
                child += 1;
            }
            if v.get(root) >= v.get(child) {
                return;
            }
            v.swap(root, child);
            root = child;
        }
    }
    let n = v.len();
    for root in (0..n / 2).rev() {
        sift_down(v, root, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_by_key_is_stable_and_sorted() {
        let mut seed = 7u64;
        for n in [0, 1, 2, 3, 10, 100, 1000] {
            let items: Vec<(usize, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    ((seed >> 33) as usize % 17, i)
                })
                .collect();
            let mut ours = items.clone();
            by_key(&mut ours, |p| p.0);
            let mut std = items;
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "n = {n}");
        }
    }
}
