//! The end of the journey as a customer types it: the card in groups with its brand read from the
//! number, the expiry as printed on the card, the country from a list in words.

use hostway_e2e::flows::{add_product, fill_account_in, fill_contact};
use hostway_e2e::sel;
use hostway_e2e::Harness;

#[tokio::test]
async fn a_card_is_taken_as_people_type_it() {
    let h = Harness::start().await;
    let b = h.browser().await;
    add_product(
        &b,
        &h,
        "core.plan.dnr.only",
        "core.dnr.com",
        "typed-card.com",
        &[],
    )
    .await;
    b.wait_attr(sel::NAV_ORDER, "aria-current", "page")
        .await
        .unwrap();
    // A dollar cart: the account's currency is said, not offered (the API refuses any other).
    b.click(sel::STEP_ACCOUNT).await;
    b.wait_text(
        "[data-testid=account-currency-fixed]",
        "US dollar (USD), the currency your order's products are priced in.",
    )
    .await
    .unwrap();
    assert_eq!(b.count("select#account-currency").await, 0);
    // The header says where the customer is: in the order (its cart is a way back), not the catalog.
    b.wait_attr(sel::NAV_ORDER, "aria-current", "true")
        .await
        .unwrap();
    assert_eq!(
        b.count(".hw-header__nav a[href='/'][aria-current]").await,
        0
    );
    fill_account_in(&b, "").await;

    // The contact's country: a list of countries by name, starting from the browser's (en-US).
    b.click(sel::STEP_CONTACTS).await;
    b.find("#contact-firstName").await;
    assert_eq!(b.value("#contact-countryCode").await, "US");
    assert_eq!(
        b.text("#contact-countryCode option[value=DE]").await,
        "Germany"
    );
    assert_eq!(
        b.count("#contact-countryCode option").await,
        250,
        "\"Choose a country\" and the 249 ISO 3166-1 countries"
    );
    assert_eq!(b.count("#contact-countryCode option[value=ZZ]").await, 0);
    b.fill("#contact-countryCode", "CA").await;
    fill_contact(&b).await;

    b.click(sel::STEP_PAYMENT).await;
    b.fill("#payment-number", "4111 1111 1111 1111").await;
    b.wait_text("[data-testid=payment-brand]", "Visa card")
        .await
        .unwrap();
    // The brand follows the number: no choice to contradict it.
    b.fill("#payment-number", "5555 5555 5555 4444").await;
    b.wait_text("[data-testid=payment-brand]", "Mastercard card")
        .await
        .unwrap();
    assert_eq!(b.count("#payment-kind").await, 0);
    assert_eq!(
        b.attr("#payment-number", "inputmode").await.as_deref(),
        Some("numeric")
    );
    b.fill("#payment-holder", "Ana Lopez").await;
    b.fill("#payment-expiry", "08 / 31").await;
    b.fill("#payment-cvv", "123").await;
    b.fill("#payment-street", "1 Main St").await;
    b.fill("#payment-city", "Toronto").await;
    b.fill("#payment-country", "CA").await;
    b.click(sel::SAVE_PAYMENT).await;
    // Saved and on to the review, which shows the card in words.
    b.wait_text(
        sel::REVIEW_PAYMENT,
        "Mastercard ending in 4444, expires 08/2031",
    )
    .await
    .unwrap();

    // What the API took (it keeps the number masked, and refuses one that is not digits only): the
    // brand read from the number, YYYY-MM, the country's code.
    let orders = h.sandbox.state.store.all().unwrap();
    let account = orders[0].account.as_ref().unwrap();
    let card = account.payment.as_ref().unwrap();
    assert_eq!(card["accountNumber"], "************4444");
    assert_eq!(card["creditCardType"], "mastercard");
    assert_eq!(card["expirationDate"], "2031-08");
    // The API keeps no billing address (it checked its country's code: "Canada" would be refused);
    // the contact's address shows the code sent.
    assert_eq!(account.contacts["regular"]["address"]["countryCode"], "CA");

    // Back on the step, a reload shows the card as the API has it, in the same words.
    b.click(sel::STEP_PAYMENT).await;
    b.find(sel::PAYMENT_FORM).await;
    b.reload().await;
    b.wait_text(
        sel::PAYMENT_ON_FILE,
        "Mastercard ending in 4444, expires 08/2031",
    )
    .await
    .unwrap();
    assert_eq!(b.value("#payment-expiry").await, "08 / 31");
    b.close().await;
    h.stop().await;
}

/// Each page names itself in the tab's title, and after following a link the focus is on the new
/// page's heading (or, between steps, on the step said in words), not left on the page's body.
#[tokio::test]
async fn each_page_has_its_title_and_the_focus_arrives_on_it() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.goto(&h.app_url("/")).await;
    b.find(sel::CATALOG_ITEM).await;
    wait_title(&b, "Order hosting services — Hostway").await;
    // The catalog stage hands over to the app: a route change to the visitor.
    b.click(sel::CHOOSE_PRODUCT).await;
    b.find(sel::ADD_FORM).await;
    b.wait_focus("H1: Domain registration").await;
    wait_title(&b, "Domain registration — Hostway").await;
    b.fill("#add-name", "titled-page.com").await;
    b.click(sel::ADD_TO_ORDER).await;
    b.wait_text(sel::CART, "titled-page.com").await.unwrap();
    b.wait_focus("step-where: Step 1 of 5: Cart").await;
    wait_title(&b, "Cart — Your order — Hostway").await;
    b.click(sel::STEP_ACCOUNT).await;
    b.find("#account-userName").await;
    b.wait_focus("step-where: Step 2 of 5: Account").await;
    wait_title(&b, "Account — Your order — Hostway").await;
    // A page load keeps the browser's own start: the focus stays where the browser put it.
    b.reload().await;
    b.find("#account-userName").await;
    wait_title(&b, "Account — Your order — Hostway").await;
    assert_eq!(b.focused().await, "body");
    b.goto(&h.app_url("/no-such-page")).await;
    b.find("h1").await;
    wait_title(&b, "Page not found — Hostway").await;
    b.close().await;
    h.stop().await;
}

async fn wait_title(b: &hostway_e2e::Browser, want: &str) {
    b.wait_until(hostway_e2e::WAIT, async || {
        let title = b.eval("return document.title").await;
        (title.as_str() == Some(want))
            .then_some(())
            .ok_or(format!("the title is {title}"))
    })
    .await
    .unwrap();
}

#[tokio::test]
async fn each_service_choice_says_its_price_and_a_domain_is_one_line() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.goto(&h.app_url("/products/core.plan.dnr.only")).await;
    b.find(sel::ADD_FORM).await;
    // Every choice with the price it costs and its period, as the cart will then charge it.
    let choices = b
        .eval("return [...document.querySelectorAll('#add-service option')].map(o => o.textContent.trim())")
        .await;
    let choices: Vec<String> = serde_json::from_value(choices).unwrap();
    assert!(
        choices.contains(&".com Domain, $12.99 a year".to_string()),
        "{choices:?}"
    );
    assert!(
        choices.contains(&".us Domain, $8.99 a year".to_string()),
        "{choices:?}"
    );
    add_product(
        &b,
        &h,
        "core.plan.dnr.only",
        "core.dnr.com",
        "once-only.com",
        &[],
    )
    .await;
    // The same domain again: said at its field, nothing sent, the cart still holds one line.
    b.goto(&h.app_url("/products/core.plan.dnr.only?service=core.dnr.com"))
        .await;
    b.find(sel::ADD_FORM).await;
    b.fill("#add-name", "Once-Only.com").await;
    b.click(sel::ADD_TO_ORDER).await;
    b.wait_text(sel::ERROR_SUMMARY, "once-only.com is already in your order")
        .await
        .unwrap();
    assert!(b
        .text("#add-name-error")
        .await
        .contains("Enter another name, or change it in your cart."));
    b.screens("product-already-in-order").await;
    let held = h.sandbox.state.store.all().unwrap();
    let services: usize = held
        .iter()
        .filter_map(|o| o.account.as_ref())
        .flat_map(|a| &a.products)
        .map(|p| p.services.len())
        .sum();
    assert_eq!(services, 1, "one line for the domain");
    // Another domain is added as usual.
    b.fill("#add-name", "once-more.com").await;
    b.click(sel::ADD_TO_ORDER).await;
    b.wait_path("/order/items").await;
    b.wait_text(sel::CART, "once-more.com").await.unwrap();
    b.close().await;
    h.stop().await;
}
