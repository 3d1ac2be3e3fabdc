//! Component tests in headless Chromium (wasm-bindgen-test): mount into a fresh element, let the
//! reactive system run, assert on what a user sees.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use hostway_order::App;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_host() -> web_sys::HtmlElement {
    let document = document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host.unchecked_into()
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Polls until `check` holds or `limit` passes.
async fn eventually(limit: Duration, mut check: impl FnMut() -> bool) -> bool {
    let mut waited = 0;
    while waited < limit.as_millis() as i32 {
        if check() {
            return true;
        }
        sleep(50).await;
        waited += 50;
    }
    check()
}

fn set_meta(content: &str) {
    let document = document();
    let meta = match document
        .query_selector("meta[name=hostway-api-base]")
        .unwrap()
    {
        Some(m) => m,
        None => {
            let m = document.create_element("meta").unwrap();
            m.set_attribute("name", "hostway-api-base").unwrap();
            document.head().unwrap().append_child(&m).unwrap();
            m
        }
    };
    meta.set_attribute("content", content).unwrap();
}

#[wasm_bindgen_test]
async fn shell_has_landmarks_and_shows_the_configured_api() {
    // Port 9 (discard) on loopback: nothing answers there.
    set_meta("http://127.0.0.1:9/");
    let host = fresh_host();
    let _handle = mount_to(host.clone(), App);
    leptos::task::tick().await;

    for landmark in ["header", "main#main", "footer", "nav[aria-label=Main]"] {
        assert!(
            host.query_selector(landmark).unwrap().is_some(),
            "missing {landmark}"
        );
    }
    let base = host
        .query_selector("[data-testid=api-base]")
        .unwrap()
        .unwrap();
    assert_eq!(
        base.text_content().unwrap(),
        "http://127.0.0.1:9",
        "trailing slash trimmed"
    );

    // The live indicator leaves "checking" and names the cause: nothing listens there.
    let health = host
        .query_selector("[data-testid=api-health]")
        .unwrap()
        .unwrap();
    let settled = eventually(Duration::from_secs(10), || {
        health.get_attribute("data-state").as_deref() == Some("Down")
    })
    .await;
    assert!(
        settled,
        "state stayed {:?}",
        health.get_attribute("data-state")
    );
    assert!(health.class_name().contains("hw-health--error"));
    let message = host
        .query_selector("[data-testid=api-health-message]")
        .unwrap()
        .unwrap();
    assert!(message.text_content().unwrap().contains("not reachable"));
}

#[wasm_bindgen_test]
async fn a_non_http_meta_value_is_not_used() {
    set_meta("javascript:alert(1)");
    let host = fresh_host();
    let _handle = mount_to(host.clone(), App);
    leptos::task::tick().await;
    let base = host
        .query_selector("[data-testid=api-base]")
        .unwrap()
        .unwrap();
    assert_eq!(
        base.text_content().unwrap(),
        hostway_order::config::DEFAULT_API_BASE
    );
}

mod views {
    use super::*;
    use hostway_order::api::model::quote::QuoteEnvelope;
    use hostway_order::api::model::{Money, OrderStatus};
    use hostway_order::components::QuoteView;
    use hostway_order::components::{Amount, ErrorSummary, Problem, StatusTimeline};

    fn text(host: &web_sys::HtmlElement, css: &str) -> String {
        host.query_selector(css)
            .unwrap()
            .unwrap_or_else(|| panic!("no {css}"))
            .text_content()
            .unwrap()
    }

    const QUOTE: &str = r#"{"quote": {"Hash": "abc", "Currency": "USD",
        "Products": [{"PlanNumber": "p1", "PromotionName": "No setup fee", "Services": [{"ServiceId": "s1", "Name": "shop.com",
            "Fees": [{"Type": "recurring", "Description": "Service fee", "Amount": "12.99", "Currency": "USD", "MonthlyCycle": "12", "NumCharges": "-1"}]}],
          "Fees": [{"Type": "setup_fee", "Description": "Setup fee", "Amount": "10.00", "Currency": "USD", "MonthlyCycle": "1", "NumCharges": "1"},
                   {"Type": "recurring", "Description": "Recurring fee", "Amount": "1234.50", "Currency": "USD", "MonthlyCycle": "1", "NumCharges": "-1"}]}],
        "Total": "1257.49", "SubTotal": "1257.49", "OneTimeFeeAmount": "10.00", "TaxTotal": "0.00"}}"#;

    #[wasm_bindgen_test]
    async fn quote_view_lists_fees_by_kind_and_cycle_with_totals() {
        let quote = serde_json::from_str::<QuoteEnvelope>(QUOTE).unwrap().quote;
        let host = fresh_host();
        let _h = mount_to(
            host.clone(),
            move || view! { <QuoteView quote=quote.clone()/> },
        );
        leptos::task::tick().await;
        let rows = host.query_selector_all("[data-testid=quote-fee]").unwrap();
        assert_eq!(rows.length(), 3);
        let first = rows.get(0).unwrap().text_content().unwrap();
        assert!(
            first.contains("Setup fee") && first.contains("once") && first.contains("$10.00"),
            "{first}"
        );
        let second = rows.get(1).unwrap().text_content().unwrap();
        assert!(
            second.contains("per month") && second.contains("$1,234.50"),
            "{second}"
        );
        let third = rows.get(2).unwrap().text_content().unwrap();
        assert!(
            third.contains("shop.com") && third.contains("per year"),
            "{third}"
        );
        assert_eq!(text(&host, "[data-testid=quote-total]"), "$1,257.49");
        assert_eq!(text(&host, "[data-testid=quote-tax]"), "$0.00");
    }

    /// The API's days in words; what is not a day of the calendar is kept as the API gave it.
    #[wasm_bindgen_test]
    fn days_in_words() {
        use hostway_order::components::date::day;
        assert_eq!(day("2014-03-01"), "March 1, 2014");
        assert_eq!(day("2015-02-31"), "2015-02-31");
        assert_eq!(day("soon"), "soon");
    }

    /// Given the products' names (the review's), each line says what it is for in the cart's words.
    #[wasm_bindgen_test]
    async fn quote_lines_name_the_product_and_the_domain_each_fee_is_for() {
        let quote = serde_json::from_str::<QuoteEnvelope>(QUOTE).unwrap().quote;
        let host = fresh_host();
        let _h = mount_to(host.clone(), move || {
            view! { <QuoteView quote=quote.clone() titles=vec!["Web hosting".to_string()]/> }
        });
        leptos::task::tick().await;
        let rows = host
            .query_selector_all("[data-testid=quote-fee] > th")
            .unwrap();
        let labels: Vec<String> = (0..rows.length())
            .map(|i| rows.get(i).unwrap().text_content().unwrap())
            .collect();
        assert_eq!(
            labels,
            [
                "Web hosting: setup fee (No setup fee), once",
                "Web hosting (No setup fee), per month",
                "Web hosting: shop.com, per year",
            ]
        );
    }

    #[wasm_bindgen_test]
    async fn money_follows_the_currency() {
        let host = fresh_host();
        let money = RwSignal::new(Money::parse("5.18", None).unwrap());
        let currency = RwSignal::new("USD".to_string());
        let _h = mount_to(
            host.clone(),
            move || view! { <Amount money=money currency=currency/> },
        );
        leptos::task::tick().await;
        assert_eq!(host.text_content().unwrap(), "$5.18");
        currency.set("EUR".into());
        money.set(Money::parse("1234.5", None).unwrap());
        leptos::task::tick().await;
        assert_eq!(host.text_content().unwrap(), "€1,234.50");
    }

    /// A host with one labelled field (`contact-email1`, "Email (optional)"), as the forms draw it.
    fn host_with_email_field() -> web_sys::HtmlElement {
        let host = fresh_host();
        host.set_inner_html(
            r#"<form><div class="hw-field"><label for="contact-email1">Email <span>(optional)</span></label>
               <input id="contact-email1" type="email"></div></form><div class="summary"></div>"#,
        );
        host
    }

    fn link_texts(host: &web_sys::HtmlElement) -> Vec<String> {
        let links = host
            .query_selector_all("[data-testid=error-summary] a")
            .unwrap();
        (0..links.length())
            .map(|i| links.get(i).unwrap().text_content().unwrap())
            .collect()
    }

    const EMAIL: &str = "Enter an email address like name@example.com.";
    const CONTACTS: &str = "Add the contact for your account.";

    #[wasm_bindgen_test]
    async fn error_summary_links_each_problem_names_its_field_and_takes_focus() {
        let host = host_with_email_field();
        let problems = RwSignal::new(Vec::<Problem>::new());
        let summary: web_sys::HtmlElement = host
            .query_selector(".summary")
            .unwrap()
            .unwrap()
            .unchecked_into();
        let _h = mount_to(summary, move || view! { <ErrorSummary problems=problems/> });
        leptos::task::tick().await;
        assert!(
            host.query_selector("[data-testid=error-summary]")
                .unwrap()
                .is_none(),
            "nothing without problems"
        );
        problems.set(vec![
            Problem::new("contact-email1", EMAIL),
            Problem::new("review-contacts", CONTACTS),
        ]);
        leptos::task::tick().await;
        let links = host
            .query_selector_all("[data-testid=error-summary] a")
            .unwrap();
        assert_eq!(links.length(), 2);
        let first: web_sys::Element = links.get(0).unwrap().unchecked_into();
        assert_eq!(
            first.get_attribute("href").as_deref(),
            Some("#contact-email1")
        );
        // The field's name and the focus come once the list is drawn (the next frame).
        let focused = || {
            document()
                .active_element()
                .and_then(|a| a.get_attribute("data-testid"))
                .as_deref()
                == Some("error-summary")
        };
        assert!(
            eventually(Duration::from_secs(2), focused).await,
            "the summary takes the focus"
        );
        let active = document().active_element().unwrap();
        assert_eq!(active.get_attribute("role").as_deref(), Some("alert"));
        let want = vec![format!("Email: {EMAIL}"), CONTACTS.to_string()];
        eventually(Duration::from_secs(2), || link_texts(&host) == want).await;
        assert_eq!(
            link_texts(&host),
            want,
            "a field is named by its label, without \"(optional)\"; a section is not"
        );
    }

    /// The pages drawn without Leptos (the sign-in and widget first stages) show problems with the DOM
    /// twin; both must read and behave the same.
    #[wasm_bindgen_test]
    async fn the_dom_error_summary_reads_as_the_component_does() {
        let host = host_with_email_field();
        let summary = host.query_selector(".summary").unwrap().unwrap();
        let form = host.query_selector("form").unwrap().unwrap();
        hostway_dom::dom::show_problems(
            &summary,
            &form,
            &[
                ("contact-email1", EMAIL.to_string()),
                ("review-contacts", CONTACTS.to_string()),
            ],
        )
        .unwrap();
        assert_eq!(
            link_texts(&host),
            vec![format!("Email: {EMAIL}"), CONTACTS.to_string()]
        );
        let active = document().active_element().unwrap();
        assert_eq!(
            active.get_attribute("data-testid").as_deref(),
            Some("error-summary")
        );
        assert_eq!(active.get_attribute("role").as_deref(), Some("alert"));
        let input = host.query_selector("#contact-email1").unwrap().unwrap();
        assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
        assert_eq!(
            text(&host, "#contact-email1-error"),
            format!("Error: {EMAIL}")
        );
    }

    #[wasm_bindgen_test]
    async fn status_timeline_marks_progress_and_failure() {
        let host = fresh_host();
        let status = RwSignal::new(OrderStatus::Processing);
        let reason = RwSignal::new(None::<String>);
        let _h = mount_to(
            host.clone(),
            move || view! { <StatusTimeline status=status reason=reason/> },
        );
        leptos::task::tick().await;
        let steps = host.query_selector_all(".hw-timeline__step").unwrap();
        let class = |i: u32| {
            steps
                .get(i)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .class_name()
        };
        assert!(
            class(0).contains("--done")
                && class(1).contains("--current")
                && class(2).contains("--todo")
        );
        status.set(OrderStatus::Completed);
        leptos::task::tick().await;
        let steps = host.query_selector_all(".hw-timeline__step").unwrap();
        assert!((0..3).all(|i| steps
            .get(i)
            .unwrap()
            .unchecked_into::<web_sys::Element>()
            .class_name()
            .contains("--done")));
        reason.set(Some("Provisioning failed: card declined".into()));
        status.set(OrderStatus::Failed);
        leptos::task::tick().await;
        assert!(text(&host, "[data-testid=status-timeline]").contains("Failed"));
        assert_eq!(
            text(&host, "[data-testid=status-reason]"),
            "Provisioning failed: card declined"
        );
    }
}

/// The DOM twins of the Leptos components (the first stages draw without Leptos): each is drawn from the
/// same inputs as its component and compared by what a browser and assistive technology read of it —
/// elements, classes, roles, `aria-*`, the attributes the page relies on, and text. A change made to one
/// and not to the other fails here.
mod twins {
    use super::*;
    use hostway_order::api::health::{Health, Indicator, Trouble};
    use hostway_order::api::ApiError;
    use hostway_order::components::{
        ErrorNotice, ErrorSummary, Header, HealthStatus, Problem, SelectField, TextField,
    };
    use hostway_order::nav::Nav;

    /// What is compared of an element, as one line per element, children indented.
    fn shape(node: &web_sys::Node, depth: usize, out: &mut Vec<String>) {
        const KEPT: [&str; 13] = [
            "id",
            "for",
            "name",
            "type",
            "role",
            "href",
            "autocomplete",
            "tabindex",
            "data-testid",
            "inputmode",
            "value",
            "rel",
            "selected",
        ];
        match node.node_type() {
            web_sys::Node::ELEMENT_NODE => {
                let el: &web_sys::Element = node.unchecked_ref();
                let mut classes: Vec<String> = el
                    .class_name()
                    .split_whitespace()
                    .map(String::from)
                    .collect();
                classes.sort();
                let names = el.get_attribute_names();
                let mut attrs: Vec<String> = (0..names.length())
                    .filter_map(|i| names.get(i).as_string())
                    .filter(|n| n.starts_with("aria-") || KEPT.contains(&n.as_str()))
                    .map(|n| format!("{n}={:?}", el.get_attribute(&n).unwrap_or_default()))
                    .collect();
                attrs.sort();
                out.push(format!(
                    "{}<{} class={:?} {}>",
                    "  ".repeat(depth),
                    el.tag_name().to_lowercase(),
                    classes.join(" "),
                    attrs.join(" ")
                ));
                let children = node.child_nodes();
                for i in 0..children.length() {
                    shape(&children.get(i).unwrap(), depth + 1, out);
                }
            }
            web_sys::Node::TEXT_NODE => {
                // Text split over nodes reads as one (spaces included): joined with the text before
                // it; a run of whitespace reads as one space (see `shape_of`).
                let text = node.text_content().unwrap_or_default();
                let indent = "  ".repeat(depth);
                match out.last_mut() {
                    Some(last)
                        if last.starts_with(&indent) && !last.trim_start().starts_with('<') =>
                    {
                        last.push_str(&text)
                    }
                    _ if !text.trim().is_empty() => out.push(format!("{indent}{text}")),
                    _ => {}
                }
            }
            _ => {}
        }
    }

    fn shape_of(el: &web_sys::Element) -> Vec<String> {
        let mut out = Vec::new();
        shape(el, 0, &mut out);
        out.into_iter()
            .map(|line| {
                let indent = line.len() - line.trim_start().len();
                let words: Vec<&str> = line.split_whitespace().collect();
                format!("{}{}", " ".repeat(indent), words.join(" "))
            })
            .collect()
    }

    fn assert_same(what: &str, leptos: &web_sys::Element, dom: &web_sys::Element) {
        let (a, b) = (shape_of(leptos), shape_of(dom));
        assert_eq!(
            a.join("\n"),
            b.join("\n"),
            "{what}: the Leptos component (left) and its DOM twin (right) differ"
        );
    }

    fn first_child(host: &web_sys::Element) -> web_sys::Element {
        host.first_element_child().expect("something was drawn")
    }

    /// `TextField` and `dom::text_field`, without a problem and with one said at the field.
    #[wasm_bindgen_test]
    async fn the_text_field_and_its_dom_twin_read_the_same() {
        const PROBLEM: &str = "Enter your password.";
        let error = RwSignal::new(None::<String>);
        let leptos_host = fresh_host();
        let _h = mount_to(leptos_host.clone(), move || {
            view! {
                <TextField id="agent-password" label="Password" value=RwSignal::new(String::new())
                    kind="password" autocomplete="current-password" error=error/>
            }
        });
        leptos::task::tick().await;
        let dom_host = fresh_host();
        let form = document().create_element("form").unwrap();
        dom_host.append_child(&form).unwrap();
        let field = hostway_dom::dom::text_field(
            &document(),
            "agent-password",
            "Password",
            "password",
            "current-password",
        )
        .unwrap();
        form.append_child(&field).unwrap();
        assert_same("no problem", &first_child(&leptos_host), &field);

        error.set(Some(PROBLEM.into()));
        leptos::task::tick().await;
        let summary = document().create_element("div").unwrap();
        dom_host.append_child(&summary).unwrap();
        hostway_dom::dom::show_problems(&summary, &form, &[("agent-password", PROBLEM.into())])
            .unwrap();
        assert_same("a problem said", &first_child(&leptos_host), &field);
    }

    /// `ErrorSummary` and `dom::show_problems`' summary, for a field's problem and a section's.
    #[wasm_bindgen_test]
    async fn the_error_summary_and_its_dom_twin_read_the_same() {
        let problems = [
            (
                "contact-email1",
                "Enter an email address like name@example.com.",
            ),
            ("review-contacts", "Add the contact for your account."),
        ];
        let form_html = r#"<form><div class="hw-field"><label for="contact-email1">Email</label>
            <input id="contact-email1" type="email"></div></form>"#;
        let leptos_host = fresh_host();
        leptos_host.set_inner_html(form_html);
        let slot = document().create_element("div").unwrap();
        leptos_host.append_child(&slot).unwrap();
        let listed: Vec<Problem> = problems.iter().map(|(a, m)| Problem::new(*a, *m)).collect();
        let _h = mount_to(slot.clone().unchecked_into(), move || {
            view! { <ErrorSummary problems=Signal::stored(listed.clone())/> }
        });
        let dom_host = fresh_host();
        dom_host.set_inner_html(form_html);
        let summary = document().create_element("div").unwrap();
        dom_host.append_child(&summary).unwrap();
        let form = dom_host.query_selector("form").unwrap().unwrap();
        let owned: Vec<(&str, String)> =
            problems.iter().map(|(a, m)| (*a, m.to_string())).collect();
        hostway_dom::dom::show_problems(&summary, &form, &owned).unwrap();
        // Both name the field in its link once drawn ("Email: …"), the component a frame later.
        let named = || {
            slot.query_selector("a[href='#contact-email1']")
                .unwrap()
                .and_then(|a| a.text_content())
                .is_some_and(|t| t.starts_with("Email: "))
        };
        assert!(
            eventually(Duration::from_secs(2), named).await,
            "the component names the field"
        );
        assert_same("the summary", &first_child(&slot), &first_child(&summary));
    }

    /// `ErrorNotice` (with "Try again") and `dom::error_notice`, for an API error with its reference.
    #[wasm_bindgen_test]
    async fn the_error_notice_and_its_dom_twin_read_the_same() {
        let error = || {
            ApiError::from_response(
                500,
                r#"{"computeFault": {"code": 500, "message": "x", "guid": "6f1c-42"}}"#,
            )
        };
        const WHAT: &str = "The catalog could not be loaded.";
        let leptos_host = fresh_host();
        let _h = mount_to(leptos_host.clone(), move || {
            view! { <ErrorNotice what=WHAT error=error() retry=Callback::new(|_| ()) testid="catalog-error"/> }
        });
        leptos::task::tick().await;
        let (notice, _retry) =
            hostway_dom::dom::error_notice(&document(), WHAT, &error(), "catalog-error").unwrap();
        assert_same("the notice", &first_child(&leptos_host), &notice);
    }

    /// The apps' `Header` and the first stages' header (the customer's: its "Agents" is a page load).
    #[wasm_bindgen_test]
    async fn the_header_and_the_stages_header_read_the_same() {
        // At a page of each kind: the links marked current (the page itself, or its part of the site)
        // must be the same in both.
        let history = web_sys::window().unwrap().history().unwrap();
        let runner = web_sys::window().unwrap().location().href().unwrap();
        for path in [
            "/",
            "/products/core.plan.dnr.only",
            "/order/items",
            "/order/account",
        ] {
            history
                .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
                .unwrap();
            let leptos_host = fresh_host();
            let _h = mount_to(leptos_host.clone(), || {
                provide_context(Nav::page());
                view! { <Header/> }
            });
            leptos::task::tick().await;
            let dom_host = fresh_host();
            hostway_dom::stage::header(&document(), &dom_host).unwrap();
            assert_same(
                &format!("the header at {path}"),
                &leptos_host.query_selector("header").unwrap().unwrap(),
                &first_child(&dom_host),
            );
        }
        history
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&runner))
            .unwrap();
    }

    /// `SelectField` and `dom::select_field` (the widget's first stage's billing choice).
    #[wasm_bindgen_test]
    async fn the_select_field_and_its_dom_twin_read_the_same() {
        let options = vec![
            ("USD-1".to_string(), "USD · per month — $8.00".to_string()),
            ("USD-12".to_string(), "USD · per year — $79.00".to_string()),
        ];
        let leptos_host = fresh_host();
        let listed = options.clone();
        let _h = mount_to(leptos_host.clone(), move || {
            view! {
                <SelectField id="add-offering" label="Billing" value=RwSignal::new("USD-12".to_string())
                    options=Signal::stored(listed.clone())/>
            }
        });
        leptos::task::tick().await;
        let field = hostway_dom::dom::select_field(
            &document(),
            "add-offering",
            "Billing",
            &options,
            "USD-12",
        )
        .unwrap();
        assert_same("the select", &first_child(&leptos_host), &field);
    }

    /// `HealthStatus` (the apps' footer, through `ApiHealth`) and the first stages' footer, in every
    /// state the health check can reach: the message said to customers only when something is wrong,
    /// the disclosure with the address and "Check again".
    #[wasm_bindgen_test]
    async fn the_api_status_and_the_stages_footer_read_the_same() {
        const BASE: &str = "https://api.example.test/v1";
        let health = RwSignal::new(Health::Checking);
        let leptos_host = fresh_host();
        let _h = mount_to(leptos_host.clone(), move || {
            view! { <HealthStatus health=health.into() base=BASE.to_string() recheck=Callback::new(|_| ())/> }
        });
        let dom_host = fresh_host();
        let (shown, _retry, _language) =
            hostway_dom::stage::footer(&document(), &dom_host, BASE).unwrap();
        let section = dom_host.query_selector("section").unwrap().unwrap();
        for state in [
            Health::Checking,
            Health::Ok,
            Health::Offline,
            Health::Down,
            Health::OriginNotAllowed,
            Health::CookiesRefused,
            Health::Troubled(Trouble::ServerError(503)),
            Health::Troubled(Trouble::Unreadable),
            Health::Ok,
        ] {
            health.set(state.clone());
            shown.set(state.clone());
            leptos::task::tick().await;
            assert_same(
                &format!("the API status, {state:?}"),
                &first_child(&leptos_host),
                &section,
            );
        }
    }

    /// The footer's language switcher: the apps' `Language` and the first stages' footer.
    #[wasm_bindgen_test]
    async fn the_language_switcher_is_the_same_in_both() {
        // As the customer's boot script does (the agent portal's installs none: no switcher).
        hostway_core::i18n::install("en", wasm_bindgen::JsValue::NULL);
        let leptos_host = fresh_host();
        let _h = mount_to(
            leptos_host.clone(),
            || view! { <hostway_order::components::frame::Language/> },
        );
        leptos::task::tick().await;
        let dom_host = fresh_host();
        let (_, _, select) =
            hostway_dom::stage::footer(&document(), &dom_host, "https://a.test").unwrap();
        let select = select.expect("a switcher once a language is installed");
        let stage = select.parent_element().unwrap();
        assert_same("the language switcher", &first_child(&leptos_host), &stage);
        assert_eq!(
            select.children().length(),
            4,
            "English, Deutsch, Nederlands, Français"
        );
    }
}
