//! The views drawn on the DOM without a framework, built on `hostway-core`:
//!
//! - [`stage`]: the frame every first stage shares (header, API indicator, hand-over to the app);
//! - [`catalog`]: the catalog's view (the customer's first stage, and `/` in the apps) and its stage;
//! - [`agent_stage`]: the agent portal's sign-in stage;
//! - [`widget`]: the widget's first stage and what both widget stages share; [`events`] for the shop;
//! - [`dom`]: the element helpers all of them use.
//!
//! Leptos is not in this crate's dependency tree, so what a first stage may use is kept by the compiler.

pub mod agent_stage;
pub mod catalog;
pub mod dom;
pub mod events;
pub mod stage;
pub mod widget;

pub use hostway_core::{agent, api, config, format, i18n, labels, prefill};
