//! Orders: creation and status.

use serde::Deserialize;

use super::Links;

/// `POST /orders` → `{"orderId", "links"}`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct CreatedOrder {
    #[serde(rename = "orderId")]
    pub order_id: String,
    #[serde(default)]
    pub links: Links,
}

/// Order status. The documentation shows `new`, `Processing` and `Completed` (mixed case) and names no
/// failure; the sandbox uses `Failed`. Anything else is kept as it came.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OrderStatus {
    New,
    Processing,
    Completed,
    Failed,
    Other(String),
}

impl OrderStatus {
    pub fn parse(s: &str) -> Self {
        match s.trim().to_ascii_lowercase().as_str() {
            "new" => Self::New,
            "processing" | "pending" => Self::Processing,
            "completed" | "complete" => Self::Completed,
            "failed" | "failure" | "error" | "cancelled" | "canceled" => Self::Failed,
            _ => Self::Other(s.to_string()),
        }
    }

    /// No further change is expected.
    pub fn is_final(&self) -> bool {
        matches!(self, Self::Completed | Self::Failed)
    }

    pub fn label(&self) -> &str {
        match self {
            Self::New => "Open",
            Self::Processing => "Processing",
            Self::Completed => "Completed",
            Self::Failed => "Failed",
            Self::Other(s) => s,
        }
    }
}

impl<'de> Deserialize<'de> for OrderStatus {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Self::parse(&String::deserialize(d)?))
    }
}

/// `GET /orders/{id}` → `{"order": {"Status", "Account"?}, "links"}`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct OrderState {
    pub order: OrderBody,
    #[serde(default)]
    pub links: Links,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct OrderBody {
    #[serde(rename = "Status", alias = "status")]
    pub status: OrderStatus,
    #[serde(rename = "Account", alias = "account", default)]
    pub account: Option<String>,
    /// Undocumented; the sandbox names the assigned agent.
    #[serde(rename = "Agent", alias = "agent", default)]
    pub agent: Option<String>,
    /// Undocumented; the sandbox gives the reason of a failure.
    #[serde(rename = "Reason", alias = "reason", default)]
    pub reason: Option<String>,
}

impl OrderState {
    /// The explicit order id: from the `alternate` link (the `/order` shorthand) or `self`.
    pub fn order_id(&self) -> Option<String> {
        self.links
            .rel("alternate")
            .or_else(|| self.links.rel("self"))
            .and_then(super::id_from_href)
    }
}
