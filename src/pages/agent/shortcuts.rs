//! The Exchange mailbox shortcut for an existing account, on one of its Exchange domains (paid: the
//! totals from `[amount, currency]`, then submit with the quote hash; free: already submitted), and what
//! the shortcuts share (placing the order on the agent's list, submitting with a hash).

use crate::components::fresh::IntoFresh;
use crate::nav::use_nav;
use leptos::prelude::*;
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
use hostway_core::i18n::agent;
use hostway_core::rules;

fn money(m: &MoneyPair) -> String {
    m.0.as_ref().map_or_else(
        || agent::NONE.text(),
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
    let navigate = use_nav();
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
                navigate.go(&format!("/orders/{id}"));
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
    let navigate = use_nav();
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
                                agent::MAILBOX_FREE.fill(&[("domain", &domain)]),
                            );
                            navigate.go(&format!("/orders/{order_id}"));
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
            move || agent::MAILBOX_ORDER.fill(&[("domain", &domain)]),
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
            aria-label=agent::MAILBOX_TITLE.fill(&[("domain", &domain)])>
            <h2>{agent::MAILBOX_TITLE.fill(&[("domain", &domain)])}</h2>
            <ErrorSummary problems=problems/>
            <TextField id=id("user") label=agent::MAILBOX_USER.text() value=user error=err(id("user")) hint=agent::MAILBOX_USER_HINT.text()/>
            <TextField id=id("password") label=agent::MAILBOX_PASSWORD.text() kind="password" value=password error=err(id("password")) hint=agent::MAILBOX_PASSWORD_HINT.text() autocomplete="new-password"/>
            <TextField id=id("limit") label=agent::RECIPIENT_LIMIT.text() value=limit error=err(id("limit")) hint=agent::RECIPIENT_LIMIT_HINT.text()/>
            <details prop:open=move || more.get()>
                <summary>{agent::MORE.text()}</summary>
                <TextField id=id("name") label=agent::NAME.text() value=name/>
                <TextField id=id("company") label=agent::COMPANY.text() value=company/>
                <TextField id=id("department") label=agent::DEPARTMENT.text() value=department/>
                <TextField id=id("title") label=agent::JOB_TITLE.text() value=title/>
                <TextField id=id("street") label=agent::ADDRESS.text() value=street/>
                <TextField id=id("city") label=agent::CITY.text() value=city/>
                <TextField id=id("state") label=agent::STATE.text() value=state/>
                <TextField id=id("zip") label=agent::ZIP.text() value=zip/>
                <CountryField id=id("country") label=agent::COUNTRY.text() value=country error=err(id("country")) autocomplete="country" optional=true/>
                <TextField id=id("phone") label=agent::BUSINESS_PHONE.text() kind="tel" value=phone error=err(id("phone"))/>
                <TextField id=id("home") label=agent::HOME_PHONE.text() kind="tel" value=home error=err(id("home"))/>
                <TextField id=id("fax") label=agent::FAX.text() kind="tel" value=fax error=err(id("fax"))/>
                <TextField id=id("mobile") label=agent::MOBILE.text() kind="tel" value=mobile error=err(id("mobile"))/>
                <TextField id=id("forward") label=agent::FORWARD.text() value=forward/>
                <TextField id=id("redirect") label=agent::REDIRECT.text() value=redirect/>
                <TextField id=id("notes") label=agent::NOTES.text() value=notes/>
            </details>
            <div class="hw-field"><input type="checkbox" id=id("admin") prop:checked=move || admin.get() on:change=move |ev| admin.set(event_target_checked(&ev))/>
                <label for=id("admin")>{agent::ADMINISTRATOR.text()}</label></div>
            <button type="submit" class="hw-button" data-testid="mailbox-order" aria-busy=move || order.pending().get().then_some("true")>
                {order.label(agent::ORDER_MAILBOX.text(), agent::ORDERING.text())}
            </button>
        </form>
        {move || (quote.get().map(|(order_id, q)| view! {
            <section class="hw-card" data-testid="mailbox-quote" id=id("submit") tabindex="-1">
                <h3>{agent::CHARGED.text()}</h3>
                <dl>
                    <dt>{agent::TOTAL.text()}</dt><dd data-testid="mailbox-total">{money(&q.total)}</dd>
                    <dt>{agent::SUBTOTAL.text()}</dt><dd data-testid="mailbox-subtotal">{money(&q.subtotal)}</dd>
                    <dt>{agent::DEFERRED_TOTAL.text()}</dt><dd>{money(&q.deferred_total)}</dd>
                    <dt>{agent::DEFERRED_SUBTOTAL.text()}</dt><dd>{money(&q.deferred_subtotal)}</dd>
                </dl>
                <button type="button" class="hw-button" data-testid="mailbox-submit" on:click=move |_| {
                    submit_order.submit((order_id.clone(), q.quotehash.clone()));
                }>{submit_order.label(agent::SUBMIT.text(), agent::SUBMITTING.text())}</button>
            </section>
        })).fresh()}
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
            agent::MAILBOX_EXISTS.text(),
        )],
        _ => vec![Problem::new(format!("mb-{px}-user"), e.reason())],
    }
}
