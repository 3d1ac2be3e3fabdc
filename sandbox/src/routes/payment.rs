//! `…/account/paymentInfo`. The sandbox never stores a full card number: it keeps the masked number,
//! type, expiry and holder (what GET returns).

use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};

use super::contacts::text;
use super::JsonBody;
use super::{account, account_mut, OrderCall};
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::links::Base;
use crate::rules::fields::{self, Problems};
use crate::rules::messages as m;
use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/account/paymentInfo", get(payment_get).put(payment_put))
}

fn check_payment(v: &Value, caller: &Caller, current_month: &str) -> ApiResult<Value> {
    let kind = v
        .get("paymentInfoType")
        .and_then(Value::as_str)
        .unwrap_or_default();
    match kind {
        "offline" if caller.agent.is_some() => Ok(json!({"paymentInfoType": "offline"})),
        "offline" => Err(ApiError::forbidden(m::permission("PaymentInfo"))),
        "credit_card" => {
            let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or_default();
            let mut p = Problems::default();
            p.check("accountNumber", fields::card_number(s("accountNumber")));
            p.check(
                "cardHolderName",
                fields::required(Some(s("cardHolderName"))).map(|_| ()),
            );
            p.check("creditCardType", fields::card_type(s("creditCardType")));
            p.check(
                "expirationDate",
                fields::expiration(s("expirationDate"), current_month),
            );
            let cvv = s("verificationNumber");
            let cvv_ok = (3..=4).contains(&cvv.len()) && cvv.chars().all(|c| c.is_ascii_digit());
            p.check(
                "verificationNumber",
                if cvv_ok {
                    Ok(())
                } else {
                    Err("Must be 3 or 4 digits".into())
                },
            );
            let billing = |k: &str| text(v, "billingAddress", k);
            p.check(
                "billingAddress.street1",
                fields::required(Some(billing("street1"))).map(|_| ()),
            );
            p.check(
                "billingAddress.city",
                fields::required(Some(billing("city"))).map(|_| ()),
            );
            p.check(
                "billingAddress.countryCode",
                fields::country_code(billing("countryCode")),
            );
            p.into_result()?;
            let number = s("accountNumber");
            Ok(json!({
                "paymentInfoType": "credit_card",
                "accountNumber": format!("{}{}", "*".repeat(number.len() - 4), &number[number.len() - 4..]),
                "creditCardType": s("creditCardType"),
                "expirationDate": s("expirationDate"),
                "cardHolderName": s("cardHolderName"),
            }))
        }
        _ => Err(ApiError::field(
            "paymentInfoType",
            "Must be credit_card or offline",
        )),
    }
}

async fn payment_put(call: OrderCall, body: JsonBody) -> ApiResult<StatusCode> {
    body.object()?;
    let stored = check_payment(&body.0, &call.caller, &crate::quote::today()[..7])?;
    call.change("PaymentInfo", |order| {
        account_mut(order)?.payment = Some(stored);
        Ok(())
    })?;
    Ok(StatusCode::NO_CONTENT)
}

async fn payment_get(call: OrderCall, base: Base) -> ApiResult<Json<Value>> {
    let order = call.load("PaymentInfo")?;
    let mut payment = account(&order)?.payment.clone().ok_or(ApiError::NotFound)?;
    let path = format!("/orders/{}/account/paymentInfo", order.id);
    payment["links"] = json!([base.link(&path, "self")]);
    Ok(Json(payment))
}
