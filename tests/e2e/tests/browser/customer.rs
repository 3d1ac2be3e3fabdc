//! A customer orders in headless Chromium, app and API on two origins: from the catalog to "Completed",
//! reloading at every step, with the sandbox's state checked at the end.

use hostway_e2e::flows::{fill_account_in, fill_contact, fill_payment_in};
use hostway_e2e::sel;
use hostway_e2e::{Browser, Harness};
use hostway_sandbox::model::status;

/// Catalog → product page → add a domain → cart.
async fn add_domain(b: &Browser, h: &Harness, domain: &str) {
    b.goto(&h.app_url("/")).await;
    b.fill(sel::CATALOG_SEARCH, "registration").await;
    b.wait_text(sel::CATALOG_COUNT, "1 product").await.unwrap();
    // The headline price of a free plan is its cheapest service (a .us domain per year).
    b.wait_text(sel::CATALOG_ITEM, "from $8.99 per year")
        .await
        .unwrap();
    // The search is in the URL: a reload (or the link) shows the same filtered catalog.
    b.wait_path("/?q=registration").await;
    b.reload().await;
    b.wait_text(sel::CATALOG_COUNT, "1 product").await.unwrap();
    assert_eq!(b.value(sel::CATALOG_SEARCH).await, "registration");
    b.click(sel::CHOOSE_PRODUCT).await;
    b.wait_path("/products/core.plan.dnr.only").await;
    b.find(sel::ADD_FORM).await;
    // The plan costs nothing itself: the price shown is its cheapest domain's, never $0.00.
    let billing = b.text("#add-offering").await;
    assert!(
        billing.contains("from $8.99") && !billing.contains("$0.00"),
        "{billing}"
    );
    b.screens("product-domain").await;
    b.fill("#add-name", domain).await;
    b.click(sel::ADD_TO_ORDER).await;
    b.wait_path("/order/items").await;
    b.wait_text(sel::CART, domain).await.unwrap();
}

#[tokio::test]
async fn a_domain_from_catalog_to_completed_with_reloads() {
    let h = Harness::start().await;
    let b = h.browser().await;
    add_domain(&b, &h, "ana-bakery.com").await;
    b.reload().await;
    b.wait_text(sel::CART, "ana-bakery.com").await.unwrap();
    // The cart speaks the customer's words: names and prices from the catalog and the quote, a total,
    // and no catalog or offering id.
    b.wait_text(sel::CART, "Domain registration").await.unwrap();
    b.wait_text(sel::CART, "ana-bakery.com — .com Domain, per year")
        .await
        .unwrap();
    b.wait_text("[data-testid=cart-price]", "$12.99 per year")
        .await
        .unwrap();
    b.wait_text("[data-testid=cart-total]", "$12.99")
        .await
        .unwrap();
    let cart = b.text("main").await;
    assert!(
        !cart.contains("core.") && !cart.contains("USD-12"),
        "{cart}"
    );
    // Only the billing periods the catalog offers for a domain: yearly.
    let offered = b
        .wait_until(std::time::Duration::from_secs(10), async || {
            let v = b
                .eval("return [...document.querySelectorAll('[data-testid=cycle-select] option')].map(o => o.value)")
                .await;
            (v == serde_json::json!(["12"]))
                .then_some(())
                .ok_or_else(|| format!("the cart offers {v}"))
        })
        .await;
    assert!(offered.is_ok(), "{offered:?}");
    b.screens("cart").await;

    fill_account_in(&b, "").await;
    // "Save and continue" opens the next step, and the step list ticks the one saved.
    b.wait_path("/order/contacts").await;
    b.wait_text(sel::STEP_ACCOUNT, "(done)").await.unwrap();
    b.click(sel::STEP_ACCOUNT).await;
    b.find("#account-userName").await;
    b.reload().await;
    // Typed data survives a reload (waited for: the step is drawn once the page has read the order).
    b.wait_value("#account-userName", "shop.owner").await;
    assert_eq!(
        b.value("#account-password").await,
        "",
        "passwords are never kept"
    );
    // A saved step still leads on after a reload (no password asked again), and says where the
    // customer is.
    b.wait_text("[data-testid=continue]", "Continue without changes")
        .await
        .unwrap();
    b.wait_text("[data-testid=step-where]", "Step 2 of 5: Account")
        .await
        .unwrap();
    b.screens("account-after-reload").await;

    fill_contact(&b).await;
    b.wait_path("/order/payment").await;
    b.click(sel::STEP_CONTACTS).await;
    b.find("#contact-city").await;
    b.reload().await;
    // Drawn again after the reload, with what was saved (waited for: the page reads it first).
    b.wait_value("#contact-city", "Chicago").await;
    b.wait_text("[data-testid=continue]", "Continue without changes")
        .await
        .unwrap();
    b.screens("contacts-after-reload").await;

    fill_payment_in(&b, "").await;
    b.wait_path("/order/review").await;
    b.click(sel::STEP_PAYMENT).await;
    b.find("#payment-number").await;
    b.reload().await;
    b.wait_text(sel::PAYMENT_ON_FILE, "1111").await.unwrap();
    b.wait_text("[data-testid=continue]", "Continue without changes")
        .await
        .unwrap();
    b.screens("payment-after-reload").await;
    assert_eq!(
        b.value("#payment-number").await,
        "",
        "card numbers are never kept"
    );
    let stored = b.eval("return JSON.stringify(sessionStorage) + JSON.stringify(localStorage) + document.cookie").await;
    assert!(
        !stored.as_str().unwrap().contains("4111111111111111"),
        "{stored}"
    );
    assert!(!stored.as_str().unwrap().contains("secret123"), "{stored}");

    // The order summary beside the step: the line by its name and domain, and the total.
    b.wait_text(sel::SUMMARY_LINE, "Domain registration")
        .await
        .unwrap();
    b.wait_text(sel::SUMMARY_LINE, "ana-bakery.com")
        .await
        .unwrap();
    b.wait_text(sel::SUMMARY_TOTAL, "$12.99").await.unwrap();
    // Every step done is marked in the step list, in words for a screen reader too.
    b.wait_text(sel::STEP_PAYMENT, "(done)").await.unwrap();

    b.click(sel::STEP_REVIEW).await;
    b.wait_text(sel::QUOTE_TOTAL, "12.99").await.unwrap();
    b.reload().await;
    b.wait_text(sel::QUOTE_TOTAL, "12.99").await.unwrap();
    // The review shows what is agreed to, as the API holds it (and the billing address typed in
    // this browser), each with its Change link; what is paid today and what recurs.
    for (row, holds) in [
        (
            "#review-account",
            "User name shop.owner · US dollar (USD) · English (United States)",
        ),
        (
            "#review-contacts",
            "Ana Lopez · ana@example.com (also billing, administrator and technical contact)",
        ),
        (
            "#review-payment",
            "Visa ending in 1111, expires 08/2031 · billed to 1 Main St, Chicago, United States",
        ),
    ] {
        b.wait_text(row, holds).await.unwrap();
        assert_eq!(b.text(&format!("{row} a")).await, "Change");
    }
    b.wait_text(
        "[data-testid=review-charges]",
        "You pay $12.99 today. Then $12.99 per year (next on ",
    )
    .await
    .unwrap();
    assert_eq!(b.count("[data-testid=review-missing]").await, 0);
    // The summary's total is the review's, and the quote names what each fee is for.
    b.wait_text(sel::SUMMARY_TOTAL, "$12.99").await.unwrap();
    let fees = b
        .eval("return [...document.querySelectorAll('[data-testid=quote-fee]')].map(r => r.innerText)")
        .await;
    let fees: Vec<String> = serde_json::from_value(fees).unwrap();
    assert!(
        fees.iter()
            .all(|f| f.contains("Domain registration: ana-bakery.com") && !f.contains("$0.00")),
        "{fees:?}"
    );
    let review = b.text("main").await;
    assert!(
        !review.contains("core.") && !review.contains("USD-"),
        "{review}"
    );
    b.screens("review").await;
    b.click(sel::SUBMIT).await;
    b.wait_path("/orders/").await;
    b.wait_text(sel::STATUS_TEXT, "Everything is provisioned")
        .await
        .unwrap();
    // The receipt: thanks, what was bought, for how much today and after, beside the live status.
    b.wait_text("h1", "Thank you for your order").await.unwrap();
    b.wait_text("[data-testid=receipt-what]", "ana-bakery.com")
        .await
        .unwrap();
    b.wait_text("[data-testid=receipt] [data-testid=quote-total]", "$12.99")
        .await
        .unwrap();
    b.wait_text("[data-testid=receipt-charges]", "You pay $12.99 today.")
        .await
        .unwrap();
    b.find("[data-testid=receipt-print]").await;
    b.screens("receipt").await;
    // It survives a reload.
    b.reload().await;
    b.wait_attr(sel::STATUS_TIMELINE, "data-status", "Completed")
        .await
        .unwrap();
    b.wait_text("[data-testid=receipt-charges]", "You pay $12.99 today.")
        .await
        .unwrap();
    // Back never shows an empty order: the order placed, with its receipt.
    b.eval("history.back(); return null").await;
    b.wait_text("[data-testid=placed-orders]", "Your order is placed.")
        .await
        .unwrap();
    b.wait_text("[data-testid=placed-orders] li", "ana-bakery.com")
        .await
        .unwrap();
    assert_eq!(b.count("[data-testid=empty-order]").await, 0);
    b.click("[data-testid=last-receipt]").await;
    b.wait_text("h1", "Thank you for your order").await.unwrap();

    let orders = h.sandbox.state.store.all().unwrap();
    assert_eq!(orders.len(), 1, "exactly one order");
    let o = &orders[0];
    assert_eq!(o.status, status::COMPLETED);
    let account = o.account.as_ref().unwrap();
    assert_eq!(account.products.len(), 1);
    assert_eq!(account.products[0].services.len(), 1);
    assert_eq!(
        account.products[0].services[0].attributes["domainName"],
        "ana-bakery.com"
    );
    assert_eq!(account.user.as_ref().unwrap().user_name, "shop.owner");
    assert!(account.contacts.contains_key("regular") && account.contacts.contains_key("billing"));
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn what_is_missing_is_said_before_submitting_and_bad_input_never_leaves() {
    let h = Harness::start().await;
    let b = h.browser().await;
    add_domain(&b, &h, "first-shop.com").await;
    // Bad input is rejected at the field, before any request.
    b.click(sel::STEP_CONTACTS).await;
    b.fill("#contact-email1", "not-an-email").await;
    b.click(sel::SAVE_CONTACT).await;
    b.wait_text(sel::ERROR_SUMMARY, "Enter an email address")
        .await
        .unwrap();
    b.wait_focus_on("error-summary").await;
    assert!(b
        .text("#contact-email1-error")
        .await
        .contains("Enter an email address"));
    assert!(h.sandbox.state.store.all().unwrap()[0]
        .account
        .as_ref()
        .unwrap()
        .contacts
        .is_empty());

    // The review says what the order still needs, each with a link to its step, and offers no
    // submit until nothing is missing (the API would refuse it in its own words).
    b.click(sel::STEP_REVIEW).await;
    b.wait_text("[data-testid=review-missing]", "Before you can submit")
        .await
        .unwrap();
    for (step, words) in [
        ("account", "Your account's user name and password"),
        ("contacts", "Your contact details"),
        ("payment", "A card to pay with"),
    ] {
        assert_eq!(
            b.text(&format!("[data-testid=missing-{step}] a")).await,
            words
        );
        assert!(b
            .attr(&format!("[data-testid=missing-{step}] a"), "href")
            .await
            .unwrap()
            .ends_with(&format!("/order/{step}")));
    }
    assert_eq!(b.count("[data-testid=missing-items]").await, 0);
    assert!(
        b.attr(sel::SUBMIT, "hidden").await.is_some(),
        "no submit while incomplete"
    );
    b.screens("review-missing").await;
    // Done steps leave the list as they are done.
    b.click("[data-testid=missing-account] a").await;
    fill_account_in(&b, "").await;
    b.click(sel::STEP_REVIEW).await;
    b.wait_text("[data-testid=review-missing]", "Your contact details")
        .await
        .unwrap();
    assert_eq!(b.count("[data-testid=missing-account]").await, 0);
    assert!(
        h.sandbox.state.store.all().unwrap()[0].status == status::NEW,
        "nothing was submitted"
    );
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn a_forced_provisioning_failure_is_shown_with_its_reason() {
    let h = Harness::start_with(|c| c.fail_provisioning = true).await;
    let b = h.browser().await;
    add_domain(&b, &h, "doomed-shop.com").await;
    fill_account_in(&b, "").await;
    fill_contact(&b).await;
    fill_payment_in(&b, "").await;
    b.click(sel::STEP_REVIEW).await;
    b.wait_text(sel::QUOTE_TOTAL, "12.99").await.unwrap();
    b.click(sel::SUBMIT).await;
    b.wait_path("/orders/").await;
    b.wait_attr(sel::STATUS_TIMELINE, "data-status", "Failed")
        .await
        .unwrap();
    assert!(b
        .text("[data-testid=status-reason]")
        .await
        .contains("Provisioning failed"));
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn a_deep_link_prefills_the_product_form() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.goto(&h.app_url("/products/core.plan.www.basic?offering=USD-1&service=core.www&cycle=1&promo=FREESETUP&name=deep-link.com")).await;
    b.find(sel::ADD_FORM).await;
    assert_eq!(b.value("#add-offering").await, "USD-1");
    assert_eq!(b.value("#add-promo").await, "FREESETUP");
    assert_eq!(b.value("#add-name").await, "deep-link.com");
    b.click(sel::ADD_TO_ORDER).await;
    b.wait_text(sel::CART, "deep-link.com").await.unwrap();
    let orders = h.sandbox.state.store.all().unwrap();
    let product = &orders[0].account.as_ref().unwrap().products[0];
    assert_eq!(product.promo_code.as_deref(), Some("FREESETUP"));
    assert!(product.offering.ends_with("/USD-1"));
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn a_billing_contact_can_differ_from_the_regular_one() {
    let h = Harness::start().await;
    let b = h.browser().await;
    add_domain(&b, &h, "two-contacts.com").await;
    fill_contact(&b).await;
    // Back to the step, the billing contact is changed on its own. With the other contacts not the
    // same, the regular form is one of several: it saves without moving on.
    b.click(sel::STEP_CONTACTS).await;
    b.wait_text(sel::SAVE_CONTACT, "Save and continue")
        .await
        .unwrap();
    b.click("#contact-same").await;
    b.wait_until(std::time::Duration::from_secs(5), async || {
        let t = b.text(sel::SAVE_CONTACT).await;
        (t == "Save").then_some(()).ok_or(t)
    })
    .await
    .unwrap();
    b.click("#contact-same").await;
    b.click("[data-testid=contact-billing] summary").await;
    for (id, v) in [
        ("firstName", "Bill"),
        ("lastName", "Payer"),
        ("street1", "9 Side St"),
        ("city", "Boston"),
        ("postalCode", "02101"),
        ("email1", "bill@example.com"),
        ("phone1", "617 555 0000"),
    ] {
        b.fill(&format!("#contact-billing-{id}"), v).await;
    }
    b.click("[data-testid=save-contact-billing]").await;
    b.find("[data-testid=contact-saved-billing]").await;
    let orders = h.sandbox.state.store.all().unwrap();
    let contacts = &orders[0].account.as_ref().unwrap().contacts;
    assert_eq!(contacts["regular"]["name"]["firstName"], "Ana");
    assert_eq!(contacts["billing"]["name"]["firstName"], "Bill");
    assert_eq!(
        contacts["technical"]["name"]["firstName"], "Ana",
        "same as regular"
    );
    // Without the tab's drafts (another tab, say), each form shows its own type as the API has it.
    b.eval("sessionStorage.clear(); return null").await;
    b.reload().await;
    b.click("[data-testid=contact-billing] summary").await;
    b.wait_value("#contact-billing-firstName", "Bill").await;
    b.wait_value("#contact-firstName", "Ana").await;
    b.close().await;
    h.stop().await;
}

/// A conflict the API reports without naming its domain is found among the order's domains: the review
/// names it, and the cart and the summary mark its line.
#[tokio::test]
async fn a_restricted_domain_is_named_and_its_line_marked() {
    let h = Harness::start().await;
    let b = h.browser().await;
    add_domain(&b, &h, "my-restricted-site.com").await;
    fill_account_in(&b, "").await;
    fill_contact(&b).await;
    fill_payment_in(&b, "").await;
    b.click(sel::STEP_REVIEW).await;
    b.wait_text(sel::QUOTE_TOTAL, "12.99").await.unwrap();
    b.click(sel::SUBMIT).await;
    b.wait_text(
        "#review-cart",
        "A domain in the order contains a restricted word: my-restricted-site.com.",
    )
    .await
    .unwrap();
    b.wait_text("[data-testid=summary-fault]", "Check this domain")
        .await
        .unwrap();
    b.screens("review-conflict").await;
    b.click(sel::STEP_ITEMS).await;
    b.wait_text("[data-testid=cart-fault]", "my-restricted-site.com")
        .await
        .unwrap();
    b.screens("cart-conflict").await;
}

/// On a phone the order summary starts folded above the step, its total still in view; opening it
/// shows the lines.
#[tokio::test]
async fn on_a_phone_the_summary_is_folded_with_its_total() {
    let h = Harness::start().await;
    let b = h.browser().await;
    add_domain(&b, &h, "phone-shop.com").await;
    b.client.set_window_size(375, 812).await.unwrap();
    b.reload().await;
    b.wait_text("[data-testid=summary-total-folded]", "$12.99")
        .await
        .unwrap();
    let open = b
        .eval("return document.querySelector('[data-testid=order-summary] details').open")
        .await;
    assert_eq!(open, serde_json::json!(false), "folded on a phone");
    b.screens("summary-phone-folded").await;
    b.click("[data-testid=order-summary] summary").await;
    b.wait_text(sel::SUMMARY_LINE, "phone-shop.com")
        .await
        .unwrap();
    b.screens("summary-phone-open").await;
    b.close().await;
    h.stop().await;
}
