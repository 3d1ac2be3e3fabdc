//! The catalogues against each other and against the code: no key missing from a locale, none a
//! locale has that English lacks, the same placeholders everywhere, and every key used by the code.

#[path = "parse.rs"]
mod parse;

use super::*;

const LOCALES: [(&str, &str); 3] = [
    ("de", include_str!("de.txt")),
    ("nl", include_str!("nl.txt")),
    ("fr", include_str!("fr.txt")),
];

fn english() -> Vec<parse::Entry> {
    parse::parse(include_str!("en.txt")).expect("en.txt reads")
}

#[test]
fn every_locale_has_every_key_and_no_other() {
    let en = english();
    assert_eq!(en.iter().filter(|e| e.translated()).count(), SLOTS);
    let mut problems = Vec::new();
    for (lang, file) in LOCALES {
        match parse::parse(file).map(|o| parse::in_order_of(&en, &o)) {
            Ok(Ok(texts)) => assert_eq!(texts.len(), SLOTS),
            Ok(Err(p)) => problems.extend(p.into_iter().map(|p| format!("{lang}.txt: {p}"))),
            Err(e) => problems.push(format!("{lang}.txt: {e}")),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The switcher offers exactly the locales that have a catalogue.
    let spoken: Vec<&str> = choice::SPOKEN.iter().map(|(l, _)| *l).collect();
    let files: Vec<&str> = std::iter::once("en")
        .chain(LOCALES.iter().map(|(l, _)| *l))
        .collect();
    assert_eq!(spoken, files);
}

/// The sources of the workspace's apps (`src/`, this crate's parent): the Rust files but the generated
/// keys, and the scripts and pages, which say a key before a module has loaded (`"boot.slow"`).
fn sources(dir: &std::path::Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else {
            source(&path, out);
        }
    }
}

fn source(path: &std::path::Path, out: &mut String) {
    if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n/tests.rs") {
        out.push_str(&std::fs::read_to_string(path).unwrap());
    } else if path.extension().is_some_and(|e| e == "js" || e == "html") {
        let text = std::fs::read_to_string(path).unwrap();
        // A script's or a page's `"section.name"`, said as the Rust path `section::NAME`.
        for quoted in text.split('"').skip(1).step_by(2) {
            if let Some((section, name)) = quoted.split_once('.') {
                out.push_str(&format!(" {section}::{} ", name.to_uppercase()));
            }
        }
    }
}

#[test]
fn every_key_is_used_by_the_code() {
    let mut code = String::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    sources(&root.join(".."), &mut code);
    // The customer's page is at the workspace's root.
    let page = root.join("../../index.html");
    source(&page, &mut code);
    let unused: Vec<String> = english()
        .iter()
        .filter(|e| e.form.as_deref() != Some("other"))
        .map(|e| {
            let (section, name) = e.key.split_once('.').unwrap();
            format!("{section}::{}", name.to_uppercase())
        })
        .filter(|path| {
            !code.match_indices(path.as_str()).any(|(i, _)| {
                !code[i + path.len()..].starts_with(|c: char| c == '_' || c.is_ascii_alphanumeric())
            })
        })
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
}

#[test]
fn english_is_compiled_in_and_plurals_follow_the_count() {
    assert_eq!(catalog::TITLE.text(), "Order hosting services");
    assert_eq!(catalog::COUNT.count(1), "1 product");
    assert_eq!(catalog::COUNT.count(4), "4 products");
    assert_eq!(
        catalog::FROM.fill(&[("price", "$8.99"), ("period", "per month")]),
        "from $8.99 per month"
    );
    assert_eq!(locale(), "en");
    // Braces that are no placeholder of the call stay as they are.
    assert_eq!(fill("a {x} {y} {".into(), &[("x", "1")]), "a 1 {y} {");
    assert_eq!(catalog::COUNT.fill(3, &[]), "3 products");
}

#[test]
fn the_pseudo_locale_marks_every_text_and_keeps_placeholders() {
    assert_eq!(parse::pseudo("Choose"), "[Çhöösé ~~]");
    let p = parse::pseudo("{n} products");
    assert!(p.starts_with("[{n} ") && p.ends_with(']'), "{p}");
    assert_eq!(parse::placeholders(&p), vec!["n".to_string()]);
}

#[test]
fn a_locale_missing_a_key_or_a_placeholder_is_named() {
    let en = parse::parse("a.b = one {x}\na.c = two").unwrap();
    let de = parse::parse("a.b = eins\na.d = drei").unwrap();
    let problems = parse::in_order_of(&en, &de).unwrap_err();
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems[0].contains("`a.b` has []"));
    assert!(problems[1].contains("`a.c` is missing"));
    assert!(problems[2].contains("`a.d` is not an English key"));
    // The agent portal's words are English only: no locale translates them, none may.
    let en = parse::parse("a.b = one\nagent.c = two").unwrap();
    assert_eq!(
        parse::in_order_of(&en, &parse::parse("a.b = eins").unwrap()),
        Ok(vec!["eins".to_string()])
    );
    let problems =
        parse::in_order_of(&en, &parse::parse("a.b = eins\nagent.c = zwei").unwrap()).unwrap_err();
    assert!(
        problems[0].contains("`agent.c` is spoken in English only"),
        "{problems:?}"
    );
    assert!(parse::parse("a.b = x\na.b = y").is_err());
    assert!(parse::parse("A.b = x").is_err());
}
