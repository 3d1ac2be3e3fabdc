//! Existing accounts (HTTP Basic required): the account, its contacts, products, services and Exchange
//! domains. The ordering shortcuts for them are in [`super::shortcuts`].

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};

use crate::auth::Caller;
use crate::catalog;
use crate::demo::{self, ExistingAccount};
use crate::error::{ApiError, ApiResult};
use crate::held::{self, HeldProduct, HeldService};
use crate::links::Base;
use crate::AppState;

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
    let (account, _) = caller.existing_account(&acct)?;
    Ok(Json(account_json(&base, account)))
}

async fn partner_account_get(
    caller: Caller,
    base: Base,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    caller.require_agent()?;
    let account = demo::by_partner_account_id(&id).ok_or(ApiError::NotFound)?;
    let (account, _) = caller.existing_account(account.number)?;
    Ok(Json(account_json(&base, account)))
}

async fn contacts_get(
    caller: Caller,
    base: Base,
    Path(acct): Path<String>,
) -> ApiResult<Json<Value>> {
    let (a, _) = caller.existing_account(&acct)?;
    let c = &a.contact;
    let regular = json!({"type": "regular", "name": {"firstName": c.first_name, "lastName": c.last_name},
        "contactMedia": {"email1": c.email, "phone1": c.phone}});
    Ok(Json(
        json!({"list": [regular], "links": [base.link(&format!("/accounts/{acct}/contacts"), "self")]}),
    ))
}

fn product_json(base: &Base, a: &ExistingAccount, p: &HeldProduct) -> Value {
    let path = format!("/accounts/{}/products/{}", a.number, p.id);
    let name = catalog::product_spec(&p.spec).map_or(p.spec.as_str(), |s| s.name);
    json!({"id": p.id, "status": "open", "name": name, "productSpecification": base.url(&format!("/productSpecifications/{}", p.spec)),
        "services": base.url(&format!("{path}/services")), "links": [base.link(&path, "self")]})
}

fn service_json(base: &Base, a: &ExistingAccount, p: &HeldProduct, s: &HeldService) -> Value {
    let path = format!("/accounts/{}/products/{}/services/{}", a.number, p.id, s.id);
    let mut links = vec![base.link(&path, "self")];
    if s.free_mailboxes.is_some() {
        links.push(base.link(
            &format!("/accounts/{}/exchange/{}/mailboxes", a.number, s.name),
            "manage",
        ));
    }
    json!({"id": s.id, "status": if s.disabled { "disabled" } else { "open" }, "name": s.name, "displayName": s.display_name, "billingCycle": s.billing_cycle,
        "serviceSpecification": base.url(&format!("/serviceSpecifications/{}", s.spec)), "links": links})
}

async fn products_get(
    State(state): State<AppState>,
    caller: Caller,
    base: Base,
    Path(acct): Path<String>,
) -> ApiResult<Json<Value>> {
    let (a, _) = caller.existing_account(&acct)?;
    let list: Vec<Value> = held::products(&state, a)?
        .iter()
        .map(|p| product_json(&base, a, p))
        .collect();
    Ok(Json(
        json!({"list": list, "links": [base.link(&format!("/accounts/{acct}/products"), "self")]}),
    ))
}

/// The account's product `id`, demo or ordered.
fn held_product(state: &AppState, a: &ExistingAccount, id: &str) -> ApiResult<HeldProduct> {
    held::products(state, a)?
        .into_iter()
        .find(|p| p.id == id)
        .ok_or(ApiError::NotFound)
}

async fn product_get(
    State(state): State<AppState>,
    caller: Caller,
    base: Base,
    Path((acct, pid)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    let (a, _) = caller.existing_account(&acct)?;
    Ok(Json(product_json(
        &base,
        a,
        &held_product(&state, a, &pid)?,
    )))
}

async fn services_get(
    State(state): State<AppState>,
    caller: Caller,
    base: Base,
    Path((acct, pid)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    let (a, _) = caller.existing_account(&acct)?;
    let p = held_product(&state, a, &pid)?;
    let list: Vec<Value> = p
        .services
        .iter()
        .map(|s| service_json(&base, a, &p, s))
        .collect();
    let path = format!("/accounts/{acct}/products/{pid}/services");
    Ok(Json(
        json!({"list": list, "links": [base.link(&path, "self")]}),
    ))
}

async fn service_get(
    State(state): State<AppState>,
    caller: Caller,
    base: Base,
    Path((acct, pid, sid)): Path<(String, String, String)>,
) -> ApiResult<Json<Value>> {
    let (a, _) = caller.existing_account(&acct)?;
    let p = held_product(&state, a, &pid)?;
    let s = p
        .services
        .iter()
        .find(|s| s.id == sid)
        .ok_or(ApiError::NotFound)?;
    Ok(Json(service_json(&base, a, &p, s)))
}

async fn exchange_get(
    State(state): State<AppState>,
    caller: Caller,
    base: Base,
    Path((acct, domain)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    let (a, _) = caller.existing_account(&acct)?;
    held::service(&state, a, "core.exchange.domain", &domain)?.ok_or(ApiError::NotFound)?;
    let path = format!("/accounts/{acct}/exchange/{domain}");
    Ok(Json(json!({"domain": domain, "version": "2010",
        "mailboxes": [base.url(&format!("{path}/mailboxes"))],
        "globalContacts": [base.url(&format!("{path}/globalContacts"))],
        "mailingLists": [base.url(&format!("{path}/mailingLists"))],
        "links": [base.link(&path, "self")]})))
}
