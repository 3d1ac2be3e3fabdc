//! Finding this browser's open order at the API (the `OwnerId` cookie), creating it when there is
//! none, and telling a refused cookie apart from other refusals.

use leptos::prelude::*;

use super::order::OrderCtx;
use super::AppContext;
use hostway_core::api::health::Health;
use hostway_core::api::{orders, ApiError};

/// Looks up this browser's open order (the cookie) without creating one.
pub fn resume(app: &AppContext, order: OrderCtx) {
    let client = app.client();
    leptos::task::spawn_local(async move {
        match orders::current(&client).await {
            Ok(state) => {
                if let Some(id) = state.order_id() {
                    order.resumed_with(id);
                }
                order.resume_error.set(None);
            }
            // No order for this browser (yet): not an error.
            Err(e) if matches!(e.status(), Some(401 | 404)) => order.resume_error.set(None),
            // The API could not say: the order may well exist, so do not call it empty.
            Err(e) => order.resume_error.set(Some(e)),
        }
        order.resumed.set(true);
    });
}

/// The open order's id, creating the order when there is none. The documented 409 (an open order
/// exists for this cookie) resumes it through `GET /order`. A new order's id comes from the create
/// answer and is used at once; whether the browser kept its cookie shows on the next request, and
/// [`explain_refused`] tells that apart from other refusals.
pub async fn ensure(app: &AppContext, order: OrderCtx) -> Result<String, ApiError> {
    if let Some(id) = order.id.get_untracked() {
        return Ok(id);
    }
    match orders::create(&app.client(), None).await {
        Ok(id) => {
            order.id.set(Some(id.clone()));
            Ok(id)
        }
        Err(e) if e.status() == Some(409) => {
            let id = orders::current(&app.client())
                .await?
                .order_id()
                .unwrap_or_default();
            order.id.set(Some(id.clone()));
            Ok(id)
        }
        Err(e) => Err(e),
    }
}

/// After the API refused a request on an order this browser just created (401/404): when `GET /order`
/// does not know the browser either, the cookie was not kept. The health indicator says so, the order
/// is forgotten, and the error says why; otherwise `e` stands.
pub async fn explain_refused(app: &AppContext, order: OrderCtx, e: ApiError) -> ApiError {
    if !matches!(e.status(), Some(401 | 404)) {
        return e;
    }
    match orders::current(&app.client()).await {
        Err(again) if matches!(again.status(), Some(401 | 404)) => {
            app.health.set(Health::CookiesRefused);
            order.id.set(None);
            ApiError::CookiesRefused
        }
        _ => e,
    }
}
