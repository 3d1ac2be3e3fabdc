//! Steps a customer takes, shared by the browser tests.

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
    b.find("[data-testid=add-form]").await;
    b.fill("#add-name", name).await;
    for (css, value) in extra {
        b.choose(css, value).await;
    }
    b.click("[data-testid=add-to-order]").await;
    b.wait_path("/order/items").await;
    b.wait_text("[data-testid=cart]", name).await.unwrap();
}

pub async fn fill_contact(b: &Browser) {
    b.click("[data-testid=step-contacts]").await;
    for (id, v) in [
        ("firstName", "Ana"),
        ("lastName", "Lopez"),
        ("street1", "1 Main St"),
        ("city", "Chicago"),
        ("postalCode", "60601"),
        ("email1", "ana@example.com"),
        ("phone1", "+1 312 555 1234"),
    ] {
        b.fill(&format!("#contact-{id}"), v).await;
    }
    b.click("[data-testid=save-contact]").await;
    b.find("[data-testid=contact-saved]").await;
}

/// Review → submit → the status page shows `final_status` (`Completed` or `Failed`).
pub async fn submit_until(b: &Browser, final_status: &str) {
    b.click("[data-testid=step-review]").await;
    b.find("[data-testid=quote-total]").await;
    b.click("[data-testid=submit]").await;
    b.wait_path("/orders/").await;
    b.wait_attr("[data-testid=status-timeline]", "data-status", final_status)
        .await
        .unwrap();
}
