//! One entry point per audience: the customer's page, the agent portal's and the shops' widget each
//! download their own modules and no other's; the portal is its own page, reached by a plain link, a
//! direct link and a reload. The customer's catalog and the shop's widget start with a small first
//! stage; the rest comes when the customer goes on.

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
    // Nothing fetched ahead while idle (see handover.rs): each module comes when it is asked for.
    b.save_data().await;

    // The catalog is the catalog stage's module alone; a product's "Choose" adds the app's, without
    // a page load (the page's own state survives), and Back returns to the catalog inside the app.
    b.goto(&h.app_url("/")).await;
    b.find(sel::CATALOG_ITEM).await;
    only(&modules(&b).await, "/hostway-catalog-");
    b.eval("window.__samePage = true; return null").await;
    b.click(sel::CHOOSE_PRODUCT).await;
    b.find(sel::ADD_FORM).await;
    assert_eq!(b.eval("return window.__samePage === true").await, true);
    let found = modules(&b).await;
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[1].contains("/hostway-order-"), "{found:?}");
    b.eval("history.back(); return null").await;
    b.find(sel::CATALOG_ITEM).await;
    assert_eq!(b.eval("return window.__samePage === true").await, true);
    assert_eq!(modules(&b).await.len(), 2, "no module loaded again");
    // A direct link into the app loads the app's module (the page preloads the catalog's too).
    b.goto(&h.app_url("/order/items")).await;
    b.find("[data-testid=step-items]").await;
    assert!(
        modules(&b)
            .await
            .iter()
            .any(|m| m.contains("/hostway-order-")),
        "{:?}",
        modules(&b).await
    );
    b.goto(&h.app_url("/")).await;
    b.find(sel::CATALOG_ITEM).await;

    // The customer's "Agents" link loads the portal's page (a plain link, not a client-side route):
    // its sign-in stage only.
    b.click("[data-testid=nav-agent]").await;
    b.wait_path("/agent").await;
    b.find("#agent-user").await;
    only(&modules(&b).await, "/agent/hostway-sign-in-");

    // A direct link to a client-side route of the portal, and a reload of it: the portal's page again
    // (its credentials live in memory, so it asks for them). Accepted credentials bring the portal's
    // module, which opens at that route, signed in.
    b.goto(&h.app_url("/agent/accounts/acct100001")).await;
    b.find("#agent-user").await;
    only(&modules(&b).await, "/agent/hostway-sign-in-");
    b.reload().await;
    b.find("#agent-user").await;
    only(&modules(&b).await, "/agent/hostway-sign-in-");
    let (user, password) = hostway_sandbox::config::DEMO_AGENT.split_once(':').unwrap();
    b.fill("#agent-user", user).await;
    b.fill("#agent-password", password).await;
    b.click(sel::AGENT_SUBMIT).await;
    b.find(sel::AGENT_SIGNED_IN).await;
    b.wait_text(sel::AGENT_ACCOUNT_NUMBER, "acct100001")
        .await
        .unwrap();
    let found = modules(&b).await;
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[1].contains("/agent/hostway-agent-"), "{found:?}");
    assert_eq!(
        b.eval("return location.pathname").await,
        "/agent/accounts/acct100001"
    );

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

#[tokio::test]
async fn when_the_app_cannot_load_the_catalog_says_so_and_stays() {
    let h = Harness::start().await;
    let b = h.browser().await;
    // Not fetched ahead while idle: the click is what fetches it.
    b.save_data().await;
    b.goto(&h.app_url("/?q=hosting")).await;
    b.wait_text(sel::CATALOG_COUNT, "1 product").await.unwrap();
    // Offline, "Choose" cannot fetch the app's module: said in the page, the catalog and its search stay.
    b.set_offline(true).await;
    b.click(sel::CHOOSE_PRODUCT).await;
    b.wait_text("[data-testid=handover]", "could not be opened")
        .await
        .unwrap();
    assert_eq!(b.value(sel::CATALOG_SEARCH).await, "hosting");
    assert_eq!(
        b.eval("return location.pathname + location.search").await,
        "/?q=hosting"
    );
    // Back online, the same click opens the product page (a failed import is not final).
    b.set_offline(false).await;
    b.click(sel::CHOOSE_PRODUCT).await;
    b.wait_path("/products/core.plan.www.basic").await;
    b.find(sel::ADD_FORM).await;
    b.close().await;
    h.stop().await;
}
