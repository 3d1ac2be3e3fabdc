//! `cargo xtask bench`: performance figures of the release build on this machine, measured in headless
//! Chromium against the sandbox on loopback. Prints; asserts nothing (figures, not timed tests).
//!
//! Usage: bench [--latency-ms 200] [--runs 5] [--slow-4g-only]   (needs HOSTWAY_DIST; `cargo xtask bench` sets it)

use std::time::{Duration, Instant};

use hostway_e2e::flows::{fill_account_in, fill_contact_in, fill_payment_in};
use hostway_e2e::{Browser, Harness};
use hostway_sandbox::model::status;

mod slow4g;

/// Sequential API round trips a complete order needs by the API's own dependencies, each waiting for the
/// one before: create the order, account, product, service, contact, payment, quote, validate, submit,
/// then at least one status read.
const API_DEPTH: f64 = 10.0;

fn flag(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

pub(crate) fn stats(values: &mut [f64]) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    (
        values[values.len() / 2],
        values[0],
        values[values.len() - 1],
    )
}

async fn cold_load(h: &Harness) -> f64 {
    let b = h.browser().await;
    b.goto(&h.app_url("/")).await;
    b.find("[data-testid=catalog-item]").await;
    let mut ms = None;
    for _ in 0..100 {
        ms = b
            .eval("const m = performance.getEntriesByName('hostway:catalog-interactive')[0]; return m ? m.startTime : null")
            .await
            .as_f64();
        if ms.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    b.close().await;
    ms.expect("the catalog sets its performance mark")
}

struct OrderRun {
    wall: Duration,
    api_requests: u64,
    polls: u64,
    lag: Duration,
    /// Each API request: start and end (ms since the product page opened) and path.
    requests: Vec<String>,
}

/// One customer order from the product page to "Completed", timed from the outside.
async fn order(h: &Harness, b: &Browser, name: &str) -> OrderRun {
    let start = Instant::now();
    b.goto(&h.app_url("/products/core.plan.dnr.only")).await;
    b.fill("#add-name", name).await;
    b.click("[data-testid=add-to-order]").await;
    b.wait_text("[data-testid=cart]", name).await.unwrap();
    fill_account_in(b, "").await;
    fill_contact_in(b, "").await;
    fill_payment_in(b, "").await;
    b.click("[data-testid=step-review]").await;
    b.find("[data-testid=quote-total]").await;
    b.click("[data-testid=submit]").await;
    let path = b.wait_path("/orders/").await;
    let id = path.trim_start_matches("/orders/").to_string();
    // Watch the sandbox and the page at once: when provisioning finished, and when the page showed it.
    let store = h.sandbox.state.store.clone();
    let finished = tokio::spawn(async move {
        loop {
            if let Ok(Some(o)) = store.get(&id) {
                if o.status == status::COMPLETED {
                    return Instant::now();
                }
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    });
    let shown = loop {
        if b.attr("[data-testid=status-timeline]", "data-status")
            .await
            .as_deref()
            == Some("Completed")
        {
            break Instant::now();
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    let wall = start.elapsed();
    let finished = finished.await.expect("sandbox watcher");
    let api_requests = b
        .eval(&format!(
            "return performance.getEntriesByType('resource').filter((e) => e.name.startsWith('{}')).length",
            h.sandbox.url()
        ))
        .await
        .as_u64()
        .unwrap_or(0);
    let requests = b
        .eval(&format!(
            "return performance.getEntriesByType('resource').filter((e) => e.name.startsWith('{0}')).map((e) => `${{e.startTime.toFixed(0).padStart(6)}} → ${{e.responseEnd.toFixed(0).padStart(6)}} ms  ${{e.name.slice({1})}}`)",
            h.sandbox.url(),
            h.sandbox.url().len()
        ))
        .await
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect())
        .unwrap_or_default();
    let polls = b
        .attr("[data-testid=status-polls]", "data-polls")
        .await
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    OrderRun {
        wall,
        api_requests,
        polls,
        lag: shown.saturating_duration_since(finished),
        requests,
    }
}

/// Typing into the catalog search with `size` specifications: for each keystroke, the time from the input
/// event to the frame after it (a `requestAnimationFrame`, then a task after that frame's paint).
async fn keystrokes(size: usize) -> Vec<f64> {
    let h = Harness::start_with(|c| c.catalog_size = size).await;
    let b = h.browser().await;
    b.goto(&h.app_url("/")).await;
    b.wait_text_for(
        "[data-testid=catalog-count]",
        &format!("{size} product"),
        Duration::from_secs(120),
    )
    .await
    .expect("the large catalog loads");
    b.eval(
        "window.__paints = []; document.addEventListener('input', (e) => { const t0 = e.timeStamp;          requestAnimationFrame(() => setTimeout(() => window.__paints.push(performance.now() - t0), 0)); }, true);",
    )
    .await;
    b.click("[data-testid=catalog-search]").await;
    for key in [
        "w", "e", "b", " ", "h", "o", "s", "t", "\u{e003}", "\u{e003}", "\u{e003}", "\u{e003}",
    ] {
        b.keys(key).await;
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let paints: Vec<f64> = b
        .eval("return window.__paints")
        .await
        .as_array()
        .map(|v| v.iter().filter_map(|x| x.as_f64()).collect())
        .unwrap_or_default();
    b.close().await;
    h.stop().await;
    paints
}

#[tokio::main]
async fn main() {
    let latency = flag("--latency-ms", 200);
    let runs = flag("--runs", 5).max(1) as usize;
    // Print every API request of the first order at each latency, with its start and end.
    let list_requests = std::env::args().any(|a| a == "--list-requests");
    let dist = std::path::PathBuf::from(std::env::var("HOSTWAY_DIST").expect("HOSTWAY_DIST"));

    println!(
        "\n== each surface on Slow 4G + CPU ×4 (150 ms RTT, 1.6 Mbit/s down; fresh profile each; {} runs; release build in {})",
        runs.min(3),
        dist.display()
    );
    println!("  (bytes per file: cargo xtask bench --bytes)");
    slow4g::report(runs).await;
    if std::env::args().any(|a| a == "--slow-4g-only") {
        return;
    }

    println!(
        "\n== cold load → catalog interactive ({runs} runs, fresh profile each, loopback sandbox)"
    );
    let h = Harness::start().await;
    let mut loads = Vec::new();
    for _ in 0..runs {
        loads.push(cold_load(&h).await);
    }
    h.stop().await;
    let (median, min, max) = stats(&mut loads);
    println!("  median {median:.0} ms, min {min:.0} ms, max {max:.0} ms   (target: ≤ 250 ms)");

    println!("\n== a full customer order, product page → Completed (driven through WebDriver)");
    let orders = runs.min(3);
    let mut walls = Vec::new();
    for (label, ms) in [("no added latency", 0), ("added latency", latency)] {
        let mut times = Vec::new();
        for i in 0..orders {
            // A fresh sandbox and browser each time (the flow's user name must be new).
            let h = Harness::start_with(|c| {
                c.latency_ms = ms;
                c.provision_ms = 200;
            })
            .await;
            let b = h.browser().await;
            let run = order(&h, &b, &format!("bench-{ms}-{i}.com")).await;
            b.close().await;
            h.stop().await;
            println!(
                "  {label:<17} {ms:>4} ms/call, run {}: wall {:>6.0} ms, {} API requests, status polls {}, lag sandbox done → page shows it {} ms",
                i + 1,
                run.wall.as_secs_f64() * 1000.0,
                run.api_requests,
                run.polls,
                run.lag.as_millis()
            );
            if list_requests && i == 0 {
                for r in &run.requests {
                    println!("      {r}");
                }
            }
            times.push(run.wall.as_secs_f64() * 1000.0);
        }
        let (median, _, _) = stats(&mut times);
        println!("  {label:<17} median wall {median:.0} ms over {orders} orders");
        walls.push(median);
    }
    if latency > 0 {
        let added = walls[1] - walls[0];
        println!(
            "  medians: wall ÷ N = {:.1}; latency-bound round trips on the critical path = (wall at N − wall at 0) ÷ N = {:.1}",
            walls[1] / latency as f64,
            added / latency as f64
        );
        println!(
            "  the API's own dependency depth for an order is {API_DEPTH:.0} (create, account, product, service, contact, payment, quote, validate, submit, status); target ≤ depth + 2 = {:.0}",
            API_DEPTH + 2.0
        );
    }

    let size = 1000;
    println!("\n== keystroke → paint, filtering a {size}-specification catalog (12 keystrokes, typing and deleting)");
    let mut paints = keystrokes(size).await;
    if paints.is_empty() {
        println!("  no input events were measured");
    } else {
        let n = paints.len();
        let (median, min, max) = stats(&mut paints);
        println!("  {n} keystrokes: median {median:.1} ms, min {min:.1} ms, max {max:.1} ms   (target: ≤ 16 ms)");
    }
}
