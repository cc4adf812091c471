//! "Klistra in hela dokumentet": the person pastes a whole filled-in document
//! into one field, sees which answer goes where (question, first words,
//! count) and what could not be placed, and confirms. Only then are the
//! fields filled: empty ones directly, one that already has text only when
//! the person ticks "Ersätt" for it — nothing is overwritten silently. Each
//! filled field gets an `input` (or `change`) event, so the enhancer's
//! counters, budgets and score update at once.
//!
//! In the `importer` build only (`formkoll/importer`): `attach(form, {
//! importer: true })` adds the button to the form, and `openImporter(form,
//! options?)` opens the dialog for a form enhanced by either build — a page
//! can load the importer module only when someone asks for it.
//!
//! The dialog is a native `<dialog>` opened with `showModal()` (focus is
//! kept inside and Escape closes it); every text is set with `textContent`.

use crate::prelude::*;
use alloc::rc::Rc;
use core::cell::RefCell;

use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlInputElement, HtmlTextAreaElement};

use super::config::{coded_error, Config};
use super::elements::{append, button, document, element, element_with_text};
use super::markup::{Found, Markup};
use crate::{count, import_text, ErrorCode, Import, Lang, QuestionKind, Template};

#[path = "importer_words.rs"]
mod importer_words;
use importer_words::words;

/// True when `attach`'s options ask for the importer (`importer: true`).
pub(super) fn wanted(options: &JsValue) -> Result<bool, JsValue> {
    if !options.is_object() {
        return Ok(false);
    }
    let v = Reflect::get(options, &"importer".into())?;
    if v.is_undefined() || v.is_null() {
        return Ok(false);
    }
    v.as_bool().ok_or_else(|| {
        coded_error(
            ErrorCode::OptionsInvalid,
            "importer",
            "importer must be true or false",
        )
    })
}

/// Adds the "Klistra in hela dokumentet" button at the top of `form`; it is
/// removed with the rest on `detach()` (it is registered in `added`).
pub(super) fn install(
    form: &Element,
    options: &JsValue,
    lang: Lang,
    added: &mut super::elements::Added,
) -> Result<(), JsValue> {
    let doc = document()?;
    let button = button(
        &doc,
        None,
        "formkoll-button formkoll-button--secondary formkoll-import-open",
        &[],
        words(lang).open,
    )?;
    form.prepend_with_node_1(&button)?;
    added.element(&button);
    let (form, options) = (form.clone(), options.clone());
    let click = Closure::<dyn FnMut()>::new(move || {
        if let Err(e) = open(&form, &options) {
            web_sys::console::error_2(&"formkoll: the importer could not open".into(), &e);
        }
    });
    button.add_event_listener_with_callback("click", click.as_ref().unchecked_ref())?;
    // The button owns its listener: when detach removes the button, both go.
    click.forget();
    Ok(())
}

/// Opens the import dialog for `form` (enhanced or not) with `attach`'s options.
///
/// ```js
/// import init, { openImporter } from 'formkoll/importer';
/// await init();
/// openImporter(document.querySelector('form'), { lang: 'sv' });
/// ```
#[wasm_bindgen(js_name = openImporter)]
pub fn open_importer(
    #[wasm_bindgen(unchecked_param_type = "HTMLElement")] form: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AttachOptions")] options: Option<JsValue>,
) -> Result<(), JsValue> {
    let form = super::form_element(form)?;
    open(&form, &options.unwrap_or(JsValue::UNDEFINED))
}

/// The dialog's state while it is open.
struct Dialog {
    doc: Document,
    dialog: Element,
    input: HtmlTextAreaElement,
    preview: Element,
    confirm: Element,
    template: alloc::sync::Arc<Template>,
    lang: Lang,
    fields: Vec<Found>,
    import: Option<Import>,
    /// Per question index: its "Ersätt" checkbox, when the field has text.
    replace: Vec<(usize, HtmlInputElement)>,
    /// What had focus before, to return to on close.
    opener: Option<web_sys::HtmlElement>,
}

fn open(form: &Element, options: &JsValue) -> Result<(), JsValue> {
    let config = Config::read(options, form)?;
    let markup = Markup::read(form, &config)?;
    let doc = document()?;
    let w = words(config.lang);
    let opener = doc
        .active_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());

    let dialog = element(&doc, "dialog", "formkoll-import")?;
    let title_id = unique_id(&doc, "formkoll-import-title");
    let input_id = unique_id(&doc, "formkoll-import-text");
    let hint_id = unique_id(&doc, "formkoll-import-hint");
    dialog.set_attribute("aria-labelledby", &title_id)?;
    let title = element_with_text(&doc, "h2", "formkoll-import__title", w.title)?;
    title.set_id(&title_id);
    append(&dialog, &title)?;
    let label = element_with_text(&doc, "label", "formkoll-import__label", w.field)?;
    label.set_attribute("for", &input_id)?;
    append(&dialog, &label)?;
    let hint = element_with_text(&doc, "p", "formkoll-import__hint", w.hint)?;
    hint.set_id(&hint_id);
    append(&dialog, &hint)?;
    let input: HtmlTextAreaElement = element(&doc, "textarea", "formkoll-import__text")?
        .dyn_into()
        .map_err(|_| JsValue::from_str("formkoll: no textarea"))?;
    input.set_id(&input_id);
    input.set_rows(10);
    input.set_attribute("aria-describedby", &hint_id)?;
    append(&dialog, &input)?;
    let read = button(
        &doc,
        Some(&dialog),
        "formkoll-button formkoll-import__read",
        &[],
        w.read,
    )?;
    let preview = element(&doc, "div", "formkoll-import__preview")?;
    preview.set_attribute("aria-live", "polite")?;
    append(&dialog, &preview)?;
    let actions = element(&doc, "div", "formkoll-import__actions")?;
    let confirm = button(
        &doc,
        Some(&actions),
        "formkoll-button formkoll-import__confirm",
        &[("disabled", "")],
        w.confirm,
    )?;
    let cancel = button(
        &doc,
        Some(&actions),
        "formkoll-button formkoll-button--secondary formkoll-import__cancel",
        &[],
        w.cancel,
    )?;
    append(&dialog, &actions)?;
    let body = doc
        .body()
        .ok_or_else(|| JsValue::from_str("formkoll: no body"))?;
    body.append_child(&dialog)?;

    let state = Rc::new(RefCell::new(Dialog {
        doc,
        dialog: dialog.clone(),
        input,
        preview,
        confirm: confirm.clone(),
        template: config.template,
        lang: config.lang,
        fields: markup.fields,
        import: None,
        replace: Vec::new(),
        opener,
    }));
    let on = |el: &Element, kind: &str, f: fn(&mut Dialog) -> Result<(), JsValue>| {
        let state = Rc::clone(&state);
        let closure = Closure::<dyn FnMut()>::new(move || {
            let result = match state.try_borrow_mut() {
                Ok(mut d) => f(&mut d),
                Err(_) => Ok(()),
            };
            if let Err(e) = result {
                web_sys::console::error_2(&"formkoll: import".into(), &e);
            }
        });
        let added = el.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
        // The dialog owns its listeners: they go when it is removed.
        closure.forget();
        added
    };
    on(&read, "click", Dialog::read)?;
    on(&confirm, "click", Dialog::confirm)?;
    on(&cancel, "click", Dialog::close)?;
    on(&dialog, "close", Dialog::remove)?;
    call(&dialog, "showModal")?;
    let input: web_sys::HtmlElement = state.borrow().input.clone().unchecked_into();
    input.focus()?;
    Ok(())
}

/// An id not yet in the document.
fn unique_id(doc: &Document, base: &str) -> String {
    let mut id = base.to_string();
    let mut n = 1u32;
    while doc.get_element_by_id(&id).is_some() {
        n += 1;
        id = base.to_string();
        id.push('-');
        id.push_str(&crate::cli::digits(u64::from(n)));
    }
    id
}

fn call(el: &Element, method: &str) -> Result<(), JsValue> {
    let f: Function = Reflect::get(el, &method.into())?.dyn_into()?;
    f.call0(el)?;
    Ok(())
}

impl Dialog {
    fn field(&self, q: usize) -> Option<&Found> {
        self.fields.iter().find(|f| f.q == q)
    }

    fn has_text(found: &Found) -> bool {
        found
            .textarea
            .as_ref()
            .is_some_and(|t| !t.value().trim().is_empty())
            || found.radios.iter().any(|r| r.checked())
    }

    /// Reads the pasted text and shows where each answer goes.
    fn read(&mut self) -> Result<(), JsValue> {
        let w = words(self.lang);
        let import = import_text(&self.template, &self.input.value());
        self.preview.set_text_content(None);
        self.replace.clear();
        let doc = self.doc.clone();
        if import.placed.is_empty() {
            let p = element_with_text(&doc, "p", "formkoll-import__nothing", w.nothing)?;
            append(&self.preview, &p)?;
            self.confirm.set_attribute("disabled", "")?;
            self.import = None;
            return Ok(());
        }
        // How many were found, then what could not be placed, then the table.
        let mut found = String::from(w.found);
        found.push_str(&crate::cli::digits(import.placed.len() as u64));
        found.push_str(w.of);
        found.push_str(&crate::cli::digits(
            self.template.data().questions.len() as u64
        ));
        found.push('.');
        append(
            &self.preview,
            &element_with_text(&doc, "p", "formkoll-import__found", &found)?,
        )?;
        if !import.findings.is_empty() {
            let h = element_with_text(&doc, "h3", "formkoll-import__unplaced", w.unplaced)?;
            append(&self.preview, &h)?;
            let ul = element(&doc, "ul", "")?;
            for f in &import.findings {
                let mut text = String::new();
                if let Some(line) = f.line {
                    text.push_str(w.line);
                    text.push_str(&crate::cli::digits(line as u64));
                    text.push_str(": ");
                }
                text.push_str(&f.message(self.lang));
                append(&ul, &element_with_text(&doc, "li", "", &text)?)?;
            }
            append(&self.preview, &ul)?;
        }
        let table = element(&doc, "table", "formkoll-import__table")?;
        let head = element(&doc, "tr", "")?;
        for h in [w.question, w.starts, w.chars, w.action] {
            let th = element_with_text(&doc, "th", "", h)?;
            th.set_attribute("scope", "col")?;
            append(&head, &th)?;
        }
        let thead = element(&doc, "thead", "")?;
        append(&thead, &head)?;
        append(&table, &thead)?;
        let tbody = element(&doc, "tbody", "")?;
        for (q, question) in self.template.data().questions.iter().enumerate() {
            let Some(answer) = import.report.answers.get(&question.id) else {
                continue;
            };
            let tr = element(&doc, "tr", "")?;
            let th = element_with_text(&doc, "th", "", &question.id)?;
            th.set_attribute("scope", "row")?;
            append(&tr, &th)?;
            let mut start = crate::import::excerpt(answer.text());
            if let Some(c) = answer.choice() {
                let label = question
                    .choices
                    .iter()
                    .find(|x| x.id == c)
                    .map_or(c, |x| x.label.get(self.lang));
                start = label.to_string() + " · " + &start;
            }
            if start.is_empty() {
                start = w.empty.to_string();
            }
            append(&tr, &element_with_text(&doc, "td", "", &start)?)?;
            let n = count(answer.text(), self.template.policy()) as u64;
            let td = element_with_text(&doc, "td", "", &crate::format_number(n, self.lang))?;
            append(&tr, &td)?;
            let action = element(&doc, "td", "")?;
            match self.field(q) {
                None => action.set_text_content(Some(w.no_field)),
                Some(found) if Self::has_text(found) => {
                    // A field with text is replaced only if the person says so.
                    let id = unique_id(&doc, "formkoll-import-replace");
                    let cb: HtmlInputElement = element(&doc, "input", "")?
                        .dyn_into()
                        .map_err(|_| JsValue::from_str("formkoll: no input"))?;
                    cb.set_type("checkbox");
                    cb.set_id(&id);
                    let label = element(&doc, "label", "")?;
                    label.set_attribute("for", &id)?;
                    let mut text = String::from(w.keep);
                    text.push_str(". ");
                    text.push_str(w.replace);
                    text.push_str(&question.id);
                    label.set_text_content(Some(&text));
                    append(&action, cb.unchecked_ref())?;
                    append(&action, &label)?;
                    self.replace.push((q, cb));
                }
                Some(_) => action.set_text_content(Some(w.fill)),
            }
            append(&tr, &action)?;
            append(&tbody, &tr)?;
        }
        append(&table, &tbody)?;
        append(&self.preview, &table)?;
        self.confirm.remove_attribute("disabled")?;
        self.import = Some(import);
        Ok(())
    }

    /// Fills the fields: empty ones, and those whose "Ersätt" is ticked.
    fn confirm(&mut self) -> Result<(), JsValue> {
        let Some(import) = self.import.take() else {
            return Ok(());
        };
        for (q, question) in self.template.data().questions.iter().enumerate() {
            let (Some(answer), Some(found)) =
                (import.report.answers.get(&question.id), self.field(q))
            else {
                continue;
            };
            if Self::has_text(found) {
                let chosen = self.replace.iter().any(|(rq, cb)| *rq == q && cb.checked());
                if !chosen {
                    continue;
                }
            }
            if let Some(t) = &found.textarea {
                t.set_value(answer.text());
                fire(t.unchecked_ref(), "input")?;
            }
            if question.kind == QuestionKind::Choice {
                if let Some(choice) = answer.choice() {
                    let value = found
                        .values
                        .iter()
                        .find(|(id, _)| id == choice)
                        .map_or(choice, |(_, v)| v.as_str());
                    for r in &found.radios {
                        let on = r.value() == value;
                        if r.checked() != on {
                            r.set_checked(on);
                            if on {
                                fire(r.unchecked_ref(), "change")?;
                            }
                        }
                    }
                }
            }
        }
        self.close()
    }

    fn close(&mut self) -> Result<(), JsValue> {
        call(&self.dialog, "close")
    }

    /// After `close` (also by Escape): the dialog goes, focus goes back.
    fn remove(&mut self) -> Result<(), JsValue> {
        self.dialog.remove();
        if let Some(o) = &self.opener {
            o.focus()?;
        }
        Ok(())
    }
}

/// Dispatches a bubbling `input`/`change` event, as typing would.
fn fire(target: &web_sys::EventTarget, kind: &str) -> Result<(), JsValue> {
    let init = js_sys::Object::new();
    Reflect::set(&init, &"bubbles".into(), &JsValue::TRUE)?;
    let event = Event::new_with_event_init_dict(kind, init.unchecked_ref())?;
    target.dispatch_event(&event)?;
    Ok(())
}
