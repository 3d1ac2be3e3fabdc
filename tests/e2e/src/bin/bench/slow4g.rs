//! Each surface on Slow 4G + CPU ×4: when its first stage is usable, its LCP, its bytes on the wire,
//! and what its next step (which needs the app's module) then costs.

use std::time::Duration;

use hostway_e2e::{Browser, Harness};

use super::stats;

/// A surface measured on Slow 4G: where it opens, and when it is usable.
struct Surface {
    name: &'static str,
    /// `app` (the app's origin) or `shop` (the demo shop's).
    origin: &'static str,
    path: &'static str,
    usable_when: &'static str,
    /// A script expression true once the surface is usable.
    test: &'static str,
    /// Then: what the visitor does next that needs the app's module (a statement), what it is called,
    /// and a script expression true once it is done.
    then: Option<(&'static str, &'static str, &'static str)>,
}

const SURFACES: [Surface; 3] = [
    Surface {
        name: "customer",
        origin: "app",
        path: "/",
        usable_when: "the catalog's first card",
        test: "document.querySelector('[data-testid=catalog-item]')",
        then: Some((
            "document.querySelector('[data-testid=choose-product]').click()",
            "\"Choose\" (a click without pointing first) → the product form",
            "document.querySelector('[data-testid=add-form]')",
        )),
    },
    Surface {
        name: "agent",
        origin: "app",
        path: "/agent",
        usable_when: "the sign-in form",
        test: "document.querySelector('#agent-user')",
        then: None,
    },
    Surface {
        name: "widget",
        origin: "shop",
        path: "/",
        usable_when: "its first stage's Order now button on the demo shop",
        test: "document.querySelector('#hosting')?.shadowRoot?.querySelector('[data-testid=widget-start]')",
        then: Some((
            "document.querySelector('#hosting').shadowRoot.querySelector('[data-testid=widget-start]').click()",
            "\"Order now\" (a click without pointing first) → the flow's product form",
            "document.querySelector('#hosting')?.shadowRoot?.querySelector('[data-testid=add-form]')",
        )),
    },
];

struct Slow4g {
    usable: f64,
    lcp: f64,
    bytes: u64,
    /// Milliseconds from the surface's next step to its result, when it has one.
    then: Option<f64>,
}

/// Polls `window[name]` (a number) for up to a minute.
async fn wait_number(b: &Browser, name: &str) -> Option<f64> {
    for _ in 0..300 {
        if let Some(n) = b.eval(&format!("return window.{name}")).await.as_f64() {
            return Some(n);
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    None
}

/// Opens `surface` in a fresh browser on Slow 4G + CPU ×4: when it became usable (a frame loop set
/// up before the page's scripts notes the first frame where the surface's test holds), its largest
/// contentful paint, and the bytes transferred from the app's origin.
async fn slow_4g(h: &Harness, surface: &Surface) -> Slow4g {
    let b = h.browser().await;
    b.throttle_slow_4g().await;
    b.on_new_document(&format!(
        "window.__usable = null; window.__lcp = 0; \
         const tick = () => {{ if ({}) window.__usable = performance.now(); else requestAnimationFrame(tick); }}; \
         requestAnimationFrame(tick); \
         new PerformanceObserver((l) => {{ for (const e of l.getEntries()) window.__lcp = e.startTime; }}) \
           .observe({{ type: 'largest-contentful-paint', buffered: true }});",
        surface.test
    ))
    .await;
    let url = match surface.origin {
        "shop" => h.shop_url(surface.path),
        _ => h.app_url(surface.path),
    };
    b.goto(&url).await;
    let usable = wait_number(&b, "__usable").await;
    // LCP settles at the first input or when the page is hidden; read it a moment after usable.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let lcp = b.eval("return window.__lcp").await.as_f64().unwrap_or(0.0);
    let bytes = b
        .eval(&format!(
            "return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] \
               .filter((e) => e.name.startsWith('{}')).reduce((n, e) => n + e.transferSize, 0)",
            h.app_url("")
        ))
        .await
        .as_u64()
        .unwrap_or(0);
    let mut then = None;
    if let Some((step, _, done)) = surface.then {
        b.eval(&format!(
            "window.__then = null; const t0 = performance.now(); {step}; \
             const tick = () => {{ if ({done}) window.__then = performance.now() - t0; else requestAnimationFrame(tick); }}; \
             requestAnimationFrame(tick); return null"
        ))
        .await;
        then = wait_number(&b, "__then").await;
    }
    b.close().await;
    Slow4g {
        usable: usable.unwrap_or_else(|| panic!("{} never became usable", surface.name)),
        lcp,
        bytes,
        then,
    }
}

/// Measures every surface `runs` times (at most 3) and prints the medians.
pub async fn report(runs: usize) {
    let h = Harness::start().await;
    for surface in &SURFACES {
        let mut usable = Vec::new();
        let mut lcp = Vec::new();
        let mut then = Vec::new();
        let mut bytes = 0;
        for _ in 0..runs.min(3) {
            let run = slow_4g(&h, surface).await;
            usable.push(run.usable);
            lcp.push(run.lcp);
            then.extend(run.then);
            bytes = run.bytes;
        }
        let (u, umin, umax) = stats(&mut usable);
        let (l, _, _) = stats(&mut lcp);
        println!(
            "  {:<9} usable ({}) median {u:.0} ms (min {umin:.0}, max {umax:.0}), LCP median {l:.0} ms, {bytes} B on the wire from the app's origin",
            surface.name, surface.usable_when
        );
        if let (Some((_, what, _)), false) = (surface.then, then.is_empty()) {
            let (t, tmin, tmax) = stats(&mut then);
            println!(
                "  {:<9} then {what}: median {t:.0} ms (min {tmin:.0}, max {tmax:.0})",
                ""
            );
        }
    }
    h.stop().await;
}
