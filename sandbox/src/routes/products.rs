//! `…/account/products[/{productId}]`. Promotion codes are in [`super::promotions`].

use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};

use super::account;
use super::contacts::path_param;
use super::{JsonBody, OrderCall};
use crate::catalog;
use crate::error::{ApiError, ApiResult};
use crate::links::Base;
use crate::model::{new_id, Account, Order, Product};
use crate::rules::fields;
use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account/products", get(products_list).post(products_post))
        .route(
            "/account/products/{product_id}",
            get(product_get).put(product_put).delete(product_delete),
        )
}

pub fn product_path(order_id: &str, product_id: &str) -> String {
    format!("/orders/{order_id}/account/products/{product_id}")
}

fn product_json(base: &Base, order: &Order, p: &Product) -> Value {
    let path = product_path(&order.id, &p.id);
    json!({
        "status": "new",
        "services": base.url(&format!("{path}/services")),
        "offering": base.url(&p.offering),
        "billingCycle": p.billing_cycle,
        "promoCode": p.promo_code,
        "displayName": p.display_name,
        "partnerId": p.partner_id,
        "links": [base.link(&path, "self")],
    })
}

/// Adds a product. Without an account, a minimal one is created (default language, the offering's
/// currency); otherwise the offering's currency must be the account's.
pub fn add_product(order: &mut Order, body: &Value) -> ApiResult<String> {
    let href = body
        .get("offering")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let (spec, offering) = catalog::offering_from_href(href).ok_or_else(|| {
        ApiError::field(
            "offering",
            "Unknown offering; use a productSpecifications/{id}/offerings/{id} link",
        )
    })?;
    let promo = match body
        .get("promoCode")
        .and_then(Value::as_str)
        .filter(|c| !c.is_empty())
    {
        Some(code) => Some(
            catalog::promotion(code)
                .ok_or_else(|| ApiError::field("promoCode", "Unknown promotion code"))?
                .code
                .to_string(),
        ),
        None => None,
    };
    let account = order.account.get_or_insert_with(|| Account {
        currency: offering.currency.into(),
        language: "en-US".into(),
        ..Default::default()
    });
    if account.currency != offering.currency {
        return Err(ApiError::field(
            "offering",
            format!(
                "The offering is in {}, the account in {}",
                offering.currency, account.currency
            ),
        ));
    }
    let id = new_id();
    account.products.push(Product {
        id: id.clone(),
        spec: spec.id.into(),
        offering: format!(
            "/productSpecifications/{}/offerings/{}",
            spec.id,
            offering.id()
        ),
        billing_cycle: offering.billing_period,
        promo_code: promo,
        display_name: body
            .get("displayName")
            .and_then(Value::as_str)
            .map(str::to_string),
        partner_id: body
            .get("partnerId")
            .and_then(Value::as_str)
            .map(str::to_string),
        services: Vec::new(),
    });
    Ok(id)
}

async fn products_post(call: OrderCall, base: Base, body: JsonBody) -> ApiResult<Response> {
    body.object()?;
    let (order_id, product_id) = call.change("Products", |order| {
        Ok((order.id.clone(), add_product(order, &body.0)?))
    })?;
    let location = base.url(&product_path(&order_id, &product_id));
    let body = json!({"url": format!("{location}/"), "productId": product_id});
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(body),
    )
        .into_response())
}

async fn products_list(call: OrderCall, base: Base) -> ApiResult<Json<Value>> {
    let order = call.load("Products")?;
    let list: Vec<Value> = account(&order)?
        .products
        .iter()
        .map(|p| product_json(&base, &order, p))
        .collect();
    let path = format!("/orders/{}/account/products", order.id);
    Ok(Json(
        json!({"list": list, "links": [base.link(&path, "self")]}),
    ))
}

async fn product_get(
    call: OrderCall,
    base: Base,
    Path(params): Path<Vec<(String, String)>>,
) -> ApiResult<Json<Value>> {
    let order = call.load("Products")?;
    let product = order
        .product(&path_param(&params, "product_id"))
        .ok_or(ApiError::NotFound)?;
    Ok(Json(product_json(&base, &order, product)))
}

/// Only `{"billingCycle"}`: 1–120 and one of the product's offering periods in the account's currency.
async fn product_put(
    call: OrderCall,
    Path(params): Path<Vec<(String, String)>>,
    body: JsonBody,
) -> ApiResult<StatusCode> {
    body.object()?;
    let cycle = fields::billing_cycle(body.0.get("billingCycle"))
        .map_err(|e| ApiError::field("billingCycle", e))?;
    let product_id = path_param(&params, "product_id");
    call.change("Products", |order| {
        let product = order.product_mut(&product_id).ok_or(ApiError::NotFound)?;
        let spec = catalog::product_spec(&product.spec).ok_or(ApiError::NotFound)?;
        let currency = catalog::offering_from_href(&product.offering)
            .map(|(_, o)| o.currency)
            .unwrap_or("USD");
        let offering = spec
            .offerings
            .iter()
            .find(|o| o.currency == currency && o.billing_period == cycle)
            .ok_or_else(|| {
                ApiError::compute(format!("Unable to update the product {product_id}"))
            })?;
        product.billing_cycle = cycle;
        product.offering = format!(
            "/productSpecifications/{}/offerings/{}",
            spec.id,
            offering.id()
        );
        Ok(())
    })?;
    Ok(StatusCode::NO_CONTENT)
}

async fn product_delete(
    call: OrderCall,
    Path(params): Path<Vec<(String, String)>>,
) -> ApiResult<StatusCode> {
    let product_id = path_param(&params, "product_id");
    call.change("Products", |order| {
        let account = order.account.as_mut().ok_or(ApiError::NotFound)?;
        let before = account.products.len();
        account.products.retain(|p| p.id != product_id);
        if account.products.len() == before {
            return Err(ApiError::NotFound);
        }
        Ok(())
    })?;
    Ok(StatusCode::NO_CONTENT)
}
