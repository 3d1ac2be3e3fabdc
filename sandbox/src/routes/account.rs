//! The account inside an order: `…/account`, `…/account/user`, `…/account/attributes`.
//! Contacts and payment are in [`super::contacts`].

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};

use super::{account, account_mut, JsonBody, OrderCall};
use crate::catalog;
use crate::error::{ApiError, ApiResult};
use crate::links::Base;
use crate::model::{Account, NameValue, Order, User};
use crate::rules::fields::{self, Problems};
use crate::rules::messages as m;
use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account", get(account_get).put(account_put))
        .route("/account/user", get(user_get).put(user_put))
        .route(
            "/account/attributes",
            get(attributes_get).put(attributes_put),
        )
}

/// The order's account, or 404.
fn order_path(order: &Order, rest: &str) -> String {
    format!("/orders/{}/account{rest}", order.id)
}

async fn account_put(call: OrderCall, body: JsonBody) -> ApiResult<StatusCode> {
    body.object()?;
    if let Some(number) = body.0.get("accountNumber") {
        let number = number.as_str().unwrap_or_default().to_string();
        let existing = crate::demo::account(&number)
            .ok_or_else(|| ApiError::field("accountNumber", "No such account"))?;
        let allowed = call
            .caller
            .agent
            .as_ref()
            .is_some_and(|a| a.partner() == existing.partner);
        if !allowed {
            return Err(ApiError::forbidden(m::permission("OrderAccount")));
        }
        call.change("OrderAccount", |order| {
            let products = order.account.take().map(|a| a.products).unwrap_or_default();
            order.account = Some(Account {
                number: Some(number.clone()),
                existing: true,
                currency: existing.currency.into(),
                language: "en-US".into(),
                products,
                ..Default::default()
            });
            Ok(())
        })?;
        return Ok(StatusCode::NO_CONTENT);
    }
    let (Some(currency), Some(language)) = (body.str("currency"), body.str("language")) else {
        return Err(ApiError::compute(m::MISSING_LANGUAGE_OR_CURRENCY));
    };
    if !catalog::CURRENCIES.contains(&currency) {
        return Err(ApiError::compute(m::currency_not_allowed(currency)));
    }
    if !catalog::LANGUAGES.contains(&language) {
        return Err(ApiError::compute(m::language_not_allowed(language)));
    }
    call.change("OrderAccount", |order| {
        let account = order.account.get_or_insert_with(Account::default);
        if !account.products.is_empty() && account.currency != currency {
            return Err(ApiError::conflict(format!(
                "Currency {currency} differs from the currency of the products in the order ({})",
                account.currency
            )));
        }
        account.existing = false;
        account.number = None;
        account.currency = currency.into();
        account.language = language.into();
        Ok(())
    })?;
    Ok(StatusCode::NO_CONTENT)
}

async fn account_get(call: OrderCall, base: Base) -> ApiResult<Json<Value>> {
    let order = call.load("OrderAccount")?;
    let a = account(&order)?;
    let link = |rest: &str, rel: &str| base.link(&order_path(&order, rest), rel);
    Ok(Json(json!({
        "status": if order.is_open() { "new" } else { "pending" },
        "number": a.number,
        "currency": a.currency,
        "language": a.language,
        "products": base.url(&order_path(&order, "/products")),
        "user": base.url(&order_path(&order, "/user")),
        "attributes": base.url(&order_path(&order, "/attributes")),
        "contactInfo": base.url(&order_path(&order, "/contactInfo")),
        "paymentInfo": base.url(&order_path(&order, "/paymentInfo")),
        "links": [link("", "self")],
    })))
}

async fn user_put(call: OrderCall, base: Base, body: JsonBody) -> ApiResult<Response> {
    body.object()?;
    let mut problems = Problems::default();
    let user_name = body.str("userName").unwrap_or_default().to_string();
    let password = body.str("password").unwrap_or_default().to_string();
    problems.check("userName", fields::user_name(&user_name));
    problems.check("password", fields::password(&password));
    problems.into_result()?;
    let taken = call.state.store.all()?.iter().any(|o| {
        o.id != call.target.id
            && o.account
                .as_ref()
                .and_then(|a| a.user.as_ref())
                .is_some_and(|u| u.user_name.eq_ignore_ascii_case(&user_name))
    }) || crate::demo::TAKEN_USER_NAMES
        .contains(&user_name.to_ascii_lowercase().as_str());
    let order_id = call.change("User", |order| {
        let account = order
            .account
            .as_mut()
            .ok_or_else(|| ApiError::BadGateway(m::USER_WITHOUT_ACCOUNT.into()))?;
        if taken {
            return Err(ApiError::conflict(m::USER_EXISTS));
        }
        account.user = Some(User {
            user_name: user_name.clone(),
            password,
        });
        Ok(order.id.clone())
    })?;
    let path = format!("/orders/{order_id}/account/user");
    Ok((
        StatusCode::OK,
        Json(json!({"userName": user_name, "links": [base.link(&path, "self")]})),
    )
        .into_response())
}

async fn user_get(call: OrderCall, base: Base) -> ApiResult<Json<Value>> {
    let order = call.load("User")?;
    let a = account(&order)?;
    // "A user with generated data exists by default once an account exists."
    let user_name = a.user.as_ref().map_or_else(
        || format!("user{}", &order.id[..8]),
        |u| u.user_name.clone(),
    );
    Ok(Json(
        json!({"userName": user_name, "links": [base.link(&order_path(&order, "/user"), "self")]}),
    ))
}

async fn attributes_put(call: OrderCall, body: JsonBody) -> ApiResult<StatusCode> {
    let list = body
        .0
        .as_array()
        .ok_or_else(|| ApiError::field("body", "Must be a list of {name, value}"))?;
    let mut attributes = Vec::new();
    let mut problems = Problems::default();
    for (i, item) in list.iter().enumerate() {
        let name = item.get("name").and_then(Value::as_str).unwrap_or_default();
        let value = item
            .get("value")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let allowed = name == "partner_account_id"
            || call
                .state
                .config
                .required_account_attributes
                .iter()
                .any(|r| r == name);
        if !allowed {
            return Err(ApiError::compute(m::UNKNOWN_METADATA));
        }
        if name == "partner_account_id" {
            if value.chars().count() > 100 {
                return Err(ApiError::compute(m::PARTNER_ID_TOO_LONG));
            }
            let ok = value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c));
            problems.check(
                &format!("{i}.value"),
                if ok {
                    Ok(())
                } else {
                    Err("Only letters, digits and _ . - are allowed".into())
                },
            );
        }
        problems.check(&format!("{i}.value"), fields::max_len(value, 200));
        attributes.push(NameValue {
            name: name.into(),
            value: value.into(),
        });
    }
    problems.into_result()?;
    call.change("Attributes", |order| {
        account_mut(order)?.attributes = attributes;
        Ok(())
    })?;
    Ok(StatusCode::NO_CONTENT)
}

async fn attributes_get(call: OrderCall, base: Base) -> ApiResult<Json<Value>> {
    let order = call.load("Attributes")?;
    let a = account(&order)?;
    let list: Vec<Value> = a
        .attributes
        .iter()
        .map(|nv| json!({"name": nv.name, "value": nv.value}))
        .collect();
    Ok(Json(
        json!({"list": list, "links": [base.link(&order_path(&order, "/attributes"), "self")]}),
    ))
}
