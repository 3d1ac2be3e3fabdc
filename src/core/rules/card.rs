//! The card's rules: the number as typed (groups, Luhn, the brand from its digits), the expiry as
//! printed (MM/YY, sent as the API's YYYY-MM), the security code.

use super::Check;
use crate::i18n::rules;

/// Digits only, 12–19 of them, passing the Luhn check.
pub fn card_number(v: &str) -> Check {
    if v.is_empty() || !v.chars().all(|c| c.is_ascii_digit()) {
        return Err(rules::CARD_DIGITS.text());
    }
    if !(12..=19).contains(&v.len()) {
        return Err(rules::CARD_LENGTH.text());
    }
    let sum: u32 = v
        .chars()
        .rev()
        .filter_map(|c| c.to_digit(10))
        .enumerate()
        .map(|(i, d)| match (i % 2, d * 2) {
            (1, doubled) if doubled > 9 => doubled - 9,
            (1, doubled) => doubled,
            _ => d,
        })
        .sum();
    if sum % 10 == 0 {
        Ok(())
    } else {
        Err(rules::CARD_INVALID.text())
    }
}

/// The card number as typed (groups of digits separated by spaces or hyphens, as printed on cards)
/// checked, and as the API takes it: digits only.
pub fn typed_card_number(v: &str) -> Result<String, String> {
    let digits: String = v
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if digits.is_empty() {
        return Err(rules::CARD_MISSING.text());
    }
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(rules::CARD_ONLY_DIGITS.text());
    }
    card_number(&digits)?;
    Ok(digits)
}

/// The card's brand, as the API names it (`creditCardType`), read from the number's first digits;
/// `None` for a brand the API does not take.
pub fn card_brand(digits: &str) -> Option<&'static str> {
    let prefix = |n: usize| digits.get(..n).and_then(|p| p.parse::<u32>().ok());
    let within =
        |n: usize, low: u32, high: u32| prefix(n).is_some_and(|p| (low..=high).contains(&p));
    if within(2, 34, 34) || within(2, 37, 37) {
        Some("amex")
    } else if within(1, 4, 4) {
        Some("visa")
    } else if within(2, 51, 55) || within(4, 2221, 2720) {
        Some("mastercard")
    } else if within(4, 6011, 6011)
        || within(2, 65, 65)
        || within(3, 644, 649)
        || within(6, 622_126, 622_925)
    {
        Some("discover")
    } else {
        None
    }
}

/// The brand's name for people.
pub fn card_brand_name(brand: &str) -> &str {
    match brand {
        "visa" => "Visa",
        "mastercard" => "Mastercard",
        "discover" => "Discover",
        "amex" => "American Express",
        other => other,
    }
}

/// The card as typed: a number the API takes, of a brand it takes; its digits and brand.
pub fn typed_card(v: &str) -> Result<(String, &'static str), String> {
    let digits = typed_card_number(v)?;
    let brand = card_brand(&digits).ok_or_else(|| rules::CARD_BRAND.text())?;
    Ok((digits, brand))
}

/// The expiry date as printed on cards and typed by people (`08/29`, `08 / 2029`, `0829`), checked
/// (this month or later; `current` is `YYYY-MM`) and as the API takes it (`2029-08`). `2029-08`
/// itself is taken too (what a browser's autofill may write).
pub fn typed_expiry(v: &str, current: &str) -> Result<String, String> {
    let compact: String = v.chars().filter(|c| !c.is_whitespace()).collect();
    let (month, year) = match compact.split_once(['/', '-', '.']) {
        Some((a, b)) if a.len() == 4 => (b, a),
        Some((a, b)) => (a, b),
        None if compact.len() == 4 || compact.len() == 6 => compact.split_at(2),
        None => ("", ""),
    };
    let month = month.parse::<u32>().ok().filter(|m| (1..=12).contains(m));
    let year = match year.len() {
        2 => year.parse::<u32>().ok().map(|y| 2000 + y),
        4 => year.parse::<u32>().ok(),
        _ => None,
    };
    let (Some(month), Some(year)) = (month, year) else {
        return Err(rules::EXPIRY_FORM.text());
    };
    let wire = format!("{year:04}-{month:02}");
    expiry(&wire, current)?;
    Ok(wire)
}

pub fn card_type(v: &str) -> Check {
    if ["visa", "mastercard", "discover", "amex"].contains(&v) {
        Ok(())
    } else {
        Err(rules::CARD_TYPE.text())
    }
}

/// `YYYY-MM`, this month or later (`current` is `YYYY-MM`).
pub fn expiry(v: &str, current: &str) -> Check {
    let shaped = v.len() == 7
        && v.as_bytes()[4] == b'-'
        && v[..4].chars().all(|c| c.is_ascii_digit())
        && v[5..].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m));
    if !shaped {
        return Err(rules::EXPIRY_ISO.text());
    }
    if v < current {
        return Err(rules::EXPIRED.text());
    }
    Ok(())
}

pub fn cvv(v: &str) -> Check {
    if (3..=4).contains(&v.len()) && v.chars().all(|c| c.is_ascii_digit()) {
        Ok(())
    } else {
        Err(rules::CVV.text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_are_taken_as_people_type_them() {
        assert_eq!(
            typed_card("4111 1111 1111 1111"),
            Ok(("4111111111111111".into(), "visa"))
        );
        assert_eq!(typed_card("5555-5555-5555-4444").unwrap().1, "mastercard");
        assert_eq!(typed_card("2223 0031 2200 3222").unwrap().1, "mastercard");
        assert_eq!(typed_card("3782 822463 10005").unwrap().1, "amex");
        assert_eq!(typed_card("6011 1111 1111 1117").unwrap().1, "discover");
        assert!(typed_card("4111 1111 1111 1112")
            .unwrap_err()
            .contains("not valid"));
        assert!(typed_card("4111 abcd").unwrap_err().contains("only digits"));
        // A valid Luhn number of a brand the API does not take (JCB).
        assert!(typed_card("3530 1113 3330 0000")
            .unwrap_err()
            .contains("none of them"));
        assert_eq!(typed_card("").unwrap_err(), "Enter the card number.");
    }

    #[test]
    fn expiry_dates_are_taken_as_printed() {
        let now = "2026-11";
        for typed in [
            "08/29", "08 / 29", "8/29", "0829", "08/2029", "082029", "2029-08", "08-29",
        ] {
            assert_eq!(typed_expiry(typed, now), Ok("2029-08".into()), "{typed}");
        }
        assert_eq!(typed_expiry("11/26", now), Ok("2026-11".into()));
        assert_eq!(
            typed_expiry("10/26", now).unwrap_err(),
            "This card has expired."
        );
        for typed in ["13/29", "", "2029", "08/2", "aa/bb", "00/29"] {
            assert!(
                typed_expiry(typed, now).unwrap_err().contains("like 08/29"),
                "{typed}"
            );
        }
    }
}
