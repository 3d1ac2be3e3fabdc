//! Network and CPU conditions: offline and back, and the Slow 4G + CPU ×4 profile of the benchmark,
//! through chromedriver's own commands (its network conditions, and its door to the DevTools protocol).

use serde_json::json;

use super::Browser;

/// chromedriver's `POST /session/{id}/chromium/network_conditions`.
#[derive(Debug)]
struct NetworkConditions {
    offline: bool,
    /// Added round-trip latency, ms.
    latency: u64,
    /// Bytes per second; -1: unthrottled.
    download: i64,
    upload: i64,
}

impl fantoccini::wd::WebDriverCompatibleCommand for NetworkConditions {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/chromium/network_conditions",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let conditions = json!({"network_conditions": {
            "offline": self.offline,
            "latency": self.latency,
            "download_throughput": self.download,
            "upload_throughput": self.upload,
        }});
        (http::Method::POST, Some(conditions.to_string()))
    }
}

/// chromedriver's `POST /session/{id}/goog/cdp/execute`: one DevTools protocol command.
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({"cmd": self.cmd, "params": self.params});
        (http::Method::POST, Some(body.to_string()))
    }
}

impl Browser {
    /// Lighthouse's mobile profile: Slow 4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and
    /// the CPU slowed four times (DevTools' `Emulation.setCPUThrottlingRate`).
    pub async fn throttle_slow_4g(&self) {
        self.client
            .issue_cmd(NetworkConditions {
                offline: false,
                latency: 150,
                download: 1_600_000 / 8,
                upload: 750_000 / 8,
            })
            .await
            .unwrap_or_else(|e| panic!("network conditions: {e}"));
        self.cdp("Emulation.setCPUThrottlingRate", json!({"rate": 4}))
            .await;
    }

    /// Runs `script` in every document this tab opens from now on, before the page's own scripts
    /// (DevTools' `Page.addScriptToEvaluateOnNewDocument`; the page's CSP does not apply to it).
    pub async fn on_new_document(&self, script: &str) {
        self.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({"source": script}),
        )
        .await;
    }

    async fn cdp(&self, cmd: &'static str, params: serde_json::Value) {
        self.client
            .issue_cmd(Cdp { cmd, params })
            .await
            .unwrap_or_else(|e| panic!("DevTools {cmd}: {e}"));
    }

    /// Takes the browser off the network (`true`) or back on, through chromedriver's network
    /// conditions: requests fail and the page gets `offline`/`online` events and `navigator.onLine`.
    pub async fn set_offline(&self, offline: bool) {
        self.client
            .issue_cmd(NetworkConditions {
                offline,
                latency: 0,
                download: -1,
                upload: -1,
            })
            .await
            .unwrap_or_else(|e| panic!("network conditions: {e}"));
    }
}
