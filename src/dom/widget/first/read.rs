//! The first stage's catalog reads: the product, its offerings with prices and its services, with the
//! app's wire types, and why they failed in the customer's words. Lean on purpose: no retries, no
//! health indicator (the flow has both), so the stage stays small.

use gloo_net::http::Request;
use serde::de::DeserializeOwned;
use web_sys::RequestCredentials;

use crate::api::catalog::{paths, segment};
use crate::api::error::describe_status;
use crate::api::model::catalog::{List, Offering, ProductSpec, ServiceSpec};
use crate::api::model::{id_from_href, Links};
use crate::i18n::{error, product};

/// Why the catalog could not be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Failure {
    NotFound,
    Unreachable,
    /// An error answer, with its status.
    Answered(u16),
    Unreadable,
}

impl Failure {
    /// In the customer's words: the sentences the flow's product page says for the same failure.
    pub(super) fn text(self) -> String {
        let why = match self {
            Failure::NotFound => return product::NOT_IN_CATALOG.text(),
            Failure::Unreachable => error::UNREACHABLE.text(),
            Failure::Answered(status) => describe_status(status),
            Failure::Unreadable => error::UNREADABLE.text(),
        };
        format!("{} {why}", product::NOT_LOADED.text())
    }
}

pub(super) struct Product {
    pub spec: ProductSpec,
    pub offerings: Vec<Offering>,
    pub services: Vec<ServiceSpec>,
}

/// The body of a catalog or order read. Not generic, so the request's code exists once in the stage
/// (each `read::<T>` adds only its decoding).
async fn text(api: &str, path: &str) -> Result<String, Failure> {
    let response = Request::get(&format!("{api}{path}"))
        .credentials(RequestCredentials::Include)
        .send()
        .await
        .map_err(|_| Failure::Unreachable)?;
    match response.status() {
        200..=299 => {}
        404 => return Err(Failure::NotFound),
        status => return Err(Failure::Answered(status)),
    }
    response.text().await.map_err(|_| Failure::Unreachable)
}

async fn read<T: DeserializeOwned>(api: &str, path: &str) -> Result<T, Failure> {
    let body = text(api, path).await?;
    serde_json::from_str(&body).map_err(|_| Failure::Unreadable)
}

pub(super) async fn load(api: &str, id: &str) -> Result<Product, Failure> {
    let (spec, offerings, services) = (
        paths::product(id),
        paths::offerings(id),
        paths::services(id),
    );
    let (spec, offerings, services) = futures::join!(
        read::<ProductSpec>(api, &spec),
        read::<List<Offering>>(api, &offerings),
        read::<List<ServiceSpec>>(api, &services),
    );
    Ok(Product {
        spec: spec?,
        offerings: offerings?.list,
        services: services?.list,
    })
}

/// `GET /order`, read only for its links.
#[derive(serde::Deserialize)]
struct OpenOrder {
    #[serde(default)]
    links: Links,
}

/// The visitor's open order (the `OwnerId` cookie the API set on an earlier visit): its id, encoded
/// for a URL, and how many products it holds, when there is one and it holds any. Nothing is created:
/// `GET /order` answers 404 without an open order, and any failure is read as "none" (the stage then
/// offers only a new order).
pub(super) async fn open_order_size(api: &str) -> Option<(String, usize)> {
    let links = read::<OpenOrder>(api, "/order").await.ok()?.links;
    // As `OrderState::order_id` reads it; the order's body is not decoded here (a smaller stage).
    let id = links
        .rel("alternate")
        .or_else(|| links.rel("self"))
        .and_then(id_from_href)?;
    let id = segment(&id);
    let path = format!("/orders/{id}/account/products");
    let products = read::<List<serde::de::IgnoredAny>>(api, &path).await.ok()?;
    Some((id, products.list.len())).filter(|(_, n)| *n > 0)
}

#[cfg(test)]
mod tests {
    use super::Failure;
    use crate::api::ApiError;
    use crate::i18n::product;

    /// The first stage says what the flow's product page says (`ErrorNotice`: what failed, then the
    /// error's own sentence) for the same failure.
    #[test]
    fn a_failed_read_is_said_as_the_flow_says_it() {
        let flow = |e: ApiError| format!("{} {e}", product::NOT_LOADED.text());
        assert_eq!(
            Failure::Unreachable.text(),
            flow(ApiError::Network("TypeError".into()))
        );
        assert_eq!(
            Failure::Unreadable.text(),
            flow(ApiError::decode("expected value"))
        );
        for status in [500, 503, 401, 403, 400] {
            assert_eq!(
                Failure::Answered(status).text(),
                flow(ApiError::from_response(status, "<html>"))
            );
        }
        assert_eq!(Failure::NotFound.text(), product::NOT_IN_CATALOG.text());
    }
}
