//! The seams between a first stage and its app: the app's module fetched ahead once the stage is usable
//! (never before, never under Save-Data), one hand-over whatever is clicked while it loads, Back during
//! the load, the catalog's address owned by one owner, and words instead of a blank page when the code
//! cannot load.

use hostway_e2e::{sel, shop};
use hostway_e2e::{Browser, Harness};
use hostway_sandbox::config::DEMO_AGENT;
use serde_json::Value;

/// The app modules (`stem`, e.g. `/hostway-order-`) the page fetched: each one's start, in ms.
async fn fetched(b: &Browser, stem: &str) -> Vec<f64> {
    let v = b
        .eval(&format!(
            "return performance.getEntriesByType('resource') \
               .filter((e) => new URL(e.name).pathname.startsWith('{stem}') && e.name.endsWith('.wasm')) \
               .map((e) => e.startTime)"
        ))
        .await;
    serde_json::from_value(v).unwrap_or_default()
}

/// Waits until the page has fetched the module `stem` (a sign, not a time); returns its starts.
async fn wait_fetched(b: &Browser, stem: &str) -> Vec<f64> {
    b.wait_until(hostway_e2e::WAIT, async || {
        let found = fetched(b, stem).await;
        (!found.is_empty())
            .then_some(found)
            .ok_or(format!("{stem} was never fetched"))
    })
    .await
    .unwrap_or_else(|e| panic!("{e}"))
}

/// Resolves once the page has been idle twice (every idle callback asked for before has run).
async fn idle(b: &Browser) {
    b.client
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             requestIdleCallback(() => requestIdleCallback(() => done(null), { timeout: 5000 }), { timeout: 5000 });",
            vec![],
        )
        .await
        .expect("idle callbacks");
}

async fn counts(b: &Browser) -> Vec<usize> {
    let mut all = Vec::new();
    for css in ["header", "main", "h1", sel::ADD_FORM] {
        all.push(b.count(css).await);
    }
    all
}

async fn history_length(b: &Browser) -> i64 {
    b.eval("return history.length").await.as_i64().unwrap()
}

#[tokio::test]
async fn the_app_is_fetched_ahead_once_the_catalog_is_usable_and_not_under_save_data() {
    let h = Harness::start().await;
    // The browser idles after the catalog shows: the app's module is fetched ahead, after the
    // catalog's mark, without any sign from the visitor.
    let b = h.browser().await;
    b.goto(&h.app_url("/")).await;
    b.find(sel::CATALOG_ITEM).await;
    let started = wait_fetched(&b, "/hostway-order-").await;
    let usable = b
        .eval("return performance.getEntriesByName('hostway:catalog-interactive')[0].startTime")
        .await
        .as_f64()
        .unwrap();
    assert!(
        started[0] >= usable,
        "fetched ahead at {} ms, before the catalog was usable at {usable} ms",
        started[0]
    );
    // "Choose" then needs nothing more from the app's origin.
    b.click(sel::CHOOSE_PRODUCT).await;
    b.find(sel::ADD_FORM).await;
    assert_eq!(fetched(&b, "/hostway-order-").await.len(), 1);
    b.close().await;

    // Save-Data: nothing fetched ahead once idle; pointing at "Choose" (a sign of intent) still does.
    let b = h.browser().await;
    b.save_data().await;
    b.goto(&h.app_url("/")).await;
    b.find(sel::CATALOG_ITEM).await;
    assert_eq!(
        b.eval("return navigator.connection.saveData").await,
        Value::Bool(true)
    );
    idle(&b).await;
    let pointed = b.eval("return performance.now()").await.as_f64().unwrap();
    b.eval("document.querySelector('[data-testid=choose-product]').dispatchEvent(new PointerEvent('pointerover', { bubbles: true })); return null")
        .await;
    let started = wait_fetched(&b, "/hostway-order-").await;
    assert_eq!(started.len(), 1, "{started:?}");
    assert!(
        started[0] >= pointed,
        "under Save-Data the app was fetched at {} ms, before the visitor pointed at {pointed} ms",
        started[0]
    );
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn a_double_click_while_the_app_loads_mounts_it_once() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.save_data().await;
    b.goto(&h.app_url("/")).await;
    b.find(sel::CATALOG_ITEM).await;
    let before = history_length(&b).await;
    // Each request takes a second: the second click comes while the app's module loads.
    b.slow_network(1000).await;
    b.eval(
        "const a = document.querySelector('[data-testid=choose-product]'); a.click(); \
         setTimeout(() => a.click(), 100); return null",
    )
    .await;
    b.find(sel::ADD_FORM).await;
    b.slow_network(0).await;
    b.wait_path("/products/").await;
    assert_eq!(counts(&b).await, [1, 1, 1, 1], "header, main, h1, form");
    assert_eq!(history_length(&b).await, before + 1, "one history entry");
    // Back returns to the catalog, once.
    b.eval("history.back(); return null").await;
    b.find(sel::CATALOG_ITEM).await;
    assert_eq!(b.eval("return location.pathname").await, "/");
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn back_while_the_app_loads_keeps_the_catalog_and_its_search() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.save_data().await;
    b.goto(&h.app_url("/?q=mail")).await;
    b.find(sel::CATALOG_ITEM).await;
    let searched = b.text(sel::CATALOG_COUNT).await;
    // "Catalog" in the stage's header: the whole catalog, in an entry of its own.
    b.click("header nav a[href='/']").await;
    b.wait_until(hostway_e2e::WAIT, async || {
        let now = b.text(sel::CATALOG_COUNT).await;
        (now != searched)
            .then_some(())
            .ok_or(format!("still {now}"))
    })
    .await
    .unwrap();
    assert_eq!(b.value(sel::CATALOG_SEARCH).await, "");
    assert_eq!(b.eval("return location.search").await, "");
    // "Choose", then Back before the app's module is there: the visitor is back at the search and
    // the app never mounts over it.
    b.slow_network(1500).await;
    b.eval("document.querySelector('[data-testid=choose-product]').click(); history.back(); return null")
        .await;
    b.wait_path("/?q=mail").await;
    b.wait_value(sel::CATALOG_SEARCH, "mail").await;
    b.wait_text(sel::CATALOG_COUNT, &searched).await.unwrap();
    // The load settles (its notice goes): still the stage, at the search.
    wait_fetched(&b, "/hostway-order-").await;
    b.wait_until(hostway_e2e::WAIT, async || {
        (b.count("[data-testid=handover]").await == 0)
            .then_some(())
            .ok_or("the hand-over notice stayed".to_string())
    })
    .await
    .unwrap();
    b.slow_network(0).await;
    assert_eq!(b.count(sel::ADD_FORM).await, 0, "the app did not mount");
    assert_eq!(
        b.eval("return location.pathname + location.search").await,
        "/?q=mail"
    );
    assert_eq!(counts(&b).await[..3], [1, 1, 1]);
    // The next "Choose" opens the product.
    b.click(sel::CHOOSE_PRODUCT).await;
    b.find(sel::ADD_FORM).await;
    b.wait_path("/products/").await;
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn the_catalog_link_in_the_app_shows_the_whole_catalog_and_back_restores_the_search() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.goto(&h.app_url("/order/items")).await;
    b.find(sel::STEP_ITEMS).await;
    b.click("header nav a[href='/']").await;
    b.find(sel::CATALOG_ITEM).await;
    let all = b.text(sel::CATALOG_COUNT).await;
    b.fill(sel::CATALOG_SEARCH, "mail").await;
    b.wait_path("/?q=mail").await;
    let searched = b.text(sel::CATALOG_COUNT).await;
    assert_ne!(searched, all, "the search narrows the catalog");
    // The header's "Catalog": the whole catalog, an empty search, an address without it.
    b.click("header nav a[href='/']").await;
    b.wait_value(sel::CATALOG_SEARCH, "").await;
    b.wait_text(sel::CATALOG_COUNT, &all).await.unwrap();
    assert_eq!(
        b.eval("return location.pathname + location.search").await,
        "/"
    );
    // Back restores the search; Forward the whole catalog again.
    b.eval("history.back(); return null").await;
    b.wait_path("/?q=mail").await;
    b.wait_value(sel::CATALOG_SEARCH, "mail").await;
    b.wait_text(sel::CATALOG_COUNT, &searched).await.unwrap();
    b.eval("history.forward(); return null").await;
    b.wait_value(sel::CATALOG_SEARCH, "").await;
    b.wait_text(sel::CATALOG_COUNT, &all).await.unwrap();
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn a_page_whose_code_cannot_load_says_so_and_offers_a_reload() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.block_urls(&["*.wasm"]).await;
    for path in ["/", "/order/items", "/agent"] {
        b.goto(&h.app_url(path)).await;
        // The static frame's header was there before any script, and stays.
        assert_eq!(b.count("header nav a").await, 3, "{path}");
        b.wait_text("[data-testid=boot-status]", "could not be loaded")
            .await
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(
            b.attr("[data-testid=boot-reload]", "href").await.unwrap(),
            h.app_url(path),
            "the reload link reloads {path}"
        );
        assert_eq!(
            b.count("[data-testid=boot-slow]").await,
            0,
            "{path}: said once, not also \"Still loading?\""
        );
    }
    // Unblocked, the reload link brings the page.
    b.block_urls(&[]).await;
    b.click("[data-testid=boot-reload]").await;
    b.find("#agent-user").await;
    assert_eq!(
        b.count("[data-hostway-frame]").await,
        0,
        "the frame gave way"
    );
    assert_eq!(b.count("header").await, 1);
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn the_static_frame_is_the_stages_frame() {
    let h = Harness::start().await;
    let b = h.browser().await;
    // The header as drawn: tags, classes, links, their text, rel and label (not test ids, nor the
    // current page's mark, which the static page cannot know).
    let header = "const walk = (e) => [e.tagName, e.className, e.getAttribute('href'), e.getAttribute('rel'), \
                    e.getAttribute('aria-label'), e.children.length ? '' : e.textContent.trim(), [...e.children].map(walk)]; \
                  return JSON.stringify(walk(document.querySelector('header')))";
    b.block_urls(&["*.wasm"]).await;
    b.goto(&h.app_url("/")).await;
    b.find("[data-testid=boot-reload]").await;
    let frame = b.eval(header).await;
    b.block_urls(&[]).await;
    for path in ["/", "/agent"] {
        b.goto(&h.app_url(path)).await;
        b.wait_until(hostway_e2e::WAIT, async || {
            (b.count("[data-hostway-frame]").await == 0)
                .then_some(())
                .ok_or("the static frame stayed".to_string())
        })
        .await
        .unwrap();
        assert_eq!(b.eval(header).await, frame, "{path}");
    }
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn a_double_submit_of_the_agent_sign_in_opens_the_portal_once() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.save_data().await;
    b.goto(&h.app_url("/agent")).await;
    b.find("#agent-user").await;
    let before = history_length(&b).await;
    let (user, password) = DEMO_AGENT.split_once(':').unwrap();
    b.fill("#agent-user", user).await;
    b.fill("#agent-password", password).await;
    b.slow_network(800).await;
    b.eval(
        "const s = document.querySelector('[data-testid=agent-submit]'); s.click(); \
         setTimeout(() => s.click(), 100); return null",
    )
    .await;
    b.find(sel::AGENT_FIND).await;
    b.slow_network(0).await;
    assert_eq!(b.count(sel::AGENT_SIGNED_IN).await, 1);
    assert_eq!(counts(&b).await[..3], [1, 1, 1], "header, main, h1");
    assert_eq!(history_length(&b).await, before, "no history entry");
    assert_eq!(b.eval("return location.pathname").await, "/agent");
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn a_double_click_on_order_now_opens_one_flow() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.save_data().await;
    const HOSTING: &str = "#hosting >>> ";
    b.goto(&h.shop_url("/")).await;
    b.find(&format!("{HOSTING}[data-testid=widget-start]"))
        .await;
    b.slow_network(1000).await;
    b.eval(
        "const s = document.querySelector('#hosting').shadowRoot.querySelector('[data-testid=widget-start]'); \
         s.click(); setTimeout(() => s.click(), 100); return null",
    )
    .await;
    b.find(&format!("{HOSTING}[data-testid=add-form]")).await;
    b.slow_network(0).await;
    assert_eq!(
        b.eval("return document.querySelector('#hosting').shadowRoot.querySelectorAll('[data-testid=add-form]').length")
            .await,
        Value::from(1)
    );
    assert_eq!(
        b.eval("return document.querySelector('#hosting').shadowRoot.querySelectorAll('.hw-widget').length")
            .await,
        Value::from(1),
        "one widget root"
    );
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn the_widget_fetches_its_flow_ahead_only_in_view_after_the_shops_page_loaded() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.goto(&h.shop_url("/")).await;
    b.find("#hosting >>> [data-testid=widget-start]").await;
    let started = wait_fetched(&b, "/hostway-widget-flow-").await;
    let loaded = b
        .eval("return performance.getEntriesByType('navigation')[0].loadEventEnd")
        .await
        .as_f64()
        .unwrap();
    assert!(
        started[0] >= loaded,
        "the flow was fetched at {} ms, before the shop's page loaded at {loaded} ms",
        started[0]
    );
    b.close().await;

    // A widget below the fold is fetched ahead only once it is scrolled into view (a fetch before
    // would have started before the scroll: the loader reuses a load).
    let b = h.browser().await;
    shop::open(&b, &h.shop_url("/test/widget-test.html?below")).await;
    b.find("#two >>> [data-testid=widget-start]").await;
    b.find("#one >>> [data-testid=widget-start]").await;
    idle(&b).await;
    let scrolled = b
        .eval("document.querySelector('#two').scrollIntoView(); return performance.now()")
        .await
        .as_f64()
        .unwrap();
    let started = wait_fetched(&b, "/hostway-widget-flow-").await;
    assert!(started[0] >= scrolled, "{started:?} before {scrolled}");
    b.close().await;
    h.stop().await;
}
