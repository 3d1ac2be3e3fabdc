//! Ordering shortcuts for an existing account (HTTP Basic): an Exchange mailbox on one of its Exchange
//! domains (paid → a quote body with `[amount, currency]` money and `quotehash`; free → already
//! submitted, `Location` only) and a domain registration; SiteBuilder is in `sitebuilder.rs`.
//!
//! Shortcut orders get a fresh `OwnerId` (as in the documentation's example, whose cookie differs from
//! any earlier one) and are associated with the calling agent.

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{post, put};
use axum::{Json, Router};
use serde_json::{json, Value};

use super::JsonBody;
use crate::auth::{Agent, Caller, OWNER_COOKIE};
use crate::catalog::money;
use crate::demo::ExistingAccount;
use crate::error::{ApiError, ApiResult};
use crate::held;
use crate::links::Base;
use crate::model::{new_id, now_ms, status, Account, Order, Product, Service};
use crate::rules::attributes;
use crate::rules::fields::{self, Problems};
use crate::{catalog, quote, AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/accounts/{acct}/exchange/{domain}/mailboxes",
            post(mailboxes_post),
        )
        .route("/accounts/{acct}/domains/{domain}", put(domain_put))
}

/// The documented mailbox rules, field by field.
fn check_mailbox(body: &Value) -> ApiResult<()> {
    let mut p = Problems::default();
    let s = |section: &str, k: &str| {
        body.get(section)
            .and_then(|v| v.get(k))
            .and_then(Value::as_str)
            .unwrap_or_default()
    };
    p.check(
        "owner.username",
        fields::mailbox_username(s("owner", "username")),
    );
    p.check(
        "owner.password",
        fields::mailbox_password(s("owner", "password")),
    );
    p.check(
        "recipientLimit",
        fields::recipient_limit(body.get("recipientLimit")),
    );
    if let Some(admin) = body.get("admin") {
        let ok = admin.as_u64().is_some_and(|a| a <= 1);
        p.check(
            "admin",
            if ok {
                Ok(())
            } else {
                Err("Must be 0 or 1".into())
            },
        );
    }
    for key in ["businessPhone", "homePhone", "fax", "mobile"] {
        p.check(&format!("phones.{key}"), fields::phone(s("phones", key)));
    }
    let country = s("address", "country");
    if !country.is_empty() {
        p.check("address.country", fields::country_code(country));
    }
    p.check("name.name", fields::max_len(s("name", "name"), 100));
    p.into_result()
}

/// Mailboxes ordered so far on this account's domain (in any order of the sandbox).
fn mailboxes_ordered(state: &AppState, acct: &str, domain: &str) -> ApiResult<Vec<String>> {
    Ok(state
        .store
        .all()?
        .iter()
        .filter(|o| o.account.as_ref().and_then(|a| a.number.as_deref()) == Some(acct))
        .flat_map(|o| o.services().map(|(_, s)| s.clone()).collect::<Vec<_>>())
        .filter(|s| s.spec == "core.exchange.mailbox")
        .filter(|s| s.attributes.get("domain").and_then(Value::as_str) == Some(domain))
        .map(|s| s.name)
        .collect())
}

/// A new order for an existing account, owned by a fresh `OwnerId` and associated with the agent.
pub(super) fn shortcut_order(agent: &Agent, a: &ExistingAccount, product: Product) -> Order {
    Order {
        id: new_id(),
        owner_id: uuid::Uuid::new_v4().to_string(),
        status: status::NEW.into(),
        agent: Some(agent.user.clone()),
        account: Some(Account {
            number: Some(a.number.into()),
            existing: true,
            currency: a.currency.into(),
            language: "en-US".into(),
            products: vec![product],
            ..Default::default()
        }),
        created_ms: now_ms(),
        ..Default::default()
    }
}

fn set_cookie(state: &AppState, owner: &str) -> (header::HeaderName, String) {
    (
        header::SET_COOKIE,
        format!(
            "{OWNER_COOKIE}={owner}; {}",
            state.config.cookie_attributes()
        ),
    )
}

/// A product of `plan` billed yearly in the account's currency, with its one service.
pub(super) fn yearly_product(
    plan: &str,
    a: &ExistingAccount,
    service_spec: &str,
    name: &str,
    attributes: serde_json::Map<String, Value>,
) -> Product {
    Product {
        id: new_id(),
        spec: plan.into(),
        offering: format!("/productSpecifications/{plan}/offerings/{}-12", a.currency),
        billing_cycle: 12,
        services: vec![Service {
            id: new_id(),
            name: name.into(),
            spec: service_spec.into(),
            billing_cycle: 12,
            attributes,
            ..Default::default()
        }],
        ..Default::default()
    }
}

/// A shortcut's order checked, stored and answered as documented: `202` with `orderId` and the links
/// `self` (the shortcut at `path`), `submit` and `quote`, and the order's fresh `OwnerId`.
pub(super) fn accepted(
    state: &AppState,
    base: &Base,
    path: &str,
    order: &Order,
) -> ApiResult<Response> {
    crate::rules::order::check(order, false, &[])?;
    state.store.save(order)?;
    let body = json!({"orderId": order.id, "links": [
        base.link(path, "self"),
        base.link(&format!("/orders/{}/action/", order.id), "submit"),
        base.link(&format!("/orders/{}/quote/", order.id), "quote"),
    ]});
    Ok((
        StatusCode::ACCEPTED,
        [set_cookie(state, &order.owner_id)],
        Json(body),
    )
        .into_response())
}

async fn mailboxes_post(
    State(state): State<AppState>,
    caller: Caller,
    base: Base,
    Path((acct, domain)): Path<(String, String)>,
    body: JsonBody,
) -> ApiResult<Response> {
    let (a, agent) = caller.existing_account(&acct)?;
    let exchange =
        held::service(&state, a, "core.exchange.domain", &domain)?.ok_or(ApiError::NotFound)?;
    body.object()?;
    check_mailbox(&body.0)?;
    let username = body.0["owner"]["username"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let ordered = mailboxes_ordered(&state, &acct, &exchange.name)?;
    if ordered.contains(&username) {
        return Err(ApiError::conflict("Duplicate entry"));
    }
    let free = exchange.free_mailboxes.unwrap_or(0) as usize > ordered.len();
    let mut attrs = body.0.as_object().cloned().unwrap_or_default();
    attrs.remove("owner");
    attrs.insert("domain".into(), Value::String(exchange.name.clone()));
    let product = Product {
        id: new_id(),
        spec: "core.plan.email.exchange2010".into(),
        offering: "/productSpecifications/core.plan.email.exchange2010/offerings/USD-1".into(),
        billing_cycle: 1,
        promo_code: free.then(|| catalog::INCLUDED_MAILBOX.to_string()),
        services: vec![Service {
            id: new_id(),
            name: username,
            spec: "core.exchange.mailbox".into(),
            billing_cycle: 1,
            attributes: attrs,
            ..Default::default()
        }],
        ..Default::default()
    };
    let mut order = shortcut_order(&agent, a, product);
    if free {
        order.status = status::PROCESSING.into();
        order.submitted_ms = Some(now_ms());
    }
    state.store.save(&order)?;
    let cookie = set_cookie(&state, &order.owner_id);
    if free {
        let location = base.order(&order.id);
        return Ok((StatusCode::ACCEPTED, [(header::LOCATION, location), cookie]).into_response());
    }
    let (_, hash, totals) = quote::compute(&order, &quote::today());
    let amount = |cents: i64| json!([money(cents), a.currency]);
    let body = json!({
        "total": amount(totals.total + totals.tax),
        "subtotal": amount(totals.total),
        "deferredTotal": [],
        "deferredSubtotal": [],
        "quotehash": hash,
        "links": [
            base.link(&format!("/accounts/{acct}/exchange/{domain}/mailboxes/"), "self"),
            base.link(&format!("/orders/{}/action", order.id), "related"),
        ],
    });
    Ok((StatusCode::ACCEPTED, [cookie], Json(body)).into_response())
}

/// Domain registration for an existing account: the body is the `core.dnr` attribute object.
async fn domain_put(
    State(state): State<AppState>,
    caller: Caller,
    base: Base,
    Path((acct, domain)): Path<(String, String)>,
    body: JsonBody,
) -> ApiResult<Response> {
    let (a, agent) = caller.existing_account(&acct)?;
    fields::domain_name(&domain).map_err(|e| ApiError::field("domainName", e))?;
    let mut attrs = body.object()?.clone();
    if attrs
        .get("authInfo")
        .and_then(Value::as_str)
        .is_some_and(|s| !s.is_empty())
    {
        return Err(ApiError::field(
            "authInfo",
            "Transfers are currently not supported by this shortcut",
        ));
    }
    attrs.insert(
        "domainName".into(),
        Value::String(domain.to_ascii_lowercase()),
    );
    attrs
        .entry("operation")
        .or_insert(Value::String("register".into()));
    let tld = domain
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let spec = catalog::service_spec(&format!("core.dnr.{tld}")).ok_or_else(|| {
        ApiError::field(
            "domainName",
            "This top-level domain is not offered (.com, .net, .us)",
        )
    })?;
    attributes::check(spec, &attrs)?;
    let product = yearly_product(
        "core.plan.dnr.only",
        a,
        spec.id,
        &domain.to_ascii_lowercase(),
        attrs,
    );
    let order = shortcut_order(&agent, a, product);
    accepted(
        &state,
        &base,
        &format!("/accounts/{acct}/domains/{domain}"),
        &order,
    )
}
