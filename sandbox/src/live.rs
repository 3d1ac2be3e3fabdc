//! The page reloading itself when `cargo xtask dev --watch` has rebuilt the app: the site serves a small
//! script (`/__dev/reload.js`, from its own origin, so the strict policy allows it) that long-polls
//! `/__dev/version` and reloads the page when a module it loaded was rebuilt (the answer names them:
//! `"3 hostway-order hostway-agent"`). Only with a live site: nothing of it exists in the tests' or a
//! deployment's pages.

use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use tokio::sync::watch;

pub const SCRIPT_PATH: &str = "/__dev/reload.js";
const VERSION_PATH: &str = "/__dev/version";

const SCRIPT: &str = r#"// cargo xtask dev --watch: reload when a module this page loaded has been rebuilt.
const loaded = (module) =>
  performance.getEntriesByType("resource").some((r) => new RegExp(`/${module}-[0-9a-f]+_bg\\.wasm$`).test(r.name));
let seen = null;
for (;;) {
  try {
    const answer = await fetch(`/__dev/version${seen === null ? "" : `?after=${seen}`}`, { cache: "no-store" });
    const [version, ...modules] = (await answer.text()).split(" ");
    if (seen !== null && version !== seen && modules.some(loaded)) {
      console.info(`xtask dev: ${modules.join(", ")} rebuilt, reloading`);
      location.reload();
      break;
    }
    seen = version;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the server restarts
  }
}
"#;

/// The builds' version and the modules its last rebuild renewed: the watcher moves it on.
#[derive(Clone, Debug)]
pub struct Live {
    tx: watch::Sender<(u64, String)>,
}

impl Default for Live {
    fn default() -> Self {
        Self {
            tx: watch::channel((0, String::new())).0,
        }
    }
}

/// What the version route reads.
pub type Version = watch::Receiver<(u64, String)>;

impl Live {
    /// `modules` (Cargo binaries, e.g. `hostway-order`) were rebuilt: the pages that loaded one reload.
    pub fn rebuilt(&self, modules: &[&str]) {
        self.tx
            .send_modify(|(v, names)| (*v, *names) = (*v + 1, modules.join(" ")));
    }

    pub fn version(&self) -> Version {
        self.tx.subscribe()
    }
}

/// `html` with the reload script, before `</head>`.
pub fn with_script(html: &str) -> String {
    let tag = format!("<script type=\"module\" src=\"{SCRIPT_PATH}\"></script>");
    match html.find("</head>") {
        Some(i) => format!("{}{tag}{}", &html[..i], &html[i..]),
        None => format!("{tag}{html}"),
    }
}

#[derive(serde::Deserialize)]
struct After {
    after: Option<u64>,
}

/// The version now and what it renewed, or, given `after` equal to it, the next (at most 25 s later).
async fn version(State(mut rx): State<Version>, Query(q): Query<After>) -> impl IntoResponse {
    if q.after == Some(rx.borrow_and_update().0) {
        let _ = tokio::time::timeout(Duration::from_secs(25), rx.changed()).await;
    }
    let (n, modules) = rx.borrow().clone();
    (
        [(header::CACHE_CONTROL, "no-store")],
        format!("{n} {modules}").trim_end().to_string(),
    )
}

/// The script and the version it asks for.
pub fn routes(rx: Version) -> Router {
    Router::new()
        .route(
            SCRIPT_PATH,
            get(|| async {
                (
                    [
                        (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
                        (header::CACHE_CONTROL, "no-store"),
                    ],
                    SCRIPT,
                )
            }),
        )
        .route(VERSION_PATH, get(version))
        .with_state(rx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_goes_into_the_head() {
        assert_eq!(
            with_script("<head><title>x</title></head><body>"),
            "<head><title>x</title><script type=\"module\" src=\"/__dev/reload.js\"></script></head><body>"
        );
    }

    #[tokio::test]
    async fn a_rebuild_answers_the_waiting_page() {
        let live = Live::default();
        let rx = live.version();
        let waiting = tokio::spawn(version(State(rx), Query(After { after: Some(0) })));
        // One thread: after yielding, the request has run up to its wait.
        tokio::task::yield_now().await;
        assert!(!waiting.is_finished(), "waits while nothing was rebuilt");
        live.rebuilt(&["hostway-order", "hostway-agent"]);
        let answer = waiting.await.unwrap().into_response();
        let body = axum::body::to_bytes(answer.into_body(), 64).await.unwrap();
        assert_eq!(&body[..], b"1 hostway-order hostway-agent");
    }
}
