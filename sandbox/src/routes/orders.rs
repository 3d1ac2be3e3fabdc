//! `POST /orders`, `GET /orders/{id}` (and `GET /order`), `POST|OPTIONS …/action`, `GET …/quote`,
//! and the `/order` shorthand's implicit creation.

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde_json::{json, Value};

use super::{JsonBody, OrderCall, Target};
use crate::auth::{owner_cookie, Caller, OWNER_COOKIE};
use crate::error::{ApiError, ApiResult};
use crate::links::Base;
use crate::model::{new_id, now_ms, status, Order};
use crate::rules::{self, messages as m};
use crate::{quote, AppState};

pub fn router() -> Router<AppState> {
    Router::new().route("/orders", post(orders_post))
}

/// Mounted at `/orders/{order_id}` and at `/order`.
pub fn order_router() -> Router<AppState> {
    Router::new()
        .route("/", get(order_get))
        .route("/action", post(action_post).options(action_options))
        .route("/quote", get(quote_get))
}

fn set_cookie(state: &AppState, owner: &str) -> (header::HeaderName, String) {
    (
        header::SET_COOKIE,
        format!(
            "{OWNER_COOKIE}={owner}; {}",
            state.config.cookie_attributes()
        ),
    )
}

/// Creates an open order for `owner` (409 when one exists).
fn create_order(
    state: &AppState,
    owner: String,
    caller: &Caller,
    client_ip: Option<String>,
) -> ApiResult<Order> {
    let order = Order {
        id: new_id(),
        owner_id: owner,
        status: status::NEW.into(),
        agent: caller.agent.as_ref().map(|a| a.user.clone()),
        client_ip,
        created_ms: now_ms(),
        ..Default::default()
    };
    state.store.create_open(&order)?;
    Ok(order)
}

async fn orders_post(
    State(state): State<AppState>,
    caller: Caller,
    base: Base,
    body: JsonBody,
) -> ApiResult<Response> {
    body.object()?;
    let client_ip = match body.0.get("clientIp") {
        None | Some(Value::Null) => None,
        Some(ip) => {
            if !caller.agent.as_ref().is_some_and(|a| a.elevated) {
                return Err(ApiError::compute(m::CLIENT_IP));
            }
            let ip = ip
                .as_str()
                .filter(|s| s.parse::<std::net::IpAddr>().is_ok());
            Some(
                ip.ok_or_else(|| ApiError::field("clientIp", "Must be an IP address"))?
                    .to_string(),
            )
        }
    };
    let owner = caller
        .owner
        .clone()
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    let order = create_order(&state, owner, &caller, client_ip)?;
    let location = base.order(&order.id);
    let body = json!({
        "orderId": order.id,
        "links": [base.link("/orders/", "self"), {"href": location, "rel": "item"}],
    });
    Ok((
        StatusCode::CREATED,
        [
            (header::LOCATION, location),
            set_cookie(&state, &order.owner_id),
        ],
        axum::Json(body),
    )
        .into_response())
}

/// The shorthand's implicit creation: a PUT or POST below `/order` without an open order creates one
/// (answering with `Set-Cookie`); GET and OPTIONS never create.
pub async fn implicit_creation(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    if !matches!(*request.method(), Method::PUT | Method::POST) {
        return next.run(request).await;
    }
    let caller = Caller {
        owner: owner_cookie(request.headers()),
        agent: match state.agents.check(request.headers()) {
            Ok(agent) => agent,
            Err(e) => return e.into_response(),
        },
    };
    let open = match &caller.owner {
        Some(owner) => match state.store.open_order_of(owner) {
            Ok(found) => found,
            Err(e) => return e.into_response(),
        },
        None => None,
    };
    if open.is_some() {
        return next.run(request).await;
    }
    let owner = caller
        .owner
        .clone()
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    if let Err(e) = create_order(&state, owner.clone(), &caller, None) {
        return e.into_response();
    }
    if let Ok(cookie) = HeaderValue::from_str(&format!("{OWNER_COOKIE}={owner}")) {
        request.headers_mut().insert(header::COOKIE, cookie);
    }
    let mut response = next.run(request).await;
    let (name, value) = set_cookie(&state, &owner);
    if let Ok(value) = HeaderValue::from_str(&value) {
        response.headers_mut().append(name, value);
    }
    response
}

async fn order_get(call: OrderCall, base: Base) -> ApiResult<Response> {
    let order = call.load("Order")?;
    let mut body = json!({"Status": order.status});
    if let Some(number) = order.account.as_ref().and_then(|a| a.number.as_ref()) {
        body["Account"] = Value::String(base.url(&format!("/accounts/{number}")));
    }
    // Undocumented extras (clients must ignore unknown fields): who the order is assigned to, and why
    // provisioning failed.
    if let Some(agent) = &order.agent {
        body["Agent"] = Value::String(agent.clone());
    }
    if let Some(reason) = &order.failure {
        body["Reason"] = Value::String(reason.clone());
    }
    let mut links = vec![base.link(&format!("/orders/{}/", order.id), "self")];
    if call.target.shorthand {
        links.push(base.link(&format!("/orders/{}", order.id), "alternate"));
    }
    Ok(axum::Json(json!({"order": body, "links": links})).into_response())
}

async fn action_post(call: OrderCall, base: Base, body: JsonBody) -> ApiResult<Response> {
    body.object()?;
    let action = body.str("action").unwrap_or_default().to_string();
    if action != "validate" && action != "submit" {
        return Err(ApiError::field("action", "Must be validate or submit"));
    }
    let quote_hash = body.str("quoteHash").map(str::to_string);
    let test_agent = call
        .caller
        .agent
        .as_ref()
        .is_some_and(|a| rules::order::is_test_partner(&a.user));
    let required = call.state.config.required_account_attributes.clone();
    call.change("Order", |order| {
        rules::order::check(order, test_agent, &required)?;
        if action == "validate" {
            return Ok(());
        }
        if quote_hash
            .as_ref()
            .is_some_and(|h| *h != quote::hash(order))
        {
            return Err(ApiError::conflict(m::QUOTE_CHANGED));
        }
        order.status = status::PROCESSING.into();
        order.submitted_ms = Some(now_ms());
        if let Some(agent) = &call.caller.agent {
            order.agent = Some(agent.user.clone());
        }
        Ok(())
    })?;
    if action == "validate" {
        return Ok(StatusCode::NO_CONTENT.into_response());
    }
    let mut response = StatusCode::ACCEPTED.into_response();
    if call.target.shorthand {
        if let Ok(location) = HeaderValue::from_str(&base.order(&call.target.id)) {
            response.headers_mut().insert(header::LOCATION, location);
        }
    }
    Ok(response)
}

/// The documented `OPTIONS /orders/{orderId}/action`: 200 with the allowed methods, 404 for no order.
/// Browsers' preflights never reach it (the CORS layer answers them) but with `--as-documented`; a
/// request without `Origin`, and every request with `--as-documented`, gets the documented
/// `Access-Control-Allow-Origin: *`.
async fn action_options(
    State(state): State<AppState>,
    target: Target,
    headers: HeaderMap,
) -> ApiResult<Response> {
    state.store.get(&target.id)?.ok_or(ApiError::NotFound)?;
    let mut response = (
        StatusCode::OK,
        [
            (header::ACCESS_CONTROL_ALLOW_METHODS, "POST, OPTIONS"),
            (header::ALLOW, "POST, OPTIONS"),
        ],
    )
        .into_response();
    if state.config.as_documented || !headers.contains_key(header::ORIGIN) {
        response.headers_mut().insert(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
    }
    Ok(response)
}

async fn quote_get(call: OrderCall, base: Base) -> ApiResult<Response> {
    let order = call.load("Fees")?;
    let (body, _, _) = quote::compute(&order, &quote::today());
    let links = [base.link(&format!("/orders/{}/quote/", order.id), "self")];
    Ok(axum::Json(json!({"quote": body, "links": links})).into_response())
}
