//! `cargo xtask test`: every suite, each summary printed, non-zero exit when anything fails.

use std::path::Path;
use std::time::Instant;

use crate::app::build;
use crate::process::{self, cargo};
use crate::tools::{ensure_all, Tools, CHROMEDRIVER, NPM_DIR};

/// Chrome flags for this kind of machine (root, no GPU, closed network).
pub const CHROME_ARGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    // The browser's language, which the forms' first country follows (`en-US`: the United States).
    "--lang=en-US",
];

#[derive(clap::Args)]
pub struct TestArgs {
    /// Leave out the end-to-end browser tests (and the release build they need).
    #[arg(long)]
    skip_e2e: bool,
    /// Leave out the wasm-bindgen component tests.
    #[arg(long)]
    skip_wasm: bool,
}

pub fn run(args: &TestArgs) -> Result<(), String> {
    let (skip_e2e, skip_wasm) = (args.skip_e2e, args.skip_wasm);
    let tools = ensure_all(true)?;
    let mut results: Vec<(&str, Result<(), String>, f64)> = Vec::new();
    let mut step = |name: &'static str, f: &mut dyn FnMut() -> Result<(), String>| {
        println!("\n==> {name}");
        let started = Instant::now();
        let r = f();
        if let Err(e) = &r {
            eprintln!("xtask: {name}: {e}");
        }
        results.push((name, r, started.elapsed().as_secs_f64()));
    };

    step("rustfmt", &mut || {
        process::run(cargo().args(["fmt", "--all", "--", "--check"]))
    });
    step("clippy (native)", &mut || {
        process::run(cargo().args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]))
    });
    step("clippy (wasm32)", &mut || {
        process::run(cargo().args([
            "clippy",
            "-p",
            "hostway-order",
            "-p",
            "hostway-core",
            "-p",
            "hostway-dom",
            "--target",
            "wasm32-unknown-unknown",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]))
    });
    step(
        "no renderer below the apps (cargo tree of hostway-core, hostway-dom)",
        &mut || no_leptos_in(&["hostway-core", "hostway-dom"]),
    );
    step(
        "deployment recipes: caddy validate deploy/Caddyfile",
        &mut || {
            process::run(std::process::Command::new(crate::tools::CADDY).args([
                "validate",
                "--config",
                "deploy/Caddyfile",
                "--adapter",
                "caddyfile",
            ]))
        },
    );
    step("unit and sandbox tests", &mut || {
        process::run(cargo().args(["test", "--workspace", "--exclude", "hostway-e2e"]))
    });
    if !skip_wasm {
        step(
            "component tests (wasm-bindgen-test, headless Chromium)",
            &mut || wasm_tests(&tools),
        );
    }
    if !skip_e2e {
        let mut built = Ok(());
        step("release build", &mut || {
            built = build(&tools, true, None).map(|_| ());
            built.clone()
        });
        step("byte budget of each entry point (gzip -9)", &mut || {
            built
                .clone()
                .map_err(|_| "skipped: the release build failed".to_string())?;
            let dist = std::fs::canonicalize(crate::app::DIST).map_err(|e| e.to_string())?;
            crate::bytes::check_budgets(&dist).map(|report| print!("{report}"))
        });
        step(
            "end-to-end tests (WebDriver, headless Chromium)",
            &mut || {
                built
                    .clone()
                    .map_err(|_| "skipped: the release build failed".to_string())?;
                process::run(
                    cargo()
                        // Three tests side by side: each waits on its browser and servers most of
                        // the time; on two cores, four are no faster (measured: 157 s and 161 s).
                        .args(["test", "-p", "hostway-e2e", "--", "--test-threads=3"])
                        .env(
                            "HOSTWAY_DIST",
                            std::fs::canonicalize(crate::app::DIST).unwrap_or_default(),
                        )
                        .env("CHROMEDRIVER", CHROMEDRIVER)
                        .env("HOSTWAY_NGINX", crate::tools::NGINX)
                        .env("HOSTWAY_CHROME_ARGS", CHROME_ARGS.join(" ")),
                )
            },
        );
    }

    println!("\n==> summary");
    let failed = results.iter().filter(|(_, r, _)| r.is_err()).count();
    for (name, r, secs) in &results {
        println!(
            "  {:<7} {name} ({secs:.0} s)",
            if r.is_ok() { "ok" } else { "FAILED" }
        );
    }
    println!(
        "xtask test: {} steps ok, {failed} failed",
        results.len() - failed
    );
    if failed == 0 {
        Ok(())
    } else {
        Err(format!("{failed} step(s) failed"))
    }
}

/// `cargo xtask screens`: the release build, then a PNG of every view at 1280 and 375 px in
/// `target/screens/`, taken in headless Chromium against the sandbox (tests/e2e/tests/screens.rs).
#[derive(clap::Args)]
pub struct ScreensArgs {
    /// The browser's language (`de`, `nl`, `fr`, `en-XA`): the pictures go to target/screens-<locale>.
    #[arg(long)]
    locale: Option<String>,
}

pub fn screens(args: &ScreensArgs) -> Result<(), String> {
    let tools = ensure_all(true)?;
    build(&tools, true, None)?;
    let dir = match &args.locale {
        Some(locale) => format!("target/screens-{locale}"),
        None => "target/screens".into(),
    };
    let dir = Path::new(&dir);
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let dir = std::fs::canonicalize(dir).map_err(|e| e.to_string())?;
    process::run(
        cargo()
            .args([
                "test",
                "-p",
                "hostway-e2e",
                "--test",
                "screens",
                "--",
                "--ignored",
                "--test-threads=1",
            ])
            .env(
                "HOSTWAY_DIST",
                std::fs::canonicalize(crate::app::DIST).unwrap_or_default(),
            )
            .env("HOSTWAY_SCREENS", &dir)
            .env(
                "HOSTWAY_SCREENS_LOCALE",
                args.locale.as_deref().unwrap_or_default(),
            )
            .env("CHROMEDRIVER", CHROMEDRIVER)
            .env("HOSTWAY_CHROME_ARGS", CHROME_ARGS.join(" ")),
    )?;
    let pictures = std::fs::read_dir(&dir)
        .map_err(|e| e.to_string())?
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "png"))
        })
        .count();
    println!("xtask: {pictures} pictures in {}", dir.display());
    Ok(())
}

/// wasm-bindgen-test in headless Chromium through chromedriver, with this machine's Chrome flags.
fn wasm_tests(tools: &Tools) -> Result<(), String> {
    let config = Path::new(NPM_DIR)
        .parent()
        .unwrap_or(Path::new("target"))
        .join("webdriver.json");
    let extra: Vec<String> = CHROME_ARGS
        .iter()
        .filter(|a| !a.starts_with("--headless") && **a != "--no-sandbox")
        .map(|a| format!("\"{}\"", a.trim_start_matches("--")))
        .collect();
    std::fs::write(
        &config,
        format!(
            "{{\"goog:chromeOptions\": {{\"args\": [{}]}}}}",
            extra.join(", ")
        ),
    )
    .map_err(|e| e.to_string())?;
    let mut cmd = cargo();
    cmd.args([
        "test",
        "-p",
        "hostway-order",
        "--target",
        "wasm32-unknown-unknown",
        "--test",
        "components",
    ])
    .env("PATH", &tools.path)
    .env("CHROMEDRIVER", CHROMEDRIVER)
    .env(
        "WASM_BINDGEN_TEST_WEBDRIVER_JSON",
        std::fs::canonicalize(&config).map_err(|e| e.to_string())?,
    )
    .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
    process::run(&mut cmd)
}

/// Fails when Leptos (or its view or reactive crates) is in the dependency tree of any of `packages`:
/// the client and the first stages are kept free of it by their manifests, and this keeps the manifests.
fn no_leptos_in(packages: &[&str]) -> Result<(), String> {
    for package in packages {
        let tree = process::output(cargo().args([
            "tree",
            "-p",
            package,
            "-e",
            "normal",
            "--target",
            "wasm32-unknown-unknown",
            "--prefix",
            "none",
        ]))
        .ok_or(format!("cargo tree -p {package} failed"))?;
        let found: Vec<&str> = tree
            .lines()
            .filter(|l| {
                ["leptos", "tachys", "reactive_graph"]
                    .iter()
                    .any(|c| l.starts_with(c))
            })
            .collect();
        println!(
            "{package}: {} crates, none of Leptos's",
            tree.lines().count()
        );
        if !found.is_empty() {
            return Err(format!("{package} depends on {}", found.join(", ")));
        }
    }
    Ok(())
}
