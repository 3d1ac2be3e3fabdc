//! The documentation's four seed pages, replayed: each example request gets a response of the example's
//! shape (field names, JSON types, headers), ids and hashes aside.

mod common;

use common::{Api, SEED_AUTHORIZATION};
use serde_json::{json, Value};

fn fixture(name: &str) -> Value {
    let path = format!("{}/../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// Fields the sandbox adds beyond the documentation (clients ignore unknown fields).
const EXTRAS: &[&str] = &["guid", "Agent", "Reason"];

/// `actual` has every field of `expected` with the same JSON type, recursively (arrays: element-wise
/// shape of the first element; an empty expected array must stay empty), and nothing else but `EXTRAS`.
fn assert_shape(expected: &Value, actual: &Value, at: &str) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                let av = a
                    .get(k)
                    .unwrap_or_else(|| panic!("{at}.{k} missing in {actual}"));
                assert_shape(ev, av, &format!("{at}.{k}"));
            }
            for k in a.keys() {
                assert!(
                    e.contains_key(k) || EXTRAS.contains(&k.as_str()),
                    "{at}.{k} is not documented"
                );
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            assert_eq!(e.is_empty(), a.is_empty(), "{at}: {actual}");
            if let (Some(e0), Some(a0)) = (e.first(), a.first()) {
                assert_shape(e0, a0, &format!("{at}[0]"));
            }
        }
        (e, a) => assert_eq!(
            std::mem::discriminant(e),
            std::mem::discriminant(a),
            "{at}: {e} vs {a}"
        ),
    }
}

#[tokio::test]
async fn orders_post() {
    let mut api = Api::new();
    let r = api.post("/orders", json!({})).await;
    r.expect(201);
    assert_shape(&fixture("orders-post-201.json"), &r.json(), "body");
    let location = r.header("location").unwrap();
    assert_eq!(r.json()["links"][1]["href"], location);
    assert!(r.header("set-cookie").unwrap().contains("; Path=/"));
    assert!(r
        .header("content-type")
        .unwrap()
        .starts_with("application/json"));

    let r = api.post("/orders", json!({})).await;
    r.expect(409);
    assert_shape(&fixture("orders-post-409.json"), &r.json(), "body");

    let mut anonymous = Api::new();
    let r = anonymous
        .post("/orders", json!({"clientIp": "1.2.3.4"}))
        .await;
    r.expect(400);
    assert_shape(
        &fixture("orders-post-400-client-ip.json"),
        &r.json(),
        "body",
    );
}

#[tokio::test]
async fn order_exchange_mailbox_paid_replayed_verbatim() {
    let mut api = Api::new();
    api.authorization = Some(SEED_AUTHORIZATION.into());
    let r = api
        .post(
            "/accounts/acct999999/exchange/myexchangedomain.com/mailboxes",
            fixture("exchange-mailbox-request.json"),
        )
        .await;
    r.expect(202);
    assert!(r.header("set-cookie").unwrap().starts_with("OwnerId="));
    let body = r.json();
    assert_shape(&fixture("exchange-mailbox-paid-202.json"), &body, "body");
    assert_eq!(body["total"], json!(["5.18", "USD"]));
    assert_eq!(body["subtotal"], json!(["5.18", "USD"]));
    assert_eq!(body["quotehash"].as_str().unwrap().len(), 40);
    let related = body["links"][1]["href"].as_str().unwrap();
    assert!(related.ends_with("/action"));
    let order_id = related
        .trim_end_matches("/action")
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();

    // Submit the order: the cookie only, as in the example.
    let mut cookie_only = Api {
        authorization: None,
        ..api
    };
    let r = cookie_only
        .post(
            &format!("/orders/{order_id}/action"),
            json!({"action": "submit"}),
        )
        .await;
    r.expect(202);
    assert!(r.text.is_empty());

    // Check for status: cookie and Authorization.
    let mut both = Api {
        authorization: Some(SEED_AUTHORIZATION.into()),
        ..cookie_only
    };
    let r = both.get(&format!("/orders/{order_id}")).await;
    r.expect(200);
    assert_shape(&fixture("order-get-processing.json"), &r.json(), "body");
    assert_eq!(r.json()["order"]["Status"], "Processing");
    assert!(r.json()["order"]["Account"]
        .as_str()
        .unwrap()
        .ends_with("/accounts/acct999999"));
    both.provision_now();
    assert_eq!(
        both.get(&format!("/orders/{order_id}")).await.json()["order"]["Status"],
        "Completed"
    );
}

#[tokio::test]
async fn order_exchange_mailbox_free_is_already_submitted() {
    let mut api = Api::new();
    api.authorization = Some(SEED_AUTHORIZATION.into());
    let mut body = fixture("exchange-mailbox-request.json");
    body["owner"]["username"] = json!("b.b");
    let r = api
        .post(
            "/accounts/acct999999/exchange/included-exchange.com/mailboxes",
            body.clone(),
        )
        .await;
    r.expect(202);
    assert!(r.text.is_empty(), "free: no body");
    let id = Api::location_id(&r);
    assert_eq!(
        api.get(&format!("/orders/{id}")).await.json()["order"]["Status"],
        "Processing"
    );
    // The same mailbox twice is the documented 409 duplicate entry.
    api.post(
        "/accounts/acct999999/exchange/included-exchange.com/mailboxes",
        body,
    )
    .await
    .expect_fault(409, "conflict", "Duplicate entry");
}

#[tokio::test]
async fn services_post_replayed_with_the_seed_body() {
    let mut api = Api::new();
    let order = api.create_order().await;
    let r = api.post(&format!("/orders/{order}/account/products"), json!({"offering": "https://api.hostway.com/productSpecifications/core.plan.email.exchange2010/offerings/USD-1"})).await;
    let product = Api::location_id(&r);
    let services = format!("/orders/{order}/account/products/{product}/services");
    let r = api.post(&services, json!({"name": "myexchange.com", "serviceSpecification": "https://api.hostway.com/serviceSpecifications/core.exchange.domain", "billingCycle": 1})).await;
    let domain_service = Api::location_id(&r);
    let seed = std::fs::read_to_string(format!(
        "{}/../tests/fixtures/services-post-request.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
    .replace("{orderId}", &order)
    .replace("{productId}", &product)
    .replace("{serviceId}", &domain_service)
    .replace("{serviceSpecificationId}", "core.exchange.mailbox");
    let r = api
        .post(&services, serde_json::from_str(&seed).unwrap())
        .await;
    r.expect(201);
    assert!(r.text.is_empty());
    let location = r.header("location").unwrap().to_string();
    assert!(location.starts_with(&format!("http://localhost:8081{services}/")));
    let created = api
        .get(location.trim_start_matches("http://localhost:8081"))
        .await
        .json();
    assert_eq!(created["name"], "john.smith1");
    assert_eq!(created["billingCycle"], 1);
    assert!(created["relatedTo"][0]
        .as_str()
        .unwrap()
        .ends_with(&domain_service));
}

#[tokio::test]
async fn action_error_envelopes_have_the_documented_shape() {
    for case in fixture("action-errors.json").as_array().unwrap() {
        let status = case["status"].as_u64().unwrap() as u16;
        let expected = &case["body"];
        let (kind, inner) = expected.as_object().unwrap().iter().next().unwrap();
        let error = match kind.as_str() {
            "computeFault" => {
                hostway_sandbox::error::ApiError::compute(inner["message"].as_str().unwrap())
            }
            "forbidden" => {
                hostway_sandbox::error::ApiError::forbidden(inner["message"].as_str().unwrap())
            }
            _ => hostway_sandbox::error::ApiError::conflict(inner["message"].as_str().unwrap()),
        };
        assert_eq!(error.status().as_u16(), status);
        assert_shape(expected, &error.envelope(), kind);
    }
}
