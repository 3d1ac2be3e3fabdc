//! Step 4: payment by card, taken as people type it (the number in groups, the expiry as printed,
//! MM/YY; the brand read from the number, not asked) and checked in the browser first. The card number
//! and CVV live only in this form's memory: never in drafts, storage or logs; after saving, only the
//! API's masked number is shown.

use crate::components::fresh::IntoFresh;
use hostway_core::i18n::{form, payment};
use leptos::prelude::*;
use serde_json::{json, Value};

use super::{Continue, GoOn};
use crate::components::country::browser_country;
use crate::components::{use_form, CountryField, ErrorSummary, Problem, TextField};
use crate::state::order::use_order;
use crate::state::{drafts, use_app};
use hostway_core::api::{account, ApiError};
use hostway_core::rules;

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
struct Draft {
    holder: String,
    /// As typed (`08/29`); the API's `YYYY-MM` is made when it is sent.
    expiry: String,
    street: String,
    city: String,
    postal: String,
    country: String,
}

fn current_month() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}", d.get_full_year(), d.get_month() + 1)
}

fn check(d: &Draft, number: &str, cvv: &str) -> Vec<Problem> {
    let rows = [
        ("payment-number", rules::typed_card(number).map(drop)),
        ("payment-holder", rules::required(&d.holder)),
        (
            "payment-expiry",
            rules::typed_expiry(&d.expiry, &current_month()).map(drop),
        ),
        ("payment-cvv", rules::cvv(cvv)),
        ("payment-street", rules::required(&d.street)),
        ("payment-city", rules::city(&d.city)),
        ("payment-country", rules::country_code(&d.country)),
    ];
    rows.into_iter()
        .filter_map(|(a, r)| r.err().map(|e| Problem::new(a, e)))
        .collect()
}

fn problems_from(e: &ApiError) -> Vec<Problem> {
    let anchor = |k: &str| match k {
        "accountNumber" => "payment-number",
        "cardHolderName" => "payment-holder",
        "creditCardType" => "payment-number",
        "expirationDate" => "payment-expiry",
        "verificationNumber" => "payment-cvv",
        "billingAddress.city" => "payment-city",
        "billingAddress.countryCode" => "payment-country",
        _ => "payment-street",
    };
    match e.fault() {
        Some(f) if !f.details.is_empty() => f
            .details
            .iter()
            .map(|(k, v)| Problem::new(anchor(k), v.clone()))
            .collect(),
        _ => vec![Problem::new("payment-save", e.to_string())],
    }
}

/// "Visa ending in 1111, expires 08/2031" from the API's (or the just accepted) payment info.
pub fn card_words(p: &Value) -> String {
    let text = |k: &str| p[k].as_str().unwrap_or_default();
    let number = text("accountNumber");
    let last4 = &number[number.len().saturating_sub(4)..];
    let card = payment::ENDING.fill(&[
        ("brand", rules::card_brand_name(text("creditCardType"))),
        ("last4", last4),
    ]);
    match text("expirationDate").split_once('-') {
        Some((year, month)) => {
            payment::EXPIRES.fill(&[("card", &card), ("month", month), ("year", year)])
        }
        None => card,
    }
}

/// The billing address typed in this browser (the API does not show it back), in words; empty when
/// none was typed here.
pub fn billing_address_words() -> String {
    let d: Draft = drafts::load("payment").unwrap_or_default();
    let country = if d.country.is_empty() {
        String::new()
    } else {
        crate::components::country::country_name(&d.country)
    };
    [
        d.street,
        format!("{} {}", d.city, d.postal).trim().to_string(),
        country,
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

#[component]
pub fn PaymentStep() -> impl IntoView {
    let app = use_app();
    let order = use_order();
    let d: Draft = drafts::load("payment").unwrap_or_default();
    let f = |v: String| RwSignal::new(v);
    let (holder, expiry, street, city, postal) = (
        f(d.holder),
        f(d.expiry),
        f(d.street),
        f(d.city),
        f(d.postal),
    );
    let country = f(if d.country.is_empty() {
        browser_country()
    } else {
        d.country
    });
    let number = RwSignal::new(String::new());
    let cvv = RwSignal::new(String::new());
    let draft = move || Draft {
        holder: holder.get(),
        expiry: expiry.get(),
        street: street.get(),
        city: city.get(),
        postal: postal.get(),
        country: country.get(),
    };
    drafts::keep("payment".into(), draft);
    let client = app.client();
    let stored = crate::state::tasks::load(move || {
        let (client, id) = (client.clone(), order.id.get().unwrap_or_default());
        async move { account::payment(&client, &id).await }
    });
    // The card the API just accepted, shown as on file without reading it back (one round trip less);
    // the number masked here as the API masks it, all but the last four digits.
    let accepted = RwSignal::new(None::<Value>);
    let go_on = GoOn::new("payment");
    let save = use_form(
        |(d, typed, cvv): &(Draft, String, String)| check(d, typed, cvv),
        move |(d, typed, code): (Draft, String, String)| {
            let (app, go_on) = (app.clone(), go_on.clone());
            async move {
                let id = order.id.get_untracked().unwrap_or_default();
                // Checked before: what the API takes, made from what was typed.
                let (digits, brand) = rules::typed_card(&typed).unwrap_or_default();
                let expires = rules::typed_expiry(&d.expiry, &current_month()).unwrap_or_default();
                let body = json!({
                    "paymentInfoType": "credit_card", "accountNumber": digits, "cardHolderName": d.holder,
                    "creditCardType": brand, "expirationDate": expires, "verificationNumber": code,
                    "billingAddress": {"street1": d.street, "city": d.city, "postalCode": d.postal, "countryCode": d.country},
                });
                account::put_card(&app.client(), &id, &body).await?;
                let last4 = digits.len().saturating_sub(4);
                accepted.set(Some(json!({
                    "creditCardType": brand,
                    "accountNumber": format!("{}{}", "*".repeat(last4), &digits[last4..]),
                    "expirationDate": expires,
                })));
                // Saved: the card's secrets leave the page.
                number.set(String::new());
                cvv.set(String::new());
                order.touch();
                // The review comes next: its quote is read now, while the customer moves on.
                order.load_quote(&app.client());
                go_on.go();
                Ok(())
            }
        },
        problems_from,
    );
    let on_file = move || {
        accepted
            .get()
            .or_else(|| stored.get().and_then(Result::ok).flatten())
    };
    let submit = save.on_submit(move || (draft(), number.get_untracked(), cvv.get_untracked()));
    let problems = save.problems;
    let err = move |a: &'static str| save.error(a);
    // The brand, read from the number as it is typed.
    let brand = move || {
        number.with(|n| {
            let digits: String = n.chars().filter(char::is_ascii_digit).collect();
            rules::card_brand(&digits).map(rules::card_brand_name)
        })
    };
    view! {
        <ErrorSummary problems=problems/>
        {move || (on_file().map(|p| view! {
            <p class="hw-notice hw-notice--ok" data-testid="payment-on-file">{payment::ON_FILE.fill(&[("card", &card_words(&p))])}</p>
        })).fresh()}
        <form class="hw-card hw-form" on:submit=submit novalidate data-testid="payment-form" autocomplete="on" aria-label=payment::FORM_LABEL.text()>
            <h2>{payment::CARD.text()}</h2>
            <TextField id="payment-number" label=payment::NUMBER.text() value=number error=err("payment-number") autocomplete="cc-number" inputmode="numeric"
                hint=payment::NUMBER_HINT.text()/>
            <p class="hw-field__hint hw-card-brand" data-testid="payment-brand" aria-live="polite">
                {move || brand().map(|b| payment::BRAND.fill(&[("brand", b)]))}
            </p>
            <TextField id="payment-holder" label=payment::HOLDER.text() value=holder error=err("payment-holder") autocomplete="cc-name"/>
            <TextField id="payment-expiry" label=payment::EXPIRY.text() value=expiry error=err("payment-expiry") autocomplete="cc-exp" inputmode="numeric"/>
            <TextField id="payment-cvv" label=payment::CVV.text() value=cvv error=err("payment-cvv") autocomplete="cc-csc" inputmode="numeric"
                hint=payment::CVV_HINT.text()/>
            <h2>{payment::ADDRESS.text()}</h2>
            <TextField id="payment-street" label=payment::STREET.text() value=street error=err("payment-street") autocomplete="billing address-line1"/>
            <TextField id="payment-city" label=payment::CITY.text() value=city error=err("payment-city") autocomplete="billing address-level2"/>
            <TextField id="payment-postal" label=payment::POSTAL.text() value=postal autocomplete="billing postal-code"/>
            <CountryField id="payment-country" label=payment::COUNTRY.text() value=country error=err("payment-country") autocomplete="billing country"/>
            <p id="payment-save" class="hw-actions">
                <button type="submit" class="hw-button" data-testid="save-payment" aria-disabled=move || save.pending().get().to_string()>
                    {save.label(form::SAVE_CONTINUE.text(), form::SAVING.text())}
                </button>
                // A card on file (back to a step done, or after a reload) leads on without typing it again.
                {move || (on_file().is_some().then(|| view! { <Continue step="payment" unchanged=true/> })).fresh()}
            </p>
        </form>
    }
}
