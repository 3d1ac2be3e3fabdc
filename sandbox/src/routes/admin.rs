//! Loopback-only admin routes for tests and demos: fault settings at run time and a view of the state.
//! They answer only clients connecting from a loopback address; everyone else gets 404.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};

use crate::error::{ApiError, ApiResult};
use crate::faults::{FaultSettings, ADMIN_PREFIX};
use crate::routes::JsonBody;
use crate::AppState;

pub fn router() -> Router<AppState> {
    let admin = Router::new()
        .route("/faults", get(faults_get).put(faults_put))
        .route("/orders", get(orders_list))
        .layer(axum::middleware::from_fn(loopback_only));
    Router::new().nest(ADMIN_PREFIX, admin)
}

async fn loopback_only(request: Request, next: Next) -> Response {
    let loopback = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .is_some_and(|ConnectInfo(addr)| addr.ip().is_loopback());
    if loopback {
        next.run(request).await
    } else {
        ApiError::NotFound.into_response()
    }
}

async fn faults_get(State(state): State<AppState>) -> Json<FaultSettings> {
    Json(state.faults.settings())
}

async fn faults_put(
    State(state): State<AppState>,
    body: JsonBody,
) -> ApiResult<Json<FaultSettings>> {
    let settings: FaultSettings = serde_json::from_value(body.0).map_err(|_| {
        ApiError::field(
            "body",
            "Expected {latencyMs, failRate, provisionMs, failProvisioning}",
        )
    })?;
    state.faults.apply(&settings);
    Ok(Json(state.faults.settings()))
}

/// Every order as the sandbox stores it (passwords and card numbers included: this is a test oracle on
/// loopback only).
async fn orders_list(State(state): State<AppState>) -> ApiResult<Json<Value>> {
    let orders = state.store.all()?;
    Ok(Json(json!({"list": orders})))
}
