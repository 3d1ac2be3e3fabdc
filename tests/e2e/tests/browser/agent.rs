//! The sales agent portal in headless Chromium: sign-in, orders on behalf with `clientIp`, the Exchange
//! and domain shortcuts, the documented 401/403 in plain words, and credentials kept out of storage.

use hostway_e2e::flows::agent_sign_in as sign_in;
use hostway_e2e::sel;
use hostway_e2e::{Browser, Harness};
use hostway_sandbox::config::{DEMO_AGENT, DEMO_LIMITED_AGENT};
use hostway_sandbox::model::status;

/// The account an on-behalf order is for, on each of its pages.
const BANNER: &str = "[data-testid=on-behalf-account]";

async fn open_account(b: &Browser, query: &str, number: &str) {
    b.find(sel::AGENT_SIGNED_IN).await;
    b.fill("#agent-find", query).await;
    b.click(sel::AGENT_FIND).await;
    b.wait_text(sel::AGENT_ACCOUNT_NUMBER, number)
        .await
        .unwrap();
}

/// No credential in any browser storage, and no request to any origin but the app's and the API's.
async fn assert_credentials_stay_put(b: &Browser, h: &Harness) {
    let password = DEMO_AGENT.split_once(':').unwrap().1;
    let stored = b.eval("return JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie").await;
    let stored = stored.as_str().unwrap();
    assert!(
        !stored.contains(password) && !stored.contains("Basic "),
        "{stored}"
    );
    let origins = b
        .eval("return performance.getEntriesByType('resource').map(e => new URL(e.name).origin)")
        .await;
    let allowed = [h.app_url(""), h.sandbox.url()];
    for origin in origins.as_array().unwrap() {
        assert!(
            allowed.contains(&origin.as_str().unwrap().to_string()),
            "request to {origin}"
        );
    }
}

#[tokio::test]
async fn order_on_behalf_with_client_ip_to_completed() {
    let h = Harness::start().await;
    let b = h.browser().await;
    sign_in(&b, &h, DEMO_AGENT).await;
    open_account(&b, "P-1001", "acct999999").await;
    b.wait_text("[data-testid=agent-account-status]", "active")
        .await
        .unwrap();
    // The status and the account's age in words (the API says "open" and "2014-03-01").
    b.wait_text(
        "p:has(> [data-testid=agent-account-status])",
        "since March 1, 2014",
    )
    .await
    .unwrap();
    b.fill("#agent-clientIp", "203.0.113.7").await;
    b.click(sel::ON_BEHALF_START).await;
    // The same catalog and builder as customers use, without leaving the page (the agent lives in memory),
    // each page naming the account with the way back to it and the sign-out.
    let for_whom = "acct999999 (John Smith)";
    b.wait_text(BANNER, for_whom).await.unwrap();
    b.find("[data-testid=on-behalf-sign-out]").await;
    b.screens("agent-on-behalf-catalog").await;
    b.fill(sel::CATALOG_SEARCH, "registration").await;
    b.wait_text(sel::CATALOG_COUNT, "1 product").await.unwrap();
    b.click(sel::CHOOSE_PRODUCT).await;
    b.fill("#add-name", "on-behalf.com").await;
    b.wait_text(BANNER, for_whom).await.unwrap();
    b.click(sel::ADD_TO_ORDER).await;
    b.wait_text(sel::CART, "on-behalf.com").await.unwrap();
    b.wait_text(BANNER, for_whom).await.unwrap();
    // A reload forgets the agent, not the order (the page is then the customer's): signed in again
    // in the portal, the order's own account names it.
    b.reload().await;
    b.wait_text(sel::CART, "on-behalf.com").await.unwrap();
    b.click(sel::NAV_AGENT).await;
    sign_in(&b, &h, DEMO_AGENT).await;
    b.click(sel::NAV_ORDER).await;
    b.wait_text(sel::CART, "on-behalf.com").await.unwrap();
    b.wait_text(BANNER, for_whom).await.unwrap();
    b.click(sel::STEP_ACCOUNT).await;
    b.wait_text("[data-testid=existing-account]", "acct999999")
        .await
        .unwrap();
    // What the account holds is said and ticked, not asked again.
    for (step, words) in [
        (sel::STEP_CONTACTS, "whose contacts are on file"),
        (sel::STEP_PAYMENT, "payment details on file"),
    ] {
        b.click(step).await;
        b.wait_text("[data-testid=on-file]", words).await.unwrap();
        b.wait_text(BANNER, for_whom).await.unwrap();
        assert_eq!(b.count("#contact-firstName, #payment-number").await, 0);
        b.wait_text(step, "(done)").await.unwrap();
    }
    b.screens("agent-on-behalf-step").await;
    b.click("[data-testid=on-file] [data-testid=continue]")
        .await;
    b.find(sel::QUOTE_TOTAL).await;
    b.wait_text(BANNER, for_whom).await.unwrap();
    b.click(sel::SUBMIT).await;
    b.wait_path("/orders/").await;
    b.wait_text(
        "[data-testid=on-behalf]",
        "Ordered for acct999999 (John Smith)",
    )
    .await
    .unwrap();
    b.wait_text(
        "[data-testid=status-agent]",
        "qwe@partner_api_developer_us_main",
    )
    .await
    .unwrap();
    b.wait_attr(sel::STATUS_TIMELINE, "data-status", "Completed")
        .await
        .unwrap();
    let orders = h.sandbox.state.store.all().unwrap();
    assert_eq!(orders.len(), 1);
    let o = &orders[0];
    assert_eq!(o.client_ip.as_deref(), Some("203.0.113.7"));
    assert_eq!(
        o.agent.as_deref(),
        Some("qwe@partner_api_developer_us_main")
    );
    assert_eq!(
        o.account.as_ref().unwrap().number.as_deref(),
        Some("acct999999")
    );
    assert_eq!(o.status, status::COMPLETED);
    // Back to the account: the order is listed there, and what it provisioned is the account's.
    b.click("[data-testid=on-behalf-back]").await;
    b.wait_text(sel::AGENT_ACCOUNT_NUMBER, "acct999999")
        .await
        .unwrap();
    b.wait_text(sel::PLACED, &o.id).await.unwrap();
    b.wait_text(sel::PLACED, "on-behalf.com").await.unwrap();
    b.wait_text(sel::PLACED_STATUS, "Completed").await.unwrap();
    b.wait_text(
        sel::AGENT_PRODUCTS,
        "on-behalf.com — Domain registration (.com)",
    )
    .await
    .unwrap();
    b.click(sel::NAV_AGENT).await;
    b.wait_text(sel::PLACED, &o.id).await.unwrap();
    b.wait_text(sel::PLACED_STATUS, "Completed").await.unwrap();
    assert_credentials_stay_put(&b, &h).await;
    // A reload forgets the agent: credentials live in this tab's memory only.
    b.reload().await;
    b.find(sel::AGENT_SIGN_IN).await;
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn client_ip_without_the_permission_is_explained() {
    let h = Harness::start().await;
    let b = h.browser().await;
    sign_in(&b, &h, DEMO_LIMITED_AGENT).await;
    open_account(&b, "acct100001", "acct100001").await;
    b.fill("#agent-clientIp", "203.0.113.7").await;
    b.click(sel::ON_BEHALF_START).await;
    b.wait_text(
        sel::ERROR_SUMMARY,
        "User cannot specify the client IP address",
    )
    .await
    .unwrap();
    assert!(h.sandbox.state.store.all().unwrap().is_empty());
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn exchange_mailboxes_paid_and_free_and_a_domain_shortcut() {
    let h = Harness::start().await;
    let b = h.browser().await;
    sign_in(&b, &h, DEMO_AGENT).await;
    open_account(&b, "acct999999", "acct999999").await;
    // Paid: the quote's [amount, currency] totals, then submit with its hash.
    b.fill("#mb-myexchangedomain-com-user", "a.a").await;
    b.fill("#mb-myexchangedomain-com-password", "tester1234")
        .await;
    b.click("[data-testid='mailbox-form-myexchangedomain.com'] details summary")
        .await;
    b.fill("#mb-myexchangedomain-com-mobile", "call me").await;
    b.click("[data-testid='mailbox-form-myexchangedomain.com'] [data-testid=mailbox-order]")
        .await;
    b.wait_text(sel::ERROR_SUMMARY, "no letters").await.unwrap();
    assert!(
        h.sandbox.state.store.all().unwrap().is_empty(),
        "rejected at the field, before any request"
    );
    // The seed's own values.
    b.fill("#mb-myexchangedomain-com-mobile", "555-555-5504")
        .await;
    b.fill("#mb-myexchangedomain-com-company", "My Company")
        .await;
    b.fill("#mb-myexchangedomain-com-city", "Chicago").await;
    b.fill("#mb-myexchangedomain-com-forward", "asdasd").await;
    let form = "[data-testid='mailbox-form-myexchangedomain.com'] [data-testid=mailbox-order]";
    b.click(form).await;
    b.wait_text(sel::MAILBOX_TOTAL, "$5.18").await.unwrap();
    let stored = h.sandbox.state.store.all().unwrap();
    let mailbox = &stored[0].account.as_ref().unwrap().products[0].services[0];
    assert_eq!(mailbox.name, "a.a");
    assert_eq!(mailbox.attributes["phones"]["mobile"], "555-555-5504");
    assert_eq!(mailbox.attributes["name"]["company"], "My Company");
    assert_eq!(mailbox.attributes["forwardTo"], "asdasd");
    b.click(sel::MAILBOX_SUBMIT).await;
    b.wait_path("/orders/").await;
    b.wait_attr(sel::STATUS_TIMELINE, "data-status", "Completed")
        .await
        .unwrap();
    // Free: already submitted, straight to its status.
    b.click(sel::NAV_AGENT).await;
    open_account(&b, "acct999999", "acct999999").await;
    b.fill("#mb-included-exchange-com-user", "b.b").await;
    b.fill("#mb-included-exchange-com-password", "Secret123")
        .await;
    b.click("[data-testid='mailbox-form-included-exchange.com'] [data-testid=mailbox-order]")
        .await;
    b.wait_path("/orders/").await;
    b.wait_attr(sel::STATUS_TIMELINE, "data-status", "Completed")
        .await
        .unwrap();
    // Domain registration.
    b.click(sel::NAV_AGENT).await;
    open_account(&b, "acct999999", "acct999999").await;
    b.fill("#agent-domain", "agent-shortcut.com").await;
    b.click("[data-testid=domain-order]").await;
    b.wait_text(
        "[data-testid=domain-quote] [data-testid=quote-total]",
        "12.99",
    )
    .await
    .unwrap();
    b.click("[data-testid=domain-submit]").await;
    b.wait_path("/orders/").await;
    b.wait_attr(sel::STATUS_TIMELINE, "data-status", "Completed")
        .await
        .unwrap();
    b.click(sel::NAV_AGENT).await;
    assert_eq!(b.count("[data-testid=placed-order]").await, 3);
    let orders = h.sandbox.state.store.all().unwrap();
    assert_eq!(orders.len(), 3);
    assert!(orders.iter().all(|o| o.status == status::COMPLETED
        && o.agent.as_deref() == Some("qwe@partner_api_developer_us_main")));
    assert_credentials_stay_put(&b, &h).await;
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn an_unassociated_order_is_a_plain_403() {
    let h = Harness::start().await;
    // A customer's order, in another browser.
    let customer = h.browser().await;
    customer
        .goto(&h.app_url("/products/core.plan.dnr.only?name=someone-else.com"))
        .await;
    customer.click(sel::ADD_TO_ORDER).await;
    customer
        .wait_text(sel::CART, "someone-else.com")
        .await
        .unwrap();
    let id = h.sandbox.state.store.all().unwrap()[0].id.clone();
    customer.close().await;

    let b = h.browser().await;
    sign_in(&b, &h, DEMO_AGENT).await;
    b.find(sel::AGENT_SIGNED_IN).await;
    b.eval(&format!(
        "history.pushState({{}}, '', '/orders/{id}'); dispatchEvent(new PopStateEvent('popstate'))"
    ))
    .await;
    b.wait_text("[data-testid=status-error]", "not associated with you")
        .await
        .unwrap();
    b.close().await;
    h.stop().await;
}

/// The SiteBuilder shortcut on a web domain of a demo account: offered where the API accepts it, said
/// where it runs already or the domain is disabled; the price from the order's quote, submit, live status.
/// The orders placed in this tab outlive a reload (credentials do not): after signing in again the agent
/// finds the order with its status. A second order on the same domain is the documented 409, in words.
#[tokio::test]
async fn sitebuilder_on_a_web_domain_and_placed_orders_outlive_a_reload() {
    let h = Harness::start().await;
    let b = h.browser().await;
    sign_in(&b, &h, DEMO_AGENT).await;
    open_account(&b, "acct100001", "acct100001").await;
    let row = |domain: &str| format!("[data-testid='sitebuilder-{domain}']");
    b.wait_text(&row("lopez-events.com"), "already on this domain")
        .await
        .unwrap();
    b.wait_text(&row("old-lopez.com"), "disabled")
        .await
        .unwrap();
    for unavailable in ["lopez-events.com", "old-lopez.com"] {
        let button = format!("{} [data-testid=sitebuilder-order]", row(unavailable));
        assert_eq!(b.count(&button).await, 0, "{unavailable} is not offered");
    }
    b.click(&format!(
        "{} [data-testid=sitebuilder-order]",
        row("lopez-bakery.com")
    ))
    .await;
    let quote = b
        .wait_text(
            &format!(
                "{} [data-testid=sitebuilder-quote]",
                row("lopez-bakery.com")
            ),
            "$48.00",
        )
        .await
        .unwrap();
    b.screens("agent-sitebuilder-price").await;
    assert!(quote.contains("$48.00"), "{quote}");
    // Provisioning waits until the agent is back on the account's page.
    let provision_after = |ms: u64| {
        h.sandbox
            .state
            .faults
            .apply(&hostway_sandbox::faults::FaultSettings {
                provision_ms: Some(ms),
                ..Default::default()
            })
    };
    provision_after(600_000);
    b.click(&format!(
        "{} [data-testid=sitebuilder-submit]",
        row("lopez-bakery.com")
    ))
    .await;
    b.wait_path("/orders/").await;
    b.wait_text(
        "[data-testid=on-behalf]",
        "Ordered for acct100001 (Ana Lopez)",
    )
    .await
    .unwrap();
    b.click("[data-testid=on-behalf-back]").await;
    b.wait_text(sel::PLACED, "SiteBuilder on lopez-bakery.com")
        .await
        .unwrap();
    b.wait_text(sel::PLACED_STATUS, "Processing").await.unwrap();
    b.eval("window.stillThisPage = true; return null").await;
    // Provisioned while the agent looks: the account holds it now, and no longer offers it.
    provision_after(0);
    b.wait_text(&row("lopez-bakery.com"), "already on this domain")
        .await
        .unwrap();
    b.wait_text(
        sel::AGENT_PRODUCTS,
        "lopez-bakery.com — SiteBuilder, active",
    )
    .await
    .unwrap();
    b.wait_text(sel::PLACED_STATUS, "Completed").await.unwrap();
    let button = format!(
        "{} [data-testid=sitebuilder-order]",
        row("lopez-bakery.com")
    );
    assert_eq!(b.count(&button).await, 0);
    assert_eq!(
        b.eval("return window.stillThisPage === true").await,
        serde_json::json!(true),
        "no reload"
    );
    b.screens("agent-account-after-order").await;
    let orders = h.sandbox.state.store.all().unwrap();
    assert_eq!(orders.len(), 1, "{orders:?}");
    let order = &orders[0];
    assert_eq!(
        order.agent.as_deref(),
        DEMO_AGENT.split_once(':').map(|(u, _)| u)
    );
    let product = &order.account.as_ref().unwrap().products[0];
    assert_eq!(product.spec, "core.plan.sitebuilder");
    assert_eq!(product.services[0].name, "lopez-bakery.com");

    b.click(sel::NAV_AGENT).await;
    b.wait_text(sel::PLACED, "SiteBuilder on lopez-bakery.com")
        .await
        .unwrap();
    // A reload forgets the credentials, not the list; nothing secret was stored to keep it.
    b.reload().await;
    b.find(sel::AGENT_SIGN_IN).await;
    assert_credentials_stay_put(&b, &h).await;
    let kept = b
        .eval("return sessionStorage.getItem('hostway.agent.placed')")
        .await;
    assert!(
        kept.as_str().unwrap_or_default().contains(&order.id),
        "{kept}"
    );
    sign_in(&b, &h, DEMO_AGENT).await;
    b.find(sel::AGENT_SIGNED_IN).await;
    let placed = b
        .wait_text(sel::PLACED, "SiteBuilder on lopez-bakery.com")
        .await
        .unwrap();
    assert!(
        placed.contains("acct100001") && placed.contains(&order.id),
        "{placed}"
    );
    b.wait_text(sel::PLACED_STATUS, "Completed").await.unwrap();
    b.screens("agent-placed-after-reload").await;

    // Signed in again, the account still holds it (the sandbox keeps what was provisioned).
    b.fill("#agent-find", "acct100001").await;
    b.click(sel::AGENT_FIND).await;
    b.wait_text(&row("lopez-bakery.com"), "already on this domain")
        .await
        .unwrap();
    assert_eq!(b.count(&button).await, 0);

    // Signing out forgets the list too.
    b.click(sel::SIGN_OUT).await;
    let kept = b
        .eval("return sessionStorage.getItem('hostway.agent.placed')")
        .await;
    assert!(kept.is_null(), "{kept}");
    b.close().await;
    h.stop().await;
}
