//! Who is calling: the anonymous owner (the `OwnerId` cookie) and/or an agent (HTTP Basic).

use std::collections::HashMap;

use axum::extract::FromRequestParts;
use axum::http::{header, request::Parts, HeaderMap};
use base64::Engine;

use crate::demo::{self, ExistingAccount};
use crate::error::ApiError;
use crate::model::Order;
use crate::rules::messages as m;
use crate::AppState;

pub const OWNER_COOKIE: &str = "OwnerId";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agent {
    pub user: String,
    /// May pass `clientIp` on order creation.
    pub elevated: bool,
}

impl Agent {
    /// The partner (franchise) an agent belongs to: the part of the login after `@`.
    pub fn partner(&self) -> &str {
        self.user.split_once('@').map_or("", |(_, p)| p)
    }
}

#[derive(Debug, Default)]
pub struct Agents {
    by_user: HashMap<String, (String, bool)>,
}

impl Agents {
    pub fn new(list: Vec<(String, String, bool)>) -> Self {
        Self {
            by_user: list.into_iter().map(|(u, p, e)| (u, (p, e))).collect(),
        }
    }

    /// Checks `Authorization: Basic …`. Wrong credentials are a 401, never silently anonymous.
    pub fn check(&self, headers: &HeaderMap) -> Result<Option<Agent>, ApiError> {
        let Some(value) = headers.get(header::AUTHORIZATION) else {
            return Ok(None);
        };
        let value = value.to_str().map_err(|_| ApiError::Unauthorized)?;
        let encoded = value
            .strip_prefix("Basic ")
            .or_else(|| value.strip_prefix("basic "))
            .ok_or(ApiError::Unauthorized)?;
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(encoded.trim())
            .map_err(|_| ApiError::Unauthorized)?;
        let decoded = String::from_utf8(decoded).map_err(|_| ApiError::Unauthorized)?;
        let (user, password) = decoded.split_once(':').ok_or(ApiError::Unauthorized)?;
        match self.by_user.get(user) {
            Some((expected, elevated)) if expected == password => Ok(Some(Agent {
                user: user.to_string(),
                elevated: *elevated,
            })),
            _ => Err(ApiError::Unauthorized),
        }
    }
}

/// Reads the `OwnerId` cookie from the request's `Cookie` headers.
pub fn owner_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, value)| *name == OWNER_COOKIE && !value.is_empty())
        .map(|(_, value)| value.to_string())
}

/// The caller of a request. Extracting it fails with 401 when Basic credentials are given but wrong.
#[derive(Clone, Debug, Default)]
pub struct Caller {
    pub owner: Option<String>,
    pub agent: Option<Agent>,
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Caller {
            owner: owner_cookie(&parts.headers),
            agent: state.agents.check(&parts.headers)?,
        })
    }
}

impl Caller {
    /// The agent, or 401 (for routes that require Basic credentials).
    pub fn require_agent(&self) -> Result<&Agent, ApiError> {
        self.agent.as_ref().ok_or(ApiError::Unauthorized)
    }

    /// The account if this agent may see it: 401 without credentials, 404 unknown, 403 another partner's,
    /// or closed/suspended without the elevated permission.
    pub fn existing_account(
        &self,
        number: &str,
    ) -> Result<(&'static ExistingAccount, Agent), ApiError> {
        let agent = self.require_agent()?.clone();
        let account = demo::account(number).ok_or(ApiError::NotFound)?;
        if account.partner != agent.partner() || (account.status != "open" && !agent.elevated) {
            return Err(ApiError::forbidden(m::permission("Account")));
        }
        Ok((account, agent))
    }

    /// Whether this caller may use `order`:
    /// the owner (by cookie) or an associated agent may; an authenticated agent that is not associated gets
    /// `403 "Unauthorized: {resource} failed permission check"`; anyone else gets 401.
    pub fn authorize(&self, order: &Order, resource: &str) -> Result<(), ApiError> {
        if self.owner.as_deref() == Some(order.owner_id.as_str()) {
            return Ok(());
        }
        match &self.agent {
            Some(agent) if order.agent.as_deref() == Some(agent.user.as_str()) => Ok(()),
            Some(_) => Err(ApiError::forbidden(format!(
                "Unauthorized: {resource} failed permission check"
            ))),
            None => Err(ApiError::Unauthorized),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn agents() -> Agents {
        Agents::new(vec![("qwe@partner".into(), "pw:with:colons".into(), true)])
    }

    #[test]
    fn basic_credentials_are_checked() {
        let mut h = HeaderMap::new();
        assert_eq!(agents().check(&h), Ok(None));
        let good = base64::engine::general_purpose::STANDARD.encode("qwe@partner:pw:with:colons");
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_str(&format!("Basic {good}")).unwrap(),
        );
        let agent = agents().check(&h).unwrap().unwrap();
        assert_eq!(agent.partner(), "partner");
        let bad = base64::engine::general_purpose::STANDARD.encode("qwe@partner:nope");
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_str(&format!("Basic {bad}")).unwrap(),
        );
        assert_eq!(agents().check(&h), Err(ApiError::Unauthorized));
    }

    #[test]
    fn owner_cookie_is_found_among_others() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; OwnerId=abc-123; b=2"),
        );
        assert_eq!(owner_cookie(&h).as_deref(), Some("abc-123"));
    }
}
