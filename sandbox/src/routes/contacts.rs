//! `…/account/contactInfo[/{type}]` (payment is in [`super::payment`]).
//!
//! Contact types are `regular`, `billing`, `administrator`, `technical`; the GET page's spelling
//! `administrative` is accepted as the same type.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Map, Value};

use super::JsonBody;
use super::{account, account_mut, OrderCall};
use crate::error::{ApiError, ApiResult};
use crate::links::Base;
use crate::rules::fields::{self, Problems};
use crate::rules::messages as m;
use crate::AppState;

pub const CONTACT_TYPES: &[&str] = &["regular", "billing", "administrator", "technical"];

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account/contactInfo", get(contacts_list))
        .route(
            "/account/contactInfo/{contact_type}",
            get(contact_get).put(contact_put).delete(contact_delete),
        )
}

fn contact_type(raw: &str) -> ApiResult<&'static str> {
    let normalized = if raw == "administrative" {
        "administrator"
    } else {
        raw
    };
    CONTACT_TYPES
        .iter()
        .find(|t| **t == normalized)
        .copied()
        .ok_or(ApiError::NotFound)
}

pub fn text<'a>(v: &'a Value, section: &str, key: &str) -> &'a str {
    v.get(section)
        .and_then(|s| s.get(key))
        .and_then(Value::as_str)
        .unwrap_or_default()
}

/// The documented contact rules; phone-like fields with letters get the documented coded message.
pub fn check_contact(v: &Value) -> ApiResult<()> {
    for key in ["phone1", "phone2", "fax"] {
        if text(v, "contactMedia", key)
            .chars()
            .any(char::is_alphabetic)
        {
            return Err(ApiError::compute(m::PHONE_LETTERS));
        }
    }
    let mut p = Problems::default();
    for key in ["firstName", "lastName"] {
        let value = text(v, "name", key);
        p.check(
            &format!("name.{key}"),
            fields::required(Some(value)).map(|_| ()),
        );
        p.check(&format!("name.{key}"), fields::person_name(value));
    }
    p.check(
        "name.middleName",
        fields::person_name(text(v, "name", "middleName")),
    );
    p.check(
        "name.company",
        fields::max_len(text(v, "name", "company"), 200),
    );
    p.check(
        "name.salutation",
        fields::salutation(text(v, "name", "salutation")),
    );
    p.check(
        "address.street1",
        fields::required(Some(text(v, "address", "street1"))).map(|_| ()),
    );
    p.check(
        "address.city",
        fields::required(Some(text(v, "address", "city"))).map(|_| ()),
    );
    p.check(
        "address.city",
        fields::max_len(text(v, "address", "city"), 50),
    );
    p.check(
        "address.postalCode",
        fields::required(Some(text(v, "address", "postalCode"))).map(|_| ()),
    );
    p.check(
        "address.countryCode",
        fields::country_code(text(v, "address", "countryCode")),
    );
    p.check(
        "contactMedia.email1",
        fields::email(text(v, "contactMedia", "email1")),
    );
    let email2 = text(v, "contactMedia", "email2");
    if !email2.is_empty() {
        p.check("contactMedia.email2", fields::email(email2));
    }
    p.check(
        "contactMedia.phone1",
        fields::required(Some(text(v, "contactMedia", "phone1"))).map(|_| ()),
    );
    for key in ["phone1", "phone2", "fax"] {
        p.check(
            &format!("contactMedia.{key}"),
            fields::phone(text(v, "contactMedia", key)),
        );
    }
    for key in ["email1Format", "email2Format"] {
        p.check(
            &format!("contactMedia.{key}"),
            fields::email_format(text(v, "contactMedia", key)),
        );
    }
    p.into_result()
}

/// Keeps only the documented fields, so nothing unexpected is stored or echoed back.
fn clean_contact(v: &Value) -> Value {
    let pick = |section: &str, keys: &[&str]| -> Value {
        let mut out = Map::new();
        for k in keys {
            let value = text(v, section, k);
            if !value.is_empty() {
                out.insert((*k).into(), Value::String(value.into()));
            }
        }
        Value::Object(out)
    };
    json!({
        "name": pick("name", &["salutation", "firstName", "middleName", "lastName", "company"]),
        "address": pick("address", &["street1", "street2", "city", "stateOrProvince", "postalCode", "countryCode"]),
        "contactMedia": pick("contactMedia", &["phone1", "phone2", "fax", "email1", "email1Format", "email2", "email2Format"]),
    })
}

async fn contact_put(
    call: OrderCall,
    Path(params): Path<Vec<(String, String)>>,
    body: JsonBody,
) -> ApiResult<StatusCode> {
    let kind = contact_type(&path_param(&params, "contact_type"))?;
    body.object()?;
    check_contact(&body.0)?;
    let contact = clean_contact(&body.0);
    call.change("ContactInfo", |order| {
        let account = order
            .account
            .as_mut()
            .ok_or_else(|| ApiError::BadGateway(m::CONTACT_NOT_ALLOWED_WITHOUT_ACCOUNT.into()))?;
        account.contacts.insert(kind.into(), contact);
        Ok(())
    })?;
    Ok(StatusCode::NO_CONTENT)
}

/// A named path parameter (the order id may or may not be among them, depending on the mount point).
pub fn path_param(params: &[(String, String)], name: &str) -> String {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

async fn contact_get(
    call: OrderCall,
    base: Base,
    Path(params): Path<Vec<(String, String)>>,
) -> ApiResult<Json<Value>> {
    let kind = contact_type(&path_param(&params, "contact_type"))?;
    let order = call.load("ContactInfo")?;
    let contact = account(&order)?
        .contacts
        .get(kind)
        .ok_or(ApiError::NotFound)?;
    let path = format!("/orders/{}/account/contactInfo/{kind}", order.id);
    Ok(Json(
        json!({"contactInfo": contact, "links": [base.link(&path, "self")]}),
    ))
}

async fn contact_delete(
    call: OrderCall,
    Path(params): Path<Vec<(String, String)>>,
) -> ApiResult<StatusCode> {
    let kind = contact_type(&path_param(&params, "contact_type"))?;
    call.change("ContactInfo", |order| {
        account_mut(order)?
            .contacts
            .remove(kind)
            .map(|_| ())
            .ok_or(ApiError::NotFound)
    })?;
    Ok(StatusCode::NO_CONTENT)
}

async fn contacts_list(call: OrderCall, base: Base) -> ApiResult<Json<Value>> {
    let order = call.load("ContactInfo")?;
    let contacts = &account(&order)?.contacts;
    let path = format!("/orders/{}/account/contactInfo", order.id);
    Ok(Json(
        json!({"contactInfo": contacts, "links": [base.link(&path, "self")]}),
    ))
}
