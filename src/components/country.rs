//! The country, chosen from the list the API takes (ISO 3166-1 alpha-2, `rules::COUNTRY_CODES`), each
//! named by the browser in the page's language (`Intl.DisplayNames`) and sorted by that name.

use hostway_core::i18n::country;
use leptos::prelude::*;

use super::money::{or_browser, Locale};
use super::SelectField;
use hostway_core::rules;

/// `(code, name)` of every country, sorted by name for `locale` (the browser's when empty), after a
/// first choice of none (`""`, labelled `none`). Natively (unit tests), the codes are their own names.
pub fn options(locale: &str, none: &str) -> Vec<(String, String)> {
    let named = namer(locale);
    let locale = or_browser(locale);
    #[cfg(target_arch = "wasm32")]
    let order = {
        let locales = js_sys::Array::of1(&locale.as_str().into());
        move |a: &str, b: &str| {
            js_sys::JsString::from(a)
                .locale_compare(b, &locales, &js_sys::Object::new())
                .cmp(&0)
        }
    };
    #[cfg(not(target_arch = "wasm32"))]
    let order = {
        let _ = locale;
        |a: &str, b: &str| a.cmp(b)
    };
    let mut countries: Vec<(String, String)> = rules::country_codes()
        .map(|code| {
            (
                code.to_string(),
                named(code).unwrap_or_else(|| code.to_string()),
            )
        })
        .collect();
    countries.sort_by(|a, b| order(&a.1, &b.1));
    std::iter::once((String::new(), none.to_string()))
        .chain(countries)
        .collect()
}

/// Names country codes in `locale`'s language (the browser's when empty): `Intl.DisplayNames`, or
/// the code itself natively.
fn namer(locale: &str) -> impl Fn(&str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let locales = js_sys::Array::of1(&or_browser(locale).into());
        let settings = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&settings, &"type".into(), &"region".into());
        let names = js_sys::Intl::DisplayNames::new(&locales, &settings);
        move |code: &str| names.of(code).map(String::from)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = locale;
        |code: &str| Some(code.to_string())
    }
}

/// The country `code` by its name in the page's language ("United States"); the code when unknown.
pub fn country_name(code: &str) -> String {
    namer(&use_context::<Locale>().unwrap_or_default().0)(code).unwrap_or_else(|| code.to_string())
}

/// The region of the browser's language (`de-AT` → `AT`) when it is a country the API takes: the
/// country a form starts with when nothing was typed or saved.
pub fn browser_country() -> String {
    let locale = or_browser("");
    locale
        .split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2)
        .map(str::to_ascii_uppercase)
        .filter(|code| rules::country_code(code).is_ok())
        .unwrap_or_default()
}

/// A country select whose value is the API's code (`""` for none, which an optional field allows).
#[component]
pub fn CountryField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: RwSignal<String>,
    #[prop(into, optional)] error: Signal<Option<String>>,
    #[prop(into)] autocomplete: String,
    /// The field may be left without a country.
    #[prop(optional)]
    optional: bool,
) -> impl IntoView {
    let none = if optional {
        country::NONE.text()
    } else {
        country::CHOOSE.text()
    };
    let countries = options(&use_context::<Locale>().unwrap_or_default().0, &none);
    let options = Signal::derive(move || countries.clone());
    view! { <SelectField id label value options error autocomplete/> }
}
