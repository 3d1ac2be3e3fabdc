//! The locales' strings beside the app: for each locale of `src/core/i18n` but English (which every
//! module has built in), `i18n-<lang>-<hash>.json`, its texts in the order of English's keys (the slots
//! the modules read), and the pseudo-locale `en-XA` made from English, which marks every string that
//! comes from the catalogue (a test shows that no view has a literal left). Named by content, so they
//! are cached like the modules.

use std::path::Path;

#[path = "../../src/core/i18n/parse.rs"]
mod parse;

/// The locales with a catalogue beside English's.
pub const LOCALES: [(&str, &str); 3] = [
    ("de", include_str!("../../src/core/i18n/de.txt")),
    ("nl", include_str!("../../src/core/i18n/nl.txt")),
    ("fr", include_str!("../../src/core/i18n/fr.txt")),
];
const ENGLISH: &str = include_str!("../../src/core/i18n/en.txt");
/// The pseudo-locale's tag (a private-use region, as Android and Chromium name theirs).
pub const PSEUDO: &str = "en-XA";

/// Each locale's `(tag, strings as JSON)`, the pseudo-locale last; an error names what a locale lacks.
pub fn bundles() -> Result<Vec<(String, String)>, String> {
    let english = parse::parse(ENGLISH).map_err(|e| format!("en.txt: {e}"))?;
    let mut out = Vec::new();
    for (lang, file) in LOCALES {
        let entries = parse::parse(file).map_err(|e| format!("{lang}.txt: {e}"))?;
        let texts = parse::in_order_of(&english, &entries)
            .map_err(|p| format!("{lang}.txt:\n  {}", p.join("\n  ")))?;
        out.push((lang.to_string(), json(&texts)));
    }
    let pseudo: Vec<String> = english
        .iter()
        .filter(|e| e.translated())
        .map(|e| parse::pseudo(&e.text))
        .collect();
    out.push((PSEUDO.to_string(), json(&pseudo)));
    Ok(out)
}

/// The keys the pages' scripts say before a module has loaded (`BOOT_WORDS` in `src/handover.js`):
/// the static frame's (`data-hostway-word`, `data-hostway-label` in the pages) and the lines that say
/// the code could not load.
pub const BOOT_KEYS: [&str; 10] = [
    "page.skip",
    "page.main_nav",
    "page.catalog",
    "page.your_order",
    "page.agents",
    "page.loading",
    "boot.slow",
    "boot.not_loaded",
    "boot.reload",
    "boot.widget_not_loaded",
];

/// The scripts' `BOOT_WORDS`: `{"en": {"page.loading": "Loading…", …}, "de": {…}, …}`, English's
/// only for a page that speaks English only (the agent portal).
pub fn boot_words(english_only: bool) -> Result<String, String> {
    let mut out = serde_json::Map::new();
    let locales =
        std::iter::once(("en", ENGLISH)).chain(LOCALES.into_iter().filter(|_| !english_only));
    for (lang, file) in locales {
        let entries = parse::parse(file).map_err(|e| format!("{lang}.txt: {e}"))?;
        let mut words = serde_json::Map::new();
        for key in BOOT_KEYS {
            let entry = entries
                .iter()
                .find(|e| e.id() == key)
                .ok_or_else(|| format!("{lang}.txt: `{key}` is missing"))?;
            words.insert(key.to_string(), entry.text.clone().into());
        }
        out.insert(lang.to_string(), words.into());
    }
    Ok(serde_json::Value::Object(out).to_string())
}

fn json(texts: &[String]) -> String {
    serde_json::to_string(texts).expect("strings serialize")
}

/// Writes the locales' files into `dist`; returns the loaders' map of tag to file name (a JSON object).
pub fn write(dist: &Path) -> Result<String, String> {
    let mut map = serde_json::Map::new();
    for (tag, strings) in bundles()? {
        let name = format!(
            "i18n-{tag}-{:016x}.json",
            crate::loaders::fnv1a(strings.as_bytes())
        );
        let path = dist.join(&name);
        std::fs::write(&path, strings).map_err(|e| format!("{}: {e}", path.display()))?;
        map.insert(tag, name.into());
    }
    Ok(serde_json::Value::Object(map).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scripts_words_are_each_locales_and_used_by_the_pages() {
        let all: serde_json::Value = serde_json::from_str(&boot_words(false).unwrap()).unwrap();
        assert_eq!(all["de"]["page.loading"], "Wird geladen…");
        assert_eq!(all.as_object().unwrap().len(), LOCALES.len() + 1);
        let english: serde_json::Value = serde_json::from_str(&boot_words(true).unwrap()).unwrap();
        assert_eq!(english.as_object().unwrap().len(), 1);
        // Each key is said by a page or a script, and each word a page marks is one of them.
        let pages = [
            include_str!("../../index.html"),
            include_str!("../../src/entries/agent.html"),
            include_str!("../../src/boot.js"),
            include_str!("../../src/widget/loader.js"),
            include_str!("../../src/handover.js"),
        ]
        .join("\n");
        for key in BOOT_KEYS {
            assert!(pages.contains(&format!("\"{key}\"")), "{key} is not used");
        }
        for mark in ["data-hostway-word=\"", "data-hostway-label=\""] {
            for marked in pages.split(mark).skip(1) {
                let key = marked.split('"').next().unwrap_or_default();
                assert!(BOOT_KEYS.contains(&key), "{key} is not one of BOOT_KEYS");
            }
        }
    }

    #[test]
    fn each_locale_has_a_string_for_every_slot() {
        let english = parse::parse(ENGLISH)
            .unwrap()
            .iter()
            .filter(|e| e.translated())
            .count();
        let bundles = bundles().unwrap();
        assert_eq!(bundles.len(), LOCALES.len() + 1);
        for (tag, strings) in bundles {
            let texts: Vec<String> = serde_json::from_str(&strings).unwrap();
            assert_eq!(texts.len(), english, "{tag}");
            assert!(texts.iter().all(|t| !t.is_empty()), "{tag}");
        }
    }
}
