//! Products and services in the order, their attributes and promotion codes.

use serde_json::{json, Map, Value};

use super::catalog::segment;
use super::model::account::{OrderProduct, OrderService};
use super::model::catalog::List;
use super::model::id_from_href;
use super::{ApiError, Client, Reply};

fn products(order_id: &str) -> String {
    format!("/orders/{}/account/products", segment(order_id))
}

fn product(order_id: &str, product_id: &str) -> String {
    format!("{}/{}", products(order_id), segment(product_id))
}

fn service(order_id: &str, product_id: &str, service_id: &str) -> String {
    format!(
        "{}/services/{}",
        product(order_id, product_id),
        segment(service_id)
    )
}

/// The id of what a `201` created: from the body's `productId`, else `Location`. When neither is
/// readable (a deployment that does not expose `Location`), `None`: the caller re-lists and matches.
fn created_id(reply: &Reply, body_key: &str) -> Option<String> {
    serde_json::from_str::<Value>(&reply.body)
        .ok()
        .and_then(|v| v.get(body_key).and_then(Value::as_str).map(str::to_string))
        .or_else(|| reply.location.as_deref().and_then(id_from_href))
}

/// Adds a product for an offering href; returns the new product's id.
pub async fn add_product(
    client: &Client,
    order_id: &str,
    offering_href: &str,
    promo_code: Option<&str>,
) -> Result<String, ApiError> {
    let mut body = json!({"offering": offering_href});
    if let Some(code) = promo_code.filter(|c| !c.is_empty()) {
        body["promoCode"] = json!(code);
    }
    let reply = client.post(&products(order_id), &body).await?;
    match created_id(&reply, "productId") {
        Some(id) => Ok(id),
        // Lists keep the order of creation: the newest product with this offering is ours.
        None => list_products(client, order_id)
            .await?
            .iter()
            .rev()
            .find(|p| {
                offering_href.ends_with(
                    p.offering
                        .trim_end_matches('/')
                        .rsplit("/productSpecifications/")
                        .next()
                        .unwrap_or("-"),
                )
            })
            .map(OrderProduct::id)
            .ok_or_else(|| ApiError::decode("the new product's id could not be found")),
    }
}

pub async fn list_products(client: &Client, order_id: &str) -> Result<Vec<OrderProduct>, ApiError> {
    Ok(client
        .get(&products(order_id))
        .await?
        .json::<List<OrderProduct>>()?
        .list)
}

pub async fn delete_product(
    client: &Client,
    order_id: &str,
    product_id: &str,
) -> Result<(), ApiError> {
    client
        .delete(&product(order_id, product_id))
        .await
        .map(drop)
}

pub async fn set_product_cycle(
    client: &Client,
    order_id: &str,
    product_id: &str,
    cycle: u32,
) -> Result<(), ApiError> {
    client
        .put(
            &product(order_id, product_id),
            &json!({"billingCycle": cycle}),
        )
        .await
        .map(drop)
}

/// Bills a service on `cycle` months. The API takes the name with the period, and may read a body
/// without associations as dropping them: the service's own are sent back unchanged.
pub async fn set_service_cycle(
    client: &Client,
    order_id: &str,
    product_id: &str,
    s: &OrderService,
    cycle: u32,
) -> Result<(), ApiError> {
    let mut body = json!({"billingCycle": cycle, "name": s.name});
    if !s.related_to.is_empty() {
        body["associatedTo"] = json!(s.related_to);
    }
    client
        .put(&service(order_id, product_id, &s.id()), &body)
        .await
        .map(drop)
}

pub async fn set_product_promotion(
    client: &Client,
    order_id: &str,
    product_id: &str,
    code: &str,
) -> Result<(), ApiError> {
    let path = format!("{}/promotion", product(order_id, product_id));
    client
        .put(&path, &json!({"promoCode": code}))
        .await
        .map(drop)
}

pub async fn delete_product_promotion(
    client: &Client,
    order_id: &str,
    product_id: &str,
) -> Result<(), ApiError> {
    client
        .delete(&format!("{}/promotion", product(order_id, product_id)))
        .await
        .map(drop)
}

/// What a new service needs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewService {
    pub name: String,
    /// A `/serviceSpecifications/{id}` href (absolute or API-relative).
    pub service_specification: String,
    pub billing_cycle: u32,
    /// Hrefs of related services of this order.
    pub related_to: Vec<String>,
    pub attributes: Map<String, Value>,
}

/// Adds a service; the id comes from `Location`, else by re-listing (the list is read before and after).
pub async fn add_service(
    client: &Client,
    order_id: &str,
    product_id: &str,
    new: &NewService,
) -> Result<String, ApiError> {
    let mut body = json!({
        "name": new.name,
        "serviceSpecification": new.service_specification,
        "billingCycle": new.billing_cycle,
    });
    if !new.related_to.is_empty() {
        body["relatedTo"] = json!(new.related_to);
    }
    if !new.attributes.is_empty() {
        body["attributes"] = Value::Object(new.attributes.clone());
    }
    let path = format!("{}/services", product(order_id, product_id));
    let reply = client.post(&path, &body).await?;
    match created_id(&reply, "serviceId") {
        Some(id) => Ok(id),
        None => {
            let listed = list_services(client, order_id, product_id).await?;
            listed
                .iter()
                .rev()
                .find(|s| s.name == new.name)
                .map(OrderService::id)
                .ok_or_else(|| ApiError::decode("the new service's id could not be found"))
        }
    }
}

pub async fn list_services(
    client: &Client,
    order_id: &str,
    product_id: &str,
) -> Result<Vec<OrderService>, ApiError> {
    let path = format!("{}/services", product(order_id, product_id));
    Ok(client.get(&path).await?.json::<List<OrderService>>()?.list)
}

pub async fn delete_service(
    client: &Client,
    order_id: &str,
    product_id: &str,
    service_id: &str,
) -> Result<(), ApiError> {
    client
        .delete(&service(order_id, product_id, service_id))
        .await
        .map(drop)
}

pub async fn put_attributes(
    client: &Client,
    order_id: &str,
    product_id: &str,
    service_id: &str,
    attributes: &Map<String, Value>,
) -> Result<(), ApiError> {
    let path = format!("{}/attributes", service(order_id, product_id, service_id));
    client
        .put(&path, &Value::Object(attributes.clone()))
        .await
        .map(drop)
}

pub async fn attributes(
    client: &Client,
    order_id: &str,
    product_id: &str,
    service_id: &str,
) -> Result<Map<String, Value>, ApiError> {
    let path = format!("{}/attributes", service(order_id, product_id, service_id));
    Ok(client
        .get(&path)
        .await?
        .json::<Value>()?
        .as_object()
        .cloned()
        .unwrap_or_default())
}

/// The API href of a service of this order (for `relatedTo`).
pub fn service_href(client: &Client, order_id: &str, product_id: &str, service_id: &str) -> String {
    client.url(&service(order_id, product_id, service_id))
}

/// The API href of an offering (for `offering`).
pub fn offering_href(client: &Client, spec: &str, offering: &str) -> String {
    client.url(&format!(
        "/productSpecifications/{}/offerings/{}",
        segment(spec),
        segment(offering)
    ))
}

/// The API href of a service specification.
pub fn service_spec_href(client: &Client, spec: &str) -> String {
    client.url(&format!("/serviceSpecifications/{}", segment(spec)))
}
