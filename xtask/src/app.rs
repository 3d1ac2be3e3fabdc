//! Building the app with Trunk (offline: it uses the tools xtask installed) and filling the API base.

use std::path::{Path, PathBuf};

use hostway_sandbox::site::set_api_base;

use crate::process::run;
use crate::tools::{ensure_all, Tools};

pub const DIST: &str = "target/dist";

/// One Trunk build per audience (Trunk 0.21 builds one main rust link per HTML file): its page, its
/// own dist directory, and the URL path it is served under.
pub struct Entry {
    pub name: &'static str,
    /// The Cargo binary it runs.
    pub bin: &'static str,
    pub page: Page,
    pub dist: &'static str,
    pub public_url: &'static str,
}

/// What Trunk builds an entry from.
pub enum Page {
    /// A page of the site (a first stage's: served, with its frame, styles and boot script).
    Own(&'static str),
    /// A module loaded later by another page's boot script or by `widget.js`: only its wasm and
    /// bindings are used, so xtask writes the page Trunk needs, linking the binary of this manifest.
    Module(&'static str),
}

const APP: Page = Page::Module("Cargo.toml");
const DOM: Page = Page::Module("src/dom/Cargo.toml");

impl Entry {
    /// The HTML file Trunk builds this entry from (a module's is written first; see [`Page::Module`]).
    pub fn html(&self) -> Result<String, String> {
        let manifest = match self.page {
            Page::Own(page) => return Ok(page.to_string()),
            Page::Module(manifest) => manifest,
        };
        let path = format!("target/entries/{}.html", self.name);
        let html = format!(
            r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <!-- Written by `cargo xtask` (xtask/src/app.rs) for Trunk, which builds one rust link per HTML
         file: only the module and its bindings are used, loaded by a page's boot script or widget.js. -->
    <title>Hostway {name} module</title>
    <link data-trunk rel="rust" href="../../{manifest}" data-bin="{bin}" data-wasm-opt="z" data-type="main">
  </head>
  <body></body>
</html>
"#,
            name = self.name,
            bin = self.bin
        );
        if std::fs::read_to_string(&path).ok().as_deref() != Some(html.as_str()) {
            std::fs::create_dir_all("target/entries").map_err(|e| e.to_string())?;
            std::fs::write(&path, html).map_err(|e| format!("{path}: {e}"))?;
        }
        Ok(path)
    }
}

pub const ENTRIES: [Entry; 10] = [
    Entry {
        name: "customer",
        bin: "hostway-catalog",
        page: Page::Own("index.html"),
        dist: DIST,
        public_url: "/",
    },
    Entry {
        name: "customer-app",
        bin: "hostway-order",
        page: APP,
        dist: "target/dist-app",
        public_url: "/",
    },
    Entry {
        name: "customer-checkout",
        bin: "hostway-checkout",
        page: APP,
        dist: "target/dist-checkout",
        public_url: "/",
    },
    Entry {
        name: "agent",
        bin: "hostway-sign-in",
        page: Page::Own("src/entries/agent.html"),
        dist: "target/dist-agent",
        public_url: "/agent/",
    },
    Entry {
        name: "agent-app",
        bin: "hostway-agent",
        page: APP,
        dist: "target/dist-agent-app",
        public_url: "/agent/",
    },
    Entry {
        name: "agent-shop",
        bin: "hostway-on-behalf",
        page: APP,
        dist: "target/dist-on-behalf",
        public_url: "/agent/",
    },
    Entry {
        name: "agent-checkout",
        bin: "hostway-on-behalf-checkout",
        page: APP,
        dist: "target/dist-on-behalf-checkout",
        public_url: "/agent/",
    },
    Entry {
        name: "widget",
        bin: "hostway-widget",
        page: DOM,
        dist: "target/dist-widget",
        public_url: "/",
    },
    Entry {
        name: "widget-flow",
        bin: "hostway-widget-flow",
        page: APP,
        dist: "target/dist-widget-flow",
        public_url: "/",
    },
    Entry {
        name: "widget-checkout",
        bin: "hostway-widget-checkout",
        page: APP,
        dist: "target/dist-widget-checkout",
        public_url: "/",
    },
];

/// Builds every entry point and merges them into target/dist: the customer's app (shop, checkout) at the root, the
/// agent portal under `agent/`, the widget's two modules (first stage, flow) beside `widget.js`. Writes `api_base` into each
/// page's `<meta name="hostway-api-base">` when given.
pub fn build(tools: &Tools, release: bool, api_base: Option<&str>) -> Result<PathBuf, String> {
    build_entries(tools, release, &ENTRIES.iter().collect::<Vec<_>>())?;
    assemble(api_base, true)
}

/// Where Trunk's own page of a staged entry is kept: the merge rewrites the page in place, and a later
/// merge (after rebuilding another entry only) starts again from Trunk's.
fn trunk_page(entry: &Entry) -> PathBuf {
    Path::new("target/trunk-pages").join(format!("{}.html", entry.name))
}

/// Runs Trunk for each of `entries`, in order.
pub fn build_entries(tools: &Tools, release: bool, entries: &[&Entry]) -> Result<(), String> {
    for entry in entries {
        let html = entry.html()?;
        println!("xtask: building the {} entry point ({html})", entry.name);
        let mut cmd = tools.command("trunk");
        cmd.args([
            "build",
            &html,
            "--dist",
            entry.dist,
            "--public-url",
            entry.public_url,
        ]);
        if release {
            cmd.arg("--release");
        }
        run(&mut cmd)?;
        let (page, kept) = (Path::new(entry.dist).join("index.html"), trunk_page(entry));
        if page.exists() {
            std::fs::create_dir_all("target/trunk-pages").map_err(|e| e.to_string())?;
            std::fs::copy(&page, &kept).map_err(|e| format!("{}: {e}", kept.display()))?;
        }
    }
    Ok(())
}

/// Merges the entries' builds into target/dist (see [`build`]); `precompressed`: with the gzip -9 and
/// brotli copies of each asset, else with none (a watch rebuild: a stale copy would be served).
pub fn assemble(api_base: Option<&str>, precompressed: bool) -> Result<PathBuf, String> {
    for entry in &ENTRIES[..] {
        let (kept, page) = (trunk_page(entry), Path::new(entry.dist).join("index.html"));
        if kept.exists() {
            std::fs::copy(&kept, &page).map_err(|e| format!("{}: {e}", page.display()))?;
        }
    }
    let dist = std::fs::canonicalize(DIST).map_err(|e| format!("{DIST}: {e}"))?;
    let locales = crate::i18n::write(&dist)?;
    let dir = |i: usize| Path::new(ENTRIES[i].dist);
    let (words, english) = (
        crate::i18n::boot_words(false)?,
        crate::i18n::boot_words(true)?,
    );
    crate::loaders::write(
        &dist,
        (dir(1), dir(2)),
        (dir(3), dir(4), dir(5), dir(6)),
        (dir(7), dir(8), dir(9)),
        (&locales, &words, &english),
    )?;
    for dir in [dist.clone(), dist.join("agent")] {
        if precompressed {
            precompress(&dir)?;
        } else {
            drop_precompressed(&dir)?;
        }
    }
    if let Some(base) = api_base {
        for page in [dist.join("index.html"), dist.join("agent/index.html")] {
            let html =
                std::fs::read_to_string(&page).map_err(|e| format!("{}: {e}", page.display()))?;
            std::fs::write(&page, set_api_base(&html, base))
                .map_err(|e| format!("{}: {e}", page.display()))?;
            println!("xtask: API base in {} is {base}", page.display());
        }
    }
    Ok(dist)
}

/// Removes the `.gz` and `.br` copies in `dir`.
fn drop_precompressed(dir: &Path) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for path in entries.flatten().map(|e| e.path()) {
        if path.extension().is_some_and(|x| x == "gz" || x == "br") {
            std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// Writes a gzip -9 copy (`name.gz`, no name or time stored, so the bytes are reproducible) and a
/// brotli copy (`name.br`, quality 11) beside each asset, for static hosts that serve precompressed
/// files (nginx `gzip_static`, Caddy `precompressed br gzip`, the dev server). The HTML is left alone:
/// deployers edit its API base tag.
fn precompress(dist: &Path) -> Result<(), String> {
    let entries = std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default();
        if ["js", "wasm", "css", "json"].contains(&ext) {
            run(std::process::Command::new("gzip")
                .args(["-9", "-n", "-k", "-f"])
                .arg(&path))?;
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let br = path.with_extension(format!("{ext}.br"));
            std::fs::write(&br, crate::bytes::brotli(&bytes))
                .map_err(|e| format!("{}: {e}", br.display()))?;
        }
    }
    Ok(())
}

/// The API base from `--api-base`, else `HOSTWAY_API_BASE`, else `default`.
pub fn api_base(flag: Option<String>, default: impl FnOnce() -> String) -> String {
    flag.or_else(|| {
        std::env::var("HOSTWAY_API_BASE")
            .ok()
            .filter(|v| !v.is_empty())
    })
    .unwrap_or_else(default)
}

#[derive(clap::Args)]
pub struct BuildArgs {
    /// The API base written into index.html: an absolute URL, or a path such as /api for the
    /// one-origin deployment (also HOSTWAY_API_BASE).
    #[arg(long)]
    api_base: Option<String>,
    /// A faster, unoptimised build.
    #[arg(long)]
    debug: bool,
}

pub fn build_command(args: &BuildArgs) -> Result<(), String> {
    let tools = ensure_all(false)?;
    let base = api_base(args.api_base.clone(), || "http://localhost:8081".into());
    let dist = build(&tools, !args.debug, Some(&base))?;
    println!("xtask: built {}", dist.display());
    Ok(())
}
