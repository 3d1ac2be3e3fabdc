//! The deployment recipes of `deploy/nginx/`, run by real nginx in front of the sandbox behaving exactly
//! as the documentation shows (`--as-documented`: no CORS grant, `Set-Cookie: OwnerId=…; Path=/`):
//! a customer's order through the one-origin recipe, an agent's paid mailbox through it, and a widget
//! order on a shop that proxies the API under its own site. Without a proxy, see `refused_origin.rs`.

use std::io::{Read, Write};

use hostway_e2e::flows::{
    fill_account_in, fill_contact_in, fill_payment_in, submit_until, submit_until_in,
};
use hostway_e2e::nginx::{adapt, deploy_app, free_port, recipe, Nginx};
use hostway_e2e::sel;
use hostway_e2e::{dist, Browser, Harness};
use hostway_sandbox::config::DEMO_AGENT;
use hostway_sandbox::model::status;
use hostway_sandbox::{Config, Sandbox};

/// The sandbox as documented, and nginx with the repository's recipes: the app with the API under
/// `/api/` on `http://localhost:APP`, and a shop on another site (`http://127.0.0.1:SHOP`) whose page
/// embeds the widget from the app and proxies the API under `/hostway-api/`.
struct Deployment {
    sandbox: Sandbox,
    nginx: Nginx,
    app_port: u16,
    shop_port: u16,
}

impl Deployment {
    async fn start() -> Self {
        let mut config = Config::for_tests(&[]);
        config.as_documented = true;
        let sandbox = hostway_sandbox::start(config).await.expect("sandbox");
        let upstream = format!(
            "proxy_pass http://127.0.0.1:{}/;",
            sandbox.server.addr.port()
        );
        let dir = Nginx::folder();
        let site = dir.join("site");
        deploy_app(&dist(), &site, "/api");
        let (app_port, shop_port) = (free_port(), free_port());
        let app = adapt(
            &recipe("hostway-order.conf"),
            &[
                ("listen 8080;", &format!("listen 127.0.0.1:{app_port};")),
                (
                    "root /srv/hostway-order;",
                    &format!("root {};", site.display()),
                ),
                ("proxy_pass https://api.hostway.com/;", &upstream),
            ],
        );
        let snippet = adapt(
            &recipe("shop-widget.conf"),
            &[("proxy_pass https://api.hostway.com/;", &upstream)],
        );
        std::fs::write(dir.join("shop-widget.conf"), snippet).unwrap();
        let app_origin = format!("http://localhost:{app_port}");
        let shop_origin = format!("http://127.0.0.1:{shop_port}");
        std::fs::create_dir_all(dir.join("shop")).unwrap();
        std::fs::write(
            dir.join("shop/index.html"),
            format!(
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A shop</title>\
                 <script type=\"module\" src=\"{app_origin}/widget.js\"></script></head><body><main>\
                 <h1>A shop</h1><div id=\"one\" data-hostway-order data-api=\"{shop_origin}/hostway-api\" \
                 data-product=\"core.plan.dnr.only\"></div></main></body></html>"
            ),
        )
        .unwrap();
        // The shop's own server: its pages under its policy, and the recipe's snippet.
        let shop = format!(
            "server {{\n  listen 127.0.0.1:{shop_port};\n  root {root};\n  location / {{\n    \
             try_files $uri /index.html;\n    add_header Content-Security-Policy \"{csp}\" always;\n  }}\n  \
             include {snippet};\n}}\n",
            root = dir.join("shop").display(),
            csp = hostway_sandbox::storefront::csp(&app_origin, "'self'"),
            snippet = dir.join("shop-widget.conf").display(),
        );
        let nginx = Nginx::start(dir, &format!("{app}\n{shop}"), &[app_port, shop_port]).await;
        Self {
            sandbox,
            nginx,
            app_port,
            shop_port,
        }
    }

    fn app(&self, path: &str) -> String {
        format!("http://localhost:{}{path}", self.app_port)
    }

    fn shop(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.shop_port)
    }

    async fn stop(self) {
        self.nginx.stop();
        self.sandbox.stop().await;
    }
}

/// One raw HTTP/1.1 GET to the app's nginx: status line and headers, lowercased.
fn head(port: u16, path: &str, extra: &str) -> String {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: localhost:{port}\r\n{extra}Connection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).unwrap();
    let text = String::from_utf8_lossy(&out).to_string();
    text.split("\r\n\r\n")
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// What the browser fetched, as origins: everything must be the page's own origin (one-origin recipe).
async fn origins_fetched(b: &Browser) -> Vec<String> {
    let v = b
        .eval("return performance.getEntriesByType('resource').map(e => new URL(e.name).origin)")
        .await;
    let mut list: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o.as_str().unwrap().to_string())
        .collect();
    list.sort();
    list.dedup();
    list
}

#[tokio::test]
async fn a_customer_order_through_the_one_origin_recipe() {
    let d = Deployment::start().await;
    let h = Harness::start().await; // for its browser
    let b = h.browser().await;

    // What the recipe serves: the page never cached stale and under the strict policy, hashed assets
    // for a year and precompressed, every client-side route answered by the app.
    let page = head(d.app_port, "/order/items", "");
    assert!(page.starts_with("http/1.1 200"), "{page}");
    assert!(page.contains("cache-control: no-cache"), "{page}");
    assert!(
        page.contains(
            "content-security-policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"
        ),
        "{page}"
    );
    let wasm = std::fs::read_dir(dist())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .find(|n| n.ends_with("_bg.wasm"))
        .unwrap();
    let asset = head(d.app_port, &format!("/{wasm}"), "Accept-Encoding: gzip\r\n");
    assert!(
        asset.contains("content-encoding: gzip"),
        "precompressed: {asset}"
    );
    assert!(asset.contains("content-type: application/wasm"), "{asset}");
    assert!(asset.contains("max-age=31536000, immutable"), "{asset}");
    // Trunk writes the hash without leading zeros (8 to 16 hex digits): every length is a hashed file.
    for name in [
        "/a-1b4eb9b634674b00.css",
        "/b-5b7e41013a0271.js",
        "/c-2384705b_bg.wasm",
    ] {
        let h = head(d.app_port, name, "");
        assert!(
            h.contains("immutable"),
            "{name} is not treated as hashed: {h}"
        );
    }
    let page = head(d.app_port, "/agent/accounts/acct100001", "");
    assert!(
        page.contains("no-cache") && !page.contains("immutable"),
        "{page}"
    );

    b.goto(&d.app("/products/core.plan.dnr.only?service=core.dnr.com"))
        .await;
    b.find(sel::ADD_FORM).await;
    b.wait_attr(sel::API_HEALTH, "data-state", "Ok")
        .await
        .unwrap_or_else(|e| panic!("{e}\n{}", d.nginx.errors()));
    b.fill("#add-name", "one-origin.com").await;
    b.click(sel::ADD_TO_ORDER).await;
    b.wait_text(sel::CART, "one-origin.com").await.unwrap();
    // The step survives a reload (the SPA fallback, and the first-party cookie finds the order).
    b.reload().await;
    b.wait_text(sel::CART, "one-origin.com").await.unwrap();
    fill_account_in(&b, "").await;
    fill_contact_in(&b, "").await;
    fill_payment_in(&b, "").await;
    submit_until(&b, "Completed").await;
    assert_eq!(
        origins_fetched(&b).await,
        vec![d.app("")],
        "one origin only"
    );
    let cookie = b.eval("return document.cookie").await;
    assert_eq!(
        cookie, "",
        "the OwnerId cookie is HttpOnly through the proxy"
    );

    let orders = d.sandbox.state.store.all().unwrap();
    assert_eq!(orders.len(), 1, "{orders:?}");
    assert_eq!(orders[0].status, status::COMPLETED);
    b.close().await;
    h.stop().await;
    d.stop().await;
}

#[tokio::test]
async fn an_agents_paid_mailbox_through_the_one_origin_recipe() {
    let d = Deployment::start().await;
    let h = Harness::start().await;
    let b = h.browser().await;
    // A direct link to the portal (the SPA fallback), then a reload of it.
    b.goto(&d.app("/agent")).await;
    b.reload().await;
    let (user, password) = DEMO_AGENT.split_once(':').unwrap();
    b.fill("#agent-user", user).await;
    b.fill("#agent-password", password).await;
    b.click(sel::AGENT_SUBMIT).await;
    b.find(sel::AGENT_SIGNED_IN).await;
    b.fill("#agent-find", "acct999999").await;
    b.click(sel::AGENT_FIND).await;
    b.wait_text(sel::AGENT_ACCOUNT_NUMBER, "acct999999")
        .await
        .unwrap();
    b.fill("#mb-myexchangedomain-com-user", "a.a").await;
    b.fill("#mb-myexchangedomain-com-password", "tester1234")
        .await;
    b.click("[data-testid='mailbox-form-myexchangedomain.com'] [data-testid=mailbox-order]")
        .await;
    b.wait_text(sel::MAILBOX_TOTAL, "$5.18").await.unwrap();
    b.click(sel::MAILBOX_SUBMIT).await;
    b.wait_path("/orders/").await;
    b.wait_attr(sel::STATUS_TIMELINE, "data-status", "Completed")
        .await
        .unwrap();
    assert_eq!(
        origins_fetched(&b).await,
        vec![d.app("")],
        "one origin only"
    );
    let orders = d.sandbox.state.store.all().unwrap();
    assert_eq!(orders.len(), 1);
    assert_eq!(orders[0].agent.as_deref(), Some(user));
    b.close().await;
    h.stop().await;
    d.stop().await;
}

#[tokio::test]
async fn a_widget_order_on_a_shop_that_proxies_the_api() {
    let d = Deployment::start().await;
    let h = Harness::start().await;
    let b = h.browser().await;
    const ONE: &str = "#one >>> ";
    b.goto(&d.shop("/")).await;
    hostway_e2e::flows::start_widget_order(&b, ONE).await;
    b.fill(&format!("{ONE}#add-name"), "shop-proxied.com").await;
    b.click(&format!("{ONE}[data-testid=add-to-order]")).await;
    b.wait_text(&format!("{ONE}[data-testid=cart]"), "shop-proxied.com")
        .await
        .unwrap_or_else(|e| panic!("{e}\n{}", d.nginx.errors()));
    fill_account_in(&b, ONE).await;
    fill_contact_in(&b, ONE).await;
    fill_payment_in(&b, ONE).await;
    submit_until_in(&b, ONE, "Completed").await;
    // The app's files came from the app's host; every API request went to the shop's own origin.
    let fetched = origins_fetched(&b).await;
    assert!(fetched.contains(&d.app("")), "{fetched:?}");
    let api = b
        .eval("return performance.getEntriesByType('resource').filter(e => e.name.includes('/hostway-api/')).map(e => new URL(e.name).origin)")
        .await;
    let api: Vec<&str> = api
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o.as_str().unwrap())
        .collect();
    assert!(
        !api.is_empty() && api.iter().all(|o| *o == d.shop("")),
        "{api:?}"
    );
    let orders = d.sandbox.state.store.all().unwrap();
    assert_eq!(orders.len(), 1);
    assert_eq!(orders[0].status, status::COMPLETED);
    b.close().await;
    h.stop().await;
    d.stop().await;
}
