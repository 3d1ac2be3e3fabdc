//! The agent portal's sign-in (its first stage, then the portal's own after "Sign out"): empty fields
//! and wrong credentials said at their field, before any request or with the API's refusal in words.

use hostway_e2e::flows::agent_sign_in as sign_in;
use hostway_e2e::sel;
use hostway_e2e::Harness;
use hostway_sandbox::config::DEMO_AGENT;

/// Submits the form with both fields empty: both problems are said, in the summary and at the fields.
async fn submit_empty(b: &hostway_e2e::Browser) {
    b.click(sel::AGENT_SUBMIT).await;
    let summary = b
        .wait_text(sel::ERROR_SUMMARY, "Enter your agent user name.")
        .await
        .unwrap();
    assert!(summary.contains("Enter your password."), "{summary}");
    b.wait_text("#agent-password-error", "Enter your password.")
        .await
        .unwrap();
    assert_eq!(b.attr("#agent-user", "aria-invalid").await.unwrap(), "true");
}

#[tokio::test]
async fn wrong_credentials_say_so() {
    let h = Harness::start().await;
    let b = h.browser().await;
    sign_in(&b, &h, "qwe@partner_api_developer_us_main:wrong-password").await;
    b.wait_text(sel::ERROR_SUMMARY, "Wrong user name or password")
        .await
        .unwrap();
    assert_eq!(
        b.value("#agent-password").await,
        "",
        "the wrong password is cleared"
    );
    // The right credentials, then sign-out forgets them.
    b.fill("#agent-password", DEMO_AGENT.split_once(':').unwrap().1)
        .await;
    b.fill("#agent-user", DEMO_AGENT.split_once(':').unwrap().0)
        .await;
    b.click(sel::AGENT_SUBMIT).await;
    b.find(sel::AGENT_SIGNED_IN).await;
    b.click(sel::SIGN_OUT).await;
    b.find(sel::AGENT_SIGN_IN).await;
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn an_empty_sign_in_is_refused_at_its_fields_before_any_request() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.goto(&h.app_url("/agent")).await;
    b.find("#agent-user").await;
    let api_requests = "return performance.getEntriesByType('resource').filter(e => e.name.includes('/accounts')).length";
    submit_empty(&b).await;
    b.wait_focus_on("error-summary").await;
    // Its links take the focus to their field.
    b.click(&format!("{} a[href='#agent-password']", sel::ERROR_SUMMARY))
        .await;
    assert_eq!(
        b.eval("return document.activeElement?.id ?? null").await,
        "agent-password"
    );
    assert_eq!(
        b.eval("return location.hash").await,
        "",
        "the URL is left alone"
    );
    assert_eq!(b.eval(api_requests).await, 0, "nothing was sent");
    // Typed in, the user name's problem goes with the next try.
    b.fill("#agent-user", "someone").await;
    b.click(sel::AGENT_SUBMIT).await;
    b.wait_until(std::time::Duration::from_secs(5), async || {
        let text = b.text(sel::ERROR_SUMMARY).await;
        (!text.contains("user name")).then_some(()).ok_or(text)
    })
    .await
    .unwrap();
    assert_eq!(
        b.attr("#agent-user", "aria-invalid").await.unwrap(),
        "false"
    );
    b.close().await;
    h.stop().await;
}

/// After "Sign out" the portal's own sign-in form shows (the page is not loaded again, so the first
/// stage cannot come back): its checks are the portal's code, not the stage's.
#[tokio::test]
async fn the_portals_own_sign_in_refuses_empty_and_wrong_passwords_at_their_fields() {
    let h = Harness::start().await;
    let b = h.browser().await;
    sign_in(&b, &h, DEMO_AGENT).await;
    b.find(sel::AGENT_SIGNED_IN).await;
    b.eval("window.sameDocument = true").await;
    b.click(sel::SIGN_OUT).await;
    b.find(sel::AGENT_SIGN_IN).await;
    assert_eq!(
        b.eval("return window.sameDocument === true").await,
        true,
        "signed out in the same document: the form is the portal's"
    );
    let api = h.sandbox.url();
    let before = b.requests(&api).await.started;

    // Empty: both fields said, nothing sent.
    b.fill("#agent-user", "").await;
    submit_empty(&b).await;
    assert_eq!(b.requests(&api).await.started, before, "nothing was sent");

    // Only the password missing: said at its field, the user name's problem gone.
    let (user, password) = DEMO_AGENT.split_once(':').unwrap();
    b.fill("#agent-user", user).await;
    b.click(sel::AGENT_SUBMIT).await;
    b.wait_until(hostway_e2e::WAIT, async || {
        let text = b.text(sel::ERROR_SUMMARY).await;
        (!text.contains("user name") && text.contains("Enter your password."))
            .then_some(())
            .ok_or(text)
    })
    .await
    .unwrap();
    assert_eq!(b.requests(&api).await.started, before, "nothing was sent");

    // Wrong: the API's refusal in words at the password, which is cleared; then the right one.
    b.fill("#agent-password", "wrong-password").await;
    b.click(sel::AGENT_SUBMIT).await;
    b.wait_text("#agent-password-error", "Wrong user name or password")
        .await
        .unwrap();
    assert!(b.requests(&api).await.started > before, "asked the API");
    assert_eq!(
        b.value("#agent-password").await,
        "",
        "the wrong password is cleared"
    );
    b.fill("#agent-password", password).await;
    b.click(sel::AGENT_SUBMIT).await;
    b.find(sel::AGENT_SIGNED_IN).await;
    b.close().await;
    h.stop().await;
}
