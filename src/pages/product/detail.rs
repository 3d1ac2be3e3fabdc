//! A product's page once its specification is read: its choices, prices and form, and adding it.

use leptos::prelude::*;

use crate::state::tasks::watch;
use wasm_bindgen::JsCast;

use crate::components::error_summary::problem_of;
use crate::components::money::{cycle_text, Locale};
use crate::components::{use_form, CookieFallback, ErrorSummary, Problem, SelectField, TextField};
use crate::nav::use_nav;
use crate::state::events;
use crate::state::order::use_order;
use crate::state::{drafts, use_app};
use hostway_core::api::model::catalog::{Offering, ServiceSpec};
use hostway_core::api::model::{NameIs, ServiceKind};
use hostway_core::api::ApiError;
use hostway_core::i18n::product;
use hostway_core::rules;

use super::{
    add_to_order, check, offering_label, problems_from, service_label, AddForm, Detail, Prefill,
};

#[component]
pub(super) fn ProductDetail(detail: Detail, prefill: Prefill, focus: bool) -> impl IntoView {
    let app = use_app();
    let order = use_order();
    let spec_id = detail.spec.id();
    let draft_key = format!("add.{spec_id}");
    let from_url = |k: &str| prefill.get(k);
    let draft: AddForm = drafts::load(&draft_key).unwrap_or_default();
    let default_offering = detail
        .offerings
        .iter()
        .find(|o| o.default)
        .or(detail.offerings.first())
        .map(Offering::id)
        .unwrap_or_default();
    let first_service = detail
        .services
        .first()
        .map(ServiceSpec::id)
        .unwrap_or_default();
    let pick = |url: Option<String>, draft: &str, fallback: String| {
        url.or_else(|| (!draft.is_empty()).then(|| draft.to_string()))
            .unwrap_or(fallback)
    };
    let offering = RwSignal::new(pick(
        from_url("offering"),
        &draft.offering,
        default_offering,
    ));
    let service = RwSignal::new(pick(from_url("service"), &draft.service, first_service));
    let name = RwSignal::new(pick(from_url("name"), &draft.name, String::new()));
    let promo = RwSignal::new(pick(from_url("promo"), &draft.promo, String::new()));
    let operation = RwSignal::new(pick(
        from_url("operation"),
        &draft.operation,
        "register".into(),
    ));
    let us_nexus = RwSignal::new(pick(from_url("us_nexus"), &draft.us_nexus, String::new()));
    let us_purpose = RwSignal::new(pick(
        from_url("us_purpose"),
        &draft.us_purpose,
        String::new(),
    ));
    let nameservers = RwSignal::new(pick(
        from_url("nameservers"),
        &draft.nameservers,
        String::new(),
    ));
    let services = StoredValue::new(detail.services.clone());
    let default_cycle = move |svc: &str| {
        services
            .with_value(|s| {
                s.iter()
                    .find(|x| x.id() == svc)
                    .and_then(ServiceSpec::default_cycle)
            })
            .map(|c| c.to_string())
            .unwrap_or_default()
    };
    let cycle = RwSignal::new(pick(
        from_url("cycle"),
        &draft.cycle,
        default_cycle(&service.get_untracked()),
    ));
    // One question per decision: where the service can be billed on the plan's own period (hosting,
    // email…), the plan's period is the service's too, and the customer is not asked twice. A domain's
    // registration period stays its own question.
    let offerings = StoredValue::new(detail.offerings.clone());
    let tied_cycle = move || {
        let (svc, off) = (service.get(), offering.get());
        if ServiceKind::of(&svc).is_registration() {
            return None;
        }
        let period =
            offerings.with_value(|o| o.iter().find(|x| x.id() == off).map(|x| x.billing_period))?;
        services
            .with_value(|s| {
                s.iter()
                    .find(|x| x.id() == svc)
                    .is_some_and(|x| x.billing_cycles.iter().any(|c| c.billing_cycle == period))
            })
            .then_some(period)
    };
    let form = move || AddForm {
        offering: offering.get(),
        service: service.get(),
        name: name.get(),
        cycle: tied_cycle().map_or_else(|| cycle.get(), |p| p.to_string()),
        promo: promo.get(),
        operation: operation.get(),
        us_nexus: us_nexus.get(),
        us_purpose: us_purpose.get(),
        nameservers: nameservers.get(),
    };
    drafts::keep(draft_key.clone(), form);
    let nav = use_nav();
    let spec_for_add = spec_id.clone();
    let auth_info = RwSignal::new(String::new());
    let key = draft_key.clone();
    // The cart as the API holds it (read once and shared with the order's views): a domain already in
    // the order is said at its field, not added as a second line.
    let cart = order.use_cart(app.client());
    let add = use_form(
        move |(f, code): &(AddForm, String)| {
            let mut found = check(f);
            let held = cart
                .get_untracked()
                .or_else(|| order.latest_cart())
                .and_then(Result::ok)
                .unwrap_or_default();
            if let Some(name) = super::add::already_in(&held, f) {
                found.push(Problem::new(
                    "add-name",
                    format!("{name} is already in your order. Enter another name, or change it in your cart."),
                ));
            }
            if f.operation == "transfer" && ServiceKind::of(&f.service).is_registration() {
                if let Err(e) = rules::required(code) {
                    found.push(Problem::new(
                        "add-authInfo",
                        format!("{e} A transfer needs the code from your current registrar."),
                    ));
                }
            }
            found
        },
        move |(f, code): (AddForm, String)| {
            let (app, spec, key, nav) =
                (app.clone(), spec_for_add.clone(), key.clone(), nav.clone());
            async move {
                let added = add_to_order(&app, order, &spec, &f, &code).await;
                match &added {
                    Ok(()) => {
                        drafts::clear(&key);
                        nav.go("/order/items");
                    }
                    // The shop's page hears of it (the widget's `hostway:error`).
                    Err(e) => events::emit(events::ERROR, events::error_detail(e, None)),
                }
                added
            }
        },
        {
            // In a shop's widget the cookie fallback says it, with the way on: not said twice.
            let in_widget = use_nav().is_widget();
            move |e: &ApiError| match e {
                ApiError::CookiesRefused if in_widget => Vec::new(),
                _ => problems_from(e),
            }
        },
    );
    let problems = add.problems;
    let submit = add.on_submit(move || (form(), auth_info.get_untracked()));
    let locale = use_context::<Locale>().unwrap_or_default().0;
    let offering_options: Vec<(String, String)> = detail
        .offerings
        .iter()
        .map(|o| (o.id(), offering_label(o, &locale)))
        .collect();
    let service_options = {
        let (locale, specs) = (locale.clone(), detail.services.clone());
        Signal::derive(move || {
            let off = offering.get();
            offerings.with_value(|all| {
                let chosen = all.iter().find(|o| o.id() == off);
                specs
                    .iter()
                    .map(|s| (s.id(), service_label(&s.name, &s.id(), chosen, &locale)))
                    .collect::<Vec<_>>()
            })
        })
    };
    let cycle_options = Signal::derive(move || {
        let svc = service.get();
        services.with_value(|s| {
            s.iter()
                .find(|x| x.id() == svc)
                .map(|x| {
                    x.billing_cycles
                        .iter()
                        .map(|c| (c.billing_cycle.to_string(), cycle_text(c.billing_cycle)))
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    let err = move |anchor: &'static str| {
        Signal::derive(move || problems.with(|p| problem_of(p, anchor)))
    };
    let kind = Memo::new(move |_| service.with(|s| ServiceKind::of(s)));
    let is_dnr = move || kind.with(ServiceKind::is_registration);
    let is_us = move || kind.with(ServiceKind::needs_us_parameters);
    let fallback = {
        let (nav, spec) = (use_nav(), spec_id.clone());
        Signal::derive(move || {
            let prefill = form().prefill();
            nav.href(&format!("/products/{spec}?{}", prefill.query()))
        })
    };
    let form_ref = NodeRef::<leptos::html::Form>::new();
    if focus {
        watch(move || {
            let field = form_ref
                .get()
                .and_then(|f| f.query_selector("input:not([type=hidden])").ok().flatten());
            if let Some(field) = field.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = field.focus();
            }
        });
    }
    let product_name = detail.spec.name.clone();
    crate::components::page::title(move || product_name.clone());
    view! {
        <h1>{detail.spec.name.clone()}</h1>
        <p>{detail.spec.description.clone()}</p>
        <CookieFallback href=fallback/>
        <ErrorSummary problems=problems/>
        <form class="hw-card hw-form" on:submit=submit novalidate data-testid="add-form" node_ref=form_ref
            aria-label=product::ADD_NAMED.fill(&[("name", &detail.spec.name)])>
            <h2>{product::ADD_TITLE.text()}</h2>
            <SelectField id="add-offering" label=product::BILLING.text() value=offering options=Signal::derive(move || offering_options.clone()) error=err("add-offering")/>
            <SelectField id="add-service" label=product::SERVICE.text() value=service options=service_options error=err("add-service")/>
            // The name is asked in the words of the chosen service ("Domain name to host", "Mailbox user name").
            {move || {
                let kind = ServiceKind::of(&service.get());
                let hint = match kind.name_is() {
                    NameIs::Domain => product::HINT_DOMAIN.text(),
                    NameIs::Text => product::HINT_TEXT.text(),
                };
                view! { <TextField id="add-name" label=kind.name_label() value=name error=err("add-name") hint=hint/> }
            }}
            {move || is_dnr().then(|| view! {
                <SelectField id="add-operation" label=product::OPERATION.text() value=operation
                    options=Signal::derive(|| vec![("register".to_string(), product::REGISTER.text()), ("transfer".to_string(), product::TRANSFER.text())])/>
            })}
            {move || (is_dnr() && operation.get() == "transfer").then(|| view! {
                <TextField id="add-authInfo" label=product::AUTH_CODE.text() value=auth_info error=err("add-authInfo")/>
            })}
            {move || is_dnr().then(|| view! {
                <TextField id="add-nameservers" label=product::NAMESERVERS.text() value=nameservers error=err("add-nameservers")
                    hint=product::NAMESERVERS_HINT.text()/>
            })}
            {move || is_us().then(|| view! {
                <SelectField id="add-us-nexus" label=product::US_NEXUS.text() value=us_nexus error=err("add-us-nexus")
                    options=Signal::derive(|| choices(&[("", product::CHOOSE), ("C11", product::NEXUS_C11), ("C12", product::NEXUS_C12), ("C21", product::NEXUS_C21), ("C31", product::NEXUS_C31), ("C32", product::NEXUS_C32)]))/>
                <SelectField id="add-us-purpose" label=product::US_PURPOSE.text() value=us_purpose error=err("add-us-purpose")
                    options=Signal::derive(|| choices(&[("", product::CHOOSE), ("P1", product::PURPOSE_P1), ("P2", product::PURPOSE_P2), ("P3", product::PURPOSE_P3), ("P4", product::PURPOSE_P4), ("P5", product::PURPOSE_P5)]))/>
            })}
            {move || tied_cycle().is_none().then(|| view! {
                <SelectField id="add-cycle" label=if is_dnr() { product::REGISTRATION_PERIOD.text() } else { product::BILLING_CYCLE.text() }
                    value=cycle options=cycle_options error=err("add-cycle")/>
            })}
            <TextField id="add-promo" label=product::PROMO.text() value=promo error=err("add-promo")/>
            <p id="add-submit">
                <button type="submit" class="hw-button" data-testid="add-to-order" aria-disabled=move || add.pending().get().to_string()>
                    {add.label(product::ADD.text(), product::ADDING.text())}
                </button>
            </p>
        </form>
    }
}

/// A select's options from codes and the catalogue's words for them.
fn choices(options: &[(&str, hostway_core::i18n::Text)]) -> Vec<(String, String)> {
    options
        .iter()
        .map(|(code, words)| (code.to_string(), words.text()))
        .collect()
}
