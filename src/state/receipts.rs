//! The receipts of the orders placed in this browser: what was bought and for how much, kept in
//! `localStorage` so the receipt survives a reload and the customer finds the orders again. No secret is
//! kept: the order's reference, its lines and amounts as words, the day it was placed.

use serde::{Deserialize, Serialize};

use super::stored::{self, Keep};

const KEY: &str = "hostway.receipts";
/// The newest receipts kept; older ones are dropped.
const KEEP: usize = 20;

/// A quote's lines as words, for the table on the review and on the receipt (kept after the order is
/// placed, so the receipt shows what was agreed to even when the API's quote is gone).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lines {
    /// (what, when it is charged, amount).
    pub rows: Vec<(String, String, String)>,
    pub subtotal: String,
    pub tax: String,
    pub total: String,
    /// The total as a decimal ("158.00"), for machines reading the page.
    pub total_amount: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    /// The order's id: its reference.
    pub id: String,
    /// The day it was placed, in the customer's words ("4 December 2026").
    pub placed: String,
    /// What was bought ("Web hosting Basic (ana-bakery.com)").
    pub what: String,
    pub lines: Lines,
    /// "You pay $158.00 today. Then $118.00 per year (next on 4 December 2027)."
    pub charges: String,
}

/// The receipts kept here, newest first.
pub fn all() -> Vec<Receipt> {
    stored::read(Keep::ForTheBrowser, KEY).unwrap_or_default()
}

/// The receipt of order `id`, when it was placed in this browser.
pub fn find(id: &str) -> Option<Receipt> {
    all().into_iter().find(|r| r.id == id)
}

/// Keeps `receipt` (first; one per order).
pub fn keep(receipt: Receipt) {
    stored::write(Keep::ForTheBrowser, KEY, &with(all(), receipt));
}

fn with(mut list: Vec<Receipt>, receipt: Receipt) -> Vec<Receipt> {
    list.retain(|r| r.id != receipt.id);
    list.insert(0, receipt);
    list.truncate(KEEP);
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(id: &str) -> Receipt {
        Receipt {
            id: id.into(),
            ..Receipt::default()
        }
    }

    #[test]
    fn the_newest_comes_first_once_and_the_list_is_bounded() {
        let list = with(vec![r("a"), r("b")], r("b"));
        assert_eq!(
            list.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            ["b", "a"]
        );
        let many = (0..30).fold(Vec::new(), |l, i| with(l, r(&i.to_string())));
        assert_eq!(many.len(), KEEP);
        assert_eq!(many[0].id, "29");
    }
}
