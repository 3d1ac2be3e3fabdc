//! The API's routes, one file per resource, each with its `router()`, composed here only; the helpers
//! their handlers share ([`JsonBody`], [`Target`], [`load`], [`change`], [`account`]).
//! Order sub-resources are mounted twice: at `/orders/{order_id}` and at the `/order` shorthand.

pub mod account;
pub mod accounts;
pub mod admin;
pub mod catalog;
pub mod contacts;
pub mod notes;
pub mod orders;
pub mod payment;
pub mod products;
pub mod promotions;
pub mod services;
pub mod shortcuts;
pub mod sitebuilder;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, RawPathParams, Request};
use axum::http::{header, request::Parts};
use axum::Router;
use serde_json::{Map, Value};

use crate::auth::{owner_cookie, Caller};
use crate::error::{ApiError, ApiResult};
use crate::model::{Account, Order};
use crate::rules::messages as m;
use crate::AppState;

pub fn router(state: &AppState) -> Router<AppState> {
    let order = || {
        Router::new()
            .merge(orders::order_router())
            .merge(account::router())
            .merge(contacts::router())
            .merge(products::router())
            .merge(services::router())
            .merge(notes::router())
            .merge(payment::router())
            .merge(promotions::router())
    };
    Router::new()
        .merge(orders::router())
        .nest("/orders/{order_id}", order())
        .nest(
            "/order",
            order().layer(axum::middleware::from_fn_with_state(
                state.clone(),
                orders::implicit_creation,
            )),
        )
        .merge(catalog::router())
        .merge(accounts::router())
        .merge(shortcuts::router())
        .merge(sitebuilder::router())
        .merge(admin::router())
        .fallback(|| async { ApiError::NotFound })
}

/// A JSON request body. The documented `Content-Type: application/json; charset=UTF-8` is required
/// (without charset is accepted too, as one documentation example sends it); anything else, malformed
/// JSON, or a body that is not the expected JSON kind is the documented 400 "POST data error".
pub struct JsonBody(pub Value);

impl<S: Send + Sync> FromRequest<S> for JsonBody {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let json_type = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v.trim()
                    .to_ascii_lowercase()
                    .starts_with("application/json")
            });
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|_| ApiError::field("body", "Unreadable body"))?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(JsonBody(Value::Object(Map::new())));
        }
        if !json_type {
            return Err(ApiError::field(
                "Content-Type",
                "Must be application/json; charset=UTF-8",
            ));
        }
        serde_json::from_slice(&bytes)
            .map(JsonBody)
            .map_err(|_| ApiError::field("body", "Malformed JSON"))
    }
}

impl JsonBody {
    /// The body as an object, or 400.
    pub fn object(&self) -> ApiResult<&Map<String, Value>> {
        self.0
            .as_object()
            .ok_or_else(|| ApiError::field("body", "Must be a JSON object"))
    }

    pub fn str(&self, key: &str) -> Option<&str> {
        self.0.get(key).and_then(Value::as_str)
    }
}

/// Which order a request is about: `{order_id}` from the path, or the caller's open order for `/order`.
pub struct Target {
    pub id: String,
    pub shorthand: bool,
}

impl FromRequestParts<AppState> for Target {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Ok(params) = RawPathParams::from_request_parts(parts, state).await {
            if let Some((_, id)) = params.iter().find(|(k, _)| *k == "order_id") {
                return Ok(Target {
                    id: id.to_string(),
                    shorthand: false,
                });
            }
        }
        let owner = owner_cookie(&parts.headers).ok_or(ApiError::NotFound)?;
        let order = state
            .store
            .open_order_of(&owner)?
            .ok_or(ApiError::NotFound)?;
        Ok(Target {
            id: order.id,
            shorthand: true,
        })
    }
}

/// The order's account (404 before it has one).
pub fn account(order: &Order) -> ApiResult<&Account> {
    order.account.as_ref().ok_or(ApiError::NotFound)
}

pub fn account_mut(order: &mut Order) -> ApiResult<&mut Account> {
    order.account.as_mut().ok_or(ApiError::NotFound)
}

/// What every order handler starts from: the API's state, the order the path (or, for `/order`, the
/// caller's cookie) names, and who calls; read in that order, as each alone was.
pub struct OrderCall {
    pub state: AppState,
    pub target: Target,
    pub caller: Caller,
}

impl FromRequestParts<AppState> for OrderCall {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let target = Target::from_request_parts(parts, state).await?;
        let caller = Caller::from_request_parts(parts, state).await?;
        Ok(Self {
            state: state.clone(),
            target,
            caller,
        })
    }
}

impl OrderCall {
    /// The order, if the caller may see it (see [`load`]).
    pub fn load(&self, resource: &str) -> ApiResult<Order> {
        load(&self.state, &self.target, &self.caller, resource)
    }

    /// Changes the open order (see [`change`]).
    pub fn change<T>(
        &self,
        resource: &str,
        f: impl FnOnce(&mut Order) -> ApiResult<T>,
    ) -> ApiResult<T> {
        change(&self.state, &self.target, &self.caller, resource, f)
    }
}

/// Reads an order the caller may see (404, then 401/403 "Unauthorized: {resource} failed permission check").
pub fn load(
    state: &AppState,
    target: &Target,
    caller: &Caller,
    resource: &str,
) -> ApiResult<Order> {
    let order = state.store.get(&target.id)?.ok_or(ApiError::NotFound)?;
    caller.authorize(&order, resource)?;
    Ok(order)
}

/// Changes an open order the caller may change; a submitted order answers 405 "Method not allowed".
pub fn change<T>(
    state: &AppState,
    target: &Target,
    caller: &Caller,
    resource: &str,
    f: impl FnOnce(&mut Order) -> ApiResult<T>,
) -> ApiResult<T> {
    state.store.update(&target.id, |order| {
        caller.authorize(order, resource)?;
        if !order.is_open() {
            return Err(ApiError::MethodNotAllowed(
                m::NOT_ALLOWED_AFTER_SUBMIT.into(),
            ));
        }
        f(order)
    })
}
