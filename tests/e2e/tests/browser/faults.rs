//! Orders complete against a failing, slow API (30 % 502s, 300 ms per call): reads and the requests the API
//! makes safe to repeat are retried by the app; the others are told to the user, who tries again. The
//! sandbox ends with no duplicated product, service or submit.

use std::time::Duration;

use hostway_e2e::flows::{fill_account_in, fill_contact_in, fill_payment_in};
use hostway_e2e::sel;
use hostway_e2e::{Browser, Harness, WAIT};
use hostway_sandbox::model::status;

/// How one press of a button ended.
enum Outcome {
    Done,
    Failed,
}

/// Presses `button` until `done` shows `needle`, as a user would: again only when the page said the
/// attempt failed (the button is usable again and an error is shown), at most 8 times.
async fn click_until(b: &Browser, button: &str, done: &str, needle: &str) {
    let pending = format!("{button}[aria-disabled=true]");
    let shows_done = async || b.count(done).await > 0 && b.text(done).await.contains(needle);
    for _ in 0..8 {
        b.click(button).await;
        // The sign the attempt is under way (each request takes 300 ms), or already done.
        b.wait_until(WAIT, async || {
            if shows_done().await || b.count(&pending).await > 0 {
                Ok(())
            } else {
                Err(format!("`{button}` never showed it was sending"))
            }
        })
        .await
        .unwrap_or_else(|e| panic!("{e}"));
        let outcome = b
            .wait_until(WAIT, async || {
                if shows_done().await {
                    return Ok(Outcome::Done);
                }
                let finished = b.count(button).await > 0 && b.count(&pending).await == 0;
                if finished && b.count(FAILURE).await > 0 {
                    return Ok(Outcome::Failed);
                }
                Err(format!(
                    "`{button}`: neither {needle:?} in `{done}` nor a failure said"
                ))
            })
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        if let Outcome::Done = outcome {
            return;
        }
        let said = b.text(FAILURE).await;
        assert!(
            said.contains("ordering service") && !said.contains("computeFault"),
            "the failure is said in words: {said}"
        );
    }
    panic!("`{done}` never showed {needle:?} after pressing `{button}` 8 times");
}

/// What the page shows when a request failed: the form's error summary or a notice.
const FAILURE: &str = "[data-testid=error-summary], [role=alert]";

#[tokio::test]
async fn an_order_completes_through_502s_and_latency_without_duplicates() {
    let h = Harness::start_with(|c| {
        c.fail_rate = 0.3;
        c.latency_ms = 300;
    })
    .await;
    let b = h.browser().await;
    b.goto(&h.app_url("/products/core.plan.dnr.only")).await;
    b.find(sel::ADD_FORM).await;
    b.fill("#add-name", "faulty-network.com").await;
    click_until(&b, sel::ADD_TO_ORDER, sel::CART, "faulty-network.com").await;
    fill_account_in(&b, "").await;
    fill_contact_in(&b, "").await;
    fill_payment_in(&b, "").await;
    b.click(sel::STEP_REVIEW).await;
    b.find(sel::QUOTE_TOTAL).await;
    click_until(&b, sel::SUBMIT, "[data-testid=status-order-id]", "").await;
    // The poller retries its reads through the faults too.
    if let Err(e) = b
        .wait_text_for(
            sel::STATUS_TEXT,
            "Everything is provisioned",
            Duration::from_secs(60),
        )
        .await
    {
        let page = b.text("body").await;
        let orders = h.sandbox.state.store.all().unwrap();
        panic!("{e}\npage: {page}\norders: {orders:?}");
    }

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

/// An app and a sandbox whose database is a file, so the sandbox can be stopped and started again on
/// the same port.
struct Restartable {
    config: hostway_sandbox::Config,
    sandbox: Option<hostway_sandbox::Sandbox>,
    app: hostway_sandbox::Server,
    app_origin: String,
}

impl Restartable {
    async fn start(db: &std::path::Path) -> Self {
        let app_listener = hostway_e2e::loopback().await;
        let app_origin = format!(
            "http://localhost:{}",
            app_listener.local_addr().unwrap().port()
        );
        let api_port = hostway_e2e::loopback().await.local_addr().unwrap().port();
        let mut config = hostway_sandbox::Config::for_tests(&[&app_origin]);
        config.db = db.display().to_string();
        config.listen = ([127, 0, 0, 1], api_port).into();
        let sandbox = hostway_sandbox::start(config.clone()).await.unwrap();
        let app = hostway_e2e::serve(app_listener, sandbox.url()).await;
        Self {
            config,
            sandbox: Some(sandbox),
            app,
            app_origin,
        }
    }

    async fn stop_api(&mut self) {
        if let Some(s) = self.sandbox.take() {
            s.stop().await;
        }
    }

    async fn start_api(&mut self) {
        self.sandbox = Some(hostway_sandbox::start(self.config.clone()).await.unwrap());
    }

    fn state(&self) -> &hostway_sandbox::AppState {
        &self.sandbox.as_ref().unwrap().state
    }
}

#[tokio::test]
async fn the_api_going_away_and_restarting_mid_order_loses_nothing() {
    let h = Harness::start().await; // for its browser
    let db = std::env::temp_dir().join(format!("hostway-restart-{}.sqlite3", std::process::id()));
    let _ = std::fs::remove_file(&db);
    let mut r = Restartable::start(&db).await;
    let b = h.browser().await;
    let url = |path: &str| format!("{}{path}", r.app_origin);

    b.goto(&url("/products/core.plan.dnr.only")).await;
    b.fill("#add-name", "restart-proof.com").await;
    b.click(sel::ADD_TO_ORDER).await;
    b.wait_text(sel::CART, "restart-proof.com").await.unwrap();
    fill_account_in(&b, "").await;

    // The contact is typed; the API goes away before it is saved.
    hostway_e2e::flows::type_contact_in(&b, "").await;
    r.stop_api().await;
    b.click(sel::SAVE_CONTACT).await;
    b.wait_text(sel::ERROR_SUMMARY, "could not be reached")
        .await
        .unwrap();
    // A reload while the API is away: the app says it cannot load the order (not that it is empty).
    b.reload().await;
    b.wait_text(sel::ORDER_UNREACHABLE, "could not be loaded")
        .await
        .unwrap();

    // The API comes back on the same address with the same database: the order is still there, and
    // what was typed but not saved is still in the form.
    r.start_api().await;
    b.click("[data-testid=order-unreachable] button").await;
    b.find("#contact-firstName").await;
    assert_eq!(b.value("#contact-street1").await, "1 Main St");
    assert_eq!(b.value("#contact-email1").await, "ana@example.com");
    b.click(sel::SAVE_CONTACT).await;
    b.find(sel::PAYMENT_FORM).await;
    fill_payment_in(&b, "").await;
    hostway_e2e::flows::submit_until(&b, "Completed").await;

    let orders = r.state().store.all().unwrap();
    assert_eq!(orders.len(), 1, "{orders:?}");
    assert_eq!(orders[0].status, status::COMPLETED);
    let account = orders[0].account.as_ref().unwrap();
    assert_eq!(account.products.len(), 1);
    assert_eq!(account.user.as_ref().unwrap().user_name, "shop.owner");
    b.close().await;
    r.stop_api().await;
    r.app.stop().await;
    h.stop().await;
    let _ = std::fs::remove_file(&db);
}
