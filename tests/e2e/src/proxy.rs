//! A proxy in front of the sandbox that answers chosen reads the way misbehaving backends do: an HTML
//! 502 page from a load balancer, a JSON 500 cut short, a 200 missing a field the documentation always
//! sends, a `text/plain` 200. Everything else passes through unchanged (cookies, CORS, `Location`). A
//! corrupted answer keeps the sandbox's CORS headers, so the page can read it: what is tested is what
//! the app does with the body, not a CORS failure.

use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use axum::Router;
use hostway_sandbox::Server;
use http::{header, HeaderValue, StatusCode};
use http_body_util::BodyExt;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde_json::Value;

/// How a matched answer is spoiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Misbehaviour {
    /// `502` with a proxy's HTML error page.
    HtmlBadGateway,
    /// `500` whose JSON envelope is cut off mid-message.
    TruncatedJson500,
    /// `200` whose JSON lacks a required field (`list` of a list, else `name`, else its first field).
    MissingField200,
    /// `200` with `Content-Type: text/plain` and a word for a body.
    TextPlain200,
}

impl Misbehaviour {
    pub const ALL: [Self; 4] = [
        Self::HtmlBadGateway,
        Self::TruncatedJson500,
        Self::MissingField200,
        Self::TextPlain200,
    ];

    /// Text of the spoiled body that must never reach the screen.
    pub fn tell_tales(self) -> &'static [&'static str] {
        match self {
            Self::HtmlBadGateway => &["Bad Gateway", "nginx", "<"],
            Self::TruncatedJson500 => &["computeFault", "Internal server er", "{"],
            Self::MissingField200 => &["missing field", "line 1", "column", "`"],
            Self::TextPlain200 => &["expected value", "line 1", "column"],
        }
    }
}

pub const HTML_502: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";
pub const TRUNCATED_500: &str = r#"{"computeFault": {"guid": "3f1c2a9e-0b7d-4c1e-9a55-2f6e8d7c1b00", "message": "Internal server er"#;
pub const TRUNCATED_GUID: &str = "3f1c2a9e-0b7d-4c1e-9a55-2f6e8d7c1b00";

/// Which requests are spoiled: `GET`s whose path matches.
#[derive(Clone, Debug)]
struct Rule {
    kind: Misbehaviour,
    matches: fn(&str) -> bool,
}

#[derive(Clone)]
struct Shared {
    upstream: String,
    client: Client<HttpConnector, Body>,
    rule: Arc<Mutex<Option<Rule>>>,
    spoiled: Arc<Mutex<Vec<String>>>,
    seen: Arc<Mutex<Vec<String>>>,
}

pub struct Proxy {
    pub server: Server,
    rule: Arc<Mutex<Option<Rule>>>,
    spoiled: Arc<Mutex<Vec<String>>>,
    seen: Arc<Mutex<Vec<String>>>,
}

impl Proxy {
    /// A proxy on a free loopback port in front of `upstream` (`http://host:port`).
    pub async fn start(upstream: String) -> Self {
        let rule = Arc::new(Mutex::new(None));
        let spoiled = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let shared = Shared {
            upstream,
            client: Client::builder(TokioExecutor::new()).build_http(),
            rule: rule.clone(),
            spoiled: spoiled.clone(),
            seen: seen.clone(),
        };
        let router = Router::new().fallback(forward).with_state(shared);
        let server = Server::spawn(crate::loopback().await, router).expect("proxy starts");
        Self {
            server,
            rule,
            spoiled,
            seen,
        }
    }

    /// `http://localhost:PORT`: same site as the app on another localhost port.
    pub fn url(&self) -> String {
        format!("http://localhost:{}", self.server.addr.port())
    }

    /// From now on, `GET`s whose path (with query) satisfies `matches` are answered as `kind`.
    pub fn misbehave(&self, kind: Misbehaviour, matches: fn(&str) -> bool) {
        *self.rule.lock().unwrap() = Some(Rule { kind, matches });
    }

    /// Everything passes through again.
    pub fn behave(&self) {
        *self.rule.lock().unwrap() = None;
    }

    /// The requests spoiled so far (`GET /path`), and forgets them.
    pub fn take_spoiled(&self) -> Vec<String> {
        std::mem::take(&mut self.spoiled.lock().unwrap())
    }

    /// Every request passed on so far (`METHOD /path`, preflights included), and forgets them.
    pub fn take_seen(&self) -> Vec<String> {
        std::mem::take(&mut self.seen.lock().unwrap())
    }

    pub async fn stop(self) {
        self.server.stop().await;
    }
}

async fn forward(State(shared): State<Shared>, request: Request) -> Response {
    let (mut parts, body) = request.into_parts();
    let path = parts
        .uri
        .path_and_query()
        .map_or("/".to_string(), ToString::to_string);
    shared
        .seen
        .lock()
        .unwrap()
        .push(format!("{} {path}", parts.method));
    let rule = shared.rule.lock().unwrap().clone();
    let spoil = rule
        .filter(|r| parts.method == http::Method::GET && (r.matches)(&path))
        .map(|r| r.kind);
    parts.uri = format!("{}{path}", shared.upstream)
        .parse()
        .expect("upstream uri");
    parts.headers.remove(header::HOST);
    let upstream = match shared
        .client
        .request(Request::from_parts(parts, body))
        .await
    {
        Ok(r) => r,
        Err(e) => {
            return Response::builder()
                .status(StatusCode::BAD_GATEWAY)
                .body(Body::from(format!("proxy: {e}")))
                .unwrap()
        }
    };
    let (mut parts, body) = upstream.into_parts();
    let Some(kind) = spoil else {
        return Response::from_parts(parts, Body::new(body));
    };
    shared.spoiled.lock().unwrap().push(format!("GET {path}"));
    let original = body
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let (status, content_type, body) = match kind {
        Misbehaviour::HtmlBadGateway => (502, "text/html", HTML_502.to_string()),
        Misbehaviour::TruncatedJson500 => (500, "application/json", TRUNCATED_500.to_string()),
        Misbehaviour::MissingField200 => {
            let mut v: Value = serde_json::from_slice(&original).unwrap_or(Value::Null);
            if let Value::Object(map) = &mut v {
                let key = ["list", "name"]
                    .into_iter()
                    .find(|k| map.contains_key(*k))
                    .map(str::to_string)
                    .or_else(|| map.keys().next().cloned());
                if let Some(key) = key {
                    map.remove(&key);
                }
            }
            (200, "application/json", v.to_string())
        }
        Misbehaviour::TextPlain200 => (200, "text/plain", "OK".to_string()),
    };
    parts.status = StatusCode::from_u16(status).unwrap();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.remove(header::TRANSFER_ENCODING);
    parts
        .headers
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    Response::from_parts(parts, Body::from(body))
}
