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
//! The hash is FNV-1a with a fixed seed. A crafted set of colliding keys
//! could make one load quadratic (no DoS protection); the keys are a report
//! form's question ids and the field names of one report, read once, so a
//! random seed would buy nothing here.

use crate::prelude::*;

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
    /// is `keys[i]`. Kept at most half full.
    slots: Vec<u32>,
}

fn hash(key: &str) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key.as_bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    // Fold the high bits in: the table index uses the low ones.
    (h ^ (h >> 29)) as usize
}

impl StrSet {
    /// The slot that holds `key`, or the empty slot where it would go.
    fn slot(&self, key: &str) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut at = hash(key) & mask;
        loop {
            match self.slots.get(at).copied() {
                Some(0) | None => return Some(at),
                Some(k) => {
                    if self.keys.get(k as usize - 1).map(String::as_str) == Some(key) {
                        return Some(at);
                    }
                }
            }
            at = (at + 1) & mask;
        }
    }

    /// The position `key` was inserted at, if it was.
    pub(crate) fn position(&self, key: &str) -> Option<usize> {
        let at = self.slot(key)?;
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
        if (self.keys.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let Some(at) = self.slot(key) else {
            return false;
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
            while slots.get(at).is_some_and(|&k| k != 0) {
                at = (at + 1) & mask;
            }
            if let Some(slot) = slots.get_mut(at) {
                *slot = i as u32 + 1;
            }
        }
        self.slots = slots;
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
}
