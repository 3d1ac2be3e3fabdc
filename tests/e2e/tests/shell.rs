//! The app shell across origins: the OwnerId cookie round trip, and the API indicator's diagnoses.

use hostway_e2e::Harness;
use hostway_sandbox::model::status;

#[tokio::test]
async fn the_browser_keeps_and_sends_owner_id_across_origins() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.goto(&h.app_url("/")).await;
    b.wait_attr("[data-testid=api-health]", "data-state", "Ok")
        .await
        .unwrap();
    assert_eq!(b.text("[data-testid=api-base]").await, h.sandbox.url());
    assert_eq!(
        b.eval("return document.title").await,
        "Hostway — order hosting services"
    );
    for landmark in ["header", "main", "footer"] {
        b.find(landmark).await;
    }

    b.click("[data-testid=start-order]").await;
    let order_id = b
        .attr("[data-testid=order-session]", "data-order-id")
        .await
        .unwrap();
    let message = b.text("[data-testid=order-session]").await;
    assert!(
        message.contains("recognises this browser as its owner"),
        "{message}"
    );

    // The sandbox holds exactly that order, open.
    let orders = h.sandbox.state.store.all().unwrap();
    assert_eq!(orders.len(), 1, "{orders:?}");
    assert_eq!(orders[0].id, order_id);
    assert_eq!(orders[0].status, status::NEW);

    // The cookie is not readable by the page (it belongs to the API's origin and is not the page's
    // business), yet a second start is recognised as the same owner: 409 → resumed, same order.
    b.client.refresh().await.unwrap();
    b.click("[data-testid=start-order]").await;
    b.wait_attr("[data-testid=order-session]", "data-order-id", &order_id)
        .await
        .unwrap();
    assert!(b
        .text("[data-testid=order-session]")
        .await
        .contains("resumed"));
    assert_eq!(h.sandbox.state.store.all().unwrap().len(), 1);

    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn an_origin_the_api_does_not_allow_is_named() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.goto(&h.foreign_url("/")).await;
    b.wait_attr("[data-testid=api-health]", "data-state", "OriginNotAllowed")
        .await
        .unwrap();
    let message = b.text("[data-testid=api-health-message]").await;
    assert!(message.contains("origin not allowed"), "{message}");
    assert!(h.sandbox.state.store.all().unwrap().is_empty());
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn an_api_that_is_down_is_named() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.goto(&h.orphan_url("/")).await;
    b.wait_attr("[data-testid=api-health]", "data-state", "Down")
        .await
        .unwrap();
    let message = b.text("[data-testid=api-health-message]").await;
    assert!(message.contains("not reachable"), "{message}");
    b.close().await;
    h.stop().await;
}
