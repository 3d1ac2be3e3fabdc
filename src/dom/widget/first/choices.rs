//! The first stage's choices: the billing choice with its price, the service's, "Order now", and
//! "Continue your order" when the visitor has one in progress.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use crate::api::model::catalog::Offering;
use crate::dom::{add, attrs, el, select_field};
use crate::labels::offering_label;
use crate::prefill::Prefill;

use super::read::{open_order_size, Product};
use super::{document, hand_over, Shared};
use crate::i18n::{product, widget};

pub(super) fn show_choices(stage: &Shared, product: &Product) -> Result<(), JsValue> {
    let (root, settings) = {
        let s = stage.borrow();
        (s.root.clone(), s.settings.clone())
    };
    let doc = document(&root);
    add(&root, el(&doc, "h1", "", &product.spec.name)?)?;
    add(&root, el(&doc, "p", "", &product.spec.description)?)?;
    let form = el(&doc, "form", "hw-card hw-form", "")?;
    attrs(
        &form,
        &[
            ("novalidate", ""),
            ("data-testid", "widget-first"),
            (
                "aria-label",
                &widget::ORDER_NAMED.fill(&[("name", &product.spec.name)]),
            ),
        ],
    )?;
    add(&form, el(&doc, "h2", "", &product::ADD_TITLE.text())?)?;

    let offerings: Vec<(String, String)> = product
        .offerings
        .iter()
        .map(|o| (o.id(), offering_label(o, &settings.locale)))
        .collect();
    let default_offering = product
        .offerings
        .iter()
        .find(|o| o.default)
        .map(Offering::id)
        .unwrap_or_default();
    let wanted = if settings.offering.is_empty() {
        &default_offering
    } else {
        &settings.offering
    };
    add(
        &form,
        select_field(
            &doc,
            "add-offering",
            &product::BILLING.text(),
            &offerings,
            wanted,
        )?,
    )?;
    let services: Vec<(String, String)> = product
        .services
        .iter()
        .map(|s| (s.id(), s.name.clone()))
        .collect();
    // One service is no choice: the flow's form shows it.
    if services.len() > 1 {
        add(
            &form,
            select_field(
                &doc,
                "add-service",
                &product::SERVICE.text(),
                &services,
                &settings.service,
            )?,
        )?;
    }
    let failed = add(&form, el(&doc, "p", "", "")?)?;
    attrs(
        &failed,
        &[("data-testid", "widget-start-failed"), ("role", "alert")],
    )?;
    let actions = add(&form, el(&doc, "p", "hw-actions", "")?)?;
    let button = add(
        &actions,
        el(&doc, "button", "hw-button", &widget::ORDER_NOW.text())?,
    )?;
    attrs(
        &button,
        &[("type", "submit"), ("data-testid", "widget-start")],
    )?;
    offer_resume(stage, &actions, &failed);

    let weak = Rc::downgrade(stage);
    let form_el = form.clone();
    let form_target = form.clone();
    stage
        .borrow_mut()
        .listeners
        .on(&form_target, "submit", move |ev| {
            ev.prevent_default();
            let Some(stage) = weak.upgrade() else { return };
            if button.get_attribute("aria-disabled").as_deref() == Some("true") {
                return;
            }
            let value = |id: &str| {
                form_el
                    .query_selector(&format!("#{id}"))
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
                    .map(|s| s.value())
                    .unwrap_or_default()
            };
            let settings = stage.borrow().settings.clone();
            let query = Prefill(vec![
                ("offering".into(), value("add-offering")),
                ("service".into(), value("add-service")),
                ("cycle".into(), settings.billing_cycle.clone()),
            ])
            .query();
            let _ = button.set_attribute("aria-disabled", "true");
            hand_over(&stage, query, &button, &failed);
        })?;
    root.append_child(&form)?;
    if let Some(usable) = stage.borrow_mut().usable.take() {
        usable.call0(&JsValue::NULL)?;
    }
    Ok(())
}

/// When the visitor has an order in progress (an earlier visit of this or another page of the shop),
/// offers it beside "Order now": "Continue your order (2 items)" opens the flow at the cart. Read after
/// the choices are shown, so the stage is never slower for it.
fn offer_resume(stage: &Shared, actions: &Element, failed: &Element) {
    let api = stage.borrow().settings.api_base.clone();
    let (weak, actions, failed) = (Rc::downgrade(stage), actions.clone(), failed.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let Some((order_id, n)) = open_order_size(&api).await else {
            return;
        };
        let Some(stage) = weak.upgrade() else { return };
        if !actions.is_connected() {
            return;
        }
        let doc = document(&actions);
        let Ok(resume) = el(
            &doc,
            "button",
            "hw-button hw-button--secondary",
            &widget::CONTINUE.fill(&[("items", &widget::ITEMS.count(n))]),
        ) else {
            return;
        };
        let _ = attrs(
            &resume,
            &[("type", "button"), ("data-testid", "widget-resume")],
        );
        let _ = actions.append_child(&resume);
        let weak = Rc::downgrade(&stage);
        let button = resume.clone();
        let _ = stage.borrow_mut().listeners.on(&resume, "click", move |_| {
            let Some(stage) = weak.upgrade() else { return };
            if button.get_attribute("aria-disabled").as_deref() == Some("true") {
                return;
            }
            let _ = button.set_attribute("aria-disabled", "true");
            // The order found is handed over too: the flow does not look for it again.
            let query = format!("at=/order/items&order={order_id}");
            hand_over(&stage, query, &button, &failed);
        });
    });
}
