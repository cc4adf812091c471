//! Timers: a `setTimeout` restarted by each call (debounce), cleared when
//! the enhancer goes.

use web_sys::Window;

/// A pending `setTimeout`, restarted by each call to [`Debounce::schedule`]:
/// the callback runs once, `ms` after the last call.
#[derive(Debug, Default)]
pub(crate) struct Debounce {
    id: Option<i32>,
}

impl Debounce {
    /// (Re)starts the timer.
    pub(crate) fn schedule(&mut self, window: &Window, callback: &js_sys::Function, ms: i32) {
        self.cancel(window);
        self.id = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback, ms)
            .ok();
    }

    /// Stops the timer if it is pending.
    pub(crate) fn cancel(&mut self, window: &Window) {
        if let Some(id) = self.id.take() {
            window.clear_timeout_with_handle(id);
        }
    }

    /// Forgets the timer after it fired.
    pub(crate) fn fired(&mut self) {
        self.id = None;
    }

    /// Returns true if and only if the timer is pending.
    pub(crate) fn is_pending(&self) -> bool {
        self.id.is_some()
    }
}
