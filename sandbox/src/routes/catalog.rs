//! The read-only catalog (no cookie needed): product specifications, offerings, prices, service
//! specifications, salutations. The documentation shows few of these bodies; the shapes chosen here are
//! listed in the README and follow the documented ones (`{"list", "links"}`, offering and service
//! specification fields as documented).

use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::catalog::{self, money, Offering, ProductSpec, ServiceSpec};
use crate::error::{ApiError, ApiResult};
use crate::links::Base;
use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/productSpecifications", get(product_specifications_list))
        .route(
            "/productSpecifications/{spec}",
            get(product_specification_get),
        )
        .route(
            "/productSpecifications/{spec}/offerings",
            get(offerings_list),
        )
        .route(
            "/productSpecifications/{spec}/offerings/{offering}",
            get(offering_get),
        )
        .route(
            "/productSpecifications/{spec}/offerings/{offering}/prices",
            get(prices_list),
        )
        .route(
            "/productSpecifications/{spec}/serviceSpecifications",
            get(product_service_specifications),
        )
        .route("/serviceSpecifications", get(service_specifications_list))
        .route(
            "/serviceSpecifications/{id}",
            get(service_specification_get),
        )
        .route(
            "/serviceSpecifications/{id}/attributes",
            get(service_attributes_get),
        )
        .route("/salutations", get(salutations_list))
        .route("/domains/tlds/{tld}/extparams", get(extparams_get))
}

fn product_json(base: &Base, p: &ProductSpec) -> Value {
    let path = format!("/productSpecifications/{}", p.id);
    json!({
        "id": p.id,
        "name": p.name,
        "description": p.description,
        "category": p.category,
        "offerings": base.url(&format!("{path}/offerings")),
        "serviceSpecifications": base.url(&format!("{path}/serviceSpecifications")),
        "links": [base.link(&path, "self")],
    })
}

fn offering_json(base: &Base, p: &ProductSpec, o: &Offering, details: bool) -> Value {
    let path = format!("/productSpecifications/{}/offerings/{}", p.id, o.id());
    let mut v = json!({
        "id": o.id(),
        "billingPeriod": o.billing_period,
        "currency": o.currency,
        "default": u8::from(o.default),
        "prices": base.url(&format!("{path}/prices")),
        "links": [base.link(&path, "self")],
    });
    if details {
        v["priceList"] = Value::Array(prices(p, o));
    }
    v
}

fn prices(p: &ProductSpec, o: &Offering) -> Vec<Value> {
    let mut list = Vec::new();
    if o.setup_cents > 0 {
        list.push(json!({"name": "Setup fee", "type": "fee", "recurrences": "1",
            "amount": money(o.setup_cents), "currency": o.currency, "relatedServiceSpecification": ""}));
    }
    list.push(
        json!({"name": format!("{} every {} month(s)", p.name, o.billing_period), "type": "fee",
        "recurrences": "-1", "amount": money(o.recurring_cents), "currency": o.currency,
        "relatedServiceSpecification": ""}),
    );
    for s in p
        .service_specs
        .iter()
        .filter_map(|id| catalog::service_spec(id))
    {
        if s.yearly_cents > 0 {
            list.push(
                json!({"name": format!("{} per year", s.name), "type": "fee", "recurrences": "-1",
                "amount": money(s.yearly_cents), "currency": o.currency,
                "relatedServiceSpecification": s.id}),
            );
        }
    }
    list
}

fn service_json(base: &Base, s: &ServiceSpec) -> Value {
    let path = format!("/serviceSpecifications/{}", s.id);
    let cycles: Vec<Value> = s
        .billing_cycles
        .iter()
        .enumerate()
        .map(|(i, c)| json!({"default": u8::from(i == 0), "billingCycle": c}))
        .collect();
    json!({
        "id": s.id,
        "name": s.name,
        "category": s.category,
        "ranking": s.ranking,
        "attributes": base.url(&format!("{path}/attributes")),
        "billingCycles": cycles,
        "links": [base.link(&path, "self")],
    })
}

fn product(id: &str) -> ApiResult<&'static ProductSpec> {
    catalog::product_spec(id).ok_or(ApiError::NotFound)
}

async fn product_specifications_list(base: Base) -> Json<Value> {
    let list: Vec<Value> = catalog::product_specs()
        .map(|p| product_json(&base, p))
        .collect();
    Json(json!({"list": list, "links": [base.link("/productSpecifications", "self")]}))
}

async fn product_specification_get(base: Base, Path(spec): Path<String>) -> ApiResult<Json<Value>> {
    Ok(Json(product_json(&base, product(&spec)?)))
}

#[derive(Deserialize)]
struct Details {
    details: Option<String>,
}

async fn offerings_list(
    base: Base,
    Path(spec): Path<String>,
    Query(q): Query<Details>,
) -> ApiResult<Json<Value>> {
    let p = product(&spec)?;
    let details = q.details.as_deref() == Some("1");
    let list: Vec<Value> = p
        .offerings
        .iter()
        .map(|o| offering_json(&base, p, o, details))
        .collect();
    let path = format!("/productSpecifications/{spec}/offerings");
    Ok(Json(
        json!({"list": list, "links": [base.link(&path, "self")]}),
    ))
}

async fn offering_get(
    base: Base,
    Path((spec, offering)): Path<(String, String)>,
    Query(q): Query<Details>,
) -> ApiResult<Json<Value>> {
    let p = product(&spec)?;
    let o = p.offering(&offering).ok_or(ApiError::NotFound)?;
    Ok(Json(offering_json(
        &base,
        p,
        o,
        q.details.as_deref() == Some("1"),
    )))
}

async fn prices_list(
    base: Base,
    Path((spec, offering)): Path<(String, String)>,
) -> ApiResult<Json<Value>> {
    let p = product(&spec)?;
    let o = p.offering(&offering).ok_or(ApiError::NotFound)?;
    let path = format!("/productSpecifications/{spec}/offerings/{offering}/prices");
    Ok(Json(
        json!({"list": prices(p, o), "links": [base.link(&path, "self")]}),
    ))
}

async fn product_service_specifications(
    base: Base,
    Path(spec): Path<String>,
) -> ApiResult<Json<Value>> {
    let p = product(&spec)?;
    let list: Vec<Value> = p
        .service_specs
        .iter()
        .filter_map(|id| catalog::service_spec(id))
        .map(|s| service_json(&base, s))
        .collect();
    let path = format!("/productSpecifications/{spec}/serviceSpecifications");
    Ok(Json(
        json!({"list": list, "links": [base.link(&path, "self")]}),
    ))
}

async fn service_specifications_list(base: Base) -> Json<Value> {
    let list: Vec<Value> = catalog::SERVICE_SPECS
        .iter()
        .map(|s| service_json(&base, s))
        .collect();
    Json(json!({"list": list, "links": [base.link("/serviceSpecifications", "self")]}))
}

async fn service_specification_get(base: Base, Path(id): Path<String>) -> ApiResult<Json<Value>> {
    let s = catalog::service_spec(&id).ok_or(ApiError::NotFound)?;
    Ok(Json(service_json(&base, s)))
}

async fn service_attributes_get(base: Base, Path(id): Path<String>) -> ApiResult<Json<Value>> {
    let s = catalog::service_spec(&id).ok_or(ApiError::NotFound)?;
    let list: Vec<Value> = s
        .attributes
        .iter()
        .map(|a| json!({"name": a.name, "type": a.kind, "required": a.required, "description": a.description}))
        .collect();
    let path = format!("/serviceSpecifications/{id}/attributes");
    Ok(Json(
        json!({"list": list, "links": [base.link(&path, "self")]}),
    ))
}

async fn salutations_list(State(_): State<AppState>, base: Base) -> Json<Value> {
    Json(json!({"list": catalog::SALUTATIONS, "links": [base.link("/salutations", "self")]}))
}

async fn extparams_get(base: Base, Path(tld): Path<String>) -> ApiResult<Json<Value>> {
    if tld != "us" {
        let path = format!("/domains/tlds/{tld}/extparams");
        return Ok(Json(
            json!({"list": [], "links": [base.link(&path, "self")]}),
        ));
    }
    Ok(Json(json!({
        "list": [
            {"name": "us_nexus", "required": true, "values": catalog::US_NEXUS},
            {"name": "us_purpose", "required": true, "values": catalog::US_PURPOSE},
        ],
        "links": [base.link("/domains/tlds/us/extparams", "self")],
    })))
}
