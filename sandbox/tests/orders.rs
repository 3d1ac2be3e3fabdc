//! The order lifecycle as a client drives it: create, 409, account, contacts, products, services,
//! validate (every documented 400 in order), quote, submit with the quote hash, provisioning.

mod common;

use common::{contact, Api, DEMO_AGENT, LIMITED_AGENT};
use serde_json::json;

#[tokio::test]
async fn one_open_order_per_owner_and_a_new_one_after_submit() {
    let mut api = Api::new();
    let id = api.create_order().await;
    assert_eq!(id.len(), 40);
    api.post("/orders", json!({})).await.expect_fault(
        409,
        "conflict",
        "A new order has already been created for this ownerID",
    );
    // A browser without the cookie is another owner.
    let mut other = Api {
        cookie: None,
        ..Api::new()
    };
    other.router = api.router.clone();
    other.create_order().await;
    assert_ne!(other.cookie, api.cookie);
    // The documentation leaves open what happens after submit: the same owner may start the next order.
    api.state
        .store
        .update(&id, |o| {
            o.status = "Processing".into();
            Ok(())
        })
        .unwrap();
    let next = api.create_order().await;
    assert_ne!(next, id);
}

#[tokio::test]
async fn client_ip_needs_the_elevated_permission() {
    let mut anonymous = Api::new();
    anonymous
        .post("/orders", json!({"clientIp": "1.2.3.4"}))
        .await
        .expect_fault(
            400,
            "computeFault",
            "User cannot specify the client IP address",
        );
    let mut limited = Api::new().signed_in_as(LIMITED_AGENT);
    limited
        .post("/orders", json!({"clientIp": "1.2.3.4"}))
        .await
        .expect_fault(
            400,
            "computeFault",
            "User cannot specify the client IP address",
        );
    let mut agent = Api::new().signed_in_as(DEMO_AGENT);
    let r = agent.post("/orders", json!({"clientIp": "1.2.3.4"})).await;
    r.expect(201);
    let stored = agent
        .state
        .store
        .get(&Api::location_id(&r))
        .unwrap()
        .unwrap();
    assert_eq!(stored.client_ip.as_deref(), Some("1.2.3.4"));
    assert_eq!(stored.agent.as_deref(), Some(DEMO_AGENT.0));
    agent
        .post("/orders", json!({"clientIp": "not-an-ip"}))
        .await
        .expect(400);
}

#[tokio::test]
async fn who_may_read_an_order() {
    let mut owner = Api::new();
    let id = owner.create_order().await;
    let r = owner.get(&format!("/orders/{id}")).await;
    r.expect(200);
    assert_eq!(r.json()["order"]["Status"], "new");
    assert!(r.json()["links"][0]["href"]
        .as_str()
        .unwrap()
        .ends_with(&format!("/orders/{id}/")));

    let mut stranger = Api {
        router: owner.router.clone(),
        state: owner.state.clone(),
        cookie: None,
        authorization: None,
    };
    let r = stranger.get(&format!("/orders/{id}")).await;
    r.expect(401);
    assert!(r.header("content-type").unwrap().starts_with("text/plain"));
    assert!(r
        .text
        .starts_with("This server could not verify that you are authorized"));
    assert!(
        r.header("www-authenticate").is_none(),
        "no browser login dialog"
    );

    let mut agent = Api {
        authorization: Some(Api::basic(DEMO_AGENT.0, DEMO_AGENT.1)),
        ..stranger
    };
    agent
        .post(
            &format!("/orders/{id}/action"),
            json!({"action": "validate"}),
        )
        .await
        .expect_fault(
            403,
            "forbidden",
            "Unauthorized: Order failed permission check",
        );
    agent.authorization = Some(Api::basic(DEMO_AGENT.0, "wrong"));
    agent.get(&format!("/orders/{id}")).await.expect(401);
    owner
        .get("/orders/0000000000000000000000000000000000000000")
        .await
        .expect_fault(404, "itemNotFound", "Resource not found");
}

#[tokio::test]
async fn validate_reports_each_documented_problem_in_order() {
    let mut api = Api::new();
    let id = api.create_order().await;
    let action = format!("/orders/{id}/action");
    let validate = json!({"action": "validate"});
    api.post(&action, validate.clone()).await.expect_fault(
        400,
        "computeFault",
        "Account has not been set",
    );
    // The documentation's "invalid quote" example answers the same (validation runs first).
    api.post(
        &action,
        json!({"action": "submit", "quoteHash": "invalid_quote_id"}),
    )
    .await
    .expect_fault(400, "computeFault", "Account has not been set");
    api.put(
        &format!("/orders/{id}/account"),
        json!({"currency": "USD", "language": "en-US"}),
    )
    .await
    .expect(204);
    api.post(&action, validate.clone()).await.expect_fault(
        400,
        "computeFault",
        "Contact info type \"regular\" is not set",
    );
    api.put(
        &format!("/orders/{id}/account/contactInfo/regular"),
        contact(),
    )
    .await
    .expect(204);
    let r = api
        .post(&format!("/orders/{id}/account/products"), json!({"offering": "http://localhost:8081/productSpecifications/core.plan.www.basic/offerings/USD-12"}))
        .await;
    r.expect(201);
    let product = Api::location_id(&r);
    assert_eq!(r.json()["productId"], product.as_str());
    api.post(&action, validate.clone()).await.expect_fault(
        400,
        "computeFault",
        "All plans in the order must contain at least one product.",
    );
    let services = format!("/orders/{id}/account/products/{product}/services");
    let r = api
        .post(&services, json!({"name": "site", "serviceSpecification": "http://localhost:8081/serviceSpecifications/core.www", "billingCycle": 12}))
        .await;
    r.expect(201);
    assert!(r.text.is_empty(), "the seed documents no body");
    let service = Api::location_id(&r);
    api.post(&action, validate.clone()).await.expect_fault(
        400,
        "computeFault",
        "Missing plugin data for service type(s): set([u'core.www'])",
    );
    api.put(
        &format!("{services}/{service}/attributes"),
        json!({"domain": "my-shop.com"}),
    )
    .await
    .expect(204);
    api.post(&action, validate).await.expect(204);
}

async fn ready_order(api: &mut Api) -> String {
    let id = api.create_order().await;
    api.put(
        &format!("/orders/{id}/account"),
        json!({"currency": "USD", "language": "en-US"}),
    )
    .await
    .expect(204);
    api.put(
        &format!("/orders/{id}/account/contactInfo/regular"),
        contact(),
    )
    .await
    .expect(204);
    let r = api
        .post(
            &format!("/orders/{id}/account/products"),
            json!({"offering": "/productSpecifications/core.plan.dnr.only/offerings/USD-12"}),
        )
        .await;
    let product = Api::location_id(&r);
    let r = api
        .post(
            &format!("/orders/{id}/account/products/{product}/services"),
            json!({"name": "my-shop.com", "serviceSpecification": "/serviceSpecifications/core.dnr.com", "billingCycle": 12,
                   "attributes": {"domainName": "my-shop.com", "operation": "register"}}),
        )
        .await;
    r.expect(201);
    id
}

#[tokio::test]
async fn submit_with_the_current_quote_then_provisioning() {
    let mut api = Api::new().signed_in_as(DEMO_AGENT);
    let id = ready_order(&mut api).await;
    let quote = api.get(&format!("/orders/{id}/quote")).await;
    quote.expect(200);
    let q = quote.json();
    assert_eq!(q["quote"]["Total"], "12.99");
    assert_eq!(q["quote"]["Currency"], "USD");
    let hash = q["quote"]["Hash"].as_str().unwrap().to_string();

    // The order changes: the old hash is stale.
    let product = api
        .state
        .store
        .get(&id)
        .unwrap()
        .unwrap()
        .account
        .unwrap()
        .products[0]
        .id
        .clone();
    api.put(
        &format!("/orders/{id}/account/products/{product}/promotion"),
        json!({"promoCode": "WELCOME10"}),
    )
    .await
    .expect(204);
    api.post(
        &format!("/orders/{id}/action"),
        json!({"action": "submit", "quoteHash": hash}),
    )
    .await
    .expect_fault(
        409,
        "conflict",
        "The quote has changed since it was obtained. Get a new quote and submit again.",
    );
    let fresh = api.get(&format!("/orders/{id}/quote")).await.json();
    assert_eq!(fresh["quote"]["Total"], "11.70");
    let r = api
        .post(
            &format!("/orders/{id}/action"),
            json!({"action": "submit", "quoteHash": fresh["quote"]["Hash"]}),
        )
        .await;
    r.expect(202);
    assert!(r.text.is_empty());

    let status = api.get(&format!("/orders/{id}")).await.json();
    assert_eq!(status["order"]["Status"], "Processing");
    assert_eq!(
        status["order"]["Agent"], DEMO_AGENT.0,
        "submitted orders are assigned to the agent"
    );
    // A second submit (double click) changes nothing.
    api.post(&format!("/orders/{id}/action"), json!({"action": "submit"}))
        .await
        .expect_fault(405, "methodNotAllowed", "Method not allowed");
    api.put(
        &format!("/orders/{id}/account"),
        json!({"currency": "USD", "language": "en-US"}),
    )
    .await
    .expect(405);

    api.provision_now();
    let status = api.get(&format!("/orders/{id}")).await.json();
    assert_eq!(status["order"]["Status"], "Completed");
    assert!(status["order"]["Account"]
        .as_str()
        .unwrap()
        .contains("/accounts/acct"));
}

#[tokio::test]
async fn provisioning_failure_is_a_named_status_with_a_reason() {
    let mut api = Api::with(|c| c.fail_provisioning = true);
    let id = ready_order(&mut api).await;
    api.post(&format!("/orders/{id}/action"), json!({"action": "submit"}))
        .await
        .expect(202);
    api.provision_now();
    let status = api.get(&format!("/orders/{id}")).await.json();
    assert_eq!(status["order"]["Status"], "Failed");
    assert!(status["order"]["Reason"]
        .as_str()
        .unwrap()
        .contains("Provisioning failed"));
}

#[tokio::test]
async fn the_order_shorthand() {
    let mut api = Api::new();
    api.get("/order")
        .await
        .expect_fault(404, "itemNotFound", "Resource not found");
    // Implicit creation by a PUT below /order, with Set-Cookie.
    let r = api
        .put(
            "/order/account",
            json!({"currency": "USD", "language": "en-US"}),
        )
        .await;
    r.expect(204);
    assert!(r.header("set-cookie").unwrap().starts_with("OwnerId="));
    let state = api.get("/order").await.json();
    let alternate = state["links"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["rel"] == "alternate")
        .unwrap();
    let id = alternate["href"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    assert_eq!(
        api.get(&format!("/orders/{id}/account")).await.json()["currency"],
        "USD"
    );
    api.put("/order/account/contactInfo/regular", contact())
        .await
        .expect(204);
    let r = api
        .post(
            "/order/account/products",
            json!({"offering": "/productSpecifications/core.plan.dnr.only/offerings/USD-12"}),
        )
        .await;
    let product = Api::location_id(&r);
    api.post(&format!("/order/account/products/{product}/services"),
        json!({"name": "x-shop.net", "serviceSpecification": "/serviceSpecifications/core.dnr.net", "billingCycle": 24})).await.expect(201);
    let r = api.post("/order/action", json!({"action": "submit"})).await;
    r.expect(202);
    assert!(r
        .header("location")
        .unwrap()
        .ends_with(&format!("/orders/{id}")));
    api.get("/order").await.expect(404);
    assert_eq!(
        api.get(&format!("/orders/{id}")).await.json()["order"]["Status"],
        "Processing"
    );
}

#[tokio::test]
async fn documented_options_on_the_action() {
    let mut api = Api::new();
    let id = api.create_order().await;
    let r = api
        .call(
            axum::http::Method::OPTIONS,
            &format!("/orders/{id}/action"),
            None,
        )
        .await;
    r.expect(200);
    assert_eq!(
        r.header("access-control-allow-methods"),
        Some("POST, OPTIONS")
    );
    assert_eq!(r.header("access-control-allow-origin"), Some("*"));
    api.call(axum::http::Method::OPTIONS, "/orders/nope/action", None)
        .await
        .expect(404);
}
