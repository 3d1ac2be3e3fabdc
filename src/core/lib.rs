//! What both renderers share and neither draws: the typed client of the Hostway ordering API (`api`),
//! its wire types and the API-health rules, the field rules (`rules`), configuration (`config`), timers
//! (`timer`), the tie between a request or a wait and the view that asked for it (`scope`), the agent's
//! sign-in (`agent`), the site's parts as the header names them (`site`), and the words for money, periods and offerings (`format`, `labels`, `prefill`).
//!
//! No renderer is in this crate's dependency tree: the first stages (plain DOM, `hostway-dom`) and the
//! Leptos apps (`hostway-order`) both build on it, and a view import here does not compile.

pub mod agent;
pub mod api;
pub mod config;
pub mod format;
pub mod i18n;
pub mod labels;
pub mod prefill;
pub mod rules;
pub mod scope;
pub mod site;
pub mod timer;
