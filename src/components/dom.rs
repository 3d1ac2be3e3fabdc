//! Building views on the DOM directly, for the first stages (the customer's catalog, the widget's
//! product), which must not carry Leptos's runtime: elements, and listeners that live as long as their
//! owner and are removed with it.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, EventTarget};

use crate::api::ApiError;

/// A new `tag` element with `class` and `text` (each left out when empty).
pub fn el(doc: &Document, tag: &str, class: &str, text: &str) -> Result<Element, JsValue> {
    let el = doc.create_element(tag)?;
    if !class.is_empty() {
        el.set_class_name(class);
    }
    if !text.is_empty() {
        el.set_text_content(Some(text));
    }
    Ok(el)
}

/// Appends `child` to `parent`; returns the child.
pub fn add(parent: &Element, child: Element) -> Result<Element, JsValue> {
    parent.append_child(&child)?;
    Ok(child)
}

/// Sets each `(name, value)` attribute of `el`.
pub fn attrs(el: &Element, pairs: &[(&str, &str)]) -> Result<(), JsValue> {
    for (name, value) in pairs {
        el.set_attribute(name, value)?;
    }
    Ok(())
}

/// Whether a click is a plain one (main button, no modifier): a modified click keeps the browser's own
/// meaning (new tab, new window, download).
pub fn plain_click(ev: &web_sys::Event) -> bool {
    ev.dyn_ref::<web_sys::MouseEvent>().is_none_or(|m| {
        m.button() == 0 && !(m.ctrl_key() || m.meta_key() || m.shift_key() || m.alt_key())
    })
}

type Listener = Closure<dyn FnMut(web_sys::Event)>;

/// Event listeners an owner added; dropping this removes them from their targets.
#[derive(Default)]
pub struct Listeners(Vec<(EventTarget, String, Listener)>);

impl Listeners {
    pub fn on(
        &mut self,
        target: &EventTarget,
        event: &str,
        f: impl FnMut(web_sys::Event) + 'static,
    ) -> Result<(), JsValue> {
        let closure = Listener::new(f);
        target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref())?;
        self.0.push((target.clone(), event.to_string(), closure));
        Ok(())
    }
}

impl Drop for Listeners {
    fn drop(&mut self) {
        for (target, event, closure) in self.0.drain(..) {
            let _ = target
                .remove_event_listener_with_callback(&event, closure.as_ref().unchecked_ref());
        }
    }
}

/// The `ErrorNotice` component's markup without Leptos: what failed and why, "Try again" (returned, for
/// the caller to listen to), and the reference in a "Technical details" disclosure.
pub fn error_notice(
    doc: &Document,
    what: &str,
    error: &ApiError,
    testid: &str,
) -> Result<(Element, Element), JsValue> {
    let notice = el(doc, "div", "hw-notice hw-notice--error", "")?;
    attrs(&notice, &[("role", "alert"), ("data-testid", testid)])?;
    add(&notice, el(doc, "p", "", &format!("{what} {error}"))?)?;
    let retry = add(&notice, el(doc, "button", "hw-button", "Try again")?)?;
    attrs(&retry, &[("type", "button"), ("data-testid", "try-again")])?;
    let details = add(&notice, el(doc, "details", "hw-details", "")?)?;
    details.set_attribute("data-testid", "error-details")?;
    add(&details, el(doc, "summary", "", "Technical details")?)?;
    let list = add(&details, el(doc, "dl", "hw-details__list", "")?)?;
    for (label, value) in error.reference() {
        add(&list, el(doc, "dt", "", label)?)?;
        add(&list, el(doc, "dd", "", &value)?)?;
    }
    Ok((notice, retry))
}
