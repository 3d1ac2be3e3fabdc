//! The agent's session: HTTP Basic credentials held in this tab's memory only — never in localStorage,
//! sessionStorage or cookies — so a reload or sign-out forgets them. The client built from them talks only
//! to the configured API (it takes paths, never URLs).

use crate::api::{accounts, ApiError, Client};
use crate::i18n::{agent, Text};

/// What the sign-in form says before anything is sent: `(field id, sentence)` for an empty user name
/// and an empty password, in that order. The portal's sign-in and its first stage both ask this.
pub fn sign_in_problems(user: &str, password: &str) -> Vec<(&'static str, Text)> {
    let mut found = Vec::new();
    if user.trim().is_empty() {
        found.push(("agent-user", agent::ENTER_USER));
    }
    if password.is_empty() {
        found.push(("agent-password", agent::ENTER_PASSWORD));
    }
    found
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgentSession {
    pub user: String,
    password: Secret,
    pub client: Client,
}

/// The password, in memory only, and never printed.
#[derive(Clone, PartialEq, Eq)]
struct Secret(String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("(secret)")
    }
}

impl AgentSession {
    /// A session for credentials already accepted by the API (by [`sign_in`], in this module or in the
    /// sign-in stage or the module of the portal that handed them over).
    pub fn accepted(anonymous: &Client, user: &str, password: &str) -> Self {
        Self {
            user: user.trim().to_string(),
            password: Secret(password.to_string()),
            client: anonymous.with_basic(user.trim(), password),
        }
    }

    /// The accepted user and password, to hand over to the portal's other module (in memory, as the
    /// arguments of one call).
    pub fn credentials(&self) -> (&str, &str) {
        (&self.user, &self.password.0)
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

/// The account an agent's order is for (`PUT /orders/{id}/account` with its number), named as the
/// account's regular contact is, and the order it concerns.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OnBehalf {
    pub number: String,
    /// "Ana Lopez" (or the company); empty when the account has no named contact.
    pub name: String,
    pub order_id: String,
}

impl OnBehalf {
    /// "acct100001 (Ana Lopez)", or the number alone.
    pub fn words(&self) -> String {
        if self.name.is_empty() {
            self.number.clone()
        } else {
            format!("{} ({})", self.number, self.name)
        }
    }
}

/// Whom an account's contacts name: its regular contact (else the first) as "First Last", else the
/// company; empty when none is named.
pub fn holder_name(contacts: &[serde_json::Value]) -> String {
    let contact = contacts
        .iter()
        .find(|c| c["type"] == "regular")
        .or_else(|| contacts.first());
    let Some(c) = contact else {
        return String::new();
    };
    let part = |k: &str| c["name"][k].as_str().unwrap_or_default().trim();
    let person = format!("{} {}", part("firstName"), part("lastName"));
    match person.trim() {
        "" => part("company").to_string(),
        p => p.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_account_is_named_by_its_regular_contact() {
        let contacts = [
            json!({"type": "billing", "name": {"firstName": "Bill", "lastName": "Payer"}}),
            json!({"type": "regular", "name": {"firstName": "Ana", "lastName": "Lopez"}}),
        ];
        assert_eq!(holder_name(&contacts), "Ana Lopez");
        assert_eq!(
            holder_name(&[json!({"name": {"company": "Lopez Bakery"}})]),
            "Lopez Bakery"
        );
        assert_eq!(holder_name(&[]), "");
        let named = OnBehalf {
            number: "acct100001".into(),
            name: "Ana Lopez".into(),
            order_id: "o1".into(),
        };
        assert_eq!(named.words(), "acct100001 (Ana Lopez)");
        let bare = OnBehalf {
            name: String::new(),
            ..named
        };
        assert_eq!(bare.words(), "acct100001");
    }

    #[test]
    fn an_empty_sign_in_names_both_fields_and_a_blank_user_name_is_empty() {
        let fields = |u, p| {
            super::sign_in_problems(u, p)
                .into_iter()
                .map(|(f, _)| f)
                .collect::<Vec<_>>()
        };
        assert_eq!(fields("", ""), ["agent-user", "agent-password"]);
        assert_eq!(fields("  ", "x"), ["agent-user"]);
        assert_eq!(
            fields("qwe", " "),
            Vec::<&str>::new(),
            "a password may be spaces"
        );
    }
}
