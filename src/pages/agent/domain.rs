//! The domain shortcut for an existing account: `PUT /accounts/{acct}/domains/{domain}`, its quote, then
//! submit with the quote's hash.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use serde_json::json;

use super::shortcuts::submit_action;
use crate::api::model::quote::Quote;
use crate::api::{accounts, actions, ApiError};
use crate::components::error_summary::problem_of;
use crate::components::{ErrorSummary, Problem, QuoteView, TextField};
use crate::rules;
use crate::state::use_app;

#[component]
pub fn DomainShortcut(number: String) -> impl IntoView {
    let app = use_app();
    let domain = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let pending = RwSignal::new(None::<(String, Quote)>);
    let navigate = use_navigate();
    let register = {
        let (app, number) = (app.clone(), number.clone());
        Action::new_local(move |d: &String| {
            let (app, number, d) = (app.clone(), number.clone(), d.trim().to_ascii_lowercase());
            async move {
                let client = app.client();
                let id = accounts::register_domain(
                    &client,
                    &number,
                    &d,
                    &json!({"operation": "register", "term": 1}),
                )
                .await?;
                let quote = actions::quote(&client, &id).await?;
                Ok::<_, ApiError>((id, quote))
            }
        })
    };
    let submit = submit_action(&app);
    Effect::new(move |_| match register.value().get() {
        Some(Ok(found)) => pending.set(Some(found)),
        Some(Err(e)) => problems.set(vec![Problem::new(
            "agent-domain",
            match e.fault() {
                Some(f) if !f.details.is_empty() => {
                    f.details.values().cloned().collect::<Vec<_>>().join(" ")
                }
                _ => e.reason(),
            },
        )]),
        None => {}
    });
    {
        let (app, number) = (app.clone(), number.clone());
        Effect::new(move |_| match submit.value().get() {
            Some(Ok(id)) => {
                app.record_placed(
                    &id,
                    &number,
                    format!(
                        "Domain registration of {}",
                        domain.get_untracked().trim().to_ascii_lowercase()
                    ),
                );
                navigate(&format!("/orders/{id}"), Default::default());
            }
            Some(Err(e)) => problems.set(vec![Problem::new("agent-domain", e.reason())]),
            None => {}
        });
    }
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let check = rules::domain_name(&domain.get_untracked());
        problems.set(
            check
                .err()
                .map(|e| vec![Problem::new("agent-domain", e)])
                .unwrap_or_default(),
        );
        if problems.with_untracked(Vec::is_empty) && !register.pending().get_untracked() {
            register.dispatch(domain.get_untracked());
        }
    };
    view! {
        <form class="hw-card hw-form" on:submit=send novalidate data-testid="domain-shortcut">
            <h2>"Register a domain for this account"</h2>
            <ErrorSummary problems=problems/>
            <TextField id="agent-domain" label="Domain name" value=domain error=Signal::derive(move || problems.with(|p| problem_of(p, "agent-domain"))) hint=".com, .net or .us, e.g. my-shop.com"/>
            <button type="submit" class="hw-button" data-testid="domain-order" aria-busy=move || register.pending().get().then_some("true")>
                {move || if register.pending().get() { "Getting the price…" } else { "Get the price" }}
            </button>
        </form>
        {move || pending.get().map(|(id, q)| view! {
            <section class="hw-card" data-testid="domain-quote">
                <QuoteView quote=q.clone()/>
                <button type="button" class="hw-button" data-testid="domain-submit" on:click=move |_| {
                    if !submit.pending().get_untracked() { submit.dispatch((id.clone(), q.hash.clone())); }
                }>{move || if submit.pending().get() { "Submitting…" } else { "Submit the order" }}</button>
            </section>
        })}
    }
}
