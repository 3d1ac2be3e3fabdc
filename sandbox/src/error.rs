//! One error type for every handler, rendered as the documented Hostway envelope:
//! `{"<errorType>": {"guid", "message", "code", "details"}}`.
//!
//! 401 is the exception: the documentation describes its body only as a plain-text sentence (a framework
//! default), so the sandbox answers it as `text/plain`, and clients must tolerate a non-JSON error body.

use axum::extract::rejection::JsonRejection;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Map, Value};

/// The plain-text body of every 401, as the documentation quotes it.
pub const UNAUTHORIZED_TEXT: &str = "This server could not verify that you are authorized to access the \
document you requested. Either you supplied the wrong credentials (e.g., a bad password), or your browser \
doesn't understand how to supply the credentials required.";

pub const NOT_FOUND: &str = "Resource not found";
pub const POST_DATA_ERROR: &str = "POST data error";

#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// 400 `computeFault`: the action/create family of messages.
    Compute(String),
    /// 400 `badRequest`: "POST data error" style, with per-field details.
    BadRequest {
        message: String,
        details: Map<String, Value>,
    },
    /// 401, plain text.
    Unauthorized,
    /// 403 `forbidden`.
    Forbidden(String),
    /// 404 `itemNotFound`.
    NotFound,
    /// 405 `methodNotAllowed`.
    MethodNotAllowed(String),
    /// 409 `conflict`.
    Conflict(String),
    /// 502 `computeFault` (backend failure, also what fault injection answers).
    BadGateway(String),
}

impl ApiError {
    pub fn compute(message: impl Into<String>) -> Self {
        Self::Compute(message.into())
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::Forbidden(message.into())
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        Self::Conflict(message.into())
    }

    /// A 400 "POST data error" carrying the field → problem map.
    pub fn fields(details: Map<String, Value>) -> Self {
        Self::BadRequest {
            message: POST_DATA_ERROR.to_string(),
            details,
        }
    }

    /// A 400 "POST data error" for a single field.
    pub fn field(name: &str, problem: impl Into<String>) -> Self {
        let mut details = Map::new();
        details.insert(name.to_string(), Value::String(problem.into()));
        Self::fields(details)
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::Compute(_) | Self::BadRequest { .. } => StatusCode::BAD_REQUEST,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::BadGateway(_) => StatusCode::BAD_GATEWAY,
        }
    }

    /// The envelope's key, as the documentation names it.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Compute(_) | Self::BadGateway(_) => "computeFault",
            Self::BadRequest { .. } => "badRequest",
            Self::Unauthorized => "unauthorized",
            Self::Forbidden(_) => "forbidden",
            Self::NotFound => "itemNotFound",
            Self::MethodNotAllowed(_) => "methodNotAllowed",
            Self::Conflict(_) => "conflict",
        }
    }

    pub fn message(&self) -> &str {
        match self {
            Self::Compute(m)
            | Self::Forbidden(m)
            | Self::MethodNotAllowed(m)
            | Self::Conflict(m)
            | Self::BadGateway(m) => m,
            Self::BadRequest { message, .. } => message,
            Self::Unauthorized => UNAUTHORIZED_TEXT,
            Self::NotFound => NOT_FOUND,
        }
    }

    /// The JSON envelope (not used for 401).
    pub fn envelope(&self) -> Value {
        let details = match self {
            Self::BadRequest { details, .. } => Value::Object(details.clone()),
            _ => Value::String(String::new()),
        };
        json!({
            self.kind(): {
                "guid": uuid::Uuid::new_v4().to_string(),
                "message": self.message(),
                "code": self.status().as_u16(),
                "details": details,
            }
        })
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status == StatusCode::UNAUTHORIZED {
            return (
                status,
                [(header::CONTENT_TYPE, "text/plain; charset=UTF-8")],
                UNAUTHORIZED_TEXT,
            )
                .into_response();
        }
        (
            status,
            [(header::CONTENT_TYPE, "application/json; charset=UTF-8")],
            self.envelope().to_string(),
        )
            .into_response()
    }
}

/// Malformed JSON, a wrong content type or wrong field types all become the documented
/// 400 "POST data error"; the parser's own text is kept out of the response.
impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        let problem = match rejection {
            JsonRejection::JsonDataError(_) => "Invalid value or type",
            JsonRejection::JsonSyntaxError(_) => "Malformed JSON",
            JsonRejection::MissingJsonContentType(_) => "Content-Type must be application/json",
            _ => "Unreadable body",
        };
        Self::field("body", problem)
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_has_the_documented_shape() {
        let v =
            ApiError::conflict("A new order has already been created for this ownerID").envelope();
        let inner = &v["conflict"];
        assert_eq!(inner["code"], 409);
        assert_eq!(
            inner["message"],
            "A new order has already been created for this ownerID"
        );
        assert_eq!(inner["details"], "");
        assert_eq!(inner["guid"].as_str().unwrap().len(), 36);
    }

    #[test]
    fn field_errors_carry_details() {
        let v = ApiError::field("notes", "Required").envelope();
        assert_eq!(v["badRequest"]["details"]["notes"], "Required");
        assert_eq!(v["badRequest"]["message"], "POST data error");
        assert_eq!(v["badRequest"]["code"], 400);
    }
}
