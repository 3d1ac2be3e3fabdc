//! `cargo xtask bench`: the release build's performance figures on this machine (bytes of a first visit,
//! cold load → catalog interactive, a full order with injected latency, status polling). The browser
//! work is the `bench` binary of the e2e crate, which drives headless Chromium.

use crate::app::build;
use crate::process::{cargo, flag, run};
use crate::test::CHROME_ARGS;
use crate::tools::{ensure_all, CHROMEDRIVER};

pub fn run_bench(args: &[String]) -> Result<(), String> {
    let tools = ensure_all(true)?;
    let dist = build(&tools, true, None)?;
    let latency = flag(args, "--latency-ms").unwrap_or_else(|| "200".into());
    let runs = flag(args, "--runs").unwrap_or_else(|| "5".into());
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
        .args(args.iter().filter(|a| *a == "--list-requests"))
        .env("HOSTWAY_DIST", dist)
        .env("CHROMEDRIVER", CHROMEDRIVER)
        .env("HOSTWAY_CHROME_ARGS", CHROME_ARGS.join(" ")))
}
