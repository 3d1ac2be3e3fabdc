//! Step 2: the account (currency, language) and its login user.

use crate::components::fresh::IntoFresh;
use hostway_core::i18n::{form, profile};
use leptos::prelude::*;

use super::{Continue, GoOn};
use crate::components::{use_form, ErrorSummary, Problem, SelectField, TextField};
use crate::state::order::use_order;
use crate::state::{drafts, use_app};
use hostway_core::api::{account, ApiError};
use hostway_core::rules;

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

/// Which of the step's two writes was refused: the account (currency, language) or its login user.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Write {
    Account,
    User,
}

/// A refusal in the customer's words, at its field. The two writes' conflicts differ: the account's
/// (the older revision's 409) is a currency other than the products', the user's a taken user name.
fn problems_from(e: &ApiError, refused: Write) -> Vec<Problem> {
    const CURRENCY: &str = "account-currency";
    match e.fault() {
        Some(f) if !f.details.is_empty() => f
            .details
            .iter()
            .map(|(k, v)| Problem::new(format!("account-{k}"), v.clone()))
            .collect(),
        Some(f) if f.code == 409 && refused == Write::Account => {
            vec![Problem::new(CURRENCY, profile::OTHER_CURRENCY.text())]
        }
        Some(f) if f.code == 409 => {
            vec![Problem::new("account-userName", profile::USER_TAKEN.text())]
        }
        Some(f) if f.message.starts_with("Currency ") => {
            vec![Problem::new(CURRENCY, profile::CURRENCY_REFUSED.text())]
        }
        Some(f) if f.message.starts_with("Language ") => vec![Problem::new(
            "account-language",
            profile::LANGUAGE_REFUSED.text(),
        )],
        _ => vec![Problem::new("account-save", e.to_string())],
    }
}

/// The API's language tags, each named in its own language.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en-US", "English (United States)"),
    ("en-GB", "English (United Kingdom)"),
    ("de-DE", "Deutsch (Deutschland)"),
    ("fr-FR", "Français (France)"),
    ("es-ES", "Español (España)"),
];

/// A language tag by its name; the tag when unknown.
pub fn language_name(tag: &str) -> &str {
    LANGUAGES
        .iter()
        .find(|(t, _)| *t == tag)
        .map_or(tag, |(_, name)| name)
}

/// A currency by its name ("US dollar (USD)"); the code when unknown.
pub fn currency_name(code: &str) -> String {
    match code {
        "USD" => profile::USD.text(),
        "EUR" => profile::EUR.text(),
        other => other.to_string(),
    }
}

/// The currencies offered: `(code, name)`. Once the order holds products, only theirs (the API
/// refuses an account in another currency); before, those the catalog prices in.
fn currencies(of_products: Option<&str>) -> Vec<(String, String)> {
    let name = currency_name;
    match of_products {
        Some(code) => vec![(code.to_string(), name(code))],
        None => ["USD", "EUR"]
            .iter()
            .map(|c| (c.to_string(), name(c)))
            .collect(),
    }
}

/// What the API already holds for this order's account: its number (an existing account), currency,
/// language and login user. Each may be missing (no account yet).
#[derive(Clone, Debug, Default, PartialEq)]
struct OnFile {
    number: Option<String>,
    currency: Option<String>,
    language: Option<String>,
    user_name: Option<String>,
}

#[component]
pub fn AccountStep() -> impl IntoView {
    let app = use_app();
    let order = use_order();
    let client = app.client();
    // Both reads at once; the form is drawn once they are in (no signal is copied from them).
    let on_file = crate::state::tasks::load(move || {
        let (client, id) = (client.clone(), order.id.get().unwrap_or_default());
        async move {
            let (a, user) =
                futures::future::join(account::get(&client, &id), account::user_name(&client, &id))
                    .await;
            let a = a.ok();
            OnFile {
                number: a.as_ref().and_then(|a| a.number.clone()),
                currency: a
                    .as_ref()
                    .map(|a| a.currency.clone())
                    .filter(|c| !c.is_empty()),
                language: a
                    .as_ref()
                    .map(|a| a.language.clone())
                    .filter(|l| !l.is_empty()),
                // The API gives a new account a generated user ("user…"): not the customer's choice.
                user_name: user
                    .ok()
                    .filter(|u| !u.is_empty() && !u.starts_with("user")),
            }
        }
    });
    move || match on_file.get() {
        None => view! { <p aria-busy="true">{profile::LOADING.text()}</p> }.fresh(),
        Some(f) => view! { <AccountForm on_file=f/> }.fresh(),
    }
}

#[component]
fn AccountForm(on_file: OnFile) -> impl IntoView {
    let app = use_app();
    // Saved now, or already on file: a reload of a saved step still leads on.
    let was_on_file = on_file.currency.is_some() && on_file.user_name.is_some();
    let order = use_order();
    let draft: Draft = drafts::load("account").unwrap_or_default();
    let or = |v: String, d: &str| if v.is_empty() { d.to_string() } else { v };
    // What the API already has wins over defaults; what the customer typed wins over a generated user.
    let of_products = on_file.currency.clone();
    let currency = RwSignal::new(
        on_file
            .currency
            .unwrap_or_else(|| or(draft.currency, "USD")),
    );
    let language = RwSignal::new(
        on_file
            .language
            .unwrap_or_else(|| or(draft.language, "en-US")),
    );
    let user_name = RwSignal::new(if draft.user_name.is_empty() {
        on_file.user_name.unwrap_or_default()
    } else {
        draft.user_name
    });
    let password = RwSignal::new(String::new());
    let existing = on_file.number;
    // Once the order holds products, the account the API made for them has their currency.
    let cart = order.use_cart(app.client());
    let products_currency = Memo::new(move |_| {
        cart.with(|c| matches!(c, Some(Ok(products)) if !products.is_empty()))
            .then(|| of_products.clone())
            .flatten()
    });
    let draft = move || Draft {
        currency: currency.get(),
        language: language.get(),
        user_name: user_name.get(),
    };
    drafts::keep("account".into(), draft);
    let refused = StoredValue::new(Write::Account);
    let go_on = GoOn::new("account");
    let save = use_form(
        |(d, pw): &(Draft, String)| check(d, pw),
        move |(d, pw): (Draft, String)| {
            let (app, go_on) = (app.clone(), go_on.clone());
            async move {
                let id = order.id.get_untracked().unwrap_or_default();
                refused.set_value(Write::Account);
                account::put_new(&app.client(), &id, &d.currency, &d.language).await?;
                refused.set_value(Write::User);
                account::put_user(&app.client(), &id, &d.user_name, &pw).await?;
                order.touch();
                go_on.go();
                Ok(())
            }
        },
        move |e| problems_from(e, refused.get_value()),
    );
    let err = move |a: &'static str| save.error(a);
    let currency_field = move || match products_currency.get() {
        // One currency possible: said, not offered as a choice.
        Some(code) => {
            let name = currencies(Some(&code)).remove(0).1;
            view! {
                <div class="hw-field" id="account-currency">
                    <span class="hw-field__label">{profile::CURRENCY.text()}</span>
                    <p data-testid="account-currency-fixed">
                        {profile::CURRENCY_FIXED.fill(&[("currency", &name)])}
                    </p>
                </div>
            }
            .fresh()
        }
        None => {
            let options = Signal::derive(|| currencies(None));
            view! { <SelectField id="account-currency" label=profile::CURRENCY.text() value=currency options error=err("account-currency")/> }
                .fresh()
        }
    };
    let languages = Signal::derive(|| {
        LANGUAGES
            .iter()
            .map(|(tag, name)| (tag.to_string(), name.to_string()))
            .collect::<Vec<_>>()
    });
    let is_existing = existing.is_some();
    view! {
        {existing.map(|n| view! {
            <p class="hw-notice hw-notice--ok" data-testid="existing-account">
                {profile::EXISTING.fill(&[("number", &n)])}
            </p>
            <Continue step="account"/>
        })}
        <div hidden=is_existing>
        <ErrorSummary problems=save.problems/>
        <form class="hw-card hw-form" aria-label=profile::FORM_LABEL.text() on:submit=save.on_submit(move || (draft(), password.get_untracked())) novalidate data-testid="account-form">
            <h2>{profile::ACCOUNT.text()}</h2>
            {currency_field}
            <SelectField id="account-language" label=profile::LANGUAGE.text() value=language options=languages error=err("account-language")/>
            <h2>{profile::LOGIN.text()}</h2>
            <TextField id="account-userName" label=profile::USER_NAME.text() value=user_name error=err("account-userName")
                hint=profile::USER_HINT.text() autocomplete="username"/>
            <TextField id="account-password" label=profile::PASSWORD.text() kind="password" value=password error=err("account-password")
                hint=profile::PASSWORD_HINT.text() autocomplete="new-password"/>
            // Already on file (back to a step done): said, and the customer may move on without the password.
            {was_on_file.then(|| view! {
                <p class="hw-notice hw-notice--ok" role="status" data-testid="account-saved">
                    {profile::SAVED.text()}
                </p>
            })}
            <p id="account-save" class="hw-actions">
                <button type="submit" class="hw-button" data-testid="save-account" aria-disabled=move || save.pending().get().to_string()>
                    {save.label(form::SAVE_CONTINUE.text(), form::SAVING.text())}
                </button>
                {was_on_file.then(|| view! { <Continue step="account" unchanged=true/> })}
            </p>
        </form>
        </div>
    }
}

#[cfg(test)]
#[path = "account_tests.rs"]
mod tests;
