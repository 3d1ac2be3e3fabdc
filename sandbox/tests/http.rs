//! HTTP reality: CORS preflights and grants, malformed bodies, persistence across a restart, fault
//! injection and the loopback-only admin route, one test over a real listener, and a property test that
//! no body or path makes the sandbox panic or answer 500.

mod common;

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Method, Request};
use common::{Api, ORIGIN};
use proptest::prelude::*;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn request(method: Method, path: &str, origin: &str) -> axum::http::request::Builder {
    Request::builder()
        .method(method)
        .uri(path)
        .header(header::HOST, "localhost:8081")
        .header(header::ORIGIN, origin)
}

#[tokio::test]
async fn credentialed_cors_for_allowed_origins_only() {
    let mut api = Api::new();
    let preflight = request(Method::OPTIONS, "/orders", ORIGIN)
        .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .header(
            header::ACCESS_CONTROL_REQUEST_HEADERS,
            "content-type,authorization",
        )
        .body(Body::empty())
        .unwrap();
    let r = api.send(preflight).await;
    assert!(r.status.is_success());
    assert_eq!(r.header("access-control-allow-origin"), Some(ORIGIN));
    assert_eq!(r.header("access-control-allow-credentials"), Some("true"));
    let headers = r
        .header("access-control-allow-headers")
        .unwrap()
        .to_ascii_lowercase();
    assert!(headers.contains("content-type") && headers.contains("authorization"));
    assert!(r
        .header("access-control-allow-methods")
        .unwrap()
        .contains("PUT"));

    let create = request(Method::POST, "/orders", ORIGIN)
        .header(header::CONTENT_TYPE, "application/json; charset=UTF-8")
        .body(Body::from("{}"))
        .unwrap();
    let r = api.send(create).await;
    r.expect(201);
    assert_eq!(r.header("access-control-allow-origin"), Some(ORIGIN));
    assert_eq!(r.header("access-control-expose-headers"), Some("Location"));
    assert_eq!(r.header("vary"), Some("Origin"));

    for foreign in ["http://127.0.0.1:8080", "https://evil.example", "null"] {
        let preflight = request(Method::OPTIONS, "/orders", foreign)
            .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .body(Body::empty())
            .unwrap();
        let r = api.send(preflight).await;
        assert!(
            r.header("access-control-allow-origin").is_none(),
            "{foreign}"
        );
        assert!(
            r.header("access-control-allow-credentials").is_none(),
            "{foreign}"
        );
        let read = request(Method::GET, "/salutations", foreign)
            .body(Body::empty())
            .unwrap();
        let r = api.send(read).await;
        r.expect(200);
        assert!(
            r.header("access-control-allow-origin").is_none(),
            "{foreign}"
        );
    }
}

/// `--as-documented`: CORS and the cookie exactly as the documentation shows them. The allowed origin
/// of the default mode gets nothing; only the documented `OPTIONS …/action` carries `*`; the cookie is
/// `OwnerId=…; Path=/` and nothing else. Everything else answers as usual.
#[tokio::test]
async fn as_documented_cors_and_cookie_are_the_documentations() {
    let mut api = Api::with(|c| c.as_documented = true);
    let preflight = request(Method::OPTIONS, "/orders", ORIGIN)
        .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .header(header::ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
        .body(Body::empty())
        .unwrap();
    let r = api.send(preflight).await;
    assert!(!r.status.is_success(), "no preflight grant: {}", r.status);
    assert!(r.header("access-control-allow-origin").is_none());
    assert!(r.header("access-control-allow-headers").is_none());

    let create = request(Method::POST, "/orders", ORIGIN)
        .header(header::CONTENT_TYPE, "application/json; charset=UTF-8")
        .body(Body::from("{}"))
        .unwrap();
    let r = api.send(create).await;
    r.expect(201);
    for grant in [
        "access-control-allow-origin",
        "access-control-allow-credentials",
        "access-control-expose-headers",
    ] {
        assert!(
            r.header(grant).is_none(),
            "{grant} in {:?}",
            r.header(grant)
        );
    }
    let cookie = r.header("set-cookie").unwrap().to_string();
    let value = cookie.strip_prefix("OwnerId=").unwrap();
    assert_eq!(
        value.split_once("; ").map(|(_, attrs)| attrs),
        Some("Path=/"),
        "{cookie}"
    );
    let order_id = r.json()["orderId"].as_str().unwrap().to_string();

    // The documented OPTIONS on the action: 200, its methods and `*`, with or without an Origin.
    let options = request(
        Method::OPTIONS,
        &format!("/orders/{order_id}/action"),
        ORIGIN,
    )
    .body(Body::empty())
    .unwrap();
    let r = api.send(options).await;
    r.expect(200);
    assert_eq!(r.header("access-control-allow-origin"), Some("*"));
    assert!(r
        .header("access-control-allow-methods")
        .unwrap()
        .contains("POST"));
    assert!(r.header("access-control-allow-credentials").is_none());

    // Same-origin callers (a proxy in front of it) get the API as usual.
    api.call(Method::GET, "/order", None).await.expect(200);
}

#[tokio::test]
async fn cookie_attributes_are_configurable() {
    let mut lax = Api::new();
    let r = lax.post("/orders", json!({})).await;
    let cookie = r.header("set-cookie").unwrap();
    assert!(
        cookie.contains("Path=/") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"),
        "{cookie}"
    );
    assert!(
        cookie.contains("HttpOnly"),
        "no page script may read OwnerId: {cookie}"
    );
    let mut widget = Api::with(|c| {
        c.cookie_samesite = hostway_sandbox::config::SameSite::None;
        c.partitioned = true;
    });
    let r = widget.post("/orders", json!({})).await;
    assert!(r
        .header("set-cookie")
        .unwrap()
        .ends_with("SameSite=None; Secure; Partitioned"));
}

#[tokio::test]
async fn malformed_bodies_are_400_envelopes() {
    let mut api = Api::new();
    let id = api.create_order().await;
    let cases: Vec<(&str, &str)> = vec![
        ("application/json; charset=UTF-8", "{not json"),
        ("application/json", "[1, 2"),
        ("text/plain", "{\"action\": \"validate\"}"),
        ("application/json; charset=UTF-8", "\"a string\""),
        ("application/json; charset=UTF-8", "{\"action\": 12}"),
    ];
    for (content_type, body) in cases {
        let req = Request::builder()
            .method(Method::POST)
            .uri(format!("/orders/{id}/action"))
            .header(
                header::COOKIE,
                format!("OwnerId={}", api.cookie.clone().unwrap()),
            )
            .header(header::CONTENT_TYPE, content_type)
            .body(Body::from(body))
            .unwrap();
        let r = api.send(req).await;
        r.expect(400);
        assert_eq!(
            r.json()["badRequest"]["message"],
            "POST data error",
            "{content_type} {body}"
        );
    }
    // Wrong JSON types inside a valid body.
    let r = api
        .put(
            &format!("/orders/{id}/account"),
            json!({"currency": 5, "language": ["en"]}),
        )
        .await;
    r.expect_fault(400, "computeFault", "Missing language or currency.");
}

#[tokio::test]
async fn nothing_is_lost_across_a_restart() {
    let dir = std::env::temp_dir().join(format!("hostway-restart-{}", std::process::id()));
    let db = dir.join("sandbox.sqlite3");
    let db_text = db.to_string_lossy().to_string();
    let (id, cookie, submitted) = {
        let mut api = Api::with(|c| c.db = db_text.clone());
        let id = api.create_order().await;
        api.put(
            &format!("/orders/{id}/account"),
            json!({"currency": "USD", "language": "en-US"}),
        )
        .await
        .expect(204);
        // A second owner with a submitted order.
        let mut other = Api::with(|c| c.db = db_text.clone());
        other.router = api.router.clone();
        let submitted = other.create_order().await;
        other
            .state
            .store
            .update(&submitted, |o| {
                o.status = "Processing".into();
                o.submitted_ms = Some(hostway_sandbox::model::now_ms());
                Ok(())
            })
            .unwrap();
        (id, api.cookie.clone().unwrap(), submitted)
    };
    let mut restarted = Api::with(|c| {
        c.db = db_text.clone();
        c.provision_ms = 60_000;
    });
    restarted.cookie = Some(cookie);
    assert_eq!(
        restarted.get("/order").await.json()["links"][1]["href"],
        format!("http://localhost:8081/orders/{id}")
    );
    assert_eq!(
        restarted.get(&format!("/orders/{id}/account")).await.json()["currency"],
        "USD"
    );
    restarted.post("/orders", json!({})).await.expect(409);
    assert_eq!(
        restarted
            .state
            .store
            .get(&submitted)
            .unwrap()
            .unwrap()
            .status,
        "Processing"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[tokio::test]
async fn faults_at_start_and_at_run_time_through_the_loopback_admin() {
    let mut api = Api::with(|c| c.fail_rate = 1.0);
    api.get("/salutations")
        .await
        .expect_fault(502, "computeFault", "Unexpected backend response");
    let r = api
        .put(
            "/__sandbox/faults",
            json!({"failRate": 0.0, "latencyMs": 5}),
        )
        .await;
    r.expect(200);
    assert_eq!(r.json()["failRate"], 0.0);
    api.get("/salutations").await.expect(200);
    // Not from loopback: the admin route does not exist.
    let mut remote = Request::builder()
        .uri("/__sandbox/faults")
        .header(header::HOST, "x")
        .body(Body::empty())
        .unwrap();
    remote
        .extensions_mut()
        .insert(ConnectInfo(SocketAddr::from(([192, 0, 2, 7], 4000))));
    let res = tower::ServiceExt::oneshot(api.router.clone(), remote)
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 404);
    let id = api.create_order().await;
    let orders = api.get("/__sandbox/orders").await.json();
    assert_eq!(orders["list"][0]["id"], id.as_str());
}

#[tokio::test]
async fn over_a_real_listener() {
    let config = hostway_sandbox::Config::for_tests(&[ORIGIN]);
    let sandbox = hostway_sandbox::start(config).await.unwrap();
    let mut stream = tokio::net::TcpStream::connect(sandbox.server.addr)
        .await
        .unwrap();
    let request = format!(
        "POST /orders HTTP/1.1\r\nHost: localhost:{}\r\nOrigin: {ORIGIN}\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}",
        sandbox.server.addr.port()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    assert!(response.starts_with("HTTP/1.1 201"), "{response}");
    let lower = response.to_ascii_lowercase();
    assert!(lower.contains("set-cookie: ownerid="));
    assert!(lower.contains(&format!(
        "location: http://localhost:{}/orders/",
        sandbox.server.addr.port()
    )));
    assert!(lower.contains(&format!("access-control-allow-origin: {ORIGIN}")));
    sandbox.stop().await;
}

fn path_strategy() -> impl Strategy<Value = String> {
    let segment = prop_oneof![
        Just("orders".to_string()),
        Just("order".to_string()),
        Just("account".to_string()),
        Just("products".to_string()),
        Just("services".to_string()),
        Just("action".to_string()),
        Just("contactInfo".to_string()),
        Just("attributes".to_string()),
        Just("notes".to_string()),
        Just("promotion".to_string()),
        Just("accounts".to_string()),
        Just("acct999999".to_string()),
        Just("exchange".to_string()),
        Just("mailboxes".to_string()),
        Just("quote".to_string()),
        Just("productSpecifications".to_string()),
        Just("offerings".to_string()),
        Just("domains".to_string()),
        "[a-zA-Z0-9._%-]{0,12}",
    ];
    prop::collection::vec(segment, 0..7).prop_map(|s| format!("/{}", s.join("/")))
}

fn body_strategy() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just(json!(null)),
        any::<bool>().prop_map(|b| json!(b)),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        ".{0,20}".prop_map(|s| json!(s)),
    ];
    let value = leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            prop::collection::hash_map(
                prop_oneof![
                    Just("action".to_string()),
                    Just("offering".to_string()),
                    Just("name".to_string()),
                    Just("billingCycle".to_string()),
                    Just("owner".to_string()),
                    Just("notes".to_string()),
                    ".{0,8}"
                ],
                inner,
                0..5,
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    });
    prop_oneof![value.prop_map(|v| v.to_string()), ".{0,40}"]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn no_request_makes_it_panic_or_answer_500(
        method in prop_oneof![Just(Method::GET), Just(Method::POST), Just(Method::PUT), Just(Method::DELETE), Just(Method::OPTIONS)],
        path in path_strategy(),
        body in body_strategy(),
        with_cookie in any::<bool>(),
        agent in any::<bool>(),
    ) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let mut api = Api::new();
            if agent {
                api = api.signed_in_as(common::DEMO_AGENT);
            }
            if with_cookie {
                api.create_order().await;
            }
            let Ok(req) = Request::builder()
                .method(method)
                .uri(path.as_str())
                .header(header::HOST, "localhost:8081")
                .header(header::CONTENT_TYPE, "application/json; charset=UTF-8")
                .body(Body::from(body.clone()))
            else {
                return Ok(());
            };
            let r = api.send(req).await;
            prop_assert!(r.status.as_u16() != 500, "{path} {body} → {}", r.text);
            Ok(())
        })?;
    }
}
