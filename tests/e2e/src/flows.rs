//! Steps a customer takes, shared by the browser tests.

use crate::sel;
use crate::{Browser, Harness};

/// Opens a product page (deep link), fills the form and adds it; waits for the cart to show `name`.
pub async fn add_product(
    b: &Browser,
    h: &Harness,
    spec: &str,
    service: &str,
    name: &str,
    extra: &[(&str, &str)],
) {
    b.goto(&h.app_url(&format!("/products/{spec}?service={service}")))
        .await;
    b.find(sel::ADD_FORM).await;
    b.fill("#add-name", name).await;
    for (css, value) in extra {
        b.choose(css, value).await;
    }
    b.click(sel::ADD_TO_ORDER).await;
    b.wait_path("/order/items").await;
    b.wait_text(sel::CART, name).await.unwrap();
}

/// In the cart's email tools: adds the domain alias `name` and waits until the cart lists it.
pub async fn add_alias(b: &Browser, name: &str) {
    b.fill("[data-testid=email-tools] input[id^=alias-]", name)
        .await;
    b.click(sel::ALIAS_ADD).await;
    b.wait_text(sel::CART, name).await.unwrap();
}

/// In the cart's email tools: adds a forwarder of mailbox `from` to the address `to` (without waiting).
pub async fn add_forwarder(b: &Browser, from: &str, to: &str) {
    b.fill("[data-testid=email-tools] input[id^=fw-from-]", from)
        .await;
    b.fill("[data-testid=email-tools] input[id^=fw-to-]", to)
        .await;
    b.click(sel::FORWARD_ADD).await;
}

/// A widget's first stage (`scope` as in [`fill_account_in`]): presses "Order now" and waits for the
/// ordering flow's product form, which stands in its place.
pub async fn start_widget_order(b: &Browser, scope: &str) {
    b.click(&format!("{scope}[data-testid=widget-start]")).await;
    b.find(&format!("{scope}[data-testid=add-form]")).await;
}

pub async fn fill_contact(b: &Browser) {
    fill_contact_in(b, "").await;
}

/// The account step: a new user name and password. `scope` prefixes every selector (`""` for the page,
/// `"#host >>> "` inside a widget).
pub async fn fill_account_in(b: &Browser, scope: &str) {
    b.click(&format!("{scope}[data-testid=step-account]")).await;
    b.fill(&format!("{scope}#account-userName"), "shop.owner")
        .await;
    b.fill(&format!("{scope}#account-password"), "secret123")
        .await;
    b.click(&format!("{scope}[data-testid=save-account]")).await;
    // Saved, the next step opens.
    b.find(&format!("{scope}[data-testid=contact-form]")).await;
}

/// A valid regular contact: field (after `contact-`) and value.
pub const CONTACT: [(&str, &str); 7] = [
    ("firstName", "Ana"),
    ("lastName", "Lopez"),
    ("street1", "1 Main St"),
    ("city", "Chicago"),
    ("postalCode", "60601"),
    ("email1", "ana@example.com"),
    ("phone1", "+1 312 555 1234"),
];

/// Opens the contacts step and types [`CONTACT`] without saving.
pub async fn type_contact_in(b: &Browser, scope: &str) {
    b.click(&format!("{scope}[data-testid=step-contacts]"))
        .await;
    for (id, v) in CONTACT {
        b.fill(&format!("{scope}#contact-{id}"), v).await;
    }
}

pub async fn fill_contact_in(b: &Browser, scope: &str) {
    type_contact_in(b, scope).await;
    b.click(&format!("{scope}[data-testid=save-contact]")).await;
    b.find(&format!("{scope}[data-testid=payment-form]")).await;
}

/// A valid test card and billing address: field (after `payment-`) and value.
pub const PAYMENT: [(&str, &str); 6] = [
    ("number", "4111111111111111"),
    ("holder", "Ana Lopez"),
    ("expiry", "08/31"),
    ("cvv", "123"),
    ("street", "1 Main St"),
    ("city", "Chicago"),
];

/// Opens the payment step and types [`PAYMENT`] without saving.
pub async fn type_payment_in(b: &Browser, scope: &str) {
    b.click(&format!("{scope}[data-testid=step-payment]")).await;
    for (id, v) in PAYMENT {
        b.fill(&format!("{scope}#payment-{id}"), v).await;
    }
}

/// The payment step: a test card.
pub async fn fill_payment_in(b: &Browser, scope: &str) {
    type_payment_in(b, scope).await;
    b.click(&format!("{scope}[data-testid=save-payment]")).await;
    // Saved, the review opens with the card on its row (its last digits and expiry, in any language).
    b.wait_text(&format!("{scope}#review-payment"), "1111")
        .await
        .unwrap();
    b.wait_text(&format!("{scope}#review-payment"), "08/2031")
        .await
        .unwrap();
}

/// What an order needs besides its products, on the page: the account, the contact and the card.
pub async fn fill_checkout(b: &Browser) {
    fill_account_in(b, "").await;
    fill_contact_in(b, "").await;
    fill_payment_in(b, "").await;
}

/// Review → submit → the status shows `final_status` (`Completed` or `Failed`), in the page or inside a
/// widget (`scope` as in [`fill_account_in`]).
pub async fn submit_until_in(b: &Browser, scope: &str, final_status: &str) {
    b.click(&format!("{scope}{}", sel::STEP_REVIEW)).await;
    b.find(&format!("{scope}{}", sel::QUOTE_TOTAL)).await;
    b.click(&format!("{scope}{}", sel::SUBMIT)).await;
    if scope.is_empty() {
        b.wait_path("/orders/").await;
    }
    b.wait_attr(
        &format!("{scope}{}", sel::STATUS_TIMELINE),
        "data-status",
        final_status,
    )
    .await
    .unwrap();
}

/// [`submit_until_in`] on the page.
pub async fn submit_until(b: &Browser, final_status: &str) {
    submit_until_in(b, "", final_status).await;
}

/// Signs an agent in on the portal's page with `credentials` (`user:password`), without waiting.
pub async fn agent_sign_in(b: &Browser, h: &Harness, credentials: &str) {
    let (user, password) = credentials.split_once(':').unwrap();
    b.goto(&h.app_url("/agent")).await;
    b.fill("#agent-user", user).await;
    b.fill("#agent-password", password).await;
    b.click(sel::AGENT_SUBMIT).await;
}
