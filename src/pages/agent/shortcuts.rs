//! The Exchange mailbox shortcut for an existing account, on one of its Exchange domains (paid: the
//! totals from `[amount, currency]`, then submit with the quote hash; free: already submitted), and what
//! the shortcuts share (placing the order on the agent's list, submitting with a hash).

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use serde_json::json;

use crate::api::accounts::{self, MailboxOrder};
use crate::api::model::quote::ShortcutQuote;
use crate::api::model::MoneyPair;
use crate::api::{actions, ApiError};
use crate::components::error_summary::problem_of;
use crate::components::money::format;
use crate::components::{ErrorSummary, Problem, TextField};
use crate::rules;
use crate::state::{use_app, AppContext};

fn money(m: &MoneyPair) -> String {
    m.0.as_ref().map_or_else(
        || "none".to_string(),
        |m| format(m, m.currency.as_deref().unwrap_or("USD")),
    )
}

/// Submits a shortcut's order with the hash of the quote shown; yields the order id.
pub(super) fn submit_action(
    app: &AppContext,
) -> Action<(String, String), Result<String, ApiError>> {
    let app = app.clone();
    Action::new_local(move |(id, hash): &(String, String)| {
        let (app, id, hash) = (app.clone(), id.clone(), hash.clone());
        async move {
            actions::submit(&app.client(), &id, Some(&hash))
                .await
                .map(|_| id)
        }
    })
}

#[component]
pub fn MailboxShortcut(number: String, domain: String) -> impl IntoView {
    let app = use_app();
    let (user, password, limit, name, phone) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new("10".to_string()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let admin = RwSignal::new(false);
    // The rest of the documented body: notes, delivery, name, address, phones.
    let text = || RwSignal::new(String::new());
    let (notes, redirect, forward) = (text(), text(), text());
    let (company, department, title) = (text(), text(), text());
    let (street, city, state, zip, country) = (text(), text(), text(), text(), text());
    let (home, fax, mobile) = (text(), text(), text());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let more = RwSignal::new(false);
    let quote = RwSignal::new(None::<(String, ShortcutQuote)>);
    let navigate = use_navigate();
    let slug = domain.replace('.', "-");
    let order = {
        let (app, number, domain) = (app.clone(), number.clone(), domain.clone());
        Action::new_local(move |body: &serde_json::Value| {
            let (app, number, domain, body) =
                (app.clone(), number.clone(), domain.clone(), body.clone());
            async move { accounts::order_mailbox(&app.client(), &number, &domain, &body).await }
        })
    };
    let submit_order = submit_action(&app);
    {
        let (app, navigate) = (app.clone(), navigate.clone());
        let (number, domain) = (number.clone(), domain.clone());
        let px = slug.clone();
        Effect::new(move |_| match order.value().get() {
            Some(Ok(MailboxOrder::Free { order_id })) => {
                app.record_placed(
                    &order_id,
                    &number,
                    format!("Exchange mailbox on {domain} (included in the plan)"),
                );
                navigate(&format!("/orders/{order_id}"), Default::default());
            }
            Some(Ok(MailboxOrder::Paid { order_id, quote: q })) => quote.set(Some((order_id, q))),
            Some(Err(e)) => problems.set(mailbox_problems(&e, &px)),
            None => {}
        });
    }
    {
        let app = app.clone();
        let (number, domain) = (number.clone(), domain.clone());
        let px = slug.clone();
        Effect::new(move |_| match submit_order.value().get() {
            Some(Ok(id)) => {
                app.record_placed(&id, &number, format!("Exchange mailbox on {domain}"));
                navigate(&format!("/orders/{id}"), Default::default());
            }
            Some(Err(e)) => problems.set(vec![Problem::new(format!("mb-{px}-submit"), e.reason())]),
            None => {}
        });
    }
    let px = slug.clone();
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let rows = [
            ("user", rules::mailbox_username(&user.get_untracked())),
            (
                "password",
                rules::mailbox_password(&password.get_untracked()),
            ),
            ("limit", rules::recipient_limit(&limit.get_untracked())),
            ("phone", rules::optional_phone(&phone.get_untracked())),
            ("home", rules::optional_phone(&home.get_untracked())),
            ("fax", rules::optional_phone(&fax.get_untracked())),
            ("mobile", rules::optional_phone(&mobile.get_untracked())),
            (
                "country",
                if country.with_untracked(String::is_empty) {
                    Ok(())
                } else {
                    rules::country_code(&country.get_untracked())
                },
            ),
        ];
        let found: Vec<Problem> = rows
            .into_iter()
            .filter_map(|(f, r)| r.err().map(|e| Problem::new(format!("mb-{px}-{f}"), e)))
            .collect();
        // A rule broken inside the folded "More details" opens it, so the field and its error show.
        if found.iter().any(|p| {
            ["country", "phone", "home", "fax", "mobile"]
                .iter()
                .any(|f| p.anchor == format!("mb-{px}-{f}"))
        }) {
            more.set(true);
        }
        problems.set(found.clone());
        if found.is_empty() && !order.pending().get_untracked() {
            order.dispatch(json!({
                "owner": {"username": user.get_untracked(), "password": password.get_untracked()},
                "admin": u8::from(admin.get_untracked()),
                "recipientLimit": limit.get_untracked().trim().parse::<u32>().unwrap_or(10),
                "notes": notes.get_untracked(),
                "deliverRedirect": redirect.get_untracked(),
                "forwardTo": forward.get_untracked(),
                "name": {"name": name.get_untracked(), "company": company.get_untracked(),
                         "department": department.get_untracked(), "title": title.get_untracked()},
                "address": {"address": street.get_untracked(), "city": city.get_untracked(), "state": state.get_untracked(),
                            "zip": zip.get_untracked(), "country": country.get_untracked().trim().to_ascii_uppercase()},
                "phones": {"businessPhone": phone.get_untracked(), "homePhone": home.get_untracked(),
                           "fax": fax.get_untracked(), "mobile": mobile.get_untracked()},
            }));
        }
    };
    let id = move |f: &str| format!("mb-{slug}-{f}");
    let err =
        move |anchor: String| Signal::derive(move || problems.with(|p| problem_of(p, &anchor)));
    view! {
        <form class="hw-card hw-form" on:submit=send novalidate data-testid=format!("mailbox-form-{domain}")>
            <h2>{format!("New Exchange mailbox on {domain}")}</h2>
            <ErrorSummary problems=problems/>
            <TextField id=id("user") label="Mailbox user name" value=user error=err(id("user")) hint="1–25 lowercase letters, digits, _ - ."/>
            <TextField id=id("password") label="Mailbox password" kind="password" value=password error=err(id("password")) hint="8–20 characters, one word, letters and a digit" autocomplete="new-password"/>
            <TextField id=id("limit") label="Recipient limit" value=limit error=err(id("limit")) hint="1 to 100"/>
            <details prop:open=move || more.get()>
                <summary>"More details (optional)"</summary>
                <TextField id=id("name") label="Name" value=name/>
                <TextField id=id("company") label="Company" value=company/>
                <TextField id=id("department") label="Department" value=department/>
                <TextField id=id("title") label="Title" value=title/>
                <TextField id=id("street") label="Address" value=street/>
                <TextField id=id("city") label="City" value=city/>
                <TextField id=id("state") label="State" value=state/>
                <TextField id=id("zip") label="ZIP" value=zip/>
                <TextField id=id("country") label="Country code" value=country error=err(id("country"))/>
                <TextField id=id("phone") label="Business phone" kind="tel" value=phone error=err(id("phone"))/>
                <TextField id=id("home") label="Home phone" kind="tel" value=home error=err(id("home"))/>
                <TextField id=id("fax") label="Fax" kind="tel" value=fax error=err(id("fax"))/>
                <TextField id=id("mobile") label="Mobile" kind="tel" value=mobile error=err(id("mobile"))/>
                <TextField id=id("forward") label="Forward mail to" value=forward/>
                <TextField id=id("redirect") label="Deliver and redirect to" value=redirect/>
                <TextField id=id("notes") label="Notes" value=notes/>
            </details>
            <div class="hw-field"><input type="checkbox" id=id("admin") prop:checked=move || admin.get() on:change=move |ev| admin.set(event_target_checked(&ev))/>
                <label for=id("admin")>"Administrator"</label></div>
            <button type="submit" class="hw-button" data-testid="mailbox-order" aria-busy=move || order.pending().get().then_some("true")>
                {move || if order.pending().get() { "Ordering…" } else { "Order the mailbox" }}
            </button>
        </form>
        {move || quote.get().map(|(order_id, q)| view! {
            <section class="hw-card" data-testid="mailbox-quote" id=id("submit") tabindex="-1">
                <h3>"This mailbox is charged"</h3>
                <dl>
                    <dt>"Total"</dt><dd data-testid="mailbox-total">{money(&q.total)}</dd>
                    <dt>"Subtotal"</dt><dd data-testid="mailbox-subtotal">{money(&q.subtotal)}</dd>
                    <dt>"Deferred total"</dt><dd>{money(&q.deferred_total)}</dd>
                    <dt>"Deferred subtotal"</dt><dd>{money(&q.deferred_subtotal)}</dd>
                </dl>
                <button type="button" class="hw-button" data-testid="mailbox-submit" on:click=move |_| {
                    if !submit_order.pending().get_untracked() { submit_order.dispatch((order_id.clone(), q.quotehash.clone())); }
                }>{move || if submit_order.pending().get() { "Submitting…" } else { "Submit the order" }}</button>
            </section>
        })}
    }
}

fn mailbox_problems(e: &ApiError, px: &str) -> Vec<Problem> {
    let field = |k: &str| match k {
        "owner.username" => "user",
        "owner.password" => "password",
        "recipientLimit" => "limit",
        "phones.homePhone" => "home",
        "phones.fax" => "fax",
        "phones.mobile" => "mobile",
        k if k.starts_with("phones") => "phone",
        "address.country" => "country",
        _ => "user",
    };
    match e.fault() {
        Some(f) if !f.details.is_empty() => f
            .details
            .iter()
            .map(|(k, v)| Problem::new(format!("mb-{px}-{}", field(k)), v.clone()))
            .collect(),
        Some(f) if f.code == 409 => vec![Problem::new(
            format!("mb-{px}-user"),
            "This mailbox already exists on the domain.",
        )],
        _ => vec![Problem::new(format!("mb-{px}-user"), e.reason())],
    }
}
