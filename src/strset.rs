//! One small set of strings for every "seen this id?" and "which position
//! has this id?" question in the crate: template consistency, the template's
//! question index and the report reader's duplicate keys.
//!
//! It replaces hashbrown's `HashSet<&str>`, `HashSet<String>`,
//! `HashMap<String, usize>` and `HashMap<&str, usize>`: each of those was its
//! own monomorphised copy of insert/rehash/find in the page wasm, plus
//! foldhash's random-seed set-up (docs/performance.md, issue 12). Here there
//! is one non-generic type: the keys in insertion order and an
//! open-addressing table of their positions.
//!
//! The hash is FNV-1a with a fixed seed (a random seed needs entropy the
//! `no_std` WebAssembly build does not have). Keys chosen to collide would
//! make an open-addressing table quadratic: a report's answer keys come from
//! whoever posts it. So a probe is never longer than [`MAX_PROBE`] slots:
//! at the first longer one the set moves its index into a B-tree
//! (O(log n) per operation whatever the keys), and stays there. Keys that
//! do not collide on purpose never get there (a test inserts 200 000).

use crate::prelude::*;
use alloc::collections::BTreeMap;

/// The longest probe the table makes before the set switches to its tree.
const MAX_PROBE: usize = 64;

/// Strings in the order they were first inserted, found by hash.
///
/// # Example (internal)
///
/// `let mut s = StrSet::default(); s.insert("a")` is `true`, a second
/// `s.insert("a")` is `false`, and `s.position("a")` is `Some(0)`.
#[derive(Clone, Debug, Default)]
pub(crate) struct StrSet {
    keys: Vec<String>,
    /// Open addressing, length a power of two (or 0): 0 is empty, `i + 1`
    /// is `keys[i]`. Kept at most half full. Empty once `tree` is used.
    slots: Vec<u32>,
    /// Key to position, once a probe was too long (see the module doc).
    tree: Option<BTreeMap<String, u32>>,
    /// Probe steps taken (tests count work with it, not time).
    #[cfg(test)]
    probes: core::cell::Cell<usize>,
}

fn hash(key: &str) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key.as_bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    // Fold the high bits in: the table index uses the low ones.
    (h ^ (h >> 29)) as usize
}

/// Where a key is in the table.
enum Slot {
    /// At this slot (holding it, or empty where it would go).
    At(usize),
    /// The table is empty, or the probe was too long.
    None,
}

impl StrSet {
    #[cfg(test)]
    fn probed(&self) {
        self.probes.set(self.probes.get() + 1);
    }
    #[cfg(not(test))]
    fn probed(&self) {}

    /// The slot that holds `key`, or the empty slot where it would go.
    fn slot(&self, key: &str) -> Slot {
        let Some(mask) = self.slots.len().checked_sub(1) else {
            return Slot::None;
        };
        let mut at = hash(key) & mask;
        for _ in 0..MAX_PROBE {
            self.probed();
            match self.slots.get(at).copied() {
                Some(0) | None => return Slot::At(at),
                Some(k) => {
                    if self.keys.get(k as usize - 1).map(String::as_str) == Some(key) {
                        return Slot::At(at);
                    }
                }
            }
            at = (at + 1) & mask;
        }
        Slot::None
    }

    /// The position `key` was inserted at, if it was.
    pub(crate) fn position(&self, key: &str) -> Option<usize> {
        if let Some(tree) = &self.tree {
            return tree.get(key).map(|&i| i as usize);
        }
        let Slot::At(at) = self.slot(key) else {
            return None;
        };
        match self.slots.get(at).copied() {
            Some(k) if k != 0 => Some(k as usize - 1),
            _ => None,
        }
    }

    /// Whether `key` was inserted.
    pub(crate) fn contains(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// Inserts `key`; `false` if it was there already (like `HashSet::insert`).
    #[inline(never)]
    pub(crate) fn insert(&mut self, key: &str) -> bool {
        if self.tree.is_none() && (self.keys.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        if let Some(tree) = &mut self.tree {
            if tree.contains_key(key) {
                return false;
            }
            tree.insert(key.to_string(), self.keys.len() as u32);
            self.keys.push(key.to_string());
            return true;
        }
        let Slot::At(at) = self.slot(key) else {
            self.switch_to_tree();
            return self.insert(key);
        };
        match self.slots.get_mut(at) {
            Some(slot) if *slot == 0 => {
                self.keys.push(key.to_string());
                *slot = self.keys.len() as u32;
                true
            }
            _ => false,
        }
    }

    #[inline(never)]
    fn grow(&mut self) {
        let len = (self.slots.len() * 2).max(16);
        let mask = len - 1;
        let mut slots = vec![0u32; len];
        for (i, key) in self.keys.iter().enumerate() {
            let mut at = hash(key) & mask;
            let mut steps = 0;
            while slots.get(at).is_some_and(|&k| k != 0) {
                self.probed();
                steps += 1;
                if steps >= MAX_PROBE {
                    self.switch_to_tree();
                    return;
                }
                at = (at + 1) & mask;
            }
            if let Some(slot) = slots.get_mut(at) {
                *slot = i as u32 + 1;
            }
        }
        self.slots = slots;
    }

    /// Moves the index from the table to the tree.
    #[inline(never)]
    fn switch_to_tree(&mut self) {
        // One insert at a time: `collect` would build the tree by sorting,
        // and a sort of (String, u32) is kilobytes of WebAssembly.
        let mut tree = BTreeMap::new();
        for (i, k) in self.keys.iter().enumerate() {
            tree.insert(k.clone(), i as u32);
        }
        self.tree = Some(tree);
        self.slots = Vec::new();
    }
}

#[cfg(test)]
mod tests {
    use super::StrSet;

    #[test]
    fn inserts_finds_and_grows() {
        let mut s = StrSet::default();
        assert!(!s.contains("x"));
        for i in 0..1000 {
            assert!(s.insert(&i.to_string()));
        }
        for i in 0..1000 {
            assert!(!s.insert(&i.to_string()));
            assert_eq!(s.position(&i.to_string()), Some(i));
        }
        assert!(s.insert(""));
        assert_eq!(s.position(""), Some(1000));
        assert_eq!(s.position("1000"), None);
    }

    /// `n` keys whose hashes all land on slot 0 of a table of `slots`
    /// slots, hence of every smaller table too: found by trying, as an
    /// attacker would.
    fn colliding(n: usize, slots: usize) -> Vec<String> {
        (0u64..)
            .map(|i| format!("q{i:x}"))
            .filter(|k| super::hash(k) & (slots - 1) == 0)
            .take(n)
            .collect()
    }

    #[test]
    fn strset_colliding_keys_cost_linear_probes() {
        for n in [500, 1000, 2000] {
            let keys = colliding(n, 4096);
            let mut s = StrSet::default();
            for k in &keys {
                assert!(s.insert(k));
            }
            for (i, k) in keys.iter().enumerate() {
                assert!(!s.insert(k));
                assert_eq!(s.position(k), Some(i));
            }
            assert_eq!(s.position("nope"), None);
            // A table would take n²/2 probes (125 000 for 500 keys); the
            // bound makes it at most MAX_PROBE per operation, plus the
            // rehashes before the switch.
            let probes = s.probes.get();
            assert!(
                probes <= 4 * super::MAX_PROBE * n,
                "{n} keys: {probes} probes"
            );
            assert!(s.tree.is_some());
        }
    }

    #[test]
    fn strset_ordinary_keys_stay_in_the_table() {
        let mut s = StrSet::default();
        let n = 200_000;
        for i in 0..n {
            assert!(s.insert(&format!("{}.{}", i / 10, i % 10)));
        }
        assert!(s.tree.is_none(), "200 000 ordinary keys never probe far");
        assert!(s.probes.get() < 4 * n, "{} probes", s.probes.get());
        assert_eq!(s.position("1234.5"), Some(12345));
    }
}
