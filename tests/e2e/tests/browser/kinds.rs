//! Each product kind from the catalog to "Completed" in the browser, with the sandbox holding exactly the
//! intended items: .us registration with its registry parameters, web hosting with its domain, email
//! domain with an alias (and the circular-forward conflict), an Exchange plan.

use hostway_e2e::flows::{add_alias, add_forwarder, add_product, fill_checkout, submit_until};
use hostway_e2e::sel;
use hostway_e2e::Harness;
use hostway_sandbox::model::{status, Order};

fn only_order(h: &Harness) -> Order {
    let orders = h.sandbox.state.store.all().unwrap();
    assert_eq!(orders.len(), 1, "{orders:?}");
    orders.into_iter().next().unwrap()
}

#[tokio::test]
async fn us_domain_with_registry_parameters() {
    let h = Harness::start().await;
    let b = h.browser().await;
    add_product(
        &b,
        &h,
        "core.plan.dnr.only",
        "core.dnr.us",
        "ana-bakery.us",
        &[("#add-us-nexus", "C11"), ("#add-us-purpose", "P1")],
    )
    .await;
    fill_checkout(&b).await;
    submit_until(&b, "Completed").await;
    let o = only_order(&h);
    assert_eq!(o.status, status::COMPLETED);
    let s = &o.account.as_ref().unwrap().products[0].services[0];
    assert_eq!(s.spec, "core.dnr.us");
    assert_eq!(s.attributes["extraParams"][0]["value"], "C11");
    assert_eq!(s.attributes["extraParams"][1]["value"], "P1");
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn web_hosting_with_its_domain() {
    let h = Harness::start().await;
    let b = h.browser().await;
    // One question per decision: the plan's period is the hosting's, so no second cycle is asked.
    b.goto(&h.app_url("/products/core.plan.www.basic")).await;
    b.find(sel::ADD_FORM).await;
    assert_eq!(
        b.count("#add-cycle").await,
        0,
        "the service cycle is the plan's"
    );
    b.screens("product-hosting").await;
    add_product(
        &b,
        &h,
        "core.plan.www.basic",
        "core.www",
        "ana-bakery.com",
        &[],
    )
    .await;
    fill_checkout(&b).await;
    submit_until(&b, "Completed").await;
    let o = only_order(&h);
    let p = &o.account.as_ref().unwrap().products[0];
    assert_eq!(
        (p.spec.as_str(), p.services.len()),
        ("core.plan.www.basic", 1)
    );
    assert_eq!(p.services[0].attributes["domain"], "ana-bakery.com");
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn email_domain_with_alias_and_the_circular_forward_conflict() {
    let h = Harness::start().await;
    let b = h.browser().await;
    add_product(
        &b,
        &h,
        "core.plan.email.business",
        "core.email.domain",
        "ana-bakery.com",
        &[],
    )
    .await;
    add_alias(&b, "ana-bakery.net").await;
    // A forwarder into the alias with the same user name makes a delivery loop.
    add_forwarder(&b, "info", "info@ana-bakery.net").await;
    // What was added is listed, each with its own Remove.
    b.wait_text(
        "[data-testid=forwarder]",
        "info@ana-bakery.com → info@ana-bakery.net",
    )
    .await
    .unwrap();
    b.wait_text("[data-testid=alias]", "ana-bakery.net")
        .await
        .unwrap();
    b.screens("cart-email").await;
    fill_checkout(&b).await;
    b.click(sel::STEP_REVIEW).await;
    // Submitting checks the order first: the conflict stops it, and nothing is submitted.
    b.click(sel::SUBMIT).await;
    b.wait_text(
        sel::ERROR_SUMMARY,
        "Domain ana-bakery.com has circular forwards to alias ana-bakery.net",
    )
    .await
    .unwrap();
    b.wait_text("#review-cart", "circular forwards")
        .await
        .unwrap();
    assert_eq!(only_order(&h).status, status::NEW, "nothing was submitted");
    let o = only_order(&h);
    let product = &o.account.as_ref().unwrap().products[0];
    assert_eq!(product.services.len(), 2);
    assert_eq!(
        product.services[1].related_to,
        vec![product.services[0].id.clone()],
        "the alias is related to the email domain"
    );
    assert_eq!(
        product.services[1].billing_cycle, 12,
        "the alias is billed with its yearly plan"
    );

    // Back in the cart the line is marked; removing the forwarder on its own ends the loop, and the
    // alias stays.
    b.click(sel::STEP_ITEMS).await;
    b.wait_text("[data-testid=cart-fault]", "circular forwards")
        .await
        .unwrap();
    b.click("[data-testid=forwarder-remove]").await;
    b.wait_text("[data-testid=forwarders-none]", "No forwarder")
        .await
        .unwrap();
    b.wait_text("[data-testid=alias]", "ana-bakery.net")
        .await
        .unwrap();
    // A second alias is removable on its own too.
    add_alias(&b, "ana-bakery.org").await;
    b.click("[data-testid=alias]:nth-child(2) [data-testid=alias-remove]")
        .await;
    b.wait_until(std::time::Duration::from_secs(10), async || {
        let t = b.text(sel::CART).await;
        (!t.contains("ana-bakery.org")).then_some(()).ok_or(t)
    })
    .await
    .unwrap();
    submit_until(&b, "Completed").await;
    let o = only_order(&h);
    let services = &o.account.as_ref().unwrap().products[0].services;
    assert_eq!(
        services.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        ["ana-bakery.com", "ana-bakery.net"],
        "the email domain and the alias kept"
    );
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn an_exchange_plan() {
    let h = Harness::start().await;
    let b = h.browser().await;
    add_product(
        &b,
        &h,
        "core.plan.email.exchange2010",
        "core.exchange.domain",
        "ana-exchange.com",
        &[],
    )
    .await;
    fill_checkout(&b).await;
    b.click(sel::STEP_REVIEW).await;
    b.wait_text(sel::QUOTE_TOTAL, "5.18").await.unwrap();
    submit_until(&b, "Completed").await;
    assert_eq!(
        only_order(&h).account.unwrap().products[0].spec,
        "core.plan.email.exchange2010"
    );
    b.close().await;
    h.stop().await;
}
