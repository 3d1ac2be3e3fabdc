//! The SiteBuilder shortcut: `PUT /accounts/{acct}/web/{domain}/sitebuilder` (Basic), for one of the
//! account's web hosting domains; an order answered like the other shortcuts' (see `shortcuts.rs`).

use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::put;
use axum::Router;
use serde_json::Value;

use super::shortcuts::{accepted, shortcut_order, yearly_product};
use super::JsonBody;
use crate::auth::Caller;
use crate::demo::ExistingAccount;
use crate::error::{ApiError, ApiResult};
use crate::held;
use crate::links::Base;
use crate::model::status;
use crate::rules::fields::Problems;
use crate::rules::messages as m;
use crate::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route(
        "/accounts/{acct}/web/{domain}/sitebuilder",
        put(sitebuilder_put),
    )
}

/// Whether SiteBuilder runs on `domain` of the account already (one of its products), or is being
/// provisioned for it (a submitted order; an open order is not a product yet).
fn sitebuilder_exists(state: &AppState, a: &ExistingAccount, domain: &str) -> ApiResult<bool> {
    if held::service(state, a, "core.sitebuilder", domain)?.is_some() {
        return Ok(true);
    }
    Ok(state.store.all()?.iter().any(|o| {
        o.account.as_ref().and_then(|a| a.number.as_deref()) == Some(a.number)
            && o.status != status::NEW
            && o.status != status::FAILED
            && o.services()
                .any(|(_, s)| s.spec == "core.sitebuilder" && s.name.eq_ignore_ascii_case(domain))
    }))
}

/// SiteBuilder for one of the account's web hosting domains. The body is undocumented: the sandbox takes
/// none, `{}`, or `{"billingCycle": 12}` (the service's only cycle); anything else is a 400. A new order
/// answers `202` with the documented links `self`, `submit` and `quote`, and a fresh `OwnerId`.
async fn sitebuilder_put(
    State(state): State<AppState>,
    caller: Caller,
    base: Base,
    Path((acct, domain)): Path<(String, String)>,
    body: JsonBody,
) -> ApiResult<Response> {
    let (a, agent) = caller.existing_account(&acct)?;
    let body = body.object()?.clone();
    let mut problems = Problems::default();
    for (key, value) in &body {
        let problem = match key.as_str() {
            "billingCycle" if value.as_u64() == Some(12) => Ok(()),
            "billingCycle" => Err("Must be 12 (months)".to_string()),
            _ => Err("Not allowed".to_string()),
        };
        problems.check(key, problem);
    }
    problems.into_result()?;
    let web = held::service(&state, a, "core.www", &domain)?.ok_or(ApiError::NotFound)?;
    if web.disabled {
        return Err(ApiError::conflict(m::domain_disabled(&web.name)));
    }
    if sitebuilder_exists(&state, a, &web.name)? {
        return Err(ApiError::conflict(m::sitebuilder_exists(&web.name)));
    }
    let mut attrs = serde_json::Map::new();
    attrs.insert("domain".into(), Value::String(web.name.clone()));
    let product = yearly_product(
        "core.plan.sitebuilder",
        a,
        "core.sitebuilder",
        &web.name,
        attrs,
    );
    let order = shortcut_order(&agent, a, product);
    accepted(
        &state,
        &base,
        &format!("/accounts/{acct}/web/{domain}/sitebuilder"),
        &order,
    )
}
