//! `cargo xtask dev --watch`: rebuilds (debug) the entry points a change under `src/`, `style/` or
//! `index.html` affects, merges them into target/dist, and tells the pages open on the dev site to
//! reload. The sandbox and its data are untouched. Files are compared by modification time every
//! 300 ms (no watcher crate: the tree is small).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use hostway_sandbox::live::Live;

use crate::app::{assemble, build_entries, Entry, Page, ENTRIES};
use crate::tools::Tools;

const WATCHED: [&str; 3] = ["src", "style", "index.html"];

/// Every watched file and when it last changed.
fn snapshot() -> BTreeMap<PathBuf, SystemTime> {
    fn walk(path: &Path, into: &mut BTreeMap<PathBuf, SystemTime>) {
        if path.is_dir() {
            for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
                walk(&entry.path(), into);
            }
        } else if let Ok(modified) = path.metadata().and_then(|m| m.modified()) {
            into.insert(path.to_path_buf(), modified);
        }
    }
    let mut files = BTreeMap::new();
    for root in WATCHED {
        walk(Path::new(root), &mut files);
    }
    files
}

/// The entry points a change to `path` (relative to the repository) can alter, in build order. The
/// crates draw the lines: the Leptos apps' own files (`src/` outside `src/core` and `src/dom`) can
/// only alter the three apps, since no first stage depends on them; a first stage's own files its stage;
/// what the DOM crate shares (the catalog view, the widget's host) the stages and apps that show it; the
/// core and anything else all six. A stylesheet rebuilds the pages that link it.
pub fn affected(path: &Path) -> Vec<&'static Entry> {
    let p = path.to_string_lossy().replace('\\', "/");
    let by_name = |names: &[&str]| -> Vec<&'static Entry> {
        ENTRIES.iter().filter(|e| names.contains(&e.name)).collect()
    };
    if p.starts_with("style/") {
        let file = path.file_name().map(|f| f.to_string_lossy().into_owned());
        return ENTRIES
            .iter()
            .filter(|e| {
                let Page::Own(page) = e.page else {
                    return false; // a module's page links no stylesheet
                };
                let html = std::fs::read_to_string(page).unwrap_or_default();
                file.as_ref().is_some_and(|f| html.contains(f.as_str()))
            })
            .collect();
    }
    if let Some(entry) = ENTRIES
        .iter()
        .find(|e| matches!(e.page, Page::Own(page) if p == page))
    {
        return vec![entry];
    }
    const APPS: [&str; 7] = [
        "customer-app",
        "customer-checkout",
        "agent-app",
        "agent-shop",
        "agent-checkout",
        "widget-flow",
        "widget-checkout",
    ];
    let with_apps = |first: &str| {
        by_name(&[
            first, APPS[0], APPS[1], APPS[2], APPS[3], APPS[4], APPS[5], APPS[6],
        ])
    };
    match p.as_str() {
        "src/dom/bin/catalog.rs" | "src/boot.js" => by_name(&["customer"]),
        "src/main.rs" => by_name(&["customer-app"]),
        "src/bin/checkout.rs" => by_name(&["customer-checkout"]),
        "src/dom/bin/sign_in.rs" | "src/dom/agent_stage.rs" => by_name(&["agent"]),
        "src/bin/agent.rs" => by_name(&["agent-app"]),
        "src/bin/on_behalf.rs" => by_name(&["agent-shop"]),
        "src/bin/on_behalf_checkout.rs" => by_name(&["agent-checkout"]),
        "src/dom/bin/widget.rs" => by_name(&["widget"]),
        "src/bin/widget_flow.rs" => by_name(&["widget-flow"]),
        "src/bin/widget_checkout.rs" => by_name(&["widget-checkout"]),
        _ if p.starts_with("src/dom/stage/") => by_name(&["customer", "agent"]),
        // The agent's session is in every app's state (the hand-over passes its credentials on).
        "src/core/agent.rs" => with_apps("agent"),
        "src/core/labels.rs" | "src/core/prefill.rs" => with_apps("widget"),
        // Written into the merged site by the merge itself.
        "src/widget/loader.js" | "src/handover.js" => Vec::new(),
        _ if p.starts_with("src/dom/widget/first/") => by_name(&["widget"]),
        _ if p.starts_with("src/dom/widget/") => {
            by_name(&["widget", "widget-flow", "widget-checkout"])
        }
        _ if p.starts_with("src/dom/catalog/") => with_apps("customer"),
        _ if p.starts_with("src/widget/") => by_name(&["widget-flow", "widget-checkout"]),
        _ if p.starts_with("src/pages/agent/") => {
            by_name(&["agent-app", "agent-shop", "agent-checkout"])
        }
        _ if p.starts_with("src/core/") || p.starts_with("src/dom/") => ENTRIES.iter().collect(),
        _ if p.starts_with("src/") && p.ends_with(".rs") => by_name(&APPS),
        _ => ENTRIES.iter().collect(),
    }
}

/// Watches until the process ends; `live` is told after each merge.
pub fn run(tools: Tools, api_base: String, live: Live) {
    let mut seen = snapshot();
    loop {
        std::thread::sleep(Duration::from_millis(300));
        let now = snapshot();
        if now == seen {
            continue;
        }
        // Editors write in steps: wait for the tree to stay still a moment.
        std::thread::sleep(Duration::from_millis(150));
        let now = snapshot();
        let changed: Vec<&PathBuf> = now
            .iter()
            .filter(|(p, t)| seen.get(*p) != Some(t))
            .map(|(p, _)| p)
            .chain(seen.keys().filter(|p| !now.contains_key(*p)))
            .collect();
        let mut entries: Vec<&Entry> = Vec::new();
        for path in &changed {
            for e in affected(path) {
                if !entries.iter().any(|x| x.name == e.name) {
                    entries.push(e);
                }
            }
        }
        entries.sort_by_key(|e| ENTRIES.iter().position(|x| x.name == e.name));
        let names: Vec<String> = changed.iter().map(|p| p.display().to_string()).collect();
        println!("\nxtask: changed: {}", names.join(", "));
        // One module at a time, each merged and its pages reloaded as soon as it is built: the page
        // being looked at does not wait for the others.
        let started = Instant::now();
        let mut failed = None;
        for entry in &entries {
            let built = build_entries(&tools, false, &[entry])
                .and_then(|()| assemble(Some(&api_base), false));
            let took = started.elapsed().as_secs_f64();
            match built {
                Ok(_) => {
                    live.rebuilt(&[entry.bin]);
                    println!(
                        "xtask: {} rebuilt after {took:.1} s; its open pages reload",
                        entry.name
                    );
                }
                Err(e) => {
                    failed = Some(format!("{}: {e}", entry.name));
                    break;
                }
            }
        }
        let took = started.elapsed().as_secs_f64();
        match failed {
            None if entries.is_empty() => {
                let _ = assemble(Some(&api_base), false);
                live.rebuilt(&ENTRIES.iter().map(|e| e.bin).collect::<Vec<_>>());
                println!("xtask: merged again in {took:.1} s");
            }
            None => println!(
                "xtask: rebuilt {} in {took:.1} s",
                entries.iter().map(|e| e.name).collect::<Vec<_>>().join(", ")
            ),
            Some(e) => println!(
                "xtask: the rebuild failed after {took:.1} s (the last good build is still served): {e}"
            ),
        }
        seen = now;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(path: &str) -> Vec<&'static str> {
        affected(Path::new(path)).iter().map(|e| e.name).collect()
    }

    #[test]
    fn a_change_rebuilds_the_modules_it_can_alter() {
        assert_eq!(names("src/dom/agent_stage.rs"), ["agent"]);
        assert_eq!(names("src/dom/stage/frame.rs"), ["customer", "agent"]);
        assert_eq!(
            names("src/pages/agent/account.rs"),
            ["agent-app", "agent-shop", "agent-checkout"]
        );
        assert_eq!(names("src/dom/widget/first/read.rs"), ["widget"]);
        assert_eq!(
            names("src/dom/widget/settings.rs"),
            ["widget", "widget-flow", "widget-checkout"]
        );
        assert_eq!(
            names("src/dom/catalog/view.rs"),
            [
                "customer",
                "customer-app",
                "customer-checkout",
                "agent-app",
                "agent-shop",
                "agent-checkout",
                "widget-flow",
                "widget-checkout"
            ]
        );
        assert_eq!(
            names("src/pages/product/mod.rs"),
            [
                "customer-app",
                "customer-checkout",
                "agent-app",
                "agent-shop",
                "agent-checkout",
                "widget-flow",
                "widget-checkout"
            ]
        );
        assert_eq!(
            names("src/core/labels.rs"),
            [
                "customer-app",
                "customer-checkout",
                "agent-app",
                "agent-shop",
                "agent-checkout",
                "widget",
                "widget-flow",
                "widget-checkout"
            ]
        );
        assert_eq!(
            names("src/pages/order/review.rs"),
            [
                "customer-app",
                "customer-checkout",
                "agent-app",
                "agent-shop",
                "agent-checkout",
                "widget-flow",
                "widget-checkout"
            ]
        );
        assert_eq!(names("src/core/api/client.rs").len(), 10);
        assert_eq!(names("src/entries/agent.html"), ["agent"]);
        assert_eq!(names("index.html"), ["customer"]);
    }
}
