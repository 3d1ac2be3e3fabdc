//! Component tests in headless Chromium (wasm-bindgen-test): mount into a fresh element, let the
//! reactive system run, assert on what a user sees.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use hostway_order::App;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_host() -> web_sys::HtmlElement {
    let document = document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host.unchecked_into()
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Polls until `check` holds or `limit` passes.
async fn eventually(limit: Duration, mut check: impl FnMut() -> bool) -> bool {
    let mut waited = 0;
    while waited < limit.as_millis() as i32 {
        if check() {
            return true;
        }
        sleep(50).await;
        waited += 50;
    }
    check()
}

fn set_meta(content: &str) {
    let document = document();
    let meta = match document
        .query_selector("meta[name=hostway-api-base]")
        .unwrap()
    {
        Some(m) => m,
        None => {
            let m = document.create_element("meta").unwrap();
            m.set_attribute("name", "hostway-api-base").unwrap();
            document.head().unwrap().append_child(&m).unwrap();
            m
        }
    };
    meta.set_attribute("content", content).unwrap();
}

#[wasm_bindgen_test]
async fn shell_has_landmarks_and_shows_the_configured_api() {
    // Port 9 (discard) on loopback: nothing answers there.
    set_meta("http://127.0.0.1:9/");
    let host = fresh_host();
    let _handle = mount_to(host.clone(), App);
    leptos::task::tick().await;

    for landmark in ["header", "main#main", "footer", "nav[aria-label=Main]"] {
        assert!(
            host.query_selector(landmark).unwrap().is_some(),
            "missing {landmark}"
        );
    }
    let base = host
        .query_selector("[data-testid=api-base]")
        .unwrap()
        .unwrap();
    assert_eq!(
        base.text_content().unwrap(),
        "http://127.0.0.1:9",
        "trailing slash trimmed"
    );

    // The live indicator leaves "checking" and names the cause: nothing listens there.
    let health = host
        .query_selector("[data-testid=api-health]")
        .unwrap()
        .unwrap();
    let settled = eventually(Duration::from_secs(10), || {
        health.get_attribute("data-state").as_deref() == Some("Down")
    })
    .await;
    assert!(
        settled,
        "state stayed {:?}",
        health.get_attribute("data-state")
    );
    assert!(health.class_name().contains("hw-health--error"));
    let message = host
        .query_selector("[data-testid=api-health-message]")
        .unwrap()
        .unwrap();
    assert!(message.text_content().unwrap().contains("not reachable"));
}

#[wasm_bindgen_test]
async fn a_non_http_meta_value_is_not_used() {
    set_meta("javascript:alert(1)");
    let host = fresh_host();
    let _handle = mount_to(host.clone(), App);
    leptos::task::tick().await;
    let base = host
        .query_selector("[data-testid=api-base]")
        .unwrap()
        .unwrap();
    assert_eq!(
        base.text_content().unwrap(),
        hostway_order::config::DEFAULT_API_BASE
    );
}
