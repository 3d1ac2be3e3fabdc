//! After Trunk: script files instead of inline script, so the app and the widget run under a strict
//! Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'`, no `'unsafe-inline'`).
//!
//! - Trunk's inline `<script type="module">` loader moves to `boot-<hash>.js`, referenced by `src`, on
//!   the agent portal's page (merged under `agent/`).
//! - The customer's page gets `src/boot.js` instead, as its `boot-<hash>.js`: it names the catalog
//!   stage's module (Trunk's, preloaded by the page) and the whole app's, which it loads for any other
//!   path or when the catalog hands over.
//! - `widget.js` (from `src/widget/loader.js`) gets the hashed names of the bindings and wasm modules of
//!   the widget's two stages (the first stage and the ordering flow), copied beside it.

use std::path::Path;

const WIDGET_TEMPLATE: &str = include_str!("../../src/widget/loader.js");
const BOOT_TEMPLATE: &str = include_str!("../../src/boot.js");
/// What both templates use (loading a module once, the hand-over, fetching ahead): written above each.
const HANDOVER: &str = include_str!("../../src/handover.js");

/// A module's bindings and wasm file names.
type Module = (String, String);

/// The paths the customer's checkout draws (`checkout` in `src/lib.rs`, `CHECKOUT` in
/// `src/widget/mod.rs` over the widget's in-memory path): the steps after the cart and the order's
/// status. The shop (the widget's flow) draws the rest.
pub const CHECKOUT_PATHS: &str = "^/order/(account|contacts|payment|review)/?$|^/orders/[^/]+/?$";

/// The paths the agent portal's own module draws (`portal` in `src/lib.rs`): its accounts and
/// shortcuts. Its checkout draws [`CHECKOUT_PATHS`], the shop agents order on behalf through
/// (`hostway-on-behalf`) the rest.
pub const AGENT_PATHS: &str = "^/agent(/|$)";

/// A staged page's boot script, naming the stage's `(bindings, wasm)` and the app's modules, each with
/// the paths it draws (the last: the rest); the stage is loaded where the path matches `stage_paths`
/// (JavaScript regular expressions' sources). `locales`: the locales' files (`i18n::write`'s map; `{}`
/// for a page that speaks English only) and their words said before a module loads
/// (`i18n::boot_words`).
pub fn staged_boot(
    stage: &Module,
    apps: &[(&str, Module)],
    stage_paths: &str,
    (locales, words): (&str, &str),
) -> String {
    shipped(&[HANDOVER, BOOT_TEMPLATE].join("\n"))
        .replace("__HOSTWAY_LOCALES__", locales)
        .replace("__HOSTWAY_BOOT_WORDS__", words)
        .replace("__HOSTWAY_STAGE_BINDGEN__", &stage.0)
        .replace("__HOSTWAY_STAGE_WASM__", &stage.1)
        .replace("__HOSTWAY_APP_MODULES__", &modules(apps))
        .replace("__HOSTWAY_STAGE_PATHS__", stage_paths)
}

/// `html` with the inline module script's text replaced by `script`.
fn with_inline_script(html: &str, script: &str) -> Option<String> {
    let open = "<script type=\"module\">";
    let body_start = html.find(open)? + open.len();
    let end = body_start + html[body_start..].find("</script>")?;
    Some(format!("{}\n{script}{}", &html[..body_start], &html[end..]))
}

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

/// `widget.js`, naming the first stage's `(bindings, wasm)` and the flow's modules, each with the
/// places it draws (the last: the rest).
pub fn widget_loader(
    first: &Module,
    flows: &[(&str, Module)],
    (locales, words): (&str, &str),
) -> String {
    shipped(&[HANDOVER, WIDGET_TEMPLATE].join("\n"))
        .replace("__HOSTWAY_LOCALES__", locales)
        .replace("__HOSTWAY_BOOT_WORDS__", words)
        .replace("__HOSTWAY_FIRST_BINDGEN__", &first.0)
        .replace("__HOSTWAY_FIRST_WASM__", &first.1)
        .replace("__HOSTWAY_FLOW_MODULES__", &modules(flows))
}

/// A JavaScript array of `[paths, "./bindings", "./wasm"]`, one per module.
fn modules(list: &[(&str, Module)]) -> String {
    let each = list
        .iter()
        .map(|(paths, (bindings, wasm))| format!("[{paths:?}, \"./{bindings}\", \"./{wasm}\"]"))
        .collect::<Vec<_>>();
    format!("[{}]", each.join(", "))
}

/// `js` as shipped: without its comment lines (`// …` and `/* … */` blocks that start a line), blank
/// lines and indentation, which every visitor would otherwise download. Code lines are kept whole
/// (the templates have no multi-line strings), so what runs is what `src/` reads.
fn shipped(js: &str) -> String {
    let mut out = String::with_capacity(js.len());
    let mut in_block = false;
    for line in js.lines().map(str::trim) {
        if in_block {
            in_block = !line.contains("*/");
            continue;
        }
        if line.starts_with("/*") {
            in_block = !line.contains("*/");
            continue;
        }
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

pub fn fnv1a(bytes: &[u8]) -> u64 {
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

/// Copies a module-only build's bindings and wasm into `dist`; returns their names.
fn copy_module(build: &Path, dist: &Path) -> Result<(String, String), String> {
    let index = build.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| io(&index, e))?;
    let (_, boot) = split_boot(&html, "/")
        .ok_or_else(|| format!("{}: no inline module script from Trunk", index.display()))?;
    let (bindings, wasm) = module_names(&boot)
        .ok_or_else(|| format!("Trunk's loader names no bindings/wasm: {boot}"))?;
    for file in [&bindings, &wasm] {
        std::fs::copy(build.join(file), dist.join(file)).map_err(|e| io(&build.join(file), e))?;
    }
    Ok((bindings, wasm))
}

/// A staged page (`dir/index.html`, served under `url`): Trunk's loader (of the stage's module)
/// replaced by `src/boot.js`, which also names the app's modules (copied beside it from their builds,
/// each with the paths it draws), the stage's paths (`re`) and the `locales`; then split out into
/// `boot-<hash>.js`.
fn staged_page(
    dir: &Path,
    url: &str,
    apps: &[(&str, &Path)],
    re: &str,
    locales: (&str, &str),
) -> Result<(), String> {
    let apps = apps
        .iter()
        .map(|(paths, build)| Ok((*paths, copy_module(build, dir)?)))
        .collect::<Result<Vec<_>, String>>()?;
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| io(&index, e))?;
    let (_, trunk_loader) = split_boot(&html, "/")
        .ok_or_else(|| format!("{}: no inline module script from Trunk", index.display()))?;
    let catalog = module_names(&trunk_loader)
        .ok_or_else(|| format!("Trunk's loader names no bindings/wasm: {trunk_loader}"))?;
    let html = with_inline_script(&html, &staged_boot(&catalog, &apps, re, locales))
        .ok_or("index.html: no inline module script")?;
    std::fs::write(&index, html).map_err(|e| io(&index, e))?;
    split_page(dir, url).map(drop)
}

/// Merges the entry points' builds into `dist` (the customer's catalog stage): `index.html` with its
/// `boot-<hash>.js` and the app's two modules (shop, checkout) beside it; the agent portal's build
/// under `agent/`; the
/// modules and bindings of the widget's first stage and flow beside `widget.js`, which names them.
/// `locales`: the locales' files the customer's page and the widget may fetch (`i18n::write`'s map)
/// and the words their scripts say before a module loads (`i18n::boot_words`): every locale's, and
/// English's for the agent portal, which speaks English.
pub fn write(
    dist: &Path,
    (shop, checkout): (&Path, &Path),
    (agent, agent_app, agent_shop, agent_checkout): (&Path, &Path, &Path, &Path),
    (widget, widget_flow, widget_checkout): (&Path, &Path, &Path),
    (locales, words, english): (&str, &str, &str),
) -> Result<(), String> {
    let customer = [(CHECKOUT_PATHS, checkout), ("", shop)];
    staged_page(dist, "/", &customer, "^/$", (locales, words))?;
    let agents = [
        (AGENT_PATHS, agent_app),
        (CHECKOUT_PATHS, agent_checkout),
        ("", agent_shop),
    ];
    staged_page(agent, "/agent/", &agents, "^/agent", ("{}", english))?;
    let into = dist.join("agent");
    if into.exists() {
        std::fs::remove_dir_all(&into).map_err(|e| io(&into, e))?;
    }
    copy_dir(agent, &into)?;
    let first = copy_module(widget, dist)?;
    let flows = [
        (CHECKOUT_PATHS, copy_module(widget_checkout, dist)?),
        ("", copy_module(widget_flow, dist)?),
    ];
    let loader = dist.join("widget.js");
    std::fs::write(&loader, widget_loader(&first, &flows, (locales, words)))
        .map_err(|e| io(&loader, e))?;
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
mod tests;
