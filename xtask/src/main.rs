//! `cargo xtask <command>`: the project's two commands and their helpers.
//!
//! - `dev`   install what is missing, build the app, serve it and the sandbox API on two origins.
//! - `test`  install what is missing, then fmt, clippy (native + wasm32), unit and sandbox tests,
//!   wasm-bindgen-test in headless Chromium, release build, browser end-to-end tests.
//! - `build` install what is missing and make the release build in target/dist.
//! - `bench` the release build's performance figures on this machine.
//! - `tools` only install what is missing.

mod app;
mod bench;
mod dev;
mod loaders;
mod process;
mod test;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <dev|test|build|tools> [options]

  dev    [--app-port 8080] [--api-port 8081] [--shop-port 8082] [--api-base URL] [--debug] [-- SANDBOX FLAGS…]
         Builds the app, serves it on http://localhost:APP_PORT, the sandbox API on
         http://localhost:API_PORT and the demo storefront (embedding the widget) on
         http://127.0.0.1:SHOP_PORT, until Ctrl-C. With --api-base, no sandbox is
         started and the app talks to that API. Sandbox flags after `--` (see hostway-sandbox --help).
  test   [--skip-e2e] [--skip-wasm]   Every suite; exits non-zero when anything fails.
  build  [--api-base URL] [--debug]   Release build into target/dist.
  bench  [--latency-ms 200] [--runs 5] [--list-requests]   Release build, then performance figures
         measured in headless Chromium against the sandbox on loopback (bytes, cold load, full order
         with latency, polling, keystrokes); --list-requests prints each order's API requests in time.
  tools  Install missing tools (wasm32 target, trunk, wasm-bindgen-cli, binaryen; --browser: chromium).

Environment: HOSTWAY_API_BASE (default API base written into the build).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = process::workspace_root();
    if let Err(e) = std::env::set_current_dir(&root) {
        eprintln!("xtask: cannot enter {}: {e}", root.display());
        return ExitCode::FAILURE;
    }
    let result = match args.first().map(String::as_str) {
        Some("dev") => dev::run(&args[1..]),
        Some("test") => test::run(&args[1..]),
        Some("build") => app::build_command(&args[1..]),
        Some("bench") => bench::run_bench(&args[1..]),
        Some("tools") => tools::ensure_all(args.iter().any(|a| a == "--browser")).map(|_| ()),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown command\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
