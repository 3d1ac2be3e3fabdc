//! The sales agent portal: sign in with HTTP Basic credentials (memory only), find an existing account,
//! order on its behalf, and follow the orders placed in this tab.

mod account;
mod domain;
mod shortcuts;
mod sitebuilder;

pub use account::AgentAccount;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::api::{accounts, ApiError};
use crate::components::error_summary::problem_of;
use crate::components::{ErrorSummary, Problem, TextField};
use crate::state::agent::sign_in;
use crate::state::placed::PlacedOrder;
use crate::state::use_app;
use crate::state::watch::watch;

/// Wraps agent pages: the sign-in form until an agent is signed in.
#[component]
pub fn AgentGate(children: ChildrenFn) -> impl IntoView {
    let app = use_app();
    move || {
        match app.agent.get() {
        Some(a) => view! {
            <p class="hw-muted" data-testid="agent-signed-in">"Signed in as " <strong>{a.user.clone()}</strong> " · "
                <button type="button" class="hw-health__retry" data-testid="sign-out" on:click={
                    let app = app.clone();
                    move |_| app.sign_out()
                }>"Sign out"</button>
            </p>
            {children()}
        }.into_any(),
        None => view! { <SignIn/> }.into_any(),
    }
    }
}

#[component]
fn SignIn() -> impl IntoView {
    let app = use_app();
    let user = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let attempt = Action::new_local(move |(u, p): &(String, String)| {
        let (app, u, p) = (app.clone(), u.clone(), p.clone());
        async move {
            let session = sign_in(&app.client(), &u, &p).await?;
            app.agent.set(Some(session));
            Ok::<_, ApiError>(())
        }
    });
    Effect::new(move |_| {
        if let Some(Err(e)) = attempt.value().get() {
            problems.set(vec![Problem::new("agent-password", e.reason())]);
            password.set(String::new());
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut p = Vec::new();
        if user.with_untracked(|u| u.trim().is_empty()) {
            p.push(Problem::new("agent-user", "Enter your agent user name."));
        }
        if password.with_untracked(String::is_empty) {
            p.push(Problem::new("agent-password", "Enter your password."));
        }
        problems.set(p.clone());
        if p.is_empty() && !attempt.pending().get_untracked() {
            attempt.dispatch((user.get_untracked(), password.get_untracked()));
        }
    };
    let err = move |a: &'static str| Signal::derive(move || problems.with(|p| problem_of(p, a)));
    view! {
        <h1>"Agent sign-in"</h1>
        <ErrorSummary problems=problems/>
        <form class="hw-card hw-form" on:submit=submit novalidate data-testid="agent-sign-in">
            <TextField id="agent-user" label="User name" value=user error=err("agent-user") autocomplete="username"/>
            <TextField id="agent-password" label="Password" kind="password" value=password error=err("agent-password") autocomplete="current-password"/>
            <p class="hw-muted">"Your credentials stay in this tab's memory: reloading or signing out forgets them."</p>
            <button type="submit" class="hw-button" data-testid="agent-submit" aria-disabled=move || attempt.pending().get().to_string()>
                {move || if attempt.pending().get() { "Checking…" } else { "Sign in" }}
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
    let problems = RwSignal::new(Vec::<Problem>::new());
    let navigate = use_navigate();
    let find = Action::new_local(move |q: &String| {
        let (app, q) = (app.clone(), q.trim().to_string());
        async move {
            let client = app.client();
            match accounts::account(&client, &q).await {
                Err(e) if e.status() == Some(404) => accounts::partner_account(&client, &q).await,
                other => other,
            }
        }
    });
    Effect::new(move |_| match find.value().get() {
        Some(Ok(a)) => navigate(
            &format!("/agent/accounts/{}", a.account_number),
            Default::default(),
        ),
        Some(Err(e)) => problems.set(vec![Problem::new(
            "agent-find",
            match e.status() {
                Some(404) => {
                    "No account has this account number or partner account id.".to_string()
                }
                _ => e.reason(),
            },
        )]),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if query.with_untracked(|q| q.trim().is_empty()) {
            problems.set(vec![Problem::new(
                "agent-find",
                "Enter an account number or a partner account id.",
            )]);
        } else if !find.pending().get_untracked() {
            problems.set(Vec::new());
            find.dispatch(query.get_untracked());
        }
    };
    let err = Signal::derive(move || problems.with(|p| problem_of(p, "agent-find")));
    view! {
        <h1>"Agent portal"</h1>
        <ErrorSummary problems=problems/>
        <form class="hw-card hw-form" role="search" on:submit=submit novalidate data-testid="agent-find-form">
            <TextField id="agent-find" label="Account number or partner account id" value=query error=err hint="e.g. acct999999 or P-1001"/>
            <button type="submit" class="hw-button" data-testid="agent-find" aria-busy=move || find.pending().get().then_some("true")>
                {move || if find.pending().get() { "Looking it up…" } else { "Find the account" }}
            </button>
        </form>
        <PlacedOrders/>
    }
}

/// The orders this agent placed in this tab, each with its live status. The list outlives a reload
/// (`sessionStorage`, no secret: see `state::placed`); each agent sees only their own.
#[component]
pub fn PlacedOrders() -> impl IntoView {
    let app = use_app();
    let mine = {
        let app = app.clone();
        Memo::new(move |_| {
            let me = app.agent.with(|a| a.as_ref().map(|a| a.user.clone()));
            app.placed.with(|list| {
                list.iter()
                    .filter(|o| Some(&o.agent) == me.as_ref())
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <section class="hw-card" aria-labelledby="placed-title">
            <h2 id="placed-title">"Orders placed in this tab"</h2>
            {move || {
                if mine.with(Vec::is_empty) {
                    view! { <p data-testid="placed-empty">"None yet."</p> }.into_any()
                } else {
                    view! { <ul data-testid="placed" class="hw-placed">
                        <For each=move || mine.get() key=|o| o.id.clone() let:order>
                            <PlacedRow order/>
                        </For>
                    </ul> }.into_any()
                }
            }}
        </section>
    }
}

#[component]
fn PlacedRow(order: PlacedOrder) -> impl IntoView {
    let app = use_app();
    let w = watch(app.client(), order.id.clone());
    let href = format!("/orders/{}", order.id);
    let account = (!order.account.is_empty()).then(|| format!(" · account {}", order.account));
    let when = format!(" · placed at {} · order ", order.when());
    let (id, what) = (order.id, order.what);
    let label = id.clone();
    view! {
        <li data-testid="placed-order" data-order-id=id>
            <A href=href>{what}</A>
            <span class="hw-muted">{account}{when}<code class="hw-order-id">{label}</code></span>
            " — "
            <span data-testid="placed-status">{move || w.order.with(|o| o.as_ref().map(|o| o.status.label().to_string())).unwrap_or_else(|| "checking…".into())}</span>
        </li>
    }
}
