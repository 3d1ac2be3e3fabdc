//! `cargo xtask screens`: a PNG of every view at 1280 and 375 px into `target/screens/`, from the release
//! build against the sandbox, to be looked at (catalog, product pages, each builder step with its
//! summary, review, status, the agent portal, the widget on the demo shop, the cookie fallback). Not a
//! test of its own: it runs only when asked (`--ignored`), with `HOSTWAY_SCREENS` set, in the browser's
//! language `HOSTWAY_SCREENS_LOCALE` when set (`cargo xtask screens --locale de`).

use std::time::Duration;

use hostway_e2e::flows::{
    add_alias, add_forwarder, add_product, fill_account_in, fill_contact, fill_payment_in,
    submit_until,
};
use hostway_e2e::sel;
use hostway_e2e::Harness;
use hostway_sandbox::config::DEMO_AGENT;
use serde_json::Value;

/// `?locale=…` for the test shop's widgets when the screens are taken in another language (its first
/// widget is set to en-US, and a page's widgets speak the first one's language).
fn locale_query() -> String {
    match std::env::var("HOSTWAY_SCREENS_LOCALE") {
        Ok(lang) if !lang.is_empty() => format!("?locale={}", lang.split(',').next().unwrap_or("")),
        _ => String::new(),
    }
}

/// A browser in the language asked for (`HOSTWAY_SCREENS_LOCALE`), else US English.
async fn browser(h: &Harness) -> hostway_e2e::Browser {
    match std::env::var("HOSTWAY_SCREENS_LOCALE") {
        Ok(lang) if !lang.is_empty() => h.browser_speaking(&lang).await,
        _ => h.browser().await,
    }
}

#[tokio::test]
#[ignore = "pictures for people to look at: cargo xtask screens"]
async fn every_view() {
    assert!(
        std::env::var_os("HOSTWAY_SCREENS").is_some(),
        "set HOSTWAY_SCREENS (cargo xtask screens does)"
    );
    let h = Harness::start().await;
    let b = browser(&h).await;

    // The static frame of a page whose code is slow to come (its wasm never compiles), once the
    // stylesheet offers a reload (after 12 s); then the same page when its code cannot load at all.
    let stall = browser(&h).await;
    stall
        .on_new_document("WebAssembly.instantiateStreaming = () => new Promise(() => {});")
        .await;
    stall.goto(&h.app_url("/")).await;
    stall.find("[data-testid=boot-status]").await;
    // The stylesheet reveals the hint after 12 s: waited for as it shows, not for a fixed time.
    stall
        .wait_until(Duration::from_secs(20), async || {
            let shown = stall
                .eval("return getComputedStyle(document.querySelector('[data-testid=boot-slow]')).visibility")
                .await;
            (shown == "visible").then_some(()).ok_or(format!("the hint is {shown}"))
        })
        .await
        .unwrap();
    stall.screens("00-page-still-loading").await;
    stall.block_urls(&["*.wasm"]).await;
    stall.goto(&h.app_url("/")).await;
    stall.find("[data-testid=boot-reload]").await;
    stall.screens("00-page-could-not-load").await;
    stall.goto(&h.shop_url("/")).await;
    stall
        .wait_text("#hosting", "could not be loaded")
        .await
        .unwrap();
    stall.screens("30-widget-could-not-load").await;
    stall.close().await;

    // The customer's app. The visitor saves data, so that the app is not fetched ahead and the
    // catalog stage's failed hand-over can be shown.
    b.save_data().await;
    b.goto(&h.app_url("/")).await;
    b.find(sel::CATALOG_ITEM).await;
    b.screens("01-catalog").await;
    // The catalog stage when the rest of the app cannot be fetched (offline at "Choose").
    b.set_offline(true).await;
    b.click(sel::CHOOSE_PRODUCT).await;
    // Said in the page's language: waited for by its mark.
    b.find("[data-testid=handover].hw-notice--error").await;
    b.screens("01-catalog-handover-failed").await;
    b.set_offline(false).await;
    b.goto(&h.app_url("/products/core.plan.dnr.only")).await;
    b.find(sel::ADD_FORM).await;
    b.screens("02-product-domain").await;
    b.goto(&h.app_url("/products/core.plan.www.basic")).await;
    b.find(sel::ADD_FORM).await;
    b.screens("03-product-hosting").await;
    b.goto(&h.app_url("/products/core.plan.email.exchange2010"))
        .await;
    b.find(sel::ADD_FORM).await;
    b.screens("04-product-exchange").await;
    b.click(sel::ADD_TO_ORDER).await;
    b.find(sel::ERROR_SUMMARY).await;
    b.screens("05-product-errors").await;

    add_product(
        &b,
        &h,
        "core.plan.dnr.only",
        "core.dnr.com",
        "ana-bakery.com",
        &[],
    )
    .await;
    add_product(
        &b,
        &h,
        "core.plan.email.business",
        "core.email.domain",
        "ana-bakery.com",
        &[],
    )
    .await;
    add_alias(&b, "ana-bakery.net").await;
    add_forwarder(&b, "sales", "ana@example.org").await;
    b.wait_text("[data-testid=forwarder]", "sales@")
        .await
        .unwrap();
    b.wait_text(sel::SUMMARY_TOTAL, "$").await.unwrap();
    b.screens("06-cart").await;
    b.click(sel::STEP_ACCOUNT).await;
    b.find("#account-userName").await;
    b.screens("07-account").await;
    fill_account_in(&b, "").await;
    b.click(sel::STEP_CONTACTS).await;
    b.find("#contact-firstName").await;
    b.screens("08-contacts").await;
    fill_contact(&b).await;
    b.click(sel::STEP_PAYMENT).await;
    b.find("#payment-number").await;
    b.screens("09-payment").await;
    fill_payment_in(&b, "").await;
    b.click(sel::STEP_REVIEW).await;
    b.wait_text(sel::QUOTE_TOTAL, "$").await.unwrap();
    b.wait_text(sel::SUMMARY_TOTAL, "$").await.unwrap();
    // The review with every row filled: what is agreed to, then what is paid today and what recurs.
    b.wait_text("#review-payment", "1111").await.unwrap();
    b.wait_text("#review-contacts", "@").await.unwrap();
    b.wait_text("[data-testid=review-charges]", "$")
        .await
        .unwrap();
    b.screens("10-review").await;
    submit_until(&b, "Completed").await;
    b.wait_text("[data-testid=receipt-what]", "ana-bakery.com")
        .await
        .unwrap();
    b.screens("11-receipt").await;
    b.goto(&h.app_url("/no-such-page")).await;
    b.find("h1").await;
    b.screens("12-not-found").await;

    // The agent portal.
    b.goto(&h.app_url("/agent")).await;
    b.find("#agent-user").await;
    b.screens("20-agent-sign-in").await;
    let (user, password) = DEMO_AGENT.split_once(':').unwrap();
    b.fill("#agent-user", user).await;
    b.fill("#agent-password", password).await;
    b.click(sel::AGENT_SUBMIT).await;
    b.find(sel::AGENT_SIGNED_IN).await;
    b.screens("21-agent-dashboard").await;
    b.fill("#agent-find", "acct100001").await;
    b.click(sel::AGENT_FIND).await;
    b.wait_text(sel::AGENT_ACCOUNT_NUMBER, "acct100001")
        .await
        .unwrap();
    b.screens("22-agent-account-and-shortcuts").await;

    // A shop's pages: the widgets on the demo shop, and the fallback when its cookie is refused.
    b.goto(&h.shop_url("/")).await;
    b.find("#hosting >>> [data-testid=widget-start]").await;
    b.find("#domains >>> [data-testid=widget-start]").await;
    b.screens("30-widget-demo-shop").await;
    hostway_e2e::flows::start_widget_order(&b, "#hosting >>> ").await;
    b.screens("32-widget-flow").await;
    b.goto(&h.shop_url(&format!("/test/widget-test.html{}", locale_query())))
        .await;
    b.wait_until(Duration::from_secs(15), async || {
        (b.eval("return window.pageReady === true").await == Value::Bool(true))
            .then_some(())
            .ok_or_else(|| "the test page did not load its widget".to_string())
    })
    .await
    .unwrap();
    hostway_e2e::flows::start_widget_order(&b, "#one >>> ").await;
    b.fill("#one >>> #add-name", "fallback-shop.com").await;
    b.click("#one >>> [data-testid=add-to-order]").await;
    b.find("#one >>> [data-testid=cookie-fallback]").await;
    b.screens("31-widget-cookie-fallback").await;
    // A widget set up with a product the catalog does not have (the second one on the test page).
    hostway_e2e::shop::open(
        &b,
        &h.shop_url("/test/widget-test.html?product=core.plan.gone"),
    )
    .await;
    b.wait_text(
        &format!("#two >>> {}", sel::PRODUCT_ERROR),
        "not in the catalog",
    )
    .await
    .unwrap();
    b.eval("document.querySelector('#two').scrollIntoView()")
        .await;
    b.screens("33-widget-product-not-in-catalog").await;
    b.close().await;
    h.stop().await;
}
