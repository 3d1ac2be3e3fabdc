//! Network and CPU conditions: offline and back, and the Slow 4G + CPU ×4 profile of the benchmark,
//! through chromedriver's own commands (its network conditions, and its door to the DevTools protocol).

use serde_json::json;

use super::Browser;

/// A chromedriver command of its own: `POST /session/{id}/{path}` with a JSON body.
#[derive(Debug)]
struct Chromium {
    path: &'static str,
    body: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Chromium {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/{}",
            session_id.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

/// Network conditions: offline, added latency (ms), throughput in bytes per second (-1: none).
fn network(offline: bool, latency: u64, download: i64, upload: i64) -> Chromium {
    Chromium {
        path: "chromium/network_conditions",
        body: json!({"network_conditions": {
            "offline": offline,
            "latency": latency,
            "download_throughput": download,
            "upload_throughput": upload,
        }}),
    }
}

impl Browser {
    /// Lighthouse's mobile profile: Slow 4G (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and
    /// the CPU slowed four times (DevTools' `Emulation.setCPUThrottlingRate`).
    pub async fn throttle_slow_4g(&self) {
        self.client
            .issue_cmd(network(false, 150, 1_600_000 / 8, 750_000 / 8))
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
            .issue_cmd(Chromium {
                path: "goog/cdp/execute",
                body: json!({"cmd": cmd, "params": params}),
            })
            .await
            .unwrap_or_else(|e| panic!("DevTools {cmd}: {e}"));
    }

    /// Every request takes `ms` longer (chromedriver's network conditions): a module's load is then
    /// still under way when the visitor clicks again or goes Back.
    pub async fn slow_network(&self, ms: u64) {
        self.client
            .issue_cmd(network(false, ms, -1, -1))
            .await
            .unwrap_or_else(|e| panic!("network conditions: {e}"));
    }

    /// The visitor asks to save data (`navigator.connection.saveData`, DevTools'
    /// `Emulation.setDataSaverOverride`): nothing is fetched ahead, only on a sign of intent.
    pub async fn save_data(&self) {
        self.cdp(
            "Emulation.setDataSaverOverride",
            json!({"dataSaverEnabled": true}),
        )
        .await;
    }

    /// Requests whose URL matches one of `patterns` (`*` a wildcard) fail, as a blocked or missing
    /// file would (DevTools' `Network.setBlockedURLs`).
    pub async fn block_urls(&self, patterns: &[&str]) {
        self.cdp("Network.enable", json!({})).await;
        self.cdp("Network.setBlockedURLs", json!({"urls": patterns}))
            .await;
    }

    /// Takes the browser off the network (`true`) or back on, through chromedriver's network
    /// conditions: requests fail and the page gets `offline`/`online` events and `navigator.onLine`.
    pub async fn set_offline(&self, offline: bool) {
        self.client
            .issue_cmd(network(offline, 0, -1, -1))
            .await
            .unwrap_or_else(|e| panic!("network conditions: {e}"));
    }
}
