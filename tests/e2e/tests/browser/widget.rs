//! The embedded widget on a shop's page: the shop on `127.0.0.1` (another site), the app on `localhost`,
//! the API on `localhost` too. The shop's pages are served with a strict Content-Security-Policy. Here:
//! its theme and isolation, and a whole order with events beside a second widget.

use hostway_e2e::flows::{fill_account_in, fill_contact_in, fill_payment_in, start_widget_order};
use hostway_e2e::shop::{events, open, partitioned, wait_event, wait_event_where};
use hostway_e2e::{Browser, Harness};
use hostway_sandbox::model::status;
use serde_json::Value;

const ONE: &str = "#one >>> ";
const TWO: &str = "#two >>> ";

/// Computed styles of elements inside widget #one's flow, the way a user sees them.
async fn inside_styles(b: &Browser) -> Value {
    start_widget_order(b, ONE).await;
    b.eval(
        r##"const root = document.getElementById("one").shadowRoot;
        const props = ["color", "background-color", "font-family", "font-size", "font-style", "letter-spacing",
          "text-transform", "line-height", "word-spacing", "text-align", "padding-top", "margin-top",
          "border-top-width", "border-top-style", "display", "box-sizing", "height"];
        const out = {};
        for (const sel of [".hw-widget", "h1", "label", "#add-name", "[data-testid=add-to-order]", ".hw-health", "form"]) {
          const el = root.querySelector(sel);
          const cs = getComputedStyle(el);
          out[sel] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
        }
        return out;"##,
    )
    .await
}

async fn outside_styles(b: &Browser) -> Value {
    b.eval(
        r##"const props = ["color", "background-color", "border-top-width", "padding-top", "font-family", "border-radius"];
        const out = {};
        for (const sel of ["#outside-button", "#outside-card", ".outside-title", "body"]) {
          const cs = getComputedStyle(document.querySelector(sel));
          out[sel] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
        }
        return out;"##,
    )
    .await
}

#[tokio::test]
async fn the_widget_is_themed_by_the_host_and_isolated_both_ways() {
    let h = Harness::start_with(partitioned).await;
    let b = h.browser().await;

    open(&b, &h.shop_url("/test/widget-test.html")).await;
    // The first stage wears the shop's theme like the flow that follows it.
    let first_stage_button = |host: &str| {
        format!(
            r#"return getComputedStyle(document.getElementById("{host}").shadowRoot.querySelector("[data-testid=widget-start]")).backgroundColor"#
        )
    };
    b.find(&format!("{ONE}[data-testid=widget-start]")).await;
    b.find(&format!("{TWO}[data-testid=widget-start]")).await;
    assert_eq!(
        b.eval(&first_stage_button("one")).await,
        "rgb(122, 46, 142)"
    );
    assert_eq!(b.eval(&first_stage_button("two")).await, "rgb(11, 92, 173)");
    let plain = inside_styles(&b).await;
    // Theming: #one's shop colours and font through --hostway-*; #two keeps the defaults.
    let button = &plain["[data-testid=add-to-order]"];
    assert_eq!(button["background-color"], "rgb(122, 46, 142)", "{button}");
    assert!(
        button["font-family"].as_str().unwrap().contains("Georgia"),
        "{button}"
    );
    start_widget_order(&b, TWO).await;
    assert_eq!(
        b.eval(r#"return getComputedStyle(document.getElementById("two").shadowRoot.querySelector("[data-testid=add-to-order]")).backgroundColor"#).await,
        "rgb(11, 92, 173)"
    );

    // A hostile host stylesheet changes nothing inside.
    open(&b, &h.shop_url("/test/widget-test.html?hostile")).await;
    let hostile = inside_styles(&b).await;
    assert_eq!(
        b.eval(r#"return getComputedStyle(document.getElementById("outside-button")).color"#)
            .await,
        "rgb(255, 0, 0)",
        "the hostile stylesheet is in force on the host page"
    );
    assert_eq!(
        plain, hostile,
        "the host's styles reached inside the widget"
    );

    // The widget's styles do not leak out: the shop's own .hw-button, .hw-card and h1 look the same
    // with and without the widget on the page.
    let with_widget = outside_styles(&b).await;
    open(&b, &h.shop_url("/test/widget-test.html?hostile&widget=0")).await;
    assert_eq!(b.count(&format!("{ONE}.hw-widget")).await, 0);
    assert_eq!(with_widget, outside_styles(&b).await);
    open(&b, &h.shop_url("/test/widget-test.html")).await;
    let plain_outside = outside_styles(&b).await;
    open(&b, &h.shop_url("/test/widget-test.html?widget=0")).await;
    assert_eq!(plain_outside, outside_styles(&b).await);

    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn an_order_completes_inside_the_widget_with_events_and_two_widgets_do_not_interfere() {
    let h = Harness::start_with(partitioned).await;
    let b = h.browser().await;
    let page = h.shop_url("/test/widget-test.html?hostile");
    open(&b, &page).await;

    let ready = wait_event(&b, "one", "hostway:ready").await;
    assert_eq!(ready["product"], "core.plan.www.basic");
    assert_eq!(ready["offering"], "USD-12");
    assert_eq!(ready["apiBase"], h.sandbox.url());
    assert_eq!(
        wait_event(&b, "two", "hostway:ready").await["product"],
        "core.plan.dnr.only"
    );
    // Record every request the widgets make (method and URL), to count the quote reads below.
    b.eval(
        "window.__fetches = []; const f = window.fetch; \
         window.fetch = function (input, init) { \
           const r = input instanceof Request ? input : null; \
           window.__fetches.push([r ? r.method : (init && init.method) || 'GET', r ? r.url : String(input)]); \
           return f.apply(this, arguments); }; return null",
    )
    .await;
    // Each widget starts as its first stage: the host's data-offering chose #one's billing; what the
    // customer chooses there is what the ordering flow's form holds once "Order now" loaded it.
    assert_eq!(b.value(&format!("{ONE}#add-offering")).await, "USD-12");
    assert_eq!(b.count(&format!("{ONE}#add-name")).await, 0);
    b.choose(&format!("{TWO}#add-service"), "core.dnr.net")
        .await;
    start_widget_order(&b, ONE).await;
    assert_eq!(b.value(&format!("{ONE}#add-offering")).await, "USD-12");
    assert_eq!(
        b.eval("return document.getElementById('one').shadowRoot.activeElement?.id ?? null")
            .await,
        "add-name",
        "the flow's first field to fill has the focus"
    );
    start_widget_order(&b, TWO).await;
    assert_eq!(b.value(&format!("{TWO}#add-service")).await, "core.dnr.net");
    b.fill(&format!("{TWO}#add-name"), "second-widget.com")
        .await;
    b.fill(&format!("{ONE}#add-name"), "widget-shop.com").await;
    assert_eq!(
        b.value(&format!("{TWO}#add-name")).await,
        "second-widget.com"
    );

    b.click(&format!("{ONE}[data-testid=add-to-order]")).await;
    b.wait_text(&format!("{ONE}[data-testid=cart]"), "widget-shop.com")
        .await
        .unwrap();
    // The quote changes as the product, then its service, are added; it ends with a price.
    let quote = wait_event_where(&b, "one", "hostway:quote", |d| {
        d["totalMinor"].as_i64() > Some(0)
    })
    .await;
    let order_id = quote["orderId"].as_str().unwrap().to_string();
    assert_eq!(quote["currency"], "USD");

    fill_account_in(&b, ONE).await;
    // "Save and continue" moves the widget on, inside the shop's page.
    b.find(&format!("{ONE}[data-testid=contact-form]")).await;
    b.screens("widget-contacts").await;
    fill_contact_in(&b, ONE).await;
    fill_payment_in(&b, ONE).await;
    b.click(&format!("{ONE}[data-testid=step-review]")).await;
    let total = b.text(&format!("{ONE}[data-testid=quote-total]")).await;
    // Two widgets and the review show the same quote: it is read once per change of the order, never
    // twice between two writes (a module of the flow that arrives, the checkout, reads it once for
    // itself).
    let fetches = b.eval("return window.__fetches").await;
    let mut quote_reads = vec![0];
    for f in fetches.as_array().unwrap() {
        if f[0] != "GET" || f[1].as_str().unwrap().ends_with(".wasm") {
            quote_reads.push(0);
        } else if f[1].as_str().unwrap().ends_with("/quote") {
            *quote_reads.last_mut().unwrap() += 1;
        }
    }
    assert!(
        quote_reads.iter().all(|n| *n <= 1) && quote_reads.iter().sum::<i32>() > 0,
        "quote reads between writes: {quote_reads:?} in {fetches:#}"
    );
    b.click(&format!("{ONE}[data-testid=submit]")).await;
    b.wait_attr(
        &format!("{ONE}[data-testid=status-timeline]"),
        "data-status",
        "Completed",
    )
    .await
    .unwrap();

    let submitted = wait_event(&b, "one", "hostway:submitted").await;
    // From the status, the customer can start again inside the widget.
    b.click(&format!("{ONE}[data-testid=widget-new-order]"))
        .await;
    b.find(&format!("{ONE}[data-testid=add-form]")).await;
    assert_eq!(submitted["orderId"], order_id.as_str());
    let completed = wait_event(&b, "one", "hostway:completed").await;
    assert_eq!(completed["orderId"], order_id.as_str());
    assert_eq!(completed["status"], "Completed");
    let last_quote = events(&b)
        .await
        .into_iter()
        .rfind(|e| e["host"] == "one" && e["name"] == "hostway:quote")
        .unwrap();
    let shown = last_quote["detail"]["total"].as_str().unwrap().to_string();
    assert!(
        total.contains(&shown),
        "the event's total {shown} is the one shown, {total}"
    );
    // Only priced quotes are announced: never the empty order's 0.00.
    let unpriced: Vec<Value> = events(&b)
        .await
        .into_iter()
        .filter(|e| e["name"] == "hostway:quote" && e["detail"]["totalMinor"] == 0)
        .collect();
    assert!(unpriced.is_empty(), "{unpriced:?}");

    // The shop's page never moved; #two kept its own form and what was typed in it.
    assert_eq!(
        b.eval("return location.pathname + location.search").await,
        "/test/widget-test.html?hostile"
    );
    assert_eq!(
        b.value(&format!("{TWO}#add-name")).await,
        "second-widget.com"
    );
    assert!(
        !events(&b)
            .await
            .iter()
            .any(|e| e["host"] == "two" && e["name"] == "hostway:submitted"),
        "#one's submit was announced on #one only"
    );

    let orders = h.sandbox.state.store.all().unwrap();
    assert_eq!(orders.len(), 1, "{orders:?}");
    assert_eq!(orders[0].id, order_id);
    assert_eq!(orders[0].status, status::COMPLETED);
    b.close().await;
    h.stop().await;
}
