//! Step 1: the cart — products with their services, promotion codes, removal.

use super::email_tools::EmailDomainTools;
use super::lines::{line_price, price_text};
use super::summary::total_text;
use super::Continue;
use crate::components::{fresh::IntoFresh, money::cycle_text, quote::then_words};
use crate::components::{use_form, ErrorNotice, Problem};
use crate::nav::Link;
use crate::state::cart::CartProduct;
use crate::state::names::Names;
use crate::state::order::use_order;
use crate::state::tasks::Task;
use crate::state::use_app;
use hostway_core::api::all::{all, boxed};
use hostway_core::api::items;
use hostway_core::api::model::account::OrderService;
use hostway_core::api::model::quote::Quote;
use hostway_core::api::model::ServiceKind;
use hostway_core::api::retry::is_documented_refusal;
use hostway_core::i18n::{error, order};
use leptos::prelude::*;

#[component]
pub fn ItemsStep() -> impl IntoView {
    let app = use_app();
    let order = use_order();
    let client = app.client();
    // The cart and the catalog's names of what it holds: shared with the order summary.
    let cart = order.use_cart(client.clone());
    let shown = Signal::derive(move || cart.get().or_else(|| order.latest_cart()));
    let names = Signal::derive(move || order.names.get());
    // The prices: the order's one quote, shared with the review and the widgets.
    let quote = order.use_quote(client);
    let quote = Signal::derive(move || quote.get().and_then(Result::ok));
    view! {
        <section aria-labelledby="cart-title">
            <h2 id="cart-title">{order::STEP_CART.text()}</h2>
            {move || match shown.get() {
                None => view! { <p aria-busy="true">{order::LOADING_CART.text()}</p> }.fresh(),
                Some(Err(error)) => view! {
                    <ErrorNotice what=order::CART_NOT_LOADED.text() error
                        retry=move || order.reload_cart(&use_app().client()) testid="cart-error"/>
                }.fresh(),
                Some(Ok(products)) if products.is_empty() => view! {
                    <p data-testid="cart-empty">{order::CART_EMPTY.text()}</p>
                }.fresh(),
                Some(Ok(products)) => view! {
                    // Drawn again with the cart (each change reads it anew), so a plain list.
                    <ul class="hw-cart" data-testid="cart">
                        {products.into_iter().enumerate().map(|(index, item)| view! {
                            <CartItem item index names quote/>
                        }).collect_view()}
                    </ul>
                    <p class="hw-cart__total" data-testid="cart-total">{move || (quote.get().map(|q| view! {
                        {order::DUE_TODAY.text()} " " <strong>{total_text(&q)}</strong>
                        {then_words(&q, false).map(|then| view! { <br/><span class="hw-muted" data-testid="cart-then">{then}</span> })}
                    })).fresh()}</p>
                    <Continue step="items"/>
                }.fresh(),
            }}
            <p><Link href="/" attr:data-testid="add-more">{order::ADD_ANOTHER.text()}</Link></p>
        </section>
    }
}

/// What a service is (".com Domain", "Web hosting"), by the catalog's name.
fn service_kind(s: &OrderService, names: &Names) -> String {
    names
        .services
        .get(&s.spec_id())
        .cloned()
        .unwrap_or_else(|| s.kind().display_name())
}

/// "my-shop.com — .com Domain, per year".
fn service_line(s: &OrderService, names: &Names) -> String {
    let kind = service_kind(s, names);
    format!("{} — {kind}, {}", s.name, cycle_text(s.billing_cycle))
}

#[component]
fn CartItem(
    item: CartProduct,
    /// The line's place in the cart (the quote lists the products in that order).
    index: usize,
    names: Signal<Names>,
    quote: Signal<Option<Quote>>,
) -> impl IntoView {
    let app = use_app();
    let order = use_order();
    let product_id = item.product.id();
    let (spec, offering) = item.product.offering_ids().unwrap_or_default();
    let promo = RwSignal::new(item.product.promo_code.clone().unwrap_or_default());
    let remove = {
        let (app, product_id) = (app.clone(), product_id.clone());
        Task::new(move |_: ()| {
            let (app, product_id) = (app.clone(), product_id.clone());
            async move {
                let id = order.id.get_untracked().unwrap_or_default();
                let r = items::delete_product(&app.client(), &id, &product_id).await;
                if r.is_ok() {
                    order.removed_product(&product_id);
                }
                order.touch_cart();
                r
            }
        })
    };
    let promo_id = format!("promo-{product_id}");
    // The promotion code is a form of one field: an empty code removes the promotion.
    let apply = {
        let (app, product_id, anchor) = (app.clone(), product_id.clone(), promo_id.clone());
        use_form(
            |_: &String| Vec::new(),
            move |code: String| {
                let (app, product_id) = (app.clone(), product_id.clone());
                async move {
                    let id = order.id.get_untracked().unwrap_or_default();
                    let code = code.trim();
                    if code.is_empty() {
                        items::delete_product_promotion(&app.client(), &id, &product_id).await?;
                    } else {
                        items::set_product_promotion(&app.client(), &id, &product_id, code).await?;
                    }
                    order.touch_cart();
                    Ok(())
                }
            },
            move |e| {
                vec![Problem::new(
                    anchor.clone(),
                    if is_documented_refusal("/promotion", e) {
                        order::PROMO_REFUSED.text()
                    } else {
                        e.to_string()
                    },
                )]
            },
        )
    };
    let stored_cycle = item.product.billing_cycle.unwrap_or(0).to_string();
    let cycle = RwSignal::new(stored_cycle.clone());
    // The services billed on the plan's period (as the product page ties them: all but a domain's
    // registration) follow it when it changes, so that a line never says "per year" on a monthly plan.
    let tied: Vec<OrderService> = item
        .services
        .iter()
        .filter(|s| {
            !s.kind().is_registration() && Some(s.billing_cycle) == item.product.billing_cycle
        })
        .cloned()
        .collect();
    // A tied service that could not follow (the plan's period changed): said beside the period.
    let behind = RwSignal::new(None::<String>);
    let set_cycle = {
        let (app, product_id) = (app.clone(), product_id.clone());
        Task::new(move |months: String| {
            let (app, product_id, months, stored, tied) = (
                app.clone(),
                product_id.clone(),
                months.parse::<u32>().unwrap_or(0),
                stored_cycle.clone(),
                tied.clone(),
            );
            async move {
                let id = order.id.get_untracked().unwrap_or_default();
                let client = app.client();
                behind.set(None);
                let r = items::set_product_cycle(&client, &id, &product_id, months).await;
                if r.is_err() {
                    // Refused: the field shows what is really stored, and the refusal stays beside it.
                    cycle.set(stored);
                    return r;
                }
                let follow = tied
                    .iter()
                    .map(|s| {
                        boxed(items::set_service_cycle(
                            &client,
                            &id,
                            &product_id,
                            s,
                            months,
                        ))
                    })
                    .collect();
                let failed = all(follow)
                    .await
                    .into_iter()
                    .zip(&tied)
                    .find_map(|(r, s)| r.err().map(|e| (s, e)));
                match failed {
                    // Half done: nothing re-read yet (the cart would lose this line's state); the customer
                    // tries again, and the plan's and the services' periods are set once more.
                    Some((s, e)) => behind.set(Some(order::CYCLE_BEHIND.fill(&[
                        ("service", &names.with_untracked(|n| service_kind(s, n))),
                        ("name", &s.name),
                        ("error", &e.to_string()),
                    ]))),
                    // A change re-reads the cart and the quote.
                    None => order.touch_cart(),
                }
                r
            }
        })
    };
    // Only the periods the catalog offers for this product in its currency.
    let currency = offering.split('-').next().unwrap_or_default().to_string();
    let periods = {
        let spec = spec.clone();
        Signal::derive(move || names.with(|n| n.periods_of(&spec, &currency)))
    };
    // A conflict the API reported on this line's domains, said at the line.
    let fault = {
        let domains: Vec<String> = item.services.iter().map(|s| s.name.clone()).collect();
        Memo::new(move |_| order.conflict_now().filter(|c| c.concerns(&domains)))
    };
    let cycle_id = format!("cycle-{product_id}");
    let promo_error_id = format!("{promo_id}-error");
    let error = apply.error(promo_id.clone());
    view! {
        <li class="hw-card hw-cart__item" class:hw-cart__item--fault=move || fault.get().is_some() data-testid="cart-item" data-spec=spec.clone()>
            <div class="hw-cart__head">
                <h3 data-offering=offering>{let spec = spec.clone(); move || names.with(|n| n.products.get(&spec).cloned()).unwrap_or_else(|| order::PRODUCT.text())}</h3>
                <p class="hw-cart__price" data-testid="cart-price">{let id = product_id.clone(); move || quote.with(|q| q.as_ref().and_then(|q| line_price(q, &id, index))).map(|p| view! {
                    <strong>{price_text(&p)}</strong>
                    {p.promotion.map(|promo| view! { <br/><span class="hw-muted">{promo}</span> })}
                })}</p>
            </div>
            {move || (fault.get().map(|c| view! { <p class="hw-field__error" role="alert" data-testid="cart-fault">{c.message}</p> })).fresh()}
            <ul>
                {item.services.iter().map(|s| {
                    let s = s.clone();
                    view! { <li data-testid="cart-service">{move || names.with(|n| service_line(&s, n))}</li> }
                }).collect_view()}
            </ul>
            {item.services.iter().filter(|s| s.kind().takes_aliases_and_forwarders()).map(|s| {
                let aliases: Vec<OrderService> = item.services.iter()
                    .filter(|a| a.kind() == ServiceKind::EmailAlias)
                    .cloned()
                    .collect();
                view! {
                    <EmailDomainTools product_id=product_id.clone() service=s.clone() aliases
                        plan_cycle=item.product.billing_cycle/>
                }
            }).collect_view()}
            <div class="hw-field">
                <label class="hw-field__label" for=cycle_id.clone()>{order::BILLING_PERIOD.text()}</label>
                {move || (set_cycle.value().get().and_then(Result::err).map(|e| view! {
                    <p class="hw-field__error" role="alert">{match e.status() {
                        // The API's words name the product by its id: say it for the customer instead.
                        Some(400) => order::PERIOD_REFUSED.text(),
                        _ => e.to_string(),
                    }}</p>
                })).fresh()}
                {move || (behind.get().map(|m| view! {
                    <p class="hw-field__error" role="alert" data-testid="cycle-behind">{m}" "
                        <button type="button" class="hw-button hw-button--small hw-button--secondary"
                            on:click=move |_| { set_cycle.dispatch(cycle.get_untracked()); }>{error::TRY_AGAIN.text()}</button>
                    </p>
                })).fresh()}
                <select class="hw-field__input" id=cycle_id data-testid="cycle-select" prop:value=move || cycle.get()
                    on:change=move |ev| { let v = event_target_value(&ev); cycle.set(v.clone()); set_cycle.dispatch(v); }>
                    {move || {
                        let mut months = periods.get();
                        // What is stored is always shown, even before the catalog's answer.
                        let stored: u32 = cycle.get_untracked().parse().unwrap_or(0);
                        if stored > 0 && !months.contains(&stored) {
                            months.push(stored);
                        }
                        months.into_iter().map(|m| view! {
                            <option value=m.to_string() selected=cycle.get_untracked() == m.to_string()>{cycle_text(m)}</option>
                        }).collect_view()
                    }}
                </select>
            </div>
            <div class="hw-field">
                <label class="hw-field__label" for=promo_id.clone()>{order::PROMO.text()}</label>
                {let id = promo_error_id.clone(); move || error.get().map(|e| view! { <p class="hw-field__error" id=id.clone() role="alert">{e}</p> })}
                <input class="hw-field__input" id=promo_id.clone() data-testid="promo-input"
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=move || error.with(Option::is_some).then(|| promo_error_id.clone())
                    prop:value=move || promo.get() on:input=move |ev| promo.set(event_target_value(&ev))/>
                <button type="button" class="hw-button hw-button--secondary" data-testid="promo-apply"
                    aria-busy=move || apply.pending().get().then_some("true")
                    on:click=move |_| { apply.submit(promo.get_untracked()); }>
                    {apply.label(order::APPLY.text(), order::APPLYING.text())}
                </button>
            </div>
            {move || (remove.value().get().and_then(Result::err).map(|e| view! { <p class="hw-field__error" role="alert">{e.to_string()}</p> })).fresh()}
            <button type="button" class="hw-button hw-button--secondary" data-testid="remove-product"
                aria-busy=move || remove.pending().get().then_some("true")
                on:click=move |_| { if !remove.pending().get_untracked() { remove.dispatch(()); } }>
                {move || if remove.pending().get() { order::REMOVING.text() } else { order::REMOVE.text() }}
            </button>
        </li>
    }
}
