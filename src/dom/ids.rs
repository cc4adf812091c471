//! Ids for the elements the enhancer adds: one prefix per `attach`
//! ("formkoll-2-"), then a counter, so two enhanced forms never share one.

use crate::prelude::*;

use super::digits::push_digits;

/// Unique ids for the elements we add, so `aria-describedby`,
/// `aria-labelledby` and summary links can point at them.
#[derive(Debug)]
pub(crate) struct Ids {
    prefix: String,
    next: u32,
}

thread_local! {
    static ATTACHED: core::cell::Cell<u32> = const { core::cell::Cell::new(0) };
}

impl Ids {
    /// A fresh id space: "formkoll-1-…", "formkoll-2-…" for each attach,
    /// so two enhanced forms on one page never share an id.
    pub(crate) fn new() -> Ids {
        let n = ATTACHED.with(|c| {
            let n = c.get().wrapping_add(1);
            c.set(n);
            n
        });
        let mut prefix = String::from("formkoll-");
        push_digits(&mut prefix, u64::from(n));
        prefix.push('-');
        Ids { prefix, next: 0 }
    }

    /// Returns a new id ending in `what` ("count", "live", …).
    pub(crate) fn make(&mut self, what: &str) -> String {
        self.next += 1;
        let mut id = self.prefix.clone();
        push_digits(&mut id, u64::from(self.next));
        id.push('-');
        id.push_str(what);
        id
    }

    /// Returns a new id ending in `what` and `n` ("answer-3").
    pub(crate) fn make_numbered(&mut self, what: &str, n: usize) -> String {
        let mut id = self.make(what);
        push_digits(&mut id, n as u64);
        id
    }
}
