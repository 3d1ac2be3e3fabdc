//! Without a proxy, from another origin, against the API as documented (`--as-documented`): the refused
//! origin is named on every view within a second, with few requests, instead of retries and "check your
//! connection".

use std::time::{Duration, Instant};

use hostway_e2e::proxy::Proxy;
use hostway_e2e::sel;
use hostway_e2e::{loopback, serve, Harness};
use hostway_sandbox::Config;

/// The app on another origin talking straight to an API that behaves as documented: the cause is named
/// within seconds on every view, with few requests, instead of ~13 s of retries and "check your
/// connection".
#[tokio::test]
async fn without_a_proxy_the_refused_origin_is_said_at_once() {
    let mut config = Config::for_tests(&[]);
    config.as_documented = true;
    let sandbox = hostway_sandbox::start(config).await.expect("sandbox");
    let proxy = Proxy::start(sandbox.url()).await; // counts the requests that reach the API
    let app = serve(loopback().await, proxy.url()).await;
    let h = Harness::start().await;
    let b = h.browser().await;
    let url = |path: &str| format!("http://127.0.0.1:{}{path}", app.addr.port());

    for (path, notice) in [
        ("/", sel::CATALOG_ERROR),
        ("/products/core.plan.dnr.only", sel::PRODUCT_ERROR),
        ("/order/items", sel::ORDER_UNREACHABLE),
    ] {
        proxy.take_seen();
        let started = Instant::now();
        b.goto(&url(path)).await;
        b.wait_text_for(
            notice,
            "not allowed to use the ordering service",
            Duration::from_secs(5),
        )
        .await
        .unwrap();
        let waited = started.elapsed();
        let text = b.text(notice).await;
        assert!(
            !text.contains("Check your internet connection") && !text.contains("TypeError"),
            "the wrong advice and a raw browser error are gone: {text}"
        );
        b.wait_attr(sel::API_HEALTH, "data-state", "OriginNotAllowed")
            .await
            .unwrap();
        let health = b.text(sel::API_HEALTH_MESSAGE).await;
        assert!(
            health.contains("Deploying against the real API"),
            "{health}"
        );
        b.click(&format!("{notice} [data-testid=error-details] summary"))
            .await;
        assert!(b
            .text(notice)
            .await
            .contains("Deploying against the real API"));
        b.screens(&format!("origin-refused{}", path.replace('/', "-")))
            .await;
        let requests = proxy.take_seen().len();
        println!("{path}: said after {waited:?}, {requests} requests reached the API");
        // "At once" is said by the count, not the clock: every read retried (about 100 requests, 13 s
        // each in production) is what this refused; the tests' short retry waits would hide it in time,
        // and three tests side by side make a clock unreliable.
        assert!(requests <= 15, "{path}: {requests} requests");
    }
    b.close().await;
    h.stop().await;
    app.stop().await;
    proxy.stop().await;
    sandbox.stop().await;
}
