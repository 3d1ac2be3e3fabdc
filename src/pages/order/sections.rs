//! Where on the review a documented refusal of validate or submit is said, and in which words.

use crate::api::ApiError;

/// Which section of the review a documented message concerns.
pub fn section_of(e: &ApiError) -> &'static str {
    let m = e.fault().map(|f| f.message.as_str()).unwrap_or_default();
    if m.contains("Account has not been set")
        || m.contains("test attribute")
        || (m.starts_with("No ") && m.ends_with("attribute set."))
    {
        "review-account"
    } else if m.starts_with("Contact info type") {
        "review-contacts"
    } else if m.contains("quote has changed") {
        "review-quote"
    } else if m.contains("plans") || m.contains("plugin data") || e.status() == Some(409) {
        "review-cart"
    } else {
        "review-submit"
    }
}

pub fn message(e: &ApiError) -> String {
    match e.fault() {
        Some(f) if f.message.starts_with("Missing plugin data") => {
            format!("{} — a web hosting service needs its domain.", f.message)
        }
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(status: u16, kind: &str, message: &str) -> ApiError {
        ApiError::from_response(
            status,
            &format!(
                r#"{{"{kind}": {{"message": {message:?}, "code": {status}, "details": ""}}}}"#
            ),
        )
    }

    #[test]
    fn documented_messages_land_in_their_section() {
        assert_eq!(
            section_of(&err(400, "computeFault", "Account has not been set")),
            "review-account"
        );
        assert_eq!(
            section_of(&err(
                400,
                "computeFault",
                "No partner_account_id attribute set."
            )),
            "review-account"
        );
        assert_eq!(
            section_of(&err(
                400,
                "computeFault",
                "Contact info type \"regular\" is not set"
            )),
            "review-contacts"
        );
        assert_eq!(
            section_of(&err(
                400,
                "computeFault",
                "All plans in the order must contain at least one product."
            )),
            "review-cart"
        );
        assert_eq!(
            section_of(&err(
                400,
                "computeFault",
                "Missing plugin data for service type(s): set([u'core.www'])"
            )),
            "review-cart"
        );
        assert_eq!(
            section_of(&err(409, "conflict", "Contains a blacklisted domain")),
            "review-cart"
        );
        assert_eq!(
            section_of(&err(
                409,
                "conflict",
                "The quote has changed since it was obtained. Get a new quote and submit again."
            )),
            "review-quote"
        );
        assert_eq!(section_of(&ApiError::Network("x".into())), "review-submit");
    }
}
