//! `ApiError`: network/CORS failure, an HTTP status with the decoded Hostway envelope, a non-JSON error
//! body (the documented plain-text 401), a decode error, or an aborted request. Cloneable so views and
//! error boundaries can hold it.

use crate::i18n::{self, error};

pub use super::fault::Fault;

/// What went wrong with a request. Its `Display` is the sentence a customer reads: what failed in words,
/// never a response body, JSON, HTML, a browser exception or Rust debug text; 4xx envelopes keep the
/// API's documented message (that is the API speaking to the customer). What support needs (the HTTP
/// status, the envelope's `guid`) is in [`ApiError::reference`]; the raw detail goes to the console only
/// ([`ApiError::log`]).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// The request never got a readable answer: API down, offline, or refused by CORS. The string is
    /// the browser's own text, for the console only.
    #[error("{}", error::UNREACHABLE.text())]
    Network(String),
    /// Not sent: the browser is offline (`navigator.onLine` is false). Writes fail at once with this;
    /// reads wait for the connection instead.
    #[error("{}", error::OFFLINE.text())]
    Offline,
    /// An HTTP error with the documented envelope.
    #[error("{}", describe_fault(*.status, .fault))]
    Status { status: u16, fault: Fault },
    /// An HTTP error whose body is not the envelope (the plain-text 401, a proxy's HTML page, a
    /// truncated body). The body is for the console only.
    #[error("{}", describe_status(*.status))]
    Text { status: u16, body: String },
    /// A success whose body could not be read as the documentation describes it (not JSON, a required
    /// field missing or of another type), with the answer's status when it came from one. `detail` is
    /// the decoder's text, for the console only.
    #[error("{}", error::UNREADABLE.text())]
    Decode { status: Option<u16>, detail: String },
    /// The browser does not keep or send the API's `OwnerId` cookie, so an order it creates cannot be
    /// continued on this page.
    #[error("{}", error::COOKIES_REFUSED.text())]
    CookiesRefused,
    /// The API answers, but its cross-origin policy refuses this page's origin (the health check found
    /// out): a setup problem of the site, which no retry fixes.
    #[error("{}", error::ORIGIN_REFUSED.text())]
    OriginRefused,
    /// Cancelled because the view that asked for it went away.
    #[error("{}", error::CANCELLED.text())]
    Aborted,
}

/// A message of the API as it sent it (in English): marked as the service's own words when the page
/// speaks another language. The refusals the app knows are said in the page's language where they
/// are placed (at their field).
pub fn from_api(message: &str) -> String {
    if i18n::choice::language(&i18n::locale()) == "en" {
        message.to_string()
    } else {
        format!("{} “{message}”", error::FROM_API.text())
    }
}

fn describe_fault(status: u16, fault: &Fault) -> String {
    if status >= 500 {
        error::SERVER.text()
    } else {
        from_api(&fault.message)
    }
}

/// What an error answer without the documented envelope says, by its status (as [`ApiError::Text`]).
pub fn describe_status(status: u16) -> String {
    match status {
        401 => error::NOT_AUTHORIZED.text(),
        403 => error::FORBIDDEN.text(),
        404 => error::NOT_FOUND.text(),
        500.. => error::SERVER.text(),
        _ => error::REFUSED.text(),
    }
}

/// A `guid` in a body that is not a whole envelope (a truncated one, say): support can still trace it.
/// Only a plain identifier is taken (hex digits and dashes), never other text of the body.
fn scrape_guid(body: &str) -> Option<String> {
    let rest = &body[body.find("\"guid\"")? + 6..];
    let rest = rest
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    let guid: String = rest
        .chars()
        .take_while(|c| c.is_ascii_hexdigit() || *c == '-')
        .collect();
    (guid.len() >= 8 && rest[guid.len()..].starts_with('"')).then_some(guid)
}

impl ApiError {
    /// A decode error not tied to one answer's status.
    pub fn decode(detail: impl Into<String>) -> Self {
        Self::Decode {
            status: None,
            detail: detail.into(),
        }
    }

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

    /// The documented 401/403/404 in plain words (wrong credentials, no permission, an order not
    /// associated with the caller); anything else as its own text.
    pub fn reason(&self) -> String {
        match self.status() {
            Some(401) => error::WRONG_CREDENTIALS.text(),
            Some(403) => match self.fault() {
                Some(f) if f.message.contains("Order failed") => error::NOT_YOURS.text(),
                Some(f) => error::NOT_PERMITTED.fill(&[("reason", &f.message)]),
                None => error::FORBIDDEN.text(),
            },
            Some(404) => error::MISSING.text(),
            _ => self.to_string(),
        }
    }

    /// Whether a retry may help and is safe for a read: network failures and 502/503/504.
    pub fn is_transient(&self) -> bool {
        matches!(self, Self::Network(_) | Self::Offline) || matches!(self.status(), Some(502..=504))
    }

    /// Whether this says the ordering service itself is failing (not the customer's input, not the
    /// browser's connection): server errors and answers that cannot be read.
    pub fn is_service_fault(&self) -> bool {
        matches!(self, Self::Decode { .. }) || matches!(self.status(), Some(500..))
    }

    /// What support needs to trace it, as label and value pairs for a "technical details" disclosure:
    /// the kind of failure, the HTTP status and the envelope's `guid` when there is one. No body text.
    pub fn reference(&self) -> Vec<(String, String)> {
        let kind = match self {
            Self::Network(_) => error::KIND_NETWORK,
            Self::Offline => error::KIND_OFFLINE,
            Self::Status { .. } => error::KIND_STATUS,
            Self::Text { .. } => error::KIND_TEXT,
            Self::Decode { .. } => error::KIND_DECODE,
            Self::CookiesRefused => error::KIND_COOKIES,
            Self::OriginRefused => error::KIND_ORIGIN,
            Self::Aborted => error::KIND_ABORTED,
        };
        let mut out = vec![(error::REF_FAILURE.text(), kind.text())];
        let answered = match self {
            Self::Decode { status, .. } => *status,
            _ => self.status(),
        };
        if let Some(status) = answered {
            out.push((error::REF_STATUS.text(), status.to_string()));
        }
        let guid = match self {
            Self::Status { fault, .. } => fault.guid.clone(),
            Self::Text { body, .. } => scrape_guid(body),
            _ => None,
        };
        if let Some(guid) = guid {
            out.push((error::REF_ID.text(), guid));
        }
        if matches!(self, Self::OriginRefused | Self::CookiesRefused) {
            out.push((error::REF_OWNER.text(), error::REF_OWNER_HINT.text()));
        }
        if let Some(fault) = self
            .fault()
            .filter(|f| !f.kind.is_empty() && f.kind.chars().all(|c| c.is_ascii_alphanumeric()))
        {
            out.push((error::REF_TYPE.text(), fault.kind.clone()));
        }
        out
    }

    /// Everything known, for the browser console: the reference plus the raw detail (body or the
    /// browser's or decoder's text), cut to 500 characters.
    pub fn console_text(&self, context: &str) -> String {
        let raw = match self {
            Self::Network(s) | Self::Decode { detail: s, .. } => s.clone(),
            Self::Text { body, .. } => body.chars().take(500).collect(),
            Self::Status { fault, .. } => format!("{}: {}", fault.kind, fault.message),
            _ => String::new(),
        };
        let reference: Vec<String> = self
            .reference()
            .into_iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect();
        format!(
            "Hostway ordering: {context} ({}) {raw}",
            reference.join("; ")
        )
    }

    /// Writes [`ApiError::console_text`] to the browser console (a warning).
    pub fn log(&self, context: &str) {
        #[cfg(target_arch = "wasm32")]
        web_sys::console::warn_1(&self.console_text(context).into());
        #[cfg(not(target_arch = "wasm32"))]
        let _ = context;
    }
}

#[cfg(test)]
#[path = "error_tests.rs"]
mod tests;
