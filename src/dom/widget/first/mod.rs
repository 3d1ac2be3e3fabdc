//! The widget's first stage: what a shop's page shows before its customer starts ordering. The product,
//! its billing choices with their prices, its service, and one button, "Order now". It is its own small
//! module (`src/dom/bin/widget.rs`); the ordering flow (`src/bin/widget_flow.rs`) is loaded by `widget.js`
//! when the customer presses the button (and fetched ahead when they point at or focus the widget), then
//! mounted in its place with what was chosen.
//!
//! Why no Leptos here: this view is static once the catalog is read (one select, one button), and a
//! shop pays for every byte of it on every page view. Leptos's runtime and view code made it 134 KB gzip;
//! built on the DOM directly it fits the widget's 80 KB budget (see the README's figures). It reads the
//! catalog with the app's wire types and labels its prices with the app's own `offering_label`, so both
//! stages say the same thing. The markup is the product form's (`hw-field`, `#add-offering`), so the shop's
//! theme applies to both alike.
//!
//! Nothing here writes to the API: the order is only created by the flow, so a visitor who never orders
//! costs the API three catalog reads and one look for an order in progress (`GET /order`, a 404 for a
//! new visitor; with an order, its products are read to offer "Continue your order").

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};

use super::{Mounted, Settings};
use crate::dom::{add, attrs, el, Listeners};
use crate::i18n::{error, page, widget};

mod choices;
mod read;
use choices::show_choices;
use read::{load, Failure};

/// The first stage's stylesheet: what its view uses, and the widget's root rules.
pub(super) const RAW_CSS: &str = concat!(
    include_str!("../../../../style/tokens.css"),
    include_str!("../../../../style/layout.css"),
    include_str!("../../../../style/forms.css"),
    include_str!("../../../../style/widget.css"),
);
pub(super) const CSS: &str = crate::minified!(RAW_CSS);

/// What a mounted first stage keeps: its root and the listeners its elements call.
struct Stage {
    root: Element,
    settings: Settings,
    start: js_sys::Function,
    /// `widget.js`'s, called once the choices are shown (it then fetches the flow ahead).
    usable: Option<js_sys::Function>,
    listeners: Listeners,
}

type Shared = Rc<RefCell<Stage>>;

/// Mounts the first stage into `host`. `start` is `widget.js`'s: called with the chosen choices as a
/// query (`offering=USD-12&service=…`), it loads the ordering flow and mounts it here instead; its
/// promise rejects when the flow could not be loaded. `usable()` is called once the choices are shown.
pub fn mount(
    host: web_sys::HtmlElement,
    start: js_sys::Function,
    usable: Option<js_sys::Function>,
) -> Result<Mounted, JsValue> {
    let settings = Settings::from_attributes(|name| host.get_attribute(name));
    let root = super::root_in(&host, CSS, &settings)?;
    super::announce(&host, &settings);
    let stage = match settings {
        Ok(settings) => {
            let stage = Rc::new(RefCell::new(Stage {
                root: root.clone(),
                settings,
                start,
                usable,
                listeners: Listeners::default(),
            }));
            show_catalog(&stage);
            Some(stage)
        }
        Err(problem) => {
            super::misconfigured(&root, &problem)?;
            None
        }
    };
    Ok(Mounted::new(Box::new(stage), root))
}

fn document(root: &Element) -> Document {
    root.owner_document()
        .expect("a mounted root has a document")
}

/// Shows "Loading…", reads the product, then shows its choices or what went wrong.
fn show_catalog(stage: &Shared) {
    let (root, api, id) = {
        let s = stage.borrow();
        (
            s.root.clone(),
            s.settings.api_base.clone(),
            s.settings.product.clone(),
        )
    };
    root.set_inner_html("");
    if let Ok(p) = el(&document(&root), "p", "", &page::LOADING.text()) {
        let _ = p.set_attribute("aria-busy", "true");
        let _ = root.append_child(&p);
    }
    let stage = Rc::clone(stage);
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = load(&api, &id).await;
        // Unmounted meanwhile: the root left the page, nothing to show.
        if !root.is_connected() {
            return;
        }
        root.set_inner_html("");
        // The elements they were on are gone (not from inside a listener: this runs later).
        stage.borrow_mut().listeners = Listeners::default();
        let shown = match loaded {
            Ok(product) => show_choices(&stage, &product),
            Err(failure) => show_failure(&stage, failure),
        };
        if let Err(e) = shown {
            web_sys::console::warn_2(&"hostway widget:".into(), &e);
        }
    });
}

fn show_failure(stage: &Shared, failure: Failure) -> Result<(), JsValue> {
    let root = stage.borrow().root.clone();
    let doc = document(&root);
    let notice = add(&root, el(&doc, "div", "hw-notice hw-notice--error", "")?)?;
    attrs(
        &notice,
        &[("role", "alert"), ("data-testid", "product-error")],
    )?;
    add(&notice, el(&doc, "p", "", &failure.text())?)?;
    if failure != Failure::NotFound {
        let retry = add(
            &notice,
            el(&doc, "button", "hw-button", &error::TRY_AGAIN.text())?,
        )?;
        attrs(&retry, &[("type", "button"), ("data-testid", "try-again")])?;
        let again = Rc::downgrade(stage);
        stage.borrow_mut().listeners.on(&retry, "click", move |_| {
            if let Some(stage) = again.upgrade() {
                show_catalog(&stage);
            }
        })?;
    }
    Ok(())
}

/// Asks `widget.js` to mount the flow with `query` (the choices, or where to open it). `button` says it
/// is opening; when the flow could not be loaded, `button` is pressable again with its words, and
/// `failed` says what happened.
fn hand_over(stage: &Shared, query: String, button: &Element, failed: &Element) {
    let words = button.text_content().unwrap_or_default();
    button.set_text_content(Some(&widget::OPENING.text()));
    failed.set_class_name("");
    failed.set_text_content(None);
    let promise = stage
        .borrow()
        .start
        .call1(&JsValue::NULL, &query.into())
        .map(|p| p.unchecked_into::<js_sys::Promise>());
    let (button, failed) = (button.clone(), failed.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = match promise {
            Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
            Err(_) => false,
        };
        // Once loaded, the flow stands in this stage's place: only a failure is said here.
        if !loaded {
            let _ = button.remove_attribute("aria-disabled");
            button.set_text_content(Some(&words));
            failed.set_class_name("hw-notice hw-notice--error");
            failed.set_text_content(Some(&widget::NOT_OPENED.fill(&[("button", &words)])));
        }
    });
}
