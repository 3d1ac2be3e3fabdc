//! Hypermedia links and ids.

use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Link {
    pub href: String,
    #[serde(default)]
    pub rel: String,
}

/// `links`, documented both as `[{href, rel}]` and as `{"self": {href, rel}}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Links(pub Vec<Link>);

impl<'de> Deserialize<'de> for Links {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Not through `Option`: serde would read a missing `links` as `None`, and a required one must be
        // an error (fields that may be absent say `#[serde(default)]`). A visitor, not an untagged
        // enum: that would buffer the value first, code each module would carry.
        struct Shapes;
        impl<'de> Visitor<'de> for Shapes {
            type Value = Links;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("links, as a list or by relation")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Links, A::Error> {
                let mut list = Vec::new();
                while let Some(link) = seq.next_element::<Link>()? {
                    list.push(link);
                }
                Ok(Links(list))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Links, A::Error> {
                let mut list = Vec::new();
                while let Some((rel, link)) = map.next_entry::<String, Link>()? {
                    list.push(Link {
                        rel: if link.rel.is_empty() { rel } else { link.rel },
                        href: link.href,
                    });
                }
                Ok(Links(list))
            }
        }
        d.deserialize_any(Shapes)
    }
}

impl Links {
    pub fn rel(&self, rel: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|l| l.rel == rel)
            .map(|l| l.href.as_str())
    }
}

/// The id at the end of an href, ignoring a trailing slash
/// (`…/orders/0000013a…/` → `0000013a…`).
pub fn id_from_href(href: &str) -> Option<String> {
    let last = href.trim_end_matches('/').rsplit('/').next()?;
    (!last.is_empty() && !last.contains(':')).then(|| last.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_in_both_documented_shapes() {
        let a: Links =
            serde_json::from_str(r#"[{"href": "https://x/orders/1/", "rel": "self"}]"#).unwrap();
        let o: Links =
            serde_json::from_str(r#"{"self": {"href": "https://x/orders/1/", "rel": "self"}}"#)
                .unwrap();
        assert_eq!(a, o);
        assert_eq!(a.rel("self"), Some("https://x/orders/1/"));
    }

    #[test]
    fn ids_from_hrefs() {
        assert_eq!(
            id_from_href("https://api.hostway.com/orders/0000013ad6dd95746a399f90000a71384bf242cf")
                .as_deref(),
            Some("0000013ad6dd95746a399f90000a71384bf242cf")
        );
        assert_eq!(id_from_href("http://h/orders/abc/").as_deref(), Some("abc"));
        assert_eq!(id_from_href("https://"), None);
    }
}
