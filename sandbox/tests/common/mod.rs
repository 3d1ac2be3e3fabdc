//! A test client over `oneshot` that keeps the `OwnerId` cookie like a browser does.
#![allow(dead_code)]

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use base64::Engine;
use hostway_sandbox::{app, AppState, Config};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

pub const ORIGIN: &str = "http://localhost:8080";
pub const DEMO_AGENT: (&str, &str) = ("qwe@partner_api_developer_us_main", "iu34t8hf");
pub const LIMITED_AGENT: (&str, &str) = ("limited@partner_api_developer_us_main", "limited123");
/// The header from the documentation's Order-Exchange-mailbox-paid example, verbatim.
pub const SEED_AUTHORIZATION: &str =
    "Basic cXdlQHBhcnRuZXJfYXBpX2RldmVsb3Blcl91c19tYWluOml1MzR0OGhm";

pub struct Api {
    pub router: Router,
    pub state: AppState,
    pub cookie: Option<String>,
    pub authorization: Option<String>,
}

#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The envelope's (type, message, code).
    pub fn fault(&self) -> (String, String, u64) {
        let v = self.json();
        let (kind, inner) = v
            .as_object()
            .and_then(|o| o.iter().next())
            .expect("an envelope");
        (
            kind.clone(),
            inner["message"].as_str().unwrap().to_string(),
            inner["code"].as_u64().unwrap(),
        )
    }

    pub fn expect(&self, status: u16) -> &Self {
        assert_eq!(self.status.as_u16(), status, "body: {}", self.text);
        self
    }

    /// Asserts status, envelope type and message.
    pub fn expect_fault(&self, status: u16, kind: &str, message: &str) {
        self.expect(status);
        let (k, m, code) = self.fault();
        assert_eq!(
            (k.as_str(), m.as_str(), code),
            (kind, message, u64::from(status)),
            "{}",
            self.text
        );
    }
}

impl Api {
    pub fn new() -> Self {
        Self::with(|_| {})
    }

    pub fn with(adjust: impl FnOnce(&mut Config)) -> Self {
        let mut config = Config::for_tests(&[ORIGIN]);
        adjust(&mut config);
        let state = AppState::new(config).expect("state");
        Self {
            router: app(state.clone()),
            state,
            cookie: None,
            authorization: None,
        }
    }

    pub fn basic(user: &str, password: &str) -> String {
        format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
        )
    }

    pub fn signed_in_as(mut self, (user, password): (&str, &str)) -> Self {
        self.authorization = Some(Self::basic(user, password));
        self
    }

    pub async fn call(&mut self, method: Method, path: &str, body: Option<Value>) -> Reply {
        let mut req = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, "localhost:8081");
        if let Some(c) = &self.cookie {
            req = req.header(header::COOKIE, format!("OwnerId={c}"));
        }
        if let Some(a) = &self.authorization {
            req = req.header(header::AUTHORIZATION, a);
        }
        let req = match body {
            Some(b) => req
                .header(header::CONTENT_TYPE, "application/json; charset=UTF-8")
                .body(Body::from(b.to_string())),
            None => req.body(Body::empty()),
        };
        self.send(req.unwrap()).await
    }

    /// Sends a prepared request (loopback client address attached), keeping any `OwnerId` it sets.
    pub async fn send(&mut self, mut req: Request<Body>) -> Reply {
        req.extensions_mut()
            .insert(ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 50000))));
        let res = self.router.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        for v in headers.get_all(header::SET_COOKIE) {
            let v = v.to_str().unwrap();
            if let Some(rest) = v.strip_prefix("OwnerId=") {
                self.cookie = Some(rest.split(';').next().unwrap().to_string());
            }
        }
        Reply {
            status,
            headers,
            text: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        self.call(Method::GET, path, None).await
    }

    pub async fn post(&mut self, path: &str, body: Value) -> Reply {
        self.call(Method::POST, path, Some(body)).await
    }

    pub async fn put(&mut self, path: &str, body: Value) -> Reply {
        self.call(Method::PUT, path, Some(body)).await
    }

    pub async fn delete(&mut self, path: &str) -> Reply {
        self.call(Method::DELETE, path, None).await
    }

    /// Creates an order and returns its id.
    pub async fn create_order(&mut self) -> String {
        let r = self.post("/orders", serde_json::json!({})).await;
        r.expect(201);
        r.json()["orderId"].as_str().unwrap().to_string()
    }

    /// The id at the end of a `Location`.
    pub fn location_id(reply: &Reply) -> String {
        reply
            .header("location")
            .expect("Location")
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap()
            .to_string()
    }

    /// Finishes provisioning now, whatever the delay.
    pub fn provision_now(&self) {
        self.state
            .faults
            .apply(&hostway_sandbox::faults::FaultSettings {
                provision_ms: Some(0),
                ..Default::default()
            });
        hostway_sandbox::provisioning::step(&self.state).unwrap();
    }
}

/// A regular contact that passes every documented rule.
pub fn contact() -> Value {
    serde_json::json!({
        "name": {"salutation": "Mr.", "firstName": "John", "lastName": "Smith", "company": "My Company"},
        "address": {"street1": "100 Main St.", "city": "Chicago", "stateOrProvince": "IL", "postalCode": "60001", "countryCode": "US"},
        "contactMedia": {"phone1": "555-555-5501", "email1": "john@example.com", "email1Format": "html"}
    })
}
