//! The add-to-order form's pure logic: what is filled in, the rules checked before any request, the
//! service attributes it becomes, and where the API's per-field problems land.

use serde_json::{json, Map, Value};

use crate::components::Problem;
use hostway_core::api::error::from_api;
use hostway_core::api::model::{NameIs, ServiceKind};
use hostway_core::api::ApiError;
use hostway_core::i18n::product;
use hostway_core::prefill::{Prefill, KEYS};
use hostway_core::rules;

/// What the customer fills in; kept as a draft (no secrets in it).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddForm {
    pub offering: String,
    pub service: String,
    pub name: String,
    pub cycle: String,
    pub promo: String,
    pub operation: String,
    pub us_nexus: String,
    pub us_purpose: String,
    /// Comma- or space-separated; optional.
    pub nameservers: String,
}

/// What a field of the form is, for the prefill table: a way to reach it.
type Field = fn(&mut AddForm) -> &mut String;

/// The form's fields a deep link (or the widget's host element) may prefill, by query key: one table
/// read both ways (a link fills the form; the form makes the link the cookie fallback opens).
pub const PREFILL: [(&str, Field); 9] = [
    (KEYS[0], |f| &mut f.offering),
    (KEYS[1], |f| &mut f.cycle),
    (KEYS[2], |f| &mut f.promo),
    (KEYS[3], |f| &mut f.service),
    (KEYS[4], |f| &mut f.name),
    (KEYS[5], |f| &mut f.operation),
    (KEYS[6], |f| &mut f.nameservers),
    (KEYS[7], |f| &mut f.us_nexus),
    (KEYS[8], |f| &mut f.us_purpose),
];

impl AddForm {
    /// The prefill that carries this form's values: the fields that mean something for its kind.
    pub fn prefill(&self) -> Prefill {
        let keys = ServiceKind::of(&self.service).prefill_keys();
        let mut copy = self.clone();
        Prefill(
            PREFILL
                .iter()
                .filter(|(key, _)| keys.contains(key))
                .map(|(key, field)| (key.to_string(), field(&mut copy).trim().to_string()))
                .collect(),
        )
    }
}

/// Checks the form before any request; problems are anchored at the fields' ids.
pub fn check(form: &AddForm) -> Vec<Problem> {
    let mut p = Vec::new();
    if form.offering.is_empty() {
        p.push(Problem::new("add-offering", product::NEED_OFFERING.text()));
    }
    if form.service.is_empty() {
        p.push(Problem::new("add-service", product::NEED_SERVICE.text()));
    }
    let kind = ServiceKind::of(&form.service);
    let name_check = match kind.name_is() {
        // Empty: say what to enter, for this kind of service.
        _ if form.name.trim().is_empty() => Err({
            // "Enter the domain name to host": the field's name as said inside a sentence.
            let what = hostway_core::format::in_sentence(&kind.name_label());
            let key = match kind.name_is() {
                NameIs::Domain => product::ENTER_DOMAIN,
                NameIs::Text => product::ENTER_TEXT,
            };
            key.fill(&[("what", &what)])
        }),
        NameIs::Domain => rules::domain_name(&form.name),
        NameIs::Text => rules::required(&form.name),
    };
    if let Err(e) = name_check {
        p.push(Problem::new("add-name", e));
    }
    if let Some(tld) = kind.tld() {
        if !form.name.to_ascii_lowercase().ends_with(&format!(".{tld}"))
            && rules::domain_name(&form.name).is_ok()
        {
            p.push(Problem::new(
                "add-name",
                product::TLD_MISMATCH.fill(&[("tld", tld)]),
            ));
        }
        let ns: Vec<&str> = form
            .nameservers
            .split([',', ' '])
            .filter(|n| !n.is_empty())
            .collect();
        if !ns.is_empty() && (ns.len() < 2 || ns.iter().any(|n| rules::domain_name(n).is_err())) {
            p.push(Problem::new(
                "add-nameservers",
                product::NAMESERVERS_BAD.text(),
            ));
        }
        if kind.needs_us_parameters() && form.us_nexus.is_empty() {
            p.push(Problem::new("add-us-nexus", product::NEXUS_MISSING.text()));
        }
        if kind.needs_us_parameters() && form.us_purpose.is_empty() {
            p.push(Problem::new(
                "add-us-purpose",
                product::PURPOSE_MISSING.text(),
            ));
        }
    }
    if form
        .cycle
        .parse::<u32>()
        .map_or(true, |c| rules::billing_cycle(c).is_err())
    {
        p.push(Problem::new("add-cycle", product::NEED_CYCLE.text()));
    }
    p
}

/// The service's attributes for its category; `auth_info` (a transfer's code) is never part of the draft.
pub fn attributes(form: &AddForm, auth_info: &str) -> Map<String, Value> {
    let kind = ServiceKind::of(&form.service);
    let mut a = kind.base_attributes(&form.name);
    if kind.is_registration() {
        a.insert(
            "operation".into(),
            json!(if form.operation.is_empty() {
                "register"
            } else {
                &form.operation
            }),
        );
        if form.operation == "transfer" {
            a.insert("authInfo".into(), json!(auth_info.trim()));
        }
        let ns: Vec<&str> = form
            .nameservers
            .split([',', ' '])
            .filter(|n| !n.is_empty())
            .collect();
        if !ns.is_empty() {
            a.insert("nameservers".into(), json!(ns));
        }
        if kind.needs_us_parameters() {
            a.insert("extraParams".into(), json!([{"name": "us_nexus", "value": form.us_nexus}, {"name": "us_purpose", "value": form.us_purpose}]));
        }
    }
    a
}

/// Maps the API's per-field details onto the form's anchors.
pub fn problems_from(e: &ApiError) -> Vec<Problem> {
    let anchor = |field: &str| match field {
        "offering" => "add-offering",
        "promoCode" => "add-promo",
        "serviceSpecification" => "add-service",
        "billingCycle" => "add-cycle",
        f if f.starts_with("extraParams") && f.contains("purpose") => "add-us-purpose",
        f if f.starts_with("extraParams") => "add-us-nexus",
        f if f.starts_with("nameservers") => "add-nameservers",
        "authInfo" => "add-authInfo",
        _ => "add-name",
    };
    match e.fault() {
        // The documented answer to a code the backend refuses.
        Some(f) if f.message == "Cannot apply promotion code." => {
            vec![Problem::new("add-promo", product::PROMO_REFUSED.text())]
        }
        Some(f) if !f.details.is_empty() => f
            .details
            .iter()
            .map(|(k, v)| Problem::new(anchor(k), from_api(v)))
            .collect(),
        _ => vec![Problem::new("add-submit", e.to_string())],
    }
}

#[cfg(test)]
#[path = "form_tests.rs"]
mod tests;
