//! `cargo xtask dev`: build, then serve the app, the sandbox API and the demo storefront on three origins
//! until Ctrl-C.

use std::net::SocketAddr;

use hostway_sandbox::site::SiteConfig;
use hostway_sandbox::storefront::{self, StorefrontConfig};
use hostway_sandbox::{Config, Server};

use hostway_sandbox::live::Live;

use crate::app::{api_base, assemble, build, build_entries, ENTRIES};
use crate::tools::ensure_all;

#[derive(clap::Args)]
pub struct DevArgs {
    /// Port of the app (http://localhost:PORT).
    #[arg(long, default_value_t = 8080)]
    app_port: u16,
    /// Port of the sandbox API (http://localhost:PORT).
    #[arg(long, default_value_t = 8081)]
    api_port: u16,
    /// Port of the demo shop (http://127.0.0.1:PORT, another site).
    #[arg(long, default_value_t = 8082)]
    shop_port: u16,
    /// Talk to this API instead of starting the sandbox (also HOSTWAY_API_BASE).
    #[arg(long)]
    api_base: Option<String>,
    /// A faster, unoptimised build.
    #[arg(long)]
    debug: bool,
    /// Rebuild (debug) what a change under src/ or style/ affects and reload the open pages; the
    /// sandbox keeps running, and its data.
    #[arg(long)]
    watch: bool,
    /// Sandbox flags, after `--` (see hostway-sandbox --help).
    #[arg(last = true)]
    sandbox_args: Vec<String>,
}

pub fn run(args: DevArgs) -> Result<(), String> {
    let DevArgs {
        app_port,
        api_port,
        shop_port,
        debug,
        watch,
        sandbox_args,
        ..
    } = &args;
    let (app_port, api_port, shop_port) = (*app_port, *api_port, *shop_port);
    let external =
        args.api_base.is_some() || std::env::var("HOSTWAY_API_BASE").is_ok_and(|v| !v.is_empty());
    let base = api_base(args.api_base.clone(), || {
        format!("http://localhost:{api_port}")
    });
    let (release, watch) = (!debug && !watch, *watch);

    let tools = ensure_all(false)?;
    let dist = if watch {
        build_entries(&tools, false, &ENTRIES.iter().collect::<Vec<_>>())?;
        assemble(Some(&base), false)?
    } else {
        build(&tools, release, Some(&base))?
    };
    let live = watch.then(Live::default);

    let app_origin = format!("http://localhost:{app_port}");
    // The demo shop is on another site (127.0.0.1 is not localhost), as a real shop would be.
    let shop_origin = format!("http://127.0.0.1:{shop_port}");
    let mut sandbox_argv = vec![
        "hostway-sandbox".to_string(),
        "--listen".into(),
        format!("127.0.0.1:{api_port}"),
        "--allow-origin".into(),
        app_origin.clone(),
        "--allow-origin".into(),
        shop_origin.clone(),
    ];
    // The widget on the shop's page needs a cookie browsers keep in a third-party context. Pass
    // `-- --cookie-samesite lax` to see the widget's fallback instead.
    if !sandbox_args
        .iter()
        .any(|a| a.starts_with("--cookie-samesite"))
    {
        sandbox_argv.extend(
            [
                "--cookie-samesite",
                "none",
                "--cookie-secure",
                "--partitioned",
            ]
            .map(String::from),
        );
    }
    sandbox_argv.extend(sandbox_args.iter().cloned());
    let config =
        <Config as clap::Parser>::try_parse_from(&sandbox_argv).map_err(|e| e.to_string())?;

    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let sandbox = if external {
            None
        } else {
            Some(
                hostway_sandbox::start(config)
                    .await
                    .map_err(|e| format!("sandbox on port {api_port}: {e}"))?,
            )
        };
        let site = SiteConfig {
            dist,
            api_base: Some(base.clone()),
            csp: Some(hostway_sandbox::site::strict_csp(&base)),
            retry: None,
            live: live.as_ref().map(Live::version),
        };
        let listen: SocketAddr = ([127, 0, 0, 1], app_port).into();
        let app = hostway_sandbox::start_site(&site, listen)
            .await
            .map_err(|e| format!("app on port {app_port}: {e}"))?;
        let shop = storefront::router(StorefrontConfig {
            folders: vec![(String::new(), storefront::demo_dir())],
            app: app_origin.clone(),
            api: base.clone(),
        });
        let shop_listen: SocketAddr = ([127, 0, 0, 1], shop_port).into();
        let listener = tokio::net::TcpListener::bind(shop_listen)
            .await
            .map_err(|e| format!("demo shop on port {shop_port}: {e}"))?;
        let shop = Server::spawn(listener, shop).map_err(|e| format!("demo shop: {e}"))?;
        println!();
        println!("  App:  {app_origin}/");
        println!("  Agents: {app_origin}/agent  (the agent portal, its own page)");
        println!("  Shop: {shop_origin}/  (demo storefront embedding the widget)");
        match &sandbox {
            Some(s) => println!(
                "  API:  {}  (hostway-sandbox, database target/sandbox/hostway.sqlite3)",
                s.url()
            ),
            None => println!("  API:  {base}  (external; no sandbox started)"),
        }
        println!("  Demo agent: {}", hostway_sandbox::config::DEMO_AGENT);
        if let Some(live) = live {
            let (base, tools) = (base.clone(), tools.clone());
            std::thread::spawn(move || crate::watch::run(tools, base, live));
            println!("\n  Watching src/, style/ and index.html: a change rebuilds what it affects (debug) and reloads the open pages.");
        }
        println!("\n  Ctrl-C stops both.");
        let _ = tokio::signal::ctrl_c().await;
        println!("\nxtask: stopping");
        app.stop().await;
        shop.stop().await;
        if let Some(s) = sandbox {
            s.stop().await;
        }
        Ok(())
    })
}
