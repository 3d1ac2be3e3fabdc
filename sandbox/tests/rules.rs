//! Every documented message and field rule, reached through HTTP.

mod common;

use common::{contact, Api, DEMO_AGENT};
use serde_json::{json, Value};

/// An order with an account and a regular contact; returns (order id, products path).
async fn order_with_account(api: &mut Api) -> (String, String) {
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
    (id.clone(), format!("/orders/{id}/account/products"))
}

async fn add(
    api: &mut Api,
    products: &str,
    offering: &str,
    services: &[(&str, &str, Value, Option<usize>)],
) -> Vec<String> {
    let r = api
        .post(
            products,
            json!({"offering": format!("/productSpecifications/{offering}")}),
        )
        .await;
    r.expect(201);
    let product = Api::location_id(&r);
    let mut ids: Vec<String> = Vec::new();
    for (name, spec, attrs, related) in services {
        let mut body = json!({"name": name, "serviceSpecification": format!("/serviceSpecifications/{spec}"), "billingCycle": 12, "attributes": attrs});
        if let Some(i) = related {
            body["relatedTo"] = json!([format!(
                "http://localhost:8081{products}/{product}/services/{}",
                ids[*i]
            )]);
        }
        let r = api
            .post(&format!("{products}/{product}/services"), body)
            .await;
        r.expect(201);
        ids.push(Api::location_id(&r));
    }
    ids
}

#[tokio::test]
async fn domain_dependent_conflicts() {
    let cases = [
        (
            "my-restricted-shop.com",
            "register",
            "A domain in the order contains a restricted word",
        ),
        (
            "blacklisted-example.com",
            "register",
            "Contains a blacklisted domain",
        ),
        (
            "ng-test-hwus-petre-140718a.com",
            "register",
            "Domain ng-test-hwus-petre-140718a.com is associated with another account",
        ),
        (
            "transferring-example.com",
            "transfer",
            "Transfer is already in progress for this domain",
        ),
    ];
    for (domain, operation, message) in cases {
        let mut api = Api::new();
        let (id, products) = order_with_account(&mut api).await;
        let mut attrs = json!({"domainName": domain, "operation": operation});
        if operation == "transfer" {
            attrs["authInfo"] = json!("secret-code");
        }
        add(
            &mut api,
            &products,
            "core.plan.dnr.only/offerings/USD-12",
            &[(domain, "core.dnr.com", attrs, None)],
        )
        .await;
        api.post(&format!("/orders/{id}/action"), json!({"action": "submit"}))
            .await
            .expect_fault(409, "conflict", message);
    }
}

#[tokio::test]
async fn email_alias_conflicts() {
    for (forwarders, alias, message) in [
        (
            json!([]),
            "shop.com",
            "Cannot create domain alias to the same domain name.",
        ),
        (
            json!([{"from": "info", "to": "info@shop.net"}]),
            "shop.net",
            "Domain shop.com has circular forwards to alias shop.net",
        ),
    ] {
        let mut api = Api::new();
        let (id, products) = order_with_account(&mut api).await;
        add(
            &mut api,
            &products,
            "core.plan.email.business/offerings/USD-12",
            &[
                (
                    "shop.com",
                    "core.email.domain",
                    json!({"domain": "shop.com", "forwarders": forwarders}),
                    None,
                ),
                (alias, "core.email.alias", json!({"domain": alias}), Some(0)),
            ],
        )
        .await;
        api.post(
            &format!("/orders/{id}/action"),
            json!({"action": "validate"}),
        )
        .await
        .expect_fault(409, "conflict", message);
    }
}

#[tokio::test]
async fn required_account_attribute() {
    let mut api = Api::with(|c| c.required_account_attributes = vec!["partner_account_id".into()]);
    let (id, _) = order_with_account(&mut api).await;
    let action = format!("/orders/{id}/action");
    api.post(&action, json!({"action": "validate"}))
        .await
        .expect_fault(400, "computeFault", "No partner_account_id attribute set.");
    let attrs = format!("/orders/{id}/account/attributes");
    api.put(&attrs, json!([{"name": "colour", "value": "x"}]))
        .await
        .expect_fault(
            400,
            "computeFault",
            "Not allowed or not existing MetaData Type",
        );
    api.put(
        &attrs,
        json!([{"name": "partner_account_id", "value": "x".repeat(101)}]),
    )
    .await
    .expect_fault(
        400,
        "computeFault",
        "Partner Account ID cannot exceed 100 characters",
    );
    api.put(
        &attrs,
        json!([{"name": "partner_account_id", "value": "P-77"}]),
    )
    .await
    .expect(204);
    assert_eq!(api.get(&attrs).await.json()["list"][0]["value"], "P-77");
    // No documented check rejects an order without products; with the attribute set it validates.
    api.post(&action, json!({"action": "validate"}))
        .await
        .expect(204);
}

#[tokio::test]
async fn a_test_partner_agent_without_account() {
    let mut api = Api::new().signed_in_as(DEMO_AGENT);
    let id = api.create_order().await;
    api.post(
        &format!("/orders/{id}/action"),
        json!({"action": "validate"}),
    )
    .await
    .expect_fault(
        400,
        "computeFault",
        "Cannot add test attribute because account has not been set.",
    );
}

#[tokio::test]
async fn account_messages() {
    let mut api = Api::new();
    let id = api.create_order().await;
    let account = format!("/orders/{id}/account");
    api.put(&format!("{account}/contactInfo/regular"), contact())
        .await
        .expect_fault(
            502,
            "computeFault",
            "Account has not been set. Cannot add contact info.",
        );
    api.put(
        &format!("{account}/user"),
        json!({"userName": "jsmith", "password": "secret123"}),
    )
    .await
    .expect_fault(502, "computeFault", "Account hasn't been added");
    api.put(&account, json!({"currency": "USD"}))
        .await
        .expect_fault(400, "computeFault", "Missing language or currency.");
    api.put(&account, json!({"currency": "JPY", "language": "en-US"}))
        .await
        .expect_fault(
            400,
            "computeFault",
            "Currency JPY not allowed for this franchise",
        );
    api.put(&account, json!({"currency": "USD", "language": "xx-XX"}))
        .await
        .expect_fault(
            400,
            "computeFault",
            "Language xx-XX not allowed for this franchise",
        );
    api.put(&account, json!({"currency": "USD", "language": "en-US"}))
        .await
        .expect(204);
    api.put(
        &format!("{account}/user"),
        json!({"userName": "admin", "password": "secret123"}),
    )
    .await
    .expect_fault(409, "conflict", "Data conflict");
    let r = api
        .put(
            &format!("{account}/user"),
            json!({"userName": "jsmith", "password": "secret123"}),
        )
        .await;
    r.expect(200);
    let user = api.get(&format!("{account}/user")).await.json();
    assert_eq!(user["userName"], "jsmith");
    assert!(
        user.get("password").is_none(),
        "the password is never returned"
    );
    // Existing accounts need an agent of the account's partner.
    api.put(&account, json!({"accountNumber": "acct999999"}))
        .await
        .expect_fault(
            403,
            "forbidden",
            "Unauthorized: OrderAccount failed permission check",
        );
}

fn details(r: &common::Reply) -> Vec<String> {
    let v = r.json();
    assert_eq!(v["badRequest"]["message"], "POST data error", "{}", r.text);
    v["badRequest"]["details"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect()
}

#[tokio::test]
async fn field_rules_are_per_field_details() {
    let mut api = Api::new();
    let (id, products) = order_with_account(&mut api).await;
    let account = format!("/orders/{id}/account");

    let r = api
        .put(
            &format!("{account}/user"),
            json!({"userName": "bad name!", "password": "short"}),
        )
        .await;
    assert_eq!(details(&r), ["password", "userName"]);

    let mut bad = contact();
    bad["name"]["firstName"] = json!("<script>");
    bad["address"]["countryCode"] = json!("USA");
    bad["contactMedia"]["email1"] = json!("nope");
    let r = api
        .put(&format!("{account}/contactInfo/billing"), bad)
        .await;
    assert_eq!(
        details(&r),
        [
            "address.countryCode",
            "contactMedia.email1",
            "name.firstName"
        ]
    );
    let mut letters = contact();
    letters["contactMedia"]["phone1"] = json!("call me");
    api.put(&format!("{account}/contactInfo/billing"), letters).await.expect_fault(
        400,
        "computeFault",
        "Code: contact_error, Field cannot have any alphabet letters; only numbers and symbols allowed.",
    );

    let card = json!({"paymentInfoType": "credit_card", "accountNumber": "4111111111111112", "cardHolderName": "",
        "creditCardType": "switch", "expirationDate": "2001-01", "verificationNumber": "12",
        "billingAddress": {"street1": "1 Main", "city": "Chicago", "countryCode": "US"}});
    let r = api.put(&format!("{account}/paymentInfo"), card).await;
    assert_eq!(
        details(&r),
        [
            "accountNumber",
            "cardHolderName",
            "creditCardType",
            "expirationDate",
            "verificationNumber"
        ]
    );
    let good = json!({"paymentInfoType": "credit_card", "accountNumber": "4111111111111111", "cardHolderName": "John Smith",
        "creditCardType": "visa", "expirationDate": "2099-12", "verificationNumber": "123",
        "billingAddress": {"street1": "1 Main", "city": "Chicago", "countryCode": "US"}});
    api.put(&format!("{account}/paymentInfo"), good)
        .await
        .expect(204);
    assert_eq!(
        api.get(&format!("{account}/paymentInfo")).await.json()["accountNumber"],
        "************1111"
    );
    let stored = serde_json::to_string(&api.state.store.get(&id).unwrap()).unwrap();
    assert!(
        !stored.contains("4111111111111111"),
        "the full card number is never stored"
    );

    let r = api
        .post(
            &products,
            json!({"offering": "/productSpecifications/core.plan.dnr.only/offerings/USD-12"}),
        )
        .await;
    let services = format!("{products}/{}/services", Api::location_id(&r));
    for cycle in [json!(0), json!(121), json!("12")] {
        let r = api.post(&services, json!({"name": "a.com", "serviceSpecification": "/serviceSpecifications/core.dnr.com", "billingCycle": cycle})).await;
        assert_eq!(details(&r), ["billingCycle"], "{cycle}");
    }
    let r = api.post(&services, json!({"name": "a.com", "serviceSpecification": "/serviceSpecifications/core.www", "billingCycle": 12})).await;
    assert_eq!(
        details(&r),
        ["serviceSpecification"],
        "core.www is not a service of the domain plan"
    );
    let r = api.post(&services, json!({"name": "www.a.com", "serviceSpecification": "/serviceSpecifications/core.dnr.com", "billingCycle": 12,
        "attributes": {"domainName": "www.a.com", "operation": "register"}})).await;
    assert_eq!(details(&r), ["domainName"]);
    let r = api.put(&format!("{services}/nope/notes"), json!({})).await;
    assert_eq!(details(&r), ["notes"]);
}

#[tokio::test]
async fn exchange_mailbox_rules() {
    let mut api = Api::new().signed_in_as(DEMO_AGENT);
    let path = "/accounts/acct999999/exchange/myexchangedomain.com/mailboxes";
    let body = |user: &str, password: &str, limit: i64| json!({"owner": {"username": user, "password": password}, "recipientLimit": limit});
    for (b, field) in [
        (body("Administrator", "Passw0rd1", 10), "owner.username"),
        (body("helpdesk", "Passw0rd1", 10), "owner.username"),
        (
            body("a".repeat(26).as_str(), "Passw0rd1", 10),
            "owner.username",
        ),
        (body("ok", "alllowercase", 10), "owner.password"),
        (body("ok", "Sh0rt", 10), "owner.password"),
        (body("ok", "two words1", 10), "owner.password"),
        (body("ok", "Passw0rd1", 101), "recipientLimit"),
    ] {
        assert_eq!(details(&api.post(path, b).await), [field]);
    }
    let mut phones = body("ok", "Passw0rd1", 10);
    phones["phones"] = json!({"mobile": "call me"});
    assert_eq!(details(&api.post(path, phones).await), ["phones.mobile"]);
}

#[tokio::test]
async fn existing_accounts_need_the_right_agent() {
    let mut anonymous = Api::new();
    anonymous.get("/accounts/acct999999").await.expect(401);
    let mut agent = Api::new().signed_in_as(DEMO_AGENT);
    let a = agent.get("/accounts/acct999999").await.json();
    assert_eq!(
        (
            a["accountNumber"].as_str(),
            a["status"].as_str(),
            a["currency"].as_str()
        ),
        (Some("acct999999"), Some("open"), Some("USD"))
    );
    assert_eq!(
        agent.get("/partnerAccounts/P-1001").await.json()["accountNumber"],
        "acct999999"
    );
    agent.get("/accounts/acct555555").await.expect_fault(
        403,
        "forbidden",
        "Unauthorized: Account failed permission check",
    );
    agent.get("/accounts/acct000000").await.expect(404);
    let exchange = agent
        .get("/accounts/acct999999/exchange/myexchangedomain.com")
        .await
        .json();
    assert_eq!(exchange["version"], "2010");
    let products = agent.get("/accounts/acct999999/products").await.json();
    let pid = products["list"][0]["id"].as_str().unwrap().to_string();
    let services = agent
        .get(&format!("/accounts/acct999999/products/{pid}/services"))
        .await
        .json();
    assert!(services["list"][0]["links"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["rel"] == "manage"));
    let mut limited = Api::new().signed_in_as(common::LIMITED_AGENT);
    limited.get("/accounts/acct777777").await.expect(403);
    agent.get("/accounts/acct777777").await.expect(200);
}

#[tokio::test]
async fn domain_shortcut() {
    let mut agent = Api::new().signed_in_as(DEMO_AGENT);
    let r = agent
        .put(
            "/accounts/acct100001/domains/lopez-catering.com",
            json!({"operation": "register", "term": 1,
        "nameservers": ["ns1.hostway.net", "ns2.hostway.net"]}),
        )
        .await;
    r.expect(202);
    let body = r.json();
    let id = body["orderId"].as_str().unwrap().to_string();
    let rels: Vec<&str> = body["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["rel"].as_str().unwrap())
        .collect();
    assert_eq!(rels, ["self", "submit", "quote"]);
    assert_eq!(
        agent.get(&format!("/orders/{id}/quote")).await.json()["quote"]["Total"],
        "12.99"
    );
    agent
        .post(&format!("/orders/{id}/action"), json!({"action": "submit"}))
        .await
        .expect(202);
    assert_eq!(
        details(
            &agent
                .put("/accounts/acct100001/domains/www.lopez.com", json!({}))
                .await
        ),
        ["domainName"]
    );
    agent
        .put(
            "/accounts/acct100001/domains/blacklisted-example.com",
            json!({}),
        )
        .await
        .expect_fault(409, "conflict", "Contains a blacklisted domain");
}

/// `PUT /accounts/{acct}/web/{domain}/sitebuilder`: the documented 202 with `self`, `submit` and `quote`
/// links and a fresh `OwnerId`, an order quotable and submittable like any other; the documented
/// 400/401/404/409 with the sandbox's wording where the documentation gives none.
#[tokio::test]
async fn sitebuilder_shortcut() {
    let mut agent = Api::new().signed_in_as(DEMO_AGENT);
    let path = "/accounts/acct100001/web/lopez-bakery.com/sitebuilder";
    let r = agent.put(path, json!({})).await;
    r.expect(202);
    assert!(r.header("set-cookie").unwrap().starts_with("OwnerId="));
    let body = r.json();
    let id = body["orderId"].as_str().unwrap().to_string();
    let link = |rel: &str| {
        body["links"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["rel"] == rel)
            .map(|l| l["href"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert!(link("self").ends_with(path));
    assert!(link("submit").ends_with(&format!("/orders/{id}/action/")));
    assert!(link("quote").ends_with(&format!("/orders/{id}/quote/")));
    let quote = agent.get(&format!("/orders/{id}/quote")).await.json();
    assert_eq!(quote["quote"]["Total"], "48.00");
    let hash = quote["quote"]["Hash"].as_str().unwrap().to_string();
    agent
        .post(
            &format!("/orders/{id}/action"),
            json!({"action": "submit", "quoteHash": hash}),
        )
        .await
        .expect(202);
    let order = agent.get(&format!("/orders/{id}")).await.json();
    assert_eq!(order["order"]["Agent"], "qwe@partner_api_developer_us_main");
    // Provisioned, the order's product is the account's (the sandbox's decision where the documentation
    // is silent): listed with its service, which can be read by its links.
    let sitebuilders = |products: &Value| {
        products["list"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["name"] == "SiteBuilder")
            .map(|p| p["services"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let products = agent.get("/accounts/acct100001/products").await.json();
    let before = sitebuilders(&products).len();
    agent.provision_now();
    let products = agent.get("/accounts/acct100001/products").await.json();
    let services = sitebuilders(&products);
    assert_eq!(services.len(), before + 1, "{products}");
    let path_of = |url: &str| url[url.find("/accounts/").unwrap()..].to_string();
    let list = agent.get(&path_of(services.last().unwrap())).await.json();
    let service = &list["list"][0];
    assert_eq!(service["name"], "lopez-bakery.com");
    assert_eq!(service["status"], "open");
    assert!(service["serviceSpecification"]
        .as_str()
        .unwrap()
        .ends_with("/serviceSpecifications/core.sitebuilder"));
    let own = service["links"][0]["href"].as_str().unwrap();
    agent.get(&path_of(own)).await.expect(200);
    // Once submitted it exists: a second one is the documented 409.
    agent.put(path, json!({})).await.expect_fault(
        409,
        "conflict",
        "SiteBuilder already exists for domain lopez-bakery.com",
    );
    agent
        .put(
            "/accounts/acct100001/web/lopez-events.com/sitebuilder",
            json!({}),
        )
        .await
        .expect_fault(
            409,
            "conflict",
            "SiteBuilder already exists for domain lopez-events.com",
        );
    agent
        .put(
            "/accounts/acct100001/web/old-lopez.com/sitebuilder",
            json!({}),
        )
        .await
        .expect_fault(409, "conflict", "Domain old-lopez.com is disabled");
    for missing in [
        "/accounts/acct100001/web/no-such-site.com/sitebuilder",
        "/accounts/acct999999/web/myexchangedomain.com/sitebuilder",
        "/accounts/acct000000/web/lopez-bakery.com/sitebuilder",
    ] {
        agent
            .put(missing, json!({}))
            .await
            .expect_fault(404, "itemNotFound", "Resource not found");
    }
    let other = "/accounts/acct100001/web/lopez-bakery.com/sitebuilder";
    assert_eq!(
        details(&agent.put(other, json!({"billingCycle": 1})).await),
        ["billingCycle"]
    );
    assert_eq!(
        details(&agent.put(other, json!({"theme": "blue"})).await),
        ["theme"]
    );
    Api::new().put(other, json!({})).await.expect(401);
}

#[tokio::test]
async fn the_remaining_documented_messages() {
    let mut api = Api::new();
    let id = api.create_order().await;
    let products = format!("/orders/{id}/account/products");
    let r = api.post(&products, json!({"offering": "/productSpecifications/core.plan.email.exchange2010/offerings/USD-1"})).await;
    let product = Api::location_id(&r);
    let one = format!("{products}/{product}");
    api.put(&one, json!({"billingCycle": 6}))
        .await
        .expect_fault(
            400,
            "computeFault",
            &format!("Unable to update the product {product}"),
        );
    api.put(
        &format!("{one}/promotion"),
        json!({"promoCode": "NOSUCHCODE"}),
    )
    .await
    .expect_fault(502, "computeFault", "Cannot apply promotion code.");
    api.delete(&format!("{one}/promotion")).await.expect_fault(
        502,
        "computeFault",
        "Cannot delete promotion code.",
    );
    let r = api.post(&format!("{one}/services"), json!({"name": "box", "serviceSpecification": "/serviceSpecifications/core.exchange.mailbox", "billingCycle": 1})).await;
    let service = format!("{one}/services/{}", Api::location_id(&r));
    api.get(&format!("{service}/attributes"))
        .await
        .expect_fault(
            400,
            "computeFault",
            "No attributes defined for the provided service specification",
        );
    api.put(&format!("{service}/attributes"), json!({"x": 1}))
        .await
        .expect(405);
    api.put(
        &format!("/orders/{id}/account"),
        json!({"currency": "EUR", "language": "en-US"}),
    )
    .await
    .expect_fault(
        409,
        "conflict",
        "Currency EUR differs from the currency of the products in the order (USD)",
    );
    api.put(
        &format!("/orders/{id}/account/paymentInfo"),
        json!({"paymentInfoType": "offline"}),
    )
    .await
    .expect_fault(
        403,
        "forbidden",
        "Unauthorized: PaymentInfo failed permission check",
    );
    // Promotion codes on a service: the same rules as on a product, and the quote applies them.
    api.put(
        &format!("{service}/promotion"),
        json!({"promoCode": "NOSUCHCODE"}),
    )
    .await
    .expect_fault(502, "computeFault", "Cannot apply promotion code.");
    api.put(
        &format!("{service}/promotion"),
        json!({"promoCode": "WELCOME10"}),
    )
    .await
    .expect(204);
    assert_eq!(api.get(&service).await.json()["promoCode"], "WELCOME10");
    api.delete(&format!("{service}/promotion"))
        .await
        .expect(204);
    api.delete(&format!("{service}/promotion"))
        .await
        .expect_fault(502, "computeFault", "Cannot delete promotion code.");
    // Notes: set, read, cleared.
    api.put(&format!("{service}/notes"), json!({"notes": ["xx", "zz"]}))
        .await
        .expect(204);
    assert_eq!(
        api.get(&format!("{service}/notes")).await.json()["notes"],
        json!(["xx", "zz"])
    );
    api.delete(&format!("{service}/notes")).await.expect(204);
    assert_eq!(
        api.get(&format!("{service}/notes")).await.json()["notes"],
        json!([])
    );
}
