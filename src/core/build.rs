//! Generates the catalogue's keys from `i18n/en.txt` (see `i18n/mod.rs`): for each section a module,
//! for each key a constant holding its slot in a locale's strings and its English text.

#[path = "i18n/parse.rs"]
#[allow(dead_code)]
mod parse;

use std::fmt::Write as _;

fn main() {
    println!("cargo::rerun-if-changed=i18n/en.txt");
    println!("cargo::rerun-if-changed=i18n/parse.rs");
    let file = std::fs::read_to_string("i18n/en.txt").expect("i18n/en.txt");
    let entries = parse::parse(&file).unwrap_or_else(|e| panic!("i18n/en.txt: {e}"));
    let mut sections: Vec<(String, String)> = Vec::new();
    // Each translated entry's slot in a locale's file; an English-only one has none (`usize::MAX`).
    let mut slots = 0;
    let mut i = 0;
    while i < entries.len() {
        let e = &entries[i];
        let slot = if e.translated() {
            slots += 1 + usize::from(e.form.is_some());
            (slots - 1 - usize::from(e.form.is_some())).to_string()
        } else {
            "usize::MAX".to_string()
        };
        let (section, name) = e.key.split_once('.').expect("section.name");
        let doc = e.text.replace('\n', " ");
        let item = match e.form.as_deref() {
            None => format!(
                "    /// {doc}\n    pub const {}: super::Text = super::Text({slot}, {:?});\n",
                name.to_uppercase(),
                e.text
            ),
            Some("one") => {
                let other = entries
                    .get(i + 1)
                    .filter(|o| o.key == e.key && o.form.as_deref() == Some("other"))
                    .unwrap_or_else(|| {
                        panic!("i18n/en.txt line {}: `.other` must follow `.one`", e.line)
                    });
                let item = format!(
                    "    /// {doc} / {}\n    pub const {}: super::Plural = super::Plural({slot}, {:?}, {:?});\n",
                    other.text,
                    name.to_uppercase(),
                    e.text,
                    other.text
                );
                i += 1;
                item
            }
            Some(_) => panic!("i18n/en.txt line {}: `.one` must come first", e.line),
        };
        match sections.iter_mut().find(|(s, _)| s == section) {
            Some((_, items)) => items.push_str(&item),
            None => sections.push((section.to_string(), item)),
        }
        i += 1;
    }
    let mut out = format!(
        "/// How many strings a locale's file holds.\npub const SLOTS: usize = {};\n",
        slots
    );
    for (section, items) in sections {
        let _ = write!(out, "pub mod {section} {{\n{items}}}\n");
    }
    let path = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("keys.rs");
    std::fs::write(path, out).expect("keys.rs");
}
