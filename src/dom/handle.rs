//! The handle `attach` returns, and the list of live enhancements.

use crate::prelude::*;
use alloc::rc::Rc;
use core::cell::RefCell;

use wasm_bindgen::prelude::*;

use super::config::coded_error;
use super::enhancer::{to_js, Enhancer};
use super::events::{listen, Callback, Listener};
use crate::ErrorCode;

/// What `attach` returns: `result()`, `draft()`, `clearDraft()` and `detach()`.
///
/// The enhancement does not live in this object: a page may drop the handle
/// (`attach(form)` without keeping the result) and wasm-bindgen's
/// FinalizationRegistry then frees it, which must not switch the form back.
/// The live enhancements are kept in `LIVE` until `detach()` — the one
/// deliberate "leak": an enhanced form lives as long as the page.
#[wasm_bindgen]
pub struct FormHandle {
    inner: Rc<Attachment>,
}

/// An enhanced form: its state and the callbacks that reach it.
struct Attachment {
    state: Rc<RefCell<Enhancer>>,
    /// Removed from their targets when dropped.
    listeners: RefCell<Vec<Listener>>,
    /// The timer callbacks; pending timers are cancelled before these go.
    timers: RefCell<Vec<Callback>>,
}

thread_local! {
    /// Every attached form, until it is detached.
    static LIVE: RefCell<Vec<Rc<Attachment>>> = const { RefCell::new(Vec::new()) };
}

#[wasm_bindgen]
impl FormHandle {
    /// The current result: the same object as `rules.check(report)` (under
    /// `scope: 'form'`, narrowed to this form's questions).
    #[wasm_bindgen(unchecked_return_type = "CheckResult")]
    pub fn result(&self) -> Result<JsValue, JsValue> {
        let state = self.inner.state.try_borrow().map_err(|_| busy())?;
        to_js(&state.result())
    }

    /// The stored draft, `{ savedAt, template, answers }`, or `null`.
    ///
    /// ```js
    /// const d = handle.draft(); // d?.savedAt: ms since 1970
    /// ```
    // Not `null` only for a draft this form would restore: stored, readable,
    // within `draftDays`; `answers` holds this form's own fields only.
    #[wasm_bindgen(unchecked_return_type = "Draft | null")]
    pub fn draft(&self) -> Result<JsValue, JsValue> {
        let state = self.inner.state.try_borrow().map_err(|_| busy())?;
        state.stored_draft()
    }

    /// Removes the stored draft (after posting with `fetch`).
    ///
    /// ```js
    /// if ((await fetch(url, { method: 'POST', body })).ok) handle.clearDraft();
    /// ```
    // A submit that goes through removes it without this. The fields keep
    // their text; a new draft is saved once an answer changes again.
    #[wasm_bindgen(js_name = clearDraft)]
    pub fn clear_draft(&self) -> Result<(), JsValue> {
        let mut state = self.inner.state.try_borrow_mut().map_err(|_| busy())?;
        state.clear_draft();
        Ok(())
    }

    /// Removes everything `attach` added and stops listening. The text in
    /// the fields stays exactly as it is. Calling it twice does nothing more.
    pub fn detach(&self) {
        if let Ok(mut state) = self.inner.state.try_borrow_mut() {
            state.detach();
        }
        if let Ok(mut listeners) = self.inner.listeners.try_borrow_mut() {
            listeners.clear();
        }
        if let Ok(mut timers) = self.inner.timers.try_borrow_mut() {
            timers.clear();
        }
        let _ = LIVE.try_with(|live| {
            if let Ok(mut live) = live.try_borrow_mut() {
                live.retain(|a| !Rc::ptr_eq(a, &self.inner));
            }
        });
    }
}

impl FormHandle {
    /// Starts listening and keeps the enhancement live until `detach()`.
    pub(super) fn bind(state: Rc<RefCell<Enhancer>>) -> Result<FormHandle, JsValue> {
        let (listeners, timers) = listen(&state)?;
        let inner = Rc::new(Attachment {
            state,
            listeners: RefCell::new(listeners),
            timers: RefCell::new(timers),
        });
        let _ = LIVE.try_with(|live| {
            if let Ok(mut live) = live.try_borrow_mut() {
                live.push(Rc::clone(&inner));
            }
        });
        Ok(FormHandle { inner })
    }
}

/// `handle.busy`: a handle method called from inside formkoll's own update
/// (one copy of the error for every method).
#[inline(never)]
fn busy() -> JsValue {
    coded_error(ErrorCode::HandleBusy, "", "the form is being updated")
}

/// Returns true if and only if `form` is enhanced now.
pub(super) fn is_attached(form: &web_sys::Element) -> bool {
    LIVE.try_with(|live| {
        live.try_borrow().is_ok_and(|live| {
            live.iter()
                .any(|a| a.state.try_borrow().is_ok_and(|s| &s.form == form))
        })
    })
    .unwrap_or(false)
}
