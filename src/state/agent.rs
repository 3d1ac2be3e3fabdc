//! The agent's session: HTTP Basic credentials held in this tab's memory only — never in localStorage,
//! sessionStorage or cookies — so a reload or sign-out forgets them. The client built from them talks only
//! to the configured API (it takes paths, never URLs).

use crate::api::{accounts, ApiError, Client};

/// What the sign-in says of the credentials.
pub const NOT_KEPT: &str =
    "Your credentials stay in this tab's memory: reloading or signing out forgets them.";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgentSession {
    pub user: String,
    pub client: Client,
}

impl AgentSession {
    /// A session for credentials already accepted by the API (by [`sign_in`], in this module or in the
    /// sign-in stage that handed them over).
    pub fn accepted(anonymous: &Client, user: &str, password: &str) -> Self {
        Self {
            user: user.trim().to_string(),
            client: anonymous.with_basic(user.trim(), password),
        }
    }
}

/// Checks the credentials against the API at once; a wrong password is a clear error.
pub async fn sign_in(
    anonymous: &Client,
    user: &str,
    password: &str,
) -> Result<AgentSession, ApiError> {
    let session = AgentSession::accepted(anonymous, user, password);
    accounts::check_credentials(&session.client).await?;
    Ok(session)
}
