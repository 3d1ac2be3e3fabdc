use super::*;

fn form(service: &str, name: &str) -> AddForm {
    AddForm {
        offering: "USD-12".into(),
        service: service.into(),
        name: name.into(),
        cycle: "12".into(),
        ..Default::default()
    }
}

#[test]
fn domain_rules_before_any_request() {
    assert!(check(&form("core.dnr.com", "my-shop.com")).is_empty());
    assert_eq!(
        check(&form("core.dnr.com", "www.my-shop.com"))[0].anchor,
        "add-name"
    );
    assert!(check(&form("core.dnr.com", "my-shop.net"))[0]
        .message
        .contains(".com"));
    assert_eq!(
        check(&form("core.dnr.us", "shop.us"))
            .iter()
            .map(|p| p.anchor.as_str())
            .collect::<Vec<_>>(),
        ["add-us-nexus", "add-us-purpose"]
    );
}

#[test]
fn attributes_by_category() {
    let mut us = form("core.dnr.us", "Shop.us");
    us.us_nexus = "C11".into();
    us.us_purpose = "P1".into();
    let a = attributes(&us, "");
    assert_eq!(a["domainName"], "shop.us");
    assert_eq!(a["operation"], "register");
    assert_eq!(a["extraParams"][0]["value"], "C11");
    assert_eq!(
        attributes(&form("core.www", "shop.com"), "")["domain"],
        "shop.com"
    );
    let mut transfer = form("core.dnr.com", "mine.com");
    transfer.operation = "transfer".into();
    transfer.nameservers = "ns1.host.net, ns2.host.net".into();
    let a = attributes(&transfer, " CODE-1 ");
    assert_eq!(
        (a["authInfo"].as_str(), a["nameservers"][1].as_str()),
        (Some("CODE-1"), Some("ns2.host.net"))
    );
}

#[test]
fn api_details_land_on_fields() {
    let e = ApiError::from_response(
        400,
        r#"{"badRequest": {"message": "POST data error", "code": 400, "details": {"billingCycle": "Must be one of 12"}}}"#,
    );
    assert_eq!(
        problems_from(&e),
        vec![Problem::new("add-cycle", "Must be one of 12")]
    );
    let conflict = ApiError::from_response(
        502,
        r#"{"computeFault": {"message": "Cannot apply promotion code.", "code": 502, "details": ""}}"#,
    );
    assert_eq!(
        problems_from(&conflict),
        vec![Problem::new(
            "add-promo",
            "This promotion code cannot be applied."
        )]
    );
}

#[test]
fn the_prefill_table_reaches_each_field_once() {
    let mut f = AddForm::default();
    for (i, (_, field)) in PREFILL.iter().enumerate() {
        *field(&mut f) = format!("value{i}");
    }
    let values: std::collections::HashSet<String> = PREFILL
        .iter()
        .map(|(_, field)| field(&mut f.clone()).clone())
        .collect();
    assert_eq!(values.len(), PREFILL.len(), "two keys reach the same field");
}

#[test]
fn a_deep_link_carries_the_fields_of_its_kind() {
    let mut us = form("core.dnr.us", "shop.us");
    us.us_nexus = "C11".into();
    us.operation = "register".into();
    let p = us.prefill();
    assert_eq!(p.get("us_nexus").as_deref(), Some("C11"));
    assert_eq!(p.get("service").as_deref(), Some("core.dnr.us"));
    assert_eq!(
        p.0.len(),
        PREFILL.len(),
        "a .us registration uses every field"
    );
    let mut hosting = form("core.www", "shop.com");
    hosting.operation = "register".into();
    let p = hosting.prefill();
    assert_eq!(p.get("name").as_deref(), Some("shop.com"));
    assert_eq!(
        p.get("operation"),
        None,
        "web hosting has no registration fields"
    );
}
