//! `POST /orders`, `GET /orders/{id}`, `GET /order`.

use serde_json::{json, Value};

use super::model::{id_from_href, CreatedOrder, OrderState};
use super::{ApiError, Client};

/// `POST /orders` (`{}` or `{"clientIp"}` for agents with the elevated permission) → the new order's id.
/// The id comes from the body, else from `Location`.
pub async fn create(client: &Client, client_ip: Option<&str>) -> Result<String, ApiError> {
    let body = match client_ip {
        Some(ip) => json!({"clientIp": ip}),
        None => json!({}),
    };
    let reply = client.post("/orders", &body).await?;
    // An empty body is allowed here (the id is then in `Location`), so this is not a decode failure.
    let from_body = serde_json::from_str::<CreatedOrder>(&reply.body)
        .ok()
        .map(|c| c.order_id);
    from_body
        .or_else(|| reply.location.as_deref().and_then(id_from_href))
        .ok_or_else(|| {
            ApiError::decode("the new order's id was neither in the body nor in Location")
        })
}

/// `GET /orders/{id}`.
pub async fn get(client: &Client, order_id: &str) -> Result<OrderState, ApiError> {
    client.get(&format!("/orders/{order_id}")).await?.json()
}

/// `GET /order`: the open order of this browser's `OwnerId` cookie (404 when there is none).
pub async fn current(client: &Client) -> Result<OrderState, ApiError> {
    client.get("/order").await?.json()
}

/// Decodes any JSON body, for endpoints whose shape callers inspect themselves.
pub fn value(body: &str) -> Result<Value, ApiError> {
    serde_json::from_str(body).map_err(|e| ApiError::decode(e.to_string()))
}

#[cfg(test)]
mod tests {
    use crate::api::model::{CreatedOrder, OrderState, OrderStatus};

    #[test]
    fn decodes_the_seed_responses() {
        let created: CreatedOrder =
            serde_json::from_str(include_str!("../../../tests/fixtures/orders-post-201.json"))
                .unwrap();
        assert_eq!(created.order_id, "0000013ad6dd95746a399f90000a71384bf242cf");
        assert_eq!(
            created.links.rel("item"),
            Some("https://api.hostway.com/orders/0000013ad6dd95746a399f90000a71384bf242cf")
        );

        let state: OrderState = serde_json::from_str(include_str!(
            "../../../tests/fixtures/order-get-processing.json"
        ))
        .unwrap();
        assert_eq!(state.order.status, OrderStatus::Processing);
        assert_eq!(
            state.order.account.as_deref(),
            Some("http://coreapi01.ote.chicago.hostway:8092/accounts/acct999999")
        );
        assert_eq!(
            state.order_id().as_deref(),
            Some("00000145ff82ec6bf27d6421007f000000010001")
        );
    }

    #[test]
    fn status_in_any_case_and_links_as_object() {
        let state: OrderState = serde_json::from_str(
            r#"{"order": {"Status": "new", "extra": 1}, "links": {"self": {"href": "https://h/orders/abc/", "rel": "self"}}}"#,
        )
        .unwrap();
        assert_eq!(state.order.status, OrderStatus::New);
        assert_eq!(state.order_id().as_deref(), Some("abc"));
        assert_eq!(OrderStatus::parse("COMPLETED"), OrderStatus::Completed);
        assert!(OrderStatus::parse("Failed").is_final());
        assert!(!OrderStatus::parse("Processing").is_final());
    }
}
