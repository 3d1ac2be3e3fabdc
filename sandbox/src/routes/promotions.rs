//! Promotion codes on products and services: `PUT|DELETE …/products/{productId}/promotion` and
//! `PUT|DELETE …/services/{serviceId}/promotion`, one pair of handlers for both.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::routing::put;
use axum::Router;

use super::contacts::path_param;
use super::{JsonBody, OrderCall};
use crate::catalog;
use crate::error::{ApiError, ApiResult};
use crate::model::Order;
use crate::rules::messages as m;
use crate::AppState;

pub fn router() -> Router<AppState> {
    let handlers = || put(promotion_put).delete(promotion_delete);
    Router::new()
        .route("/account/products/{product_id}/promotion", handlers())
        .route(
            "/account/products/{product_id}/services/{service_id}/promotion",
            handlers(),
        )
}

/// `{"promoCode"}`: missing → 400 with details; unknown → the documented 502 "Cannot apply promotion code.".
pub fn promotion_code(body: &JsonBody) -> ApiResult<String> {
    let code = body
        .str("promoCode")
        .filter(|c| !c.trim().is_empty())
        .ok_or_else(|| ApiError::field("promoCode", "Required"))?;
    catalog::promotion(code)
        .map(|p| p.code.to_string())
        .ok_or_else(|| ApiError::BadGateway(m::CANNOT_APPLY_PROMOTION.into()))
}

/// The promotion code slot of the product, or of its service when the path names one.
fn slot<'a>(
    order: &'a mut Order,
    params: &[(String, String)],
) -> ApiResult<&'a mut Option<String>> {
    let product = order
        .product_mut(&path_param(params, "product_id"))
        .ok_or(ApiError::NotFound)?;
    let service_id = path_param(params, "service_id");
    if service_id.is_empty() {
        return Ok(&mut product.promo_code);
    }
    Ok(&mut product
        .service_mut(&service_id)
        .ok_or(ApiError::NotFound)?
        .promo_code)
}

async fn promotion_put(
    call: OrderCall,
    Path(params): Path<Vec<(String, String)>>,
    body: JsonBody,
) -> ApiResult<StatusCode> {
    body.object()?;
    let code = promotion_code(&body)?;
    call.change("PromotionView", |order| {
        *slot(order, &params)? = Some(code);
        Ok(())
    })?;
    Ok(StatusCode::NO_CONTENT)
}

async fn promotion_delete(
    call: OrderCall,
    Path(params): Path<Vec<(String, String)>>,
) -> ApiResult<StatusCode> {
    call.change("PromotionView", |order| {
        slot(order, &params)?
            .take()
            .map(|_| ())
            .ok_or_else(|| ApiError::BadGateway(m::CANNOT_DELETE_PROMOTION.into()))
    })?;
    Ok(StatusCode::NO_CONTENT)
}
