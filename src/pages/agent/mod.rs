//! The sales agent portal: sign in with HTTP Basic credentials (memory only), find an existing account,
//! order on its behalf, and follow the orders placed in this tab.

mod account;
mod banner;
mod domain;
mod shortcuts;
mod sitebuilder;

pub use account::AgentAccount;
pub use banner::OnBehalfBanner;

use crate::components::fresh::IntoFresh;
use crate::nav::{use_nav, Link};
use leptos::prelude::*;

use crate::components::{use_form, ErrorSummary, Problem, TextField};
use crate::state::agent::{sign_in, sign_in_problems};
use crate::state::placed::PlacedOrder;
use crate::state::use_app;
use crate::state::watch::watch;
use hostway_core::api::accounts;
use hostway_core::api::model::OrderStatus;
use hostway_core::i18n::agent;

/// Wraps agent pages: the sign-in form until an agent is signed in.
#[component]
pub fn AgentGate(children: ChildrenFn) -> impl IntoView {
    let app = use_app();
    move || {
        match app.agent.get() {
        Some(a) => view! {
            <p class="hw-muted hw-wrap" data-testid="agent-signed-in">{agent::SIGNED_IN_AS.text()} " " <strong>{a.user.clone()}</strong> " · "
                <button type="button" class="hw-health__retry" data-testid="sign-out" on:click={
                    let app = app.clone();
                    move |_| app.sign_out()
                }>{agent::SIGN_OUT.text()}</button>
            </p>
            {children()}
        }.fresh(),
        None => view! { <SignIn/> }.fresh(),
    }
    }
}

#[component]
fn SignIn() -> impl IntoView {
    let app = use_app();
    let user = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let form = use_form(
        |(u, p): &(String, String)| {
            sign_in_problems(u, p)
                .into_iter()
                .map(|(field, said)| Problem::new(field, said.text()))
                .collect()
        },
        move |(u, p): (String, String)| {
            let app = app.clone();
            async move {
                // A refused password is not kept in the field.
                let session = sign_in(&app.client(), &u, &p)
                    .await
                    .inspect_err(|_| password.set(String::new()))?;
                app.agent.set(Some(session));
                Ok(())
            }
        },
        |e| vec![Problem::new("agent-password", e.reason())],
    );
    crate::components::page::title(|| agent::SIGN_IN_TITLE.text());
    view! {
        <h1>{agent::SIGN_IN_TITLE.text()}</h1>
        <ErrorSummary problems=form.problems/>
        <form class="hw-card hw-form" aria-label=agent::SIGN_IN_TITLE.text() on:submit=form.on_submit(move || (user.get_untracked(), password.get_untracked()))
            novalidate data-testid="agent-sign-in">
            <TextField id="agent-user" label=agent::USER_NAME.text() value=user error=form.error("agent-user") autocomplete="username"/>
            <TextField id="agent-password" label=agent::PASSWORD.text() kind="password" value=password error=form.error("agent-password") autocomplete="current-password"/>
            <p class="hw-muted">{agent::NOT_KEPT.text()}</p>
            <button type="submit" class="hw-button" data-testid="agent-submit" aria-disabled=move || form.pending().get().to_string()>
                {form.label(agent::SIGN_IN.text(), agent::CHECKING.text())}
            </button>
        </form>
    }
}

/// `/agent`: find an account; the orders placed in this tab.
#[component]
pub fn AgentHome() -> impl IntoView {
    view! { <AgentGate><AgentDashboard/></AgentGate> }
}

#[component]
fn AgentDashboard() -> impl IntoView {
    let app = use_app();
    let query = RwSignal::new(String::new());
    let navigate = use_nav();
    let form = use_form(
        |q: &String| {
            if q.trim().is_empty() {
                vec![Problem::new("agent-find", agent::FIND_EMPTY.text())]
            } else {
                Vec::new()
            }
        },
        move |q: String| {
            let (app, navigate) = (app.clone(), navigate.clone());
            async move {
                let client = app.client();
                let q = q.trim();
                let account = match accounts::account(&client, q).await {
                    Err(e) if e.status() == Some(404) => {
                        accounts::partner_account(&client, q).await
                    }
                    other => other,
                }?;
                navigate.go(&format!("/agent/accounts/{}", account.account_number));
                Ok(())
            }
        },
        |e| {
            vec![Problem::new(
                "agent-find",
                match e.status() {
                    Some(404) => agent::FIND_NONE.text(),
                    _ => e.reason(),
                },
            )]
        },
    );
    crate::components::page::title(|| agent::PORTAL.text());
    view! {
        <h1>{agent::PORTAL.text()}</h1>
        <ErrorSummary problems=form.problems/>
        <form class="hw-card hw-form" role="search" aria-label=agent::FIND_TITLE.text() on:submit=form.on_submit(move || query.get_untracked())
            novalidate data-testid="agent-find-form">
            <TextField id="agent-find" label=agent::FIND_FIELD.text() value=query error=form.error("agent-find") hint=agent::FIND_HINT.text()/>
            <button type="submit" class="hw-button" data-testid="agent-find" aria-busy=move || form.pending().get().then_some("true")>
                {form.label(agent::FIND.text(), agent::FINDING.text())}
            </button>
        </form>
        <PlacedOrders/>
    }
}

/// The orders this agent placed in this tab, each with its live status: all of them, or those for
/// `account` (on its page, where `on_completed` is told when one of them completes while shown). The
/// list outlives a reload (`sessionStorage`, no secret: see `state::placed`); each agent sees only their
/// own.
#[component]
pub fn PlacedOrders(
    #[prop(optional)] account: Option<String>,
    #[prop(optional)] on_completed: Option<Callback<()>>,
) -> impl IntoView {
    let app = use_app();
    // On the account's own page its number is not said again on each line.
    let show_account = account.is_none();
    let title = if account.is_some() {
        agent::PLACED_HERE.text()
    } else {
        agent::PLACED.text()
    };
    let mine = {
        let app = app.clone();
        Memo::new(move |_| {
            let me = app.agent.with(|a| a.as_ref().map(|a| a.user.clone()));
            app.placed.with(|list| {
                list.iter()
                    .filter(|o| Some(&o.agent) == me.as_ref())
                    .filter(|o| account.as_ref().is_none_or(|a| *a == o.account))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <section class="hw-card" aria-labelledby="placed-title">
            <h2 id="placed-title">{title}</h2>
            {move || {
                if mine.with(Vec::is_empty) {
                    view! { <p data-testid="placed-empty">{agent::NONE_YET.text()}</p> }.fresh()
                } else {
                    view! { <ul data-testid="placed" class="hw-placed">
                        <For each=move || mine.get() key=|o| o.id.clone() let:order>
                            <PlacedRow order on_completed show_account/>
                        </For>
                    </ul> }.fresh()
                }
            }}
        </section>
    }
}

#[component]
fn PlacedRow(
    order: PlacedOrder,
    on_completed: Option<Callback<()>>,
    show_account: bool,
) -> impl IntoView {
    let app = use_app();
    // Completed while watched here (not already when first read): what the account holds has changed.
    let w = watch(app.client(), order.id.clone(), move |before, now| {
        let was_pending = before.is_some_and(|s| !s.is_final());
        if was_pending && now.status == OrderStatus::Completed {
            if let Some(completed) = on_completed {
                completed.run(());
            }
        }
    });
    let href = format!("/orders/{}", order.id);
    let account = (show_account && !order.account.is_empty()).then(|| {
        format!(
            " · {}",
            agent::PLACED_ACCOUNT.fill(&[("number", &order.account)])
        )
    });
    let when = format!(" · {} ", agent::PLACED_AT.fill(&[("when", &order.when())]));
    let (id, what) = (order.id, order.what);
    let label = id.clone();
    view! {
        <li data-testid="placed-order" data-order-id=id>
            <Link href=href>{what}</Link>
            <span class="hw-muted">{account}{when}<code class="hw-order-id">{label}</code></span>
            " — "
            <span data-testid="placed-status">{move || w.order.with(|o| o.as_ref().map(|o| o.status.label().to_string())).unwrap_or_else(|| agent::STATUS_CHECKING.text())}</span>
        </li>
    }
}
