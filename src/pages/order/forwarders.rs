//! An email domain's forwarders, as its `forwarders` attribute holds them.

/// One forwarder of an email domain: mail to `from@domain` goes to `to`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Forwarder {
    pub from: String,
    pub to: String,
}

/// The forwarders in an email domain's attributes (entries without both fields are left out).
pub fn forwarders_of(attrs: &serde_json::Map<String, serde_json::Value>) -> Vec<Forwarder> {
    attrs
        .get("forwarders")
        .and_then(|v| v.as_array())
        .into_iter()
        .flatten()
        .filter_map(|f| {
            Some(Forwarder {
                from: f.get("from")?.as_str()?.to_string(),
                to: f.get("to")?.as_str()?.to_string(),
            })
        })
        .collect()
}
