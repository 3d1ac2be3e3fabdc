//! A catalog card on the DOM (the markup the catalog always had): name, category, description, the
//! headline price, "Choose".

use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

use super::entry::Entry;
use crate::dom::{add, attrs, el};
use crate::format::{cycle_text, format_in};
use crate::i18n::catalog;

/// One product's card: name, category, description, headline price, "Choose".
pub(super) fn card(doc: &Document, entry: &Entry) -> Result<Element, JsValue> {
    let id = entry.spec.id();
    let li = el(doc, "li", "hw-card hw-catalog__item", "")?;
    attrs(&li, &[("data-testid", "catalog-item"), ("data-spec", &id)])?;
    add(&li, el(doc, "h2", "hw-catalog__name", &entry.spec.name)?)?;
    add(&li, el(doc, "p", "hw-muted", &entry.spec.category)?)?;
    add(&li, el(doc, "p", "", &entry.spec.description)?)?;
    if let Some((money, currency, months)) = entry.from_price() {
        let price = catalog::FROM.fill(&[
            ("price", &format_in(&money, &currency, "")),
            ("period", &cycle_text(months)),
        ]);
        add(&li, el(doc, "p", "hw-catalog__price", &price)?)?;
    }
    let choose = add(
        &li,
        el(doc, "a", "hw-button", &(catalog::CHOOSE.text() + " "))?,
    )?;
    attrs(
        &choose,
        &[
            ("href", &format!("/products/{id}")),
            ("data-testid", "choose-product"),
        ],
    )?;
    add(
        &choose,
        el(doc, "span", "hw-visually-hidden", &entry.spec.name)?,
    )?;
    Ok(li)
}
