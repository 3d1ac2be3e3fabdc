//! After Trunk: script files instead of inline script, so the app and the widget run under a strict
//! Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'`, no `'unsafe-inline'`).
//!
//! - Trunk's inline `<script type="module">` loader moves to `boot-<hash>.js`, referenced by `src`, on
//!   the customer's page and the agent portal's (merged under `agent/`).
//! - `widget.js` (from `src/widget/loader.js`) gets the hashed names of the widget's bindings and wasm
//!   module, copied beside it.

use std::path::Path;

const WIDGET_TEMPLATE: &str = include_str!("../../src/widget/loader.js");

/// Splits Trunk's inline module script out of `html`: the page with a `src` reference instead, and the
/// script's text. `None` when there is no inline module script (already split).
pub fn split_boot(html: &str, public_url: &str) -> Option<(String, String)> {
    let open = "<script type=\"module\">";
    let start = html.find(open)?;
    let body_start = start + open.len();
    let end = body_start + html[body_start..].find("</script>")?;
    let script = html[body_start..end].trim().to_string() + "\n";
    let tag = format!(
        "<script type=\"module\" src=\"{public_url}{}\"></script>",
        boot_name(&script)
    );
    let page = format!(
        "{}{tag}{}",
        &html[..start],
        &html[end + "</script>".len()..]
    );
    Some((page, script))
}

/// The `boot-<hash>.js` name `split_boot` gives `script`.
pub fn boot_name(script: &str) -> String {
    format!("boot-{:016x}.js", fnv1a(script.as_bytes()))
}

/// The bindings (`*.js`) and module (`*_bg.wasm`) file names Trunk's loader imports.
pub fn module_names(boot: &str) -> Option<(String, String)> {
    let file = |suffix: &str| {
        let end = boot.find(suffix)? + suffix.len();
        let start = boot[..end].rfind('/')? + 1;
        Some(boot[start..end].to_string())
    };
    Some((
        file(".js'")?.trim_end_matches('\'').to_string(),
        file("_bg.wasm")?,
    ))
}

pub fn widget_loader(bindings: &str, wasm: &str) -> String {
    WIDGET_TEMPLATE
        .replace("__HOSTWAY_BINDGEN__", bindings)
        .replace("__HOSTWAY_WASM__", wasm)
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Moves a page's inline loader to `boot-<hash>.js` beside it (served under `public_url`); returns the
/// loader's text.
fn split_page(dir: &Path, public_url: &str) -> Result<String, String> {
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| io(&index, e))?;
    let (page, boot) = split_boot(&html, public_url)
        .ok_or_else(|| format!("{}: no inline module script from Trunk", index.display()))?;
    let boot_path = dir.join(boot_name(&boot));
    std::fs::write(&boot_path, &boot).map_err(|e| io(&boot_path, e))?;
    std::fs::write(&index, page).map_err(|e| io(&index, e))?;
    Ok(boot)
}

fn io(p: &Path, e: std::io::Error) -> String {
    format!("{}: {e}", p.display())
}

/// Merges the entry points' builds into `dist` (the customer's): `index.html` without inline script
/// and its `boot-<hash>.js`; the agent portal's build under `agent/`, likewise; the widget's module
/// and bindings beside `widget.js`, which names them.
pub fn write(dist: &Path, agent: &Path, widget: &Path) -> Result<(), String> {
    split_page(dist, "/")?;
    split_page(agent, "/agent/")?;
    let into = dist.join("agent");
    if into.exists() {
        std::fs::remove_dir_all(&into).map_err(|e| io(&into, e))?;
    }
    copy_dir(agent, &into)?;
    let boot = split_page(widget, "/")?;
    let (bindings, wasm) = module_names(&boot)
        .ok_or_else(|| format!("Trunk's loader names no bindings/wasm: {boot}"))?;
    for file in [&bindings, &wasm] {
        std::fs::copy(widget.join(file), dist.join(file)).map_err(|e| io(&widget.join(file), e))?;
    }
    let loader = dist.join("widget.js");
    std::fs::write(&loader, widget_loader(&bindings, &wasm)).map_err(|e| io(&loader, e))?;
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| io(to, e))?;
    for entry in std::fs::read_dir(from).map_err(|e| io(from, e))?.flatten() {
        let path = entry.path();
        if path.is_file() {
            std::fs::copy(&path, to.join(entry.file_name())).map_err(|e| io(&path, e))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<head>\n<script type=\"module\">\nimport init, * as bindings from '/hostway-order-7263.js';\nconst wasm = await init({ module_or_path: '/hostway-order-7263_bg.wasm' });\n</script>\n<link rel=\"modulepreload\" href=\"/hostway-order-7263.js\"></head>";

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
    fn the_widget_loader_names_the_hashed_files() {
        let (_, boot) = split_boot(TRUNK, "/").unwrap();
        let (bindings, wasm) = module_names(&boot).unwrap();
        assert_eq!(bindings, "hostway-order-7263.js");
        assert_eq!(wasm, "hostway-order-7263_bg.wasm");
        let js = widget_loader(&bindings, &wasm);
        assert!(js.contains("from \"./hostway-order-7263.js\""));
        assert!(js.contains("new URL(\"./hostway-order-7263_bg.wasm\", import.meta.url)"));
        assert!(!js.contains("__HOSTWAY_"));
    }
}
