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
    pub html: &'static str,
    pub dist: &'static str,
    pub public_url: &'static str,
}

pub const ENTRIES: [Entry; 6] = [
    Entry {
        name: "customer",
        bin: "hostway-catalog",
        html: "index.html",
        dist: DIST,
        public_url: "/",
    },
    Entry {
        name: "customer-app",
        bin: "hostway-order",
        html: "src/entries/app.html",
        dist: "target/dist-app",
        public_url: "/",
    },
    Entry {
        name: "agent",
        bin: "hostway-sign-in",
        html: "src/entries/agent.html",
        dist: "target/dist-agent",
        public_url: "/agent/",
    },
    Entry {
        name: "agent-app",
        bin: "hostway-agent",
        html: "src/entries/agent-app.html",
        dist: "target/dist-agent-app",
        public_url: "/agent/",
    },
    Entry {
        name: "widget",
        bin: "hostway-widget",
        html: "src/entries/widget.html",
        dist: "target/dist-widget",
        public_url: "/",
    },
    Entry {
        name: "widget-flow",
        bin: "hostway-widget-flow",
        html: "src/entries/widget-flow.html",
        dist: "target/dist-widget-flow",
        public_url: "/",
    },
];

/// Builds every entry point and merges them into target/dist: the customer's app at the root, the
/// agent portal under `agent/`, the widget's two modules (first stage, flow) beside `widget.js`. Writes `api_base` into each
/// page's `<meta name="hostway-api-base">` when given.
pub fn build(tools: &Tools, release: bool, api_base: Option<&str>) -> Result<PathBuf, String> {
    for entry in &ENTRIES {
        println!(
            "xtask: building the {} entry point ({})",
            entry.name, entry.html
        );
        let mut cmd = tools.command("trunk");
        cmd.args([
            "build",
            entry.html,
            "--dist",
            entry.dist,
            "--public-url",
            entry.public_url,
        ]);
        if release {
            cmd.arg("--release");
        }
        run(&mut cmd)?;
    }
    let dist = std::fs::canonicalize(DIST).map_err(|e| format!("{DIST}: {e}"))?;
    crate::loaders::write(
        &dist,
        Path::new(ENTRIES[1].dist),
        Path::new(ENTRIES[2].dist),
        Path::new(ENTRIES[3].dist),
        Path::new(ENTRIES[4].dist),
        Path::new(ENTRIES[5].dist),
    )?;
    precompress(&dist)?;
    precompress(&dist.join("agent"))?;
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
        if ["js", "wasm", "css"].contains(&ext) {
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
