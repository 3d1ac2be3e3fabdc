//! Typed client for the Hostway ordering API: one async function per endpoint, `Result<T, ApiError>`.

pub mod account;
pub mod accounts;
pub mod actions;
pub mod all;
mod base64;
pub mod catalog;
pub mod client;
pub mod error;
mod fault;
pub mod health;
pub mod items;
pub mod model;
pub mod observe;
pub mod orders;
pub mod retry;

pub use client::{Client, Reply};
pub use error::{ApiError, Fault};
