//! Reusable pieces.

pub mod api_health;
pub mod cookie_fallback;
pub mod country;
pub mod date;
pub mod error_notice;
pub mod error_summary;
pub mod field;
pub mod form;
pub mod frame;
pub mod fresh;
pub mod money;
pub mod page;
pub mod quote;
pub mod timeline;

pub use api_health::{ApiHealth, HealthStatus};
pub use cookie_fallback::CookieFallback;
pub use country::CountryField;
pub use error_notice::ErrorNotice;
pub use error_summary::{ErrorSummary, Problem};
pub use field::{SelectField, TextField};
pub use form::{use_form, Form};
pub use frame::{Footer, Header};
pub use money::Amount;
pub use quote::QuoteView;
pub use timeline::StatusTimeline;
