//! Step 1: the cart — products with their services, promotion codes, removal.

use leptos::prelude::*;

use super::Continue;
use crate::api::items::{self, NewService};
use crate::api::model::account::OrderService;
use crate::api::ApiError;
use crate::components::error_summary::problem_of;
use crate::components::money::cycle_text;
use crate::components::{ErrorSummary, Problem, TextField};
use crate::nav::Link;
use crate::state::order::{load_cart, use_order, CartProduct};
use crate::state::use_app;

#[component]
pub fn ItemsStep() -> impl IntoView {
    let app = use_app();
    let order = use_order();
    let client = app.client();
    let cart = LocalResource::new(move || {
        let (client, id, _) = (client.clone(), order.id.get(), order.changed.get());
        async move { load_cart(&client, order, &id.unwrap_or_default()).await }
    });
    view! {
        <section aria-labelledby="cart-title">
            <h2 id="cart-title">"Cart"</h2>
            {move || match cart.get() {
                None => view! { <p aria-busy="true">"Loading the cart…"</p> }.into_any(),
                Some(Err(e)) => view! {
                    <p class="hw-notice hw-notice--error" role="alert">{format!("The cart could not be loaded. {e}")}</p>
                    <button type="button" class="hw-button" on:click=move |_| cart.refetch()>"Try again"</button>
                }.into_any(),
                Some(Ok(products)) if products.is_empty() => view! {
                    <p data-testid="cart-empty">"Nothing in the cart yet."</p>
                }.into_any(),
                Some(Ok(products)) => view! {
                    <ul class="hw-cart" data-testid="cart">
                        <For each=move || products.clone() key=|p| p.product.id() let:item>
                            <CartItem item/>
                        </For>
                    </ul>
                    <Continue step="items"/>
                }.into_any(),
            }}
            <p><Link href="/" attr:data-testid="add-more">"Add another product"</Link></p>
        </section>
    }
}

fn service_line(s: &OrderService) -> String {
    format!(
        "{} — {} ({})",
        s.name,
        s.spec_id(),
        cycle_text(s.billing_cycle)
    )
}

#[component]
fn CartItem(item: CartProduct) -> impl IntoView {
    let app = use_app();
    let order = use_order();
    let product_id = item.product.id();
    let (spec, offering) = item.product.offering_ids().unwrap_or_default();
    let promo = RwSignal::new(item.product.promo_code.clone().unwrap_or_default());
    let remove = {
        let (app, product_id) = (app.clone(), product_id.clone());
        Action::new_local(move |_: &()| {
            let (app, product_id) = (app.clone(), product_id.clone());
            async move {
                let id = order.id.get_untracked().unwrap_or_default();
                let r = items::delete_product(&app.client(), &id, &product_id).await;
                order.touch();
                r
            }
        })
    };
    let apply = {
        let (app, product_id) = (app.clone(), product_id.clone());
        Action::new_local(move |code: &String| {
            let (app, product_id, code) =
                (app.clone(), product_id.clone(), code.trim().to_string());
            async move {
                let id = order.id.get_untracked().unwrap_or_default();
                let r = if code.is_empty() {
                    items::delete_product_promotion(&app.client(), &id, &product_id).await
                } else {
                    items::set_product_promotion(&app.client(), &id, &product_id, &code).await
                };
                if r.is_ok() {
                    order.touch();
                }
                r
            }
        })
    };
    let cycle = RwSignal::new(item.product.billing_cycle.unwrap_or(0).to_string());
    let set_cycle = {
        let (app, product_id) = (app.clone(), product_id.clone());
        Action::new_local(move |months: &String| {
            let (app, product_id, months) = (
                app.clone(),
                product_id.clone(),
                months.parse::<u32>().unwrap_or(0),
            );
            async move {
                let id = order.id.get_untracked().unwrap_or_default();
                let r = items::set_product_cycle(&app.client(), &id, &product_id, months).await;
                order.touch();
                r
            }
        })
    };
    let cycle_id = format!("cycle-{product_id}");
    let promo_id = format!("promo-{product_id}");
    let error = move || {
        apply
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| match e.status() {
                Some(502) => "This promotion code cannot be applied.".to_string(),
                _ => e.to_string(),
            })
    };
    view! {
        <li class="hw-card hw-cart__item" data-testid="cart-item" data-spec=spec.clone()>
            <h3>{format!("{spec} · {offering}")}</h3>
            <ul>
                {item.services.iter().map(|s| view! { <li data-testid="cart-service">{service_line(s)}</li> }).collect_view()}
            </ul>
            {item.services.iter().filter(|s| s.spec_id() == "core.email.domain").map(|s| view! {
                <EmailDomainTools product_id=product_id.clone() service=s.clone()/>
            }).collect_view()}
            <div class="hw-field">
                <label class="hw-field__label" for=cycle_id.clone()>"Billing period"</label>
                {move || set_cycle.value().get().and_then(Result::err).map(|e| view! {
                    <p class="hw-field__error" role="alert">{format!("This billing period is not available for this product. {e}")}</p>
                })}
                <select class="hw-field__input" id=cycle_id data-testid="cycle-select" prop:value=move || cycle.get()
                    on:change=move |ev| { let v = event_target_value(&ev); cycle.set(v.clone()); set_cycle.dispatch(v); }>
                    {[1u32, 12, 24].into_iter().map(|m| view! {
                        <option value=m.to_string() selected=cycle.get_untracked() == m.to_string()>{cycle_text(m)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="hw-field">
                <label class="hw-field__label" for=promo_id.clone()>"Promotion code"</label>
                {move || error().map(|e| view! { <p class="hw-field__error" role="alert">{e}</p> })}
                <input class="hw-field__input" id=promo_id.clone() data-testid="promo-input"
                    prop:value=move || promo.get() on:input=move |ev| promo.set(event_target_value(&ev))/>
                <button type="button" class="hw-button hw-button--secondary" data-testid="promo-apply"
                    on:click=move |_| { if !apply.pending().get_untracked() { apply.dispatch(promo.get_untracked()); } }>
                    "Apply"
                </button>
            </div>
            {move || remove.value().get().and_then(Result::err).map(|e| view! { <p class="hw-field__error" role="alert">{e.to_string()}</p> })}
            <button type="button" class="hw-button hw-button--secondary" data-testid="remove-product"
                on:click=move |_| { if !remove.pending().get_untracked() { remove.dispatch(()); } }>
                "Remove"
            </button>
        </li>
    }
}

/// For an email domain: add a domain alias (a service related to it) and forwarders.
#[component]
fn EmailDomainTools(product_id: String, service: OrderService) -> impl IntoView {
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
                    let mut attributes = serde_json::Map::new();
                    attributes.insert("domain".into(), serde_json::json!(alias));
                    let new = NewService {
                        name: alias,
                        service_specification: items::service_spec_href(
                            &app.client(),
                            "core.email.alias",
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
            <button type="button" class="hw-button hw-button--secondary" data-testid="alias-add" on:click={
                let submit = submit.clone();
                move |_| submit("alias")
            }>"Add alias"</button>
            <TextField id=from_id.clone() label="Forward mailbox (user name)" value=from error=err(&from_id)/>
            <TextField id=to_id.clone() label="to the address" kind="email" value=to error=err(&to_id)/>
            <button type="button" class="hw-button hw-button--secondary" data-testid="forward-add" on:click=move |_| submit("forward")>"Add forwarder"</button>
        </div>
    }
}
