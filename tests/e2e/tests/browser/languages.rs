//! The customer's language: picked from the browser's languages, switched from the footer and
//! remembered, carried through the hand-over to the app; a shop's `data-locale` for its widgets; and
//! the pseudo-locale, in which every string from the catalogue is marked, so that a literal left in a
//! view shows up as plain English.

use hostway_e2e::flows::{fill_account_in, type_contact_in, type_payment_in};
use hostway_e2e::shop::open;
use hostway_e2e::{sel, Browser, Harness};

const LANGUAGE: &str = "[data-testid=language]";
const ONE: &str = "#one >>> ";

async fn lang(b: &Browser) -> String {
    b.eval("return document.documentElement.lang")
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn a_german_browser_gets_german_and_the_footer_switches_to_dutch_for_good() {
    let h = Harness::start().await;
    let b = h.browser_speaking("de-DE,de").await;
    b.goto(&h.app_url("/")).await;
    b.find(sel::CATALOG_ITEM).await;
    assert_eq!(lang(&b).await, "de-DE");
    assert_eq!(b.text("h1").await, "Hosting-Dienste bestellen");
    b.wait_text(sel::CATALOG_COUNT, "4 Produkte").await.unwrap();
    // Money and periods in German: "ab 8,99 $ pro Jahr".
    let price = b.text(".hw-catalog__price").await;
    assert!(
        price.starts_with("ab ") && price.contains(",99 $ pro "),
        "{price}"
    );
    assert_eq!(b.text(sel::NAV_ORDER).await, "Ihre Bestellung");
    assert_eq!(b.value(LANGUAGE).await, "de");
    // German words are long: nothing runs off a phone's screen.
    assert_eq!(
        b.scrolls_sideways_on_a_phone().await,
        None,
        "the catalog in German"
    );

    // The footer's switcher: the page again, in Dutch, and so it stays.
    b.choose(LANGUAGE, "nl").await;
    b.wait_text("h1", "Hostingdiensten bestellen")
        .await
        .unwrap();
    assert_eq!(lang(&b).await, "nl");
    b.wait_text(sel::CATALOG_COUNT, "4 producten")
        .await
        .unwrap();
    assert_eq!(
        b.eval("return localStorage.getItem('hostway.locale')")
            .await,
        "nl"
    );

    // Through the hand-over to the app, and on a page the app loads itself.
    b.click(sel::CHOOSE_PRODUCT).await;
    b.wait_path("/products/").await;
    b.find(sel::ADD_FORM).await;
    assert_eq!(b.text(sel::NAV_ORDER).await, "Uw bestelling");
    assert_eq!(
        b.text(&format!("{} h2", sel::ADD_FORM)).await,
        "Aan uw bestelling toevoegen"
    );
    assert_eq!(lang(&b).await, "nl");
    b.reload().await;
    b.find(sel::ADD_FORM).await;
    assert_eq!(
        b.text(&format!("{} h2", sel::ADD_FORM)).await,
        "Aan uw bestelling toevoegen"
    );
    assert_eq!(b.value(LANGUAGE).await, "nl");
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn the_deployers_tag_sets_the_language_and_the_customers_choice_wins_over_it() {
    let h = Harness::start().await;
    let b = h.browser().await;
    // The deployer's `<meta name="hostway-locale" content="fr">`, there before the boot script runs.
    b.on_new_document(
        r#"document.addEventListener("readystatechange", () => {
             if (document.readyState !== "interactive") return;
             const tag = document.createElement("meta");
             tag.name = "hostway-locale";
             tag.content = "fr";
             document.head.append(tag);
           });"#,
    )
    .await;
    b.goto(&h.app_url("/")).await;
    b.find(sel::CATALOG_ITEM).await;
    assert_eq!(lang(&b).await, "fr");
    assert_eq!(b.text("h1").await, "Commander des services d’hébergement");
    b.wait_text(sel::CATALOG_COUNT, "4 produits").await.unwrap();
    b.choose(LANGUAGE, "de").await;
    b.wait_text("h1", "Hosting-Dienste bestellen")
        .await
        .unwrap();
    assert_eq!(lang(&b).await, "de");
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn a_browser_in_a_language_not_spoken_here_gets_english() {
    let h = Harness::start().await;
    let b = h.browser_speaking("pl-PL,pl").await;
    b.goto(&h.app_url("/")).await;
    b.find(sel::CATALOG_ITEM).await;
    assert_eq!(lang(&b).await, "en");
    assert_eq!(b.text("h1").await, "Order hosting services");
    b.wait_text(sel::CATALOG_COUNT, "4 products").await.unwrap();
    // No locale file is fetched for English: it is built in.
    let fetched = b
        .eval("return performance.getEntriesByType('resource').filter((e) => /i18n-/.test(e.name)).length")
        .await;
    assert_eq!(fetched, 0);
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn before_the_code_runs_and_when_it_cannot_load_the_page_speaks_the_customers_language() {
    let h = Harness::start().await;
    let b = h.browser_speaking("de-DE,de").await;
    b.block_urls(&["*.wasm"]).await;
    b.goto(&h.app_url("/")).await;
    b.wait_text("[data-testid=boot-status]", "konnte nicht geladen werden")
        .await
        .unwrap();
    // The static frame is German before any module has run: its header, and the page's language.
    assert_eq!(
        b.eval("return [...document.querySelectorAll('header nav a')].map((a) => a.textContent).join('|')")
            .await,
        "Katalog|Ihre Bestellung|Vertrieb"
    );
    assert_eq!(
        b.attr("header nav", "aria-label").await.as_deref(),
        Some("Hauptnavigation")
    );
    assert_eq!(lang(&b).await, "de-DE");
    assert_eq!(
        b.text("[data-testid=boot-reload]").await,
        "laden Sie die Seite neu"
    );
    // A shop's widget whose code cannot load says so in the widget's language.
    b.goto(&h.shop_url("/test/widget-test.html?locale=nl"))
        .await;
    b.wait_text("#one", "Het bestelformulier kon niet worden geladen")
        .await
        .unwrap();
    b.close().await;
    h.stop().await;
}

#[tokio::test]
async fn a_shops_data_locale_gives_a_dutch_widget_on_an_english_browser() {
    let h = Harness::start().await;
    let b = h.browser().await;
    open(&b, &h.shop_url("/test/widget-test.html?locale=nl")).await;
    let start = format!("{ONE}[data-testid=widget-start]");
    b.find(&start).await;
    assert_eq!(b.text(&start).await, "Nu bestellen");
    assert_eq!(
        b.text(&format!("{ONE}h2")).await,
        "Aan uw bestelling toevoegen"
    );
    assert_eq!(b.attr("#one", "lang").await.as_deref(), Some("nl"));
    // The shop's own page keeps its language.
    assert_eq!(lang(&b).await, "en");

    // The flow, loaded when the visitor orders, speaks Dutch too.
    b.click(&start).await;
    b.find(&format!("{ONE}{}", sel::ADD_FORM)).await;
    assert_eq!(
        b.text(&format!("{ONE}[data-testid=add-to-order]")).await,
        "Aan bestelling toevoegen"
    );
    b.close().await;
    h.stop().await;
}

/// Every text of the views below, in the pseudo-locale, is marked `[…]` but what the API and the
/// customer wrote (product names, descriptions, categories), the API's address and the languages'
/// own names.
async fn unmarked(b: &Browser) -> Vec<String> {
    let found = b
        .eval(
            r#"const allowed = ".hw-catalog__name, .hw-catalog__item > p:not(.hw-catalog__price), .hw-catalog__item .hw-visually-hidden, code, #catalog-category option:not([value='']), #hw-language option, main > h1:first-child, main > h1:first-child + p, #add-offering option, #add-service option, #account-language option, select[id$=ountry] option:not([value='']), select[id$=ountryCode] option:not([value='']), [data-testid=quote-fee] > th, .hw-cart h3, .hw-summary__name, .hw-summary__what, #review-cart > p.hw-muted, [data-testid=receipt-placed], [data-testid=receipt-what], script, noscript, style";
            const out = [];
            const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walk.nextNode(); n; n = walk.nextNode()) {
              const text = n.textContent.trim();
              if (!/[A-Za-z]/.test(text) || n.parentElement.closest(allowed)) continue;
              if (!/\[.*\]/s.test(text)) out.push(text);
            }
            for (const el of document.querySelectorAll("[aria-label], [placeholder], [title]")) {
              for (const name of ["aria-label", "placeholder", "title"]) {
                const v = el.getAttribute(name);
                if (v && /[A-Za-z]/.test(v) && !/\[.*\]/s.test(v)) out.push(`${name}=${v}`);
              }
            }
            if (!/\[/.test(document.title)) out.push(`title=${document.title}`);
            return out;"#,
        )
        .await;
    serde_json::from_value(found).unwrap_or_default()
}

#[tokio::test]
async fn in_the_pseudo_locale_no_view_has_an_unmarked_string() {
    let h = Harness::start().await;
    let b = h.browser().await;
    b.on_new_document("try { localStorage.setItem('hostway.locale', 'en-XA') } catch {}")
        .await;
    b.goto(&h.app_url("/")).await;
    b.find(sel::CATALOG_ITEM).await;
    b.wait_text(sel::CATALOG_COUNT, "[").await.unwrap();
    assert_eq!(lang(&b).await, "en-XA");
    assert_eq!(unmarked(&b).await, Vec::<String>::new(), "the catalog");

    b.click(sel::CHOOSE_PRODUCT).await;
    b.find(sel::ADD_FORM).await;
    assert_eq!(unmarked(&b).await, Vec::<String>::new(), "a product page");
    // The form's own problems, said before any request.
    b.click(sel::ADD_TO_ORDER).await;
    b.find(sel::ERROR_SUMMARY).await;
    assert_eq!(
        unmarked(&b).await,
        Vec::<String>::new(),
        "a product page's problems"
    );
    // The cart, with what was added, and its summary.
    b.fill("#add-name", "example.com").await;
    b.click(sel::ADD_TO_ORDER).await;
    b.find(sel::CART_ITEM).await;
    b.wait_text("[data-testid=cart-total]", "[").await.unwrap();
    assert_eq!(unmarked(&b).await, Vec::<String>::new(), "the cart");

    // Every step, then the review and the receipt.
    b.click("[data-testid=step-account]").await;
    b.find("#account-userName").await;
    assert_eq!(unmarked(&b).await, Vec::<String>::new(), "the account step");
    fill_account_in(&b, "").await;
    assert_eq!(
        unmarked(&b).await,
        Vec::<String>::new(),
        "the contacts step"
    );
    type_contact_in(&b, "").await;
    // The pseudo-locale has no country of its own to start from.
    b.choose("#contact-countryCode", "US").await;
    b.click(sel::SAVE_CONTACT).await;
    b.find(sel::PAYMENT_FORM).await;
    assert_eq!(unmarked(&b).await, Vec::<String>::new(), "the payment step");
    type_payment_in(&b, "").await;
    b.choose("#payment-country", "US").await;
    b.click(sel::SAVE_PAYMENT).await;
    b.find(sel::QUOTE_TOTAL).await;
    b.wait_text(sel::REVIEW_PAYMENT, "1111").await.unwrap();
    assert_eq!(unmarked(&b).await, Vec::<String>::new(), "the review");
    b.click(sel::SUBMIT).await;
    b.wait_path("/orders/").await;
    b.wait_attr(sel::STATUS_TIMELINE, "data-status", "Completed")
        .await
        .unwrap();
    assert_eq!(unmarked(&b).await, Vec::<String>::new(), "the receipt");
    b.close().await;
    h.stop().await;
}
