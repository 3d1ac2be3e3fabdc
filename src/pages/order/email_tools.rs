//! The cart's tools for an email domain: its domain aliases (services related to it) and its forwarders,
//! each listed with its own Remove, and a form to add each, its rules checked at its fields before any
//! request.

use super::forwarders::{forwarders_of, Forwarder};
use crate::components::error_summary::problem_of;
use crate::components::fresh::IntoFresh;
use crate::components::{use_form, ErrorSummary, Problem, TextField};
use crate::state::order::use_order;
use crate::state::tasks::Task;
use crate::state::use_app;
use hostway_core::api::items::{self, NewService};
use hostway_core::api::model::account::OrderService;
use hostway_core::api::model::ServiceKind;
use hostway_core::api::ApiError;
use hostway_core::i18n::email;
use leptos::prelude::*;

/// For an email domain: add a domain alias (a service related to it) and forwarders.
#[component]
pub fn EmailDomainTools(
    product_id: String,
    service: OrderService,
    /// The aliases of this email domain in the cart.
    aliases: Vec<OrderService>,
    /// The plan's billing period: an alias is billed with it (when the alias takes it).
    plan_cycle: Option<u32>,
) -> impl IntoView {
    let app = use_app();
    let order = use_order();
    let service_id = service.id();
    let domain = service.name.clone();
    let group_label = email::GROUP.fill(&[("domain", &domain)]);
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
                Some(f) if !f.details.is_empty() => f
                    .details
                    .iter()
                    .map(|(_, v)| v.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
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
                let check = hostway_core::rules::domain_name(a).and_then(|_| {
                    if a.trim().eq_ignore_ascii_case(&domain) {
                        // The API's own words for this conflict (409).
                        Err(email::SAME_DOMAIN.text())
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
                        billing_cycle: plan_cycle.unwrap_or(service.billing_cycle),
                        related_to: vec![items::service_href(
                            &app.client(),
                            &id,
                            &product_id,
                            &service_id,
                        )],
                    };
                    items::add_service(&app.client(), &id, &product_id, &new).await?;
                    alias.set(String::new());
                    order.touch_cart();
                    Ok(())
                }
            },
            refused(alias_id.clone()),
        )
    };
    // A forwarder: one more entry of the email domain's `forwarders` attribute.
    let forward_form = {
        let (anchor, from_id, to_id) = (from_id.clone(), from_id.clone(), to_id.clone());
        let (app, product_id, service_id, domain) = (
            app.clone(),
            product_id.clone(),
            service_id.clone(),
            domain.clone(),
        );
        use_form(
            move |(f, t): &(String, String)| {
                [
                    (&from_id, hostway_core::rules::required(f)),
                    (&to_id, hostway_core::rules::email(t)),
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
                    order.touch_cart();
                    Ok(())
                }
            },
            refused(anchor),
        )
    };
    // The forwarders on file: the email domain's `forwarders` attribute, read again after each change.
    let forwarders = crate::state::tasks::load({
        let (app, product_id, service_id) = (app.clone(), product_id.clone(), service_id.clone());
        move || {
            let (client, id, _) = (app.client(), order.id.get(), order.changed.get());
            let (product_id, service_id) = (product_id.clone(), service_id.clone());
            async move {
                let attrs =
                    items::attributes(&client, &id.unwrap_or_default(), &product_id, &service_id)
                        .await?;
                Ok::<_, ApiError>(forwarders_of(&attrs))
            }
        }
    });
    let remove_forwarder = {
        let (app, product_id, service_id) = (app.clone(), product_id.clone(), service_id.clone());
        Task::new(move |gone: Forwarder| {
            let (app, product_id, service_id, gone) = (
                app.clone(),
                product_id.clone(),
                service_id.clone(),
                gone.clone(),
            );
            async move {
                let id = order.id.get_untracked().unwrap_or_default();
                let mut attrs =
                    items::attributes(&app.client(), &id, &product_id, &service_id).await?;
                let kept: Vec<serde_json::Value> = forwarders_of(&attrs)
                    .into_iter()
                    .filter(|f| *f != gone)
                    .map(|f| serde_json::json!({"from": f.from, "to": f.to}))
                    .collect();
                attrs.insert("forwarders".into(), serde_json::Value::Array(kept));
                items::put_attributes(&app.client(), &id, &product_id, &service_id, &attrs).await?;
                order.touch_cart();
                Ok::<_, ApiError>(())
            }
        })
    };
    let remove_alias = {
        let (app, product_id) = (app.clone(), product_id.clone());
        Task::new(move |alias_id: String| {
            let (app, product_id, alias_id) = (app.clone(), product_id.clone(), alias_id.clone());
            async move {
                let id = order.id.get_untracked().unwrap_or_default();
                items::delete_service(&app.client(), &id, &product_id, &alias_id).await?;
                order.touch_cart();
                Ok::<_, ApiError>(())
            }
        })
    };
    let removal_error = move || {
        remove_alias
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| remove_forwarder.value().get().and_then(Result::err))
            .map(|e| view! { <p class="hw-field__error" role="alert">{format!("It could not be removed. {e}")}</p> })
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
            {removal_error}
            <h4 class="hw-tools__title">{email::ALIASES.text()}</h4>
            {if aliases.is_empty() {
                view! { <p class="hw-muted" data-testid="aliases-none">{email::NO_ALIAS.text()}</p> }.fresh()
            } else {
                view! {
                    <ul class="hw-tools__list">
                        {aliases.into_iter().map(|a| {
                            let id = a.id();
                            view! { <Removable text=a.name what="alias" label=email::REMOVE_ALIAS on_remove=move || { if !remove_alias.pending().get_untracked() { remove_alias.dispatch(id.clone()); } }/> }
                        }).collect_view()}
                    </ul>
                }.fresh()
            }}
            <TextField id=alias_id.clone() label=email::ADD_ALIAS_LABEL.text() value=alias error=err(&alias_id) hint=email::ALIAS_HINT.text()/>
            <button type="button" class="hw-button hw-button--secondary" data-testid="alias-add"
                aria-busy=move || alias_form.pending().get().then_some("true")
                on:click=move |_| { alias_form.submit(alias.get_untracked()); }>
                {alias_form.label(email::ADD_ALIAS.text(), email::ADDING.text())}
            </button>
            <h4 class="hw-tools__title">{email::FORWARDERS.text()}</h4>
            {let domain = service.name.clone(); move || match forwarders.get() {
                None => view! { <p aria-busy="true">{email::LOADING_FORWARDERS.text()}</p> }.fresh(),
                Some(Err(e)) => view! { <p class="hw-field__error">{email::FORWARDERS_UNREAD.fill(&[("error", &e.to_string())])}</p> }.fresh(),
                Some(Ok(list)) if list.is_empty() => view! { <p class="hw-muted" data-testid="forwarders-none">{email::NO_FORWARDER.text()}</p> }.fresh(),
                Some(Ok(list)) => view! {
                    <ul class="hw-tools__list">
                        {list.into_iter().map(|f| {
                            let text = format!("{}@{} → {}", f.from, domain, f.to);
                            view! { <Removable text what="forwarder" label=email::REMOVE_FORWARDER on_remove=move || { if !remove_forwarder.pending().get_untracked() { remove_forwarder.dispatch(f.clone()); } }/> }
                        }).collect_view()}
                    </ul>
                }.fresh(),
            }}
            <TextField id=from_id.clone() label=email::FROM.text() value=from error=err(&from_id)/>
            <TextField id=to_id.clone() label=email::TO.text() kind="email" value=to error=err(&to_id)/>
            <button type="button" class="hw-button hw-button--secondary" data-testid="forward-add"
                aria-busy=move || forward_form.pending().get().then_some("true")
                on:click=move |_| { forward_form.submit((from.get_untracked(), to.get_untracked())); }>
                {forward_form.label(email::ADD_FORWARDER.text(), email::ADDING.text())}
            </button>
        </div>
    }
}

/// One thing the customer added, listed with its own Remove (`what`: "alias", "forwarder"; `label`:
/// the button's name, "Remove the alias {name}").
#[component]
fn Removable(
    text: String,
    what: &'static str,
    label: hostway_core::i18n::Text,
    on_remove: impl Fn() + 'static,
) -> impl IntoView {
    let label = label.fill(&[("name", &text)]);
    view! {
        <li data-testid=what>
            <span>{text}</span>
            <button type="button" class="hw-button hw-button--secondary hw-button--small"
                data-testid=format!("{what}-remove") aria-label=label on:click=move |_| on_remove()>
                {email::REMOVE.text()}
            </button>
        </li>
    }
}
