//! Field rules checked in the browser before any request, each with the rule in words. Written from the
//! documentation independently of the sandbox's copy; both are tested against the same examples.

/// A rule's verdict: `Err(rule in words)`.
pub type Check = Result<(), String>;

mod card;

use crate::i18n;
pub use card::*;

pub fn required(v: &str) -> Check {
    if v.trim().is_empty() {
        Err(i18n::rules::REQUIRED.text())
    } else {
        Ok(())
    }
}

fn max(v: &str, n: usize) -> Check {
    if v.chars().count() > n {
        Err(i18n::rules::AT_MOST.fill(&[("n", &n.to_string())]))
    } else {
        Ok(())
    }
}

pub fn user_name(v: &str) -> Check {
    required(v)?;
    max(v, 50)?;
    if v.chars()
        .all(|c| c.is_ascii_alphanumeric() || ".-_@".contains(c))
    {
        Ok(())
    } else {
        Err(i18n::rules::USER_CHARS.text())
    }
}

pub fn password(v: &str) -> Check {
    let n = v.chars().count();
    if !(8..=50).contains(&n) {
        return Err(i18n::rules::PASSWORD_LENGTH.text());
    }
    if !v.chars().any(char::is_alphabetic) || !v.chars().any(|c| c.is_ascii_digit()) {
        return Err(i18n::rules::PASSWORD_MIX.text());
    }
    if v.chars().any(|c| "&`'\"\\/<>$".contains(c)) {
        return Err(i18n::rules::PASSWORD_CHARS.text());
    }
    Ok(())
}

pub fn person_name(v: &str) -> Check {
    required(v)?;
    optional_person_name(v)
}

pub fn optional_person_name(v: &str) -> Check {
    max(v, 50)?;
    if v.chars().all(|c| c.is_alphanumeric() || " -.'".contains(c)) {
        Ok(())
    } else {
        Err(i18n::rules::NAME_CHARS.text())
    }
}

pub fn company(v: &str) -> Check {
    max(v, 200)
}

pub fn city(v: &str) -> Check {
    required(v)?;
    max(v, 50)
}

pub fn email(v: &str) -> Check {
    required(v)?;
    max(v, 100)?;
    let ok = v.split_once('@').is_some_and(|(l, d)| {
        !l.is_empty()
            && !l.contains(char::is_whitespace)
            && d.contains('.')
            && !d.starts_with('.')
            && !d.ends_with('.')
            && d.chars().all(|c| c.is_alphanumeric() || ".-".contains(c))
    });
    if ok {
        Ok(())
    } else {
        Err(i18n::rules::EMAIL.text())
    }
}

/// The ISO 3166-1 alpha-2 codes (the API's `countryCode`), two letters each: the countries a customer
/// chooses from. Their names come from the browser (`Intl.DisplayNames`), in the page's language.
pub const COUNTRY_CODES: &str = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZ\
CACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGS\
GTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMG\
MHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASB\
SCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZA\
ZMZW";

/// The country codes of [`COUNTRY_CODES`], one by one.
pub fn country_codes() -> impl Iterator<Item = &'static str> {
    (0..COUNTRY_CODES.len())
        .step_by(2)
        .map(|i| &COUNTRY_CODES[i..i + 2])
}

/// A country the API knows: one of the ISO 3166-1 alpha-2 codes.
pub fn country_code(v: &str) -> Check {
    if v.len() == 2 && country_codes().any(|c| c == v) {
        Ok(())
    } else {
        Err(i18n::rules::COUNTRY.text())
    }
}

pub fn phone(v: &str) -> Check {
    required(v)?;
    optional_phone(v)
}

pub fn optional_phone(v: &str) -> Check {
    if v.chars().any(char::is_alphabetic) {
        return Err(i18n::rules::PHONE.text());
    }
    max(v, 20)
}

pub fn domain_name(v: &str) -> Check {
    let v = v.trim();
    required(v)?;
    if v.contains("://") || v.contains('/') || v.to_ascii_lowercase().starts_with("www.") {
        return Err(i18n::rules::BARE_DOMAIN.text());
    }
    let labels: Vec<&str> = v.split('.').collect();
    let ok = v.len() <= 253
        && labels.len() >= 2
        && labels
            .last()
            .is_some_and(|t| t.len() >= 2 && t.chars().all(|c| c.is_ascii_alphabetic()))
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    if ok {
        Ok(())
    } else {
        Err(i18n::rules::DOMAIN_CHARS.text())
    }
}

pub fn billing_cycle(v: u32) -> Check {
    if (1..=120).contains(&v) {
        Ok(())
    } else {
        Err(i18n::rules::CYCLE.text())
    }
}

/// Exchange mailbox user name: 1–25 lowercase letters, digits, `_ - .`; not a reserved name.
pub fn mailbox_username(v: &str) -> Check {
    if v.is_empty() || v.chars().count() > 25 {
        return Err(i18n::rules::MAILBOX_LENGTH.text());
    }
    if !v
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_-.".contains(c))
    {
        return Err(i18n::rules::MAILBOX_CHARS.text());
    }
    if ["administrator", "admins", "helpdesk"].contains(&v) {
        return Err(i18n::rules::RESERVED.text());
    }
    Ok(())
}

/// Exchange mailbox password: 8–20, one word, letters and a digit, not only lowercase letters.
pub fn mailbox_password(v: &str) -> Check {
    if !(8..=20).contains(&v.chars().count()) {
        return Err(i18n::rules::MAILBOX_PASSWORD_LENGTH.text());
    }
    if v.contains(char::is_whitespace) {
        return Err(i18n::rules::ONE_WORD.text());
    }
    if !v.chars().any(char::is_alphabetic) || !v.chars().any(|c| c.is_ascii_digit()) {
        return Err(i18n::rules::LETTERS_DIGIT.text());
    }
    Ok(())
}

pub fn recipient_limit(v: &str) -> Check {
    match v.trim().parse::<u32>() {
        Ok(1..=100) => Ok(()),
        _ => Err(i18n::rules::RECIPIENTS.text()),
    }
}

/// An IPv4 or IPv6 address (the customer's, for fraud checks).
pub fn ip_address(v: &str) -> Check {
    if v.trim().parse::<std::net::IpAddr>().is_ok() {
        Ok(())
    } else {
        Err(i18n::rules::IP.text())
    }
}

#[cfg(test)]
mod tests;
