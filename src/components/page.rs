//! A page's name and the visitor's arrival on it: each page sets `document.title` ("Cart — Your order —
//! Hostway", WCAG 2.4.2), and after a route change the focus moves to the new page's heading, so that
//! a screen reader says where the visitor arrived and the next Tab starts there (WCAG 2.4.3). A page
//! another of the app's modules draws is [`Elsewhere`].

use leptos::prelude::*;

use crate::components::fresh::IntoFresh;
use crate::state::tasks::watch;
use wasm_bindgen::prelude::*;

use crate::nav::{use_nav, Away};

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

/// A page another of the app's modules draws (the shop's module at a checkout step): the page's boot
/// script is asked to show it ([`Away`]). Meanwhile "Loading the page…" (offline, until the connection
/// is back, as the app's reads wait); when that module cannot be loaded, that is said, with "Try again".
#[component]
pub fn Elsewhere() -> impl IntoView {
    use hostway_core::api::retry::{online, until_online};
    use hostway_core::i18n::{error, page};
    let failed = RwSignal::new(false);
    let (away, nav) = (use_context::<Away>(), use_nav());
    let agent = use_context::<crate::state::AppContext>().map(|app| app.agent);
    let order = use_context::<crate::state::order::OrderCtx>();
    let ask = move || {
        failed.set(false);
        let (away, nav) = (away.clone(), nav.clone());
        leptos::task::spawn_local(async move {
            loop {
                until_online().await;
                let Some(Away(away)) = &away else { break };
                // Gone meanwhile (the visitor went elsewhere in this module): nothing to show.
                let Some(address) = nav.here().try_get_untracked() else {
                    return;
                };
                // In the portal, the agent's accepted credentials go along (in memory).
                let args = js_sys::Array::of1(&address.into());
                let session = agent.and_then(|agent| agent.try_get_untracked().flatten());
                if let Some(session) = &session {
                    let (user, password) = session.credentials();
                    args.push(&user.into());
                    args.push(&password.into());
                }
                // The open order goes along too: the next module reads it at once.
                if let Some(order) = order {
                    crate::state::open_order::hand_over(order);
                }
                let asked = away.apply(&JsValue::NULL, &args);
                let Ok(promise) = asked else { break };
                let shown = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise));
                if shown.await.is_ok() {
                    return;
                }
                if online() {
                    break;
                }
            }
            failed.try_set(true);
        });
    };
    ask();
    move || match failed.get() {
        true => {
            let ask = ask.clone();
            view! {
                <div class="hw-notice hw-notice--error" role="alert" data-testid="not-opened">
                    <p>{page::PAGE_NOT_OPENED.text()}</p>
                    <button type="button" class="hw-button" on:click=move |_| ask()>{error::TRY_AGAIN.text()}</button>
                </div>
            }
            .fresh()
        }
        false => {
            view! { <p class="hw-notice" aria-busy="true">{page::LOADING_PAGE.text()}</p> }.fresh()
        }
    }
}
