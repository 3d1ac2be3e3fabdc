//! One submit, whatever the hands do: a double click and a double Enter on the review's button.

use hostway_e2e::sel;
use hostway_e2e::Harness;

/// A double click (and a double Enter) on "Submit the order" sends one submit: the second lands while the
/// first is under way and is ignored, and the page shows no error for it.
#[tokio::test]
async fn a_double_click_submits_once() {
    submitted_twice("double click").await;
    submitted_twice("double Enter").await;
}

async fn submitted_twice(press: &str) {
    use hostway_e2e::proxy::Proxy;
    use hostway_e2e::{flows, loopback, serve};
    let listener = loopback().await;
    let origin = format!("http://localhost:{}", listener.local_addr().unwrap().port());
    let h = Harness::start_with(|c| c.allow_origins.push(origin.clone())).await;
    let proxy = Proxy::start(h.sandbox.url()).await; // counts what reaches the API
    let app = serve(listener, proxy.url()).await;
    let b = h.browser().await;
    b.goto(&format!(
        "{origin}/products/core.plan.dnr.only?service=core.dnr.com"
    ))
    .await;
    b.fill("#add-name", "twice.com").await;
    b.click(sel::ADD_TO_ORDER).await;
    b.wait_text(sel::CART, "twice.com").await.unwrap();
    flows::fill_account_in(&b, "").await;
    flows::fill_contact_in(&b, "").await;
    flows::fill_payment_in(&b, "").await;
    b.click(sel::STEP_REVIEW).await;
    b.find(sel::QUOTE_TOTAL).await;
    proxy.take_seen();
    if press == "double click" {
        b.eval("const s = document.querySelector('[data-testid=submit]'); s.click(); s.click(); return null")
            .await;
    } else {
        b.eval("document.querySelector('[data-testid=submit]').focus(); return null")
            .await;
        b.keys("\u{e007}\u{e007}").await;
    }
    b.wait_path("/orders/").await;
    b.wait_attr(sel::STATUS_TIMELINE, "data-status", "Completed")
        .await
        .unwrap();
    let actions: Vec<String> = proxy
        .take_seen()
        .into_iter()
        .filter(|r| r.starts_with("POST") && r.ends_with("/action"))
        .collect();
    // One validate and one submit.
    assert_eq!(actions.len(), 2, "{press}: {actions:?}");
    assert_eq!(
        b.count("[role=alert]").await,
        0,
        "{press}: an error was shown"
    );
    assert_eq!(h.sandbox.state.store.all().unwrap().len(), 1);
    b.close().await;
    app.stop().await;
    proxy.stop().await;
    h.stop().await;
}
