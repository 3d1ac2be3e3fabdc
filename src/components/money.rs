//! Money shown with the browser's `Intl.NumberFormat` in the quote's currency and the browser's locale.

use leptos::prelude::*;

use hostway_core::api::model::Money;
pub use hostway_core::format::{cycle_text, format_in, or_browser};

/// A locale chosen by the page that embeds the widget (`data-locale`); empty for the browser's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Locale(pub String);

/// Formats `money` in `currency` for the chosen or the browser's locale, e.g. "$1,234.50" or "1.234,50 €".
pub fn format(money: &Money, currency: &str) -> String {
    format_in(
        money,
        currency,
        &use_context::<Locale>().unwrap_or_default().0,
    )
}

/// An amount in a currency.
#[component]
pub fn Amount(
    #[prop(into)] money: Signal<Money>,
    #[prop(into)] currency: Signal<String>,
) -> impl IntoView {
    view! {
        <span class="hw-money" data-amount=move || money.with(Money::decimal)>
            {move || format(&money.get(), &currency.get())}
        </span>
    }
}
