use super::*;

fn refusal(status: u16, message: &str) -> ApiError {
    ApiError::from_response(
        status,
        &serde_json::json!({"conflict": {"message": message, "code": status, "details": ""}})
            .to_string(),
    )
}

/// The account's 409 is the currency, the user's a taken name: each said at its own field.
#[test]
fn a_refusal_gives_its_true_reason_at_its_field() {
    let currency = problems_from(
        &refusal(
            409,
            "Currency EUR differs from the currency of the products in the order (USD)",
        ),
        Write::Account,
    );
    assert_eq!(currency[0].anchor, "account-currency");
    assert!(currency[0].message.contains("another currency"));
    let taken = problems_from(&refusal(409, "Data conflict"), Write::User);
    assert_eq!(taken[0].anchor, "account-userName");
    assert!(taken[0].message.contains("taken"));
    let franchise = problems_from(
        &refusal(400, "Currency JPY not allowed for this franchise"),
        Write::Account,
    );
    assert_eq!(franchise[0].anchor, "account-currency");
    assert!(!franchise[0].message.contains("franchise"));
}

#[test]
fn a_cart_with_products_offers_only_their_currency() {
    assert_eq!(
        currencies(Some("USD")),
        vec![("USD".to_string(), "US dollar (USD)".to_string())]
    );
    assert_eq!(currencies(None).len(), 2);
}
