//! Service notes: `GET|PUT|DELETE …/services/{serviceId}/notes`.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};

use super::services::{find, find_mut, ids, service_path};
use super::{JsonBody, OrderCall};
use crate::error::{ApiError, ApiResult};
use crate::links::Base;
use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route(
        "/account/products/{product_id}/services/{service_id}/notes",
        get(notes_get).put(notes_put).delete(notes_delete),
    )
}

async fn notes_put(
    call: OrderCall,
    Path(params): Path<Vec<(String, String)>>,
    body: JsonBody,
) -> ApiResult<StatusCode> {
    body.object()?;
    let notes: Vec<String> = body
        .0
        .get("notes")
        .and_then(Value::as_array)
        .filter(|l| l.iter().all(Value::is_string))
        .ok_or_else(|| ApiError::field("notes", "Required"))?
        .iter()
        .filter_map(|n| n.as_str().map(str::to_string))
        .collect();
    let ids = ids(&params);
    call.change("NotesView", |order| {
        find_mut(order, &ids)?.notes = notes;
        Ok(())
    })?;
    Ok(StatusCode::NO_CONTENT)
}

async fn notes_get(
    call: OrderCall,
    base: Base,
    Path(params): Path<Vec<(String, String)>>,
) -> ApiResult<Json<Value>> {
    let order = call.load("NotesView")?;
    let ids = ids(&params);
    let path = format!(
        "{}/notes",
        service_path(&order.id, &ids.product, &ids.service)
    );
    Ok(Json(
        json!({"notes": find(&order, &ids)?.notes, "links": [base.link(&path, "self")]}),
    ))
}

async fn notes_delete(
    call: OrderCall,
    Path(params): Path<Vec<(String, String)>>,
) -> ApiResult<StatusCode> {
    let ids = ids(&params);
    call.change("NotesView", |order| {
        find_mut(order, &ids)?.notes.clear();
        Ok(())
    })?;
    Ok(StatusCode::NO_CONTENT)
}
