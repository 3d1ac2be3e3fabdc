//! One routed page per file.

pub mod agent;
pub mod catalog;
pub mod not_found;
pub mod order;
pub mod product;
pub mod status;

pub use agent::{AgentAccount, AgentHome, OnBehalfBanner};
pub use catalog::Catalog;
pub use not_found::NotFound;
pub use order::OrderPage;
pub use product::Product;
pub use status::Status;
