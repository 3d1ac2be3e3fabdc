//! The page reloading itself when `cargo xtask dev --watch` has rebuilt the app: the site serves a small
//! script (`/__dev/reload.js`, from its own origin, so the strict policy allows it) that long-polls
//! `/__dev/version` and reloads the page when the build's version moves on. Only with a live site:
//! nothing of it exists in the tests' or a deployment's pages.

use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use tokio::sync::watch;

pub const SCRIPT_PATH: &str = "/__dev/reload.js";
const VERSION_PATH: &str = "/__dev/version";

const SCRIPT: &str = r#"// cargo xtask dev --watch: reload when the app has been rebuilt.
let seen = null;
for (;;) {
  try {
    const answer = await fetch(`/__dev/version${seen === null ? "" : `?after=${seen}`}`, { cache: "no-store" });
    const version = await answer.text();
    if (seen !== null && version !== seen) {
      console.info("xtask dev: the app was rebuilt, reloading");
      location.reload();
      break;
    }
    seen = version;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the server restarts
  }
}
"#;

/// The builds' version: the watcher moves it on after each rebuild.
#[derive(Clone, Debug)]
pub struct Live {
    tx: watch::Sender<u64>,
}

impl Default for Live {
    fn default() -> Self {
        Self {
            tx: watch::channel(0).0,
        }
    }
}

impl Live {
    /// Pages open on the live site reload.
    pub fn rebuilt(&self) {
        self.tx.send_modify(|v| *v += 1);
    }

    pub fn version(&self) -> watch::Receiver<u64> {
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

/// The version now, or, given `after` equal to it, the next one (at most 25 s later).
async fn version(
    State(mut rx): State<watch::Receiver<u64>>,
    Query(q): Query<After>,
) -> impl IntoResponse {
    if q.after == Some(*rx.borrow_and_update()) {
        let _ = tokio::time::timeout(Duration::from_secs(25), rx.changed()).await;
    }
    let now = *rx.borrow();
    ([(header::CACHE_CONTROL, "no-store")], now.to_string())
}

/// The script and the version it asks for.
pub fn routes(rx: watch::Receiver<u64>) -> Router {
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
        live.rebuilt();
        let answer = waiting.await.unwrap().into_response();
        let body = axum::body::to_bytes(answer.into_body(), 64).await.unwrap();
        assert_eq!(&body[..], b"1");
    }
}
