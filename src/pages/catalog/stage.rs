//! The customer's catalog stage: what `index.html` downloads first for `/` (its own small module,
//! `src/bin/catalog.rs`, without Leptos). It shows the page's frame (header, main, the footer's API
//! status) around the catalog's view. Any link into the rest of the app (a product's "Choose", "Your
//! order") hands over to the whole app: the boot script loads its module (fetched ahead when a link is
//! pointed at or focused), this stage is unmounted, the address becomes the link's and the app mounts
//! there. The order lives at the API and the search in the URL, so nothing else needs carrying over.
//!
//! The frame's markup is that of `components::frame` and `ApiHealth`, and the API status follows the
//! same rules (`api::health`), so the page looks and behaves the same before and after the hand-over.

use std::cell::RefCell;
use std::rc::Rc;

use send_wrapper::SendWrapper;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};

use super::CatalogView;
use crate::api::health::{self, Health, Indicator};
use crate::api::Client;
use crate::components::api_health::{level, message};
use crate::components::dom::{add, attrs, el, plain_click, Listeners};
use crate::config::Config;

/// The mounted stage; dropping it removes it from the page with its listeners.
pub struct Stage {
    app: Element,
    _catalog: CatalogView,
    _listeners: Listeners,
}

impl Drop for Stage {
    fn drop(&mut self) {
        self.app.remove();
    }
}

/// The footer's API status: the state and the elements that show it.
struct Status {
    health: RefCell<Health>,
    section: Element,
    message: Element,
    detail: Element,
}

#[derive(Clone)]
struct Shown(SendWrapper<Rc<Status>>);

impl Indicator for Shown {
    fn get(&self) -> Health {
        self.0.health.borrow().clone()
    }

    fn set(&self, h: Health) {
        let s = &self.0;
        let _ = s
            .section
            .set_attribute("class", &format!("hw-health hw-health--{}", level(&h)));
        let _ = s.section.set_attribute("data-state", &format!("{h:?}"));
        let said = message(&h);
        let wrong = !matches!(h, Health::Ok | Health::Checking);
        s.message.set_inner_html("");
        if wrong {
            let doc = s.message.owner_document().expect("a document");
            if let Ok(dot) = el(&doc, "span", "hw-health__dot", "") {
                let _ = dot.set_attribute("aria-hidden", "true");
                let _ = s.message.append_child(&dot);
            }
            let _ = s.message.append_with_str_1(&said);
        }
        s.detail.set_text_content(Some(&said));
        *s.health.borrow_mut() = h;
    }
}

/// Mounts the stage on `<body>`. `handover(href)` is the boot script's: it loads the app, then removes
/// this stage and mounts the app at `href`; its promise rejects when the app could not be loaded.
pub fn mount(handover: js_sys::Function) -> Result<Stage, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let doc = window.document().ok_or("no document")?;
    let config = Config::from_document();
    let app = el(&doc, "div", "hw-app", "")?;
    let skip = add(&app, el(&doc, "a", "hw-skip-link", "Skip to main content")?)?;
    skip.set_attribute("href", "#main")?;
    header(&doc, &app)?;
    let main = add(&app, el(&doc, "main", "hw-main", "")?)?;
    attrs(&main, &[("id", "main"), ("tabindex", "-1")])?;
    let (status, recheck_button) = footer(&doc, &app, &config.api_base)?;
    let client = health::observed(Client::new(config.api_base.clone()), status.clone());
    let mut listeners = Listeners::default();
    let recheck = {
        let (client, status) = (client.clone(), status.clone());
        move |_: web_sys::Event| health::recheck(&client, status.clone())
    };
    listeners.on(&recheck_button, "click", recheck.clone())?;
    listeners.on(&window, "online", recheck.clone())?;
    listeners.on(&window, "offline", recheck.clone())?;
    health::recheck(&client, status);

    let handover = SendWrapper::new(handover);
    let go: super::view::Go = Rc::new({
        let main = main.clone();
        move |href: &str| hand_over(&handover, &main, href)
    });
    let catalog = CatalogView::render(&main, client, go.clone())?;
    // The frame's links into the app hand over too; "Catalog" (this page) shows it unfiltered.
    listeners.on(&app, "click", {
        let catalog = catalog.clone();
        move |ev| {
            let Some(link) = ev
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest("header a[href]").ok().flatten())
            else {
                return;
            };
            let href = link.get_attribute("href").unwrap_or_default();
            if !plain_click(&ev) || link.get_attribute("rel").is_some() {
                return;
            }
            ev.prevent_default();
            if href == "/" {
                if let Ok(history) = web_sys::window().expect("a window").history() {
                    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some("/"));
                }
                catalog.follow_url();
            } else {
                go(&href);
            }
        }
    })?;
    doc.body().ok_or("no body")?.append_child(&app)?;
    Ok(Stage {
        app,
        _catalog: catalog,
        _listeners: listeners,
    })
}

/// Asks the boot script for the app at `href`; said in the page while it loads, and if it cannot.
fn hand_over(handover: &js_sys::Function, main: &Element, href: &str) {
    let doc = main.owner_document().expect("a document");
    let note = main
        .query_selector("[data-testid=handover]")
        .ok()
        .flatten()
        .or_else(|| {
            let note = el(&doc, "p", "hw-notice hw-handover", "").ok()?;
            attrs(&note, &[("role", "status"), ("data-testid", "handover")]).ok()?;
            main.prepend_with_node_1(&note).ok()?;
            Some(note)
        });
    let say = move |class: &str, text: &str| {
        if let Some(note) = &note {
            note.set_class_name(class);
            note.set_text_content(Some(text));
        }
    };
    say("hw-notice hw-handover", "Loading the page…");
    let promise = handover
        .call1(&JsValue::NULL, &href.into())
        .map(|p| p.unchecked_into::<js_sys::Promise>());
    wasm_bindgen_futures::spawn_local(async move {
        let opened = match promise {
            Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
            Err(_) => false,
        };
        // Once opened, the app stands in this stage's place: only a failure is said here.
        if !opened {
            say(
                "hw-notice hw-notice--error hw-handover",
                "This page could not be opened: the rest of the app did not load. Check your internet connection and try again.",
            );
        }
    });
}

fn header(doc: &Document, app: &Element) -> Result<(), JsValue> {
    let header = add(app, el(doc, "header", "hw-header", "")?)?;
    let inner = add(&header, el(doc, "div", "hw-header__inner", "")?)?;
    let brand = add(&inner, el(doc, "a", "hw-header__brand", "Hostway")?)?;
    brand.set_attribute("href", "/")?;
    let nav = add(&inner, el(doc, "nav", "hw-header__nav", "")?)?;
    nav.set_attribute("aria-label", "Main")?;
    let catalog = add(&nav, el(doc, "a", "", "Catalog")?)?;
    attrs(&catalog, &[("href", "/"), ("aria-current", "page")])?;
    let order = add(&nav, el(doc, "a", "", "Your order")?)?;
    attrs(
        &order,
        &[("href", "/order/items"), ("data-testid", "nav-order")],
    )?;
    // The agent portal is its own page: a plain link loads it.
    let agent = add(&nav, el(doc, "a", "", "Agents")?)?;
    attrs(
        &agent,
        &[
            ("href", "/agent"),
            ("rel", "external"),
            ("data-testid", "nav-agent"),
        ],
    )?;
    Ok(())
}

/// The footer with the API status (as `ApiHealth` shows it); returns it and its "Check again".
fn footer(doc: &Document, app: &Element, api_base: &str) -> Result<(Shown, Element), JsValue> {
    let footer = add(app, el(doc, "footer", "hw-footer", "")?)?;
    let inner = add(&footer, el(doc, "div", "hw-footer__inner", "")?)?;
    let section = add(&inner, el(doc, "section", "", "")?)?;
    attrs(
        &section,
        &[
            ("aria-label", "Ordering API status"),
            ("data-testid", "api-health"),
        ],
    )?;
    let message = add(&section, el(doc, "p", "hw-health__message", "")?)?;
    attrs(
        &message,
        &[("role", "status"), ("data-testid", "api-health-message")],
    )?;
    let details = add(&section, el(doc, "details", "hw-health__details", "")?)?;
    details.set_attribute("data-testid", "api-diagnostics")?;
    add(&details, el(doc, "summary", "", "Connection details")?)?;
    let base = add(&details, el(doc, "p", "", "Ordering API: ")?)?;
    let code = add(&base, el(doc, "code", "hw-health__base", api_base)?)?;
    code.set_attribute("data-testid", "api-base")?;
    let detail = add(&details, el(doc, "p", "", "")?)?;
    let retry = add(
        &details,
        el(doc, "button", "hw-health__retry", "Check again")?,
    )?;
    retry.set_attribute("type", "button")?;
    let shown = Shown(SendWrapper::new(Rc::new(Status {
        health: RefCell::new(Health::Checking),
        section,
        message,
        detail,
    })));
    shown.set(Health::Checking);
    Ok((shown, retry))
}
