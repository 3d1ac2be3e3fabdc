//! The seeded catalog: product specifications with their offerings (currency × billing period) and
//! prices, service specifications with billing cycles and attribute schemas, promotion codes, and the
//! documentation's own example entities. Amounts are integer cents here; on the wire they are strings.

mod products;
mod services;
pub use products::*;
pub use services::*;

pub struct ProductSpec {
    pub id: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pub category: &'static str,
    pub offerings: &'static [Offering],
    pub service_specs: &'static [&'static str],
}

pub struct Offering {
    pub currency: &'static str,
    /// Months.
    pub billing_period: u32,
    pub default: bool,
    pub setup_cents: i64,
    pub recurring_cents: i64,
}

impl Offering {
    pub fn id(&self) -> String {
        format!("{}-{}", self.currency, self.billing_period)
    }
}

pub struct ServiceSpec {
    pub id: &'static str,
    pub name: &'static str,
    pub category: &'static str,
    pub ranking: u32,
    /// Allowed billing cycles in months; the first is the default.
    pub billing_cycles: &'static [u32],
    /// Price per 12 months of service, in cents of the order's currency.
    pub yearly_cents: i64,
    pub attributes: &'static [AttributeDef],
}

pub struct AttributeDef {
    pub name: &'static str,
    pub kind: &'static str,
    pub required: bool,
    pub description: &'static str,
}

pub struct Promotion {
    pub code: &'static str,
    pub name: &'static str,
    /// Percentage off recurring fees.
    pub recurring_percent_off: i64,
    /// Setup fees waived.
    pub waives_setup: bool,
    /// Customers may enter it; internal ones are applied by the sandbox itself.
    pub public: bool,
}

/// Generated specifications beyond the seeded ones (`--catalog-size`, for benchmarks).
static GENERATED: std::sync::OnceLock<Vec<ProductSpec>> = std::sync::OnceLock::new();

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// Grows the catalog to `size` specifications with copies of the seeded ones under new ids
/// (`bench.plan.0001`…), each with its model's offerings and services. Once per process: later calls
/// change nothing.
pub fn grow_to(size: usize) {
    let extra = size.saturating_sub(PRODUCT_SPECS.len());
    if extra == 0 {
        return;
    }
    let _ = GENERATED.set(
        (0..extra)
            .map(|i| {
                let model = &PRODUCT_SPECS[i % PRODUCT_SPECS.len()];
                ProductSpec {
                    id: leak(format!("bench.plan.{:04}", i + 1)),
                    name: leak(format!("{} no. {}", model.name, i + 1)),
                    description: model.description,
                    category: model.category,
                    offerings: model.offerings,
                    service_specs: model.service_specs,
                }
            })
            .collect(),
    );
}

/// Every product specification: the seeded ones, then any generated.
pub fn product_specs() -> impl Iterator<Item = &'static ProductSpec> {
    PRODUCT_SPECS
        .iter()
        .chain(GENERATED.get().into_iter().flatten())
}

pub fn product_spec(id: &str) -> Option<&'static ProductSpec> {
    product_specs()
        .chain(ADD_ON_SPECS.iter())
        .find(|p| p.id == id)
}

pub fn service_spec(id: &str) -> Option<&'static ServiceSpec> {
    SERVICE_SPECS.iter().find(|s| s.id == id)
}

pub fn promotion(code: &str) -> Option<&'static Promotion> {
    PROMOTIONS
        .iter()
        .find(|p| p.public && p.code.eq_ignore_ascii_case(code))
}

/// Any promotion, internal ones included (what the quote applies).
pub fn applied_promotion(code: &str) -> Option<&'static Promotion> {
    PROMOTIONS
        .iter()
        .find(|p| p.code.eq_ignore_ascii_case(code))
}

impl ProductSpec {
    pub fn offering(&self, offering_id: &str) -> Option<&Offering> {
        self.offerings.iter().find(|o| o.id() == offering_id)
    }
}

/// Resolves an offering href (`…/productSpecifications/{spec}/offerings/{id}`, absolute or relative).
pub fn offering_from_href(href: &str) -> Option<(&'static ProductSpec, &'static Offering)> {
    let parts: Vec<&str> = href.trim_end_matches('/').split('/').collect();
    let n = parts.len();
    if n < 4 || !parts[n - 2].eq_ignore_ascii_case("offerings") {
        return None;
    }
    let spec = product_spec(parts[n - 3])?;
    let offering = spec.offerings.iter().find(|o| o.id() == parts[n - 1])?;
    Some((spec, offering))
}

/// Formats cents as the API's decimal string ("5.18", "-1.30").
pub fn money(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", cents.abs() / 100, cents.abs() % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offering_hrefs_resolve() {
        let (spec, offering) = offering_from_href(
            "https://api.hostway.com/productSpecifications/core.plan.email.exchange2010/offerings/USD-1",
        )
        .unwrap();
        assert_eq!(spec.id, "core.plan.email.exchange2010");
        assert_eq!(offering.recurring_cents, 518);
        assert!(offering_from_href("/productSpecifications/nope/offerings/USD-1").is_none());
    }

    #[test]
    fn a_grown_catalog_has_the_size_asked_and_its_copies_resolve() {
        grow_to(40);
        assert_eq!(product_specs().count(), 40);
        let copy = product_spec("bench.plan.0001").expect("generated spec");
        assert_eq!(copy.offerings.len(), PRODUCT_SPECS[0].offerings.len());
        grow_to(10);
        assert_eq!(product_specs().count(), 40, "once per process");
    }

    #[test]
    fn every_product_names_existing_service_specs() {
        for p in PRODUCT_SPECS {
            for s in p.service_specs {
                assert!(service_spec(s).is_some(), "{} names {s}", p.id);
            }
            assert_eq!(
                p.offerings.iter().filter(|o| o.default).count(),
                1,
                "{}",
                p.id
            );
        }
    }

    #[test]
    fn money_is_a_decimal_string() {
        assert_eq!(money(518), "5.18");
        assert_eq!(money(0), "0.00");
        assert_eq!(money(-130), "-1.30");
    }
}
