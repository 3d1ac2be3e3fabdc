//! Documented field rules. Each check returns the problem in words; callers collect them into the
//! `badRequest` envelope's `details` (field path → problem).

use serde_json::{Map, Value};

use crate::catalog;

pub type Details = Map<String, Value>;

/// Collects field problems under dotted paths.
#[derive(Default)]
pub struct Problems(pub Details);

impl Problems {
    pub fn check(&mut self, field: &str, result: Result<(), String>) {
        if let Err(problem) = result {
            self.0
                .entry(field.to_string())
                .or_insert(Value::String(problem));
        }
    }

    pub fn into_result(self) -> Result<(), crate::error::ApiError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(crate::error::ApiError::fields(self.0))
        }
    }
}

pub fn required(value: Option<&str>) -> Result<&str, String> {
    match value.map(str::trim) {
        Some(v) if !v.is_empty() => Ok(v),
        _ => Err("Required".into()),
    }
}

pub fn billing_cycle(value: Option<&Value>) -> Result<u32, String> {
    match value.and_then(Value::as_u64) {
        Some(n @ 1..=120) => Ok(n as u32),
        _ => Err("Must be a whole number of months from 1 to 120".into()),
    }
}

pub fn user_name(v: &str) -> Result<(), String> {
    if v.is_empty() || v.chars().count() > 50 {
        return Err("Must be 1 to 50 characters".into());
    }
    if !v
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || ".-_@".contains(c))
    {
        return Err("Only letters, digits and . - _ @ are allowed".into());
    }
    Ok(())
}

pub fn password(v: &str) -> Result<(), String> {
    let len = v.chars().count();
    if !(8..=50).contains(&len) {
        return Err("Must be 8 to 50 characters".into());
    }
    if !v.chars().any(|c| c.is_alphabetic()) || !v.chars().any(|c| c.is_ascii_digit()) {
        return Err("Must contain at least one letter and one digit".into());
    }
    if v.chars().any(|c| "&`'\"\\/<>$".contains(c)) {
        return Err("Must not contain & ` ' \" \\ / < > $".into());
    }
    Ok(())
}

/// First, middle and last names: ≤50, letters, digits, space, `-.'`.
pub fn person_name(v: &str) -> Result<(), String> {
    if v.chars().count() > 50 {
        return Err("Must be at most 50 characters".into());
    }
    if !v.chars().all(|c| c.is_alphanumeric() || " -.'".contains(c)) {
        return Err("Only letters, digits, spaces and - . ' are allowed".into());
    }
    Ok(())
}

pub fn max_len(v: &str, max: usize) -> Result<(), String> {
    if v.chars().count() > max {
        Err(format!("Must be at most {max} characters"))
    } else {
        Ok(())
    }
}

pub fn email(v: &str) -> Result<(), String> {
    max_len(v, 100)?;
    let ok = v.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && !local.contains(char::is_whitespace)
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || ".-".contains(c))
    });
    if ok {
        Ok(())
    } else {
        Err("Must be a valid email address".into())
    }
}

pub fn country_code(v: &str) -> Result<(), String> {
    if v.len() == 2 && v.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err("Must be an ISO 3166-1 alpha-2 country code, e.g. US".into())
    }
}

/// Phone-like fields: the documented "no alphabet letters" rule.
pub fn phone(v: &str) -> Result<(), String> {
    if v.chars().any(char::is_alphabetic) {
        Err("Field cannot have any alphabet letters; only numbers and symbols allowed.".into())
    } else {
        max_len(v, 20)
    }
}

/// A bare domain name: `example.com`, not `www.example.com/`, not a URL.
pub fn domain_name(v: &str) -> Result<(), String> {
    let v = v.trim();
    if v.contains("://") || v.contains('/') || v.to_ascii_lowercase().starts_with("www.") {
        return Err("Must be a bare domain name such as example.com".into());
    }
    if v.is_empty() || v.len() > 253 {
        return Err("Must be 1 to 253 characters".into());
    }
    let labels: Vec<&str> = v.split('.').collect();
    let tld_ok = labels
        .last()
        .is_some_and(|t| t.len() >= 2 && t.chars().all(|c| c.is_ascii_alphabetic()));
    let labels_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    if tld_ok && labels_ok {
        Ok(())
    } else {
        Err("Must be a domain name such as example.com (letters, digits and hyphens)".into())
    }
}

/// Card numbers: digits only, 12–19 of them, passing the Luhn check.
pub fn card_number(v: &str) -> Result<(), String> {
    if v.is_empty() || !v.chars().all(|c| c.is_ascii_digit()) {
        return Err("Must contain digits only".into());
    }
    if !(12..=19).contains(&v.len()) {
        return Err("Must be 12 to 19 digits".into());
    }
    let sum: u32 = v
        .chars()
        .rev()
        .filter_map(|c| c.to_digit(10))
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 1 {
                if d * 2 > 9 {
                    d * 2 - 9
                } else {
                    d * 2
                }
            } else {
                d
            }
        })
        .sum();
    if sum % 10 == 0 {
        Ok(())
    } else {
        Err("Is not a valid card number".into())
    }
}

pub const CARD_TYPES: &[&str] = &["visa", "mastercard", "discover", "amex"];

pub fn card_type(v: &str) -> Result<(), String> {
    if CARD_TYPES.contains(&v) {
        Ok(())
    } else {
        Err("Must be one of visa, mastercard, discover, amex".into())
    }
}

/// `YYYY-MM`, not before `current` (`YYYY-MM`).
pub fn expiration(v: &str, current: &str) -> Result<(), String> {
    let shaped = v.len() == 7
        && v.as_bytes()[4] == b'-'
        && v[..4].chars().all(|c| c.is_ascii_digit())
        && v[5..].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m));
    if !shaped {
        return Err("Must be YYYY-MM".into());
    }
    if v < current {
        return Err("Card has expired".into());
    }
    Ok(())
}

pub fn salutation(v: &str) -> Result<(), String> {
    if v.is_empty() || catalog::SALUTATIONS.contains(&v) {
        Ok(())
    } else {
        Err(format!(
            "Must be one of {}",
            catalog::SALUTATIONS.join(", ")
        ))
    }
}

pub fn email_format(v: &str) -> Result<(), String> {
    if v.is_empty() || v == "html" || v == "text" {
        Ok(())
    } else {
        Err("Must be html or text".into())
    }
}

/// Exchange mailbox owner user name: lowercase letters, digits, `_`, `-` and (because the documentation's
/// own example uses `a.a`) `.`; 1–25 characters; not a reserved name.
pub fn mailbox_username(v: &str) -> Result<(), String> {
    if v.is_empty() || v.chars().count() > 25 {
        return Err("Must be 1 to 25 characters".into());
    }
    if !v
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_-.".contains(c))
    {
        return Err("Only lowercase letters, digits and _ - . are allowed".into());
    }
    if ["administrator", "admins", "helpdesk"].contains(&v) {
        return Err("This name is reserved".into());
    }
    Ok(())
}

/// Exchange mailbox password: 8–20 characters, one word, letters and at least one digit, not only
/// lowercase letters (the documentation's example `tester1234` passes).
pub fn mailbox_password(v: &str) -> Result<(), String> {
    if !(8..=20).contains(&v.chars().count()) {
        return Err("Must be 8 to 20 characters".into());
    }
    if v.contains(char::is_whitespace) {
        return Err("Must be one word".into());
    }
    if !v.chars().any(char::is_alphabetic) || !v.chars().any(|c| c.is_ascii_digit()) {
        return Err("Must contain letters and at least one digit".into());
    }
    if v.chars().all(|c| c.is_ascii_lowercase()) {
        return Err("Must not be all lowercase letters".into());
    }
    Ok(())
}

pub fn recipient_limit(v: Option<&Value>) -> Result<(), String> {
    match v {
        None => Ok(()),
        Some(v) if v.as_i64().is_some_and(|n| (1..=100).contains(&n)) => Ok(()),
        Some(_) => Err("Must be a whole number from 1 to 100".into()),
    }
}

#[cfg(test)]
#[path = "fields_tests.rs"]
mod tests;
