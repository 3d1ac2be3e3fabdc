//! Existing accounts (HTTP Basic required): lookups and the ordering shortcuts — an Exchange mailbox on an
//! Exchange domain (paid → a quote body with `[amount, currency]` money and `quotehash`; free → already
//! submitted, `Location` only) and a domain registration.
//!
//! Shortcut orders get a fresh `OwnerId` (as in the documentation's example, whose cookie differs from
//! any earlier one) and are associated with the calling agent.

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use serde_json::{json, Value};

use super::JsonBody;
use crate::auth::{Agent, Caller, OWNER_COOKIE};
use crate::catalog::money;
use crate::demo::{self, ExistingAccount};
use crate::error::{ApiError, ApiResult};
use crate::links::Base;
use crate::model::{new_id, now_ms, status, Account, Order, Product, Service};
use crate::rules::fields::{self, Problems};
use crate::rules::{attributes, messages as m};
use crate::{catalog, quote, AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/accounts/{acct}", get(account_get))
        .route("/partnerAccounts/{id}", get(partner_account_get))
        .route("/accounts/{acct}/contacts", get(contacts_get))
        .route("/accounts/{acct}/products", get(products_get))
        .route("/accounts/{acct}/products/{product_id}", get(product_get))
        .route(
            "/accounts/{acct}/products/{product_id}/services",
            get(services_get),
        )
        .route(
            "/accounts/{acct}/products/{product_id}/services/{service_id}",
            get(service_get),
        )
        .route("/accounts/{acct}/exchange/{domain}", get(exchange_get))
        .route(
            "/accounts/{acct}/exchange/{domain}/mailboxes",
            post(mailboxes_post),
        )
        .route("/accounts/{acct}/domains/{domain}", put(domain_put))
}

/// The account if this agent may see it: 401 without credentials, 404 unknown, 403 another partner's,
/// or closed/suspended without the elevated permission.
fn visible(caller: &Caller, number: &str) -> ApiResult<(&'static ExistingAccount, Agent)> {
    let agent = caller.require_agent()?.clone();
    let account = demo::account(number).ok_or(ApiError::NotFound)?;
    if account.partner != agent.partner() || (account.status != "open" && !agent.elevated) {
        return Err(ApiError::forbidden(m::permission("Account")));
    }
    Ok((account, agent))
}

fn account_json(base: &Base, a: &ExistingAccount) -> Value {
    let path = format!("/accounts/{}", a.number);
    let link = |rest: &str| base.url(&format!("{path}/{rest}"));
    json!({
        "accountNumber": a.number,
        "partnerAccountId": a.partner_account_id,
        "createdDate": a.created,
        "currency": a.currency,
        "status": a.status,
        "paymentInfo": link("paymentInfo"), "products": link("products"), "exchange": link("exchange"),
        "dedicatedServers": link("dedicatedServers"), "contacts": link("contacts"), "email": link("email"),
        "domains": link("domains"), "attributes": link("attributes"), "flexcloud": link("flexcloud"),
        "users": link("users"),
        "links": [base.link(&path, "self")],
    })
}

async fn account_get(
    caller: Caller,
    base: Base,
    Path(acct): Path<String>,
) -> ApiResult<Json<Value>> {
    let (account, _) = visible(&caller, &acct)?;
    Ok(Json(account_json(&base, account)))
}

async fn partner_account_get(
    caller: Caller,
    base: Base,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    caller.require_agent()?;
    let account = demo::by_partner_account_id(&id).ok_or(ApiError::NotFound)?;
    let (account, _) = visible(&caller, account.number)?;
    Ok(Json(account_json(&base, account)))
}

async fn contacts_get(
    caller: Caller,
    base: Base,
    Path(acct): Path<String>,
) -> ApiResult<Json<Value>> {
    let (a, _) = visible(&caller, &acct)?;
    let c = &a.contact;
    let regular = json!({"type": "regular", "name": {"firstName": c.first_name, "lastName": c.last_name},
        "contactMedia": {"email1": c.email, "phone1": c.phone}});
    Ok(Json(
        json!({"list": [regular], "links": [base.link(&format!("/accounts/{acct}/contacts"), "self")]}),
    ))
}

fn product_json(base: &Base, a: &ExistingAccount, p: &demo::DemoProduct) -> Value {
    let path = format!("/accounts/{}/products/{}", a.number, p.id);
    let name = catalog::product_spec(p.spec).map_or(p.spec, |s| s.name);
    json!({"id": p.id, "status": "open", "name": name, "productSpecification": base.url(&format!("/productSpecifications/{}", p.spec)),
        "services": base.url(&format!("{path}/services")), "links": [base.link(&path, "self")]})
}

fn service_json(
    base: &Base,
    a: &ExistingAccount,
    p: &demo::DemoProduct,
    s: &demo::DemoService,
) -> Value {
    let path = format!("/accounts/{}/products/{}/services/{}", a.number, p.id, s.id);
    let mut links = vec![base.link(&path, "self")];
    if s.free_mailboxes.is_some() {
        links.push(base.link(
            &format!("/accounts/{}/exchange/{}/mailboxes", a.number, s.domain),
            "manage",
        ));
    }
    json!({"id": s.id, "status": "open", "name": s.domain, "displayName": s.domain, "billingCycle": s.billing_cycle,
        "serviceSpecification": base.url(&format!("/serviceSpecifications/{}", s.spec)), "links": links})
}

async fn products_get(
    caller: Caller,
    base: Base,
    Path(acct): Path<String>,
) -> ApiResult<Json<Value>> {
    let (a, _) = visible(&caller, &acct)?;
    let list: Vec<Value> = a
        .products
        .iter()
        .map(|p| product_json(&base, a, p))
        .collect();
    Ok(Json(
        json!({"list": list, "links": [base.link(&format!("/accounts/{acct}/products"), "self")]}),
    ))
}

fn demo_product(a: &'static ExistingAccount, id: &str) -> ApiResult<&'static demo::DemoProduct> {
    a.products
        .iter()
        .find(|p| p.id == id)
        .ok_or(ApiError::NotFound)
}

async fn product_get(
    caller: Caller,
    base: Base,
    Path((acct, pid)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    let (a, _) = visible(&caller, &acct)?;
    Ok(Json(product_json(&base, a, demo_product(a, &pid)?)))
}

async fn services_get(
    caller: Caller,
    base: Base,
    Path((acct, pid)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    let (a, _) = visible(&caller, &acct)?;
    let p = demo_product(a, &pid)?;
    let list: Vec<Value> = p
        .services
        .iter()
        .map(|s| service_json(&base, a, p, s))
        .collect();
    let path = format!("/accounts/{acct}/products/{pid}/services");
    Ok(Json(
        json!({"list": list, "links": [base.link(&path, "self")]}),
    ))
}

async fn service_get(
    caller: Caller,
    base: Base,
    Path((acct, pid, sid)): Path<(String, String, String)>,
) -> ApiResult<Json<Value>> {
    let (a, _) = visible(&caller, &acct)?;
    let p = demo_product(a, &pid)?;
    let s = p
        .services
        .iter()
        .find(|s| s.id == sid)
        .ok_or(ApiError::NotFound)?;
    Ok(Json(service_json(&base, a, p, s)))
}

async fn exchange_get(
    caller: Caller,
    base: Base,
    Path((acct, domain)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    let (a, _) = visible(&caller, &acct)?;
    a.service("core.exchange.domain", &domain)
        .ok_or(ApiError::NotFound)?;
    let path = format!("/accounts/{acct}/exchange/{domain}");
    Ok(Json(json!({"domain": domain, "version": "2010",
        "mailboxes": [base.url(&format!("{path}/mailboxes"))],
        "globalContacts": [base.url(&format!("{path}/globalContacts"))],
        "mailingLists": [base.url(&format!("{path}/mailingLists"))],
        "links": [base.link(&path, "self")]})))
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
fn shortcut_order(agent: &Agent, a: &ExistingAccount, product: Product) -> Order {
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

async fn mailboxes_post(
    State(state): State<AppState>,
    caller: Caller,
    base: Base,
    Path((acct, domain)): Path<(String, String)>,
    body: JsonBody,
) -> ApiResult<Response> {
    let (a, agent) = visible(&caller, &acct)?;
    let exchange = a
        .service("core.exchange.domain", &domain)
        .ok_or(ApiError::NotFound)?;
    body.object()?;
    check_mailbox(&body.0)?;
    let username = body.0["owner"]["username"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let ordered = mailboxes_ordered(&state, &acct, exchange.domain)?;
    if ordered.contains(&username) {
        return Err(ApiError::conflict("Duplicate entry"));
    }
    let free = exchange.free_mailboxes.unwrap_or(0) as usize > ordered.len();
    let mut attrs = body.0.as_object().cloned().unwrap_or_default();
    attrs.remove("owner");
    attrs.insert("domain".into(), Value::String(exchange.domain.into()));
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
    let (a, agent) = visible(&caller, &acct)?;
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
    let offering = format!(
        "/productSpecifications/core.plan.dnr.only/offerings/{}-12",
        a.currency
    );
    let product = Product {
        id: new_id(),
        spec: "core.plan.dnr.only".into(),
        offering,
        billing_cycle: 12,
        services: vec![Service {
            id: new_id(),
            name: domain.to_ascii_lowercase(),
            spec: spec.id.into(),
            billing_cycle: 12,
            attributes: attrs,
            ..Default::default()
        }],
        ..Default::default()
    };
    let order = shortcut_order(&agent, a, product);
    crate::rules::order::check(&order, false, &[])?;
    state.store.save(&order)?;
    let body = json!({"orderId": order.id, "links": [
        base.link(&format!("/accounts/{acct}/domains/{domain}"), "self"),
        base.link(&format!("/orders/{}/action/", order.id), "submit"),
        base.link(&format!("/orders/{}/quote/", order.id), "quote"),
    ]});
    Ok((
        StatusCode::ACCEPTED,
        [set_cookie(&state, &order.owner_id)],
        Json(body),
    )
        .into_response())
}
