//! The cart's tools for an email domain: a domain alias (a service related to it) and forwarders, each
//! form's rules checked at its fields before any request.

use leptos::prelude::*;

use crate::api::items::{self, NewService};
use crate::api::model::account::OrderService;
use crate::api::model::ServiceKind;
use crate::api::ApiError;
use crate::components::error_summary::problem_of;
use crate::components::{ErrorSummary, Problem, TextField};
use crate::state::order::use_order;
use crate::state::use_app;

/// For an email domain: add a domain alias (a service related to it) and forwarders.
#[component]
pub fn EmailDomainTools(product_id: String, service: OrderService) -> impl IntoView {
    let app = use_app();
    let order = use_order();
    let service_id = service.id();
    let alias = RwSignal::new(String::new());
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let ids = format!("{product_id}-{}", service.id());
    let (alias_id, from_id, to_id) = (
        format!("alias-{ids}"),
        format!("fw-from-{ids}"),
        format!("fw-to-{ids}"),
    );
    // The API's answer to the last request goes to the field of the form that sent it.
    let sent = RwSignal::new("alias");
    let run = Action::new_local({
        let (app, product_id, service_id, domain) = (
            app.clone(),
            product_id.clone(),
            service_id.clone(),
            service.name.clone(),
        );
        move |kind: &&'static str| {
            let (app, product_id, service_id, domain, kind) = (
                app.clone(),
                product_id.clone(),
                service_id.clone(),
                domain.clone(),
                *kind,
            );
            async move {
                let id = order.id.get_untracked().unwrap_or_default();
                if kind == "alias" {
                    let alias = alias.get_untracked().trim().to_ascii_lowercase();
                    let attributes = ServiceKind::EmailAlias.base_attributes(&alias);
                    let new = NewService {
                        name: alias,
                        service_specification: items::service_spec_href(
                            &app.client(),
                            &ServiceKind::EmailAlias.spec_id(),
                        ),
                        billing_cycle: service.billing_cycle,
                        related_to: vec![items::service_href(
                            &app.client(),
                            &id,
                            &product_id,
                            &service_id,
                        )],
                        attributes,
                    };
                    items::add_service(&app.client(), &id, &product_id, &new).await?;
                } else {
                    let mut attrs =
                        items::attributes(&app.client(), &id, &product_id, &service_id).await?;
                    attrs
                        .entry("domain")
                        .or_insert_with(|| serde_json::json!(domain));
                    let mut list = attrs
                        .get("forwarders")
                        .and_then(|v| v.as_array().cloned())
                        .unwrap_or_default();
                    list.push(serde_json::json!({"from": from.get_untracked().trim(), "to": to.get_untracked().trim()}));
                    attrs.insert("forwarders".into(), serde_json::Value::Array(list));
                    items::put_attributes(&app.client(), &id, &product_id, &service_id, &attrs)
                        .await?;
                }
                order.touch();
                Ok::<_, ApiError>(kind)
            }
        }
    });
    Effect::new({
        let (alias_id, from_id) = (alias_id.clone(), from_id.clone());
        move |_| match run.value().get() {
            Some(Ok("alias")) => alias.set(String::new()),
            Some(Ok(_)) => {
                from.set(String::new());
                to.set(String::new());
            }
            Some(Err(e)) => {
                let message = match e.fault() {
                    Some(f) if !f.details.is_empty() => {
                        f.details.values().cloned().collect::<Vec<_>>().join(" ")
                    }
                    _ => e.to_string(),
                };
                let anchor = if sent.get_untracked() == "alias" {
                    &alias_id
                } else {
                    &from_id
                };
                problems.set(vec![Problem::new(anchor.clone(), message)]);
            }
            None => {}
        }
    });
    let submit = {
        let (alias_id, from_id, to_id, domain) = (
            alias_id.clone(),
            from_id.clone(),
            to_id.clone(),
            service.name.clone(),
        );
        move |kind: &'static str| {
            let found: Vec<Problem> = if kind == "alias" {
                let a = alias.get_untracked();
                let check = crate::rules::domain_name(&a).and_then(|_| {
                    if a.trim().eq_ignore_ascii_case(&domain) {
                        // The API's own words for this conflict (409).
                        Err("Cannot create domain alias to the same domain name.".into())
                    } else {
                        Ok(())
                    }
                });
                check
                    .err()
                    .map(|e| Problem::new(alias_id.clone(), e))
                    .into_iter()
                    .collect()
            } else {
                [
                    (&from_id, crate::rules::required(&from.get_untracked())),
                    (&to_id, crate::rules::email(&to.get_untracked())),
                ]
                .into_iter()
                .filter_map(|(id, r)| r.err().map(|e| Problem::new(id.clone(), e)))
                .collect()
            };
            let ok = found.is_empty();
            problems.set(found);
            if ok && !run.pending().get_untracked() {
                sent.set(kind);
                run.dispatch(kind);
            }
        }
    };
    let err = move |anchor: &String| {
        let anchor = anchor.clone();
        Signal::derive(move || problems.with(|p| problem_of(p, &anchor)))
    };
    view! {
        <div class="hw-card" data-testid="email-tools">
            <ErrorSummary problems=problems/>
            <TextField id=alias_id.clone() label="Add a domain alias" value=alias error=err(&alias_id) hint="Another domain whose mail arrives here, like my-shop.net"/>
            <button type="button" class="hw-button hw-button--secondary" data-testid="alias-add" aria-busy=move || run.pending().get().then_some("true") on:click={
                let submit = submit.clone();
                move |_| submit("alias")
            }>{move || if run.pending().get() { "Adding…" } else { "Add alias" }}</button>
            <TextField id=from_id.clone() label="Forward mailbox (user name)" value=from error=err(&from_id)/>
            <TextField id=to_id.clone() label="to the address" kind="email" value=to error=err(&to_id)/>
            <button type="button" class="hw-button hw-button--secondary" data-testid="forward-add" aria-busy=move || run.pending().get().then_some("true")
                on:click=move |_| submit("forward")>{move || if run.pending().get() { "Adding…" } else { "Add forwarder" }}</button>
        </div>
    }
}
