//! What each entry point costs on the wire: the files a first visit downloads, raw, gzip -9 and brotli
//! (quality 11), and the byte budget `cargo xtask test` holds them to. Their largest contributors by
//! crate are in `twiggy.rs`.

use std::io::Write;
use std::path::Path;

/// Each entry point's budget in gzip -9 bytes of its first visit: the measured size plus a small
/// margin, lowered as the bytes fall (see the README's "Quality bars"). The crate split (first stages
/// without Leptos's owner machinery) moved them: first stages −8 KB each, the apps +6 KB each. The
/// customer's language (one catalogue, chosen and fetched by the boot script, plural rules, the
/// footer's switcher) moved them up: first stages +2.8 to 4.3 KB, apps +4.5 to 6.7 KB. The apps' diet
/// (the README's lever table: light tasks, `Fresh`, no router) moved the apps down by 108 to 121 KB;
/// the customer's app in two modules (shop, checkout) moved it from 402,772 to 323,395 and 325,226,
/// the widget's flow likewise from 387,027 to 301,987 (its checkout 324,198); the portal in three
/// modules (its own pages, the shop and the checkout agents order through) from 474,383 to 254,259,
/// 325,633 and 327,104.
/// `customer` is what `/` loads (the catalog stage), `customer-app` what a link into the shop (products,
/// cart) adds, `customer-checkout` what going on from the cart adds;
/// `agent` is the portal's sign-in stage, `agent-app` what an accepted sign-in adds, `agent-shop` what
/// the catalog, a product or the cart adds, `agent-checkout` what the steps after the cart add;
/// `widget` is what a shop's page loads (the first stage), `widget-flow` what "Order now" adds,
/// `widget-checkout` what going on from the widget's cart adds.
pub const BUDGETS: [(&str, u64); 10] = [
    ("customer", 111_000),
    ("customer-app", 330_000),
    ("customer-checkout", 331_800),
    ("agent", 89_800),
    ("agent-app", 259_400),
    ("agent-shop", 332_100),
    ("agent-checkout", 333_600),
    ("widget", 71_000),
    ("widget-flow", 307_000),
    ("widget-checkout", 329_600),
];

/// One file of a first visit.
pub struct FileBytes {
    pub name: String,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

/// The files a page downloads: the page and what its head references by absolute path (stylesheets,
/// the boot script, the bindings and the module it preloads, the icon). Names are relative to `dist`.
fn page_files(dist: &Path, page: &str) -> Result<Vec<String>, String> {
    let html = std::fs::read_to_string(dist.join(page)).map_err(|e| format!("{page}: {e}"))?;
    let mut files = vec![page.to_string()];
    // What is downloaded is named in the head; the body's links (the static frame's) are pages.
    let head = &html[..html.find("</head>").unwrap_or(html.len())];
    for attr in ["href=\"/", "src=\"/"] {
        let mut rest = head;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            let name = &rest[..rest.find('"').unwrap_or(0)];
            if !name.is_empty() && !files.iter().any(|f| f == name) {
                files.push(name.to_string());
            }
        }
    }
    Ok(files)
}

/// The files a loader script names (`"./hostway-…"`) whose names start with `stem`.
fn named_in(dist: &Path, script: &str, stem: &str) -> Result<Vec<String>, String> {
    let js = std::fs::read_to_string(dist.join(script)).map_err(|e| format!("{script}: {e}"))?;
    let mut files: Vec<String> = Vec::new();
    let mut rest = js.as_str();
    while let Some(i) = rest.find("\"./") {
        rest = &rest[i + 3..];
        let name = &rest[..rest.find('"').unwrap_or(0)];
        if name.starts_with(stem) && !files.iter().any(|f| f == name) {
            files.push(name.to_string());
        }
    }
    Ok(files)
}

/// The widget's files: `widget.js` and the bindings and module of its first stage (`part: None`), or
/// those of a module of the flow it loads later (`Some("hostway-widget-flow-")`: the product form and
/// the cart, when the customer starts ordering; `Some("hostway-widget-checkout-")`: what follows).
fn widget_files(dist: &Path, part: Option<&str>) -> Result<Vec<String>, String> {
    const LATER: [&str; 2] = ["hostway-widget-flow-", "hostway-widget-checkout-"];
    let named = named_in(dist, "widget.js", "hostway-widget-")?;
    let mut files = match part {
        Some(_) => Vec::new(),
        None => vec!["widget.js".to_string()],
    };
    files.extend(named.into_iter().filter(|n| match part {
        Some(stem) => n.starts_with(stem),
        None => !LATER.iter().any(|later| n.starts_with(later)),
    }));
    Ok(files)
}

/// A staged page's whole app (`stem`), named by the page's boot script: what the hand-over from the
/// stage adds.
fn app_files(dist: &Path, page: &str, stem: &str) -> Result<Vec<String>, String> {
    let boot = page_files(dist, page)?
        .into_iter()
        .find(|f| f.rsplit('/').next().is_some_and(|n| n.starts_with("boot-")))
        .ok_or_else(|| format!("{page} references no boot script"))?;
    let dir = Path::new(&boot).parent().unwrap_or(Path::new(""));
    Ok(named_in(dist, &boot, stem)?
        .into_iter()
        .map(|n| dir.join(n).to_string_lossy().into_owned())
        .collect())
}

/// The locales' strings (`i18n-<lang>-<hash>.json`): each is what a visitor in that language downloads
/// beside a first stage or an app (once: the file is cached); English adds nothing.
fn locale_files(dist: &Path) -> Result<Vec<String>, String> {
    let mut files: Vec<String> = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.starts_with("i18n-") && n.ends_with(".json"))
        .collect();
    files.sort();
    Ok(files)
}

/// The files of entry point `entry` (`customer`, `customer-app`, `customer-checkout`, `agent`,
/// `agent-app`, `agent-shop`, `agent-checkout`, `widget`, `widget-flow`, `widget-checkout`).
pub fn entry_files(dist: &Path, entry: &str) -> Result<Vec<String>, String> {
    match entry {
        "customer" => page_files(dist, "index.html"),
        "customer-app" => app_files(dist, "index.html", "hostway-order-"),
        "customer-checkout" => app_files(dist, "index.html", "hostway-checkout-"),
        "agent-app" => app_files(dist, "agent/index.html", "hostway-agent-"),
        "agent-shop" => app_files(dist, "agent/index.html", "hostway-on-behalf-").map(|files| {
            files
                .into_iter()
                .filter(|f| !f.contains("-checkout-"))
                .collect()
        }),
        "agent-checkout" => app_files(dist, "agent/index.html", "hostway-on-behalf-checkout-"),
        "agent" => page_files(dist, "agent/index.html"),
        "widget-flow" => widget_files(dist, Some("hostway-widget-flow-")),
        "widget-checkout" => widget_files(dist, Some("hostway-widget-checkout-")),
        "locales" => locale_files(dist),
        _ => widget_files(dist, None),
    }
}

fn gzip9(bytes: &[u8]) -> Result<u64, String> {
    let mut child = std::process::Command::new("gzip")
        .args(["-9", "-n", "-c"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("gzip: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("gzip: no stdin")?;
    let input = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().map_err(|e| format!("gzip: {e}"))?;
    writer
        .join()
        .map_err(|_| "gzip: writer panicked")?
        .map_err(|e| format!("gzip: {e}"))?;
    Ok(out.stdout.len() as u64)
}

/// Brotli at quality 11, window 22: what `precompress` writes and a CDN serves.
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

/// Measures the files of `entry`. A copy the build precompressed (`name.gz`, `name.br`, written by the
/// same gzip -9 and brotli settings) is measured as it is, when it is newer than the file: compressing
/// a megabyte at brotli's quality 11 again takes seconds.
pub fn measure(dist: &Path, entry: &str) -> Result<Vec<FileBytes>, String> {
    entry_files(dist, entry)?
        .into_iter()
        .map(|name| {
            let path = dist.join(&name);
            let bytes = std::fs::read(&path).map_err(|e| format!("{name}: {e}"))?;
            let copy = |ext: &str| {
                let copy = path.with_file_name(format!("{}.{ext}", path.file_name()?.to_str()?));
                let (m, c) = (path.metadata().ok()?, copy.metadata().ok()?);
                (c.modified().ok()? >= m.modified().ok()?).then_some(c.len())
            };
            Ok(FileBytes {
                raw: bytes.len() as u64,
                gzip: copy("gz").map_or_else(|| gzip9(&bytes), Ok)?,
                brotli: copy("br").unwrap_or_else(|| brotli(&bytes).len() as u64),
                name,
            })
        })
        .collect()
}

/// The per-file table of `entry`, with its total.
pub fn table(entry: &str, files: &[FileBytes]) -> String {
    let mut t = format!(
        "{entry}:\n  {:<48} {:>10} {:>10} {:>10}\n",
        "file", "raw", "gzip -9", "brotli"
    );
    for f in files {
        t.push_str(&format!(
            "  {:<48} {:>10} {:>10} {:>10}\n",
            f.name, f.raw, f.gzip, f.brotli
        ));
    }
    let sum = |k: fn(&FileBytes) -> u64| files.iter().map(k).sum::<u64>();
    t.push_str(&format!(
        "  {:<48} {:>10} {:>10} {:>10}\n",
        "total",
        sum(|f| f.raw),
        sum(|f| f.gzip),
        sum(|f| f.brotli)
    ));
    t
}

/// Checks every entry point against its budget; the error carries the tables of those over it.
pub fn check_budgets(dist: &Path) -> Result<String, String> {
    let mut report = String::new();
    let mut over = Vec::new();
    for (entry, budget) in BUDGETS {
        let files = measure(dist, entry)?;
        let gzip: u64 = files.iter().map(|f| f.gzip).sum();
        let line = format!("{entry}: {gzip} B gzip -9 (budget {budget} B)\n");
        report.push_str(&line);
        if gzip > budget {
            over.push(format!("{line}{}", table(entry, &files)));
        }
    }
    if over.is_empty() {
        Ok(report)
    } else {
        Err(format!(
            "over the byte budget:\n{}\nlower the bytes, or raise the budget in xtask/src/bytes.rs with a reason in the commit",
            over.join("\n")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_downloads_what_it_references() {
        let dir = std::env::temp_dir().join(format!("xtask-bytes-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("agent")).unwrap();
        std::fs::write(
            dir.join("agent/index.html"),
            r#"<head><link rel="stylesheet" href="/agent/a-1.css"><script type="module" src="/agent/boot-2.js"></script><link rel="modulepreload" href="/agent/hostway-agent-3.js"></head><body><a href="/order/items">a page, not a download</a></body>"#,
        )
        .unwrap();
        assert_eq!(
            entry_files(&dir, "agent").unwrap(),
            [
                "agent/index.html",
                "agent/a-1.css",
                "agent/hostway-agent-3.js",
                "agent/boot-2.js"
            ]
        );
        std::fs::write(
            dir.join("widget.js"),
            r#"import init, { mountFirst } from "./hostway-widget-9.js"; await init({ module_or_path: new URL("./hostway-widget-9_bg.wasm", import.meta.url) }); new URL("./hostway-widget-flow-8.js", import.meta.url); new URL("./hostway-widget-flow-8_bg.wasm", import.meta.url)"#,
        )
        .unwrap();
        assert_eq!(
            entry_files(&dir, "widget").unwrap(),
            [
                "widget.js",
                "hostway-widget-9.js",
                "hostway-widget-9_bg.wasm"
            ]
        );
        assert_eq!(
            entry_files(&dir, "widget-flow").unwrap(),
            ["hostway-widget-flow-8.js", "hostway-widget-flow-8_bg.wasm"]
        );
        let _ = std::fs::remove_dir_all(dir);
    }
}
