//! Step 4: payment by card, checked in the browser first. The card number and CVV live only in this
//! form's memory: never in drafts, storage or logs; after saving, only the API's masked number is shown.

use leptos::prelude::*;
use serde_json::{json, Value};

use super::Continue;
use crate::api::{account, ApiError};
use crate::components::{use_form, ErrorSummary, Problem, SelectField, TextField};
use crate::rules;
use crate::state::order::use_order;
use crate::state::{drafts, use_app};

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
struct Draft {
    holder: String,
    kind: String,
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
        ("payment-kind", rules::card_type(&d.kind)),
        ("payment-number", rules::card_number(number)),
        ("payment-holder", rules::required(&d.holder)),
        ("payment-expiry", rules::expiry(&d.expiry, &current_month())),
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
        "creditCardType" => "payment-kind",
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
    let kind = f(if d.kind.is_empty() {
        "visa".into()
    } else {
        d.kind
    });
    let country = f(if d.country.is_empty() {
        "US".into()
    } else {
        d.country
    });
    let number = RwSignal::new(String::new());
    let cvv = RwSignal::new(String::new());
    let draft = move || Draft {
        holder: holder.get(),
        kind: kind.get(),
        expiry: expiry.get(),
        street: street.get(),
        city: city.get(),
        postal: postal.get(),
        country: country.get().trim().to_ascii_uppercase(),
    };
    Effect::new(move |_| drafts::save("payment", &draft()));
    let client = app.client();
    let stored = LocalResource::new(move || {
        let (client, id) = (client.clone(), order.id.get().unwrap_or_default());
        async move { account::payment(&client, &id).await }
    });
    // The card the API just accepted, shown as on file without reading it back (one round trip less);
    // the number masked here as the API masks it, all but the last four digits.
    let accepted = RwSignal::new(None::<Value>);
    let save = use_form(
        |(d, digits, cvv): &(Draft, String, String)| check(d, digits, cvv),
        move |(d, digits, code): (Draft, String, String)| {
            let app = app.clone();
            async move {
                let id = order.id.get_untracked().unwrap_or_default();
                let body = json!({
                    "paymentInfoType": "credit_card", "accountNumber": digits, "cardHolderName": d.holder,
                    "creditCardType": d.kind, "expirationDate": d.expiry, "verificationNumber": code,
                    "billingAddress": {"street1": d.street, "city": d.city, "postalCode": d.postal, "countryCode": d.country},
                });
                account::put_card(&app.client(), &id, &body).await?;
                let last4 = digits.len().saturating_sub(4);
                accepted.set(Some(json!({
                    "creditCardType": d.kind,
                    "accountNumber": format!("{}{}", "*".repeat(last4), &digits[last4..]),
                    "expirationDate": d.expiry,
                })));
                // Saved: the card's secrets leave the page.
                number.set(String::new());
                cvv.set(String::new());
                order.touch();
                // The review comes next: its quote is read now, while the customer moves on.
                order.load_quote(&app.client());
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
    let submit = save.on_submit(move || {
        let digits: String = number
            .get_untracked()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        (draft(), digits, cvv.get_untracked())
    });
    let problems = save.problems;
    let err = move |a: &'static str| save.error(a);
    let kinds = Signal::derive(|| {
        [
            ("visa", "Visa"),
            ("mastercard", "Mastercard"),
            ("discover", "Discover"),
            ("amex", "American Express"),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect::<Vec<_>>()
    });
    view! {
        <ErrorSummary problems=problems/>
        {move || on_file().map(|p| view! {
            <p class="hw-notice hw-notice--ok" data-testid="payment-on-file">
                {format!("Card on file: {} {} (expires {})", p["creditCardType"].as_str().unwrap_or(""), p["accountNumber"].as_str().unwrap_or(""), p["expirationDate"].as_str().unwrap_or(""))}
            </p>
        })}
        <form class="hw-card hw-form" on:submit=submit novalidate data-testid="payment-form" autocomplete="on" aria-label="Card and billing address">
            <h2>"Card"</h2>
            <SelectField id="payment-kind" label="Card type" value=kind options=kinds error=err("payment-kind")/>
            <TextField id="payment-number" label="Card number" value=number error=err("payment-number") autocomplete="cc-number" hint="Digits only"/>
            <TextField id="payment-holder" label="Name on card" value=holder error=err("payment-holder") autocomplete="cc-name"/>
            <TextField id="payment-expiry" label="Expiry (YYYY-MM)" value=expiry error=err("payment-expiry") autocomplete="cc-exp"/>
            <TextField id="payment-cvv" label="Security code" value=cvv error=err("payment-cvv") autocomplete="cc-csc"/>
            <h2>"Billing address"</h2>
            <TextField id="payment-street" label="Street" value=street error=err("payment-street") autocomplete="billing address-line1"/>
            <TextField id="payment-city" label="City" value=city error=err("payment-city") autocomplete="billing address-level2"/>
            <TextField id="payment-postal" label="Postal code" value=postal autocomplete="billing postal-code"/>
            <TextField id="payment-country" label="Country code" value=country error=err("payment-country") autocomplete="billing country"/>
            <p id="payment-save">
                <button type="submit" class="hw-button" data-testid="save-payment" aria-disabled=move || save.pending().get().to_string()>
                    {save.label("Save card", "Saving…")}
                </button>
            </p>
        </form>
        // A card on file (saved now, or before a reload) leads on.
        {move || on_file().is_some().then(|| view! { <Continue step="payment"/> })}
    }
}
