//! `cargo xtask bench`: the release build's performance figures on this machine (bytes of a first visit,
//! cold load → catalog interactive, a full order with injected latency, status polling). The browser
//! work is the `bench` binary of the e2e crate, which drives headless Chromium.

use crate::app::build;
use crate::process::{cargo, run};
use crate::test::CHROME_ARGS;
use crate::tools::{ensure_all, CHROMEDRIVER};

#[derive(clap::Args)]
pub struct BenchArgs {
    /// Latency added to every API call for the order measured with latency, in ms.
    #[arg(long, default_value_t = 200)]
    latency_ms: u32,
    /// Runs per figure (medians are printed).
    #[arg(long, default_value_t = 5)]
    runs: u32,
    /// Print each order's API requests with their start and end.
    #[arg(long)]
    list_requests: bool,
    /// Bytes only, no browser: per entry point, each file's raw, gzip -9 and brotli bytes, and the
    /// largest contributors by crate (twiggy, installed when missing).
    #[arg(long)]
    bytes: bool,
    /// Only the Slow 4G figures of each surface (and what its next step costs).
    #[arg(long)]
    slow_4g: bool,
}

pub fn run_bench(args: &BenchArgs) -> Result<(), String> {
    let tools = ensure_all(!args.bytes)?;
    let dist = build(&tools, true, None)?;
    if args.bytes {
        crate::tools::ensure_twiggy(&tools)?;
        for entry in &crate::app::ENTRIES {
            let files = crate::bytes::measure(&dist, entry.name)?;
            println!("\n{}", crate::bytes::table(entry.name, &files));
            println!("{}", crate::twiggy::profile(&tools, entry.bin, 15, 20)?);
        }
        // What a language adds: one of these files (English is built into the modules).
        let files = crate::bytes::measure(&dist, "locales")?;
        println!(
            "\n{}",
            crate::bytes::table("locales (each one file, fetched once)", &files)
        );
        return Ok(());
    }
    let (latency, runs) = (args.latency_ms.to_string(), args.runs.to_string());
    run(cargo()
        .args([
            "run",
            "--quiet",
            "-p",
            "hostway-e2e",
            "--bin",
            "bench",
            "--",
        ])
        .args(["--latency-ms", &latency, "--runs", &runs])
        .args(args.list_requests.then_some("--list-requests"))
        .args(args.slow_4g.then_some("--slow-4g-only"))
        .env("HOSTWAY_DIST", dist)
        .env("CHROMEDRIVER", CHROMEDRIVER)
        .env("HOSTWAY_CHROME_ARGS", CHROME_ARGS.join(" ")))
}
