//! Reading the cart: its products, each with its services, in as few round trips as the API allows.

use leptos::prelude::*;

use hostway_core::api::all::{all, boxed};
use hostway_core::api::model::account::{OrderProduct, OrderService};
use hostway_core::api::{items, ApiError, Client};

/// A product of the cart with its services.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CartProduct {
    pub product: OrderProduct,
    pub services: Vec<OrderService>,
}

/// Reads the cart: the product list and, at the same time, the services of the products this page
/// already knew of (from its last read or an add); then the services of any product it did not know.
/// In the usual case that is one round trip, not two.
pub async fn load_cart(
    client: &Client,
    // `(order id, product ids)` this page last knew the cart to hold (see `OrderCtx::known_products`).
    known_products: StoredValue<(String, Vec<String>)>,
    order_id: &str,
) -> Result<Vec<CartProduct>, ApiError> {
    let known =
        known_products.with_value(|(o, p)| if o == order_id { p.clone() } else { Vec::new() });
    let early = all(known
        .iter()
        .map(|id| boxed(items::list_services(client, order_id, id)))
        .collect());
    let (products, early) =
        futures::future::join(items::list_products(client, order_id), early).await;
    let products = match products {
        Ok(p) => p,
        // No account yet: nothing in the cart.
        Err(e) if e.status() == Some(404) => Vec::new(),
        Err(e) => return Err(e),
    };
    let mut early: std::collections::HashMap<String, _> = known.into_iter().zip(early).collect();
    let services = all(products
        .iter()
        .map(|p| {
            let id = p.id();
            // A read that failed early (or a product not known then) is asked again.
            let ready = early.remove(&id).and_then(Result::ok);
            boxed(async move {
                match ready {
                    Some(services) => Ok(services),
                    None => items::list_services(client, order_id, &id).await,
                }
            })
        })
        .collect())
    .await;
    known_products.set_value((
        order_id.to_string(),
        products.iter().map(OrderProduct::id).collect(),
    ));
    products
        .into_iter()
        .zip(services)
        .map(|(product, services)| {
            Ok(CartProduct {
                product,
                services: services?,
            })
        })
        .collect()
}
