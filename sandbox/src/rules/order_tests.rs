use super::*;
use crate::model::{Account, Product};
use serde_json::json;

fn service(id: &str, spec: &str, attrs: Value, related: &[&str]) -> Service {
    Service {
        id: id.into(),
        name: id.into(),
        spec: spec.into(),
        billing_cycle: 12,
        related_to: related.iter().map(|s| s.to_string()).collect(),
        attributes: attrs.as_object().cloned().unwrap_or_default(),
        ..Default::default()
    }
}

fn order(services: Vec<Service>) -> Order {
    let mut account = Account {
        currency: "USD".into(),
        products: vec![Product {
            id: "p".into(),
            services,
            ..Default::default()
        }],
        ..Default::default()
    };
    account.contacts.insert("regular".into(), json!({}));
    Order {
        account: Some(account),
        ..Default::default()
    }
}

fn message(r: ApiResult<()>) -> String {
    r.unwrap_err().message().to_string()
}

#[test]
fn documented_order_of_checks() {
    assert_eq!(
        message(check(&Order::default(), false, &[])),
        "Account has not been set"
    );
    assert_eq!(
        message(check(&Order::default(), true, &[])),
        "Cannot add test attribute because account has not been set."
    );
    let mut no_contact = order(vec![]);
    no_contact.account.as_mut().unwrap().contacts.clear();
    assert_eq!(
        message(check(&no_contact, false, &[])),
        "Contact info type \"regular\" is not set"
    );
    assert_eq!(
        message(check(&order(vec![]), false, &["partner_account_id".into()])),
        "No partner_account_id attribute set."
    );
    assert_eq!(
        message(check(&order(vec![]), false, &[])),
        "All plans in the order must contain at least one product."
    );
    assert_eq!(
        message(check(
            &order(vec![service("w", "core.www", json!({}), &[])]),
            false,
            &[]
        )),
        "Missing plugin data for service type(s): set([u'core.www'])"
    );
    assert_eq!(
        check(
            &order(vec![service(
                "w",
                "core.www",
                json!({"domain": "ok.com"}),
                &[]
            )]),
            false,
            &[]
        ),
        Ok(())
    );
}

#[test]
fn domain_conflicts_are_409() {
    let dnr = |d: &str, op: &str| {
        service(
            "d",
            "core.dnr.com",
            json!({"domainName": d, "operation": op}),
            &[],
        )
    };
    let cases = [
        (
            dnr("taken-example.com", "register"),
            "Domain taken-example.com is associated with another account",
        ),
        (
            dnr("my-restricted-site.com", "register"),
            "A domain in the order contains a restricted word",
        ),
        (
            dnr("blacklisted-example.com", "register"),
            "Contains a blacklisted domain",
        ),
        (
            dnr("transferring-example.com", "transfer"),
            "Transfer is already in progress for this domain",
        ),
    ];
    for (s, expected) in cases {
        let err = check(&order(vec![s]), false, &[]).unwrap_err();
        assert_eq!((err.status().as_u16(), err.message()), (409, expected));
    }
}

#[test]
fn alias_rules() {
    let email = |fw: Value| {
        service(
            "e",
            "core.email.domain",
            json!({"domain": "shop.com", "forwarders": fw}),
            &[],
        )
    };
    let alias = |d: &str| service("a", "core.email.alias", json!({"domain": d}), &["e"]);
    assert_eq!(
        message(check(
            &order(vec![email(json!([])), alias("shop.com")]),
            false,
            &[]
        )),
        "Cannot create domain alias to the same domain name."
    );
    assert_eq!(
        message(check(
            &order(vec![
                email(json!([{"from": "info", "to": "info@shop.net"}])),
                alias("shop.net")
            ]),
            false,
            &[]
        )),
        "Domain shop.com has circular forwards to alias shop.net"
    );
    assert_eq!(
        check(
            &order(vec![email(json!([])), alias("shop.net")]),
            false,
            &[]
        ),
        Ok(())
    );
}
