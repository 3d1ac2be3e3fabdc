//! The site's parts as the header's links name them, and which link is marked where the visitor is.
//! Both headers ask this: the apps' `Header` and the first stages' `stage::header` (its DOM twin).

/// A header link: its page, and the pages under it that are its part of the site ("" none).
pub type Place = (&'static str, &'static str);

pub const HOME: Place = ("/", "");
pub const CATALOG: Place = ("/", "/products/");
pub const ORDER: Place = ("/order/items", "/order/");
pub const AGENTS: Place = ("/agent", "/agent/");

/// The `aria-current` of the header's link to `place` on the page at `here`: "page" on its own page,
/// "true" within its part of the site (a product for the catalog, every step for the order).
pub fn current(here: &str, (page, within): Place) -> Option<&'static str> {
    if here == page {
        Some("page")
    } else if !within.is_empty() && here.starts_with(within) {
        Some("true")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_shown_and_its_part_of_the_site_are_marked() {
        assert_eq!(current("/order/items", ORDER), Some("page"));
        assert_eq!(current("/order/account", ORDER), Some("true"));
        assert_eq!(current("/orders/abc", ORDER), None);
        assert_eq!(
            current("/products/core.plan.dnr.only", CATALOG),
            Some("true")
        );
        assert_eq!(current("/products/core.plan.dnr.only", HOME), None);
        assert_eq!(current("/", HOME), Some("page"));
        assert_eq!(current("/agent/accounts/acct1", AGENTS), Some("true"));
    }
}
