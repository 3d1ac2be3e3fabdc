//! Each surface on Slow 4G + CPU ×4: when its first stage is usable, its LCP, its bytes on the wire,
//! and what its next step (which needs the app's module) costs after the visitor read for 3 s.

use std::time::Duration;

use hostway_e2e::{Browser, Harness};
use hostway_sandbox::config::DEMO_AGENT;

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
    /// Then: what the visitor does next that needs the app's module, each measured on a page of its
    /// own after a 3 s read.
    next: &'static [Next],
}

/// A next step: what it is called, the statement that does it (it may `await`), and a script
/// expression true once it is done.
struct Next {
    what: &'static str,
    step: &'static str,
    done: &'static str,
}

/// How long a visitor reads the first stage before going on.
const READ: Duration = Duration::from_secs(3);

const PRODUCT_FORM: &str = "document.querySelector('[data-testid=add-form]')";

/// A step that starts on the product form: the customer names the domain and adds it, waits for the
/// cart (both the shop's), then does `$then` there.
macro_rules! from_the_cart {
    ($then:literal) => {
        concat!(
            "const name = document.querySelector('#add-name'); name.value = 'bench-example.com'; \
             name.dispatchEvent(new Event('input', { bubbles: true })); \
             document.querySelector('[data-testid=add-to-order]').click(); \
             const wait = () => new Promise((r) => setTimeout(r, 50)); \
             while (location.pathname !== '/order/items' \
               || !document.querySelector('[data-testid=cart-item]') \
               || !document.querySelector('[data-testid=continue]')) await wait(); \
             const a = document.querySelector('[data-testid=continue]'); ",
            $then
        )
    };
}

const ACCOUNT_FORM: &str = "document.querySelector('[data-testid=account-form]')";

const SURFACES: [Surface; 4] = [
    Surface {
        name: "customer",
        origin: "app",
        path: "/",
        usable_when: "the catalog's first card",
        test: "document.querySelector('[data-testid=catalog-item]')",
        next: &[
            Next {
                what: "desktop: points at \"Choose\" for 0.2 s, clicks → the product form",
                step: "const a = document.querySelector('[data-testid=choose-product]'); \
                       a.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })); \
                       await new Promise((r) => setTimeout(r, 200)); t0 = performance.now(); a.click();",
                done: PRODUCT_FORM,
            },
            Next {
                what: "phone: taps \"Choose\" (no pointing) → the product form",
                step: "const a = document.querySelector('[data-testid=choose-product]'); t0 = performance.now(); \
                       a.dispatchEvent(new TouchEvent('touchstart', { bubbles: true })); a.click();",
                done: PRODUCT_FORM,
            },
        ],
    },
    Surface {
        name: "cart",
        origin: "app",
        path: "/products/core.plan.dnr.only?service=core.dnr.com",
        usable_when: "a deep link's product form (the shop's module)",
        test: PRODUCT_FORM,
        next: &[
            Next {
                what: "desktop: adds the domain, points at the cart's \"Continue\" for 0.2 s, clicks → the checkout's account step",
                step: from_the_cart!("a.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })); \
                       await new Promise((r) => setTimeout(r, 200)); t0 = performance.now(); a.click();"),
                done: ACCOUNT_FORM,
            },
            Next {
                what: "phone: adds the domain, taps the cart's \"Continue\" (no pointing) → the checkout's account step",
                step: from_the_cart!("t0 = performance.now(); \
                       a.dispatchEvent(new TouchEvent('touchstart', { bubbles: true })); a.click();"),
                done: ACCOUNT_FORM,
            },
        ],
    },
    Surface {
        name: "agent",
        origin: "app",
        path: "/agent",
        usable_when: "the sign-in form",
        test: "document.querySelector('#agent-user')",
        next: &[Next {
            what: "signs in (the API checks the password) → the portal's dashboard",
            step: "document.querySelector('#agent-user').value = '__USER__'; \
                   document.querySelector('#agent-password').value = '__PASSWORD__'; \
                   t0 = performance.now(); document.querySelector('[data-testid=agent-submit]').click();",
            done: "document.querySelector('[data-testid=agent-find]')",
        }],
    },
    Surface {
        name: "widget",
        origin: "shop",
        path: "/",
        usable_when: "its first stage's Order now button on the demo shop",
        test: "document.querySelector('#hosting')?.shadowRoot?.querySelector('[data-testid=widget-start]')",
        next: &[Next {
            what: "\"Order now\" (a click without pointing first) → the flow's product form",
            step: "t0 = performance.now(); \
                   document.querySelector('#hosting').shadowRoot.querySelector('[data-testid=widget-start]').click();",
            done: "document.querySelector('#hosting')?.shadowRoot?.querySelector('[data-testid=add-form]')",
        }],
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
/// contentful paint, and the bytes transferred from the app's origin until then (the first visit; what
/// is fetched ahead later is not counted). Then, when given, the visitor reads for 3 s and takes the
/// `next` step: the time from its click to its result.
async fn slow_4g(h: &Harness, surface: &Surface, next: Option<&Next>) -> Slow4g {
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
               .filter((e) => e.name.startsWith('{}') && e.startTime <= window.__usable) \
               .reduce((n, e) => n + e.transferSize, 0)",
            h.app_url("")
        ))
        .await
        .as_u64()
        .unwrap_or(0);
    let mut then = None;
    if let Some(next) = next {
        tokio::time::sleep(READ - Duration::from_millis(500)).await;
        let (user, password) = DEMO_AGENT.split_once(':').expect("user:password");
        let step = next
            .step
            .replace("__USER__", user)
            .replace("__PASSWORD__", password);
        b.eval(&format!(
            "window.__then = null; let t0; (async () => {{ {step} \
               const tick = () => {{ if ({}) window.__then = performance.now() - t0; else requestAnimationFrame(tick); }}; \
               requestAnimationFrame(tick); }})(); return null",
            next.done
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

/// Measures every surface `runs` times (at most 3) and prints the medians: its first load on each
/// page opened, and each next step on a page of its own.
pub async fn report(runs: usize) {
    let h = Harness::start().await;
    for surface in &SURFACES {
        let mut usable = Vec::new();
        let mut lcp = Vec::new();
        let mut then: Vec<Vec<f64>> = vec![Vec::new(); surface.next.len()];
        let mut bytes = 0;
        for _ in 0..runs.min(3) {
            let mut pages: Vec<Option<&Next>> = surface.next.iter().map(Some).collect();
            if pages.is_empty() {
                pages.push(None);
            }
            for (i, next) in pages.into_iter().enumerate() {
                let run = slow_4g(&h, surface, next).await;
                usable.push(run.usable);
                lcp.push(run.lcp);
                if let Some(t) = then.get_mut(i) {
                    t.extend(run.then);
                }
                bytes = run.bytes;
            }
        }
        let (u, umin, umax) = stats(&mut usable);
        let (l, _, _) = stats(&mut lcp);
        println!(
            "  {:<9} usable ({}) median {u:.0} ms (min {umin:.0}, max {umax:.0}), LCP median {l:.0} ms, {bytes} B on the wire from the app's origin",
            surface.name, surface.usable_when
        );
        for (next, mut then) in surface.next.iter().zip(then) {
            if then.is_empty() {
                continue;
            }
            let (t, tmin, tmax) = stats(&mut then);
            println!(
                "  {:<9} then, after a {} s read, {}: median {t:.0} ms (min {tmin:.0}, max {tmax:.0})",
                "",
                READ.as_secs(),
                next.what
            );
        }
    }
    h.stop().await;
}
