//! The JS strings of the names the DOM layer passes again and again
//! (`getAttribute`, `insertAdjacentElement`, `value`, …), made once.
//!
//! `JsValue::from_str` crosses into JS and decodes the UTF-8 each time: at
//! attach() that was ~2 300 crossings for a few dozen distinct names. A name
//! here is a `&'static str`, so its address and length identify it for the
//! life of the module, and the cache is a list of (address, length, value)
//! searched by integers, never by text.
//!
//! ```ignore
//! use crate::dom::elements::js_names::js_name;
//! let v = js_sys::Reflect::get(&input, js_name("value"));
//! ```

use crate::prelude::*;
use core::cell::RefCell;
use wasm_bindgen::JsValue;

thread_local! {
    static NAMES: RefCell<Vec<(usize, usize, &'static JsValue)>> = const { RefCell::new(Vec::new()) };
}

/// `name` as a JS string, made the first time and kept for the life of the
/// module (a name is a literal of the DOM layer: a few dozen of them).
///
/// The list is never borrowed across a call into JS, so a JS callback into
/// formkoll cannot find it borrowed; the value is leaked on purpose, so the
/// reference stays valid however the list grows.
#[inline(never)]
pub(crate) fn js_name(name: &'static str) -> &'static JsValue {
    let key = (name.as_ptr() as usize, name.len());
    NAMES.with(|cell| {
        let mut list = cell.try_borrow_mut();
        if let Ok(list) = &list {
            if let Some((_, _, v)) = list.iter().find(|(p, n, _)| (*p, *n) == key) {
                return *v;
            }
        }
        let v: &'static JsValue = Box::leak(Box::new(JsValue::from_str(name)));
        // Never borrowed already (nothing here calls back into formkoll);
        // were it, the name would only be made again next time.
        if let Ok(list) = &mut list {
            list.push((key.0, key.1, v));
        }
        v
    })
}
