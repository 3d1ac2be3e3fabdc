//! Quote, validate, submit.

use serde_json::json;

use super::catalog::segment;
use super::model::quote::{Quote, QuoteEnvelope};
use super::{ApiError, Client};

pub async fn quote(client: &Client, order_id: &str) -> Result<Quote, ApiError> {
    Ok(client
        .get(&format!("/orders/{}/quote", segment(order_id)))
        .await?
        .json::<QuoteEnvelope>()?
        .quote)
}

/// `204` when the order is valid; the documented 400/409 envelopes otherwise.
pub async fn validate(client: &Client, order_id: &str) -> Result<(), ApiError> {
    let path = format!("/orders/{}/action", segment(order_id));
    client
        .post(&path, &json!({"action": "validate"}))
        .await
        .map(drop)
}

/// `202`: provisioning started. With the hash of the quote the customer saw.
pub async fn submit(
    client: &Client,
    order_id: &str,
    quote_hash: Option<&str>,
) -> Result<(), ApiError> {
    let mut body = json!({"action": "submit"});
    if let Some(h) = quote_hash {
        body["quoteHash"] = json!(h);
    }
    client
        .post(&format!("/orders/{}/action", segment(order_id)), &body)
        .await
        .map(drop)
}
