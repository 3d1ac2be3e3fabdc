use super::*;

#[test]
fn the_seed_examples_pass_their_own_rules() {
    assert_eq!(mailbox_username("a.a"), Ok(()));
    assert_eq!(mailbox_password("tester1234"), Ok(()));
    assert_eq!(card_number("4111111111111111"), Ok(()));
    assert_eq!(domain_name("myexchangedomain.com"), Ok(()));
}

#[test]
fn documented_rejections() {
    assert!(user_name("has space").is_err());
    assert!(user_name(&"a".repeat(51)).is_err());
    assert!(password("short1").is_err());
    assert!(password("nodigitshere").is_err());
    assert!(password("has$dollar1").is_err());
    assert!(person_name("Robert<script>").is_err());
    assert!(email("not-an-email").is_err());
    assert!(country_code("usa").is_err());
    assert!(phone("call me").is_err());
    assert!(domain_name("www.example.com").is_err());
    assert!(domain_name("https://example.com").is_err());
    assert!(domain_name("-bad-.com").is_err());
    assert!(card_number("4111111111111112").is_err());
    assert!(card_number("4111-1111").is_err());
    assert!(card_type("switch").is_err());
    assert!(expiration("2020-01", "2026-11").is_err());
    assert!(expiration("2027-13", "2026-11").is_err());
    assert_eq!(expiration("2026-11", "2026-11"), Ok(()));
    assert!(mailbox_username("Administrator").is_err());
    assert!(mailbox_username("admins").is_err());
    assert!(mailbox_password("alllowercase").is_err());
    assert!(recipient_limit(Some(&Value::from(101))).is_err());
    assert!(billing_cycle(Some(&Value::from(0))).is_err());
    assert!(billing_cycle(Some(&Value::from(121))).is_err());
    assert_eq!(billing_cycle(Some(&Value::from(120))), Ok(120));
}

/// The vectors the client's rules read too (`tests/fixtures/field-rules.json`): two implementations,
/// one oracle.
#[test]
fn the_shared_rule_vectors() {
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../../../tests/fixtures/field-rules.json")).unwrap();
    assert!(cases.len() > 50);
    for case in &cases {
        let (rule, input) = (
            case["rule"].as_str().unwrap(),
            case["input"].as_str().unwrap(),
        );
        let valid = case["valid"].as_bool().unwrap();
        let got = match rule {
            "user_name" => required(Some(input)).and_then(user_name),
            "password" => password(input),
            "person_name" => required(Some(input)).and_then(person_name),
            "email" => required(Some(input)).and_then(email),
            "country_code" => country_code(input),
            "phone" => required(Some(input)).and_then(phone),
            "domain_name" => domain_name(input),
            "card_number" => card_number(input),
            "card_type" => card_type(input),
            "expiry" => expiration(input, "2026-11"),
            "mailbox_username" => mailbox_username(input),
            "mailbox_password" => mailbox_password(input),
            other => panic!("no sandbox rule {other}"),
        };
        assert_eq!(got.is_ok(), valid, "{rule}({input:?}): {got:?}");
    }
}
