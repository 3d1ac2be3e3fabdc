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
