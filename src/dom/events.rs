//! The events formkoll listens to — `input` and `change` on the form,
//! clicks in the summary and in the form (the review's buttons), `pagehide`/`pageshow` on the window — and the
//! timers of the debounced work. Each listener removes itself when dropped.

use crate::prelude::*;
use alloc::rc::Rc;
use core::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventTarget};

use super::config::SubmitMode;
use super::draft::DRAFT_ATTR;
use super::elements::{attr, by_id, call0, call1, call3, closest, event_element, set_prop, Dom};
use super::enhancer::{focus_with_label, Enhancer, Field};
use super::summary::{CLEAN_ATTR, FOCUS_ATTR};

/// `[FOCUS_ATTR]`, `[CLEAN_ATTR]`, `[DRAFT_ATTR]` as selectors (literals: no formatting at run time).
const FOCUS_SELECTOR: &str = "[data-formkoll-focus]";
const CLEAN_SELECTOR: &str = "[data-formkoll-clean]";
const DRAFT_SELECTOR: &str = "[data-formkoll-draft]";

/// The listeners and timer closures that drive an enhanced form. A timer's
/// closure has the listeners' type too (`setTimeout` passes no event): one
/// closure type means one set of wasm-bindgen shims.
pub(super) type Callbacks = (Vec<Listener>, Vec<Callback>);

/// A JS-callable closure of the enhancer.
pub(super) type Callback = Closure<dyn FnMut(Event)>;

/// What an event (or a timer) does to the enhancer.
type Handler = fn(&mut Enhancer, &Event) -> Dom<()>;

/// The listeners, as data: (target: 0 the form, 1 the summary, 2 the
/// window; event; handler; capture phase). The last two are left out when
/// not needed: `submit` under `submit: 'off'` without drafts, `formdata`
/// without drafts. `submit` listens in the capture phase, so formkoll
/// decides before the portal's own submit handlers run and they can read
/// `event.defaultPrevented`; `formdata` tells whether the submit went
/// through (drafts are then removed).
const LISTENERS: [(usize, &str, Handler, bool); 8] = [
    (0, "input", Enhancer::on_input, false),
    (0, "change", Enhancer::on_change, false),
    (1, "click", Enhancer::on_click, false),
    (0, "click", Enhancer::on_review_click, false),
    (2, "pagehide", Enhancer::on_pagehide, false),
    (2, "pageshow", Enhancer::on_pageshow, false),
    (0, "submit", Enhancer::on_submit, true),
    (0, "formdata", Enhancer::on_formdata, false),
];

/// The timers' handlers, in [`TimerFns`] order: pause, refresh, save.
const TIMERS: [Handler; 3] = [Enhancer::on_pause, Enhancer::on_refresh, Enhancer::on_save];

/// Starts listening for `state`'s form and stores the timers' functions in it.
pub(super) fn listen(state: &Rc<RefCell<Enhancer>>) -> Dom<Callbacks> {
    let (targets, submit, drafts) = {
        let s = state
            .try_borrow()
            .map_err(|_| JsValue::from_str("formkoll: busy"))?;
        let targets: [EventTarget; 3] = [
            s.form.clone().into(),
            s.summary.root().clone().into(),
            s.window.clone().into(),
        ];
        (
            targets,
            s.submit_mode != SubmitMode::Off,
            s.drafts.is_some(),
        )
    };
    let with = |f: Handler| {
        let state = Rc::clone(state);
        Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            // A busy state means we are inside our own update: skip,
            // the next event or refresh catches up.
            let out = match state.try_borrow_mut() {
                Ok(mut s) if !s.detached => {
                    let _ = f(&mut s, &event);
                    core::mem::take(&mut s.outbox)
                }
                _ => return,
            };
            dispatch(&state, out);
        })
    };
    let rows = match (submit, drafts) {
        (_, true) => &LISTENERS[..],
        (true, false) => &LISTENERS[..7],
        (false, false) => &LISTENERS[..6],
    };
    let mut listeners = Vec::with_capacity(rows.len());
    for &(target, kind, f, capture) in rows {
        if let Some(target) = targets.get(target) {
            listeners.push(Listener::new(target.clone(), kind, with(f), capture)?);
        }
    }
    let timers: Vec<Callback> = TIMERS.iter().map(|&f| with(f)).collect();
    {
        let mut s = state
            .try_borrow_mut()
            .map_err(|_| JsValue::from_str("formkoll: busy"))?;
        let f = |i: usize| {
            timers
                .get(i)
                .map(|c| c.as_ref().unchecked_ref::<js_sys::Function>().clone())
        };
        s.timer_fns = match (f(0), f(1), f(2)) {
            (Some(pause), Some(refresh), Some(save)) => Some(TimerFns {
                pause,
                refresh,
                save,
            }),
            _ => None,
        };
    }
    Ok((listeners, timers))
}

impl Enhancer {
    pub(super) fn on_input(&mut self, event: &Event) -> Dom<()> {
        let Some(el) = event_element(event) else {
            return Ok(());
        };
        let Some(i) = self.fields.iter().position(|f| {
            f.textarea
                .as_ref()
                .is_some_and(|t| AsRef::<Element>::as_ref(t) == &el)
        }) else {
            return Ok(());
        };
        self.review_typed(i)?;
        self.edited(i, |session, f| session.set(&f.id, &f.text()))
    }

    /// The person changed field `i` (typed, or chose an option): `edit`
    /// tells the session, drafts are saved again after a clear, and the
    /// update is shown.
    fn edited(
        &mut self,
        i: usize,
        edit: impl FnOnce(&mut crate::Session, &Field) -> crate::Result<crate::Update>,
    ) -> Dom<()> {
        let Some(f) = self.fields.get(i) else {
            return Ok(());
        };
        self.draft.held = false;
        let update = edit(&mut self.session, f).map_err(|e| crate::bindings::js_error(&e))?;
        self.apply(i, &update)
    }

    pub(super) fn on_change(&mut self, event: &Event) -> Dom<()> {
        let Some(el) = event_element(event) else {
            return Ok(());
        };
        let Some(i) = self
            .fields
            .iter()
            .position(|f| f.radios.iter().any(|r| AsRef::<Element>::as_ref(r) == &el))
        else {
            return Ok(());
        };
        self.edited(i, |session, f| session.choose(&f.id, f.choice().as_deref()))
    }

    pub(super) fn on_click(&mut self, event: &Event) -> Dom<()> {
        let Some(el) = event_element(event) else {
            return Ok(());
        };
        if let Some(link) = closest(&el, FOCUS_SELECTOR)? {
            let id = attr(&link, FOCUS_ATTR).unwrap_or_default();
            if let Some(target) = by_id(&self.doc, &id) {
                call0(event, "preventDefault")?;
                focus_with_label(&target)?;
            }
        } else if let Some(button) = closest(&el, CLEAN_SELECTOR)? {
            let q = attr(&button, CLEAN_ATTR).unwrap_or_default();
            self.clean(&q)?;
        } else if let Some(button) = closest(&el, DRAFT_SELECTOR)? {
            match attr(&button, DRAFT_ATTR).as_deref() {
                Some("use") => self.use_draft()?,
                Some("discard") => self.discard_draft()?,
                _ => {}
            }
        }
        Ok(())
    }

    /// The page is going away: a pending draft is saved now.
    pub(super) fn on_pagehide(&mut self, _: &Event) -> Dom<()> {
        self.save_now()
    }

    pub(super) fn on_pause(&mut self, _: &Event) -> Dom<()> {
        self.live_timer.fired();
        for i in core::mem::take(&mut self.live_pending) {
            if let Some(c) = self.fields.get_mut(i).and_then(|f| f.counter.as_mut()) {
                c.announce();
            }
        }
        Ok(())
    }

    pub(super) fn on_refresh(&mut self, _: &Event) -> Dom<()> {
        self.refresh_timer.fired();
        self.refresh()
    }

    /// A page restored from the back-forward cache may hold other text
    /// than the session: read every field again.
    pub(super) fn on_pageshow(&mut self, event: &Event) -> Dom<()> {
        let persisted = js_sys::Reflect::get(event, &"persisted".into())?
            .as_bool()
            .unwrap_or(false);
        if persisted {
            for i in 0..self.fields.len() {
                self.sync(i)?;
            }
            self.refresh()?;
        }
        Ok(())
    }
}

/// An event listener that removes itself when dropped, so dropping the
/// handle can never leave a callback pointing at freed Rust memory.
pub(super) struct Listener {
    target: EventTarget,
    kind: &'static str,
    closure: Callback,
    capture: bool,
}

impl Listener {
    /// Listens for `kind` on `target`, in the capture phase if `capture`.
    fn new(
        target: EventTarget,
        kind: &'static str,
        closure: Callback,
        capture: bool,
    ) -> Dom<Listener> {
        call3(
            &target,
            "addEventListener",
            &JsValue::from_str(kind),
            closure.as_ref(),
            &JsValue::from_bool(capture),
        )?;
        Ok(Listener {
            target,
            kind,
            closure,
            capture,
        })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = call3(
            &self.target,
            "removeEventListener",
            &JsValue::from_str(self.kind),
            self.closure.as_ref(),
            &JsValue::from_bool(self.capture),
        );
    }
}

/// The JS functions of the handle's timer closures.
pub(super) struct TimerFns {
    pub(super) pause: js_sys::Function,
    pub(super) refresh: js_sys::Function,
    pub(super) save: js_sys::Function,
}

/// Dispatches queued events on the form (`formkoll:update`,
/// `formkoll:invalid`): bubbling `CustomEvent`s whose `detail` is the
/// result. Called with the state no longer borrowed, so a listener may
/// call `handle.result()` or change a field.
pub(super) fn dispatch(state: &Rc<RefCell<Enhancer>>, events: Vec<(&'static str, JsValue)>) {
    if events.is_empty() {
        return;
    }
    let Ok(form) = state.try_borrow().map(|s| s.form.clone()) else {
        return;
    };
    for (kind, detail) in events {
        // `{ bubbles: true, detail }`, built as a plain object: the
        // dictionary's typed setters would each be one more import.
        let init = js_sys::Object::new();
        set_prop(&init, "bubbles", &JsValue::TRUE);
        set_prop(&init, "detail", &detail);
        if let Ok(event) =
            web_sys::CustomEvent::new_with_event_init_dict(kind, init.unchecked_ref())
        {
            let _ = call1(&form, "dispatchEvent", &event);
        }
    }
}
