//! Money as the API sends it: decimal strings, never floats. The quote uses `"339.00"` plus a `Currency`;
//! the shortcuts use `["5.18", "USD"]`, or `[]` for nothing.

use serde::{Deserialize, Deserializer};

/// A decimal amount kept exactly, in minor units (cents), with its currency when known.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Money {
    pub minor: i64,
    pub currency: Option<String>,
}

impl Money {
    /// Parses `"339.00"`, `"5.18"`, `"-1.3"`, `"0"`. `None` for anything else.
    pub fn parse(amount: &str, currency: Option<&str>) -> Option<Self> {
        let s = amount.trim();
        let (negative, digits) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
        if whole.is_empty() && frac.is_empty() || frac.len() > 2 {
            return None;
        }
        if !whole
            .chars()
            .chain(frac.chars())
            .all(|c| c.is_ascii_digit())
        {
            return None;
        }
        let whole: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().ok()?
        };
        let cents: i64 = format!("{frac:0<2}").parse().ok()?;
        let minor = whole.checked_mul(100)?.checked_add(cents)?;
        Some(Self {
            minor: if negative { -minor } else { minor },
            currency: currency.map(str::to_string),
        })
    }

    /// The plain decimal string ("5.18").
    pub fn decimal(&self) -> String {
        let sign = if self.minor < 0 { "-" } else { "" };
        format!(
            "{sign}{}.{:02}",
            self.minor.abs() / 100,
            self.minor.abs() % 100
        )
    }

    /// The amount as a number for `Intl.NumberFormat` (exact for any realistic price).
    pub fn as_f64(&self) -> f64 {
        self.minor as f64 / 100.0
    }
}

/// `[amount, currency]` or `[]` (shortcut responses).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MoneyPair(pub Option<Money>);

impl<'de> Deserialize<'de> for MoneyPair {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Not through `Option`: a missing required amount must be an error, not "nothing".
        let parts: Vec<String> = Vec::deserialize(d)?;
        match parts.as_slice() {
            [] => Ok(Self(None)),
            [amount, currency] => Money::parse(amount, Some(currency))
                .map(|m| Self(Some(m)))
                .ok_or_else(|| serde::de::Error::custom(format!("not an amount: {amount}"))),
            other => Err(serde::de::Error::custom(format!(
                "money must be [amount, currency], got {other:?}"
            ))),
        }
    }
}

/// A decimal string field (`"339.00"`), kept as `Money` without currency.
pub fn amount<'de, D: Deserializer<'de>>(d: D) -> Result<Money, D::Error> {
    let s = String::deserialize(d)?;
    Money::parse(&s, None).ok_or_else(|| serde::de::Error::custom(format!("not an amount: {s}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_decimal_strings_exactly() {
        assert_eq!(Money::parse("339.00", None).unwrap().minor, 33900);
        assert_eq!(Money::parse("5.18", None).unwrap().minor, 518);
        assert_eq!(Money::parse("0", None).unwrap().minor, 0);
        assert_eq!(Money::parse("-1.3", None).unwrap().minor, -130);
        assert_eq!(Money::parse("0.1", None).unwrap().decimal(), "0.10");
        for bad in ["", "abc", "1.234", "1,00", "."] {
            assert!(Money::parse(bad, None).is_none(), "{bad}");
        }
    }

    #[test]
    fn pairs_and_empty_arrays() {
        let p: MoneyPair = serde_json::from_str(r#"["5.18", "USD"]"#).unwrap();
        assert_eq!(p.0.unwrap().currency.as_deref(), Some("USD"));
        let empty: MoneyPair = serde_json::from_str("[]").unwrap();
        assert_eq!(empty.0, None);
        assert!(serde_json::from_str::<MoneyPair>(r#"["5.18"]"#).is_err());
    }
}
