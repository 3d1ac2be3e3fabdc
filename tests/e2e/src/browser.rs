//! chromedriver and a thin layer over fantoccini: waits that poll for what the user would see.

use std::process::Stdio;
use std::time::Duration;

use fantoccini::elements::Element;
use fantoccini::{ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};
use tokio::process::{Child, Command};

/// How long a wait polls before failing the test.
pub const WAIT: Duration = Duration::from_secs(15);

/// A chromedriver child process on a free loopback port, killed on drop.
pub struct Driver {
    child: Child,
    url: String,
}

const DEFAULT_CHROME_ARGS: &str = "--headless --no-sandbox --disable-gpu --disable-quic \
--disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-dev-shm-usage";

impl Driver {
    pub async fn start() -> Self {
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").expect("free port");
            l.local_addr().expect("port").port()
        };
        let program =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let child = Command::new(&program)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
        let url = format!("http://127.0.0.1:{port}");
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return Self { child, url };
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("chromedriver did not listen on {url}");
    }

    pub async fn browser(&self) -> Browser {
        let profile = std::env::temp_dir().join(format!(
            "hostway-e2e-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default()
                .as_nanos()
        ));
        let mut args: Vec<String> = std::env::var("HOSTWAY_CHROME_ARGS")
            .unwrap_or_else(|_| DEFAULT_CHROME_ARGS.into())
            .split_whitespace()
            .map(str::to_string)
            .collect();
        args.push(format!("--user-data-dir={}", profile.display()));
        args.push("--window-size=1280,900".into());
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({"args": args, "binary": "/usr/bin/chromium"}),
        );
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&self.url)
            .await
            .expect("a chromium session");
        Browser { client, profile }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
    }
}

/// One browser session.
pub struct Browser {
    pub client: fantoccini::Client,
    profile: std::path::PathBuf,
}

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

/// Selectors may reach into shadow roots: `#host >>> .inner` is `.inner` inside `#host`'s shadow root
/// (the embedded widget's), through WebDriver's own shadow-root commands.
const SHADOW: &str = " >>> ";

impl Browser {
    /// The elements `css` matches now, piercing shadow roots at each ` >>> `.
    async fn locate_all(&self, css: &str) -> Vec<Element> {
        let mut parts = css.split(SHADOW);
        let first = parts.next().unwrap_or_default();
        let mut found = self
            .client
            .find_all(Locator::Css(first))
            .await
            .unwrap_or_default();
        for part in parts {
            let Some(host) = found.first() else {
                return Vec::new();
            };
            let Ok(root) = host.shadow_root().await else {
                return Vec::new();
            };
            found = root.find_all(Locator::Css(part)).await.unwrap_or_default();
        }
        found
    }

    async fn locate(&self, css: &str) -> Option<Element> {
        self.locate_all(css).await.into_iter().next()
    }

    pub async fn goto(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("open {url}: {e}"));
    }

    /// Waits until `css` matches an element.
    pub async fn find(&self, css: &str) -> Element {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            if let Some(el) = self.locate(css).await {
                return el;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "no element `{css}` within {WAIT:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn click(&self, css: &str) {
        self.find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click `{css}`: {e}"));
    }

    pub async fn text(&self, css: &str) -> String {
        self.find(css)
            .await
            .text()
            .await
            .unwrap_or_else(|e| panic!("text of `{css}`: {e}"))
    }

    pub async fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.find(css)
            .await
            .attr(name)
            .await
            .unwrap_or_else(|e| panic!("{name} of `{css}`: {e}"))
    }

    /// Waits until the attribute `name` of `css` equals `want`; returns the last value seen otherwise.
    pub async fn wait_attr(&self, css: &str, name: &str, want: &str) -> Result<(), String> {
        let deadline = tokio::time::Instant::now() + WAIT;
        let mut last = None;
        while tokio::time::Instant::now() < deadline {
            if let Some(el) = self.locate(css).await {
                last = el.attr(name).await.ok().flatten();
                if last.as_deref() == Some(want) {
                    return Ok(());
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(format!("`{css}` [{name}] stayed {last:?}, wanted {want:?}"))
    }

    /// Waits until the field's current value (the property, not the attribute) is `want`; panics if not.
    pub async fn wait_value(&self, css: &str, want: &str) {
        let deadline = tokio::time::Instant::now() + WAIT;
        let mut last = String::new();
        while tokio::time::Instant::now() < deadline {
            if self.locate(css).await.is_some() {
                last = self.value(css).await;
                if last == want {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("`{css}` kept the value {last:?}, wanted {want:?}");
    }

    /// Types `value` into a text field, replacing what it held; on a `<select>`, chooses the option whose
    /// value is `value` (so a table of field values can hold both).
    pub async fn fill(&self, css: &str, value: &str) {
        let el = self.find(css).await;
        if el
            .tag_name()
            .await
            .is_ok_and(|t| t.eq_ignore_ascii_case("select"))
        {
            return self.choose(css, value).await;
        }
        el.clear()
            .await
            .unwrap_or_else(|e| panic!("clear `{css}`: {e}"));
        // WebDriver's clear fires no `input` event (a user's deleting does): send one, so the app sees
        // the field emptied even when nothing is typed after.
        let arg = serde_json::to_value(&el).unwrap_or_default();
        self.client
            .execute(
                "arguments[0].dispatchEvent(new Event('input', { bubbles: true }))",
                vec![arg],
            )
            .await
            .unwrap_or_else(|e| panic!("input event on `{css}`: {e}"));
        el.send_keys(value)
            .await
            .unwrap_or_else(|e| panic!("type into `{css}`: {e}"));
    }

    /// Chooses an option of a select by its value.
    pub async fn choose(&self, css: &str, value: &str) {
        self.find(css)
            .await
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("choose {value} in `{css}`: {e}"));
    }

    /// The current value of an input.
    pub async fn value(&self, css: &str) -> String {
        self.find(css)
            .await
            .prop("value")
            .await
            .ok()
            .flatten()
            .unwrap_or_default()
    }

    /// Waits until the text of `css` contains `needle`; returns the last text otherwise.
    pub async fn wait_text(&self, css: &str, needle: &str) -> Result<String, String> {
        self.wait_text_for(css, needle, WAIT).await
    }

    /// `wait_text` with its own time limit.
    pub async fn wait_text_for(
        &self,
        css: &str,
        needle: &str,
        limit: Duration,
    ) -> Result<String, String> {
        let deadline = tokio::time::Instant::now() + limit;
        let mut last = String::new();
        while tokio::time::Instant::now() < deadline {
            if let Some(el) = self.locate(css).await {
                last = el.text().await.unwrap_or_default();
                if last.contains(needle) {
                    return Ok(last);
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(format!(
            "`{css}` never contained {needle:?}; last: {last:?}"
        ))
    }

    /// Waits until the page's path (and query) starts with `prefix`.
    pub async fn wait_path(&self, prefix: &str) -> String {
        let deadline = tokio::time::Instant::now() + WAIT;
        let mut last = String::new();
        while tokio::time::Instant::now() < deadline {
            last = self
                .eval("return location.pathname + location.search")
                .await
                .as_str()
                .unwrap_or_default()
                .to_string();
            if last.starts_with(prefix) {
                return last;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the page never went to {prefix}; it is at {last}");
    }

    /// Counts the elements matching `css` now.
    pub async fn count(&self, css: &str) -> usize {
        self.locate_all(css).await.len()
    }

    pub async fn reload(&self) {
        self.client.refresh().await.expect("reload");
    }

    /// Runs a script in the page and returns its value.
    pub async fn eval(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}"))
    }

    /// Sends keys to the focused element, as a keyboard does (`\u{e004}` Tab, `\u{e007}` Enter).
    pub async fn keys(&self, keys: &str) {
        let active = self
            .client
            .active_element()
            .await
            .unwrap_or_else(|e| panic!("no focused element: {e}"));
        active
            .send_keys(keys)
            .await
            .unwrap_or_else(|e| panic!("keys {keys:?}: {e}"));
    }

    /// Presses Tab until the focused element matches `css` (at most 80 times). Every element focused on
    /// the way must show its focus (an outline); those that do not are returned as an error.
    pub async fn tab_to(&self, css: &str) -> Result<(), String> {
        let script = r#"const [css] = arguments;
            const el = document.activeElement;
            const cs = getComputedStyle(el);
            // <body> is focused when focus is outside the page (the browser's own controls).
            const visible = el === document.body
              || (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0);
            return { matches: el.matches(css), visible, what: el.outerHTML.slice(0, 120) };"#;
        let mut invisible = Vec::new();
        for _ in 0..80 {
            self.keys("\u{e004}").await;
            let now = self
                .client
                .execute(script, vec![css.into()])
                .await
                .unwrap_or_else(|e| panic!("focus check: {e}"));
            if now["visible"] != true {
                invisible.push(now["what"].as_str().unwrap_or_default().to_string());
            }
            if now["matches"] == true {
                return if invisible.is_empty() {
                    Ok(())
                } else {
                    Err(format!("focused without a visible outline: {invisible:?}"))
                };
            }
        }
        Err(format!("Tab never reached `{css}`"))
    }

    /// Presses Tab through the whole view until focus comes back to an element it already visited (at
    /// most `limit` presses), looking into shadow roots. Returns how many controls were focused, or the
    /// ones that showed no focus outline.
    pub async fn tab_through(&self, limit: usize) -> Result<usize, String> {
        self.eval("window.__hwSeen = new WeakSet(); return null")
            .await;
        let script = r#"let el = document.activeElement;
            while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
            if (!el || el === document.body) return { body: true };
            const again = window.__hwSeen.has(el);
            window.__hwSeen.add(el);
            const cs = getComputedStyle(el);
            const visible = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0;
            return { again, visible, what: el.outerHTML.slice(0, 120) };"#;
        let (mut seen, mut bodies, mut invisible) = (0, 0, Vec::new());
        for _ in 0..limit {
            self.keys("\u{e004}").await;
            let now = self
                .client
                .execute(script, vec![])
                .await
                .unwrap_or_else(|e| panic!("focus check: {e}"));
            if now["body"] == true {
                // Focus went out to the browser's own controls; the next Tab comes back in at the top.
                bodies += 1;
                if bodies > 2 {
                    break;
                }
                continue;
            }
            if now["again"] == true {
                break;
            }
            seen += 1;
            if now["visible"] != true {
                invisible.push(now["what"].as_str().unwrap_or_default().to_string());
            }
        }
        if invisible.is_empty() {
            Ok(seen)
        } else {
            Err(format!("focused without a visible outline: {invisible:?}"))
        }
    }

    /// Takes the browser off the network (`true`) or back on, through chromedriver's network
    /// conditions: requests fail and the page gets `offline`/`online` events and `navigator.onLine`.
    pub async fn set_offline(&self, offline: bool) {
        self.client
            .issue_cmd(NetworkConditions { offline })
            .await
            .unwrap_or_else(|e| panic!("network conditions: {e}"));
    }

    /// Runs axe-core (from npm; `HOSTWAY_AXE` or the copy `cargo xtask` installs) on the page, or on the
    /// elements `include` selects (shadow roots included). Returns the violations in words.
    pub async fn axe(&self, include: &[&str]) -> Vec<String> {
        if self.eval("return typeof window.axe").await != "object" {
            let path = std::env::var("HOSTWAY_AXE").unwrap_or_else(|_| {
                concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/../../target/tools/npm/node_modules/axe-core/axe.min.js"
                )
                .into()
            });
            let source = std::fs::read_to_string(&path).unwrap_or_else(|e| {
                panic!("axe-core at {path}: {e} (cargo xtask tools installs it)")
            });
            self.eval(&source).await;
        }
        let context: Vec<Vec<&str>> = include.iter().map(|s| vec![*s]).collect();
        let result = self
            .client
            .execute_async(
                r#"const [include, done] = arguments;
                const context = include.length ? { include } : document;
                axe.run(context, { resultTypes: ["violations"] })
                  .then((r) => done(r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(" ")}`)))
                  .catch((e) => done([`axe failed: ${e}`]));"#,
                vec![serde_json::to_value(context).unwrap_or_default()],
            )
            .await
            .unwrap_or_else(|e| panic!("axe: {e}"));
        result
            .as_array()
            .map(|v| {
                v.iter()
                    .map(|x| x.as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
