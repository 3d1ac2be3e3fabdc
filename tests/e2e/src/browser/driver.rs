//! chromedriver as a child process, and a fresh Chromium session (its own profile) per browser.

use std::process::Stdio;
use std::time::Duration;

use fantoccini::ClientBuilder;
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;
use tokio::process::{Child, Command};

use super::Browser;

/// A chromedriver child process on a free loopback port, killed on drop.
pub struct Driver {
    child: Child,
    url: String,
}

const DEFAULT_CHROME_ARGS: &str = "--headless --no-sandbox --disable-gpu --disable-quic \
--disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-dev-shm-usage --lang=en-US";

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
        self.browser_speaking(None).await
    }

    /// A browser whose preferred languages are `languages` (`"de-DE,de"`), else US English.
    pub async fn browser_speaking(&self, languages: Option<&str>) -> Browser {
        // Tests run side by side in one process: a counter keeps their profiles apart.
        static PROFILES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let profile = std::env::temp_dir().join(format!(
            "hostway-e2e-{}-{}",
            std::process::id(),
            PROFILES.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&profile); // a fresh profile, even if a pid comes back
        let mut args: Vec<String> = std::env::var("HOSTWAY_CHROME_ARGS")
            .unwrap_or_else(|_| DEFAULT_CHROME_ARGS.into())
            .split_whitespace()
            .map(str::to_string)
            .collect();
        args.push(format!("--user-data-dir={}", profile.display()));
        let mut options = serde_json::Map::new();
        if let Some(languages) = languages {
            args.retain(|a| !a.starts_with("--lang="));
            let first = languages.split(',').next().unwrap_or_default();
            args.push(format!("--lang={first}"));
            args.push(format!("--accept-lang={languages}"));
            options.insert(
                "prefs".into(),
                json!({"intl": {"accept_languages": languages}}),
            );
        }
        args.push("--window-size=1280,900".into());
        let mut caps = serde_json::Map::new();
        caps.insert("goog:chromeOptions".into(), {
            options.insert("args".into(), json!(args));
            options.insert("binary".into(), json!("/usr/bin/chromium"));
            serde_json::Value::Object(options)
        });
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
