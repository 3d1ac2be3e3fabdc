//! Quality checks on the page: focus seen along the keyboard order, and axe-core's accessibility rules.

use super::Browser;

impl Browser {
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

    /// When `HOSTWAY_SCREENS` names a folder, saves the whole page at 1280 and at 375 px wide as
    /// `{name}-1280.png` and `{name}-375.png` there, to be looked at (not compared: a person reads them).
    pub async fn screens(&self, name: &str) {
        let Some(dir) = std::env::var_os("HOSTWAY_SCREENS") else {
            return;
        };
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).expect("screens folder");
        for (width, height) in [(1280, 900), (375, 812)] {
            self.client
                .set_window_size(width, height)
                .await
                .expect("window size");
            // The whole page, not only the first screen: the window as tall as the document.
            let full = self
                .eval("return document.documentElement.scrollHeight")
                .await
                .as_u64()
                .unwrap_or(u64::from(height)) as u32;
            self.client
                .set_window_size(width, full.clamp(height, 4000) + 120)
                .await
                .expect("window size");
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            let png = self.client.screenshot().await.expect("screenshot");
            std::fs::write(dir.join(format!("{name}-{width}.png")), png).expect("screen written");
        }
        self.client
            .set_window_size(1280, 900)
            .await
            .expect("window size");
    }
}
