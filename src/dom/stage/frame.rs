//! The stage's frame, as the apps' `Header` and `Footer` draw it: the header's links, and the footer's
//! API status (its state kept here, its words and when they are said from `api::health`).

use std::cell::RefCell;
use std::rc::Rc;

use send_wrapper::SendWrapper;
use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

use crate::api::health::{level, message, said_to_customers, Health, Indicator};
use crate::dom::{add, attrs, el};
use crate::i18n::{self, choice, health, page};
use hostway_core::site;

/// The footer's API status: the state and the elements that show it.
struct Status {
    health: RefCell<Health>,
    section: Element,
    message: Element,
    detail: Element,
}

#[derive(Clone)]
pub struct Shown(SendWrapper<Rc<Status>>);

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
        let wrong = said_to_customers(&h, false);
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

/// The header every page shows, as the apps' `Header` draws it (a component test compares them).
pub fn header(doc: &Document, app: &Element) -> Result<(), JsValue> {
    let header = add(app, el(doc, "header", "hw-header", "")?)?;
    let inner = add(&header, el(doc, "div", "hw-header__inner", "")?)?;
    // As the apps' header: the link to the page shown, and to the part of the site it is in, marked.
    let here = doc
        .location()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    let link = |parent: &Element, class: &str, text: &str, place: site::Place| {
        let a = add(parent, el(doc, "a", class, text)?)?;
        a.set_attribute("href", place.0)?;
        if let Some(current) = site::current(&here, place) {
            a.set_attribute("aria-current", current)?;
        }
        Ok::<_, JsValue>(a)
    };
    link(&inner, "hw-header__brand", &page::BRAND.text(), site::HOME)?;
    let nav = add(&inner, el(doc, "nav", "hw-header__nav", "")?)?;
    nav.set_attribute("aria-label", &page::MAIN_NAV.text())?;
    link(&nav, "", &page::CATALOG.text(), site::CATALOG)?;
    link(&nav, "", &page::YOUR_ORDER.text(), site::ORDER)?
        .set_attribute("data-testid", "nav-order")?;
    // The agent portal is its own page: a plain link loads it.
    let agent = link(&nav, "", &page::AGENTS.text(), site::AGENTS)?;
    attrs(&agent, &[("rel", "external"), ("data-testid", "nav-agent")])?;
    Ok(())
}

/// The footer with the API status (as `ApiHealth` shows it) and the language switcher (as `Language`;
/// a component test compares them): returns the status, to be set as the health check learns, its
/// "Check again" and the switcher's select.
pub fn footer(
    doc: &Document,
    app: &Element,
    api_base: &str,
) -> Result<(Shown, Element, Option<Element>), JsValue> {
    let footer = add(app, el(doc, "footer", "hw-footer", "")?)?;
    let inner = add(&footer, el(doc, "div", "hw-footer__inner", "")?)?;
    let section = add(&inner, el(doc, "section", "", "")?)?;
    attrs(
        &section,
        &[
            ("aria-label", &health::LABEL.text()),
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
    add(&details, el(doc, "summary", "", &health::DETAILS.text())?)?;
    let base = add(&details, el(doc, "p", "", &(health::API.text() + " "))?)?;
    let code = add(&base, el(doc, "code", "hw-health__base", api_base)?)?;
    code.set_attribute("data-testid", "api-base")?;
    let detail = add(&details, el(doc, "p", "", "")?)?;
    let retry = add(
        &details,
        el(
            doc,
            "button",
            "hw-health__retry",
            &health::CHECK_AGAIN.text(),
        )?,
    )?;
    retry.set_attribute("type", "button")?;
    let shown = Shown(SendWrapper::new(Rc::new(Status {
        health: RefCell::new(Health::Checking),
        section,
        message,
        detail,
    })));
    shown.set(Health::Checking);
    Ok((shown, retry, language(doc, &inner)?))
}

/// The language switcher (as the apps' `Language` draws it), on a page that installed a language;
/// returns its select.
fn language(doc: &Document, parent: &Element) -> Result<Option<Element>, JsValue> {
    if !i18n::installed() {
        return Ok(None);
    }
    let here = choice::language(&i18n::locale());
    let div = add(parent, el(doc, "div", "hw-footer__language", "")?)?;
    add(&div, el(doc, "label", "", &page::LANGUAGE.text())?)?
        .set_attribute("for", "hw-language")?;
    let select = add(&div, el(doc, "select", "", "")?)?;
    attrs(
        &select,
        &[("id", "hw-language"), ("data-testid", "language")],
    )?;
    for (lang, name) in choice::SPOKEN {
        let option = add(&select, el(doc, "option", "", name)?)?;
        attrs(&option, &[("value", lang), ("lang", lang)])?;
        if lang == here {
            option.set_attribute("selected", "")?;
        }
    }
    Ok(Some(select))
}
