//! The order builder: one route per step (`/order/items`, `/order/account`, `/order/contacts`,
//! `/order/payment`, `/order/review`), each saved to the API as the customer goes.

mod account;
mod contacts;
mod email_tools;
mod forwarders;
mod items;
mod lines;
mod payment;
mod review;
mod sections;
mod summary;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::ErrorNotice;
use crate::nav::Link;
use crate::state::open_order::resume;
use crate::state::order::use_order;
use crate::state::use_app;

pub const STEPS: &[(&str, &str)] = &[
    ("items", "Cart"),
    ("account", "Account"),
    ("contacts", "Contacts"),
    ("payment", "Payment"),
    ("review", "Review and submit"),
];

/// The step after `step`, for "Continue" links.
pub fn next(step: &str) -> &'static str {
    let i = STEPS.iter().position(|(s, _)| *s == step).unwrap_or(0);
    STEPS.get(i + 1).map_or("review", |(s, _)| s)
}

/// The routed builder: the step from the path.
#[component]
pub fn OrderPage() -> impl IntoView {
    let params = use_params_map();
    let step =
        Signal::derive(move || params.with(|p| p.get("step").unwrap_or_else(|| "items".into())));
    view! { <OrderSteps step/> }
}

/// The builder for any host: the routed page or the widget.
#[component]
pub fn OrderSteps(step: Signal<String>) -> impl IntoView {
    let order = use_order();
    Effect::new(move |_| {
        order.id.track();
        order.load_done();
    });
    let done = move |id: &str| order.done.with(|d| d.iter().any(|s| s == id));
    view! {
        <h1>"Your order"</h1>
        <p class="hw-muted" data-testid="step-where">{move || {
            let here = step.get();
            let i = STEPS.iter().position(|(s, _)| *s == here).unwrap_or(0);
            format!("Step {} of {}: {}", i + 1, STEPS.len(), STEPS[i].1)
        }}</p>
        <nav aria-label="Order steps" class="hw-steps">
            <ol>
                {STEPS.iter().map(|(id, label)| view! {
                    <li class:hw-steps__done=move || done(id)><Link href=format!("/order/{id}") attr:aria-current=move || (step.get() == *id).then_some("step")
                        attr:data-testid=format!("step-{id}")>{*label}
                        // Said in words too, not by the mark alone.
                        {move || done(id).then(|| view! { <span class="hw-visually-hidden">" (done)"</span> })}
                    </Link></li>
                }).collect_view()}
            </ol>
        </nav>
        {move || {
            if !order.resumed.get() {
                return view! { <p aria-busy="true">"Loading your order…"</p> }.into_any();
            }
            if let (None, Some(error)) = (order.id.get(), order.resume_error.get()) {
                let app = use_app();
                return view! {
                    <ErrorNotice what="Your order could not be loaded." error
                        kept="Your order itself is safe: it is kept by the ordering service."
                        retry=move || resume(&app, order) testid="order-unreachable"/>
                }.into_any();
            }
            if order.id.get().is_none() {
                return view! {
                    <div class="hw-card" data-testid="empty-order">
                        <p>"Your order is empty."</p>
                        <Link href="/" attr:class="hw-button">"Browse the catalog"</Link>
                    </div>
                }.into_any();
            }
            let here = move || match step.get().as_str() {
                "account" => view! { <account::AccountStep/> }.into_any(),
                "contacts" => view! { <contacts::ContactsStep/> }.into_any(),
                "payment" => view! { <payment::PaymentStep/> }.into_any(),
                "review" => view! { <review::ReviewStep/> }.into_any(),
                _ => view! { <items::ItemsStep/> }.into_any(),
            };
            view! {
                <div class="hw-builder-host">
                    <div class="hw-builder">
                        <summary::OrderSummary/>
                        <div class="hw-builder__step">{here}</div>
                    </div>
                </div>
            }.into_any()
        }}
    }
}

/// "Continue" to the next step.
#[component]
fn Continue(step: &'static str) -> impl IntoView {
    // Shown once the step is saved: it is done.
    use_order().mark_done(step);
    let to = next(step);
    view! { <p><Link href=format!("/order/{to}") attr:class="hw-button" attr:data-testid="continue">"Continue"</Link></p> }
}
