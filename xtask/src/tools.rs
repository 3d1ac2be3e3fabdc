//! Installs what the commands need when it is missing, and nothing when it is there:
//! the wasm32 target, trunk 0.21.14, wasm-bindgen-cli at exactly the Cargo.lock version (it brings
//! wasm-bindgen-test-runner), npm's binaryen (wasm-opt; Debian's is too old and breaks the output) into
//! target/tools/npm, and for tests Debian's chromium and chromium-driver.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::process::{cargo, output, run};

pub const TRUNK_VERSION: &str = "0.21.14";
pub const BINARYEN_NPM: &str = "binaryen@132.0.0";
/// npm packages the browser tests use: axe-core for the accessibility checks.
pub const TEST_NPM: &[&str] = &["axe-core@4.14.1"];
pub const NPM_DIR: &str = "target/tools/npm";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Where the tools are: a PATH that finds them first.
#[derive(Clone)]
pub struct Tools {
    pub path: OsString,
}

impl Tools {
    pub fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("PATH", &self.path);
        cmd
    }
}

fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
        .join("bin")
}

fn npm_bin() -> PathBuf {
    Path::new(NPM_DIR).join("node_modules").join(".bin")
}

/// Installs what is missing; `browser` adds chromium and chromedriver.
pub fn ensure_all(browser: bool) -> Result<Tools, String> {
    let bin = cargo_bin();
    let mut dirs = vec![
        bin.clone(),
        std::fs::canonicalize(".")
            .unwrap_or_default()
            .join(npm_bin()),
    ];
    dirs.extend(
        std::env::var_os("PATH")
            .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
            .unwrap_or_default(),
    );
    let path = std::env::join_paths(dirs).map_err(|e| e.to_string())?;
    let tools = Tools { path };

    ensure_wasm_target()?;
    ensure_cargo_tool(
        &tools,
        "trunk",
        TRUNK_VERSION,
        &["install", "--locked", &format!("trunk@{TRUNK_VERSION}")],
    )?;
    let wbg = wasm_bindgen_version()?;
    let crate_at = format!("wasm-bindgen-cli@{wbg}");
    if ensure_cargo_tool(
        &tools,
        "wasm-bindgen",
        &wbg,
        &["install", "--locked", "--force", &crate_at],
    )
    .is_err()
    {
        // `--locked` can fail on a dependency missing from the published lock file; retry without it.
        ensure_cargo_tool(
            &tools,
            "wasm-bindgen",
            &wbg,
            &["install", "--force", &crate_at],
        )?;
    }
    ensure_npm(&tools)?;
    if browser {
        ensure_browser()?;
    }
    Ok(tools)
}

/// twiggy (the wasm size profiler) for `cargo xtask bench --bytes`.
pub const TWIGGY_VERSION: &str = "0.8.0";

pub fn ensure_twiggy(tools: &Tools) -> Result<(), String> {
    ensure_cargo_tool(
        tools,
        "twiggy",
        TWIGGY_VERSION,
        &["install", "--locked", &format!("twiggy@{TWIGGY_VERSION}")],
    )
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed =
        output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// Installs `name` with `cargo <install_args>` unless `name --version` already reports `version`.
fn ensure_cargo_tool(
    tools: &Tools,
    name: &str,
    version: &str,
    install_args: &[&str],
) -> Result<(), String> {
    let reported = output(tools.command(name).arg("--version")).unwrap_or_default();
    if reported.split_whitespace().nth(1) == Some(version) {
        return Ok(());
    }
    println!(
        "xtask: installing {name} {version} (found: {})",
        if reported.is_empty() {
            "none"
        } else {
            &reported
        }
    );
    run(cargo().args(install_args))?;
    let reported = output(tools.command(name).arg("--version")).unwrap_or_default();
    if reported.split_whitespace().nth(1) == Some(version) {
        Ok(())
    } else {
        Err(format!(
            "{name} reports `{reported}` after installing {version}"
        ))
    }
}

/// The `wasm-bindgen` version in Cargo.lock: Trunk (offline) uses the one on PATH only if it matches.
pub fn wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string("Cargo.lock").map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
            {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen".into())
}

fn ensure_npm(tools: &Tools) -> Result<(), String> {
    let wanted: Vec<&str> = std::iter::once(BINARYEN_NPM)
        .chain(TEST_NPM.iter().copied())
        .collect();
    let have_all = wanted.iter().all(|spec| {
        let name = spec.rsplit_once('@').map_or(*spec, |(n, _)| n);
        Path::new(NPM_DIR)
            .join("node_modules")
            .join(name)
            .join("package.json")
            .exists()
    });
    if have_all && npm_bin().join("wasm-opt").exists() {
        return Ok(());
    }
    std::fs::create_dir_all(NPM_DIR).map_err(|e| e.to_string())?;
    let mut cmd = tools.command("npm");
    cmd.args([
        "install",
        "--prefix",
        NPM_DIR,
        "--no-audit",
        "--no-fund",
        "--no-save",
        "--loglevel",
        "error",
    ]);
    cmd.args(&wanted);
    run(&mut cmd)
}

/// Browser tests also run the deployment recipes (deploy/) through real nginx, and `caddy validate`
/// checks the Caddyfile.
pub const NGINX: &str = "/usr/sbin/nginx";
pub const CADDY: &str = "/usr/bin/caddy";

fn ensure_browser() -> Result<(), String> {
    if [CHROMIUM, CHROMEDRIVER, NGINX, CADDY]
        .iter()
        .all(|p| Path::new(p).exists())
    {
        return Ok(());
    }
    println!("xtask: installing Debian chromium, chromium-driver, nginx and caddy");
    let root = output(Command::new("id").arg("-u")).as_deref() == Some("0");
    let apt = |args: &[&str]| {
        let mut cmd = if root {
            Command::new("apt-get")
        } else {
            Command::new("sudo")
        };
        if !root {
            cmd.args(["-n", "apt-get"]);
        }
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut cmd)
    };
    apt(&["update"])?;
    apt(&[
        "install",
        "-y",
        "--no-install-recommends",
        "chromium",
        "chromium-driver",
        "nginx",
        "caddy",
    ])
}
