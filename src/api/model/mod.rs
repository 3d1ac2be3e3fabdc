//! Wire types, written from the documentation and lenient where it varies: `links` as an array or an
//! object, status in any case, unknown fields ignored.

pub mod common;
pub mod orders;

pub use common::{id_from_href, Link, Links};
pub use orders::{CreatedOrder, OrderState, OrderStatus};
