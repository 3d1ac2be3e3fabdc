//! Reusable pieces.

pub mod api_health;
pub mod frame;

pub use api_health::ApiHealth;
pub use frame::{Footer, Header};
