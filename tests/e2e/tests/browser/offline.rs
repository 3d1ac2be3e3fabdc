//! The browser going offline at each step of an order: writes are refused at once and said, reads wait
//! for the connection, nothing typed is lost and the API is unchanged; back online the order completes.

use hostway_e2e::sel;
use hostway_e2e::{Browser, Harness, WAIT};
use hostway_sandbox::model::status;

/// Takes the browser offline and presses `button`: the page must say it is offline, send nothing and keep
/// every field of `kept`. Back online, pressing it again is up to the caller.
async fn press_offline(b: &Browser, h: &Harness, button: &str, kept: &[(&str, &str)]) {
    b.set_offline(true).await;
    b.wait_attr(sel::API_HEALTH, "data-state", "Offline")
        .await
        .unwrap();
    let before = h.sandbox.state.store.all().unwrap();
    b.click(button).await;
    b.wait_text(sel::ERROR_SUMMARY, "You are offline")
        .await
        .unwrap_or_else(|e| panic!("{button} offline: {e}"));
    for (css, value) in kept {
        assert_eq!(
            b.value(css).await,
            *value,
            "{css} is kept after {button} offline"
        );
    }
    assert_eq!(
        h.sandbox.state.store.all().unwrap(),
        before,
        "{button} offline changed nothing at the API"
    );
    b.set_offline(false).await;
    b.wait_attr(sel::API_HEALTH, "data-state", "Ok")
        .await
        .unwrap();
}

#[tokio::test]
async fn going_offline_at_each_step_is_said_and_loses_nothing() {
    let h = Harness::start().await;
    let b = h.browser().await;
    // Product page: adding is refused at once, the name stays; back online it goes through.
    b.goto(&h.app_url("/products/core.plan.dnr.only")).await;
    b.fill("#add-name", "offline-proof.com").await;
    press_offline(
        &b,
        &h,
        sel::ADD_TO_ORDER,
        &[("#add-name", "offline-proof.com")],
    )
    .await;
    assert!(h.sandbox.state.store.all().unwrap().is_empty());
    b.click(sel::ADD_TO_ORDER).await;
    b.wait_text(sel::CART, "offline-proof.com").await.unwrap();

    // A step opened offline waits for the connection (no error), then loads by itself.
    b.set_offline(true).await;
    b.wait_attr(sel::API_HEALTH, "data-state", "Offline")
        .await
        .unwrap();
    let api = h.sandbox.url();
    let before = b.requests(&api).await;
    // (The checkout's module is not on the device yet: "Loading the page…" until it is, then the step's
    // own "Loading your account…".)
    b.click(sel::STEP_ACCOUNT).await;
    b.wait_text("main [aria-busy=true]", "Loading")
        .await
        .unwrap();
    // Offline, the read is not even tried, so no retry runs out: it waits. Checked after three times
    // every retry's wait together (the app's, as the tests configure it): still waiting, nothing sent.
    tokio::time::sleep(3 * hostway_e2e::retries_in_all()).await;
    b.wait_text("main [aria-busy=true]", "Loading")
        .await
        .unwrap();
    assert_eq!(
        b.requests(&api).await.started,
        before.started,
        "sent offline"
    );
    // The cart read before going offline is still shown (the order has not changed since).
    b.wait_text(sel::SUMMARY_LINE, "offline-proof.com")
        .await
        .unwrap();
    b.set_offline(false).await;
    b.find("#account-userName").await;
    b.fill("#account-userName", "shop.owner").await;
    b.fill("#account-password", "secret123").await;
    press_offline(
        &b,
        &h,
        sel::SAVE_ACCOUNT,
        &[
            ("#account-userName", "shop.owner"),
            ("#account-password", "secret123"),
        ],
    )
    .await;
    b.click(sel::SAVE_ACCOUNT).await;
    b.find(sel::CONTACT_FORM).await;

    hostway_e2e::flows::type_contact_in(&b, "").await;
    press_offline(
        &b,
        &h,
        sel::SAVE_CONTACT,
        &[
            ("#contact-email1", "ana@example.com"),
            ("#contact-street1", "1 Main St"),
        ],
    )
    .await;
    b.click(sel::SAVE_CONTACT).await;
    b.find(sel::PAYMENT_FORM).await;

    hostway_e2e::flows::type_payment_in(&b, "").await;
    press_offline(
        &b,
        &h,
        sel::SAVE_PAYMENT,
        &[
            ("#payment-number", "4111111111111111"),
            ("#payment-cvv", "123"),
        ],
    )
    .await;
    b.click(sel::SAVE_PAYMENT).await;
    b.wait_text(sel::REVIEW_PAYMENT, "Visa ending in 1111")
        .await
        .unwrap();

    // Review: validating and submitting offline are refused and said; the order stays as it was.
    b.click(sel::STEP_REVIEW).await;
    b.find(sel::QUOTE_TOTAL).await;
    press_offline(&b, &h, sel::SUBMIT, &[]).await;
    assert_eq!(h.sandbox.state.store.all().unwrap()[0].status, status::NEW);
    b.click(sel::SUBMIT).await;
    b.wait_path("/orders/").await;

    // Status: offline mid-provisioning, the page says so; back online it catches up to Completed.
    b.set_offline(true).await;
    b.wait_attr(sel::API_HEALTH, "data-state", "Offline")
        .await
        .unwrap();
    // The order is provisioned meanwhile: the page learns it once back online.
    b.wait_until(WAIT, async || {
        match h.sandbox.state.store.all().unwrap()[0].status.as_str() {
            status::COMPLETED => Ok(()),
            other => Err(format!("the order is {other} at the API")),
        }
    })
    .await
    .unwrap();
    b.set_offline(false).await;
    b.wait_attr(sel::STATUS_TIMELINE, "data-status", "Completed")
        .await
        .unwrap();
    let orders = h.sandbox.state.store.all().unwrap();
    assert_eq!(orders.len(), 1, "one order");
    let account = orders[0].account.as_ref().unwrap();
    assert_eq!(account.products.len(), 1, "one product, added once");
    assert_eq!(account.products[0].services.len(), 1, "one service");
    b.close().await;
    h.stop().await;
}
