//! What both stages of the embeddable widget share, without a renderer: the shadow root and its
//! adopted stylesheet, the host's attributes ([`Settings`]), the `hostway:ready`/`hostway:error`
//! announcement, and [`Mounted`], which removes a stage or the flow with everything it started. The
//! first stage is [`first`]; the ordering flow is the Leptos app's (`hostway_order::widget`).

use std::any::Any;
use std::cell::RefCell;

use wasm_bindgen::JsValue;

use crate::events;

pub mod css;
pub mod first;
mod settings;
pub use settings::Settings;

/// A mounted widget; dropping it unmounts the view and stops everything it started.
pub struct Mounted {
    view: Option<Box<dyn Any>>,
    root: web_sys::Element,
}

impl Mounted {
    /// `view` (whatever keeps the stage or the flow alive) in `root`, removed together.
    pub fn new(view: Box<dyn Any>, root: web_sys::Element) -> Self {
        Self {
            view: Some(view),
            root,
        }
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.view.take();
        self.root.remove();
    }
}

thread_local! {
    /// One constructed stylesheet per stylesheet text (each module has one or two: a list, not a map,
    /// whose hashing each widget module would carry).
    static SHEETS: RefCell<Vec<(usize, web_sys::CssStyleSheet)>> = const { RefCell::new(Vec::new()) };
}

fn sheet(css: &'static str) -> Result<web_sys::CssStyleSheet, JsValue> {
    let key = css.as_ptr() as usize;
    let known = SHEETS.with(|s| {
        s.borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, sheet)| sheet.clone())
    });
    if let Some(sheet) = known {
        return Ok(sheet);
    }
    let sheet = web_sys::CssStyleSheet::new()?;
    sheet.replace_sync(css)?;
    SHEETS.with(|s| s.borrow_mut().push((key, sheet.clone())));
    Ok(sheet)
}

/// The widget's root element in `host`'s open shadow root, which adopts `css`; in the host's language
/// when it names one.
pub fn root_in(
    host: &web_sys::HtmlElement,
    css: &'static str,
    settings: &Result<Settings, String>,
) -> Result<web_sys::Element, JsValue> {
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
    };
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet(css)?.into()));
    let document = host
        .owner_document()
        .ok_or("the host element has no document")?;
    let root = document.create_element("div")?;
    root.set_class_name("hw-widget");
    shadow.append_child(&root)?;
    if let Some(locale) = settings.as_ref().ok().filter(|s| !s.locale.is_empty()) {
        root.set_attribute("lang", &locale.locale)?;
    }
    Ok(root)
}

/// Tells the shop's page the widget is mounted (`hostway:ready`), or why not (`hostway:error`).
pub fn announce(host: &web_sys::HtmlElement, settings: &Result<Settings, String>) {
    match settings {
        Ok(s) => events::dispatch_pairs(
            host,
            events::READY,
            &[
                ("product", Some(&s.product)),
                ("offering", Some(&s.offering)),
                ("billingCycle", Some(&s.billing_cycle)),
                ("apiBase", Some(&s.api_base)),
            ],
        ),
        Err(problem) => events::dispatch_pairs(
            host,
            events::ERROR,
            &[
                ("message", Some(problem)),
                ("status", None),
                ("orderId", None),
            ],
        ),
    }
}

/// What a host with unusable attributes shows, in `root` (the shop's developer reads it): drawn here
/// for both stages.
pub fn misconfigured(root: &web_sys::Element, problem: &str) -> Result<(), JsValue> {
    let doc = root.owner_document().ok_or("the root has no document")?;
    let text = crate::i18n::widget::MISCONFIGURED.fill(&[("problem", problem)]);
    let p = crate::dom::add(
        root,
        crate::dom::el(&doc, "p", "hw-notice hw-notice--error", &text)?,
    )?;
    crate::dom::attrs(
        &p,
        &[("role", "alert"), ("data-testid", "widget-misconfigured")],
    )
}
