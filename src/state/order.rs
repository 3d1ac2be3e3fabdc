//! The customer's order: which one this browser owns (found at the API by `open_order`),
//! a change counter that makes the cart and the quote re-read after every accepted change, and the quote
//! total the customer last saw.

use leptos::prelude::*;

use crate::state::tasks::watch;

use super::cart::{load_cart, CartProduct};
use super::conflict::Conflict;
use super::names::Names;
use super::per_change::{Key, PerChange};
use super::stored::{self, Keep};
use hostway_core::api::model::quote::Quote;
use hostway_core::api::{actions, ApiError, Client};

/// Where the conflict the API last reported on the order is kept for the tab, with the order's id.
const CONFLICT: &str = "hostway.conflict";

#[derive(Clone, Copy)]
pub struct OrderCtx {
    pub id: RwSignal<Option<String>>,
    /// Bumped after every change the API accepted.
    pub changed: RwSignal<u64>,
    /// Bumped after every change of the cart (products, services, their attributes and promotions):
    /// the cart is read again only then, not after an account, contact or card is saved.
    cart_changed: RwSignal<u64>,
    /// `(total in minor units, quote hash)` of the last quote shown to the customer.
    pub seen: RwSignal<Option<(i64, String)>>,
    /// Set once the browser's open order has been looked up (on start).
    pub resumed: RwSignal<bool>,
    /// Why the lookup failed, when the API could not answer it (not "no order").
    pub resume_error: RwSignal<Option<ApiError>>,
    /// `(order id, product ids)` this page last knew the cart to hold: the next cart read asks for their
    /// services at the same time as the product list, instead of after it.
    pub known_products: StoredValue<(String, Vec<String>)>,
    /// The order's quote, shared by every view that shows it (the review, the summary, each widget's
    /// quote events): read once per change, not once per view.
    quote: PerChange<Quote>,
    /// The cart (products with their services), shared by the cart step and the order summary.
    cart: PerChange<Vec<CartProduct>>,
    /// The catalog's names of what the order holds, kept for the session.
    pub names: RwSignal<Names>,
    /// Product specifications whose names are being read.
    names_asked: StoredValue<Vec<String>>,
    /// Bumped when this browser marks a builder step done (the steps are kept in `sessionStorage`).
    marked: RwSignal<u64>,
    /// An order-level conflict the API reported, with the lines it concerns (see [`Conflict`]).
    pub conflict: RwSignal<Option<Conflict>>,
}

impl OrderCtx {
    pub fn new() -> Self {
        Self {
            id: RwSignal::new(None),
            changed: RwSignal::new(0),
            cart_changed: RwSignal::new(0),
            seen: RwSignal::new(None),
            resumed: RwSignal::new(false),
            resume_error: RwSignal::new(None),
            known_products: StoredValue::new((String::new(), Vec::new())),
            quote: PerChange::new(),
            cart: PerChange::new(),
            names: RwSignal::new(Names::default()),
            names_asked: StoredValue::new(Vec::new()),
            conflict: RwSignal::new(None),
            marked: RwSignal::new(0),
        }
    }

    fn key_untracked(&self) -> Option<Key> {
        self.id
            .get_untracked()
            .map(|id| (id, self.changed.get_untracked()))
    }

    fn key(&self) -> Option<Key> {
        self.id.get().map(|id| (id, self.changed.get()))
    }

    /// Starts reading the quote of the order as it is now, unless it is read or being read already.
    /// Called after the last write before the review, so the review finds it ready.
    pub fn load_quote(&self, client: &Client) {
        let Some(key) = self.key_untracked() else {
            return;
        };
        let (client, order, id) = (client.clone(), *self, key.0.clone());
        self.quote
            .load(key, move || order.key_untracked(), async move {
                actions::quote(&client, &id).await
            });
    }

    /// The hash of the quote last read, if it was read.
    pub fn latest_quote_hash(self) -> Option<String> {
        self.quote.latest()?.ok().map(|q| q.hash)
    }

    /// Reads the quote again (the API said it changed).
    pub fn reload_quote(&self, client: &Client) {
        self.quote.forget();
        self.load_quote(client);
    }

    /// The quote of the order as it is now; `None` while it is read. Reading starts when needed.
    pub fn use_quote(self, client: Client) -> Signal<Option<Result<Quote, ApiError>>> {
        watch(move || {
            self.id.track();
            self.changed.track();
            self.load_quote(&client);
        });
        Signal::derive(move || self.quote.get(&self.key()?))
    }

    /// Starts reading the cart of the order as it is now, unless it is read or being read already.
    fn load_cart(&self, client: &Client) {
        let Some(key) = self.cart_key_untracked() else {
            return;
        };
        let (client, order, id) = (client.clone(), *self, key.0.clone());
        self.cart
            .load(key, move || order.cart_key_untracked(), async move {
                load_cart(&client, order.known_products, &id).await
            });
    }

    /// Reads the cart again (after a failed read).
    pub fn reload_cart(&self, client: &Client) {
        self.cart.forget();
        self.load_cart(client);
    }

    /// The cart of the order as it is now, and the catalog's names of what it holds; `None` while it
    /// is read. Reading starts when needed, once for every view that asks.
    pub fn use_cart(self, client: Client) -> Signal<Option<Result<Vec<CartProduct>, ApiError>>> {
        watch({
            let client = client.clone();
            move || {
                self.id.track();
                self.cart_changed.track();
                self.load_cart(&client);
            }
        });
        // The names of products not known yet, read when the cart shows them.
        watch(move || {
            let specs: Vec<String> =
                self.cart
                    .latest()
                    .and_then(Result::ok)
                    .map_or_else(Vec::new, |c| {
                        c.iter()
                            .filter_map(|p| p.product.offering_ids().map(|(spec, _)| spec))
                            .collect()
                    });
            let missing: Vec<String> = specs
                .into_iter()
                .filter(|s| {
                    !self.names.with_untracked(|n| n.products.contains_key(s))
                        && !self.names_asked.with_value(|a| a.contains(s))
                })
                .collect();
            if missing.is_empty() {
                return;
            }
            self.names_asked
                .update_value(|a| a.extend(missing.iter().cloned()));
            let client = client.clone();
            leptos::task::spawn_local(async move {
                let read = Names::default().with(&client, &missing).await;
                self.names_asked
                    .update_value(|a| a.retain(|s| !missing.contains(s)));
                self.names.try_update(|n| n.merge(read));
            });
        });
        Signal::derive(move || {
            let key = self.id.get().map(|id| (id, self.cart_changed.get()))?;
            self.cart.get(&key)
        })
    }

    /// The cart as last read (tracked), kept on screen while the next read is under way.
    pub fn latest_cart(self) -> Option<Result<Vec<CartProduct>, ApiError>> {
        self.cart.latest()
    }

    /// A product the page just added to `order_id` (see [`OrderCtx::known_products`]).
    pub fn added_product(&self, order_id: &str, product_id: &str) {
        self.known_products.update_value(|(order, products)| {
            if order != order_id {
                *order = order_id.to_string();
                products.clear();
            }
            products.push(product_id.to_string());
        });
    }

    /// A product the page just removed: the next cart read does not ask for its services.
    pub fn removed_product(&self, product_id: &str) {
        self.known_products
            .update_value(|(_, products)| products.retain(|p| p != product_id));
    }

    /// The builder's steps this browser marked done for the order it has now (tracked; kept in
    /// `sessionStorage`, so a reload keeps them).
    pub fn marked_done(&self) -> Vec<String> {
        self.marked.track();
        let id = self.id.get().unwrap_or_default();
        super::drafts::load(&format!("steps.{id}")).unwrap_or_default()
    }

    /// Marks `step` done for this order.
    pub fn mark_done(&self, step: &str) {
        let Some(id) = self.id.get_untracked() else {
            return;
        };
        let key = format!("steps.{id}");
        let mut done: Vec<String> = super::drafts::load(&key).unwrap_or_default();
        if done.iter().any(|s| s == step) {
            return;
        }
        done.push(step.to_string());
        super::drafts::save(&key, &done);
        self.marked.update(|n| *n += 1);
    }

    /// Says the conflict the API reported on the order (`None`: it has none), and keeps it for the tab
    /// until the order changes: another module of the app (the shop's cart after the checkout's
    /// review) finds it when it resumes the order.
    pub fn report(&self, conflict: Option<Conflict>) {
        match (&conflict, self.id.get_untracked()) {
            (Some(c), Some(id)) => stored::write(Keep::ForTheTab, CONFLICT, &(id, c)),
            _ => stored::remove(Keep::ForTheTab, CONFLICT),
        }
        self.conflict.set(conflict);
    }

    /// The order `id` found again: the conflict kept for it, if any (see [`Self::report`]).
    pub fn resumed_with(&self, id: String) {
        let kept: Option<(String, Conflict)> = stored::read(Keep::ForTheTab, CONFLICT);
        if let Some((_, conflict)) = kept.filter(|(of, _)| *of == id) {
            let changed = self.changed.get_untracked();
            self.conflict.set(Some(Conflict {
                changed,
                ..conflict
            }));
        }
        self.id.set(Some(id));
    }

    /// The conflict the API last reported, while the order is unchanged since (tracked).
    pub fn conflict_now(&self) -> Option<Conflict> {
        let changed = self.changed.get();
        self.conflict.get().filter(|c| c.changed == changed)
    }

    /// After a change the API accepted that leaves the cart as it was (account, contacts, card).
    pub fn touch(&self) {
        stored::remove(Keep::ForTheTab, CONFLICT);
        self.changed.update(|n| *n += 1);
    }

    /// After a change of the cart the API accepted.
    pub fn touch_cart(&self) {
        self.cart_changed.update(|n| *n += 1);
        self.touch();
    }

    fn cart_key_untracked(&self) -> Option<Key> {
        self.id
            .get_untracked()
            .map(|id| (id, self.cart_changed.get_untracked()))
    }
}

impl Default for OrderCtx {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_order() -> OrderCtx {
    expect_context::<OrderCtx>()
}
