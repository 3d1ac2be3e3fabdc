//! The Exchange mailbox shortcut for an existing account, on one of its Exchange domains (paid: the
//! totals from `[amount, currency]`, then submit with the quote hash; free: already submitted), and what
//! the shortcuts share (placing the order on the agent's list, submitting with a hash).

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use serde_json::json;

use crate::components::error_summary::problem_of;
use crate::components::money::format;
use crate::components::{use_form, CountryField, ErrorSummary, Form, Problem, TextField};
use crate::state::agent::OnBehalf;
use crate::state::use_app;
use hostway_core::api::accounts::{self, MailboxOrder};
use hostway_core::api::model::quote::ShortcutQuote;
use hostway_core::api::model::MoneyPair;
use hostway_core::api::{actions, ApiError};
use hostway_core::rules;

fn money(m: &MoneyPair) -> String {
    m.0.as_ref().map_or_else(
        || "none".to_string(),
        |m| format(m, m.currency.as_deref().unwrap_or("USD")),
    )
}

/// The last step of every shortcut: submit its order with the hash of the quote shown; the order then
/// joins the tab's list as `what()`, and its status opens.
pub(super) fn use_submit(
    number: String,
    what: impl Fn() -> String + 'static,
    refused: impl Fn(&ApiError) -> Vec<Problem> + 'static,
) -> Form<(String, String), ()> {
    let app = use_app();
    let navigate = use_navigate();
    let holder = use_context::<Holder>();
    let what = std::rc::Rc::new(what);
    use_form(
        |_: &(String, String)| Vec::new(),
        move |(id, hash): (String, String)| {
            let (app, number, navigate, what, holder) = (
                app.clone(),
                number.clone(),
                navigate.clone(),
                what.clone(),
                holder.clone(),
            );
            async move {
                actions::submit(&app.client(), &id, Some(&hash)).await?;
                app.placed_for(for_account(&holder, &number, &id), what());
                navigate(&format!("/orders/{id}"), Default::default());
                Ok(())
            }
        },
        refused,
    )
}

/// Whom the account's page names ("Ana Lopez"): what its shortcuts' orders are placed for.
#[derive(Clone)]
pub(super) struct Holder(pub String);

/// The order `order_id` placed for account `number`, named as its page names it.
pub(super) fn for_account(holder: &Option<Holder>, number: &str, order_id: &str) -> OnBehalf {
    OnBehalf {
        number: number.to_string(),
        name: holder.as_ref().map(|h| h.0.clone()).unwrap_or_default(),
        order_id: order_id.to_string(),
    }
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
    let more = RwSignal::new(false);
    let quote = RwSignal::new(None::<(String, ShortcutQuote)>);
    let navigate = use_navigate();
    let slug = domain.replace('.', "-");
    // The documented body, from the fields.
    let body = move || {
        json!({
            "owner": {"username": user.get_untracked(), "password": password.get_untracked()},
            "admin": u8::from(admin.get_untracked()),
            "recipientLimit": limit.get_untracked().trim().parse::<u32>().unwrap_or(10),
            "notes": notes.get_untracked(),
            "deliverRedirect": redirect.get_untracked(),
            "forwardTo": forward.get_untracked(),
            "name": {"name": name.get_untracked(), "company": company.get_untracked(),
                     "department": department.get_untracked(), "title": title.get_untracked()},
            "address": {"address": street.get_untracked(), "city": city.get_untracked(), "state": state.get_untracked(),
                        "zip": zip.get_untracked(), "country": country.get_untracked()},
            "phones": {"businessPhone": phone.get_untracked(), "homePhone": home.get_untracked(),
                       "fax": fax.get_untracked(), "mobile": mobile.get_untracked()},
        })
    };
    let check = {
        let px = slug.clone();
        move |b: &serde_json::Value| {
            let text =
                |section: &str, key: &str| b[section][key].as_str().unwrap_or_default().to_string();
            let limit = limit.get_untracked();
            let country = text("address", "country");
            let rows = [
                ("user", rules::mailbox_username(&text("owner", "username"))),
                (
                    "password",
                    rules::mailbox_password(&text("owner", "password")),
                ),
                ("limit", rules::recipient_limit(&limit)),
                (
                    "phone",
                    rules::optional_phone(&text("phones", "businessPhone")),
                ),
                ("home", rules::optional_phone(&text("phones", "homePhone"))),
                ("fax", rules::optional_phone(&text("phones", "fax"))),
                ("mobile", rules::optional_phone(&text("phones", "mobile"))),
                (
                    "country",
                    if country.is_empty() {
                        Ok(())
                    } else {
                        rules::country_code(&country)
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
            found
        }
    };
    // Step 1: the mailbox order: free (already submitted: its status) or paid (its totals).
    let holder = use_context::<Holder>();
    let order = {
        let (app, number, domain, navigate) = (
            app.clone(),
            number.clone(),
            domain.clone(),
            navigate.clone(),
        );
        let px = slug.clone();
        use_form(
            check,
            move |body: serde_json::Value| {
                let (app, number, domain, navigate, holder) = (
                    app.clone(),
                    number.clone(),
                    domain.clone(),
                    navigate.clone(),
                    holder.clone(),
                );
                async move {
                    match accounts::order_mailbox(&app.client(), &number, &domain, &body).await? {
                        MailboxOrder::Free { order_id } => {
                            app.placed_for(
                                for_account(&holder, &number, &order_id),
                                format!("Exchange mailbox on {domain} (included in the plan)"),
                            );
                            navigate(&format!("/orders/{order_id}"), Default::default());
                        }
                        MailboxOrder::Paid { order_id, quote: q } => quote.set(Some((order_id, q))),
                    }
                    Ok(())
                }
            },
            move |e| mailbox_problems(e, &px),
        )
    };
    // Step 2: submit the paid order with its quote's hash.
    let submit_order = {
        let domain = domain.clone();
        use_submit(
            number.clone(),
            move || format!("Exchange mailbox on {domain}"),
            {
                let px = slug.clone();
                move |e| vec![Problem::new(format!("mb-{px}-submit"), e.reason())]
            },
        )
    };
    let problems = Signal::derive(move || {
        let mut all = order.problems.get();
        all.extend(submit_order.problems.get());
        all
    });
    let send = order.on_submit(body);
    let id = move |f: &str| format!("mb-{slug}-{f}");
    let err =
        move |anchor: String| Signal::derive(move || problems.with(|p| problem_of(p, &anchor)));
    view! {
        <form class="hw-card hw-form" on:submit=send novalidate data-testid=format!("mailbox-form-{domain}")
            aria-label=format!("New Exchange mailbox on {domain}")>
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
                <CountryField id=id("country") label="Country" value=country error=err(id("country")) autocomplete="country" optional=true/>
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
                {order.label("Order the mailbox", "Ordering…")}
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
                    submit_order.submit((order_id.clone(), q.quotehash.clone()));
                }>{submit_order.label("Submit the order", "Submitting…")}</button>
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
