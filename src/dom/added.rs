//! The undo log of `attach`: every element the enhancer added and every page
//! attribute it changed (with the old value), so `detach()` takes exactly
//! that back out again.

use crate::prelude::*;
use web_sys::Element;

use super::reflect::{call0, call1};
use super::{attr, remove_attr, Dom};

/// An attribute changed on a page element, with the value to put back.
#[derive(Debug)]
struct Restore {
    el: Element,
    name: &'static str,
    old: Option<String>,
}

/// What the enhancer added to the page: elements to remove and attributes
/// to restore on `detach()`.
#[derive(Debug, Default)]
pub(crate) struct Added {
    elements: Vec<Element>,
    attributes: Vec<Restore>,
    /// Per attribute name, the elements in `attributes` with it: a JS
    /// array's `includes` answers "seen?" in one call, where comparing with
    /// each remembered element (`Object.is`) was one call per element,
    /// O(n²) at attach.
    touched: Vec<(&'static str, js_sys::Array)>,
}

impl Added {
    /// Remembers an element we inserted.
    pub(crate) fn element(&mut self, el: &Element) {
        self.elements.push(el.clone());
    }

    /// Sets an attribute on a page element, remembering its old value the
    /// first time it is touched.
    pub(crate) fn set_attribute(
        &mut self,
        el: &Element,
        name: &'static str,
        value: &str,
    ) -> Dom<()> {
        self.remember(el, name);
        el.set_attribute(name, value)
    }

    /// Removes an attribute from a page element, remembering its old value.
    pub(crate) fn remove_attribute(&mut self, el: &Element, name: &'static str) -> Dom<()> {
        self.remember(el, name);
        remove_attr(el, name)
    }

    fn remember(&mut self, el: &Element, name: &'static str) {
        if !self.touched.iter().any(|(n, _)| *n == name) {
            // `Array.from({})`: an empty array from two functions the
            // module imports anyway (a Set would add three, +264 B gzip).
            let list = js_sys::Array::from(&js_sys::Object::new());
            self.touched.push((name, list));
        }
        let Some((_, list)) = self.touched.iter().find(|(n, _)| *n == name) else {
            return;
        };
        if !call1(list, "includes", el).is_ok_and(|v| v.is_truthy()) {
            let _ = call1(list, "push", el);
            self.attributes.push(Restore {
                el: el.clone(),
                name,
                old: attr(el, name),
            });
        }
    }

    /// Removes every element we added and restores every attribute. Keeps
    /// going after a failure so one odd element cannot leave the rest behind.
    pub(crate) fn undo(&mut self) {
        for el in self.elements.drain(..).rev() {
            let _ = call0(&el, "remove");
        }
        self.touched.clear();
        for r in self.attributes.drain(..).rev() {
            let _ = match r.old {
                Some(v) => r.el.set_attribute(r.name, &v),
                None => remove_attr(&r.el, r.name),
            };
        }
    }
}
