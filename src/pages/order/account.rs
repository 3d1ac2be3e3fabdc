//! Step 2: the account (currency, language) and its login user.

use leptos::prelude::*;

use super::Continue;
use crate::api::{account, ApiError};
use crate::components::error_summary::problem_of;
use crate::components::{ErrorSummary, Problem, SelectField, TextField};
use crate::rules;
use crate::state::order::use_order;
use crate::state::{drafts, use_app};

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
struct Draft {
    currency: String,
    language: String,
    user_name: String,
}

fn check(d: &Draft, password: &str) -> Vec<Problem> {
    let mut p = Vec::new();
    if let Err(e) = rules::user_name(&d.user_name) {
        p.push(Problem::new("account-userName", e));
    }
    if let Err(e) = rules::password(password) {
        p.push(Problem::new("account-password", e));
    }
    p
}

fn problems_from(e: &ApiError) -> Vec<Problem> {
    match e.fault() {
        Some(f) if !f.details.is_empty() => f
            .details
            .iter()
            .map(|(k, v)| Problem::new(format!("account-{k}"), v.clone()))
            .collect(),
        Some(f) if f.code == 409 => vec![Problem::new(
            "account-userName",
            "This user name is taken; choose another.",
        )],
        _ => vec![Problem::new("account-save", e.to_string())],
    }
}

#[component]
pub fn AccountStep() -> impl IntoView {
    let app = use_app();
    let order = use_order();
    let draft: Draft = drafts::load("account").unwrap_or_default();
    let currency = RwSignal::new(if draft.currency.is_empty() {
        "USD".to_string()
    } else {
        draft.currency
    });
    let language = RwSignal::new(if draft.language.is_empty() {
        "en-US".to_string()
    } else {
        draft.language
    });
    let user_name = RwSignal::new(draft.user_name);
    let password = RwSignal::new(String::new());
    let existing = RwSignal::new(None::<String>);
    // What the API already has wins over defaults (not over what the customer typed).
    {
        let client = app.client();
        let current = LocalResource::new(move || {
            let (client, id) = (client.clone(), order.id.get().unwrap_or_default());
            // Independent reads: both at once.
            async move {
                futures::future::join(account::get(&client, &id), account::user_name(&client, &id))
                    .await
            }
        });
        Effect::new(move |_| {
            if let Some((Ok(a), user)) = current.get() {
                if a.number.is_some() {
                    existing.set(a.number.clone());
                }
                if !a.currency.is_empty() {
                    currency.set(a.currency);
                }
                if !a.language.is_empty() {
                    language.set(a.language);
                }
                if let (Ok(u), true) = (user, user_name.with_untracked(String::is_empty)) {
                    if !u.is_empty() && !u.starts_with("user") {
                        user_name.set(u);
                    }
                }
            }
        });
    }
    let draft = move || Draft {
        currency: currency.get(),
        language: language.get(),
        user_name: user_name.get(),
    };
    Effect::new(move |_| drafts::save("account", &draft()));
    let problems = RwSignal::new(Vec::<Problem>::new());
    let save = Action::new_local(move |(d, pw): &(Draft, String)| {
        let (app, d, pw) = (app.clone(), d.clone(), pw.clone());
        async move {
            let id = order.id.get_untracked().unwrap_or_default();
            account::put_new(&app.client(), &id, &d.currency, &d.language).await?;
            account::put_user(&app.client(), &id, &d.user_name, &pw).await?;
            order.touch();
            Ok::<_, ApiError>(())
        }
    });
    Effect::new(move |_| {
        if let Some(Err(e)) = save.value().get() {
            problems.set(problems_from(&e));
        }
    });
    let saved = move || matches!(save.value().get(), Some(Ok(())));
    let err = move |a: &'static str| Signal::derive(move || problems.with(|p| problem_of(p, a)));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let found = check(&draft(), &password.get_untracked());
        problems.set(found.clone());
        if found.is_empty() && !save.pending().get_untracked() {
            save.dispatch((draft(), password.get_untracked()));
        }
    };
    let currencies = Signal::derive(|| {
        vec![
            ("USD".to_string(), "US dollar (USD)".to_string()),
            ("EUR".to_string(), "Euro (EUR)".to_string()),
        ]
    });
    let languages = Signal::derive(|| {
        ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES"]
            .iter()
            .map(|l| (l.to_string(), l.to_string()))
            .collect::<Vec<_>>()
    });
    view! {
        {move || existing.get().map(|n| view! {
            <p class="hw-notice hw-notice--ok" data-testid="existing-account">
                {format!("This order is for the existing account {n}: its details are already on file.")}
            </p>
            <Continue step="account"/>
        })}
        <div hidden=move || existing.with(Option::is_some)>
        <ErrorSummary problems=problems/>
        <form class="hw-card hw-form" on:submit=submit novalidate data-testid="account-form">
            <h2>"Account"</h2>
            <SelectField id="account-currency" label="Currency" value=currency options=currencies error=err("account-currency")/>
            <SelectField id="account-language" label="Language" value=language options=languages error=err("account-language")/>
            <h2>"Login"</h2>
            <TextField id="account-userName" label="User name" value=user_name error=err("account-userName")
                hint="Up to 50 letters, digits and . - _ @" autocomplete="username"/>
            <TextField id="account-password" label="Password" kind="password" value=password error=err("account-password")
                hint="8 to 50 characters with a letter and a digit" autocomplete="new-password"/>
            <p id="account-save">
                <button type="submit" class="hw-button" data-testid="save-account" aria-disabled=move || save.pending().get().to_string()>
                    {move || if save.pending().get() { "Saving…" } else { "Save" }}
                </button>
            </p>
            {move || saved().then(|| view! { <p class="hw-notice hw-notice--ok" role="status" data-testid="account-saved">"Saved."</p> })}
        </form>
        {move || saved().then(|| view! { <Continue step="account"/> })}
        </div>
    }
}
