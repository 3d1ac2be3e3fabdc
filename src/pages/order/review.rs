//! Step 5: what the customer agrees to, as the API holds it (the quote, the cart's lines, the account,
//! the contacts, the card), each with "Change"; what is still missing, each with a link to its step;
//! what is charged today and what recurs; then one button that checks (validate) and submits. A
//! documented 400/409 is said next to the section it concerns and in the error summary; submit sends
//! the hash of the quote on screen, once.

use crate::components::fresh::IntoFresh;
use crate::state::tasks::watch;
use hostway_core::i18n::{order, review};
use leptos::prelude::*;

use super::agreed_words::{account_words, contacts_words, payment_words};
use super::sections::{message, section_of};
use super::summary::product_name;
use crate::components::error_summary::problem_of;
use crate::components::money::format;
use crate::components::quote::{charges_words, lines};
use crate::components::{use_form, ErrorNotice, ErrorSummary, Problem, QuoteView};
use crate::nav::{use_nav, Link};
use crate::state::agreed::{self, Agreed};
use crate::state::conflict::Conflict;
use crate::state::order::use_order;
use crate::state::{drafts, events, receipts, use_app};
use hostway_core::api::model::quote::Quote;
use hostway_core::api::{actions, ApiError};
use hostway_core::format::capitalised;

#[component]
pub fn ReviewStep() -> impl IntoView {
    let app = use_app();
    let order = use_order();
    let quote = order.use_quote(app.client());
    let (client, cart) = (app.client(), order.use_cart(app.client()));
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
    watch(move || {
        if let (Some(q), None) = (current(), order.seen.get_untracked()) {
            let seen = (q.total.minor, q.hash.clone());
            drafts::save(&seen_key(), &seen);
            order.seen.set(Some(seen));
        }
    });
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
    let nav = use_nav();
    let act = use_form(
        |_: &Option<String>| Vec::new(),
        move |hash: Option<String>| {
            let (app, nav) = (app.clone(), nav.clone());
            async move {
                let id = order.id.get_untracked().unwrap_or_default();
                let sent = async {
                    actions::validate(&app.client(), &id).await?;
                    actions::submit(&app.client(), &id, hash.as_deref()).await?;
                    Ok::<_, ApiError>(())
                }
                .await;
                if let Err(e) = &sent {
                    events::emit(events::ERROR, events::error_detail(e, Some(&id)));
                    // A conflict marks its line in the cart and the summary.
                    let cart = order.latest_cart().and_then(Result::ok).unwrap_or_default();
                    order.report(Conflict::of(e, &cart, order.changed.get_untracked()));
                    if e.fault()
                        .is_some_and(|f| f.message.contains("quote has changed"))
                    {
                        order.reload_quote(&app.client());
                    }
                }
                sent?;
                // The receipt: what was agreed to, as it was shown.
                if let Some(q) = quote.get_untracked().and_then(Result::ok) {
                    receipts::keep(receipts::Receipt {
                        id: id.clone(),
                        placed: crate::components::date::months_from_today(0),
                        what: cart_line(),
                        lines: lines(&q, &titles(&q)),
                        charges: charges_words(&q),
                    });
                }
                let account = app
                    .on_behalf_of
                    .with_untracked(|o| o.as_ref().map(|o| o.number.clone()))
                    .unwrap_or_default();
                app.record_placed(&id, &account, cart_line());
                for key in ["account", "contact.regular", "payment"] {
                    drafts::clear(key);
                }
                events::emit(events::SUBMITTED, serde_json::json!({ "orderId": id }));
                order.id.set(None);
                order.seen.set(None);
                order.touch_cart();
                nav.go(&format!("/orders/{id}"));
                Ok(())
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
    let run = move || {
        if let Some((_, q)) = changed_total() {
            let seen = (q.total.minor, q.hash.clone());
            drafts::save(&seen_key(), &seen);
            order.seen.set(Some(seen));
            return;
        }
        act.submit(current().map(|q| q.hash));
    };
    let err = move |a: &'static str| {
        move || {
            problems
                .with(|p| problem_of(p, a))
                .map(|m| view! { <p class="hw-field__error">{m}</p> })
        }
    };
    // What the API holds, read again whenever the order changes.
    let agreed = crate::state::tasks::load(move || {
        order.changed.track();
        let (client, id) = (client.clone(), order.id.get());
        async move { agreed::read(&client, &id.unwrap_or_default()).await }
    });
    let known = move || agreed.get().and_then(Result::ok);
    // Not known (the network, the API): said, with a retry; the submit stays offered (the API checks
    // the order again, and its refusals are said in words).
    let unknown = move || agreed.get().and_then(Result::err);
    let has_products = move || cart.with(|c| matches!(c, Some(Ok(p)) if !p.is_empty()));
    // `None` until both are read: nothing is said missing before it is known.
    let missing = move || {
        let agreed = known()?;
        cart.with(|c| c.is_some())
            .then(|| agreed.missing(has_products()))
    };
    let ready = move || missing().is_some_and(|m| m.is_empty()) || unknown().is_some();
    let words = move |f: fn(&Agreed) -> String| {
        Signal::derive(move || known().map(|a| f(&a)).unwrap_or_default())
    };
    view! {
        <ErrorSummary problems=problems/>
        {move || (missing().filter(|m| !m.is_empty()).map(|m| view! {
            <section class="hw-card hw-notice hw-notice--error" data-testid="review-missing" aria-labelledby="missing-title">
                <h2 id="missing-title">{review::NEEDS.text()}</h2>
                <ul>
                    {m.into_iter().map(|m| view! {
                        <li data-testid=format!("missing-{}", m.step)><Link href=format!("/order/{}", m.step)>{capitalised(&m.words.text())}</Link></li>
                    }).collect_view()}
                </ul>
            </section>
        })).fresh()}
        {move || (unknown().map(|error| view! {
            <ErrorNotice what=review::UNCHECKED.text() error
                retry=move || agreed.refetch() testid="review-unknown"/>
        })).fresh()}
        <section id="review-quote" class="hw-card" aria-labelledby="quote-title" tabindex="-1">
            <h2 id="quote-title">{review::QUOTE.text()}</h2>
            {err("review-quote")}
            {move || match quote.get() {
                None => view! { <p aria-busy="true">{review::LOADING_QUOTE.text()}</p> }.fresh(),
                Some(Err(error)) => view! { <ErrorNotice what=review::QUOTE_NOT_LOADED.text() error testid="quote-error"/> }.fresh(),
                Some(Ok(q)) => view! { <QuoteView titles=titles(&q) quote=q/> }.fresh(),
            }}
            {move || (changed_total().map(|(was, q)| view! {
                <p class="hw-notice hw-notice--error" role="alert" data-testid="total-changed">
                    {review::TOTAL_CHANGED.fill(&[
                        ("was", &format(&hostway_core::api::model::Money { minor: was, currency: None }, &q.currency)),
                        ("now", &format(&q.total, &q.currency)),
                    ])}
                </p>
            })).fresh()}
        </section>
        // The rest of the order, one row each: what it is and a way to change it; a problem the API
        // reports lands in its row.
        <ReviewRow section="cart" title=order::STEP_CART href="/order/items" holds=Signal::derive(cart_line) problem=err("review-cart")/>
        <ReviewRow section="account" title=order::STEP_ACCOUNT href="/order/account" holds=words(account_words) problem=err("review-account")/>
        <ReviewRow section="contacts" title=order::STEP_CONTACTS href="/order/contacts" holds=words(contacts_words) problem=err("review-contacts")/>
        <ReviewRow section="payment" title=order::STEP_PAYMENT href="/order/payment" holds=words(payment_words) problem=err("review-payment")/>
        <section id="review-submit" class="hw-card" tabindex="-1">
            {err("review-submit")}
            {move || (current().map(|q| view! { <p data-testid="review-charges">{charges_words(&q)}</p> })).fresh()}
            <p class="hw-muted">{review::SUBMIT_NOTE.text()}</p>
            <button type="button" class="hw-button" data-testid="submit" aria-disabled=move || act.pending().get().to_string()
                hidden=move || !ready() on:click=move |_| run()>
                {move || if act.pending().get() { review::SUBMITTING.text() }
                    else if changed_total().is_some() { review::ACCEPT_TOTAL.text() }
                    else { review::SUBMIT.text() }}
            </button>
        </section>
    }
}

/// One part of the order on the review: what it holds, a way to change it, and a problem the API
/// reported about it.
#[component]
fn ReviewRow<P, V>(
    section: &'static str,
    title: hostway_core::i18n::Text,
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
    // "Change the cart": the part as said inside a sentence.
    let title = title.text();
    let what = hostway_core::format::in_sentence(&title);
    view! {
        <section id=format!("review-{section}") class="hw-card hw-review-row" aria-labelledby=labelled_by tabindex="-1">
            <h2 id=title_id>{title}</h2>
            <p class="hw-muted">{holds}</p>
            <Link href=href attr:aria-label=review::CHANGE_NAMED.fill(&[("what", &what)])>{review::CHANGE.text()}</Link>
            {problem}
        </section>
    }
}
