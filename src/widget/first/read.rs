//! The first stage's catalog reads: the product, its offerings with prices and its services, with the
//! app's wire types, and why they failed in the customer's words. Lean on purpose: no retries, no
//! health indicator (the flow has both), so the stage stays small.

use gloo_net::http::Request;
use serde::de::DeserializeOwned;
use web_sys::RequestCredentials;

use crate::api::catalog::segment;
use crate::api::model::catalog::{List, Offering, ProductSpec, ServiceSpec};

/// Why the catalog could not be shown, in the customer's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Failure {
    NotFound,
    Unreachable,
    Refused,
}

impl Failure {
    pub(super) fn text(self) -> &'static str {
        match self {
            Failure::NotFound => "This product is not available at the moment.",
            Failure::Unreachable => "This product could not be loaded: the ordering service could not be reached. Check your internet connection and try again.",
            Failure::Refused => "This product could not be loaded: the ordering service did not answer as expected. Try again in a moment.",
        }
    }
}

pub(super) struct Product {
    pub spec: ProductSpec,
    pub offerings: Vec<Offering>,
    pub services: Vec<ServiceSpec>,
}

async fn read<T: DeserializeOwned>(api: &str, path: &str) -> Result<T, Failure> {
    let response = Request::get(&format!("{api}{path}"))
        .credentials(RequestCredentials::Include)
        .send()
        .await
        .map_err(|_| Failure::Unreachable)?;
    match response.status() {
        200..=299 => {}
        404 => return Err(Failure::NotFound),
        _ => return Err(Failure::Refused),
    }
    let body = response.text().await.map_err(|_| Failure::Unreachable)?;
    serde_json::from_str(&body).map_err(|_| Failure::Refused)
}

pub(super) async fn load(api: &str, id: &str) -> Result<Product, Failure> {
    let spec = format!("/productSpecifications/{}", segment(id));
    let offerings = format!("{spec}/offerings?details=1");
    let services = format!("{spec}/serviceSpecifications");
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
