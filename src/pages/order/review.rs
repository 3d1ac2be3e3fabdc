//! Step 5: the quote, then validate and submit. Every documented 400/409 is shown next to the section it
//! concerns and in the error summary; submit sends the hash of the quote on screen, once.

use leptos::prelude::*;

use super::sections::{message, section_of};
use super::summary::product_name;
use crate::api::model::quote::Quote;
use crate::api::{actions, ApiError};
use crate::components::error_summary::problem_of;
use crate::components::money::format;
use crate::components::{use_form, ErrorNotice, ErrorSummary, Problem, QuoteView};
use crate::nav::{use_nav, Link};
use crate::state::conflict::Conflict;
use crate::state::order::use_order;
use crate::state::{drafts, events, use_app};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Validate,
    Submit,
}

#[component]
pub fn ReviewStep() -> impl IntoView {
    let app = use_app();
    let order = use_order();
    let quote = order.use_quote(app.client());
    let seen_key = move || {
        format!(
            "quote.seen.{}",
            order.id.get_untracked().unwrap_or_default()
        )
    };
    if order.seen.get_untracked().is_none() {
        order.seen.set(drafts::load(&seen_key()));
    }
    let current = move || quote.get().and_then(Result::ok);
    let changed_total = move || match (current(), order.seen.get()) {
        (Some(q), Some((total, _))) if q.total.minor != total => Some((total, q)),
        _ => None,
    };
    // The first quote the customer sees becomes "seen".
    Effect::new(move |_| {
        if let (Some(q), None) = (current(), order.seen.get_untracked()) {
            let seen = (q.total.minor, q.hash.clone());
            drafts::save(&seen_key(), &seen);
            order.seen.set(Some(seen));
        }
    });
    let nav = use_nav();
    let act = use_form(
        |_: &(Step, Option<String>)| Vec::new(),
        move |(step, hash): (Step, Option<String>)| {
            let (app, nav) = (app.clone(), nav.clone());
            async move {
                let id = order.id.get_untracked().unwrap_or_default();
                let sent = async {
                    actions::validate(&app.client(), &id).await?;
                    if step == Step::Submit {
                        actions::submit(&app.client(), &id, hash.as_deref()).await?;
                    }
                    Ok::<_, ApiError>(())
                }
                .await;
                if let Err(e) = &sent {
                    events::emit(events::ERROR, events::error_detail(e, Some(&id)));
                    // A conflict marks its line in the cart and the summary.
                    let cart = order.latest_cart().and_then(Result::ok).unwrap_or_default();
                    order
                        .conflict
                        .set(Conflict::of(e, &cart, order.changed.get_untracked()));
                    if e.fault()
                        .is_some_and(|f| f.message.contains("quote has changed"))
                    {
                        order.reload_quote(&app.client());
                    }
                }
                sent?;
                if step == Step::Submit {
                    let account = app.on_behalf_of.get_untracked().unwrap_or_default();
                    app.record_placed(&id, &account, "Order built in the catalog");
                    for key in ["account", "contact.regular", "payment"] {
                        drafts::clear(key);
                    }
                    events::emit(events::SUBMITTED, serde_json::json!({ "orderId": id }));
                    order.id.set(None);
                    order.seen.set(None);
                    order.touch_cart();
                    nav.go(&format!("/orders/{id}"));
                }
                Ok(step)
            }
        },
        move |e| {
            let said = order
                .conflict
                .get_untracked()
                .filter(|_| e.status() == Some(409));
            vec![Problem::new(
                section_of(e),
                said.map_or_else(|| message(e), |c| c.message),
            )]
        },
    );
    let problems = act.problems;
    // One click = one request, whatever the button's state: `submit` sends nothing while one is
    // under way.
    let run = move |step: Step| {
        if step == Step::Submit {
            if let Some((_, q)) = changed_total() {
                let seen = (q.total.minor, q.hash.clone());
                drafts::save(&seen_key(), &seen);
                order.seen.set(Some(seen));
                return;
            }
        }
        act.submit((step, current().map(|q| q.hash)));
    };
    let err = move |a: &'static str| {
        move || {
            problems
                .with(|p| problem_of(p, a))
                .map(|m| view! { <p class="hw-field__error">{m}</p> })
        }
    };
    // The quote's products by their catalog names (the quote lists them in the cart's order).
    let titles = move |q: &Quote| -> Vec<String> {
        let cart = order.latest_cart().and_then(Result::ok).unwrap_or_default();
        order.names.with(|n| {
            q.products
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    cart.iter()
                        .find(|c| c.product.id() == p.plan_number)
                        .or_else(|| cart.get(i))
                        .map(|c| product_name(c, n))
                        .unwrap_or_default()
                })
                .collect()
        })
    };
    // "Domain registration (ana-bakery.com); Business email (ana-bakery.com, ana-bakery.net)".
    let cart_line = move || {
        let cart = order.latest_cart().and_then(Result::ok).unwrap_or_default();
        order.names.with(|n| {
            cart.iter()
                .map(|c| {
                    let domains: Vec<&str> = c.services.iter().map(|s| s.name.as_str()).collect();
                    format!("{} ({})", product_name(c, n), domains.join(", "))
                })
                .collect::<Vec<_>>()
                .join("; ")
        })
    };
    let step_state = move |step: &str| {
        if order.done.with(|d| d.iter().any(|s| s == step)) {
            "Saved"
        } else {
            ""
        }
    };
    let validated = move || act.saved().get() == Some(Step::Validate);
    view! {
        <ErrorSummary problems=problems/>
        <section id="review-quote" class="hw-card" aria-labelledby="quote-title" tabindex="-1">
            <h2 id="quote-title">"Quote"</h2>
            {err("review-quote")}
            {move || match quote.get() {
                None => view! { <p aria-busy="true">"Loading the quote…"</p> }.into_any(),
                Some(Err(error)) => view! { <ErrorNotice what="The quote could not be loaded." error testid="quote-error"/> }.into_any(),
                Some(Ok(q)) => view! { <QuoteView titles=titles(&q) quote=q/> }.into_any(),
            }}
            {move || changed_total().map(|(was, q)| view! {
                <p class="hw-notice hw-notice--error" role="alert" data-testid="total-changed">
                    {format!("The total has changed since you last saw it: it was {}, it is now {}.",
                        format(&crate::api::model::Money { minor: was, currency: None }, &q.currency), format(&q.total, &q.currency))}
                </p>
            })}
        </section>
        // The rest of the order, one row each: what it is and a way to change it; a problem the API
        // reports lands in its row.
        <ReviewRow section="cart" title="Cart" href="/order/items" holds=Signal::derive(cart_line) problem=err("review-cart")/>
        <ReviewRow section="account" title="Account" href="/order/account" holds=Signal::derive(move || step_state("account").to_string()) problem=err("review-account")/>
        <ReviewRow section="contacts" title="Contacts" href="/order/contacts" holds=Signal::derive(move || step_state("contacts").to_string()) problem=err("review-contacts")/>
        <section id="review-submit" class="hw-card" tabindex="-1">
            {err("review-submit")}
            {move || validated().then(|| view! { <p class="hw-notice hw-notice--ok" role="status" data-testid="validated">"The order is complete and valid."</p> })}
            <button type="button" class="hw-button hw-button--secondary" data-testid="validate" on:click=move |_| run(Step::Validate)>"Check the order"</button>
            " "
            <button type="button" class="hw-button" data-testid="submit" aria-disabled=move || act.pending().get().to_string()
                on:click=move |_| run(Step::Submit)>
                {move || if act.pending().get() { "Submitting…".to_string() }
                    else if changed_total().is_some() { "Accept the new total".to_string() }
                    else { "Submit the order".to_string() }}
            </button>
        </section>
    }
}

/// One part of the order on the review: what it holds, a way to change it, and a problem the API
/// reported about it.
#[component]
fn ReviewRow<P, V>(
    section: &'static str,
    title: &'static str,
    href: &'static str,
    holds: Signal<String>,
    problem: P,
) -> impl IntoView
where
    P: Fn() -> V + Send + 'static,
    V: IntoView + 'static,
{
    let title_id = format!("review-{section}-title");
    let labelled_by = title_id.clone();
    view! {
        <section id=format!("review-{section}") class="hw-card hw-review-row" aria-labelledby=labelled_by tabindex="-1">
            <h2 id=title_id>{title}</h2>
            <p class="hw-muted">{holds}</p>
            <Link href=href attr:aria-label=format!("Change the {}", title.to_lowercase())>"Change"</Link>
            {problem}
        </section>
    }
}
