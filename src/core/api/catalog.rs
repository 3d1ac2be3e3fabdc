//! The catalog (no cookie needed, but requests stay credentialed like every other).

use super::model::catalog::{AttributeDef, List, Offering, ProductSpec, ServiceSpec};
use super::{ApiError, Client};

/// The paths of a product's catalog reads, built once: the client's functions below and the widget's
/// first stage (which reads them without the client's retries) both use them.
pub mod paths {
    use super::segment;

    pub fn product(spec: &str) -> String {
        format!("/productSpecifications/{}", segment(spec))
    }

    /// Offerings with their prices inlined (`?details=1`).
    pub fn offerings(spec: &str) -> String {
        format!("{}/offerings?details=1", product(spec))
    }

    pub fn services(spec: &str) -> String {
        format!("{}/serviceSpecifications", product(spec))
    }
}

pub async fn product_specifications(client: &Client) -> Result<Vec<ProductSpec>, ApiError> {
    Ok(client
        .get("/productSpecifications")
        .await?
        .json::<List<ProductSpec>>()?
        .list)
}

pub async fn product_specification(client: &Client, spec: &str) -> Result<ProductSpec, ApiError> {
    client.get(&paths::product(spec)).await?.json()
}

/// Offerings with their prices inlined (`?details=1`).
pub async fn offerings(client: &Client, spec: &str) -> Result<Vec<Offering>, ApiError> {
    Ok(client
        .get(&paths::offerings(spec))
        .await?
        .json::<List<Offering>>()?
        .list)
}

pub async fn service_specifications(
    client: &Client,
    spec: &str,
) -> Result<Vec<ServiceSpec>, ApiError> {
    Ok(client
        .get(&paths::services(spec))
        .await?
        .json::<List<ServiceSpec>>()?
        .list)
}

pub async fn service_attributes(
    client: &Client,
    service_spec: &str,
) -> Result<Vec<AttributeDef>, ApiError> {
    let path = format!(
        "/serviceSpecifications/{}/attributes",
        segment(service_spec)
    );
    Ok(client.get(&path).await?.json::<List<AttributeDef>>()?.list)
}

pub async fn salutations(client: &Client) -> Result<Vec<String>, ApiError> {
    Ok(client
        .get("/salutations")
        .await?
        .json::<List<String>>()?
        .list)
}

/// Percent-encodes one path segment or query value (ids come from the API or the URL; they must not
/// add path parts or parameters): RFC 3986's unreserved characters stay. The app's one encoder.
/// Measured against the `percent-encoding` crate (the url crate's own): the crate made the release
/// wasm 676 bytes bigger gzipped, so this stays.
pub fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn segments_cannot_escape_their_place() {
        assert_eq!(super::segment("core.plan.dnr.only"), "core.plan.dnr.only");
        assert_eq!(super::segment("../admin?x=1"), "..%2Fadmin%3Fx%3D1");
        assert_eq!(super::segment("Zürich & co"), "Z%C3%BCrich%20%26%20co");
    }
}
