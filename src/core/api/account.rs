//! The account in the current order and its contacts and payment (always through the `/order`
//! shorthand's explicit twin: `/orders/{id}/account…`).

use serde_json::{json, Value};

use super::catalog::segment;
use super::model::account::{Contact, ContactEnvelope, OrderAccount};
use super::{ApiError, Client};

fn base(order_id: &str) -> String {
    format!("/orders/{}/account", segment(order_id))
}

pub async fn get(client: &Client, order_id: &str) -> Result<OrderAccount, ApiError> {
    client.get(&base(order_id)).await?.json()
}

/// A new account: `{currency, language}`.
pub async fn put_new(
    client: &Client,
    order_id: &str,
    currency: &str,
    language: &str,
) -> Result<(), ApiError> {
    client
        .put(
            &base(order_id),
            &json!({"currency": currency, "language": language}),
        )
        .await
        .map(drop)
}

/// An existing account (agents): `{accountNumber}`.
pub async fn put_existing(
    client: &Client,
    order_id: &str,
    account_number: &str,
) -> Result<(), ApiError> {
    client
        .put(&base(order_id), &json!({"accountNumber": account_number}))
        .await
        .map(drop)
}

pub async fn put_user(
    client: &Client,
    order_id: &str,
    user_name: &str,
    password: &str,
) -> Result<(), ApiError> {
    let body = json!({"userName": user_name, "password": password});
    client
        .put(&format!("{}/user", base(order_id)), &body)
        .await
        .map(drop)
}

pub async fn user_name(client: &Client, order_id: &str) -> Result<String, ApiError> {
    let v: Value = client
        .get(&format!("{}/user", base(order_id)))
        .await?
        .json()?;
    Ok(v["userName"].as_str().unwrap_or_default().to_string())
}

pub async fn put_contact(
    client: &Client,
    order_id: &str,
    kind: &str,
    contact: &Contact,
) -> Result<(), ApiError> {
    let body = serde_json::to_value(contact).map_err(|e| ApiError::decode(e.to_string()))?;
    client
        .put(
            &format!("{}/contactInfo/{}", base(order_id), segment(kind)),
            &body,
        )
        .await
        .map(drop)
}

pub async fn delete_contact(client: &Client, order_id: &str, kind: &str) -> Result<(), ApiError> {
    client
        .delete(&format!("{}/contactInfo/{}", base(order_id), segment(kind)))
        .await
        .map(drop)
}

/// Every contact set, by type.
pub async fn contacts(
    client: &Client,
    order_id: &str,
) -> Result<std::collections::BTreeMap<String, Contact>, ApiError> {
    let env: ContactEnvelope<std::collections::BTreeMap<String, Contact>> = client
        .get(&format!("{}/contactInfo", base(order_id)))
        .await?
        .json()?;
    Ok(env.contact_info)
}

/// `PUT …/paymentInfo` with a card. The number never leaves this call: nothing stores it.
pub async fn put_card(client: &Client, order_id: &str, card: &Value) -> Result<(), ApiError> {
    client
        .put(&format!("{}/paymentInfo", base(order_id)), card)
        .await
        .map(drop)
}

/// `GET …/paymentInfo` (masked number, type, expiry); `None` when none is set.
pub async fn payment(client: &Client, order_id: &str) -> Result<Option<Value>, ApiError> {
    match client.get(&format!("{}/paymentInfo", base(order_id))).await {
        Ok(reply) => reply.json().map(Some),
        Err(e) if e.status() == Some(404) => Ok(None),
        Err(e) => Err(e),
    }
}
