//! The agent's session: HTTP Basic credentials held in this tab's memory only — never in localStorage,
//! sessionStorage or cookies — so a reload or sign-out forgets them. The client built from them talks only
//! to the configured API (it takes paths, never URLs).

use crate::api::{accounts, ApiError, Client};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgentSession {
    pub user: String,
    pub client: Client,
}

/// Checks the credentials against the API at once; a wrong password is a clear error.
pub async fn sign_in(
    anonymous: &Client,
    user: &str,
    password: &str,
) -> Result<AgentSession, ApiError> {
    let client = anonymous.with_basic(user.trim(), password);
    accounts::check_credentials(&client).await?;
    Ok(AgentSession {
        user: user.trim().to_string(),
        client,
    })
}
