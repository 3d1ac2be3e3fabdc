//! Adding a product to the order: the order created when there is none, the product, then its service,
//! as one change of the order.

use super::form::{attributes, AddForm};
use crate::state::cart::CartProduct;
use crate::state::open_order::{ensure, explain_refused};
use crate::state::order::OrderCtx;
use crate::state::AppContext;
use hostway_core::api::items::{self, NewService};
use hostway_core::api::ApiError;

/// The name the form would add when the cart already holds a service of that name and specification
/// (the same domain twice would be two lines and twice the price).
pub(super) fn already_in(cart: &[CartProduct], f: &AddForm) -> Option<String> {
    let name = f.name.trim().to_ascii_lowercase();
    cart.iter()
        .flat_map(|p| &p.services)
        .any(|s| s.name.eq_ignore_ascii_case(&name) && s.spec_id() == f.service)
        .then_some(name)
}

/// Adds the product and its service to the order (creating the order when there is none), as one change
/// of the order: a service the API refuses takes its product back out, so the cart never holds a product
/// without its service.
pub(super) async fn add_to_order(
    app: &AppContext,
    order: OrderCtx,
    spec: &str,
    f: &AddForm,
    auth_info: &str,
) -> Result<(), ApiError> {
    let order_id = ensure(app, order).await?;
    let offering = items::offering_href(&app.client(), spec, &f.offering);
    let product =
        match items::add_product(&app.client(), &order_id, &offering, Some(f.promo.trim())).await {
            Ok(p) => p,
            Err(e) => return Err(explain_refused(app, order, e).await),
        };
    let new = NewService {
        name: f.name.trim().to_ascii_lowercase(),
        service_specification: items::service_spec_href(&app.client(), &f.service),
        billing_cycle: f.cycle.parse().unwrap_or(12),
        related_to: Vec::new(),
        attributes: attributes(f, auth_info),
    };
    if let Err(e) = items::add_service(&app.client(), &order_id, &product, &new).await {
        let _ = items::delete_product(&app.client(), &order_id, &product).await;
        order.touch_cart();
        return Err(e);
    }
    // One change for the whole add (product and service): the views re-read once, after it.
    order.added_product(&order_id, &product);
    order.touch_cart();
    Ok(())
}
