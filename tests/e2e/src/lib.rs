//! The browser test harness: the sandbox (as a library, port 0), the release build served (under a strict
//! Content-Security-Policy) on a loopback origin the sandbox allows, the same build on an origin it does not allow, and a fresh headless Chromium
//! per test through its own chromedriver.
//!
//! Needs `HOSTWAY_DIST` (the built app; `cargo xtask test` builds it) and Debian's chromium and
//! chromedriver (`CHROMEDRIVER`, default /usr/bin/chromedriver).

mod browser;
pub mod flows;
pub mod nginx;
pub mod proxy;
pub mod sel;
pub mod shop;

use std::net::SocketAddr;
use std::path::PathBuf;

use hostway_sandbox::site::{self, SiteConfig};
use hostway_sandbox::storefront::{self, StorefrontConfig};
use hostway_sandbox::{Config, Sandbox, Server};
use tokio::net::TcpListener;

pub use browser::{Browser, Driver, Requests, WAIT};

pub struct Harness {
    pub sandbox: Sandbox,
    /// The app on `http://localhost:PORT`: allowed by the sandbox, same site as the API.
    pub app: Server,
    /// The same app on `http://127.0.0.1:PORT`: an origin the sandbox does not allow.
    pub foreign: Server,
    /// The same app pointed at an API address where nothing listens.
    pub orphan: Server,
    /// A shop's pages on `http://127.0.0.1:PORT` (another site than the app's and the API's), allowed
    /// by the sandbox: the demo storefront at `/`, the tests' pages at `/test/`.
    pub shop: Server,
    /// The address the orphan's API points at, held so that it stays closed.
    _closed: tokio::net::TcpSocket,
    driver: Driver,
}

pub fn dist() -> PathBuf {
    let dist = std::env::var_os("HOSTWAY_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../target/dist"))
        });
    assert!(
        dist.join("index.html").exists(),
        "no app build at {} (run `cargo xtask build` or `cargo xtask test`)",
        dist.display()
    );
    dist
}

/// The app's waits between repeats of a failed request in the browser tests: as many repeats as in
/// production (7), 30 ms each instead of 250 ms to 3 s, so "retried, then said" takes a quarter second.
pub const RETRY: &str = "30 30 30 30 30 30 30";

/// Every wait of [`RETRY`] together: how long the app goes on repeating a failing read.
pub fn retries_in_all() -> std::time::Duration {
    std::time::Duration::from_millis(
        RETRY
            .split(' ')
            .map(|ms| ms.parse::<u64>().unwrap_or(0))
            .sum(),
    )
}

/// Serves the app build on `listener`, pointed at `api_base`, under the strict CSP.
pub async fn serve(listener: TcpListener, api_base: String) -> Server {
    let config = SiteConfig {
        dist: dist(),
        csp: Some(site::strict_csp(&api_base)),
        api_base: Some(api_base),
        retry: Some(RETRY.into()),
        live: None,
    };
    let router = site::router(&config).expect("app build is readable");
    Server::spawn(listener, router).expect("app server starts")
}

/// A listener on a free loopback port.
pub async fn loopback() -> TcpListener {
    TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .expect("loopback port")
}

impl Harness {
    pub async fn start() -> Self {
        Self::start_with(|_| {}).await
    }

    /// Starts everything; `adjust` may change the sandbox's configuration (faults, cookie attributes…).
    pub async fn start_with(adjust: impl FnOnce(&mut Config)) -> Self {
        let app_listener = loopback().await;
        let app_port = app_listener.local_addr().expect("port").port();
        let shop_listener = loopback().await;
        let shop_origin = format!(
            "http://127.0.0.1:{}",
            shop_listener.local_addr().expect("port").port()
        );
        let mut config =
            Config::for_tests(&[&format!("http://localhost:{app_port}"), &shop_origin]);
        adjust(&mut config);
        let sandbox = hostway_sandbox::start(config)
            .await
            .expect("sandbox starts");
        let app = serve(app_listener, sandbox.url()).await;
        let foreign = serve(loopback().await, sandbox.url()).await;
        // A port bound but never listened on: connections to it are refused, and no other server of
        // a test running beside this one can be given it while the harness holds it.
        let closed = tokio::net::TcpSocket::new_v4().expect("socket");
        closed
            .bind(SocketAddr::from(([127, 0, 0, 1], 0)))
            .expect("loopback port");
        let closed_port = closed.local_addr().expect("port").port();
        let orphan = serve(loopback().await, format!("http://localhost:{closed_port}")).await;
        let shop = storefront::router(StorefrontConfig {
            folders: vec![
                (String::new(), storefront::demo_dir()),
                (
                    "/test".into(),
                    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/storefront")),
                ),
            ],
            app: format!("http://localhost:{app_port}"),
            api: sandbox.url(),
        });
        let shop = Server::spawn(shop_listener, shop).expect("shop server starts");
        let driver = Driver::start().await;
        Self {
            sandbox,
            app,
            foreign,
            orphan,
            _closed: closed,
            shop,
            driver,
        }
    }

    pub fn app_url(&self, path: &str) -> String {
        format!("http://localhost:{}{path}", self.app.addr.port())
    }

    pub fn foreign_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.foreign.addr.port())
    }

    pub fn shop_url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.shop.addr.port())
    }

    pub fn orphan_url(&self, path: &str) -> String {
        format!("http://localhost:{}{path}", self.orphan.addr.port())
    }

    /// A new browser (fresh profile: no cookies, no storage).
    pub async fn browser(&self) -> Browser {
        self.driver.browser().await
    }

    /// A new browser whose preferred languages are `languages` (`"de-DE,de"`).
    pub async fn browser_speaking(&self, languages: &str) -> Browser {
        self.driver.browser_speaking(Some(languages)).await
    }

    pub async fn stop(self) {
        self.app.stop().await;
        self.foreign.stop().await;
        self.orphan.stop().await;
        self.shop.stop().await;
        self.sandbox.stop().await;
    }
}
