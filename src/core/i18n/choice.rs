//! The languages the app speaks and the customer's own choice (the footer's switcher). Which one a
//! page speaks is picked by its boot script or the widget's loader (`src/handover.js`, `chooseLocale`):
//! the customer's choice, else the page's `<meta name="hostway-locale">` (a widget's `data-locale`),
//! else the first of the browser's languages spoken here, else English.

/// The locales spoken, each named in its own language (how people look for theirs in a list).
pub const SPOKEN: [(&str, &str); 4] = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("nl", "Nederlands"),
    ("fr", "Français"),
];

/// Where the customer's choice is remembered (`localStorage`: a preference, not a secret).
pub const STORAGE_KEY: &str = "hostway.locale";

/// The language of a BCP 47 tag (`de` of `de-AT`), lower case.
pub fn language(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Remembers `lang` as the customer's choice; the page is then reloaded in it (what is typed is kept
/// in the session's drafts, and the order at the API).
pub fn choose(lang: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = storage.set_item(STORAGE_KEY, lang);
    }
    let _ = window.location().reload();
}
