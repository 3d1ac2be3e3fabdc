//! Money and periods in words for a locale: the browser's `Intl.NumberFormat` for amounts, shared by
//! the DOM views and the Leptos apps.

use crate::api::model::Money;
use crate::i18n::period;

/// Formats `money` in `currency` for `locale` (a BCP 47 tag), the browser's when empty.
pub fn format_in(money: &Money, currency: &str, locale: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let locale = or_browser(locale);
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"style".into(), &"currency".into());
        let _ = js_sys::Reflect::set(&options, &"currency".into(), &currency.into());
        let locales = js_sys::Array::of1(&locale.into());
        let formatter = js_sys::Intl::NumberFormat::new(&locales, &options);
        let formatted = formatter
            .format()
            .call1(&formatter, &money.as_f64().into())
            .ok()
            .and_then(|v| v.as_string());
        if let Some(s) = formatted {
            return s;
        }
    }
    // Natively (unit tests) there is no `Intl`: the plain form, whatever the locale.
    let _ = locale;
    format!("{} {currency}", money.decimal())
}

/// `locale` when one is given, else the page's (see [`crate::i18n::locale`]: the browser's own tag
/// when it speaks the page's language, so `de-AT` formats as Austrians write).
pub fn or_browser(locale: &str) -> String {
    if !locale.is_empty() {
        return locale.to_string();
    }
    crate::i18n::locale()
}

/// "per month", "per year", "every 2 years", "every 3 months", in the page's language.
pub fn cycle_text(months: u32) -> String {
    match months {
        1 => period::MONTH.text(),
        12 => period::YEAR.text(),
        n if n % 12 == 0 => period::YEARS.count(n as usize / 12),
        n => period::MONTHS.count(n as usize),
    }
}

/// `text` in lower case. In the browser by the platform (`String.prototype.toLowerCase`): Rust's own
/// `to_lowercase` brings its Unicode tables into every module (about 4 KB gzip).
pub fn lower(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::JsString::from(text).to_lower_case())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        text.to_lowercase()
    }
}

/// `text` with its first letter in upper case ("billing" → "Billing"), by the platform as [`lower`].
pub fn capitalised(text: &str) -> String {
    let Some(first) = text.chars().next() else {
        return String::new();
    };
    let rest = &text[first.len_utf8()..];
    #[cfg(target_arch = "wasm32")]
    let first = String::from(js_sys::JsString::from(first).to_upper_case());
    #[cfg(not(target_arch = "wasm32"))]
    let first = first.to_uppercase().to_string();
    first + rest
}

/// A label said inside a sentence ("Change the cart", "Enter the domain name for Exchange"): English
/// lower-cases its first letter, unless the first word is an abbreviation ("IP address"); names
/// inside keep their capital. Other languages keep it as it is titled (German nouns keep theirs).
pub fn in_sentence(label: &str) -> String {
    let mut letters = label.chars();
    let (Some(first), second) = (letters.next(), letters.next()) else {
        return String::new();
    };
    let english = crate::i18n::choice::language(&crate::i18n::locale()) == "en";
    if english && !second.is_some_and(char::is_uppercase) {
        lower(&label[..first.len_utf8()]) + &label[first.len_utf8()..]
    } else {
        label.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::in_sentence;

    #[test]
    fn a_label_inside_an_english_sentence_keeps_its_names_and_abbreviations() {
        assert_eq!(
            in_sentence("Domain name for Exchange"),
            "domain name for Exchange"
        );
        assert_eq!(in_sentence("Mailbox user name"), "mailbox user name");
        assert_eq!(in_sentence("IP address"), "IP address");
        assert_eq!(in_sentence(""), "");
    }
}
