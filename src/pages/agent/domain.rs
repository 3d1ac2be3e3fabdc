//! The domain shortcut for an existing account: `PUT /accounts/{acct}/domains/{domain}`, its quote, then
//! submit with the quote's hash.

use crate::components::fresh::IntoFresh;
use leptos::prelude::*;
use serde_json::json;

use super::shortcuts::use_submit;
use crate::components::error_summary::problem_of;
use crate::components::{use_form, ErrorSummary, Problem, QuoteView, TextField};
use crate::state::use_app;
use hostway_core::api::model::quote::Quote;
use hostway_core::api::{accounts, actions};
use hostway_core::i18n::agent;
use hostway_core::rules;

#[component]
pub fn DomainShortcut(number: String) -> impl IntoView {
    let app = use_app();
    let domain = RwSignal::new(String::new());
    let pending = RwSignal::new(None::<(String, Quote)>);
    // Step 1: the order and its price.
    let price = {
        let (app, number) = (app.clone(), number.clone());
        use_form(
            |d: &String| {
                rules::domain_name(d)
                    .err()
                    .map(|e| vec![Problem::new("agent-domain", e)])
                    .unwrap_or_default()
            },
            move |d: String| {
                let (app, number) = (app.clone(), number.clone());
                async move {
                    let client = app.client();
                    let d = d.trim().to_ascii_lowercase();
                    let body = json!({"operation": "register", "term": 1});
                    let id = accounts::register_domain(&client, &number, &d, &body).await?;
                    let quote = actions::quote(&client, &id).await?;
                    pending.set(Some((id, quote)));
                    Ok(())
                }
            },
            |e| {
                vec![Problem::new(
                    "agent-domain",
                    match e.fault() {
                        Some(f) if !f.details.is_empty() => f
                            .details
                            .iter()
                            .map(|(_, v)| v.as_str())
                            .collect::<Vec<_>>()
                            .join(" "),
                        _ => e.reason(),
                    },
                )]
            },
        )
    };
    // Step 2: submit with the quote's hash, then its status.
    let submit = use_submit(
        number,
        move || {
            let d = domain.get_untracked().trim().to_ascii_lowercase();
            agent::DOMAIN_ORDER.fill(&[("domain", &d)])
        },
        |e| vec![Problem::new("agent-domain", e.reason())],
    );
    let problems = Signal::derive(move || {
        let mut all = price.problems.get();
        all.extend(submit.problems.get());
        all
    });
    view! {
        <form class="hw-card hw-form" on:submit=price.on_submit(move || domain.get_untracked()) novalidate data-testid="domain-shortcut" aria-label=agent::DOMAIN_TITLE.text()>
            <h2>{agent::DOMAIN_TITLE.text()}</h2>
            <ErrorSummary problems=problems/>
            <TextField id="agent-domain" label=agent::DOMAIN_NAME.text() value=domain
                error=Signal::derive(move || problems.with(|p| problem_of(p, "agent-domain"))) hint=agent::DOMAIN_HINT.text()/>
            <button type="submit" class="hw-button" data-testid="domain-order" aria-busy=move || price.pending().get().then_some("true")>
                {price.label(agent::GET_PRICE.text(), agent::GETTING_PRICE.text())}
            </button>
        </form>
        {move || (pending.get().map(|(id, q)| view! {
            <section class="hw-card" data-testid="domain-quote">
                <QuoteView quote=q.clone()/>
                <button type="button" class="hw-button" data-testid="domain-submit" on:click=move |_| {
                    submit.submit((id.clone(), q.hash.clone()));
                }>{submit.label(agent::SUBMIT.text(), agent::SUBMITTING.text())}</button>
            </section>
        })).fresh()}
    }
}
