//! chromedriver and a thin layer over fantoccini: waits that poll for what the user would see.

mod checks;
mod driver;
mod network;
mod requests;

pub use driver::Driver;
pub use requests::Requests;

use std::time::Duration;

use fantoccini::elements::Element;
use fantoccini::Locator;
use serde_json::Value;

/// How long a wait polls before failing the test.
pub const WAIT: Duration = Duration::from_secs(15);

/// One browser session.
/// What has the focus: `body`, or the element's test id (else its tag) and its text.
const FOCUSED: &str = "const e = document.activeElement; \
    return e === document.body ? 'body' : (e.dataset.testid || e.tagName) + ': ' + e.textContent.trim()";

pub struct Browser {
    pub client: fantoccini::Client,
    profile: std::path::PathBuf,
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

    /// The one polling loop of the browser tests: asks `probe` every 50 ms until it gives a value or
    /// `limit` passes; then says what was last seen (`probe`'s `Err`).
    pub async fn wait_until<T>(
        &self,
        limit: Duration,
        mut probe: impl AsyncFnMut() -> Result<T, String>,
    ) -> Result<T, String> {
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            match probe().await {
                Ok(found) => return Ok(found),
                Err(last) if tokio::time::Instant::now() >= deadline => {
                    return Err(format!("{last} (after {limit:?})"))
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    }

    /// Waits until `css` matches an element.
    pub async fn find(&self, css: &str) -> Element {
        self.wait_until(WAIT, async || {
            self.locate(css)
                .await
                .ok_or_else(|| format!("no element `{css}`"))
        })
        .await
        .unwrap_or_else(|e| panic!("{e}"))
    }

    /// Does `act` on `css` once it is there and `act` succeeds; an element redrawn between finding and
    /// acting (stale) is found again. `what` names the act in the failure.
    async fn on_element<T>(
        &self,
        css: &str,
        what: &str,
        act: impl AsyncFn(&Element) -> Result<T, fantoccini::error::CmdError>,
    ) -> T {
        self.wait_until(WAIT, async || {
            let element = self
                .locate(css)
                .await
                .ok_or_else(|| format!("no element `{css}`"))?;
            act(&element)
                .await
                .map_err(|e| format!("{what} `{css}`: {e}"))
        })
        .await
        .unwrap_or_else(|e| panic!("{e}"))
    }

    /// Clicks `css` once it can be clicked, as a person would: a button still hidden or covered is
    /// waited for (a stale element is found again).
    pub async fn click(&self, css: &str) {
        self.on_element(css, "click", async |e| e.click().await.map(drop))
            .await;
    }

    /// The text of `css`.
    pub async fn text(&self, css: &str) -> String {
        self.on_element(css, "text of", async |e| e.text().await)
            .await
    }

    /// The attribute `name` of `css`.
    pub async fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.on_element(css, &format!("{name} of"), async |e| e.attr(name).await)
            .await
    }

    /// Waits until the attribute `name` of `css` equals `want`; returns the last value seen otherwise.
    pub async fn wait_attr(&self, css: &str, name: &str, want: &str) -> Result<(), String> {
        self.wait_until(WAIT, async || {
            let last = match self.locate(css).await {
                Some(el) => el.attr(name).await.ok().flatten(),
                None => None,
            };
            match last {
                Some(v) if v == want => Ok(()),
                other => Err(format!(
                    "`{css}` [{name}] stayed {other:?}, wanted {want:?}"
                )),
            }
        })
        .await
    }

    /// Waits until the field's current value (the property, not the attribute) is `want`; panics if not.
    pub async fn wait_value(&self, css: &str, want: &str) {
        self.wait_until(WAIT, async || {
            if self.locate(css).await.is_none() {
                return Err(format!("no element `{css}` (wanted the value {want:?})"));
            }
            let last = self.value(css).await;
            if last == want {
                Ok(())
            } else {
                Err(format!("`{css}` kept the value {last:?}, wanted {want:?}"))
            }
        })
        .await
        .unwrap_or_else(|e| panic!("{e}"));
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
        // The option may arrive after its select (choices read from the catalog).
        self.find(&format!("{css} option[value='{value}']")).await;
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
        self.wait_until(limit, async || {
            // The element must be there: an empty needle must not pass on a missing element.
            let Some(el) = self.locate(css).await else {
                return Err(format!(
                    "no element `{css}` (wanted it to contain {needle:?})"
                ));
            };
            let last = el.text().await.unwrap_or_default();
            if last.contains(needle) {
                Ok(last)
            } else {
                Err(format!(
                    "`{css}` never contained {needle:?}; last: {last:?}"
                ))
            }
        })
        .await
    }

    /// Waits until the page's path (and query) starts with `prefix`.
    pub async fn wait_path(&self, prefix: &str) -> String {
        self.wait_until(WAIT, async || {
            let last = self
                .eval("return location.pathname + location.search")
                .await
                .as_str()
                .unwrap_or_default()
                .to_string();
            if last.starts_with(prefix) {
                Ok(last)
            } else {
                Err(format!("the page never went to {prefix}; it is at {last}"))
            }
        })
        .await
        .unwrap_or_else(|e| panic!("{e}"))
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

    /// What has the focus: `body`, or the element's test id (else its tag) and its text.
    pub async fn focused(&self) -> Value {
        self.eval(FOCUSED).await
    }

    /// Waits until the focus is on the element with the test id `testid` (a summary or heading takes
    /// the focus once it is drawn, on the next frame).
    pub async fn wait_focus_on(&self, testid: &str) {
        self.wait_script_says(
            "return document.activeElement?.dataset.testid ?? null",
            testid,
        )
        .await;
    }

    /// Waits until [`Browser::focused`] says `want`.
    pub async fn wait_focus(&self, want: &str) {
        self.wait_script_says(FOCUSED, want).await;
    }

    /// Waits until the focus `script` returns `want`; panics with what it last said.
    async fn wait_script_says(&self, script: &str, want: &str) {
        self.wait_until(WAIT, async || {
            let now = self.eval(script).await;
            (now.as_str() == Some(want))
                .then_some(())
                .ok_or(format!("the focus is on {now}"))
        })
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    }

    /// Presses keys as a keyboard does (`\u{e004}` Tab, `\u{e007}` Enter): they go to whatever has
    /// the focus when they arrive. (WebDriver's "send keys to an element" would need the focused
    /// element's handle, which goes stale when the page redraws it between the two calls.)
    pub async fn keys(&self, keys: &str) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let presses = keys
            .chars()
            .fold(KeyActions::new("keyboard".into()), |seq, key| {
                seq.then(KeyAction::Down { value: key })
                    .then(KeyAction::Up { value: key })
            });
        self.client
            .perform_actions(presses)
            .await
            .unwrap_or_else(|e| panic!("keys {keys:?}: {e}"));
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
