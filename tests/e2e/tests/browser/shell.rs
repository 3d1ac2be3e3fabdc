//! The app shell across origins: the OwnerId cookie round trip, and the API indicator's diagnoses.

use hostway_e2e::sel;
use hostway_e2e::Harness;
use hostway_sandbox::model::status;

#[tokio::test]
async fn the_browser_keeps_and_sends_owner_id_across_origins() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.goto(&h.app_url("/")).await;
    b.wait_attr(sel::API_HEALTH, "data-state", "Ok")
        .await
        .unwrap();
    // Connected: nothing said to customers; the address is in the footer's connection details.
    assert_eq!(b.text(sel::API_HEALTH_MESSAGE).await, "");
    b.click("[data-testid=api-diagnostics] summary").await;
    assert_eq!(b.text("[data-testid=api-base]").await, h.sandbox.url());
    assert_eq!(
        b.eval("return document.title").await,
        "Order hosting services — Hostway"
    );
    for landmark in ["header", "main", "footer"] {
        b.find(landmark).await;
    }
    // Served under the harness's strict CSP (no 'unsafe-inline'): the boot script, the wasm module and
    // the stylesheets all loaded.
    assert_eq!(
        b.eval("return getComputedStyle(document.body).backgroundColor")
            .await,
        "rgb(246, 247, 249)"
    );

    // Adding to the order creates it on the API's origin (POST /orders) and confirms it (GET /order).
    b.goto(&h.app_url("/products/core.plan.dnr.only?name=cookie-check.com"))
        .await;
    b.click(sel::ADD_TO_ORDER).await;
    b.wait_text(sel::CART, "cookie-check.com").await.unwrap();
    let orders = h.sandbox.state.store.all().unwrap();
    assert_eq!(orders.len(), 1, "{orders:?}");
    assert_eq!(orders[0].status, status::NEW);

    // The page cannot read the API's cookie, yet a fresh load is recognised as the same owner: the
    // browser stored OwnerId and sends it (GET /order finds the order; adding more does not create another).
    b.reload().await;
    b.wait_text(sel::CART, "cookie-check.com").await.unwrap();
    b.goto(&h.app_url("/products/core.plan.dnr.only?name=cookie-check.net&service=core.dnr.net"))
        .await;
    b.click(sel::ADD_TO_ORDER).await;
    b.wait_text(sel::CART, "cookie-check.net").await.unwrap();
    let orders = h.sandbox.state.store.all().unwrap();
    assert_eq!(orders.len(), 1);
    assert_eq!(orders[0].account.as_ref().unwrap().products.len(), 2);
    // Cookies ignore ports: the page's host shares the API's jar, and HttpOnly keeps OwnerId from scripts.
    assert_eq!(
        b.eval("return document.cookie").await,
        "",
        "OwnerId is not readable by page scripts"
    );

    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn an_origin_the_api_does_not_allow_is_named() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.goto(&h.foreign_url("/")).await;
    b.wait_attr(sel::API_HEALTH, "data-state", "OriginNotAllowed")
        .await
        .unwrap();
    let message = b.text(sel::API_HEALTH_MESSAGE).await;
    assert!(message.contains("origin not allowed"), "{message}");
    // The page says the cause where the catalog would be, not a connection problem.
    let notice = b
        .wait_text(
            sel::CATALOG_ERROR,
            "not allowed to use the ordering service",
        )
        .await
        .unwrap();
    assert!(!notice.contains("internet connection"), "{notice}");
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn an_api_that_is_down_is_named() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.goto(&h.orphan_url("/")).await;
    b.wait_attr(sel::API_HEALTH, "data-state", "Down")
        .await
        .unwrap();
    let message = b.text(sel::API_HEALTH_MESSAGE).await;
    assert!(message.contains("not reachable"), "{message}");
    b.close().await;
    h.stop().await;
}
