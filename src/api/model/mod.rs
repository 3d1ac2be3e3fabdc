//! Wire types, written from the documentation and lenient where it varies: `links` as an array or an
//! object, status in any case, money as strings or `[amount, currency]`, the quote hash under any of its
//! names, unknown fields ignored.

pub mod account;
pub mod catalog;
pub mod common;
pub mod money;
pub mod orders;
pub mod quote;

pub use common::{id_from_href, Link, Links};
pub use money::{Money, MoneyPair};
pub use orders::{CreatedOrder, OrderState, OrderStatus};

#[cfg(test)]
mod fixtures {
    //! Every documentation example payload kept in tests/fixtures decodes with the client's types.

    use super::orders::{CreatedOrder, OrderState};
    use super::quote::ShortcutQuote;
    use crate::api::ApiError;

    #[test]
    fn every_seed_response_decodes() {
        let created: CreatedOrder =
            serde_json::from_str(include_str!("../../../tests/fixtures/orders-post-201.json"))
                .unwrap();
        assert_eq!(created.order_id.len(), 40);
        let state: OrderState = serde_json::from_str(include_str!(
            "../../../tests/fixtures/order-get-processing.json"
        ))
        .unwrap();
        assert!(!state.order.status.is_final());
        let paid: ShortcutQuote = serde_json::from_str(include_str!(
            "../../../tests/fixtures/exchange-mailbox-paid-202.json"
        ))
        .unwrap();
        assert_eq!(paid.total.0.unwrap().minor, 518);
        for (status, body) in [
            (
                409,
                include_str!("../../../tests/fixtures/orders-post-409.json"),
            ),
            (
                400,
                include_str!("../../../tests/fixtures/orders-post-400-client-ip.json"),
            ),
        ] {
            let e = ApiError::from_response(status, body);
            assert_eq!(e.fault().unwrap().code, status);
        }
        let errors: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../../tests/fixtures/action-errors.json"))
                .unwrap();
        for case in errors {
            let status = case["status"].as_u64().unwrap() as u16;
            let e = ApiError::from_response(status, &case["body"].to_string());
            let fault = e
                .fault()
                .unwrap_or_else(|| panic!("not an envelope: {case}"));
            assert_eq!(fault.code, status);
            assert!(!fault.message.is_empty());
            assert_eq!(
                e.to_string(),
                fault.message,
                "4xx messages are shown as documented"
            );
        }
    }
}
