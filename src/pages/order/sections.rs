//! Where on the review a documented refusal of validate or submit is said, and in which words.

use hostway_core::api::ApiError;
use hostway_core::i18n::refusal;

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

/// A documented refusal of validate or submit in the customer's words (the API's wording is for
/// developers: "Contact info type \"regular\" is not set"); anything else as the error says it.
pub fn message(e: &ApiError) -> String {
    let Some(m) = e.fault().map(|f| f.message.as_str()) else {
        return e.to_string();
    };
    if m.contains("Account has not been set") || m.contains("test attribute") {
        refusal::NO_ACCOUNT.text()
    } else if m.starts_with("No ") && m.ends_with("attribute set.") {
        refusal::NO_ATTRIBUTE.text()
    } else if m.starts_with("Contact info type") {
        refusal::NO_CONTACT.text()
    } else if m.contains("must contain at least one product") {
        refusal::NO_SERVICE.text()
    } else if m.starts_with("Missing plugin data") {
        refusal::NO_DOMAIN.text()
    } else {
        e.to_string()
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

    #[test]
    fn documented_refusals_are_said_in_the_customers_words() {
        for (api, said) in [
            ("Account has not been set", "user name and password"),
            ("No partner_account_id attribute set.", "contact us"),
            (
                "Contact info type \"regular\" is not set",
                "contact details are missing",
            ),
            (
                "All plans in the order must contain at least one product.",
                "has no service",
            ),
            (
                "Missing plugin data for service type(s): set([u'core.www'])",
                "has no domain",
            ),
        ] {
            let words = message(&err(400, "computeFault", api));
            assert!(words.contains(said), "{api}: {words}");
            assert!(
                !words.contains("partner_account_id")
                    && !words.contains("core.www")
                    && !words.contains("regular"),
                "{words}"
            );
        }
    }
}
