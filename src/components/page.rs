//! A page's name and the visitor's arrival on it: each page sets `document.title` ("Cart — Your order —
//! Hostway", WCAG 2.4.2), and after a route change the focus moves to the new page's heading, so that
//! a screen reader says where the visitor arrived and the next Tab starts there (WCAG 2.4.3).

use leptos::prelude::*;

use crate::state::tasks::watch;
use wasm_bindgen::JsCast;

use crate::nav::use_nav;

/// Names the page `{title} — Hostway` while it is shown (followed as `title` changes). Inside the
/// widget, nothing: the shop's page keeps its own title.
pub fn title(title: impl Fn() -> String + Send + Sync + 'static) {
    if use_context::<crate::nav::Nav>().is_none() || use_nav().is_widget() {
        return;
    }
    watch(move || {
        let title = title();
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&format!(
                "{title} — {}",
                hostway_core::i18n::page::BRAND.text()
            ));
        }
    });
}

/// The arrival point of a page: the element marked `data-arrival` (a step's own heading), else its
/// `h1`, inside `within`.
fn arrival(within: &web_sys::Element) -> Option<web_sys::HtmlElement> {
    within
        .query_selector("[data-arrival]")
        .ok()
        .flatten()
        .or_else(|| within.query_selector("h1").ok().flatten())
        .and_then(|e| e.dyn_into().ok())
}

/// After each change of `place` (and after a hand-over from a first stage; not after a page load, which
/// keeps the browser's own start), moves the
/// focus to the new page's arrival point inside `within` once it is drawn (a page drawn after a read
/// gets it then), or to `within` itself when none comes within half a second. The focus is moved
/// without scrolling: the page was just scrolled where it should be.
pub fn focus_on_arrival(
    place: impl Fn() -> String + Send + Sync + 'static,
    within: impl Fn() -> Option<web_sys::HtmlElement> + Send + Sync + 'static,
) {
    let within = std::sync::Arc::new(within);
    Effect::new(move |previous: Option<String>| {
        let now = place();
        let arrived = match &previous {
            Some(previous) => *previous != now,
            None => handed_over(),
        };
        if arrived {
            let within = within.clone();
            leptos::task::spawn_local(async move {
                for wait in std::iter::once(0).chain(std::iter::repeat_n(16, 30)) {
                    hostway_core::timer::sleep(wait).await;
                    let Some(root) = within() else { return };
                    if let Some(target) = arrival(&root) {
                        focus(&target);
                        return;
                    }
                }
                if let Some(root) = within() {
                    focus(&root);
                }
            });
        }
        now
    });
}

/// Whether the app was just mounted by a first stage's hand-over (a click there, which is a route
/// change to the visitor): the boot script marks `<html data-hostway-handed-over>` before mounting.
/// Read once.
fn handed_over() -> bool {
    let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return false;
    };
    let marked = html.has_attribute("data-hostway-handed-over");
    let _ = html.remove_attribute("data-hostway-handed-over");
    marked
}

/// Focuses `target`, unless the visitor is already typing in a field of the new page.
fn focus(target: &web_sys::HtmlElement) {
    // Inside the widget's shadow root, its own active element; in the page, the document's.
    let root = target.get_root_node();
    let active = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => root
            .dyn_ref::<web_sys::Document>()
            .and_then(|d| d.active_element()),
    };
    let typing =
        active.is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
    if typing {
        return;
    }
    if !target.has_attribute("tabindex") {
        let _ = target.set_attribute("tabindex", "-1");
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = target.focus_with_options(&options);
}
