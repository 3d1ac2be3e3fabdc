//! The customer's app in two modules: the shop (catalog, products, cart) and the checkout (the steps
//! after the cart, the order's status). Going on from the cart hands the page over to the checkout
//! without a page load, and Back hands it back; the checkout is fetched ahead on a sign of intent, not
//! on the way to the cart; a direct link loads the checkout, not the shop; when it cannot load, the
//! cart says so and "Try again" opens it. The shops' widget likewise: its checkout takes the flow's
//! place in the host, and gives it back.

use hostway_e2e::flows::add_product;
use hostway_e2e::{sel, Browser, Harness};

/// The wasm modules the page has fetched so far, by file name.
async fn modules(b: &Browser) -> Vec<String> {
    let v = b
        .eval("return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(p => p.endsWith('.wasm'))")
        .await;
    serde_json::from_value(v).unwrap_or_default()
}

async fn fetched(b: &Browser, stem: &str) -> bool {
    modules(b).await.iter().any(|m| m.starts_with(stem))
}

/// A cart holding one product, reached through the shop's module (no sign of intent before it).
async fn cart(b: &Browser, h: &Harness) {
    b.save_data().await;
    add_product(
        b,
        h,
        "core.plan.dnr.only",
        "core.dnr.com",
        "two-modules.com",
        &[],
    )
    .await;
}

#[tokio::test]
async fn the_checkout_is_its_own_module_handed_over_to_and_back_in_the_page() {
    let h = Harness::start().await;
    let b = h.browser().await;
    cart(&b, &h).await;
    assert!(
        !fetched(&b, "/hostway-checkout-").await,
        "reaching the cart fetches no checkout: {:?}",
        modules(&b).await
    );
    // Pointing at a step after the cart fetches the checkout ahead.
    b.eval(
        "document.querySelector('[data-testid=step-account]')\
           .dispatchEvent(new PointerEvent('pointerover', { bubbles: true })); return null",
    )
    .await;
    b.wait_until(hostway_e2e::WAIT, async || {
        fetched(&b, "/hostway-checkout-")
            .await
            .then_some(())
            .ok_or("the checkout was not fetched ahead".to_string())
    })
    .await
    .unwrap();

    // Going on: the checkout draws the step in the same page, with the order's lines, and the focus
    // arrives at the step.
    // (What the shop leaves in the tab for the checkout is recorded as it is written.)
    b.eval(
        "window.__samePage = true; window.__written = [];
         const set = Storage.prototype.setItem;
         Storage.prototype.setItem = function (k, v) { __written.push([k, v]); return set.call(this, k, v) };
         return null",
    )
    .await;
    b.click(sel::STEP_ACCOUNT).await;
    b.find("#account-userName").await;
    b.wait_path("/order/account").await;
    assert_eq!(b.eval("return window.__samePage === true").await, true);
    // The shop handed the open order's id over, so the checkout read the cart without looking it up.
    let id = h.sandbox.state.store.all().unwrap()[0].id.clone();
    let handed = b
        .eval("return __written.filter(([k]) => k === 'hostway.handover.order').map(([, v]) => v)")
        .await;
    assert!(
        handed
            .as_array()
            .is_some_and(|v| v.len() == 1 && v[0].as_str().unwrap().contains(&id)),
        "the order {id} handed over once: {handed}"
    );
    b.wait_text(sel::SUMMARY_LINE, "two-modules.com")
        .await
        .unwrap();
    b.wait_focus_on("step-where").await;
    assert_eq!(b.count("header").await, 1, "one app on the page");
    assert_eq!(b.count("main").await, 1);

    // Back: the shop's cart again, in the same page, nothing fetched again; Forward: the checkout.
    b.eval("history.back(); return null").await;
    b.wait_path("/order/items").await;
    b.wait_text(sel::CART, "two-modules.com").await.unwrap();
    assert_eq!(b.eval("return window.__samePage === true").await, true);
    b.eval("history.forward(); return null").await;
    b.find("#account-userName").await;
    let found = modules(&b).await;
    for stem in ["/hostway-order-", "/hostway-checkout-"] {
        let times = found.iter().filter(|m| m.starts_with(stem)).count();
        assert_eq!(times, 1, "{stem} fetched once: {found:?}");
    }
    assert_eq!(b.count("header").await, 1, "one app on the page");
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn a_direct_link_into_the_checkout_loads_the_checkout_not_the_shop() {
    let h = Harness::start().await;
    let b = h.browser().await;
    cart(&b, &h).await;
    // An order id left by a hand-over that did not happen (another order's): the lookup corrects it.
    b.eval(
        "sessionStorage.setItem('hostway.handover.order', \
           JSON.stringify(['0123456789abcdef0123456789abcdef', Date.now()])); return null",
    )
    .await;
    b.goto(&h.app_url("/order/contacts")).await;
    b.find(sel::CONTACT_FORM).await;
    b.wait_text(sel::SUMMARY_LINE, "two-modules.com")
        .await
        .unwrap();
    let left = b
        .eval("return sessionStorage.getItem('hostway.handover.order')")
        .await;
    assert!(left.is_null(), "taken once: {left}");
    assert_eq!(b.count("[role=alert]").await, 0, "no error stays");
    // (The page preloads the catalog stage's module too.)
    assert!(fetched(&b, "/hostway-checkout-").await);
    assert!(
        !fetched(&b, "/hostway-order-").await,
        "{:?}",
        modules(&b).await
    );
    // The catalog link leads back to the shop.
    b.click(".hw-header__nav a[href='/']").await;
    b.find(sel::CATALOG_ITEM).await;
    assert!(fetched(&b, "/hostway-order-").await);
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn when_the_checkout_cannot_load_the_cart_says_so_and_try_again_opens_it() {
    let h = Harness::start().await;
    let b = h.browser().await;
    cart(&b, &h).await;
    b.block_urls(&["*hostway-checkout-*"]).await;
    b.click(sel::STEP_ACCOUNT).await;
    b.wait_text("[data-testid=not-opened]", "could not be opened")
        .await
        .unwrap();
    // The order is still shown beside it.
    b.wait_text(sel::SUMMARY_LINE, "two-modules.com")
        .await
        .unwrap();
    assert!(b.low_contrast().await.is_empty());
    b.screens("checkout-not-opened").await;
    b.block_urls(&[]).await;
    b.click("[data-testid=not-opened] button").await;
    b.find("#account-userName").await;
    b.wait_path("/order/account").await;
    b.close().await;
    h.stop().await;
}

/// The module files of the widget's flow and checkout the shop's page fetched.
async fn widget_modules(b: &Browser) -> (usize, usize) {
    let found = modules(b).await;
    let count = |stem: &str| found.iter().filter(|m| m.starts_with(stem)).count();
    (
        count("/hostway-widget-flow-"),
        count("/hostway-widget-checkout-"),
    )
}

#[tokio::test]
async fn the_widgets_checkout_takes_the_flows_place_in_the_host_and_gives_it_back() {
    const IN: &str = "#hosting >>> ";
    // The shop is another site: the API's cookie must be partitioned to be kept there.
    let h = Harness::start_with(hostway_e2e::shop::partitioned).await;
    let b = h.browser().await;
    b.save_data().await;
    b.goto(&h.shop_url("/")).await;
    hostway_e2e::flows::start_widget_order(&b, IN).await;
    b.fill(&format!("{IN}#add-name"), "widget-modules.com")
        .await;
    b.click(&format!("{IN}{}", sel::ADD_TO_ORDER)).await;
    b.wait_text(&format!("{IN}{}", sel::CART), "widget-modules.com")
        .await
        .unwrap();
    assert_eq!(widget_modules(&b).await, (1, 0), "the cart is the flow's");
    let roots = "return document.getElementById('hosting').shadowRoot.querySelectorAll('.hw-widget').length";

    // Going on: the checkout stands in the flow's place, in the same host, with the order's lines.
    b.click(&format!("{IN}{}", sel::STEP_ACCOUNT)).await;
    b.find(&format!("{IN}#account-userName")).await;
    b.wait_text(&format!("{IN}{}", sel::SUMMARY_LINE), "widget-modules.com")
        .await
        .unwrap();
    assert_eq!(b.eval(roots).await, 1, "one widget in the host");
    assert_eq!(widget_modules(&b).await, (1, 1));
    b.screens("widget-checkout-account").await;
    // The shop heard the quote once: the checkout, arriving, does not tell it again.
    let quotes: Vec<_> = hostway_e2e::shop::events(&b)
        .await
        .into_iter()
        .filter(|e| e["host"] == "hosting" && e["name"] == "hostway:quote")
        .map(|e| e["detail"]["quoteHash"].clone())
        .collect();
    let mut distinct = quotes.clone();
    distinct.dedup();
    assert_eq!(quotes, distinct, "a quote told twice in a row");
    assert_eq!(
        b.eval("return location.pathname").await,
        "/",
        "the shop's address stays"
    );

    // Back to the cart: the flow again, not fetched again.
    b.click(&format!("{IN}{}", sel::STEP_ITEMS)).await;
    b.wait_text(&format!("{IN}{}", sel::CART), "widget-modules.com")
        .await
        .unwrap();
    assert_eq!(b.eval(roots).await, 1, "one widget in the host");
    assert_eq!(widget_modules(&b).await, (1, 1));
    b.close().await;
    h.stop().await;
}
