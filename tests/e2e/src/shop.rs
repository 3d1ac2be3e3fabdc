//! A shop's test pages with the widget: the deployment's cookies, loading the page, and the widget's
//! events as the page records them (`window.hostwayEvents`).

use std::time::Duration;

use hostway_sandbox::Config;
use serde_json::Value;

use crate::Browser;

/// Cookies a browser keeps for the API in a third-party context (the deployment the README describes).
pub fn partitioned(c: &mut Config) {
    c.cookie_samesite = hostway_sandbox::config::SameSite::None;
    c.cookie_secure = true;
    c.partitioned = true;
}

pub async fn open(b: &Browser, url: &str) {
    b.goto(url).await;
    b.wait_until(Duration::from_secs(15), async || {
        (b.eval("return window.pageReady === true").await == Value::Bool(true))
            .then_some(())
            .ok_or_else(|| format!("the test page did not finish loading the widget: {url}"))
    })
    .await
    .unwrap_or_else(|e| panic!("{e}"));
}

pub async fn events(b: &Browser) -> Vec<Value> {
    b.eval("return window.hostwayEvents")
        .await
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// Waits for an event `name` from `host`; returns its detail.
pub async fn wait_event(b: &Browser, host: &str, name: &str) -> Value {
    wait_event_where(b, host, name, |_| true).await
}

/// Waits for an event `name` from `host` whose detail passes `test`.
pub async fn wait_event_where(
    b: &Browser,
    host: &str,
    name: &str,
    test: impl Fn(&Value) -> bool,
) -> Value {
    b.wait_until(Duration::from_secs(20), async || {
        let all = events(b).await;
        all.iter()
            .find(|e| e["host"] == host && e["name"] == name && test(&e["detail"]))
            .map(|e| e["detail"].clone())
            .ok_or_else(|| format!("no {name} from #{host}; events: {all:?}"))
    })
    .await
    .unwrap_or_else(|e| panic!("{e}"))
}
