//! Bad input, table-driven: every field rule the customer meets is rejected at its field, in words,
//! before any request leaves the browser; and script-like text is kept and shown as text, never run.

use std::time::Duration;

use hostway_e2e::flows::{add_product, fill_account_in};
use hostway_e2e::{Browser, Harness};

/// (field, bad value, words of the rule shown at the field)
type Case = (&'static str, &'static str, &'static str);

const DOMAIN: &[Case] = &[
    ("add-name", "", "Required."),
    ("add-name", "www.my-shop.com", "bare domain"),
    ("add-name", "https://my-shop.com/", "bare domain"),
    ("add-name", "my_shop!.com", "letters, digits and hyphens"),
];

const ACCOUNT: &[Case] = &[
    ("account-userName", "", "Required."),
    (
        "account-userName",
        "ana lopez",
        "Use only letters, digits and . - _ @",
    ),
    ("account-password", "short1", "Use 8 to 50 characters."),
    (
        "account-password",
        "lettersonly",
        "at least one letter and one digit",
    ),
    ("account-password", "pass<word1", "Do not use"),
];

const CONTACT: &[Case] = &[
    ("contact-firstName", "", "Required."),
    (
        "contact-firstName",
        "Ana<b>",
        "Use only letters, digits, spaces and - . '",
    ),
    (
        "contact-email1",
        "ana.example.com",
        "email address like name@example.com",
    ),
    ("contact-phone1", "call me", "no letters"),
    ("contact-postalCode", "", "Required."),
];

const PAYMENT: &[Case] = &[
    // Spaces are accepted (they are removed); letters are not.
    ("payment-number", "4111-1111-abcd-1111", "digits only"),
    ("payment-number", "4111", "12 to 19 digits"),
    ("payment-number", "4111111111111112", "not valid"),
    ("payment-expiry", "08/31", "YYYY-MM"),
    ("payment-expiry", "2020-01", "expired"),
    ("payment-cvv", "12", "3 or 4 digits"),
];

/// Requests the page has sent to the API so far.
async fn api_requests(b: &Browser, h: &Harness) -> u64 {
    b.eval(&format!(
        "return performance.getEntriesByType('resource').filter((e) => e.name.startsWith('{}')).length",
        h.sandbox.url()
    ))
    .await
    .as_u64()
    .unwrap_or(0)
}

/// Fills every valid value, then each case's bad value in turn: the form's button must show the rule at
/// the field (marked invalid, listed in the summary) and send nothing.
async fn reject_all(
    b: &Browser,
    h: &Harness,
    valid: &[(&str, &str)],
    cases: &[Case],
    button: &str,
) {
    for (field, bad, rule) in cases {
        for (id, v) in valid {
            b.fill(&format!("#{id}"), v).await;
        }
        b.fill(&format!("#{field}"), bad).await;
        let before = api_requests(b, h).await;
        b.click(button).await;
        let shown = b
            .wait_text(&format!("#{field}-error"), rule)
            .await
            .unwrap_or_else(|e| panic!("{field} = {bad:?}: {e}"));
        assert_eq!(
            b.attr(&format!("#{field}"), "aria-invalid")
                .await
                .as_deref(),
            Some("true"),
            "{field} = {bad:?}"
        );
        b.wait_text("[data-testid=error-summary]", rule)
            .await
            .unwrap_or_else(|e| panic!("{field} = {bad:?} in the summary: {e} ({shown})"));
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(
            api_requests(b, h).await,
            before,
            "{field} = {bad:?} sent a request"
        );
    }
}

#[tokio::test]
async fn every_field_rule_is_enforced_at_its_field_before_any_request() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.goto(&h.app_url("/products/core.plan.dnr.only")).await;
    b.find("[data-testid=add-form]").await;
    reject_all(&b, &h, &[], DOMAIN, "[data-testid=add-to-order]").await;
    assert!(
        h.sandbox.state.store.all().unwrap().is_empty(),
        "no order was created by rejected input"
    );

    add_product(
        &b,
        &h,
        "core.plan.dnr.only",
        "core.dnr.com",
        "rules-shop.com",
        &[],
    )
    .await;
    b.click("[data-testid=step-account]").await;
    reject_all(
        &b,
        &h,
        &[
            ("account-userName", "shop.owner"),
            ("account-password", "secret123"),
        ],
        ACCOUNT,
        "[data-testid=save-account]",
    )
    .await;
    fill_account_in(&b, "").await;

    b.click("[data-testid=step-contacts]").await;
    reject_all(
        &b,
        &h,
        &[
            ("contact-firstName", "Ana"),
            ("contact-lastName", "Lopez"),
            ("contact-street1", "1 Main St"),
            ("contact-city", "Chicago"),
            ("contact-postalCode", "60601"),
            ("contact-email1", "ana@example.com"),
            ("contact-phone1", "+1 312 555 1234"),
        ],
        CONTACT,
        "[data-testid=save-contact]",
    )
    .await;

    b.click("[data-testid=step-payment]").await;
    reject_all(
        &b,
        &h,
        &[
            ("payment-number", "4111111111111111"),
            ("payment-holder", "Ana Lopez"),
            ("payment-expiry", "2031-08"),
            ("payment-cvv", "123"),
            ("payment-street", "1 Main St"),
            ("payment-city", "Chicago"),
        ],
        PAYMENT,
        "[data-testid=save-payment]",
    )
    .await;
    b.close().await;
    h.stop().await;
}

const XSS: &[&str] = &[
    "<script>window.__xss=1</script>",
    "<img src=x onerror=\"window.__xss=1\">",
    "\"><svg onload=window.__xss=1>",
    "'><iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
    "javascript:window.__xss=1",
    "<a href=\"javascript:window.__xss=1\">click</a>",
    "{{constructor.constructor('window.__xss=1')()}}",
    "</textarea><style>*{display:none}</style>",
    "<details open ontoggle=window.__xss=1>",
    "&lt;b&gt;entity&lt;/b&gt; & <b>bold</b>",
];

/// Nothing the payloads describe exists in the page, and nothing ran.
async fn assert_inert(b: &Browser, context: &str) {
    let found = b
        .eval(
            "return [window.__xss === undefined, \
             document.querySelectorAll('img[src=x], svg[onload], iframe, details[ontoggle], script:not([src]), style:not([data-trunk]), a[href^=javascript], b').length]",
        )
        .await;
    assert_eq!(found, serde_json::json!([true, 0]), "{context}");
}

#[tokio::test]
async fn script_like_text_is_kept_and_shown_as_text() {
    let h = Harness::start().await;
    let b = h.browser().await;
    // The catalog search echoes its text (field and URL).
    for payload in XSS {
        b.goto(&h.app_url("/")).await;
        b.find("[data-testid=catalog-item]").await;
        b.fill("[data-testid=catalog-search]", payload).await;
        b.wait_text("[data-testid=catalog-count]", "0 product")
            .await
            .unwrap();
        assert_eq!(b.value("[data-testid=catalog-search]").await, *payload);
        b.reload().await;
        b.find("[data-testid=catalog-count]").await;
        assert_eq!(
            b.value("[data-testid=catalog-search]").await,
            *payload,
            "the search survives a reload through the URL"
        );
        assert_inert(&b, &format!("catalog search {payload:?}")).await;
    }

    // Free-text contact fields are saved to the API and come back as they were typed.
    add_product(
        &b,
        &h,
        "core.plan.dnr.only",
        "core.dnr.com",
        "xss-shop.com",
        &[],
    )
    .await;
    for payload in XSS {
        b.click("[data-testid=step-contacts]").await;
        for (id, v) in [
            ("firstName", "Ana"),
            ("lastName", "Lopez"),
            ("company", payload),
            ("street1", payload),
            ("city", "Chicago"),
            ("postalCode", "60601"),
            ("email1", "ana@example.com"),
            ("phone1", "+1 312 555 1234"),
        ] {
            b.fill(&format!("#contact-{id}"), v).await;
        }
        b.click("[data-testid=save-contact]").await;
        b.find("[data-testid=contact-saved]").await;
        b.reload().await;
        b.find("#contact-company").await;
        for _ in 0..100 {
            if b.value("#contact-street1").await == *payload {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert_eq!(b.value("#contact-company").await, *payload);
        assert_eq!(b.value("#contact-street1").await, *payload);
        assert_inert(&b, &format!("contact {payload:?}")).await;
    }
    b.close().await;
    h.stop().await;
}
