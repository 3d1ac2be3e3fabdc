//! The SiteBuilder shortcut for an existing account, on one of its web hosting domains:
//! `PUT /accounts/{acct}/web/{domain}/sitebuilder`, the price from the order's quote, then submit with
//! the quote's hash. Domains where SiteBuilder runs already, or that are disabled, are said, not offered.

use crate::components::fresh::IntoFresh;
use leptos::prelude::*;

use super::shortcuts::use_submit;
use crate::components::{use_form, Problem, QuoteView};
use crate::state::use_app;
use hostway_core::api::model::quote::Quote;
use hostway_core::api::{accounts, actions, ApiError};
use hostway_core::i18n::agent;

/// A web hosting domain of the account, and whether SiteBuilder can be ordered for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebDomain {
    pub domain: String,
    /// `Some(why)` when it cannot be ordered: it runs already, or the domain is disabled.
    pub unavailable: Option<String>,
}

/// The documented refusals in words, at the domain they concern.
fn refusal(e: &ApiError, domain: &str) -> String {
    match (
        e.status(),
        e.fault().map(|f| f.message.to_ascii_lowercase()),
    ) {
        (Some(409), Some(m)) if m.contains("disabled") => {
            agent::SB_DISABLED.fill(&[("domain", domain)])
        }
        (Some(409), _) => agent::SB_ALREADY.fill(&[("domain", domain)]),
        (Some(404), _) => agent::SB_GONE.fill(&[("domain", domain)]),
        (Some(400), _) => agent::SB_REFUSED.text(),
        _ => e.reason(),
    }
}

/// One section listing the account's web domains, each with its SiteBuilder order.
#[component]
pub fn SiteBuilderShortcut(number: String, domains: Vec<WebDomain>) -> impl IntoView {
    view! {
        <section class="hw-card" aria-labelledby="sitebuilder-title" data-testid="sitebuilder">
            <h2 id="sitebuilder-title">{agent::SB_TITLE.text()}</h2>
            <ul class="hw-placed">
                {domains.into_iter().map(|d| view! { <SiteBuilderRow number=number.clone() web=d/> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn SiteBuilderRow(number: String, web: WebDomain) -> impl IntoView {
    let app = use_app();
    let domain = web.domain.clone();
    let priced = RwSignal::new(None::<(String, Quote)>);
    let anchor = format!("sb-{}-error", domain.replace('.', "-"));
    let refused = {
        let (anchor, domain) = (anchor.clone(), domain.clone());
        move |e: &ApiError| vec![Problem::new(anchor.clone(), refusal(e, &domain))]
    };
    // Step 1: the order and its price (from the order's quote).
    let order = {
        let (app, number, domain) = (app.clone(), number.clone(), domain.clone());
        use_form(
            |_: &()| Vec::new(),
            move |()| {
                let (app, number, domain) = (app.clone(), number.clone(), domain.clone());
                async move {
                    let client = app.client();
                    let id = accounts::order_sitebuilder(&client, &number, &domain).await?;
                    let quote = actions::quote(&client, &id).await?;
                    priced.set(Some((id, quote)));
                    Ok(())
                }
            },
            refused.clone(),
        )
    };
    // Step 2: submit with the quote's hash; the order joins the tab's list, then its status opens.
    let submit = {
        let domain = domain.clone();
        use_submit(
            number,
            move || agent::SB_ORDER.fill(&[("domain", &domain)]),
            refused,
        )
    };
    let error = Signal::derive(move || {
        order
            .problems
            .with(|p| p.first().map(|p| p.message.clone()))
            .or_else(|| {
                submit
                    .problems
                    .with(|p| p.first().map(|p| p.message.clone()))
            })
    });
    let error_id = anchor;
    view! {
        <li data-testid=format!("sitebuilder-{domain}")>
            <strong>{domain.clone()}</strong>
            {match web.unavailable.clone() {
                Some(why) => view! { <p class="hw-muted" data-testid="sitebuilder-unavailable">{why}</p> }.fresh(),
                // Once priced, the one next step is to submit (a second click would make a second order).
                None => view! {
                    <p hidden=move || priced.with(Option::is_some)>
                        <button type="button" class="hw-button hw-button--secondary" data-testid="sitebuilder-order"
                            aria-describedby=error_id.clone()
                            aria-busy=move || order.pending().get().then_some("true")
                            on:click=move |_| { order.submit(()); }>
                            {order.label(agent::SB_PRICE.text(), agent::GETTING_PRICE.text())}
                        </button>
                    </p>
                }.fresh(),
            }}
            <p id=error_id class="hw-field__error" role="alert" data-testid="sitebuilder-error">{move || error.get()}</p>
            {move || (priced.get().map(|(id, q)| view! {
                <div data-testid="sitebuilder-quote">
                    <QuoteView quote=q.clone()/>
                    <button type="button" class="hw-button" data-testid="sitebuilder-submit"
                        aria-busy=move || submit.pending().get().then_some("true")
                        on:click=move |_| { submit.submit((id.clone(), q.hash.clone())); }>
                        {submit.label(agent::SB_SUBMIT.text(), agent::SUBMITTING.text())}
                    </button>
                </div>
            })).fresh()}
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_refusals_are_said_at_their_domain() {
        let conflict = |m: &str| {
            ApiError::from_response(
                409,
                &format!(r#"{{"conflict": {{"message": "{m}", "code": 409}}}}"#),
            )
        };
        assert!(refusal(
            &conflict("Domain old-lopez.com is disabled"),
            "old-lopez.com"
        )
        .starts_with("old-lopez.com is disabled"));
        assert!(refusal(
            &conflict("SiteBuilder already exists for domain a.com"),
            "a.com"
        )
        .contains("already on a.com"));
        let missing = ApiError::from_response(
            404,
            r#"{"itemNotFound": {"message": "Resource not found", "code": 404}}"#,
        );
        assert!(refusal(&missing, "a.com").contains("no longer a web hosting domain"));
        assert!(refusal(
            &ApiError::from_response(401, "This server could not verify"),
            "a.com"
        )
        .starts_with("Wrong user name or password"));
    }
}
