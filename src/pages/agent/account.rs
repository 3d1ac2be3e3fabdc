//! `/agent/accounts/{acct}`: an existing account's status, contacts, products and services; an order on
//! its behalf (with the customer's `clientIp`), and the shortcuts for its Exchange domains and domains.

use crate::components::fresh::IntoFresh;
use leptos::prelude::*;
use serde_json::Value;

use super::domain::DomainShortcut;
use super::shortcuts::{for_account, Holder, MailboxShortcut};
use super::sitebuilder::{SiteBuilderShortcut, WebDomain};
use super::{AgentGate, PlacedOrders};
use crate::components::{use_form, ErrorSummary, Problem, TextField};
use crate::state::agent::holder_name;
use crate::state::order::use_order;
use crate::state::use_app;
use hostway_core::api::accounts::{self, AccountItem, ExistingAccount};
use hostway_core::api::all::{all, boxed};
use hostway_core::api::model::ServiceKind;
use hostway_core::api::{account, orders, ApiError, Client};
use hostway_core::i18n::agent;
use hostway_core::rules;

#[derive(Clone, Debug, PartialEq)]
struct Detail {
    account: ExistingAccount,
    contacts: Vec<Value>,
    products: Vec<(AccountItem, Vec<AccountItem>)>,
}

async fn load(client: &Client, number: &str) -> Result<Detail, ApiError> {
    let (account, contacts, products) = futures::join!(
        accounts::account(client, number),
        accounts::contacts(client, number),
        accounts::products(client, number)
    );
    let products = products?;
    let services = all(products
        .iter()
        .map(|p| {
            let id = p.id();
            boxed(async move { accounts::services(client, number, &id).await })
        })
        .collect())
    .await;
    let products = products
        .into_iter()
        .zip(services)
        .map(|(p, s)| Ok((p, s?)))
        .collect::<Result<_, ApiError>>()?;
    Ok(Detail {
        account: account?,
        contacts: contacts?,
        products,
    })
}

#[component]
pub fn AgentAccount() -> impl IntoView {
    view! { <AgentGate><AccountView/></AgentGate> }
}

#[component]
fn AccountView() -> impl IntoView {
    let app = use_app();
    let nav = crate::nav::use_nav();
    let number = Memo::new(move |_| nav.param("/agent/accounts/").unwrap_or_default());
    let number = move || number.get();
    crate::components::page::title(move || agent::ACCOUNT_TITLE.fill(&[("number", &number())]));
    // Read again when an order placed for the account completes: it holds more now.
    let completed = RwSignal::new(0u32);
    let on_completed = Callback::new(move |()| completed.update(|n| *n += 1));
    let detail = crate::state::tasks::load(move || {
        completed.track();
        let (client, number) = (app.client(), number());
        async move { load(&client, &number).await }
    });
    move || {
        match detail.get() {
        None => view! { <p aria-busy="true">{agent::LOADING_ACCOUNT.text()}</p> }.fresh(),
        Some(Err(e)) => view! {
            <h1>{agent::ACCOUNT.text()} " " {number()}</h1>
            <p class="hw-notice hw-notice--error" role="alert" data-testid="agent-account-error">{e.reason()}</p>
        }.fresh(),
        Some(Ok(d)) => view! { <AccountDetail detail=d on_completed/> }.fresh(),
    }
    }
}

#[component]
fn AccountDetail(detail: Detail, on_completed: Callback<()>) -> impl IntoView {
    let number = detail.account.account_number.clone();
    provide_context(Holder(holder_name(&detail.contacts)));
    let services = || detail.products.iter().flat_map(|(_, s)| s.iter());
    let has_sitebuilder = |domain: &str| {
        services()
            .any(|s| s.kind() == ServiceKind::SiteBuilder && s.name.eq_ignore_ascii_case(domain))
    };
    let web_domains: Vec<WebDomain> = services()
        .filter(|s| s.kind() == ServiceKind::WebHosting)
        .map(|s| WebDomain {
            domain: s.name.clone(),
            unavailable: if s.status.eq_ignore_ascii_case("disabled") {
                Some(agent::SB_DISABLED_HERE.text())
            } else if has_sitebuilder(&s.name) {
                Some(agent::SB_HERE.text())
            } else {
                None
            },
        })
        .collect();
    let exchange_domains: Vec<String> = detail
        .products
        .iter()
        .flat_map(|(_, s)| s.iter())
        .filter(|s| s.kind() == ServiceKind::ExchangeDomain)
        .map(|s| s.name.clone())
        .collect();
    view! {
        <h1>{agent::ACCOUNT.text()} " " <span data-testid="agent-account-number">{number.clone()}</span></h1>
        <p>{agent::STATUS.text()} " " <strong data-testid="agent-account-status">{status_words(&detail.account.status)}</strong>
           " " {agent::CURRENCY_SINCE.fill(&[("currency", &detail.account.currency), ("date", &crate::components::date::day(&detail.account.created_date))])}</p>
        <section class="hw-card"><h2>{agent::CONTACTS.text()}</h2><ul>
            {detail.contacts.iter().map(|c| view! { <li>{format!("{} {} — {}",
                c["name"]["firstName"].as_str().unwrap_or(""), c["name"]["lastName"].as_str().unwrap_or(""),
                c["contactMedia"]["email1"].as_str().unwrap_or(""))}</li> }).collect_view()}
        </ul></section>
        <section class="hw-card"><h2>{agent::PRODUCTS.text()}</h2><ul data-testid="agent-products">
            {detail.products.iter().map(|(p, services)| view! {
                <li>{p.name.clone()}<ul>
                    {services.iter().map(|s| view! { <li data-spec=s.spec_id()>{format!("{} — {}, {}", s.display_name.clone().unwrap_or(s.name.clone()), s.kind().display_name(), status_words(&s.status))}</li> }).collect_view()}
                </ul></li>
            }).collect_view()}
        </ul></section>
        <PlacedOrders account=number.clone() on_completed/>
        <OnBehalf number=number.clone()/>
        {exchange_domains.into_iter().map(|d| view! { <MailboxShortcut number=number.clone() domain=d/> }).collect_view()}
        {(!web_domains.is_empty()).then(|| view! { <SiteBuilderShortcut number=number.clone() domains=web_domains/> })}
        <DomainShortcut number=number.clone()/>
    }
}

/// A new order for this account, built with the customer components.
#[component]
fn OnBehalf(number: String) -> impl IntoView {
    let app = use_app();
    let holder = use_context::<Holder>();
    let order = use_order();
    let client_ip = RwSignal::new(String::new());
    let navigate = crate::nav::use_nav();
    let form = use_form(
        |(_, ip): &(String, String)| match ip.trim() {
            "" => Vec::new(),
            ip => rules::ip_address(ip)
                .err()
                .map(|e| vec![Problem::new("agent-clientIp", e)])
                .unwrap_or_default(),
        },
        move |(number, ip): (String, String)| {
            let (app, navigate, holder) = (app.clone(), navigate.clone(), holder.clone());
            async move {
                let client = app.client();
                let ip = ip.trim();
                let id = orders::create(&client, (!ip.is_empty()).then_some(ip)).await?;
                account::put_existing(&client, &id, &number).await?;
                app.order_for(Some(for_account(&holder, &number, &id)));
                order.id.set(Some(id));
                order.seen.set(None);
                order.touch_cart();
                navigate.go("/");
                Ok(())
            }
        },
        |e| {
            vec![Problem::new(
                "agent-clientIp",
                match e.fault() {
                    Some(f) if f.message == "User cannot specify the client IP address" => {
                        agent::CLIENT_IP_REFUSED.text()
                    }
                    Some(f) if f.code == 409 => agent::OPEN_ORDER.text(),
                    _ => e.reason(),
                },
            )]
        },
    );
    view! {
        <form class="hw-card hw-form" aria-label=agent::NEW_ORDER.text() on:submit=form.on_submit(move || (number.clone(), client_ip.get_untracked()))
            novalidate data-testid="on-behalf-form">
            <h2>{agent::NEW_ORDER.text()}</h2>
            <ErrorSummary problems=form.problems/>
            <TextField id="agent-clientIp" label=agent::CLIENT_IP.text() value=client_ip
                error=form.error("agent-clientIp")
                hint=agent::CLIENT_IP_HINT.text()/>
            <button type="submit" class="hw-button" data-testid="on-behalf-start" aria-busy=move || form.pending().get().then_some("true")>
                {form.label(agent::START.text(), agent::STARTING.text())}
            </button>
        </form>
    }
}

/// An account's or a service's status in an agent's words (`open` → "active"): the values the
/// documentation lists; one it does not is shown as the API says it, its underscores as spaces.
fn status_words(status: &str) -> String {
    let words = match status.to_ascii_lowercase().as_str() {
        "open" | "active" => agent::STATE_OPEN,
        "new" => agent::STATE_NEW,
        "pending" => agent::STATE_PENDING,
        "suspended" => agent::STATE_SUSPENDED,
        "disabled" => agent::STATE_DISABLED,
        "close_pending" => agent::STATE_CLOSE_PENDING,
        "closed" => agent::STATE_CLOSED,
        "purge_pending" => agent::STATE_PURGE_PENDING,
        "" => agent::STATUS_UNKNOWN,
        other => return other.replace('_', " "),
    };
    words.text()
}
