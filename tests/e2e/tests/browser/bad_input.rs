//! Bad input, table-driven: every field rule the customer or agent meets is rejected at its field, in
//! words, before any request leaves the browser.

use std::time::Duration;

use hostway_e2e::flows::{add_product, fill_account_in};
use hostway_e2e::{Browser, Harness};

#[path = "bad_input/cases.rs"]
mod cases;
use cases::*;
use hostway_e2e::sel;

/// The requests the page has started to the API (a wrapper around `fetch`: up to date at once, so "no
/// new request" needs no wait).
async fn api_requests(b: &Browser, h: &Harness) -> u64 {
    b.requests(&h.sandbox.url()).await.started
}

/// Fills every valid value, then each case's bad value in turn: the form's button must show the rule at
/// the field (marked invalid, listed in the summary) and send nothing.
async fn reject_all(
    b: &Browser,
    h: &Harness,
    valid: &[(&str, &str)],
    cases: &[(&str, &str, &str)],
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
        // The summary of the form that was sent (a page may have several forms, each with its own)
        // lists it under the field's name: "Password: Use 8 to 50 characters…".
        let in_a_summary = format!(
            "const name = document.querySelector('label[for={field}]').textContent.replace('(optional)', '').trim(); \
             return [...document.querySelectorAll('[data-testid=error-summary] a[href=\"#{field}\"]')] \
               .some((a) => a.textContent.startsWith(name + ': ') && a.textContent.includes({}))",
            serde_json::to_string(rule).unwrap()
        );
        let summaries = "return [...document.querySelectorAll('[data-testid=error-summary]')] \
             .map((s) => s.innerText).join(' | ')";
        b.wait_until(Duration::from_secs(5), async || {
            if b.eval(&in_a_summary).await == serde_json::Value::Bool(true) {
                return Ok(());
            }
            let seen = b.eval(summaries).await;
            Err(format!(
                "{field} = {bad:?} ({shown}) is not in an error summary named: {seen}"
            ))
        })
        .await
        .unwrap_or_else(|e| panic!("{e}"));
        // The summary is the sign the button's work is done: a request it sent would have started.
        assert_eq!(
            api_requests(b, h).await,
            before,
            "{field} = {bad:?} sent a request"
        );
    }
}

#[tokio::test]
async fn the_agent_forms_rules_are_enforced_before_any_request() {
    let h = Harness::start().await;
    let b = h.browser().await;
    let (user, password) = hostway_sandbox::config::DEMO_AGENT.split_once(':').unwrap();
    b.goto(&h.app_url("/agent")).await;
    b.fill("#agent-user", user).await;
    b.fill("#agent-password", password).await;
    b.click(sel::AGENT_SUBMIT).await;
    b.fill("#agent-find", "acct999999").await;
    b.click(sel::AGENT_FIND).await;
    b.wait_text(sel::AGENT_ACCOUNT_NUMBER, "acct999999")
        .await
        .unwrap();
    reject_all(&b, &h, &[], CLIENT_IP, sel::ON_BEHALF_START).await;
    reject_all(
        &b,
        &h,
        &[
            ("mb-myexchangedomain-com-user", "a.a"),
            ("mb-myexchangedomain-com-password", "tester1234"),
            ("mb-myexchangedomain-com-limit", "50"),
        ],
        MAILBOX,
        "[data-testid='mailbox-form-myexchangedomain.com'] [data-testid=mailbox-order]",
    )
    .await;
    let form = "[data-testid='mailbox-form-myexchangedomain.com']";
    b.click(&format!("{form} summary")).await;
    reject_all(
        &b,
        &h,
        &[
            ("mb-myexchangedomain-com-user", "a.a"),
            ("mb-myexchangedomain-com-password", "tester1234"),
            ("mb-myexchangedomain-com-limit", "50"),
            ("mb-myexchangedomain-com-country", "US"),
            ("mb-myexchangedomain-com-phone", "+1 312 555 1234"),
            ("mb-myexchangedomain-com-home", ""),
            ("mb-myexchangedomain-com-fax", ""),
            ("mb-myexchangedomain-com-mobile", ""),
        ],
        MAILBOX_DETAILS,
        &format!("{form} [data-testid=mailbox-order]"),
    )
    .await;
    // A rule broken inside the folded details opens them, so its field and error can be seen.
    b.fill("#mb-myexchangedomain-com-mobile", "").await;
    b.fill("#mb-myexchangedomain-com-phone", "call me").await;
    b.click(&format!("{form} summary")).await;
    assert_eq!(
        b.eval(&format!(
            "return document.querySelector(\"{form} details\").open"
        ))
        .await,
        serde_json::Value::Bool(false)
    );
    b.click(&format!("{form} [data-testid=mailbox-order]"))
        .await;
    b.wait_text("#mb-myexchangedomain-com-phone-error", "no letters")
        .await
        .unwrap();
    assert!(
        b.find("#mb-myexchangedomain-com-phone")
            .await
            .is_displayed()
            .await
            .unwrap(),
        "the folded field with the error is shown"
    );
    assert!(h.sandbox.state.store.all().unwrap().is_empty());
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn every_field_rule_is_enforced_at_its_field_before_any_request() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.goto(&h.app_url("/products/core.plan.dnr.only")).await;
    b.find(sel::ADD_FORM).await;
    reject_all(&b, &h, &[], DOMAIN, sel::ADD_TO_ORDER).await;
    assert!(
        h.sandbox.state.store.all().unwrap().is_empty(),
        "no order was created by rejected input"
    );
    reject_all(
        &b,
        &h,
        &[("add-name", "rules-shop.com")],
        DOMAIN_OPTIONS,
        sel::ADD_TO_ORDER,
    )
    .await;
    // The draft keeps what was typed, bad or not: empty the field before going on.
    b.fill("#add-nameservers", "").await;
    b.goto(&h.app_url("/products/core.plan.dnr.only?service=core.dnr.us"))
        .await;
    b.find("#add-us-nexus").await;
    reject_all(
        &b,
        &h,
        &[
            ("add-name", "my-shop.us"),
            ("add-us-nexus", "C11"),
            ("add-us-purpose", "P1"),
        ],
        US_DOMAIN,
        sel::ADD_TO_ORDER,
    )
    .await;
    assert!(h.sandbox.state.store.all().unwrap().is_empty());
    // A name inside the sentence keeps its capital.
    b.goto(&h.app_url("/products/core.plan.email.exchange2010?service=core.exchange.domain"))
        .await;
    b.find(sel::ADD_FORM).await;
    reject_all(&b, &h, &[], EXCHANGE, sel::ADD_TO_ORDER).await;
    assert!(h.sandbox.state.store.all().unwrap().is_empty());

    add_product(
        &b,
        &h,
        "core.plan.dnr.only",
        "core.dnr.com",
        "rules-shop.com",
        &[],
    )
    .await;
    // The count sees the app's own requests (the account step reads the order), so the "no new
    // request" of every case means something.
    let before = api_requests(&b, &h).await;
    b.click(sel::STEP_ACCOUNT).await;
    b.find("#account-userName").await;
    assert!(
        api_requests(&b, &h).await > before,
        "the request count sees the app's reads"
    );
    reject_all(
        &b,
        &h,
        &[
            ("account-userName", "shop.owner"),
            ("account-password", "secret123"),
        ],
        ACCOUNT,
        sel::SAVE_ACCOUNT,
    )
    .await;
    fill_account_in(&b, "").await;

    b.click(sel::STEP_CONTACTS).await;
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
            ("contact-countryCode", "US"),
            ("contact-company", ""),
        ],
        CONTACT,
        sel::SAVE_CONTACT,
    )
    .await;

    b.click(sel::STEP_PAYMENT).await;
    reject_all(
        &b,
        &h,
        &[
            ("payment-number", "4111111111111111"),
            ("payment-holder", "Ana Lopez"),
            ("payment-expiry", "08/31"),
            ("payment-cvv", "123"),
            ("payment-street", "1 Main St"),
            ("payment-city", "Chicago"),
            ("payment-country", "US"),
        ],
        PAYMENT,
        sel::SAVE_PAYMENT,
    )
    .await;

    // An email domain's alias and forwarder forms (their ids carry the product and service ids).
    add_product(
        &b,
        &h,
        "core.plan.email.business",
        "core.email.domain",
        "rules-mail.com",
        &[],
    )
    .await;
    let id_of = |prefix: &'static str| {
        let b = &b;
        async move {
            b.attr(
                &format!("[data-testid=email-tools] input[id^={prefix}]"),
                "id",
            )
            .await
            .unwrap()
        }
    };
    let (alias, from, to) = (
        id_of("alias-").await,
        id_of("fw-from-").await,
        id_of("fw-to-").await,
    );
    reject_all(
        &b,
        &h,
        &[],
        &[
            (alias.as_str(), "", "Please fill this in."),
            (alias.as_str(), "www.rules-mail.net", "bare domain"),
            (
                alias.as_str(),
                "rules-mail.com",
                "Cannot create domain alias to the same domain name.",
            ),
        ],
        sel::ALIAS_ADD,
    )
    .await;
    reject_all(
        &b,
        &h,
        &[(from.as_str(), "info"), (to.as_str(), "info@elsewhere.net")],
        &[
            (from.as_str(), "", "Please fill this in."),
            (to.as_str(), "", "Please fill this in."),
            (
                to.as_str(),
                "info.elsewhere.net",
                "email address like name@example.com",
            ),
        ],
        sel::FORWARD_ADD,
    )
    .await;
    b.close().await;
    h.stop().await;
}
