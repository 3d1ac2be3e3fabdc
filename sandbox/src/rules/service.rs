//! Adding a service to an order's product (the seed's POST), and the checks a service's PUT shares:
//! its billing cycle among the specification's, and its related services in the same order.

use serde_json::Value;

use crate::catalog;
use crate::error::{ApiError, ApiResult};
use crate::links::last_segment;
use crate::model::{new_id, Order, Service};
use crate::rules::attributes;
use crate::rules::fields::{self, Problems};

/// Related service hrefs → ids of services in this order.
pub fn related_ids(order: &Order, value: Option<&Value>, field: &str) -> ApiResult<Vec<String>> {
    let Some(value) = value else {
        return Ok(Vec::new());
    };
    let list = value
        .as_array()
        .ok_or_else(|| ApiError::field(field, "Must be a list of service links"))?;
    list.iter()
        .map(|href| {
            let id = last_segment(href.as_str().unwrap_or_default()).to_string();
            if order.services().any(|(_, s)| s.id == id) {
                Ok(id)
            } else {
                Err(ApiError::field(
                    field,
                    "Must link to a service of this order",
                ))
            }
        })
        .collect()
}

pub fn check_cycle(spec: &catalog::ServiceSpec, value: Option<&Value>, p: &mut Problems) -> u32 {
    match fields::billing_cycle(value) {
        Ok(c) if spec.billing_cycles.contains(&c) => c,
        Ok(_) => {
            let allowed: Vec<String> = spec.billing_cycles.iter().map(u32::to_string).collect();
            p.check(
                "billingCycle",
                Err(format!(
                    "Must be one of {} months for {}",
                    allowed.join(", "),
                    spec.name
                )),
            );
            0
        }
        Err(e) => {
            p.check("billingCycle", Err(e));
            0
        }
    }
}

/// Adds a service to a product (the seed's POST): returns its id.
pub fn add_service(order: &mut Order, product_id: &str, body: &Value) -> ApiResult<String> {
    let product_spec = order
        .product(product_id)
        .ok_or(ApiError::NotFound)?
        .spec
        .clone();
    let mut p = Problems::default();
    let name = body
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .trim()
        .to_string();
    p.check("name", fields::required(Some(&name)).map(|_| ()));
    p.check("name", fields::max_len(&name, 100));
    let spec_href = body
        .get("serviceSpecification")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let spec = catalog::service_spec(last_segment(spec_href));
    let allowed = catalog::product_spec(&product_spec)
        .is_some_and(|ps| spec.is_some_and(|s| ps.service_specs.contains(&s.id)));
    if !allowed {
        p.check(
            "serviceSpecification",
            Err("Not a service specification of this product".into()),
        );
    }
    let cycle = spec.map_or(0, |s| check_cycle(s, body.get("billingCycle"), &mut p));
    let related = related_ids(order, body.get("relatedTo"), "relatedTo")?;
    let attrs = body
        .get("attributes")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let promo = match body
        .get("promoCode")
        .and_then(Value::as_str)
        .filter(|c| !c.is_empty())
    {
        Some(code) => catalog::promotion(code)
            .map(|pr| pr.code.to_string())
            .or_else(|| {
                p.check("promoCode", Err("Unknown promotion code".into()));
                None
            }),
        None => None,
    };
    p.into_result()?;
    let spec = spec.ok_or_else(|| ApiError::field("serviceSpecification", "Unknown"))?;
    if !attrs.is_empty() {
        attributes::check(spec, &attrs)?;
    }
    let id = new_id();
    let product = order.product_mut(product_id).ok_or(ApiError::NotFound)?;
    product.services.push(Service {
        id: id.clone(),
        name,
        spec: spec.id.into(),
        billing_cycle: cycle,
        related_to: related,
        attributes: attrs,
        notes: Vec::new(),
        promo_code: promo,
    });
    Ok(id)
}
