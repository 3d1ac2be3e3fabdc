//! The customer's order: which one this browser owns (the `OwnerId` cookie, resumed through `GET /order`),
//! a change counter that makes the cart and the quote re-read after every accepted change, and the quote
//! total the customer last saw.

use leptos::prelude::*;

use super::AppContext;
use crate::api::health::Health;
use crate::api::model::account::{OrderProduct, OrderService};
use crate::api::model::quote::Quote;
use crate::api::{actions, items, orders, ApiError, Client};

#[derive(Clone, Copy)]
pub struct OrderCtx {
    pub id: RwSignal<Option<String>>,
    /// Bumped after every change the API accepted.
    pub changed: RwSignal<u64>,
    /// `(total in minor units, quote hash)` of the last quote shown to the customer.
    pub seen: RwSignal<Option<(i64, String)>>,
    /// Set once the browser's open order has been looked up (on start).
    pub resumed: RwSignal<bool>,
    /// Why the lookup failed, when the API could not answer it (not "no order").
    pub resume_error: RwSignal<Option<ApiError>>,
    /// `(order id, product ids)` this page last knew the cart to hold: the next cart read asks for their
    /// services at the same time as the product list, instead of after it.
    pub known_products: StoredValue<(String, Vec<String>)>,
    /// The quote of the order at `(order id, change count)`, shared by every view that shows it (the
    /// review, each widget's quote events): read once per change, not once per view.
    quote: RwSignal<Option<(QuoteKey, Result<Quote, ApiError>)>>,
    /// The key of the quote being read, if one is.
    quote_loading: StoredValue<Option<QuoteKey>>,
}

/// `(order id, change count)`: which state of the order a quote was read for.
type QuoteKey = (String, u64);

impl OrderCtx {
    pub fn new() -> Self {
        Self {
            id: RwSignal::new(None),
            changed: RwSignal::new(0),
            seen: RwSignal::new(None),
            resumed: RwSignal::new(false),
            resume_error: RwSignal::new(None),
            known_products: StoredValue::new((String::new(), Vec::new())),
            quote: RwSignal::new(None),
            quote_loading: StoredValue::new(None),
        }
    }

    fn quote_key_untracked(&self) -> Option<QuoteKey> {
        self.id
            .get_untracked()
            .map(|id| (id, self.changed.get_untracked()))
    }

    /// Starts reading the quote of the order as it is now, unless it is read or being read already.
    /// Called after the last write before the review, so the review finds it ready.
    pub fn load_quote(&self, client: &Client) {
        let Some(key) = self.quote_key_untracked() else {
            return;
        };
        let have = self
            .quote
            .try_with_untracked(|q| q.as_ref().is_some_and(|(k, _)| *k == key))
            .unwrap_or(true);
        if have || self.quote_loading.try_get_value().flatten().as_ref() == Some(&key) {
            return;
        }
        self.quote_loading.set_value(Some(key.clone()));
        let (client, order) = (client.clone(), *self);
        leptos::task::spawn_local(async move {
            let result = actions::quote(&client, &key.0).await;
            if order.quote_loading.try_get_value().flatten().as_ref() == Some(&key) {
                order.quote_loading.set_value(None);
            }
            // Only the answer for the order as it is now is kept; a late one for an older state is not.
            if order.quote_key_untracked().as_ref() == Some(&key) {
                order.quote.try_set(Some((key, result)));
            }
        });
    }

    /// Reads the quote again (the API said it changed).
    pub fn reload_quote(&self, client: &Client) {
        self.quote.set(None);
        self.quote_loading.set_value(None);
        self.load_quote(client);
    }

    /// The quote of the order as it is now; `None` while it is read. Reading starts when needed.
    pub fn use_quote(self, client: Client) -> Signal<Option<Result<Quote, ApiError>>> {
        Effect::new(move |_| {
            self.id.track();
            self.changed.track();
            self.load_quote(&client);
        });
        Signal::derive(move || {
            let key = self.id.get().map(|id| (id, self.changed.get()))?;
            self.quote.with(|q| {
                q.as_ref()
                    .filter(|(k, _)| *k == key)
                    .map(|(_, r)| r.clone())
            })
        })
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

    pub fn touch(&self) {
        self.changed.update(|n| *n += 1);
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

/// Looks up this browser's open order (the cookie) without creating one.
pub fn resume(app: &AppContext, order: OrderCtx) {
    let client = app.client();
    leptos::task::spawn_local(async move {
        match orders::current(&client).await {
            Ok(state) => {
                if let Some(id) = state.order_id() {
                    order.id.set(Some(id));
                }
                order.resume_error.set(None);
            }
            // No order for this browser (yet): not an error.
            Err(e) if matches!(e.status(), Some(401 | 404)) => order.resume_error.set(None),
            // The API could not say: the order may well exist, so do not call it empty.
            Err(e) => order.resume_error.set(Some(e)),
        }
        order.resumed.set(true);
    });
}

/// The open order's id, creating the order when there is none. The documented 409 (an open order
/// exists for this cookie) resumes it through `GET /order`. A new order's id comes from the create
/// answer and is used at once; whether the browser kept its cookie shows on the next request, and
/// [`explain_refused`] tells that apart from other refusals.
pub async fn ensure(app: &AppContext, order: OrderCtx) -> Result<String, ApiError> {
    if let Some(id) = order.id.get_untracked() {
        return Ok(id);
    }
    match orders::create(&app.client(), None).await {
        Ok(id) => {
            order.id.set(Some(id.clone()));
            Ok(id)
        }
        Err(e) if e.status() == Some(409) => {
            let id = orders::current(&app.client())
                .await?
                .order_id()
                .unwrap_or_default();
            order.id.set(Some(id.clone()));
            Ok(id)
        }
        Err(e) => Err(e),
    }
}

/// After the API refused a request on an order this browser just created (401/404): when `GET /order`
/// does not know the browser either, the cookie was not kept. The health indicator says so, the order
/// is forgotten, and the error says why; otherwise `e` stands.
pub async fn explain_refused(app: &AppContext, order: OrderCtx, e: ApiError) -> ApiError {
    if !matches!(e.status(), Some(401 | 404)) {
        return e;
    }
    match orders::current(&app.client()).await {
        Err(again) if matches!(again.status(), Some(401 | 404)) => {
            app.health.set(Health::CookiesRefused);
            order.id.set(None);
            ApiError::CookiesRefused
        }
        _ => e,
    }
}

/// A product of the cart with its services.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CartProduct {
    pub product: OrderProduct,
    pub services: Vec<OrderService>,
}

/// Reads the cart: the product list and, at the same time, the services of the products this page
/// already knew of (from its last read or an add); then the services of any product it did not know.
/// In the usual case that is one round trip, not two.
pub async fn load_cart(
    client: &Client,
    order: OrderCtx,
    order_id: &str,
) -> Result<Vec<CartProduct>, ApiError> {
    let known = order
        .known_products
        .with_value(|(o, p)| if o == order_id { p.clone() } else { Vec::new() });
    let early = futures::future::join_all(
        known
            .iter()
            .map(|id| items::list_services(client, order_id, id)),
    );
    let (products, early) =
        futures::future::join(items::list_products(client, order_id), early).await;
    let products = match products {
        Ok(p) => p,
        // No account yet: nothing in the cart.
        Err(e) if e.status() == Some(404) => Vec::new(),
        Err(e) => return Err(e),
    };
    let mut early: std::collections::HashMap<String, _> = known.into_iter().zip(early).collect();
    let services = futures::future::join_all(products.iter().map(|p| {
        let id = p.id();
        // A read that failed early (or a product not known then) is asked again.
        let ready = early.remove(&id).and_then(Result::ok);
        async move {
            match ready {
                Some(services) => Ok(services),
                None => items::list_services(client, order_id, &id).await,
            }
        }
    }))
    .await;
    order.known_products.set_value((
        order_id.to_string(),
        products.iter().map(OrderProduct::id).collect(),
    ));
    products
        .into_iter()
        .zip(services)
        .map(|(product, services)| {
            Ok(CartProduct {
                product,
                services: services?,
            })
        })
        .collect()
}
