//! One entry point per audience: the customer's page, the agent portal's and the shops' widget each
//! download their own module and no other's; the portal is its own page, reached by a plain link, a
//! direct link and a reload.

use std::time::Duration;

use hostway_e2e::sel;
use hostway_e2e::{Browser, Harness};
use serde_json::Value;

/// The wasm modules the page has fetched so far, by file name.
async fn modules(b: &Browser) -> Vec<String> {
    let v = b
        .eval("return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(p => p.endsWith('.wasm'))")
        .await;
    serde_json::from_value(v).unwrap_or_default()
}

fn only(found: &[String], stem: &str) {
    assert_eq!(found.len(), 1, "one module, not {found:?}");
    assert!(found[0].contains(stem), "the module is {stem}'s: {found:?}");
}

#[tokio::test]
async fn each_audience_downloads_its_own_module() {
    let h = Harness::start().await;
    let b = h.browser().await;

    b.goto(&h.app_url("/")).await;
    b.find(sel::CATALOG_ITEM).await;
    only(&modules(&b).await, "/hostway-order-");

    // The customer's "Agents" link loads the portal's page (a plain link, not a client-side route).
    b.click("[data-testid=nav-agent]").await;
    b.wait_path("/agent").await;
    b.find("#agent-user").await;
    only(&modules(&b).await, "/agent/hostway-agent-");

    // A direct link to a client-side route of the portal, and a reload of it: the portal's page again
    // (its credentials live in memory, so it asks for them).
    b.goto(&h.app_url("/agent/accounts/acct100001")).await;
    b.find("#agent-user").await;
    only(&modules(&b).await, "/agent/hostway-agent-");
    b.reload().await;
    b.find("#agent-user").await;
    only(&modules(&b).await, "/agent/hostway-agent-");

    // A shop's page loads the widget's first stage only; "Order now" loads the ordering flow.
    b.goto(&h.shop_url("/")).await;
    b.find("#hosting >>> [data-testid=widget-start]").await;
    b.wait_until(Duration::from_secs(10), async || {
        let found = modules(&b).await;
        (!found.is_empty())
            .then_some(())
            .ok_or("no module yet".to_string())
    })
    .await
    .unwrap();
    only(&modules(&b).await, "/hostway-widget-");
    assert!(
        !modules(&b).await[0].contains("flow"),
        "the first stage, not the flow"
    );
    hostway_e2e::flows::start_widget_order(&b, "#hosting >>> ").await;
    let found = modules(&b).await;
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found.iter().any(|m| m.contains("/hostway-widget-flow-")),
        "{found:?}"
    );
    assert_eq!(
        b.eval("return [...document.scripts].filter(s => s.src.includes('boot-')).length")
            .await,
        Value::from(0),
        "a shop loads widget.js, not the app's boot script"
    );
    b.close().await;
    h.stop().await;
}
