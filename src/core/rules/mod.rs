//! Field rules checked in the browser before any request, each with the rule in words. Written from the
//! documentation independently of the sandbox's copy; both are tested against the same examples.

/// A rule's verdict: `Err(rule in words)`.
pub type Check = Result<(), String>;

mod card;
pub use card::*;

pub fn required(v: &str) -> Check {
    if v.trim().is_empty() {
        Err("Please fill this in.".into())
    } else {
        Ok(())
    }
}

fn max(v: &str, n: usize) -> Check {
    if v.chars().count() > n {
        Err(format!("At most {n} characters."))
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
        Err("Use only letters, digits and . - _ @".into())
    }
}

pub fn password(v: &str) -> Check {
    let n = v.chars().count();
    if !(8..=50).contains(&n) {
        return Err("Use 8 to 50 characters.".into());
    }
    if !v.chars().any(char::is_alphabetic) || !v.chars().any(|c| c.is_ascii_digit()) {
        return Err("Include at least one letter and one digit.".into());
    }
    if v.chars().any(|c| "&`'\"\\/<>$".contains(c)) {
        return Err("Do not use & ` ' \" \\ / < > $".into());
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
        Err("Use only letters, digits, spaces and - . '".into())
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
        Err("Enter an email address like name@example.com.".into())
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
        Err("Choose a country from the list.".into())
    }
}

pub fn phone(v: &str) -> Check {
    required(v)?;
    optional_phone(v)
}

pub fn optional_phone(v: &str) -> Check {
    if v.chars().any(char::is_alphabetic) {
        return Err("Use only numbers and symbols, no letters.".into());
    }
    max(v, 20)
}

pub fn domain_name(v: &str) -> Check {
    let v = v.trim();
    required(v)?;
    if v.contains("://") || v.contains('/') || v.to_ascii_lowercase().starts_with("www.") {
        return Err("Enter the bare domain, like example.com (no www., http:// or /).".into());
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
        Err("Use letters, digits and hyphens, like my-shop.com.".into())
    }
}

pub fn billing_cycle(v: u32) -> Check {
    if (1..=120).contains(&v) {
        Ok(())
    } else {
        Err("Choose 1 to 120 months.".into())
    }
}

/// Exchange mailbox user name: 1–25 lowercase letters, digits, `_ - .`; not a reserved name.
pub fn mailbox_username(v: &str) -> Check {
    if v.is_empty() || v.chars().count() > 25 {
        return Err("Use 1 to 25 characters.".into());
    }
    if !v
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_-.".contains(c))
    {
        return Err("Use only lowercase letters, digits and _ - .".into());
    }
    if ["administrator", "admins", "helpdesk"].contains(&v) {
        return Err("This name is reserved; choose another.".into());
    }
    Ok(())
}

/// Exchange mailbox password: 8–20, one word, letters and a digit, not only lowercase letters.
pub fn mailbox_password(v: &str) -> Check {
    if !(8..=20).contains(&v.chars().count()) {
        return Err("Use 8 to 20 characters.".into());
    }
    if v.contains(char::is_whitespace) {
        return Err("Use one word, without spaces.".into());
    }
    if !v.chars().any(char::is_alphabetic) || !v.chars().any(|c| c.is_ascii_digit()) {
        return Err("Include letters and at least one digit.".into());
    }
    Ok(())
}

pub fn recipient_limit(v: &str) -> Check {
    match v.trim().parse::<u32>() {
        Ok(1..=100) => Ok(()),
        _ => Err("Choose 1 to 100 recipients.".into()),
    }
}

/// An IPv4 or IPv6 address (the customer's, for fraud checks).
pub fn ip_address(v: &str) -> Check {
    if v.trim().parse::<std::net::IpAddr>().is_ok() {
        Ok(())
    } else {
        Err("Enter an IP address like 203.0.113.7.".into())
    }
}

#[cfg(test)]
mod tests;
