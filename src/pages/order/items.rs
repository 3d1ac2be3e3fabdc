//! Step 1: the cart — products with their services, promotion codes, removal.

use leptos::prelude::*;

use super::email_tools::EmailDomainTools;
use super::Continue;
use crate::api::items;
use crate::api::model::account::OrderService;
use crate::api::retry::is_documented_refusal;
use crate::components::money::cycle_text;
use crate::components::{use_form, ErrorNotice, Problem};
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
                Some(Err(error)) => view! {
                    <ErrorNotice what="Your cart could not be loaded." error
                        retry=move || cart.refetch() testid="cart-error"/>
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
                if r.is_ok() {
                    order.removed_product(&product_id);
                }
                order.touch();
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
                    order.touch();
                    Ok(())
                }
            },
            move |e| {
                vec![Problem::new(
                    anchor.clone(),
                    if is_documented_refusal("/promotion", e) {
                        "This promotion code cannot be applied. Check the code, or remove it to continue without a promotion.".to_string()
                    } else {
                        e.to_string()
                    },
                )]
            },
        )
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
    let promo_error_id = format!("{promo_id}-error");
    let error = apply.error(promo_id.clone());
    view! {
        <li class="hw-card hw-cart__item" data-testid="cart-item" data-spec=spec.clone()>
            <h3>{format!("{spec} · {offering}")}</h3>
            <ul>
                {item.services.iter().map(|s| view! { <li data-testid="cart-service">{service_line(s)}</li> }).collect_view()}
            </ul>
            {item.services.iter().filter(|s| s.kind().takes_aliases_and_forwarders()).map(|s| view! {
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
                {let id = promo_error_id.clone(); move || error.get().map(|e| view! { <p class="hw-field__error" id=id.clone() role="alert">{e}</p> })}
                <input class="hw-field__input" id=promo_id.clone() data-testid="promo-input"
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=move || error.with(Option::is_some).then(|| promo_error_id.clone())
                    prop:value=move || promo.get() on:input=move |ev| promo.set(event_target_value(&ev))/>
                <button type="button" class="hw-button hw-button--secondary" data-testid="promo-apply"
                    aria-busy=move || apply.pending().get().then_some("true")
                    on:click=move |_| { apply.submit(promo.get_untracked()); }>
                    {apply.label("Apply", "Applying…")}
                </button>
            </div>
            {move || remove.value().get().and_then(Result::err).map(|e| view! { <p class="hw-field__error" role="alert">{e.to_string()}</p> })}
            <button type="button" class="hw-button hw-button--secondary" data-testid="remove-product"
                aria-busy=move || remove.pending().get().then_some("true")
                on:click=move |_| { if !remove.pending().get_untracked() { remove.dispatch(()); } }>
                {move || if remove.pending().get() { "Removing…" } else { "Remove" }}
            </button>
        </li>
    }
}
