//! Quality checks on the page: focus seen along the keyboard order, and axe-core's accessibility rules.

use super::Browser;

/// A script's helper: every element of the page, shadow roots included (the widget's).
const EVERY_ELEMENT: &str = "const everyElement = () => { const all = []; \
    const walk = (root) => root.querySelectorAll('*').forEach((el) => { \
      if (el.shadowRoot) walk(el.shadowRoot); all.push(el); }); \
    walk(document); return all; };";

/// A script's answer that is a list of strings.
fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .map(|v| {
            v.iter()
                .map(|x| x.as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

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

    /// The text contrast of every button, link, field, label and text run with words in the view, shadow
    /// roots included: the text's computed colour against the effective background (the first opaque
    /// background up the tree, through shadow hosts), by WCAG's formula. Returns what falls under 4.5:1
    /// (3:1 for large text). axe skips 1:1 (it reads it as deliberately hidden); this does not.
    pub async fn low_contrast(&self) -> Vec<String> {
        let found = self
            .eval(&format!(
                "{EVERY_ELEMENT}{}",
                r#"
                const rgba = (c) => { const m = c.match(/[\d.]+/g) || [0, 0, 0, 0];
                  return [+m[0], +m[1], +m[2], m[3] === undefined ? 1 : +m[3]]; };
                const lum = ([r, g, b]) => { const f = (v) => { v /= 255;
                  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
                const up = (el) => el.parentElement || (el.getRootNode() && el.getRootNode().host) || null;
                const background = (el) => {
                  for (let e = el; e; e = up(e)) {
                    const c = rgba(getComputedStyle(e).backgroundColor);
                    if (c[3] >= 0.99) return c;
                  }
                  return [255, 255, 255, 1];
                };
                const all = everyElement();
                const out = [];
                for (const el of all) {
                  const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
                  const control = el.matches("a, button, input, select, textarea, summary, label");
                  if (!own && !control) continue;
                  const cs = getComputedStyle(el);
                  const r = el.getBoundingClientRect();
                  if (cs.visibility === "hidden" || cs.display === "none" || r.width === 0 || r.height === 0) continue;
                  if (el.closest(".hw-visually-hidden, .hw-skip-link")) continue;
                  const fg = rgba(cs.color), bg = background(el);
                  const a = fg[3];
                  const mix = [0, 1, 2].map((i) => fg[i] * a + bg[i] * (1 - a));
                  const [l1, l2] = [lum(mix), lum(bg)].sort((x, y) => y - x);
                  const ratio = (l1 + 0.05) / (l2 + 0.05);
                  const size = parseFloat(cs.fontSize), bold = parseInt(cs.fontWeight) >= 700;
                  const large = size >= 24 || (bold && size >= 18.66);
                  if (ratio < (large ? 3 : 4.5)) {
                    out.push(`${ratio.toFixed(2)}:1 ${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ").join(".") : ""} "${(el.textContent || el.value || "").trim().slice(0, 40)}"`);
                  }
                }
                return out;"#
            ))
            .await;
        strings(&found)
    }

    /// Whether the view, at 375 px wide, scrolls sideways: the document wider than the window. Restores
    /// the 1280 px window.
    /// Controls smaller than 24×24 px (WCAG 2.2 target size, minimum), shadow roots included, at the
    /// current width. Links inside a line of text are excepted, as the criterion does; so are
    /// controls the page hides.
    pub async fn small_targets(&self) -> Vec<String> {
        let found = self
            .eval(&format!(
                "{EVERY_ELEMENT} return everyElement().filter((el) => \
                   el.matches('a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex=\"-1\"])')).filter((el) => {{ \
                   const r = el.getBoundingClientRect(); \
                   if (r.width === 0 && r.height === 0) return false; \
                   const cs = getComputedStyle(el); \
                   if (cs.visibility === 'hidden') return false; \
                   if (el.tagName === 'A' && cs.display === 'inline') return false; \
                   return r.width < 24 || r.height < 24; }}).map((el) => {{ \
                   const r = el.getBoundingClientRect(); \
                   return `${{Math.round(r.width)}}x${{Math.round(r.height)}} ${{el.tagName.toLowerCase()}}.${{el.className}} ${{(el.textContent || '').trim().slice(0, 30)}}`; }})"
            ))
            .await;
        strings(&found)
    }

    pub async fn scrolls_sideways_on_a_phone(&self) -> Option<String> {
        self.client
            .set_window_size(375, 812)
            .await
            .expect("window size");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        let widths = self
            .eval(
                "const w = document.documentElement.clientWidth; \
                 const wide = []; \
                 const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT); \
                 for (let n = walker.nextNode(); n; n = walker.nextNode()) { \
                   const r = n.nodeType === 3 ? (() => { const g = document.createRange(); g.selectNodeContents(n); return g.getBoundingClientRect(); })() : n.getBoundingClientRect(); \
                   if (r.right > w + 1) wide.push(n.nodeType === 3 ? JSON.stringify(n.textContent.slice(0, 40)) : n.tagName.toLowerCase() + '.' + n.className); \
                 } \
                 return [document.documentElement.scrollWidth, w, wide.slice(-4)]",
            )
            .await;
        self.client
            .set_window_size(1280, 900)
            .await
            .expect("window size");
        let (scroll, client) = (
            widths[0].as_u64().unwrap_or(0),
            widths[1].as_u64().unwrap_or(0),
        );
        (scroll > client).then(|| {
            format!(
                "at 375 px the page is {scroll} px wide (window {client} px): {}",
                widths[2]
            )
        })
    }

    /// The forms of the view (shadow roots included) without an accessible name, or sharing one: each form
    /// must say what it is, so a screen reader (and a test) can tell them apart.
    pub async fn unnamed_forms(&self) -> Vec<String> {
        let found = self
            .eval(&format!(
                "{EVERY_ELEMENT}{}",
                r#"
                const forms = everyElement()
                  .filter((el) => el.tagName === "FORM" || el.getAttribute("role") === "group");
                const name = (f) => {
                  const by = f.getAttribute("aria-labelledby");
                  if (by) return by.split(" ").map((id) => (f.getRootNode().getElementById(id) || {}).textContent || "").join(" ").trim();
                  return (f.getAttribute("aria-label") || "").trim();
                };
                const out = [], seen = new Map();
                for (const f of forms) {
                  const n = name(f), what = f.getAttribute("data-testid") || f.className;
                  if (!n) { out.push(`a form without a name: ${what}`); continue; }
                  const root = f.getRootNode();
                  const key = (root.host ? root.host.id : "page") + "/" + n;
                  if (seen.has(key)) out.push(`two forms named "${n}"`);
                  seen.set(key, true);
                }
                return out;"#
            ))
            .await;
        strings(&found)
    }
}
