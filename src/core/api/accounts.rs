//! Existing accounts and the ordering shortcuts (agents, HTTP Basic).

use serde::Deserialize;
use serde_json::Value;

use super::catalog::segment;
use super::model::catalog::List;
use super::model::quote::ShortcutQuote;
use super::model::{id_from_href, Links, ServiceKind};
use super::{ApiError, Client};

/// Whether the API accepts the client's credentials: a read that needs them, of an order that does
/// not exist. 401 means wrong credentials; 404 (or 403) means they were accepted.
pub async fn check_credentials(client: &Client) -> Result<(), ApiError> {
    match client
        .get("/orders/0000000000000000000000000000000000000000")
        .await
    {
        Ok(_) => Ok(()),
        Err(e) if matches!(e.status(), Some(403 | 404)) => Ok(()),
        Err(e) => Err(e),
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExistingAccount {
    pub account_number: String,
    #[serde(default)]
    pub partner_account_id: Option<String>,
    pub created_date: String,
    pub currency: String,
    /// `open`, `closed`, `suspended`: the portal shows it.
    pub status: String,
}

pub async fn account(client: &Client, number: &str) -> Result<ExistingAccount, ApiError> {
    client
        .get(&format!("/accounts/{}", segment(number)))
        .await?
        .json()
}

pub async fn partner_account(client: &Client, id: &str) -> Result<ExistingAccount, ApiError> {
    client
        .get(&format!("/partnerAccounts/{}", segment(id)))
        .await?
        .json()
}

/// Contacts as the API gives them (name and contact media are what the portal shows).
pub async fn contacts(client: &Client, number: &str) -> Result<Vec<Value>, ApiError> {
    Ok(client
        .get(&format!("/accounts/{}/contacts", segment(number)))
        .await?
        .json::<List<Value>>()?
        .list)
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct AccountItem {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub name: String,
    #[serde(default, rename = "displayName")]
    pub display_name: Option<String>,
    #[serde(default)]
    pub status: String,
    #[serde(default, rename = "serviceSpecification")]
    pub service_specification: Option<String>,
    #[serde(default)]
    pub links: Links,
}

impl AccountItem {
    pub fn id(&self) -> String {
        self.id
            .clone()
            .or_else(|| self.links.rel("self").and_then(id_from_href))
            .unwrap_or_default()
    }

    pub fn spec_id(&self) -> String {
        self.service_specification
            .as_deref()
            .and_then(id_from_href)
            .unwrap_or_default()
    }

    pub fn kind(&self) -> ServiceKind {
        ServiceKind::of(&self.spec_id())
    }
}

pub async fn products(client: &Client, number: &str) -> Result<Vec<AccountItem>, ApiError> {
    Ok(client
        .get(&format!("/accounts/{}/products", segment(number)))
        .await?
        .json::<List<AccountItem>>()?
        .list)
}

pub async fn services(
    client: &Client,
    number: &str,
    product: &str,
) -> Result<Vec<AccountItem>, ApiError> {
    let path = format!(
        "/accounts/{}/products/{}/services",
        segment(number),
        segment(product)
    );
    Ok(client.get(&path).await?.json::<List<AccountItem>>()?.list)
}

/// What ordering a mailbox gave: a quote to accept (paid), or an order already submitted (free).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MailboxOrder {
    Paid {
        order_id: String,
        quote: ShortcutQuote,
    },
    Free {
        order_id: String,
    },
}

pub async fn order_mailbox(
    client: &Client,
    number: &str,
    domain: &str,
    body: &Value,
) -> Result<MailboxOrder, ApiError> {
    let path = format!(
        "/accounts/{}/exchange/{}/mailboxes",
        segment(number),
        segment(domain)
    );
    let reply = client.post(&path, body).await?;
    if reply.body.trim().is_empty() {
        let order_id = reply
            .location
            .as_deref()
            .and_then(id_from_href)
            .ok_or_else(|| ApiError::decode("the free mailbox's order was not in Location"))?;
        return Ok(MailboxOrder::Free { order_id });
    }
    let quote: ShortcutQuote = reply.json()?;
    let order_id = quote
        .order_id()
        .ok_or_else(|| ApiError::decode("no order link in the mailbox quote"))?;
    Ok(MailboxOrder::Paid { order_id, quote })
}

/// `PUT /accounts/{acct}/domains/{domain}` → the new order's id (then submit it).
pub async fn register_domain(
    client: &Client,
    number: &str,
    domain: &str,
    body: &Value,
) -> Result<String, ApiError> {
    let path = format!("/accounts/{}/domains/{}", segment(number), segment(domain));
    let v: Value = client.put(&path, body).await?.json()?;
    v.get("orderId")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| ApiError::decode("no orderId in the domain order"))
}

/// The SiteBuilder shortcut's `202` body: the documented links `self`, `submit`
/// (`/orders/{id}/action/`) and `quote` (`/orders/{id}/quote/`); `orderId` when the API sends it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ShortcutOrder {
    #[serde(default, rename = "orderId")]
    order_id: Option<String>,
    /// The documentation names the order by these links.
    links: Links,
}

impl ShortcutOrder {
    /// The new order's id: `orderId`, else the order of the `submit` or `quote` link.
    pub fn order_id(&self) -> Option<String> {
        self.order_id.clone().or_else(|| {
            ["submit", "quote"].iter().find_map(|rel| {
                let href = self.links.rel(rel)?.trim_end_matches('/');
                let order = href.rsplit_once('/')?.0;
                order.contains("/orders/").then(|| id_from_href(order))?
            })
        })
    }
}

/// `PUT /accounts/{acct}/web/{domain}/sitebuilder` (no body) → the new order's id; its price is the
/// order's quote, then it is submitted.
pub async fn order_sitebuilder(
    client: &Client,
    number: &str,
    domain: &str,
) -> Result<String, ApiError> {
    let path = format!(
        "/accounts/{}/web/{}/sitebuilder",
        segment(number),
        segment(domain)
    );
    client
        .put(&path, &serde_json::json!({}))
        .await?
        .json::<ShortcutOrder>()?
        .order_id()
        .ok_or_else(|| ApiError::decode("no order in the SiteBuilder answer"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sitebuilder_order_is_named_by_its_links() {
        let with_id: ShortcutOrder =
            serde_json::from_str(r#"{"orderId": "o1", "links": []}"#).unwrap();
        assert_eq!(with_id.order_id().as_deref(), Some("o1"));
        let links_only: ShortcutOrder = serde_json::from_str(
            r#"{"links": [{"rel": "self", "href": "https://api.hostway.com/accounts/a/web/d.com/sitebuilder"},
                {"rel": "submit", "href": "https://api.hostway.com/orders/00000145ff82/action/"},
                {"rel": "quote", "href": "https://api.hostway.com/orders/00000145ff82/quote/"}]}"#,
        )
        .unwrap();
        assert_eq!(links_only.order_id().as_deref(), Some("00000145ff82"));
        assert!(serde_json::from_str::<ShortcutOrder>(r#"{"orderId": "o1"}"#).is_err());
    }

    #[test]
    fn account_lookup_shape() {
        let a: ExistingAccount = serde_json::from_str(r#"{"accountNumber": "acct999999", "createdDate": "2014-03-01", "currency": "USD", "status": "open", "products": "x", "links": []}"#).unwrap();
        assert_eq!(
            (a.account_number.as_str(), a.status.as_str()),
            ("acct999999", "open")
        );
    }
}
