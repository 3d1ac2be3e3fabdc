//! Every word a customer sees or hears, in their language: one catalogue per locale
//! (`i18n/<lang>.txt`), shared by the first stages and the Leptos apps.
//!
//! `en.txt` is the source: the build script makes each of its keys a constant of this module
//! (`i18n::catalog::TITLE`), holding the key's slot and its English text, so English is compiled in
//! (it is the default, and each module keeps only the English strings it uses). Another locale's
//! strings are one file beside the app (`i18n-<lang>-<hash>.json`, written by `cargo xtask build` in
//! the slots' order), which the page's boot script (or the widget's loader) picks and fetches while the
//! module loads, and hands to [`install`] before anything is drawn: a visitor downloads their own
//! locale's strings only. Plurals follow the locale's rules (`Intl.PluralRules`).

pub mod choice;

include!(concat!(env!("OUT_DIR"), "/keys.rs"));

/// A sentence of the catalogue: its slot in a locale's strings and its English text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text(pub usize, pub &'static str);

/// A sentence said by count: its first slot (the `one` form; `other` is the next) and English's forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural(pub usize, pub &'static str, pub &'static str);

impl Text {
    /// The sentence in the page's locale.
    pub fn text(self) -> String {
        slot(self.0).unwrap_or_else(|| self.1.to_string())
    }

    /// The sentence with each `{name}` replaced by its value.
    pub fn fill(self, values: &[(&str, &str)]) -> String {
        fill(self.text(), values)
    }
}

impl Plural {
    /// The sentence for `n` in the page's locale, with `{n}` filled.
    pub fn count(self, n: usize) -> String {
        self.fill(n, &[])
    }

    /// The sentence for `n`, with `{n}` and each `{name}` filled.
    pub fn fill(self, n: usize, values: &[(&str, &str)]) -> String {
        let text = if is_one(n) {
            slot(self.0).unwrap_or_else(|| self.1.to_string())
        } else {
            slot(self.0.saturating_add(1)).unwrap_or_else(|| self.2.to_string())
        };
        fill(fill(text, &[("n", &n.to_string())]), values)
    }
}

/// `text` with each `{name}` of `values` replaced; other braces kept. By hand: `str::replace` would
/// bring the substring searcher into every first stage (about 3 KB).
fn fill(text: String, values: &[(&str, &str)]) -> String {
    if !text.contains('{') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = &after[..close];
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// Whether the page's boot script installed a language: the customer's pages and the widget do, and
/// offer the switcher; the agent portal, which speaks English only, does not.
pub fn installed() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web::TAG.with_borrow(|t| !t.is_empty())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// The page's locale, a BCP 47 tag (`de-AT`, `nl`); `en` until one is installed.
pub fn locale() -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(tag) = web::TAG.with_borrow(|t| (!t.is_empty()).then(|| t.clone())) {
        return tag;
    }
    "en".into()
}

/// Whether `n` takes the `one` form in the page's locale (`Intl.PluralRules`: French says "0 produit").
fn is_one(n: usize) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let locales = js_sys::Array::of1(&locale().into());
        let rules = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
        rules.select(n as f64) == "one"
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        n == 1
    }
}

fn slot(i: usize) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        web::STRINGS.with_borrow(|s| s.as_ref().and_then(|s| s.get(i as u32).as_string()))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = i;
        None
    }
}

/// Installs the page's locale `tag` and its `strings` (the parsed file: an array of [`SLOTS`] strings;
/// anything else, such as `null` when English was chosen or the file could not be fetched, leaves the
/// English text). Called by each module's entry point before it draws.
pub fn install(tag: &str, strings: wasm_bindgen::JsValue) {
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (tag, strings);
    #[cfg(target_arch = "wasm32")]
    install_here(tag, strings);
}

#[cfg(target_arch = "wasm32")]
fn install_here(tag: &str, strings: wasm_bindgen::JsValue) {
    use wasm_bindgen::JsCast;
    let strings = strings
        .dyn_into::<js_sys::Array>()
        .ok()
        .filter(|s| s.length() as usize == SLOTS);
    let tag = if strings.is_some() || choice::language(tag) == "en" {
        tag
    } else {
        "en"
    };
    web::TAG.with_borrow_mut(|t| *t = tag.to_string());
    web::STRINGS.with_borrow_mut(|s| *s = strings);
}

#[cfg(target_arch = "wasm32")]
mod web {
    use std::cell::RefCell;

    thread_local! {
        pub static TAG: RefCell<String> = const { RefCell::new(String::new()) };
        pub static STRINGS: RefCell<Option<js_sys::Array>> = const { RefCell::new(None) };
    }
}

#[cfg(test)]
mod tests;
