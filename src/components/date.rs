//! Dates in the page's language ("4 December 2027"), by the browser's `Intl`.

#[cfg(target_arch = "wasm32")]
use leptos::prelude::use_context;

/// The date `months` from today; empty natively.
pub fn months_from_today(months: u32) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let date = js_sys::Date::new_0();
        date.set_month(date.get_month() + months);
        long(&date)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = months;
        String::new()
    }
}

/// A day the API gives as `YYYY-MM-DD` (an account's creation), in words; as given when it is not
/// one (or natively).
pub fn day(ymd: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let mut parts = ymd.trim().splitn(3, '-').map(|p| p.parse::<u32>().ok());
        if let (Some(Some(y)), Some(Some(m @ 1..=12)), Some(Some(d @ 1..=31))) =
            (parts.next(), parts.next(), parts.next())
        {
            let date = js_sys::Date::new_with_year_month_day(y, m as i32 - 1, d as i32);
            // A day the month does not have (2015-02-31) would roll over: kept as given instead.
            if date.get_date() == d {
                return long(&date);
            }
        }
    }
    ymd.to_string()
}

#[cfg(target_arch = "wasm32")]
fn long(date: &js_sys::Date) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    let locale =
        super::money::or_browser(&use_context::<super::money::Locale>().unwrap_or_default().0);
    String::from(date.to_locale_date_string(&locale, &options))
}
