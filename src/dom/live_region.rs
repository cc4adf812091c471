//! The screen-reader side of a counter (GOV.UK's character-count pattern):
//! a visually hidden `aria-live="polite"` element, written only after the
//! person pauses typing, so a screen reader is not interrupted on every
//! keystroke. The pause itself is timed by the enhancer (one timer for all
//! fields); this type only holds the region and what it last said.

use web_sys::{Document, Element};

use super::elements::{set_id, visually_hidden, Dom, TextSlot};

/// How long a person must pause before the region is updated.
pub(crate) const PAUSE_MS: i32 = 1000;

/// One live region.
#[derive(Debug)]
pub(crate) struct LiveRegion {
    slot: TextSlot,
}

impl LiveRegion {
    /// Creates an empty region; nothing is announced until the first pause.
    pub(crate) fn new(doc: &Document, id: &str) -> Dom<LiveRegion> {
        let el = visually_hidden(doc, "formkoll-visually-hidden formkoll-live")?;
        set_id(&el, id)?;
        el.set_attribute("aria-live", "polite")?;
        Ok(LiveRegion {
            slot: TextSlot::new(el),
        })
    }

    /// Announces `text` (a no-op when it is what the region already says).
    pub(crate) fn announce(&mut self, text: &str) {
        self.slot.set(text);
    }

    /// The region's element.
    pub(crate) fn el(&self) -> &Element {
        self.slot.el()
    }
}
