//! The order builder: one route per step (`/order/items`, `/order/account`, `/order/contacts`,
//! `/order/payment`, `/order/review`), each saved to the API as the customer goes.

mod account;
mod agreed_words;
mod contacts;
mod email_tools;
mod forwarders;
mod items;
mod lines;
mod payment;
mod review;
mod sections;
mod summary;

use crate::components::fresh::{Fresh, IntoFresh};
use leptos::prelude::*;

use crate::components::page::Elsewhere;
use crate::components::ErrorNotice;
use crate::nav::{use_nav, Link, Nav};
use crate::state::open_order::resume;
use crate::state::order::{use_order, OrderCtx};
use crate::state::use_app;
use hostway_core::i18n::{agent, order, page, Text};

pub const STEPS: &[(&str, hostway_core::i18n::Text)] = &[
    ("items", order::STEP_CART),
    ("account", order::STEP_ACCOUNT),
    ("contacts", order::STEP_CONTACTS),
    ("payment", order::STEP_PAYMENT),
    ("review", order::STEP_REVIEW),
];

/// The step after `step`, for "Continue" links.
pub fn next(step: &str) -> &'static str {
    let i = STEPS.iter().position(|(s, _)| *s == step).unwrap_or(0);
    STEPS.get(i + 1).map_or("review", |(s, _)| s)
}

/// The steps one module of an app draws: the view of a step (`contacts`), or `None` for a step another
/// module draws (the page hands over to it, see [`Elsewhere`]).
pub type Steps = fn(&str) -> Option<Fresh>;

/// The checkout's steps: the account, contacts, payment and review.
pub fn checkout(step: &str) -> Option<Fresh> {
    Some(match step {
        "account" => view! { <account::AccountStep/> }.fresh(),
        // An existing account's contacts and payment are its own: not asked again.
        "contacts" => view! {
            <OnFileWith step="contacts" what=agent::CONTACTS_ON_FILE><contacts::ContactsStep/></OnFileWith>
        }
        .fresh(),
        "payment" => view! {
            <OnFileWith step="payment" what=agent::PAYMENT_ON_FILE><payment::PaymentStep/></OnFileWith>
        }
        .fresh(),
        "review" => view! { <review::ReviewStep/> }.fresh(),
        _ => return None,
    })
}

/// The cart: the first step, and where any other path under `/order/` leads.
pub fn cart(step: &str) -> Option<Fresh> {
    STEPS[1..]
        .iter()
        .all(|(s, _)| *s != step)
        .then(|| view! { <items::ItemsStep/> }.fresh())
}

/// Every step, for an app in one module (the portal, the widget's flow).
pub fn every(step: &str) -> Option<Fresh> {
    checkout(step).or_else(|| cart(step))
}

/// The routed builder: the step from the path; `steps`, those this module draws.
#[component]
pub fn OrderPage(steps: Steps) -> impl IntoView {
    let nav = use_nav();
    // A memo: the step's views are drawn again only when the step changes, not at every address.
    let step = Memo::new(move |_| nav.param("/order/").unwrap_or_else(|| "items".into())).into();
    view! { <OrderSteps step steps/> }
}

/// The builder for any host: the routed page or the widget; `steps`, those this module draws.
#[component]
pub fn OrderSteps(step: Signal<String>, steps: Steps) -> impl IntoView {
    let order = use_order();
    // The steps done as the API knows them (after a reload, in a new tab, on another device): ticked
    // with those this browser marked done.
    let app = use_app();
    let (client, cart) = (app.client(), order.use_cart(app.client()));
    let agreed = crate::state::tasks::load(move || {
        let (client, id) = (client.clone(), order.id.get());
        async move { crate::state::agreed::read(&client, &id?).await.ok() }
    });
    provide_context(Existing(Signal::derive(move || {
        agreed
            .get()
            .map(|a| a.and_then(|a| a.account.and_then(|a| a.existing)))
    })));
    let done = Memo::new(move |_| {
        let mut done = order.marked_done();
        if let Some(Some(agreed)) = agreed.get() {
            done.extend(agreed.done().into_iter().map(String::from));
        }
        if cart.with(|c| matches!(c, Some(Ok(products)) if !products.is_empty())) {
            done.push("items".into());
        }
        done
    });
    let done = move |id: &str| done.with(|d| d.iter().any(|s| s == id));
    let label = move || {
        let here = step.get();
        STEPS
            .iter()
            .find(|(s, _)| *s == here)
            .map_or(STEPS[0].1, |(_, label)| *label)
            .text()
    };
    crate::components::page::title(move || order::PAGE_TITLE.fill(&[("step", &label())]));
    view! {
        <h1>{order::TITLE.text()}</h1>
        // Where a step change brings the focus: the step, said in words.
        <p class="hw-muted" data-testid="step-where" data-arrival>{move || {
            let here = step.get();
            let i = STEPS.iter().position(|(s, _)| *s == here).unwrap_or(0);
            order::STEP_OF.fill(&[
                ("n", &(i + 1).to_string()),
                ("total", &STEPS.len().to_string()),
                ("step", &STEPS[i].1.text()),
            ])
        }}</p>
        <nav aria-label=order::STEPS_LABEL.text() class="hw-steps">
            <ol>
                {STEPS.iter().map(|(id, label)| view! {
                    <li class:hw-steps__done=move || done(id)><Link href=format!("/order/{id}") attr:aria-current=move || (step.get() == *id).then_some("step")
                        attr:data-testid=format!("step-{id}")>{label.text()}
                        // Said in words too, not by the mark alone.
                        {move || (done(id).then(|| view! { <span class="hw-visually-hidden">{format!(" {}", order::DONE.text())}</span> })).fresh()}
                    </Link></li>
                }).collect_view()}
            </ol>
        </nav>
        {move || {
            if !order.resumed.get() {
                return view! { <p aria-busy="true">{order::LOADING.text()}</p> }.fresh();
            }
            if let (None, Some(error)) = (order.id.get(), order.resume_error.get()) {
                let app = use_app();
                return view! {
                    <ErrorNotice what=order::NOT_LOADED.text() error
                        kept=order::KEPT.text()
                        retry=move || resume(&app, order) testid="order-unreachable"/>
                }.fresh();
            }
            if order.id.get().is_none() {
                // Back from a receipt, or a new visit after an order: the orders placed in this
                // browser, the last one first, each with its receipt.
                let placed = crate::state::receipts::all();
                if let Some(last) = placed.first().cloned() {
                    return view! {
                        <div class="hw-card" data-testid="placed-orders">
                            <p><strong>{order::PLACED.text()}</strong>{format!(" {}", order::NOTHING_WAITING.text())}</p>
                            <p class="hw-actions">
                                <Link href=format!("/orders/{}", last.id) attr:class="hw-button" attr:data-testid="last-receipt">{order::SEE_RECEIPT.text()}</Link>
                                <Link href="/" attr:class="hw-button hw-button--secondary">{order::START_NEW.text()}</Link>
                            </p>
                            <h2>{order::PLACED_HERE.text()}</h2>
                            <ul class="hw-placed">
                                {placed.into_iter().map(|r| view! {
                                    <li><Link href=format!("/orders/{}", r.id)>{format!("{}: {}", r.placed, r.what)}</Link>
                                        {format!(" — {}", r.lines.total)}</li>
                                }).collect_view()}
                            </ul>
                        </div>
                    }.fresh();
                }
                return view! {
                    <div class="hw-card" data-testid="empty-order">
                        <p>{order::EMPTY.text()}</p>
                        <Link href="/" attr:class="hw-button">{order::BROWSE.text()}</Link>
                    </div>
                }.fresh();
            }
            let here = move || {
                let step = step.get();
                steps(&step).unwrap_or_else(|| view! { <Elsewhere/> }.fresh())
            };
            view! {
                <div class="hw-builder-host">
                    <div class="hw-builder">
                        <summary::OrderSummary/>
                        <div class="hw-builder__step">{here}</div>
                    </div>
                </div>
            }.fresh()
        }}
    }
}

/// "Continue" to the next step, for a step already done (its data on file): the customer moves on
/// without saving again. `unchanged`: "Continue without changes", beside the step's own save.
#[component]
fn Continue(step: &'static str, #[prop(optional)] unchanged: bool) -> impl IntoView {
    // Shown once the step is saved: it is done.
    use_order().mark_done(step);
    let to = next(step);
    let (class, label) = if unchanged {
        ("hw-button hw-button--secondary", order::CONTINUE_UNCHANGED)
    } else {
        ("hw-button", order::CONTINUE)
    };
    view! { <Link href=format!("/order/{to}") attr:class=class attr:data-testid="continue">{label.text()}</Link> }
}

/// The existing account an agent's order is for, as the order's account says: `None` while it is read,
/// `Some(None)` for a new account (or when it could not be read: the step's form is shown).
#[derive(Clone, Copy)]
struct Existing(Signal<Option<Option<String>>>);

/// A step whose data an existing account already holds: said (`what`: "whose contacts are on file"),
/// and the step leads on; for a new account, the step's form (`children`).
#[component]
fn OnFileWith(step: &'static str, what: Text, children: ChildrenFn) -> impl IntoView {
    let existing = expect_context::<Existing>().0;
    move || {
        match existing.get() {
        None => view! { <p aria-busy="true">{page::LOADING.text()}</p> }.fresh(),
        Some(Some(number)) => view! {
            <div class="hw-card" data-testid="on-file">
                <p class="hw-notice hw-notice--ok">{agent::ON_FILE.fill(&[("number", &number), ("what", &what.text())])}</p>
                <p class="hw-actions"><Continue step/></p>
            </div>
        }
        .fresh(),
        Some(None) => children().fresh(),
    }
    }
}

/// What "Save and continue" does once its step is saved: ticks the step and opens the next one. Made
/// where the form is built (it reads the context) and called from the save's future.
#[derive(Clone)]
struct GoOn {
    nav: Nav,
    order: OrderCtx,
    step: &'static str,
}

impl GoOn {
    fn new(step: &'static str) -> Self {
        Self {
            nav: use_nav(),
            order: use_order(),
            step,
        }
    }

    fn go(&self) {
        self.order.mark_done(self.step);
        self.nav.go(&format!("/order/{}", next(self.step)));
    }
}
