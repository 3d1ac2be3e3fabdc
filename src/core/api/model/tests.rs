//! Property tests over every wire type the client decodes: the documentation's examples (and, for the
//! catalog and cart bodies the documentation never showed, the shapes the sandbox README decided),
//! mutated. Whatever the API sends, decoding gives a value or a typed `ApiError::Decode`, never a panic;
//! a required field removed or `null` is never read as an empty value; extra fields change nothing;
//! truncated, HTML, text and empty bodies are errors. Error answers never put their body in front of a
//! customer.

use std::fmt::Debug;

use proptest::prelude::*;
use proptest::sample::Index;
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

use super::account::{OrderAccount, OrderProduct, OrderService};
use super::catalog::{List, Offering, ProductSpec, ServiceSpec};
use super::orders::{CreatedOrder, OrderState};
use super::quote::{QuoteEnvelope, ShortcutQuote};
use crate::api::accounts::ExistingAccount;
use crate::api::client::decode;
use crate::api::ApiError;

/// One wire type: its example body and the fields it requires (`*` stands for any array item). Every
/// other field may be absent.
struct Case {
    name: &'static str,
    body: &'static str,
    required: &'static [&'static str],
    /// Decodes `body` as the case's type; `Ok` carries the value's debug text, to compare decodes.
    decode: fn(&str) -> Result<String, ApiError>,
}

fn as_debug<T: DeserializeOwned + Debug>(body: &str) -> Result<String, ApiError> {
    decode::<T>(body).map(|v| format!("{v:?}"))
}

macro_rules! fixture {
    ($file:literal) => {
        include_str!(concat!("../../../../tests/fixtures/", $file))
    };
}

const LINK: &str = "links/*/href";

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "POST /orders 201",
            body: fixture!("orders-post-201.json"),
            required: &["orderId", LINK],
            decode: as_debug::<CreatedOrder>,
        },
        Case {
            name: "GET /orders/{id} 200",
            body: fixture!("order-get-processing.json"),
            required: &["order", "order/Status", LINK],
            decode: as_debug::<OrderState>,
        },
        Case {
            name: "Exchange mailbox 202 (paid)",
            body: fixture!("exchange-mailbox-paid-202.json"),
            required: &["total", "subtotal", "quotehash", "links", LINK],
            decode: as_debug::<ShortcutQuote>,
        },
        Case {
            name: "GET /orders/{id}/quote 200",
            body: fixture!("quote-get-200.json"),
            required: &[
                "quote",
                "quote/Hash",
                "quote/Currency",
                "quote/Products",
                "quote/Products/*/Fees",
                "quote/Products/*/Services",
                "quote/Products/*/Fees/*/Type",
                "quote/Products/*/Fees/*/Amount",
                "quote/Products/*/Fees/*/MonthlyCycle",
                "quote/Total",
                "quote/SubTotal",
                "quote/OneTimeFeeAmount",
                "quote/TaxTotal",
                LINK,
            ],
            decode: as_debug::<QuoteEnvelope>,
        },
        Case {
            // The documented offering, with the `priceList` that `?details=1` (always asked for) inlines.
            name: "GET …/offerings/{id}?details=1 200",
            body: fixture!("offering-get-200.json"),
            required: &[
                "billingPeriod",
                "currency",
                "default",
                "priceList",
                "priceList/*/type",
                "priceList/*/recurrences",
                "priceList/*/amount",
                LINK,
            ],
            decode: as_debug::<Offering>,
        },
        Case {
            name: "GET /serviceSpecifications/{id} 200",
            body: fixture!("service-specification-get-200.json"),
            required: &[
                "name",
                "category",
                "billingCycles",
                "billingCycles/*/default",
                "billingCycles/*/billingCycle",
                LINK,
            ],
            decode: as_debug::<ServiceSpec>,
        },
        Case {
            name: "GET /productSpecifications 200",
            body: fixture!("product-specifications-list-200.json"),
            required: &[
                "list",
                "list/*/name",
                "list/*/category",
                "list/*/links/*/href",
                LINK,
            ],
            decode: as_debug::<List<ProductSpec>>,
        },
        Case {
            name: "GET /orders/{id}/account/products 200",
            body: fixture!("order-products-list-200.json"),
            required: &[
                "list",
                "list/*/offering",
                "list/*/links",
                "list/*/links/*/href",
                LINK,
            ],
            decode: as_debug::<List<OrderProduct>>,
        },
        Case {
            name: "GET …/products/{id}/services 200",
            body: fixture!("order-services-list-200.json"),
            required: &[
                "list",
                "list/*/name",
                "list/*/serviceSpecification",
                "list/*/billingCycle",
                "list/*/links",
                "list/*/links/*/href",
                LINK,
            ],
            decode: as_debug::<List<OrderService>>,
        },
        Case {
            name: "GET /orders/{id}/account 200",
            body: fixture!("order-account-get-200.json"),
            required: &["currency", "language"],
            decode: as_debug::<OrderAccount>,
        },
        Case {
            name: "GET /accounts/{id} 200",
            body: fixture!("account-get-200.json"),
            required: &["accountNumber", "createdDate", "currency", "status"],
            decode: as_debug::<ExistingAccount>,
        },
    ]
}

#[derive(Clone, Debug)]
enum Seg {
    Key(String),
    Index(usize),
}

/// Every field of `v` (object keys, at any depth, through arrays): its concrete path and its pattern
/// (`*` for array items).
fn fields(v: &Value) -> Vec<(Vec<Seg>, String)> {
    fn walk(v: &Value, path: &mut Vec<Seg>, pattern: &str, out: &mut Vec<(Vec<Seg>, String)>) {
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    let p = if pattern.is_empty() {
                        k.clone()
                    } else {
                        format!("{pattern}/{k}")
                    };
                    path.push(Seg::Key(k.clone()));
                    out.push((path.clone(), p.clone()));
                    walk(child, path, &p, out);
                    path.pop();
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    path.push(Seg::Index(i));
                    walk(child, path, &format!("{pattern}/*"), out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, &mut Vec::new(), "", &mut out);
    out
}

fn parent_mut<'a>(v: &'a mut Value, path: &[Seg]) -> &'a mut Value {
    path.iter().fold(v, |v, seg| match seg {
        Seg::Key(k) => &mut v[k.as_str()],
        Seg::Index(i) => &mut v[*i],
    })
}

fn mutate(body: &str, path: &[Seg], change: impl FnOnce(&mut Map<String, Value>, &str)) -> String {
    let mut v: Value = serde_json::from_str(body).unwrap();
    let (last, parent) = path.split_last().unwrap();
    let Seg::Key(key) = last else {
        unreachable!("fields are object keys")
    };
    if let Value::Object(map) = parent_mut(&mut v, parent) {
        change(map, key);
    }
    v.to_string()
}

fn must_be_decode_error(case: &Case, what: &str, result: Result<String, ApiError>) {
    match result {
        Err(ApiError::Decode { .. }) => {}
        Err(other) => panic!("{}: {what}: not a decode error: {other:?}", case.name),
        Ok(v) => panic!("{}: {what}: read as a value: {v}", case.name),
    }
}

#[test]
fn every_example_decodes_as_it_is() {
    for case in cases() {
        assert!((case.decode)(case.body).is_ok(), "{}", case.name);
        // Every required pattern names a field of the example: a typo would make the test vacuous.
        let v: Value = serde_json::from_str(case.body).unwrap();
        let patterns: Vec<String> = fields(&v).into_iter().map(|(_, p)| p).collect();
        for r in case.required {
            assert!(
                patterns.iter().any(|p| p == r),
                "{}: no field {r}",
                case.name
            );
        }
    }
}

/// Removing a required field is a decode error; removing any other is not.
#[test]
fn a_missing_field_is_an_error_exactly_when_it_is_required() {
    for case in cases() {
        let v: Value = serde_json::from_str(case.body).unwrap();
        for (path, pattern) in fields(&v) {
            let body = mutate(case.body, &path, |map, key| {
                map.remove(key);
            });
            let result = (case.decode)(&body);
            if case.required.contains(&pattern.as_str()) {
                must_be_decode_error(&case, &format!("without {pattern}"), result);
            } else {
                assert!(
                    result.is_ok(),
                    "{}: {pattern} may be absent: {result:?}",
                    case.name
                );
            }
        }
    }
}

/// A required field sent as `null`, or as a value of another kind, never passes as an empty value.
#[test]
fn a_field_of_another_type_is_an_error_or_read_as_sent() {
    let others = [
        json!(null),
        json!(true),
        json!(17),
        json!("x"),
        json!([]),
        json!({}),
    ];
    for case in cases() {
        let v: Value = serde_json::from_str(case.body).unwrap();
        for (path, pattern) in fields(&v) {
            for other in &others {
                let body = mutate(case.body, &path, |map, key| {
                    map.insert(key.to_string(), other.clone());
                });
                let result = (case.decode)(&body);
                assert!(
                    matches!(result, Ok(_) | Err(ApiError::Decode { .. })),
                    "{}: {pattern} = {other}: {result:?}",
                    case.name
                );
                if other.is_null() && case.required.contains(&pattern.as_str()) {
                    must_be_decode_error(&case, &format!("{pattern} = null"), result);
                }
            }
        }
    }
}

/// Every strict prefix of a body (a connection cut short) is a decode error.
#[test]
fn a_truncated_body_is_an_error() {
    for case in cases() {
        let compact = serde_json::from_str::<Value>(case.body)
            .unwrap()
            .to_string();
        for end in 0..compact.len() {
            if compact.is_char_boundary(end) {
                must_be_decode_error(
                    &case,
                    &format!("cut at {end}"),
                    (case.decode)(&compact[..end]),
                );
            }
        }
    }
}

#[test]
fn html_text_and_empty_bodies_are_errors() {
    let bodies = [
        "",
        "   ",
        "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>",
        "<!DOCTYPE html><html><body>Service Unavailable</body></html>",
        "OK",
        "Internal Server Error",
        "null",
        "[]",
        "{}",
    ];
    for case in cases() {
        for body in bodies {
            must_be_decode_error(&case, &format!("body {body:?}"), (case.decode)(body));
        }
    }
}

/// A JSON value of a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z]{1,6}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every object in `v`, by path.
fn objects(v: &Value) -> Vec<Vec<Seg>> {
    let mut out = vec![Vec::new()];
    out.extend(
        fields(v)
            .into_iter()
            .filter(|(path, _)| {
                let mut probe = v.clone();
                parent_mut(&mut probe, path).is_object()
            })
            .map(|(path, _)| path),
    );
    out
}

proptest! {
    /// Fields the documentation does not know are ignored wherever they appear (forward compatibility):
    /// the value read is the same as without them.
    #[test]
    fn extra_fields_change_nothing(case in 0..cases().len(), at in any::<Index>(),
                                   key in "x[A-Za-z]{1,10}", value in any_json()) {
        let case = &cases()[case];
        let mut v: Value = serde_json::from_str(case.body).unwrap();
        let places = objects(&v);
        let place = places[at.index(places.len())].clone();
        if let Value::Object(map) = parent_mut(&mut v, &place) {
            map.insert(key, value);
        }
        prop_assert_eq!((case.decode)(&v.to_string()).ok(), (case.decode)(case.body).ok());
    }

    /// Any body at all: a value or a decode error, never a panic.
    #[test]
    fn any_body_decodes_or_is_a_decode_error(case in 0..cases().len(), body in ".{0,200}") {
        let case = &cases()[case];
        let result = (case.decode)(&body);
        prop_assert!(matches!(result, Ok(_) | Err(ApiError::Decode { .. })), "{:?}", result);
    }

    /// Any error answer: what a customer reads never contains its body (but a documented 4xx envelope's
    /// message, which is the API speaking), and the reference holds only the status, kind and a plain id.
    #[test]
    fn an_error_body_never_reaches_the_customer(status in 400u16..600, body in ".{0,200}") {
        let e = ApiError::from_response(status, &body);
        let shown = e.to_string();
        let from_envelope = e.fault().is_some_and(|f| status < 500 && shown == f.message);
        if !from_envelope {
            prop_assert_eq!(&shown, &ApiError::from_response(status, "").to_string());
        }
        for (_, value) in e.reference() {
            prop_assert!(value.chars().all(|c| c.is_ascii_alphanumeric() || " -()".contains(c)),
                "{:?}", value);
        }
    }

    /// A truncated error envelope (any cut) is said like any server error, whatever the cut.
    #[test]
    fn a_truncated_envelope_is_said_in_words(cut in 0usize..150) {
        let body = r#"{"computeFault": {"guid": "3f1c2a9e-0b7d-4c1e-9a55-2f6e8d7c1b00", "message": "Internal server error", "code": 500, "details": ""}}"#;
        let e = ApiError::from_response(500, &body[..cut.min(body.len() - 1)]);
        let shown = e.to_string();
        let clean = !shown.contains(['{', '"']) && !shown.contains("Internal");
        prop_assert!(clean, "{}", shown);
    }
}
