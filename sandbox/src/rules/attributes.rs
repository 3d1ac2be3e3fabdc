//! Service attribute rules by service category: domain registration (`core.dnr.*`: domain name with the
//! spec's TLD, register/transfer, term, nameservers, `.us` extParams, registrant contact) and the
//! `domain` attribute of hosting, email and Exchange services.

use serde_json::{Map, Value};

use super::fields::{self, Problems};
use crate::catalog::{self, ServiceSpec};
use crate::error::ApiResult;

pub fn check(spec: &ServiceSpec, attrs: &Map<String, Value>) -> ApiResult<()> {
    let mut p = Problems::default();
    for key in attrs.keys() {
        if !spec.attributes.iter().any(|a| a.name == key) {
            p.check(key, Err("Not an attribute of this service".into()));
        }
    }
    let s = |k: &str| attrs.get(k).and_then(Value::as_str).unwrap_or_default();
    if spec.id.starts_with("core.dnr.") {
        let tld = spec.id.trim_start_matches("core.dnr.");
        let domain = s("domainName");
        p.check("domainName", fields::domain_name(domain));
        if !domain.to_ascii_lowercase().ends_with(&format!(".{tld}")) {
            p.check(
                "domainName",
                Err(format!("Must end in .{tld} for this service")),
            );
        }
        let operation = s("operation");
        if operation != "register" && operation != "transfer" {
            p.check("operation", Err("Must be register or transfer".into()));
        }
        if operation == "transfer" {
            p.check(
                "authInfo",
                fields::required(Some(s("authInfo"))).map(|_| ()),
            );
        }
        if let Some(term) = attrs.get("term") {
            let ok = term.as_u64().is_some_and(|t| (1..=10).contains(&t));
            p.check(
                "term",
                if ok {
                    Ok(())
                } else {
                    Err("Must be 1 to 10 years".into())
                },
            );
        }
        if let Some(ns) = attrs.get("nameservers") {
            check_nameservers(ns, &mut p);
        }
        if tld == "us" {
            check_us_params(attrs.get("extraParams"), &mut p);
        }
        if let Some(contacts) = attrs.get("contactInfo") {
            check_registrant(contacts, &mut p);
        }
    } else if spec.attributes.iter().any(|a| a.name == "domain") && attrs.contains_key("domain") {
        p.check("domain", fields::domain_name(s("domain")));
    }
    if let Some(fw) = attrs.get("forwarders") {
        let ok = fw.as_array().is_some_and(|list| {
            list.iter().all(|f| {
                f.get("from").and_then(Value::as_str).is_some()
                    && f.get("to")
                        .and_then(Value::as_str)
                        .is_some_and(|t| fields::email(t).is_ok())
            })
        });
        p.check(
            "forwarders",
            if ok {
                Ok(())
            } else {
                Err("Must be a list of {from, to} with to an email address".into())
            },
        );
    }
    p.into_result()
}

fn check_nameservers(ns: &Value, p: &mut Problems) {
    match ns.as_array() {
        Some(list) if (2..=13).contains(&list.len()) => {
            for (i, n) in list.iter().enumerate() {
                p.check(
                    &format!("nameservers.{i}"),
                    fields::domain_name(n.as_str().unwrap_or_default()),
                );
            }
        }
        _ => p.check("nameservers", Err("Must list 2 to 13 name servers".into())),
    }
}

fn check_us_params(params: Option<&Value>, p: &mut Problems) {
    let find = |name: &str| {
        params
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .find(|e| e.get("name").and_then(Value::as_str) == Some(name))
            .and_then(|e| e.get("value").and_then(Value::as_str))
            .unwrap_or_default()
    };
    if !catalog::US_NEXUS.contains(&find("us_nexus")) {
        p.check(
            "extraParams.us_nexus",
            Err(format!("Must be one of {}", catalog::US_NEXUS.join(", "))),
        );
    }
    if !catalog::US_PURPOSE.contains(&find("us_purpose")) {
        p.check(
            "extraParams.us_purpose",
            Err(format!("Must be one of {}", catalog::US_PURPOSE.join(", "))),
        );
    }
}

/// Domain contacts use the flat shape (`zipOrPostal`, `phone1` as `+1.3125551234`).
fn check_registrant(contacts: &Value, p: &mut Problems) {
    let Some(r) = contacts.get("registrant") else {
        p.check("contactInfo.registrant", Err("Required".into()));
        return;
    };
    let s = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or_default();
    for key in ["firstName", "lastName", "street1", "city", "zipOrPostal"] {
        p.check(
            &format!("contactInfo.registrant.{key}"),
            fields::required(Some(s(key))).map(|_| ()),
        );
    }
    p.check(
        "contactInfo.registrant.firstName",
        fields::person_name(s("firstName")),
    );
    p.check(
        "contactInfo.registrant.lastName",
        fields::person_name(s("lastName")),
    );
    p.check(
        "contactInfo.registrant.countryCode",
        fields::country_code(s("countryCode")),
    );
    p.check("contactInfo.registrant.email1", fields::email(s("email1")));
    let phone = s("phone1");
    let ok = phone.starts_with('+')
        && phone[1..].split_once('.').is_some_and(|(cc, n)| {
            !cc.is_empty()
                && cc.chars().all(|c| c.is_ascii_digit())
                && n.len() >= 4
                && n.chars().all(|c| c.is_ascii_digit())
        });
    p.check(
        "contactInfo.registrant.phone1",
        if ok {
            Ok(())
        } else {
            Err("Must look like +1.3125551234".into())
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn attrs(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    fn details(spec: &str, v: Value) -> Vec<String> {
        match check(catalog::service_spec(spec).unwrap(), &attrs(v)) {
            Ok(()) => vec![],
            Err(crate::error::ApiError::BadRequest { details, .. }) => {
                details.keys().cloned().collect()
            }
            Err(e) => panic!("{e:?}"),
        }
    }

    #[test]
    fn us_domains_need_their_registry_parameters() {
        let base = json!({"domainName": "shop.us", "operation": "register"});
        assert_eq!(
            details("core.dnr.us", base.clone()),
            vec!["extraParams.us_nexus", "extraParams.us_purpose"]
        );
        let mut ok = base;
        ok["extraParams"] =
            json!([{"name": "us_nexus", "value": "C11"}, {"name": "us_purpose", "value": "P1"}]);
        assert!(details("core.dnr.us", ok).is_empty());
    }

    #[test]
    fn registration_rules() {
        assert_eq!(
            details(
                "core.dnr.com",
                json!({"domainName": "shop.net", "operation": "register"})
            ),
            vec!["domainName"]
        );
        assert_eq!(
            details(
                "core.dnr.com",
                json!({"domainName": "shop.com", "operation": "transfer"})
            ),
            vec!["authInfo"]
        );
        assert_eq!(
            details(
                "core.dnr.com",
                json!({"domainName": "shop.com", "operation": "register", "nameservers": ["ns1.x.com"]})
            ),
            vec!["nameservers"]
        );
        assert_eq!(
            details("core.www", json!({"domain": "www.shop.com"})),
            vec!["domain"]
        );
        assert_eq!(
            details("core.www", json!({"bogus": 1, "domain": "shop.com"})),
            vec!["bogus"]
        );
    }
}
