//! The cart's tools for an email domain: a domain alias (a service related to it) and forwarders, each
//! form's rules checked at its fields before any request.

use leptos::prelude::*;

use crate::api::items::{self, NewService};
use crate::api::model::account::OrderService;
use crate::api::model::ServiceKind;
use crate::api::ApiError;
use crate::components::error_summary::problem_of;
use crate::components::{use_form, ErrorSummary, Problem, TextField};
use crate::state::order::use_order;
use crate::state::use_app;

/// For an email domain: add a domain alias (a service related to it) and forwarders.
#[component]
pub fn EmailDomainTools(product_id: String, service: OrderService) -> impl IntoView {
    let app = use_app();
    let order = use_order();
    let service_id = service.id();
    let domain = service.name.clone();
    let group_label = format!("Aliases and forwarders of {domain}");
    let alias = RwSignal::new(String::new());
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let ids = format!("{product_id}-{service_id}");
    let (alias_id, from_id, to_id) = (
        format!("alias-{ids}"),
        format!("fw-from-{ids}"),
        format!("fw-to-{ids}"),
    );
    /// The API's refusal in words, at `anchor`.
    fn refused(anchor: String) -> impl Fn(&ApiError) -> Vec<Problem> {
        move |e| {
            let message = match e.fault() {
                Some(f) if !f.details.is_empty() => {
                    f.details.values().cloned().collect::<Vec<_>>().join(" ")
                }
                _ => e.to_string(),
            };
            vec![Problem::new(anchor.clone(), message)]
        }
    }
    // An alias: a service related to the email domain.
    let alias_form = {
        let (app, product_id, service_id, domain, anchor) = (
            app.clone(),
            product_id.clone(),
            service_id.clone(),
            domain.clone(),
            alias_id.clone(),
        );
        use_form(
            move |a: &String| {
                let check = crate::rules::domain_name(a).and_then(|_| {
                    if a.trim().eq_ignore_ascii_case(&domain) {
                        // The API's own words for this conflict (409).
                        Err("Cannot create domain alias to the same domain name.".into())
                    } else {
                        Ok(())
                    }
                });
                check
                    .err()
                    .map(|e| Problem::new(anchor.clone(), e))
                    .into_iter()
                    .collect()
            },
            move |a: String| {
                let (app, product_id, service_id) =
                    (app.clone(), product_id.clone(), service_id.clone());
                async move {
                    let id = order.id.get_untracked().unwrap_or_default();
                    let a = a.trim().to_ascii_lowercase();
                    let new = NewService {
                        attributes: ServiceKind::EmailAlias.base_attributes(&a),
                        name: a,
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
                    };
                    items::add_service(&app.client(), &id, &product_id, &new).await?;
                    alias.set(String::new());
                    order.touch();
                    Ok(())
                }
            },
            refused(alias_id.clone()),
        )
    };
    // A forwarder: one more entry of the email domain's `forwarders` attribute.
    let forward_form = {
        let (anchor, from_id, to_id) = (from_id.clone(), from_id.clone(), to_id.clone());
        use_form(
            move |(f, t): &(String, String)| {
                [
                    (&from_id, crate::rules::required(f)),
                    (&to_id, crate::rules::email(t)),
                ]
                .into_iter()
                .filter_map(|(id, r)| r.err().map(|e| Problem::new(id.clone(), e)))
                .collect()
            },
            move |(f, t): (String, String)| {
                let (app, product_id, service_id, domain) = (
                    app.clone(),
                    product_id.clone(),
                    service_id.clone(),
                    domain.clone(),
                );
                async move {
                    let id = order.id.get_untracked().unwrap_or_default();
                    let mut attrs =
                        items::attributes(&app.client(), &id, &product_id, &service_id).await?;
                    attrs
                        .entry("domain")
                        .or_insert_with(|| serde_json::json!(domain));
                    let mut list = attrs
                        .get("forwarders")
                        .and_then(|v| v.as_array().cloned())
                        .unwrap_or_default();
                    list.push(serde_json::json!({"from": f.trim(), "to": t.trim()}));
                    attrs.insert("forwarders".into(), serde_json::Value::Array(list));
                    items::put_attributes(&app.client(), &id, &product_id, &service_id, &attrs)
                        .await?;
                    from.set(String::new());
                    to.set(String::new());
                    order.touch();
                    Ok(())
                }
            },
            refused(anchor),
        )
    };
    let problems = Signal::derive(move || {
        let mut all = alias_form.problems.get();
        all.extend(forward_form.problems.get());
        all
    });
    let err = move |anchor: &String| {
        let anchor = anchor.clone();
        Signal::derive(move || problems.with(|p| problem_of(p, &anchor)))
    };
    view! {
        <div class="hw-card" data-testid="email-tools" role="group" aria-label=group_label>
            <ErrorSummary problems=problems/>
            <TextField id=alias_id.clone() label="Add a domain alias" value=alias error=err(&alias_id) hint="Another domain whose mail arrives here, like my-shop.net"/>
            <button type="button" class="hw-button hw-button--secondary" data-testid="alias-add"
                aria-busy=move || alias_form.pending().get().then_some("true")
                on:click=move |_| { alias_form.submit(alias.get_untracked()); }>
                {alias_form.label("Add alias", "Adding…")}
            </button>
            <TextField id=from_id.clone() label="Forward mailbox (user name)" value=from error=err(&from_id)/>
            <TextField id=to_id.clone() label="to the address" kind="email" value=to error=err(&to_id)/>
            <button type="button" class="hw-button hw-button--secondary" data-testid="forward-add"
                aria-busy=move || forward_form.pending().get().then_some("true")
                on:click=move |_| { forward_form.submit((from.get_untracked(), to.get_untracked())); }>
                {forward_form.label("Add forwarder", "Adding…")}
            </button>
        </div>
    }
}
