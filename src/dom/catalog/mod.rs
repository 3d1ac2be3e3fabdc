//! The catalog: product specifications with their offerings and prices, searchable and filterable.
//! One view (`view.rs`, on the DOM), shown by the customer's catalog stage ([`stage`], the page's first
//! download) and, at `/`, by the apps (`hostway_order::pages::Catalog`).

mod card;
mod entry;
mod query;
pub mod stage;
mod view;

pub use entry::{load, matches, Entry};
pub use view::{Address, CatalogView};
