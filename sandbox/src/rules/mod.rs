//! Validation rules and the documented messages, as pure functions over request data and orders.

pub mod attributes;
pub mod fields;
pub mod order;
pub mod service;

/// Every message the sandbox answers with, by the rule that triggers it (the README's table is built from
/// the same list, and tests assert each one is reachable).
pub mod messages {
    pub const CLIENT_IP: &str = "User cannot specify the client IP address";
    pub const ORDER_EXISTS: &str = "A new order has already been created for this ownerID";
    pub const ACCOUNT_NOT_SET: &str = "Account has not been set";
    pub const TEST_ACCOUNT_NOT_SET: &str =
        "Cannot add test attribute because account has not been set.";
    pub const NO_PRODUCT_SERVICE: &str =
        "All plans in the order must contain at least one product.";
    pub const ALIAS_SAME_DOMAIN: &str = "Cannot create domain alias to the same domain name.";
    pub const RESTRICTED_WORD: &str = "A domain in the order contains a restricted word";
    pub const BLACKLISTED: &str = "Contains a blacklisted domain";
    pub const TRANSFER_IN_PROGRESS: &str = "Transfer is already in progress for this domain";
    pub const MISSING_LANGUAGE_OR_CURRENCY: &str = "Missing language or currency.";
    pub const CONTACT_NOT_ALLOWED_WITHOUT_ACCOUNT: &str =
        "Account has not been set. Cannot add contact info.";
    pub const USER_WITHOUT_ACCOUNT: &str = "Account hasn't been added";
    pub const USER_EXISTS: &str = "Data conflict";
    pub const QUOTE_CHANGED: &str =
        "The quote has changed since it was obtained. Get a new quote and submit again.";
    pub const CANNOT_APPLY_PROMOTION: &str = "Cannot apply promotion code.";
    pub const CANNOT_DELETE_PROMOTION: &str = "Cannot delete promotion code.";
    pub const NOT_ALLOWED_AFTER_SUBMIT: &str = "Method not allowed";
    pub const NO_ATTRIBUTES: &str = "No attributes defined for the provided service specification";
    pub const UNKNOWN_METADATA: &str = "Not allowed or not existing MetaData Type";
    pub const PARTNER_ID_TOO_LONG: &str = "Partner Account ID cannot exceed 100 characters";
    pub const PHONE_LETTERS: &str =
        "Code: contact_error, Field cannot have any alphabet letters; only numbers and symbols allowed.";

    pub fn no_attribute(name: &str) -> String {
        format!("No {name} attribute set.")
    }

    pub fn contact_not_set(kind: &str) -> String {
        format!("Contact info type \"{kind}\" is not set")
    }

    pub fn missing_plugin_data(types: &[&str]) -> String {
        let list: Vec<String> = types.iter().map(|t| format!("u'{t}'")).collect();
        format!(
            "Missing plugin data for service type(s): set([{}])",
            list.join(", ")
        )
    }

    pub fn domain_of_other_account(domain: &str) -> String {
        format!("Domain {domain} is associated with another account")
    }

    pub fn circular_forwards(domain: &str, alias: &str) -> String {
        format!("Domain {domain} has circular forwards to alias {alias}")
    }

    pub fn currency_not_allowed(currency: &str) -> String {
        format!("Currency {currency} not allowed for this franchise")
    }

    pub fn language_not_allowed(language: &str) -> String {
        format!("Language {language} not allowed for this franchise")
    }

    pub fn permission(resource: &str) -> String {
        format!("Unauthorized: {resource} failed permission check")
    }

    /// SiteBuilder shortcut, 409 (undocumented wording; the documentation says "product exists").
    pub fn sitebuilder_exists(domain: &str) -> String {
        format!("SiteBuilder already exists for domain {domain}")
    }

    /// SiteBuilder shortcut, 409 (undocumented wording; the documentation says "domain disabled").
    pub fn domain_disabled(domain: &str) -> String {
        format!("Domain {domain} is disabled")
    }
}
