//! Finding this browser's open order at the API (the `OwnerId` cookie), creating it when there is
//! none, and telling a refused cookie apart from other refusals.

use leptos::prelude::*;

use super::order::OrderCtx;
use super::stored::{self, Keep};
use super::AppContext;
use hostway_core::api::health::Health;
use hostway_core::api::{orders, ApiError};

/// The open order's id as one of the app's modules hands the page to another (see [`hand_over`]): the
/// id only, no secret, with when.
const HANDED_OVER: &str = "hostway.handover.order";
/// How long a handed-over id is taken: the hand-over loads a module; a reload later looks it up.
const HANDED_OVER_FOR_MS: f64 = 60_000.0;

/// Looks up this browser's open order (the cookie) without creating one. An order the module before
/// handed over is read at once (its views do not wait for the lookup), and the lookup corrects it.
pub fn resume(app: &AppContext, order: OrderCtx) {
    let client = app.client();
    let handed = handed_over();
    if let Some(id) = &handed {
        order.resumed_with(id.clone());
        order.resumed.set(true);
    }
    leptos::task::spawn_local(async move {
        match orders::current(&client).await {
            Ok(state) => {
                match state.order_id() {
                    Some(id) if order.id.get_untracked().as_ref() != Some(&id) => {
                        order.resumed_with(id)
                    }
                    Some(_) => {}
                    None if handed.is_some() => order.id.set(None),
                    None => {}
                }
                order.resume_error.set(None);
            }
            // No order for this browser (yet): not an error.
            Err(e) if matches!(e.status(), Some(401 | 404)) => {
                if handed.is_some() {
                    order.id.set(None);
                }
                order.resume_error.set(None)
            }
            // The API could not say: the order may well exist, so do not call it empty.
            Err(e) if handed.is_none() => order.resume_error.set(Some(e)),
            Err(_) => {}
        }
        order.resumed.set(true);
    });
}

/// Before the page is handed to another of the app's modules: the open order's id for it (kept for
/// the tab a moment, see [`resume`]), so its first reads need not look the order up.
pub fn hand_over(order: OrderCtx) {
    match order.id.get_untracked() {
        Some(id) => stored::write(Keep::ForTheTab, HANDED_OVER, &(id, js_sys::Date::now())),
        None => stored::remove(Keep::ForTheTab, HANDED_OVER),
    }
}

/// The order handed over a moment ago, taken once.
fn handed_over() -> Option<String> {
    let (id, at): (String, f64) = stored::read(Keep::ForTheTab, HANDED_OVER)?;
    stored::remove(Keep::ForTheTab, HANDED_OVER);
    (js_sys::Date::now() - at < HANDED_OVER_FOR_MS).then_some(id)
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
