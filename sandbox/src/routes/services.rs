//! `…/products/{productId}/services[/{serviceId}]` with `/attributes` (notes are in [`super::notes`])
//! (promotion codes are in [`super::promotions`]).
//!
//! POST takes `relatedTo`, PUT takes `associatedTo` (the documentation uses both; each endpoint accepts
//! either). A related service must be in the same order.

use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Map, Value};

use super::contacts::path_param;
use super::products::product_path;
use super::{JsonBody, OrderCall};
use crate::catalog;
use crate::error::{ApiError, ApiResult};
use crate::links::Base;
use crate::model::{Order, Service};
use crate::rules::fields::{self, Problems};
use crate::rules::service::{add_service, check_cycle, related_ids};
use crate::rules::{attributes, messages as m};
use crate::AppState;

pub fn router() -> Router<AppState> {
    let one = "/account/products/{product_id}/services/{service_id}";
    Router::new()
        .route(
            "/account/products/{product_id}/services",
            get(services_list).post(services_post),
        )
        .route(
            one,
            get(service_get).put(service_put).delete(service_delete),
        )
        .route(
            &format!("{one}/attributes"),
            get(attributes_get).put(attributes_put),
        )
}

/// The product and service ids of a service path.
pub struct Ids {
    pub product: String,
    pub service: String,
}

pub fn ids(params: &[(String, String)]) -> Ids {
    Ids {
        product: path_param(params, "product_id"),
        service: path_param(params, "service_id"),
    }
}

pub fn service_path(order_id: &str, product_id: &str, service_id: &str) -> String {
    format!(
        "{}/services/{service_id}",
        product_path(order_id, product_id)
    )
}

fn service_json(base: &Base, order: &Order, product_id: &str, s: &Service) -> Value {
    let path = service_path(&order.id, product_id, &s.id);
    let related: Vec<String> = s
        .related_to
        .iter()
        .filter_map(|id| order.services().find(|(_, t)| &t.id == id))
        .map(|(p, t)| base.url(&service_path(&order.id, &p.id, &t.id)))
        .collect();
    json!({
        "status": "new",
        "name": s.name,
        "serviceSpecification": base.url(&format!("/serviceSpecifications/{}", s.spec)),
        "billingCycle": s.billing_cycle,
        "relatedTo": related,
        "promoCode": s.promo_code,
        "attributes": base.url(&format!("{path}/attributes")),
        "links": [base.link(&path, "self")],
    })
}

async fn services_post(
    call: OrderCall,
    base: Base,
    Path(params): Path<Vec<(String, String)>>,
    body: JsonBody,
) -> ApiResult<Response> {
    body.object()?;
    let product_id = ids(&params).product;
    let (order_id, service_id) = call.change("Services", |order| {
        Ok((order.id.clone(), add_service(order, &product_id, &body.0)?))
    })?;
    let location = base.url(&service_path(&order_id, &product_id, &service_id));
    Ok((StatusCode::CREATED, [(header::LOCATION, location)]).into_response())
}

async fn services_list(
    call: OrderCall,
    base: Base,
    Path(params): Path<Vec<(String, String)>>,
) -> ApiResult<Json<Value>> {
    let order = call.load("Services")?;
    let product_id = ids(&params).product;
    let product = order.product(&product_id).ok_or(ApiError::NotFound)?;
    let list: Vec<Value> = product
        .services
        .iter()
        .map(|s| service_json(&base, &order, &product_id, s))
        .collect();
    let path = format!("{}/services", product_path(&order.id, &product_id));
    Ok(Json(
        json!({"list": list, "links": [base.link(&path, "self")]}),
    ))
}

pub fn find<'a>(order: &'a Order, ids: &Ids) -> ApiResult<&'a Service> {
    order
        .product(&ids.product)
        .and_then(|p| p.service(&ids.service))
        .ok_or(ApiError::NotFound)
}

pub fn find_mut<'a>(order: &'a mut Order, ids: &Ids) -> ApiResult<&'a mut Service> {
    order
        .product_mut(&ids.product)
        .and_then(|p| p.service_mut(&ids.service))
        .ok_or(ApiError::NotFound)
}

async fn service_get(
    call: OrderCall,
    base: Base,
    Path(params): Path<Vec<(String, String)>>,
) -> ApiResult<Json<Value>> {
    let order = call.load("Services")?;
    let ids = ids(&params);
    Ok(Json(service_json(
        &base,
        &order,
        &ids.product,
        find(&order, &ids)?,
    )))
}

/// Name and billing cycle (both required) and associations.
async fn service_put(
    call: OrderCall,
    Path(params): Path<Vec<(String, String)>>,
    body: JsonBody,
) -> ApiResult<StatusCode> {
    body.object()?;
    let ids = ids(&params);
    call.change("Services", |order| {
        let spec_id = find(order, &ids)?.spec.clone();
        let spec = catalog::service_spec(&spec_id).ok_or(ApiError::NotFound)?;
        let mut p = Problems::default();
        let name = body.str("name").unwrap_or_default().trim().to_string();
        p.check("name", fields::required(Some(&name)).map(|_| ()));
        let cycle = check_cycle(spec, body.0.get("billingCycle"), &mut p);
        p.into_result()?;
        let assoc = body
            .0
            .get("associatedTo")
            .or_else(|| body.0.get("relatedTo"));
        let related = related_ids(order, assoc, "associatedTo")?;
        let service = find_mut(order, &ids)?;
        service.name = name;
        service.billing_cycle = cycle;
        if assoc.is_some() {
            service.related_to = related
                .into_iter()
                .filter(|id| *id != ids.service)
                .collect();
        }
        Ok(())
    })?;
    Ok(StatusCode::NO_CONTENT)
}

async fn service_delete(
    call: OrderCall,
    Path(params): Path<Vec<(String, String)>>,
) -> ApiResult<StatusCode> {
    let ids = ids(&params);
    call.change("Services", |order| {
        find(order, &ids)?;
        for product in order.account.iter_mut().flat_map(|a| a.products.iter_mut()) {
            product.services.retain(|s| s.id != ids.service);
            for s in &mut product.services {
                s.related_to.retain(|r| *r != ids.service);
            }
        }
        Ok(())
    })?;
    Ok(StatusCode::NO_CONTENT)
}

async fn attributes_put(
    call: OrderCall,
    Path(params): Path<Vec<(String, String)>>,
    body: JsonBody,
) -> ApiResult<StatusCode> {
    let attrs: Map<String, Value> = body.object()?.clone();
    let ids = ids(&params);
    call.change("Attributes", |order| {
        let spec_id = find(order, &ids)?.spec.clone();
        let spec = catalog::service_spec(&spec_id).ok_or(ApiError::NotFound)?;
        if spec.attributes.is_empty() {
            return Err(ApiError::MethodNotAllowed(
                m::NOT_ALLOWED_AFTER_SUBMIT.into(),
            ));
        }
        attributes::check(spec, &attrs)?;
        find_mut(order, &ids)?.attributes = attrs;
        Ok(())
    })?;
    Ok(StatusCode::NO_CONTENT)
}

async fn attributes_get(
    call: OrderCall,
    Path(params): Path<Vec<(String, String)>>,
) -> ApiResult<Json<Value>> {
    let order = call.load("Attributes")?;
    let service = find(&order, &ids(&params))?;
    if catalog::service_spec(&service.spec).is_none_or(|s| s.attributes.is_empty()) {
        return Err(ApiError::compute(m::NO_ATTRIBUTES));
    }
    Ok(Json(Value::Object(service.attributes.clone())))
}
