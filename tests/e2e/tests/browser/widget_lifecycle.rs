//! The embedded widget's life on a shop's page: removed (nothing left running), its cookie refused (the
//! way on to the app), and its ordering flow unable to load (said, the choice kept).

use std::time::Duration;

use hostway_e2e::flows::{fill_account_in, fill_contact_in, fill_payment_in, start_widget_order};
use hostway_e2e::sel;
use hostway_e2e::shop::{open, partitioned, wait_event};
use hostway_e2e::{Harness, WAIT};
use hostway_sandbox::model::status;

const ONE: &str = "#one >>> ";

#[tokio::test]
async fn a_removed_widget_leaves_no_timers_or_requests() {
    let h = Harness::start_with(|c| {
        partitioned(c);
        c.provision_ms = 600_000; // stays Processing: the status page keeps polling
    })
    .await;
    let b = h.browser().await;
    open(&b, &h.shop_url("/test/widget-test.html")).await;
    let _ = b.requests(&h.sandbox.url()).await; // counted from here
    b.eval(r#"document.getElementById("two").remove()"#).await;
    start_widget_order(&b, ONE).await;
    b.fill(&format!("{ONE}#add-name"), "leaves-nothing.com")
        .await;
    b.click(&format!("{ONE}[data-testid=add-to-order]")).await;
    b.find(&format!("{ONE}[data-testid=cart]")).await;
    fill_account_in(&b, ONE).await;
    fill_contact_in(&b, ONE).await;
    fill_payment_in(&b, ONE).await;
    b.click(&format!("{ONE}[data-testid=step-review]")).await;
    b.find(&format!("{ONE}[data-testid=quote-total]")).await;
    b.click(&format!("{ONE}[data-testid=submit]")).await;
    b.wait_attr(
        &format!("{ONE}[data-testid=status-polls]"),
        "data-polls",
        "3",
    )
    .await
    .unwrap();

    let api = h.sandbox.url();
    // While mounted, the poller waits on a timer between polls (the page counts live timers).
    let mut waiting = false;
    for _ in 0..50 {
        if b.eval("return window.liveTimers()").await.as_u64() > Some(0) {
            waiting = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(waiting, "the status poller's timer is visible to the page");
    b.eval(r#"document.getElementById("one").remove()"#).await;
    assert_eq!(
        b.eval("return window.liveTimers()").await,
        0,
        "the poller's timer was cleared"
    );
    // Nothing can poll again once no timer is left and no request is under way (a read the removal
    // aborted settles at once): the sign to wait for, instead of time for the next poll to come.
    let after_removal = b
        .wait_until(WAIT, async || {
            let r = b.requests(&api).await;
            (r.in_flight == 0)
                .then_some(r)
                .ok_or(format!("{} request(s) still under way", r.in_flight))
        })
        .await
        .unwrap();
    assert!(
        after_removal.started >= 3,
        "the count saw the polls: {after_removal:?}"
    );
    assert_eq!(b.eval("return window.liveTimers()").await, 0);

    // A widget added later mounts (the loader watches the page).
    b.eval(
        r#"const host = document.createElement("div");
        host.id = "three";
        host.setAttribute("data-hostway-order", "");
        host.dataset.api = document.querySelector("[data-api]")?.dataset.api ?? "";
        document.body.append(host);"#,
    )
    .await;
    b.find("#three >>> [data-testid=widget-misconfigured]")
        .await;
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn with_third_party_cookies_blocked_the_widget_offers_the_app_and_the_order_completes_there()
{
    // The sandbox's default cookie (SameSite=Lax): a cross-site shop page does not keep it.
    let h = Harness::start().await;
    let b = h.browser().await;
    open(&b, &h.shop_url("/test/widget-test.html")).await;
    start_widget_order(&b, ONE).await;
    b.fill(&format!("{ONE}#add-name"), "fallback-shop.com")
        .await;
    b.click(&format!("{ONE}[data-testid=add-to-order]")).await;
    b.wait_text(
        &format!("{ONE}[data-testid=cookie-fallback]"),
        "third-party cookies",
    )
    .await
    .unwrap();
    let error = wait_event(&b, "one", "hostway:error").await;
    assert!(
        error["message"].as_str().unwrap().contains("cookie"),
        "{error}"
    );
    // Said once, by the fallback with its way on: not again in an error summary or a status row.
    let also = b
        .eval(
            "const r = document.querySelector('#one').shadowRoot; \
             return [r.querySelector('[data-testid=error-summary]')?.innerText ?? '', \
                     r.querySelector('[data-testid=api-health-message]')?.innerText ?? '']",
        )
        .await;
    assert_eq!(also, serde_json::json!(["", ""]), "{also}");
    let link = b
        .attr(&format!("{ONE}[data-testid=cookie-fallback-link]"), "href")
        .await
        .unwrap();
    assert!(
        link.starts_with(&h.app_url("/products/core.plan.www.basic?offering=USD-12&cycle=12")),
        "{link}"
    );
    assert!(link.contains("name=fallback-shop.com"), "{link}");

    // The link opens the app on its own origin, in a new top-level window, with the form carried over.
    let before = b.client.windows().await.unwrap();
    b.click(&format!("{ONE}[data-testid=cookie-fallback-link]"))
        .await;
    let mut opened = None;
    for _ in 0..50 {
        let now = b.client.windows().await.unwrap();
        opened = now.into_iter().find(|w| !before.contains(w));
        if opened.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    b.client
        .switch_to_window(opened.expect("a new window"))
        .await
        .unwrap();
    b.wait_path("/products/core.plan.www.basic").await;
    b.find(sel::ADD_FORM).await;
    assert_eq!(b.value("#add-name").await, "fallback-shop.com");
    assert_eq!(b.value("#add-offering").await, "USD-12");
    b.click(sel::ADD_TO_ORDER).await;
    b.wait_text(sel::CART, "fallback-shop.com").await.unwrap();
    fill_account_in(&b, "").await;
    fill_contact_in(&b, "").await;
    fill_payment_in(&b, "").await;
    hostway_e2e::flows::submit_until(&b, "Completed").await;

    let orders = h.sandbox.state.store.all().unwrap();
    let completed: Vec<_> = orders
        .iter()
        .filter(|o| o.status == status::COMPLETED)
        .collect();
    assert_eq!(completed.len(), 1, "{orders:?}");
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn when_the_ordering_flow_cannot_load_the_first_stage_says_so_and_keeps_the_choice() {
    let h = Harness::start().await;
    let b = h.browser().await;
    // Not fetched ahead while idle: "Order now" is what fetches it.
    b.save_data().await;
    const DOMAINS: &str = "#domains >>> ";
    b.goto(&h.shop_url("/")).await;
    b.find(&format!("{DOMAINS}[data-testid=widget-start]"))
        .await;
    // Offline before any pointer or focus reaches the widget (either fetches the flow ahead): "Order
    // now" cannot fetch the flow's module, which is said at the button; the choice stays.
    b.set_offline(true).await;
    b.choose(&format!("{DOMAINS}#add-service"), "core.dnr.net")
        .await;
    b.click(&format!("{DOMAINS}[data-testid=widget-start]"))
        .await;
    b.wait_text(
        &format!("{DOMAINS}[data-testid=widget-start-failed]"),
        "could not be opened",
    )
    .await
    .unwrap();
    assert_eq!(
        b.text(&format!("{DOMAINS}[data-testid=widget-start]"))
            .await,
        "Order now"
    );
    assert_eq!(
        b.value(&format!("{DOMAINS}#add-service")).await,
        "core.dnr.net"
    );
    // Back online, pressing it again opens the flow with the choice (a failed import is not final).
    b.set_offline(false).await;
    b.click(&format!("{DOMAINS}[data-testid=widget-start]"))
        .await;
    b.find(&format!("{DOMAINS}[data-testid=add-form]")).await;
    assert_eq!(
        b.value(&format!("{DOMAINS}#add-service")).await,
        "core.dnr.net"
    );
    b.close().await;
    h.stop().await;
}

/// A widget set up with a product the catalog does not have says so in the words of the app's product
/// page, without a "Try again" that could not help; the shop's other widget is unaffected.
#[tokio::test]
async fn a_widget_for_a_product_not_in_the_catalog_says_so() {
    let h = Harness::start().await;
    let b = h.browser().await;
    open(
        &b,
        &h.shop_url("/test/widget-test.html?product=core.plan.gone"),
    )
    .await;
    b.wait_text(
        &format!("#two >>> {}", sel::PRODUCT_ERROR),
        "This product is not in the catalog.",
    )
    .await
    .unwrap();
    assert_eq!(
        b.count("#two >>> [data-testid=try-again]").await,
        0,
        "no Try again for a product that does not exist"
    );
    b.find(&format!("{ONE}[data-testid=widget-start]")).await;
    b.close().await;
    h.stop().await;
}

/// A visitor who started an order and comes back (the shop's page reloaded) finds it: the first stage
/// offers "Continue your order (1 item)" beside "Order now", which opens the flow at the cart; the
/// same domain added again is said at its field, not doubled.
#[tokio::test]
async fn a_reloaded_shop_page_offers_the_order_in_progress() {
    let h = Harness::start_with(partitioned).await;
    let b = h.browser().await;
    open(&b, &h.shop_url("/test/widget-test.html")).await;
    b.find(&format!("{ONE}[data-testid=widget-start]")).await;
    // A first visit: nothing to continue.
    assert_eq!(
        b.count(&format!("{ONE}[data-testid=widget-resume]")).await,
        0
    );
    start_widget_order(&b, ONE).await;
    b.fill(&format!("{ONE}#add-name"), "come-back.com").await;
    b.click(&format!("{ONE}[data-testid=add-to-order]")).await;
    b.wait_text(&format!("{ONE}[data-testid=cart]"), "come-back.com")
        .await
        .unwrap();

    b.reload().await;
    b.wait_text(
        &format!("{ONE}[data-testid=widget-resume]"),
        "Continue your order (1 item)",
    )
    .await
    .unwrap();
    b.find(&format!("{ONE}[data-testid=widget-start]")).await;
    b.screens("widget-resume").await;
    let looks = "return performance.getEntriesByType('resource').filter(e => new URL(e.name).pathname === '/order').length";
    let before = b.eval(looks).await;
    b.click(&format!("{ONE}[data-testid=widget-resume]")).await;
    b.wait_text(&format!("{ONE}[data-testid=cart]"), "come-back.com")
        .await
        .unwrap();
    // The first stage found the order: the flow does not look for it again.
    assert_eq!(b.eval(looks).await, before, "GET /order again");
    assert!(before.as_u64().unwrap() >= 1, "{before}");
    b.wait_text(
        &format!("{ONE}[data-testid=step-where]"),
        "Step 1 of 5: Cart",
    )
    .await
    .unwrap();

    // The same domain again, from the product: said at the name, and the cart keeps one line.
    b.click(&format!("{ONE}[data-testid=add-more]")).await;
    b.fill(&format!("{ONE}#add-name"), "come-back.com").await;
    b.click(&format!("{ONE}[data-testid=add-to-order]")).await;
    b.wait_text(&format!("{ONE}#add-name-error"), "already in your order")
        .await
        .unwrap();
    let orders = h.sandbox.state.store.all().unwrap();
    assert_eq!(orders.len(), 1, "the order resumed, not a new one");
    assert_eq!(orders[0].account.as_ref().unwrap().products.len(), 1);
    b.close().await;
    h.stop().await;
}
