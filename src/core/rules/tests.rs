use super::*;

#[test]
fn documented_examples_pass() {
    assert!(card_number("4111111111111111").is_ok());
    assert!(card_number("5555555555554444").is_ok());
    assert!(domain_name("myexchangedomain.com").is_ok());
    assert!(user_name("john.smith1").is_ok());
    assert!(password("secret123").is_ok());
    // The seed's mailbox owner passes (Order-Exchange-mailbox-paid).
    assert!(mailbox_username("a.a").is_ok() && mailbox_password("tester1234").is_ok());
    assert!(mailbox_username("helpdesk").is_err() && mailbox_username("Bob").is_err());
    assert!(recipient_limit("101").is_err() && recipient_limit("10").is_ok());
    assert!(ip_address("1.2.3.4").is_ok() && ip_address("1.2.3").is_err());
    assert!(email("john@example.com").is_ok());
}

#[test]
fn countries_are_the_iso_codes() {
    assert_eq!(country_codes().count(), 249);
    assert!(country_codes().all(|c| c.len() == 2 && c.chars().all(|l| l.is_ascii_uppercase())));
    let mut sorted: Vec<_> = country_codes().collect();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), 249, "sorted and without repeats");
    assert!(country_code("US").is_ok() && country_code("AX").is_ok());
    assert!(country_code("ZZ").is_err() && country_code("UK").is_err());
}

#[test]
fn documented_rejections_say_the_rule() {
    assert_eq!(
        card_number("4111111111111112").unwrap_err(),
        "This card number is not valid; check the digits."
    );
    assert!(card_number("4111 1111")
        .unwrap_err()
        .contains("digits only"));
    assert!(domain_name("www.shop.com")
        .unwrap_err()
        .contains("bare domain"));
    assert!(password("short1").unwrap_err().contains("8 to 50"));
    assert!(password("has$dollar1").is_err());
    assert!(person_name("<script>").is_err());
    assert!(country_code("usa").is_err());
    assert!(phone("call me").unwrap_err().contains("no letters"));
    assert!(expiry("2020-01", "2026-11")
        .unwrap_err()
        .contains("expired"));
    assert!(expiry("2026-13", "2026-11").is_err());
    assert!(cvv("12").is_err());
    assert!(billing_cycle(0).is_err() && billing_cycle(121).is_err() && billing_cycle(120).is_ok());
}

/// The vectors the sandbox's rules read too (`tests/fixtures/field-rules.json`): the two
/// implementations stay apart on purpose, and this keeps them from drifting apart silently.
#[test]
fn the_shared_rule_vectors() {
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../../../tests/fixtures/field-rules.json")).unwrap();
    let mut seen = std::collections::BTreeMap::<String, (bool, bool)>::new();
    for case in &cases {
        let (rule, input) = (
            case["rule"].as_str().unwrap(),
            case["input"].as_str().unwrap(),
        );
        let valid = case["valid"].as_bool().unwrap();
        let got = match rule {
            "user_name" => user_name(input),
            "password" => password(input),
            "person_name" => person_name(input),
            "email" => email(input),
            "country_code" => country_code(input),
            "phone" => phone(input),
            "domain_name" => domain_name(input),
            "card_number" => card_number(input),
            "card_type" => card_type(input),
            "expiry" => expiry(input, "2026-11"),
            "mailbox_username" => mailbox_username(input),
            "mailbox_password" => mailbox_password(input),
            other => panic!("no client rule {other}"),
        };
        assert_eq!(got.is_ok(), valid, "{rule}({input:?}): {got:?}");
        let entry = seen.entry(rule.to_string()).or_default();
        *entry = (entry.0 || valid, entry.1 || !valid);
    }
    for (rule, (accepted, refused)) in seen {
        assert!(
            accepted && refused,
            "{rule} needs an accepted and a refused vector"
        );
    }
}
