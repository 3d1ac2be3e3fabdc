//! Taking the browser offline and back, through chromedriver's own command.

use serde_json::json;

use super::Browser;

/// chromedriver's `POST /session/{id}/chromium/network_conditions`.
#[derive(Debug)]
struct NetworkConditions {
    offline: bool,
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
            "latency": 0,
            "download_throughput": -1,
            "upload_throughput": -1,
        }});
        (http::Method::POST, Some(conditions.to_string()))
    }
}

impl Browser {
    /// Takes the browser off the network (`true`) or back on, through chromedriver's network
    /// conditions: requests fail and the page gets `offline`/`online` events and `navigator.onLine`.
    pub async fn set_offline(&self, offline: bool) {
        self.client
            .issue_cmd(NetworkConditions { offline })
            .await
            .unwrap_or_else(|e| panic!("network conditions: {e}"));
    }
}
