//! Building the app with Trunk (offline: it uses the tools xtask installed) and filling the API base.

use std::path::PathBuf;

use hostway_sandbox::site::set_api_base;

use crate::process::run;
use crate::tools::{ensure_all, Tools};

pub const DIST: &str = "target/dist";

/// Builds into target/dist; writes `api_base` into `<meta name="hostway-api-base">` when given.
pub fn build(tools: &Tools, release: bool, api_base: Option<&str>) -> Result<PathBuf, String> {
    let mut cmd = tools.command("trunk");
    cmd.arg("build");
    if release {
        cmd.arg("--release");
    }
    run(&mut cmd)?;
    let dist = std::fs::canonicalize(DIST).map_err(|e| format!("{DIST}: {e}"))?;
    crate::loaders::write(&dist)?;
    precompress(&dist)?;
    if let Some(base) = api_base {
        let index = dist.join("index.html");
        let html =
            std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
        std::fs::write(&index, set_api_base(&html, base))
            .map_err(|e| format!("{}: {e}", index.display()))?;
        println!("xtask: API base in {} is {base}", index.display());
    }
    Ok(dist)
}

/// Writes a gzip -9 copy (`name.gz`, no name or time stored, so the bytes are reproducible) beside each
/// asset, for static hosts that serve precompressed files (nginx `gzip_static`, Caddy `precompressed`).
/// The HTML is left alone: deployers edit its API base tag.
fn precompress(dist: &std::path::Path) -> Result<(), String> {
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
