//! Wire types, written from the documentation and lenient where it varies: `links` as an array or an
//! object, status in any case, money as strings or `[amount, currency]`, the quote hash under any of its
//! names, unknown fields ignored (forward compatibility).
//!
//! **Which fields may be absent.** A field the documentation always sends and the page needs is
//! required: its absence (or a value of another type) is an [`ApiError::Decode`](crate::api::ApiError),
//! which the page says in words with "Try again", never an empty list, a zero price or a default
//! currency shown as if the API had said so. `#[serde(default)]` / `Option` only where absence is
//! allowed:
//! - the documentation marks the field optional or shows it in some examples only (`guid`, `links` of
//!   some answers, `PromotionName`, an order's `Account`/`Reason`, `deferredTotal`);
//! - the field decorates and the page does well without it (a description, a ranking, a price's name);
//! - the resource is read back only to prefill a form the customer checks anyway (contacts): a missing
//!   field is an empty field, which the form's own rules then catch.
//!
//! Required fields never go through `Option` in their custom deserializers (`Links`, `MoneyPair`, the
//! catalog's flags), since serde reads a missing `Option` as `None`. The property tests in
//! `tests.rs` mutate every documented example (fields removed, of another type, extra, truncated bodies)
//! and check that.

pub mod account;
pub mod catalog;
pub mod common;
pub mod kind;
pub mod money;
pub mod orders;
pub mod quote;

pub use common::{id_from_href, Link, Links};
pub use kind::{NameIs, ServiceKind};
pub use money::{Money, MoneyPair};
pub use orders::{CreatedOrder, OrderState, OrderStatus};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

#[cfg(test)]
mod fixtures {
    //! Every documentation example payload kept in tests/fixtures decodes with the client's types.

    use super::orders::{CreatedOrder, OrderState};
    use super::quote::ShortcutQuote;
    use crate::api::ApiError;

    #[test]
    fn every_seed_response_decodes() {
        let created: CreatedOrder = serde_json::from_str(include_str!(
            "../../../../tests/fixtures/orders-post-201.json"
        ))
        .unwrap();
        assert_eq!(created.order_id.len(), 40);
        let state: OrderState = serde_json::from_str(include_str!(
            "../../../../tests/fixtures/order-get-processing.json"
        ))
        .unwrap();
        assert!(!state.order.status.is_final());
        let paid: ShortcutQuote = serde_json::from_str(include_str!(
            "../../../../tests/fixtures/exchange-mailbox-paid-202.json"
        ))
        .unwrap();
        assert_eq!(paid.total.0.unwrap().minor, 518);
        for (status, body) in [
            (
                409,
                include_str!("../../../../tests/fixtures/orders-post-409.json"),
            ),
            (
                400,
                include_str!("../../../../tests/fixtures/orders-post-400-client-ip.json"),
            ),
        ] {
            let e = ApiError::from_response(status, body);
            assert_eq!(e.fault().unwrap().code, status);
        }
        let errors: Vec<serde_json::Value> = serde_json::from_str(include_str!(
            "../../../../tests/fixtures/action-errors.json"
        ))
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
