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
mod bytes;
mod dev;
mod i18n;
mod loaders;
mod process;
mod test;
mod tools;
mod twiggy;
mod watch;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// The project's two commands (`dev`, `test`) and their helpers. An unknown command or flag is an
/// error with the usage.
#[derive(Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask", about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the app and serve it on http://localhost:APP_PORT, the sandbox API on
    /// http://localhost:API_PORT and the demo storefront (embedding the widget) on
    /// http://127.0.0.1:SHOP_PORT, until Ctrl-C.
    Dev(dev::DevArgs),
    /// Every suite: fmt, clippy, caddy validate, unit and sandbox tests, component tests, release
    /// build, end-to-end tests; exits non-zero when anything fails.
    Test(test::TestArgs),
    /// A PNG of every view at 1280 and 375 px into target/screens, from the release build against the
    /// sandbox in headless Chromium.
    Screens(test::ScreensArgs),
    /// Release build into target/dist.
    Build(app::BuildArgs),
    /// The release build's performance figures, measured in headless Chromium against the sandbox.
    Bench(bench::BenchArgs),
    /// Install missing tools (wasm32 target, trunk, wasm-bindgen-cli, binaryen; --browser: chromium,
    /// chromedriver, nginx, caddy).
    Tools {
        #[arg(long)]
        browser: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = process::workspace_root();
    if let Err(e) = std::env::set_current_dir(&root) {
        eprintln!("xtask: cannot enter {}: {e}", root.display());
        return ExitCode::FAILURE;
    }
    let result = match cli.command {
        Command::Dev(args) => dev::run(args),
        Command::Test(args) => test::run(&args),
        Command::Screens(args) => test::screens(&args),
        Command::Build(args) => app::build_command(&args),
        Command::Bench(args) => bench::run_bench(&args),
        Command::Tools { browser } => tools::ensure_all(browser).map(|_| ()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
