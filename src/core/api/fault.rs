//! The API's error envelope, `{"<type>": {guid, message, code, details}}`, read straight into
//! [`Fault`] by its own small visitors: no `serde_json::Value` and no `BTreeMap`, whose code every
//! module would otherwise carry for this one read (about 3 KB gzip in each first stage).

use std::fmt;

use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

/// The decoded `{"<type>": {guid, message, code, details}}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    /// `computeFault`, `badRequest`, `forbidden`, `itemNotFound`, `conflict`, …
    pub kind: String,
    pub message: String,
    pub code: u16,
    /// Field → problem, in the API's order (empty when the API sent `""`).
    pub details: Vec<(String, String)>,
    pub guid: Option<String>,
}

impl Fault {
    /// Decodes an envelope; `None` when the body is not one.
    pub fn decode(body: &str) -> Option<Self> {
        serde_json::from_str::<Envelope>(body).ok()?.0
    }

    /// The problem the API gives for `field`, if any.
    pub fn detail(&self, field: &str) -> Option<&str> {
        self.details
            .iter()
            .find(|(k, _)| k == field)
            .map(|(_, v)| v.as_str())
    }
}

/// The envelope: its first key is the fault's type, its value the fault.
struct Envelope(Option<Fault>);

impl<'de> Deserialize<'de> for Envelope {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(EnvelopeVisitor)
    }
}

struct EnvelopeVisitor;

impl<'de> Visitor<'de> for EnvelopeVisitor {
    type Value = Envelope;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an error envelope")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Envelope, A::Error> {
        let Some(kind) = map.next_key::<String>()? else {
            return Ok(Envelope(None));
        };
        let inner: Inner = map.next_value()?;
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Envelope(inner.message.map(|message| Fault {
            kind,
            message,
            code: inner.code,
            details: inner.details,
            guid: inner.guid,
        })))
    }
}

/// The fault's fields; `message` is required for a body to be an envelope.
struct Inner {
    message: Option<String>,
    code: u16,
    details: Vec<(String, String)>,
    guid: Option<String>,
}

impl<'de> Deserialize<'de> for Inner {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(InnerVisitor)
    }
}

struct InnerVisitor;

impl<'de> Visitor<'de> for InnerVisitor {
    type Value = Inner;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a fault")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Inner, A::Error> {
        let mut inner = Inner {
            message: None,
            code: 0,
            details: Vec::new(),
            guid: None,
        };
        while let Some(key) = map.next_key::<String>()? {
            let value: Loose = map.next_value()?;
            match key.as_str() {
                "message" => inner.message = value.text,
                "code" => inner.code = value.number.unwrap_or_default() as u16,
                "details" => inner.details = value.pairs,
                "guid" => inner.guid = value.text,
                _ => {}
            }
        }
        Ok(inner)
    }
}

/// Any JSON value, kept as what the envelope can use of it: a string's text, a number, an object's
/// entries (each said as text), an array's strings joined.
#[derive(Default)]
struct Loose {
    text: Option<String>,
    number: Option<u64>,
    pairs: Vec<(String, String)>,
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(LooseVisitor)
    }
}

impl Loose {
    fn said(self) -> Option<String> {
        self.text
            .or_else(|| self.number.map(|n| n.to_string()))
            .filter(|t| !t.is_empty())
    }
}

struct LooseVisitor;

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Loose;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value")
    }

    fn visit_str<E>(self, v: &str) -> Result<Loose, E> {
        Ok(Loose {
            text: Some(v.to_string()),
            ..Loose::default()
        })
    }

    fn visit_u64<E>(self, v: u64) -> Result<Loose, E> {
        Ok(Loose {
            number: Some(v),
            ..Loose::default()
        })
    }

    fn visit_i64<E>(self, _: i64) -> Result<Loose, E> {
        Ok(Loose::default())
    }

    fn visit_f64<E>(self, _: f64) -> Result<Loose, E> {
        Ok(Loose::default())
    }

    fn visit_bool<E>(self, _: bool) -> Result<Loose, E> {
        Ok(Loose::default())
    }

    fn visit_unit<E>(self) -> Result<Loose, E> {
        Ok(Loose::default())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        let mut said = Vec::new();
        while let Some(item) = seq.next_element::<Loose>()? {
            said.extend(item.said());
        }
        Ok(Loose {
            text: Some(said.join(" ")),
            ..Loose::default()
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
        let mut pairs = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Loose>()? {
            if let Some(said) = value.said() {
                pairs.push((key, said));
            }
        }
        Ok(Loose {
            pairs,
            ..Loose::default()
        })
    }
}
