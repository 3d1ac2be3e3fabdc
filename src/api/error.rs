//! `ApiError`: network/CORS failure, an HTTP status with the decoded Hostway envelope, a non-JSON error
//! body (the documented plain-text 401), a decode error, or an aborted request. Cloneable so views and
//! error boundaries can hold it.

use std::collections::BTreeMap;

use serde_json::Value;

/// The decoded `{"<type>": {guid, message, code, details}}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    /// `computeFault`, `badRequest`, `forbidden`, `itemNotFound`, `conflict`, …
    pub kind: String,
    pub message: String,
    pub code: u16,
    /// Field → problem (empty when the API sent `""`).
    pub details: BTreeMap<String, String>,
    pub guid: Option<String>,
}

impl Fault {
    /// Decodes an envelope; `None` when the body is not one.
    pub fn decode(body: &str) -> Option<Self> {
        let value: Value = serde_json::from_str(body).ok()?;
        let (kind, inner) = value.as_object()?.iter().next()?;
        let inner = inner.as_object()?;
        let message = inner.get("message")?.as_str()?.to_string();
        let code = inner.get("code").and_then(Value::as_u64).unwrap_or(0) as u16;
        let details = match inner.get("details") {
            Some(Value::Object(map)) => map
                .iter()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        v.as_str().map_or_else(|| v.to_string(), str::to_string),
                    )
                })
                .collect(),
            _ => BTreeMap::new(),
        };
        let guid = inner
            .get("guid")
            .and_then(Value::as_str)
            .map(str::to_string);
        Some(Self {
            kind: kind.clone(),
            message,
            code,
            details,
            guid,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// The request never got a readable answer: API down, offline, or refused by CORS.
    #[error("The ordering API could not be reached ({0}). Check your connection; if it persists the API may be down or may not allow this site.")]
    Network(String),
    /// Not sent: the browser is offline (`navigator.onLine` is false). Writes fail at once with this;
    /// reads wait for the connection instead.
    #[error("You are offline, so this was not sent. Everything you entered is kept: try again once you are back online.")]
    Offline,
    /// An HTTP error with the documented envelope.
    #[error("{}", describe_fault(*.status, .fault))]
    Status { status: u16, fault: Fault },
    /// An HTTP error whose body is not the envelope (e.g. the plain-text 401).
    #[error("{}", describe_status(*.status, .body))]
    Text { status: u16, body: String },
    /// A success whose body could not be read as expected.
    #[error("The ordering API sent a response this page does not understand ({0}).")]
    Decode(String),
    /// Cancelled because the view that asked for it went away.
    #[error("The request was cancelled.")]
    Aborted,
}

fn describe_fault(status: u16, fault: &Fault) -> String {
    if status >= 500 {
        format!("The ordering service failed for a moment ({}). Nothing you entered is lost; please try again.", fault.message)
    } else {
        fault.message.clone()
    }
}

fn describe_status(status: u16, body: &str) -> String {
    match status {
        401 => "Not authorized: the API did not accept this browser's order cookie or the credentials given.".into(),
        403 => "Forbidden: you do not have permission for this.".into(),
        404 => "Not found.".into(),
        502 => "The ordering API's backend failed (502). Please try again.".into(),
        _ if body.trim().is_empty() => format!("The ordering API answered with status {status}."),
        _ => format!("The ordering API answered with status {status}: {}", body.chars().take(200).collect::<String>()),
    }
}

impl ApiError {
    /// Builds the error for a non-success response.
    pub fn from_response(status: u16, body: &str) -> Self {
        match Fault::decode(body) {
            Some(fault) => Self::Status { status, fault },
            None => Self::Text {
                status,
                body: body.to_string(),
            },
        }
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Status { status, .. } | Self::Text { status, .. } => Some(*status),
            _ => None,
        }
    }

    pub fn fault(&self) -> Option<&Fault> {
        match self {
            Self::Status { fault, .. } => Some(fault),
            _ => None,
        }
    }

    /// Whether a retry may help and is safe for a read: network failures and 502/503/504.
    pub fn is_transient(&self) -> bool {
        matches!(self, Self::Network(_) | Self::Offline) || matches!(self.status(), Some(502..=504))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_the_documented_envelopes() {
        let e = ApiError::from_response(
            409,
            r#"{"conflict": {"guid": "e250bf7e-688d-45ba-8308-58374529be58", "message": "A new order has already been created for this ownerID", "code": 409, "details": ""}}"#,
        );
        let f = e.fault().unwrap();
        assert_eq!(f.kind, "conflict");
        assert_eq!(f.code, 409);
        assert!(f.details.is_empty());
        assert_eq!(
            e.to_string(),
            "A new order has already been created for this ownerID"
        );
        // guid is absent in older examples
        let e = ApiError::from_response(
            400,
            r#"{ "computeFault": { "message": "Account has not been set", "code": 400, "details": "" } }"#,
        );
        assert_eq!(e.fault().unwrap().guid, None);
        let e = ApiError::from_response(
            400,
            r#"{"badRequest": {"message": "POST data error", "code": 400, "details": {"notes": "Required"}}}"#,
        );
        assert_eq!(e.fault().unwrap().details["notes"], "Required");
    }

    #[test]
    fn plain_text_401_is_kept_apart() {
        let e = ApiError::from_response(401, "This server could not verify that you are authorized to access the document you requested.");
        assert!(matches!(e, ApiError::Text { status: 401, .. }));
        assert!(e.to_string().starts_with("Not authorized"));
        assert!(!e.is_transient());
        assert!(ApiError::from_response(502, "").is_transient());
        let backend = ApiError::from_response(
            502,
            r#"{"computeFault": {"message": "Unexpected backend response", "code": 502, "details": ""}}"#,
        );
        assert!(
            backend
                .to_string()
                .contains("(Unexpected backend response)")
                && backend.to_string().contains("try again")
        );
    }
}
