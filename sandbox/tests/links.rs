//! A hypermedia client's walk: every `links[].href` the sandbox hands out is served, with and without
//! the trailing slash the documentation writes (`/orders/{id}/quote/`), for the methods its resource has.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use axum::http::{Method, StatusCode};
use common::{contact, Api, Reply, DEMO_AGENT};
use serde_json::{json, Value};

/// The base the sandbox writes its hrefs on (the test client's `Host`).
const BASE: &str = "http://localhost:8081";

/// Every `links[].href` anywhere in `v`.
fn hrefs(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(o) => {
            for link in o
                .get("links")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(h) = link.get("href").and_then(Value::as_str) {
                    out.insert(h.to_string());
                }
            }
            o.values().for_each(|v| hrefs(v, out));
        }
        Value::Array(a) => a.iter().for_each(|v| hrefs(v, out)),
        _ => {}
    }
}

/// A client that notes every link it is handed.
struct Walk {
    api: Api,
    handed: BTreeSet<String>,
}

impl Walk {
    fn new(api: Api) -> Self {
        Self {
            api,
            handed: BTreeSet::new(),
        }
    }

    async fn call(&mut self, method: Method, path: &str, body: Option<Value>) -> Reply {
        let reply = self.api.call(method, path, body).await;
        if let Ok(v) = serde_json::from_str::<Value>(&reply.text) {
            hrefs(&v, &mut self.handed);
        }
        reply
    }

    async fn get(&mut self, path: &str) -> Reply {
        self.call(Method::GET, path, None).await
    }

    async fn post(&mut self, path: &str, body: Value) -> Reply {
        self.call(Method::POST, path, Some(body)).await
    }

    async fn put(&mut self, path: &str, body: Value) -> Reply {
        self.call(Method::PUT, path, Some(body)).await
    }

    /// Follows every link handed out so far, and the links those answers hand out, each with and without
    /// a trailing slash: (path, status, `Allow`) for both spellings, or what went wrong.
    async fn follow_all(&mut self) -> Result<usize, Vec<String>> {
        let mut done = BTreeSet::new();
        let mut wrong = Vec::new();
        while let Some(href) = self.handed.difference(&done).next().cloned() {
            done.insert(href.clone());
            let Some(path) = href.strip_prefix(BASE) else {
                wrong.push(format!("{href}: not on the API's base"));
                continue;
            };
            let bare = path.trim_end_matches('/').to_string();
            let mut answers = BTreeMap::new();
            for spelling in [bare.clone(), format!("{bare}/")] {
                let r = self.get(&spelling).await;
                let allow = r.header("allow").unwrap_or("").to_string();
                if r.status == StatusCode::NOT_FOUND {
                    wrong.push(format!("GET {spelling}: 404 (handed out as {href})"));
                }
                answers.insert(spelling, (r.status, allow));
            }
            let distinct: BTreeSet<_> = answers.values().collect();
            if distinct.len() != 1 {
                wrong.push(format!(
                    "{bare}: answered differently by spelling: {answers:?}"
                ));
            }
            assert!(done.len() < 2_000, "the walk does not end: {done:?}");
        }
        if wrong.is_empty() {
            Ok(done.len())
        } else {
            Err(wrong)
        }
    }
}

#[tokio::test]
async fn every_link_of_a_customers_order_answers() {
    let mut w = Walk::new(Api::new());
    let r = w.post("/orders", json!({})).await;
    r.expect(201);
    let id = r.json()["orderId"].as_str().unwrap().to_string();
    let order = format!("/orders/{id}");
    w.put(
        &format!("{order}/account"),
        json!({"currency": "USD", "language": "en-US"}),
    )
    .await
    .expect(204);
    w.put(&format!("{order}/account/contactInfo/regular"), contact())
        .await
        .expect(204);
    let r = w
        .post(
            &format!("{order}/account/products"),
            json!({"offering": "/productSpecifications/core.plan.dnr.only/offerings/USD-12"}),
        )
        .await;
    let product = Api::location_id(&r);
    w.post(
        &format!("{order}/account/products/{product}/services"),
        json!({"name": "my-shop.com", "serviceSpecification": "/serviceSpecifications/core.dnr.com", "billingCycle": 12,
               "attributes": {"domainName": "my-shop.com", "operation": "register"}}),
    )
    .await
    .expect(201);
    for read in [
        String::new(),
        "/account".into(),
        "/account/user".into(),
        "/account/contactInfo".into(),
        "/account/contactInfo/regular".into(),
        "/account/products".into(),
        format!("/account/products/{product}"),
        format!("/account/products/{product}/services"),
        "/account/attributes".into(),
    ] {
        w.get(&format!("{order}{read}")).await.expect(200);
    }
    w.get("/order").await.expect(200);
    w.get("/productSpecifications/core.plan.dnr.only").await;
    // The documentation's own spelling of the quote and submit links.
    let quote = w.get(&format!("{order}/quote/")).await;
    quote.expect(200);
    let hash = quote.json()["quote"]["Hash"].as_str().unwrap().to_string();
    w.call(Method::OPTIONS, &format!("{order}/action/"), None)
        .await
        .expect(200);
    let followed = w.follow_all().await.unwrap_or_else(|e| panic!("{e:#?}"));
    w.post(
        &format!("{order}/action/"),
        json!({"action": "submit", "quoteHash": hash}),
    )
    .await
    .expect(202);
    w.api.provision_now();
    w.get(&order).await.expect(200);
    let after = w.follow_all().await.unwrap_or_else(|e| panic!("{e:#?}"));
    println!("{after} links followed ({followed} before the submit)");
    assert!(followed >= 8, "the walk saw the order's links: {followed}");
}

#[tokio::test]
async fn every_link_of_an_agents_shortcuts_and_accounts_answers() {
    let mut w = Walk::new(Api::new().signed_in_as(DEMO_AGENT));
    let r = w
        .put(
            "/accounts/acct100001/web/lopez-bakery.com/sitebuilder",
            json!({}),
        )
        .await;
    r.expect(202);
    let sitebuilder = r.json()["orderId"].as_str().unwrap().to_string();
    w.put(
        "/accounts/acct100001/domains/lopez-catering.com",
        json!({"operation": "register", "term": 1, "nameservers": ["ns1.hostway.net", "ns2.hostway.net"]}),
    )
    .await
    .expect(202);
    w.post(
        "/accounts/acct999999/exchange/myexchangedomain.com/mailboxes",
        json!({"owner": {"username": "jane", "password": "Passw0rd1"}, "recipientLimit": 10}),
    )
    .await;
    for read in [
        "/accounts/acct999999",
        "/accounts/acct999999/contacts",
        "/accounts/acct999999/products",
        "/partnerAccounts/P-1001",
    ] {
        w.get(read).await.expect(200);
    }
    // An agent's SiteBuilder order hands back a quote link; following it gives the quote.
    w.get(&format!("/orders/{sitebuilder}/quote/"))
        .await
        .expect(200);
    let followed = w.follow_all().await.unwrap_or_else(|e| panic!("{e:#?}"));
    println!("{followed} links followed");
    assert!(
        followed >= 10,
        "the walk saw the shortcuts' links: {followed}"
    );
}
