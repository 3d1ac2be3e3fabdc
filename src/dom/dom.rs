//! Building views on the DOM directly, for the first stages (the customer's catalog, the widget's
//! product), which must not carry Leptos's runtime: elements, and listeners that live as long as their
//! owner and are removed with it.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, EventTarget};

use crate::api::ApiError;
use crate::i18n::error;

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
    let (again, technical) = (error::TRY_AGAIN.text(), error::TECHNICAL_DETAILS.text());
    let retry = add(&notice, el(doc, "button", "hw-button", &again)?)?;
    attrs(&retry, &[("type", "button"), ("data-testid", "try-again")])?;
    let details = add(&notice, el(doc, "details", "hw-details", "")?)?;
    details.set_attribute("data-testid", "error-details")?;
    add(&details, el(doc, "summary", "", &technical)?)?;
    let list = add(&details, el(doc, "dl", "hw-details__list", "")?)?;
    for (label, value) in error.reference() {
        add(&list, el(doc, "dt", "", &label)?)?;
        add(&list, el(doc, "dd", "", &value)?)?;
    }
    Ok((notice, retry))
}

/// A `label` for a new `tag` control (`input`, `select`) with `id`, both appended to `parent`; returns
/// the control.
pub fn labelled(
    doc: &Document,
    parent: &Element,
    tag: &str,
    id: &str,
    label: &str,
) -> Result<Element, JsValue> {
    add(parent, el(doc, "label", "hw-field__label", label)?)?.set_attribute("for", id)?;
    let control = add(parent, el(doc, tag, "hw-field__input", "")?)?;
    control.set_id(id);
    Ok(control)
}

/// The `TextField` component's markup without Leptos: label, the error's place, the input.
pub fn text_field(
    doc: &Document,
    id: &str,
    label: &str,
    kind: &str,
    autocomplete: &str,
) -> Result<Element, JsValue> {
    let field = el(doc, "div", "hw-field", "")?;
    let input = labelled(doc, &field, "input", id, label)?;
    attrs(
        &input,
        &[
            ("name", id),
            ("type", kind),
            ("autocomplete", autocomplete),
            ("aria-invalid", "false"),
        ],
    )?;
    Ok(field)
}

/// The `SelectField` component's markup without Leptos (a component test compares them); the chosen value is `wanted` when listed,
/// else the first.
pub fn select_field(
    doc: &Document,
    id: &str,
    label: &str,
    options: &[(String, String)],
    wanted: &str,
) -> Result<Element, JsValue> {
    let field = el(doc, "div", "hw-field", "")?;
    let select = labelled(doc, &field, "select", id, label)?;
    attrs(&select, &[("name", id), ("aria-invalid", "false")])?;
    let listed = options.iter().any(|(v, _)| v == wanted);
    for (i, (value, text)) in options.iter().enumerate() {
        let option = add(&select, el(doc, "option", "", text)?)?;
        option.set_attribute("value", value)?;
        if (listed && value == wanted) || (!listed && i == 0) {
            option.set_attribute("selected", "")?;
        }
    }
    Ok(field)
}

/// Shows `problems` (`(field id, message)`) as the `ErrorSummary` component does, in `summary` (which
/// takes the focus), and at each field of `form`; no problems clears both.
pub fn show_problems(
    summary: &Element,
    form: &Element,
    problems: &[(&str, String)],
) -> Result<(), JsValue> {
    let doc = summary.owner_document().ok_or("no document")?;
    summary.set_inner_html("");
    let fields = form.query_selector_all(".hw-field")?;
    for i in 0..fields.length() {
        let Some(field) = fields.item(i).and_then(|f| f.dyn_into::<Element>().ok()) else {
            continue;
        };
        let Some(input) = field.query_selector("input, select")? else {
            continue;
        };
        let id = input.id();
        if let Some(old) = field.query_selector(".hw-field__error")? {
            old.remove();
        }
        let problem = problems.iter().find(|(anchor, _)| *anchor == id);
        field.set_class_name(if problem.is_some() {
            "hw-field hw-field--error"
        } else {
            "hw-field"
        });
        input.set_attribute("aria-invalid", &problem.is_some().to_string())?;
        match problem {
            Some((_, message)) => {
                let error = el(&doc, "p", "hw-field__error", "")?;
                error.set_id(&format!("{id}-error"));
                let prefix = error::PREFIX.text() + " ";
                add(&error, el(&doc, "span", "hw-visually-hidden", &prefix)?)?;
                error.append_with_str_1(message)?;
                input.before_with_node_1(&error)?;
                input.set_attribute("aria-describedby", &error.id())?;
            }
            None => input.remove_attribute("aria-describedby")?,
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    let box_ = add(summary, el(&doc, "div", "hw-error-summary", "")?)?;
    attrs(
        &box_,
        &[
            ("role", "alert"),
            ("tabindex", "-1"),
            ("data-testid", "error-summary"),
            ("aria-labelledby", "error-summary-title"),
        ],
    )?;
    let problem = error::PROBLEM.text();
    let title = add(&box_, el(&doc, "h2", "hw-error-summary__title", &problem)?)?;
    title.set_id("error-summary-title");
    let list = add(&box_, el(&doc, "ul", "hw-error-summary__list", "")?)?;
    for (anchor, message) in problems {
        let link = add(
            &add(&list, el(&doc, "li", "", "")?)?,
            el(&doc, "a", "", message)?,
        )?;
        link.set_attribute("href", &format!("#{anchor}"))?;
    }
    name_fields(&box_);
    if let Some(b) = box_.dyn_ref::<web_sys::HtmlElement>() {
        b.focus()?;
    }
    Ok(())
}

/// Moves the focus to a problem's field (its input, when `anchor` names the field's wrapper) or
/// section, found from a summary's `link` in its document or shadow root, and scrolls it into view;
/// whether it was found (then the link's own navigation is to be prevented). Done by hand rather than by
/// following `#anchor`, so it also works inside the widget's shadow root and never changes the embedding
/// page's URL.
pub fn go_to_problem(link: &web_sys::Node, anchor: &str) -> bool {
    let root = link.get_root_node();
    let target = match root.dyn_ref::<web_sys::DocumentFragment>() {
        Some(shadow) => shadow.get_element_by_id(anchor),
        None => root
            .dyn_ref::<web_sys::Document>()
            .and_then(|d| d.get_element_by_id(anchor)),
    };
    let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    target.scroll_into_view();
    // A field's wrapper is not focusable; its input is.
    let input = target
        .query_selector("input, select, textarea")
        .ok()
        .flatten()
        .and_then(|i| i.dyn_into::<web_sys::HtmlElement>().ok());
    let _ = input.unwrap_or(target).focus();
    true
}

/// The name of the field `anchor` as its label says it (without "(optional)"), found in `root` (the
/// document, or the widget's shadow root); `None` for an anchor that is not a labelled field (a section,
/// a form's button).
pub fn field_name(root: &web_sys::Node, anchor: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let selector = format!("label[for=\"{anchor}\"]");
    let label = match root.dyn_ref::<web_sys::DocumentFragment>() {
        Some(shadow) => shadow.query_selector(&selector).ok().flatten(),
        None => root
            .dyn_ref::<web_sys::Document>()
            .and_then(|d| d.query_selector(&selector).ok().flatten()),
    }?;
    let text = label.text_content()?;
    let name = text.trim().trim_end_matches("(optional)").trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// Names each problem's field in the summary `summary` ("Password: Use 8 to 50 characters…"), so that
/// the list reads on its own; once per link.
pub fn name_fields(summary: &web_sys::Element) {
    let root = summary.get_root_node();
    let Ok(links) = summary.query_selector_all("a[href^=\"#\"]:not([data-named])") else {
        return;
    };
    for i in 0..links.length() {
        let Some(link) = links
            .item(i)
            .and_then(|l| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(l).ok())
        else {
            continue;
        };
        let anchor = link.get_attribute("href").unwrap_or_default();
        if let Some(name) = field_name(&root, anchor.trim_start_matches('#')) {
            let _ = link.prepend_with_str_1(&format!("{name}: "));
        }
        let _ = link.set_attribute("data-named", "");
    }
}
