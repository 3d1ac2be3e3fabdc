//! Script-like text in the catalog search and in contact fields saved to the API is kept exactly as typed
//! and shown as text: nothing it describes appears in the DOM and nothing runs.

use std::time::Duration;

use hostway_e2e::flows::add_product;
use hostway_e2e::sel;
use hostway_e2e::{Browser, Harness};

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
        b.find(sel::CATALOG_ITEM).await;
        b.fill(sel::CATALOG_SEARCH, payload).await;
        b.wait_text(sel::CATALOG_COUNT, "0 product").await.unwrap();
        assert_eq!(b.value(sel::CATALOG_SEARCH).await, *payload);
        b.reload().await;
        b.find(sel::CATALOG_COUNT).await;
        assert_eq!(
            b.value(sel::CATALOG_SEARCH).await,
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
        b.click(sel::STEP_CONTACTS).await;
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
        b.click(sel::SAVE_CONTACT).await;
        b.find(sel::PAYMENT_FORM).await;
        b.click(sel::STEP_CONTACTS).await;
        b.find("#contact-company").await;
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
