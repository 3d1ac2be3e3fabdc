//! Orders complete against a failing, slow API (30 % 502s, 300 ms per call): reads and the requests the API
//! makes safe to repeat are retried by the app; the others are told to the user, who tries again. The
//! sandbox ends with no duplicated product, service or submit.

use std::time::Duration;

use hostway_e2e::flows::{fill_account_in, fill_contact_in, fill_payment_in};
use hostway_e2e::{Browser, Harness};
use hostway_sandbox::model::status;

/// Clicks `button` until `done` shows, as a user would after an error (at most 8 times).
async fn click_until(b: &Browser, button: &str, done: &str, needle: &str) {
    for _ in 0..8 {
        b.click(button).await;
        if b.wait_text_for(done, needle, Duration::from_secs(25))
            .await
            .is_ok()
        {
            return;
        }
    }
    panic!("`{done}` never showed {needle:?} after clicking `{button}` 8 times");
}

#[tokio::test]
async fn an_order_completes_through_502s_and_latency_without_duplicates() {
    let h = Harness::start_with(|c| {
        c.fail_rate = 0.3;
        c.latency_ms = 300;
    })
    .await;
    let b = h.browser().await;
    b.goto(&h.app_url("/products/core.plan.dnr.only")).await;
    b.find("[data-testid=add-form]").await;
    b.fill("#add-name", "faulty-network.com").await;
    click_until(
        &b,
        "[data-testid=add-to-order]",
        "[data-testid=cart]",
        "faulty-network.com",
    )
    .await;
    fill_account_in(&b, "").await;
    fill_contact_in(&b, "").await;
    fill_payment_in(&b, "").await;
    b.click("[data-testid=step-review]").await;
    b.find("[data-testid=quote-total]").await;
    click_until(
        &b,
        "[data-testid=submit]",
        "[data-testid=status-order-id]",
        "",
    )
    .await;
    // The poller retries its reads through the faults too.
    b.wait_text_for(
        "[data-testid=status-text]",
        "Everything is provisioned",
        Duration::from_secs(60),
    )
    .await
    .unwrap();

    let injected = h.sandbox.state.faults.injected();
    assert!(injected > 0, "the sandbox answered some requests with 502");
    println!("502s injected during the order: {injected}");
    let orders = h.sandbox.state.store.all().unwrap();
    assert_eq!(orders.len(), 1, "one order: {orders:?}");
    assert_eq!(orders[0].status, status::COMPLETED);
    let products = &orders[0].account.as_ref().unwrap().products;
    assert_eq!(products.len(), 1, "no duplicated product: {products:?}");
    assert_eq!(
        products[0].services.len(),
        1,
        "no duplicated service: {products:?}"
    );
    b.close().await;
    h.stop().await;
}
