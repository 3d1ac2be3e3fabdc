//! The boot scripts and widget.js as `write` fills them in.

use super::*;

const TRUNK: &str = "<head>\n<script type=\"module\">\nimport init, * as bindings from '/hostway-order-7263.js';\nconst wasm = await init({ module_or_path: '/hostway-order-7263_bg.wasm' });\n</script>\n<link rel=\"modulepreload\" href=\"/hostway-order-7263.js\"></head>";

#[test]
fn shipped_scripts_keep_their_code_and_drop_their_comments() {
    let js = "// a page comment\n/** A doc\n *  comment. */\nfunction f() {\n  // inside\n  return \"//not a comment\";\n}\n\n/* one line */\nf();\n";
    assert_eq!(
        shipped(js),
        "function f() {\nreturn \"//not a comment\";\n}\nf();\n"
    );
    let boot = staged_boot(
        &("s.js".into(), "s_bg.wasm".into()),
        &[("", ("a.js".into(), "a_bg.wasm".into()))],
        "^/$",
        ("{}", r#"{"en":{}}"#),
    );
    assert!(boot
        .lines()
        .all(|l| !l.starts_with("//") && !l.starts_with("/*")));
    assert!(boot.contains("function handover(load)") && boot.contains("a_bg.wasm"));
}

#[test]
fn the_inline_loader_becomes_a_file() {
    let (page, boot) = split_boot(TRUNK, "/").unwrap();
    assert!(!page.contains("import init"), "{page}");
    assert!(page.contains(&format!(
        "<script type=\"module\" src=\"/{}\"></script>",
        boot_name(&boot)
    )));
    assert!(page.contains("modulepreload"));
    assert!(boot.starts_with("import init"));
    assert!(
        split_boot(&page, "/").is_none(),
        "a split page has nothing left to split"
    );
}

#[test]
fn a_staged_boot_names_both_modules_and_replaces_trunks_loader() {
    let (_, trunk) = split_boot(TRUNK, "/").unwrap();
    let catalog = module_names(&trunk).unwrap();
    let app = (
        "hostway-order-1.js".to_string(),
        "hostway-order-1_bg.wasm".to_string(),
    );
    let checkout = (
        "hostway-checkout-2.js".to_string(),
        "hostway-checkout-2_bg.wasm".to_string(),
    );
    let boot = staged_boot(
        &catalog,
        &[(CHECKOUT_PATHS, checkout), ("", app)],
        "^/$",
        (r#"{"de":"i18n-de-1.json"}"#, r#"{"en":{}}"#),
    );
    assert!(boot.contains(r#"const LOCALE_FILES = {"de":"i18n-de-1.json"};"#));
    assert!(boot.contains("\"./hostway-order-7263.js\", \"./hostway-order-7263_bg.wasm\""));
    assert!(boot.contains(&format!(
        "[[{CHECKOUT_PATHS:?}, \"./hostway-checkout-2.js\", \"./hostway-checkout-2_bg.wasm\"], [\"\", \"./hostway-order-1.js\", \"./hostway-order-1_bg.wasm\"]]"
    )));
    assert!(
        boot.starts_with(shipped(HANDOVER).lines().next().unwrap())
            && boot.contains("function handover(load)"),
        "the shared hand-over comes first"
    );
    assert!(boot.contains("new RegExp(\"^/$\")"));
    assert!(!boot.contains("__HOSTWAY_"));
    let page = with_inline_script(TRUNK, &boot).unwrap();
    let (page, script) = split_boot(&page, "/").unwrap();
    assert_eq!(script.trim(), boot.trim());
    assert!(
        page.contains("modulepreload"),
        "the catalog stays preloaded"
    );
}

#[test]
fn the_widget_loader_names_the_hashed_files() {
    let (_, boot) = split_boot(TRUNK, "/").unwrap();
    let first = module_names(&boot).unwrap();
    assert_eq!(first.0, "hostway-order-7263.js");
    assert_eq!(first.1, "hostway-order-7263_bg.wasm");
    let flow = (
        "hostway-widget-flow-1.js".into(),
        "hostway-widget-flow-1_bg.wasm".into(),
    );
    let checkout = (
        "hostway-widget-checkout-2.js".into(),
        "hostway-widget-checkout-2_bg.wasm".into(),
    );
    let flows = [(CHECKOUT_PATHS, checkout), ("", flow)];
    let js = widget_loader(&first, &flows, ("{}", r#"{"en":{}}"#));
    assert!(
        js.contains("moduleLoader(\"./hostway-order-7263.js\", \"./hostway-order-7263_bg.wasm\")")
    );
    // Every stage loads through the shared loader (the flow's modules on demand, by a dynamic
    // import), each module of the flow with the places it draws.
    assert!(js.contains(&format!(
        "[[{CHECKOUT_PATHS:?}, \"./hostway-widget-checkout-2.js\", \"./hostway-widget-checkout-2_bg.wasm\"], [\"\", \"./hostway-widget-flow-1.js\", \"./hostway-widget-flow-1_bg.wasm\"]]"
    )));
    assert!(
        js.starts_with(shipped(HANDOVER).lines().next().unwrap())
            && js.contains("import(url.href)")
    );
    assert!(!js.contains("__HOSTWAY_"));
}
