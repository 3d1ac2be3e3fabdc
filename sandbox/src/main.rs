//! `hostway-sandbox`: command line → configuration → serve until Ctrl-C.

use clap::Parser;
use hostway_sandbox::Config;

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "hostway_sandbox=info,tower_http=warn".into()),
        )
        .init();
    let config = Config::parse();
    let origins = config.allow_origins.join(", ");
    let sandbox = match hostway_sandbox::start(config).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("hostway-sandbox: cannot start: {e}");
            std::process::exit(1);
        }
    };
    println!(
        "hostway-sandbox listening on http://{} (origins allowed: {})",
        sandbox.server.addr,
        if origins.is_empty() { "none" } else { &origins }
    );
    if sandbox.state.faults.settings().fail_rate > Some(0.0) {
        println!(
            "hostway-sandbox: 502s drawn with --fault-seed {}",
            sandbox.state.faults.seed()
        );
    }
    let _ = tokio::signal::ctrl_c().await;
    println!("hostway-sandbox: stopping");
    sandbox.stop().await;
}
