//! axe-core in every view (the customer's, the agent portal's, the widget's, an error state), with zero
//! violations, and every control of each view visibly focused when tabbed to; and a whole order placed
//! with the keyboard alone.

use hostway_e2e::flows::{fill_account_in, fill_contact_in, fill_payment_in};
use hostway_e2e::sel;
use hostway_e2e::{Browser, Harness};
use hostway_sandbox::config::DEMO_AGENT;

/// Runs axe on the current view, checks the contrast of its text (axe skips 1:1), the size of its
/// targets (24×24 px) and that it does not scroll sideways at 375 px, then tabs through all of it checking that every focused control shows its
/// focus; records what fails under `view`.
async fn check(b: &Browser, view: &str, include: &[&str], found: &mut Vec<String>) {
    for v in b.axe(include).await {
        found.push(format!("{view}: {v}"));
    }
    for low in b.low_contrast().await {
        found.push(format!("{view}: contrast {low}"));
    }
    for unnamed in b.unnamed_forms().await {
        found.push(format!("{view}: {unnamed}"));
    }
    for small in b.small_targets().await {
        found.push(format!("{view}: target smaller than 24x24 px: {small}"));
    }
    if let Some(wide) = b.scrolls_sideways_on_a_phone().await {
        found.push(format!("{view}: {wide}"));
    }
    match b.tab_through(300).await {
        Ok(0) => found.push(format!("{view}: Tab focuses nothing")),
        Ok(n) => eprintln!("{view}: {n} controls tabbed to, each with a visible focus"),
        Err(e) => found.push(format!("{view}: {e}")),
    }
}

#[tokio::test]
async fn every_view_has_no_axe_violations() {
    let h = Harness::start_with(|c| {
        c.cookie_samesite = hostway_sandbox::config::SameSite::None;
        c.cookie_secure = true;
        c.partitioned = true;
    })
    .await;
    let b = h.browser().await;
    let mut found = Vec::new();

    b.goto(&h.app_url("/")).await;
    b.find(sel::CATALOG_ITEM).await;
    check(&b, "catalog", &[], &mut found).await;
    // The contrast check sees what axe skips: a button whose text is its background (1:1).
    b.eval("const e = document.querySelector('a.hw-button'); e.style.color = getComputedStyle(e).backgroundColor; return null")
        .await;
    let low = b.low_contrast().await;
    assert!(
        low.iter().any(|l| l.starts_with("1.00:1 a.hw-button")),
        "{low:?}"
    );
    b.reload().await;
    b.find(sel::CATALOG_ITEM).await;

    b.goto(&h.app_url("/products/core.plan.dnr.only")).await;
    b.find(sel::ADD_FORM).await;
    check(&b, "product", &[], &mut found).await;
    b.click(sel::ADD_TO_ORDER).await;
    b.find(sel::ERROR_SUMMARY).await;
    check(&b, "product with errors", &[], &mut found).await;
    b.fill("#add-name", "accessible-shop.com").await;
    b.click(sel::ADD_TO_ORDER).await;
    b.wait_text(sel::CART, "accessible-shop.com").await.unwrap();
    check(&b, "cart", &[], &mut found).await;

    b.click(sel::STEP_ACCOUNT).await;
    b.find("#account-userName").await;
    check(&b, "account step", &[], &mut found).await;
    fill_account_in(&b, "").await;
    b.click(sel::STEP_CONTACTS).await;
    b.click(sel::SAVE_CONTACT).await;
    b.find(sel::ERROR_SUMMARY).await;
    check(&b, "contacts with errors", &[], &mut found).await;
    fill_contact_in(&b, "").await;
    check(&b, "contacts saved", &[], &mut found).await;
    b.click(sel::STEP_PAYMENT).await;
    b.find("#payment-number").await;
    check(&b, "payment step", &[], &mut found).await;
    fill_payment_in(&b, "").await;
    b.click(sel::STEP_REVIEW).await;
    b.find(sel::QUOTE_TOTAL).await;
    check(&b, "review and quote", &[], &mut found).await;
    b.click(sel::SUBMIT).await;
    b.wait_attr(sel::STATUS_TIMELINE, "data-status", "Completed")
        .await
        .unwrap();
    check(&b, "status", &[], &mut found).await;

    b.goto(&h.app_url("/no/such/page")).await;
    b.find("main h1").await;
    check(&b, "not found", &[], &mut found).await;

    b.goto(&h.orphan_url("/")).await;
    b.wait_attr(sel::API_HEALTH, "data-state", "Down")
        .await
        .unwrap();
    check(&b, "API down", &[], &mut found).await;

    let (user, password) = DEMO_AGENT.split_once(':').unwrap();
    b.goto(&h.app_url("/agent")).await;
    b.find("#agent-user").await;
    check(&b, "agent sign-in", &[], &mut found).await;
    b.fill("#agent-user", user).await;
    b.fill("#agent-password", password).await;
    b.click(sel::AGENT_SUBMIT).await;
    b.find(sel::AGENT_SIGNED_IN).await;
    check(&b, "agent dashboard", &[], &mut found).await;
    b.fill("#agent-find", "acct999999").await;
    b.click(sel::AGENT_FIND).await;
    b.wait_text(sel::AGENT_ACCOUNT_NUMBER, "acct999999")
        .await
        .unwrap();
    check(&b, "agent account", &[], &mut found).await;
    // An account with web hosting: the SiteBuilder section, priced.
    b.click(sel::NAV_AGENT).await;
    b.fill("#agent-find", "acct100001").await;
    b.click(sel::AGENT_FIND).await;
    b.wait_text(sel::AGENT_ACCOUNT_NUMBER, "acct100001")
        .await
        .unwrap();
    b.click("[data-testid='sitebuilder-lopez-bakery.com'] [data-testid=sitebuilder-order]")
        .await;
    b.find("[data-testid=sitebuilder-quote]").await;
    check(&b, "agent account with SiteBuilder", &[], &mut found).await;

    // The widget, judged on its own (the demo shop's page is not ours to judge).
    b.goto(&h.shop_url("/")).await;
    b.find("#hosting >>> [data-testid=widget-start]").await;
    b.find("#domains >>> [data-testid=widget-start]").await;
    check(
        &b,
        "widget first stage",
        &["#hosting", "#domains"],
        &mut found,
    )
    .await;
    hostway_e2e::flows::start_widget_order(&b, "#hosting >>> ").await;
    hostway_e2e::flows::start_widget_order(&b, "#domains >>> ").await;
    check(&b, "widget flow", &["#hosting", "#domains"], &mut found).await;

    assert!(
        found.is_empty(),
        "axe violations and unseen focus:\n{}",
        found.join("\n")
    );
    b.close().await;
    h.stop().await;
}

const ENTER: &str = "\u{e007}";

async fn type_into(b: &Browser, css: &str, text: &str) {
    b.tab_to(css).await.unwrap();
    b.keys(text).await;
}

async fn activate(b: &Browser, css: &str) {
    b.tab_to(css).await.unwrap();
    b.keys(ENTER).await;
}

#[tokio::test]
async fn a_whole_order_with_the_keyboard_alone() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.goto(&h.app_url("/")).await;
    b.find(sel::CATALOG_ITEM).await;

    type_into(&b, sel::CATALOG_SEARCH, "registration").await;
    b.wait_text(sel::CATALOG_COUNT, "1 product").await.unwrap();
    activate(&b, sel::CHOOSE_PRODUCT).await;
    b.wait_path("/products/core.plan.dnr.only").await;
    b.find(sel::ADD_FORM).await;
    type_into(&b, "#add-name", "keyboard-only.com").await;
    activate(&b, sel::ADD_TO_ORDER).await;
    b.wait_text(sel::CART, "keyboard-only.com").await.unwrap();

    activate(&b, sel::STEP_ACCOUNT).await;
    type_into(&b, "#account-userName", "keys.only").await;
    type_into(&b, "#account-password", "secret123").await;
    activate(&b, sel::SAVE_ACCOUNT).await;
    b.find(sel::CONTACT_FORM).await;

    activate(&b, sel::STEP_CONTACTS).await;
    b.find("#contact-firstName").await;
    // Saving with nothing filled in: the error summary takes the focus.
    activate(&b, sel::SAVE_CONTACT).await;
    b.find(sel::ERROR_SUMMARY).await;
    b.wait_focus_on("error-summary").await;
    for (id, v) in [
        ("firstName", "Kay"),
        ("lastName", "Board"),
        ("street1", "1 Main St"),
        ("city", "Chicago"),
        ("postalCode", "60601"),
        ("email1", "kay@example.com"),
        ("phone1", "+1 312 555 1234"),
    ] {
        type_into(&b, &format!("#contact-{id}"), v).await;
    }
    activate(&b, sel::SAVE_CONTACT).await;
    b.find(sel::PAYMENT_FORM).await;

    activate(&b, sel::STEP_PAYMENT).await;
    for (id, v) in [
        ("number", "4111111111111111"),
        ("holder", "Kay Board"),
        ("expiry", "08/31"),
        ("cvv", "123"),
        ("street", "1 Main St"),
        ("city", "Chicago"),
    ] {
        type_into(&b, &format!("#payment-{id}"), v).await;
    }
    activate(&b, sel::SAVE_PAYMENT).await;
    b.wait_text(sel::REVIEW_PAYMENT, "Visa ending in 1111")
        .await
        .unwrap();

    activate(&b, sel::STEP_REVIEW).await;
    b.find(sel::QUOTE_TOTAL).await;
    activate(&b, sel::SUBMIT).await;
    b.wait_attr(sel::STATUS_TIMELINE, "data-status", "Completed")
        .await
        .unwrap();
    b.close().await;
    h.stop().await;
}
