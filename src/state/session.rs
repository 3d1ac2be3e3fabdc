//! The order session: which order this browser owns (via the `OwnerId` cookie the browser keeps) and
//! whether the API recognises the browser as its owner on a second request.

use leptos::prelude::*;

use super::AppContext;
use crate::api::health::Health;
use crate::api::{orders, ApiError};

/// The outcome of starting (or resuming) an order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Started {
    pub order_id: String,
    /// The order already existed for this browser (409 on create, resumed).
    pub resumed: bool,
}

/// Creates an order — or resumes the open one on the documented 409 — and then asks `GET /order`
/// whether the API recognises this browser as its owner. A 401/404 there means the cookie was not kept.
pub async fn start_order(ctx: &AppContext) -> Result<Started, ApiError> {
    let (order_id, resumed) = match orders::create(&ctx.client, None).await {
        Ok(id) => (id, false),
        Err(e) if e.status() == Some(409) => (String::new(), true),
        Err(e) => return Err(e),
    };
    match orders::current(&ctx.client).await {
        Ok(state) => {
            let seen = state.order_id().unwrap_or_default();
            if !resumed && seen != order_id {
                ctx.health.set(Health::CookiesRefused);
                return Err(ApiError::Decode(format!(
                    "the API knows this browser by another order ({seen})"
                )));
            }
            if ctx.health.get_untracked() == Health::CookiesRefused {
                ctx.health.set(Health::Ok);
            }
            Ok(Started {
                order_id: seen,
                resumed,
            })
        }
        Err(e) if matches!(e.status(), Some(401 | 404)) => {
            ctx.health.set(Health::CookiesRefused);
            Err(e)
        }
        Err(e) => Err(e),
    }
}
