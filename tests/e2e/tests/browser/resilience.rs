//! Nothing lost: the documented 409 on create resumes the open order; a failed save keeps the input and
//! a retry succeeds; editing and removing items.

use hostway_e2e::flows::add_product;
use hostway_e2e::sel;
use hostway_e2e::Harness;

#[tokio::test]
async fn a_409_on_create_resumes_the_open_order() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.goto(&h.app_url("/products/core.plan.dnr.only?name=resume-me.com"))
        .await;
    b.find(sel::ADD_FORM).await;
    // Another tab of this browser opens an order behind the page's back.
    let api = h.sandbox.url();
    let created = b
        .eval(&format!(
            "return fetch('{api}/orders', {{method: 'POST', credentials: 'include', headers: {{'Content-Type': 'application/json; charset=UTF-8'}}, body: '{{}}'}}).then(r => r.status)"
        ))
        .await;
    assert_eq!(created, 201);
    b.click(sel::ADD_TO_ORDER).await;
    b.wait_text(sel::CART, "resume-me.com").await.unwrap();
    let orders = h.sandbox.state.store.all().unwrap();
    assert_eq!(
        orders.len(),
        1,
        "the 409 resumed the open order instead of failing or making another"
    );
    assert_eq!(orders[0].account.as_ref().unwrap().products.len(), 1);
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn a_failed_save_keeps_the_input_and_a_retry_succeeds() {
    let h = Harness::start().await;
    let b = h.browser().await;
    add_product(
        &b,
        &h,
        "core.plan.dnr.only",
        "core.dnr.com",
        "retry-shop.com",
        &[],
    )
    .await;
    b.click(sel::STEP_ACCOUNT).await;
    b.fill("#account-userName", "retry.owner").await;
    b.fill("#account-password", "secret123").await;
    h.sandbox
        .state
        .faults
        .apply(&hostway_sandbox::faults::FaultSettings {
            fail_rate: Some(1.0),
            ..Default::default()
        });
    b.click(sel::SAVE_ACCOUNT).await;
    // A PUT is safe to repeat, so the app repeats it as configured (7 times, as in production; the
    // tests' waits are short) before saying it failed.
    b.wait_text(sel::ERROR_SUMMARY, "Nothing you entered is lost: try again")
        .await
        .unwrap();
    let attempts = h.sandbox.state.faults.seen("PUT", "/orders/1/account");
    assert_eq!(
        attempts,
        1 + hostway_e2e::RETRY.split(' ').count() as u64,
        "sent once and repeated as configured"
    );
    assert_eq!(b.value("#account-userName").await, "retry.owner");
    assert_eq!(
        b.value("#account-password").await,
        "secret123",
        "the form keeps what was typed"
    );
    h.sandbox
        .state
        .faults
        .apply(&hostway_sandbox::faults::FaultSettings {
            fail_rate: Some(0.0),
            ..Default::default()
        });
    b.click(sel::SAVE_ACCOUNT).await;
    b.find(sel::CONTACT_FORM).await;
    let orders = h.sandbox.state.store.all().unwrap();
    assert_eq!(
        orders[0]
            .account
            .as_ref()
            .unwrap()
            .user
            .as_ref()
            .unwrap()
            .user_name,
        "retry.owner"
    );
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn editing_the_billing_period_changes_the_quote() {
    let h = Harness::start().await;
    let b = h.browser().await;
    add_product(
        &b,
        &h,
        "core.plan.www.basic",
        "core.www",
        "edit-me.com",
        &[],
    )
    .await;
    b.click(sel::STEP_REVIEW).await;
    b.wait_text(sel::QUOTE_TOTAL, "79.00").await.unwrap();
    b.click(sel::STEP_ITEMS).await;
    b.wait_text("[data-testid=cart-service]", "Web hosting, per year")
        .await
        .unwrap();
    b.choose("[data-testid=cycle-select]", "1").await;
    // The hosting billed with the plan follows it: its line says per month, and the cart says what is
    // due today apart from what recurs.
    b.wait_text(
        "[data-testid=cart-service]",
        "edit-me.com — Web hosting, per month",
    )
    .await
    .unwrap();
    b.wait_text("[data-testid=cart-total]", "Due today $17.95")
        .await
        .unwrap();
    b.wait_text("[data-testid=cart-then]", "Then $7.95 per month")
        .await
        .unwrap();
    b.wait_text("[data-testid=summary-then]", "Then $7.95 per month")
        .await
        .unwrap();
    b.screens("cart-monthly").await;
    b.click(sel::STEP_REVIEW).await;
    // Monthly: 7.95 + 10.00 setup.
    b.wait_text(sel::QUOTE_TOTAL, "17.95").await.unwrap();
    b.wait_text("[data-testid=total-changed]", "has changed")
        .await
        .unwrap();
    let product = &h.sandbox.state.store.all().unwrap()[0]
        .account
        .clone()
        .unwrap()
        .products[0];
    assert!(product.offering.ends_with("/USD-1"));
    assert_eq!(product.services[0].billing_cycle, 1, "{product:?}");
    b.close().await;
    h.stop().await;
}
