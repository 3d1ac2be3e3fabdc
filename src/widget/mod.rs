//! The embeddable storefront widget, mounted into a shop's element
//! (`<div data-hostway-order data-api=… data-product=…>`) by `widget.js`, in stages, each its own wasm
//! module: the [`first`] stage (the product, its choices and prices, "Order now"; what every page view
//! of the shop pays for), then the ordering flow ([`mount`] with [`FLOW`]: the product form and the
//! cart), loaded when the customer starts ordering and mounted in the first stage's place with what
//! was chosen, then its checkout ([`CHECKOUT`]: the steps after the cart, the status), mounted in the
//! flow's place when the customer goes on from the cart (and back again).
//!
//! - Isolation: an open shadow root holds the widget; its styles are a constructed stylesheet adopted by
//!   that root (allowed by a strict `style-src`, and invisible to the shop's page). The root element resets
//!   inherited properties, so only the documented `--hostway-*` custom properties come in.
//! - Navigation stays in memory ([`Nav::Widget`]); the shop's URL never changes.
//! - The order is the browser's one open order at the API (one per `OwnerId`), so widgets on one page that
//!   use the same API share it: what one adds, the others' carts and quotes show.
//! - Events for the shop: see [`crate::state::events`].
//! - Removal: [`Mounted`] owns the view; dropping it disposes every effect, aborts reads in flight and
//!   wakes and ends the status poller, so nothing is left running.

mod others;

use std::cell::RefCell;
use std::collections::HashMap;

use crate::components::fresh::{Fresh, IntoFresh};
use crate::components::page::Elsewhere;
use crate::state::tasks::watch;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::{JsCast, JsValue};

use crate::components::money::Locale;
use crate::components::ApiHealth;
use crate::nav::{use_nav, Link, Nav};
use crate::pages::order::{self, OrderSteps, Steps};
use crate::pages::product::{Prefill, ProductPage};
use crate::pages::status::StatusView;
use crate::state::events::{self, Host};
use crate::state::open_order::resume;
use crate::state::order::{use_order, OrderCtx};
use crate::state::{use_app, AppContext};
use hostway_core::config::Config;

use hostway_dom::widget::{announce, misconfigured, root_in};
pub use hostway_dom::widget::{first, Mounted, Settings};

/// The widget's stylesheet: the app's own styles plus the widget's root rules.
const RAW_CSS: &str = concat!(
    include_str!("../../style/tokens.css"),
    include_str!("../../style/layout.css"),
    include_str!("../../style/status.css"),
    include_str!("../../style/forms.css"),
    include_str!("../../style/catalog.css"),
    include_str!("../../style/order.css"),
    include_str!("../../style/widget.css"),
);
const CSS: &str = hostway_dom::minified!(RAW_CSS);

thread_local! {
    /// One order per API for the whole page: the browser has one `OwnerId` per API.
    static ORDERS: RefCell<HashMap<String, OrderCtx>> = RefCell::new(HashMap::new());
}

/// The page's order for `app`'s API, and whether it is new (to be looked up by the caller).
fn shared_order(app: &AppContext) -> (OrderCtx, bool) {
    let key = app.config.api_base.clone();
    if let Some(order) = ORDERS.with(|o| o.borrow().get(&key).copied()) {
        return (order, false);
    }
    // Called before the widget's view exists, so no reactive owner holds the signals: they outlive
    // every widget.
    let order = OrderCtx::new();
    others::follow(order);
    ORDERS.with(|o| o.borrow_mut().insert(key, order));
    (order, true)
}

/// Mounts the ordering flow into `host`. `app_base` is where the app itself is served (for the
/// fallback and for links opened in a new tab). `chosen` is what the first stage chose (a query such as
/// `offering=USD-12&service=…`): it fills the product form over the host's attributes, and the flow
/// does not announce itself again.
pub fn mount(
    host: web_sys::HtmlElement,
    app_base: &str,
    chosen: Option<String>,
    (parts, away): (Parts, js_sys::Function),
) -> Result<Mounted, JsValue> {
    let settings = Settings::from_attributes(|name| host.get_attribute(name));
    let root = root_in(&host, CSS, &settings)?;
    let settings = match settings {
        Ok(settings) => settings,
        Err(problem) => {
            misconfigured(&root, &problem)?;
            if chosen.is_none() {
                announce(&host, &Err(problem));
            }
            return Ok(Mounted::new(Box::new(()), root));
        }
    };
    let app_base = app_base.trim_end_matches('/').to_string();
    let host_ctx = Host(SendWrapper::new(host.clone()));
    let carried = chosen.as_deref().map(Prefill::from_query);
    // "Continue your order" in the first stage: the flow opens at the cart (only a step of the order
    // is taken from the query); otherwise at the product, with what was chosen.
    let params = chosen
        .as_deref()
        .and_then(|q| web_sys::UrlSearchParams::new_with_str(q).ok());
    // The quote the module before this one told the shop (widget.js passes it on): not told again.
    let quoted = params.as_ref().and_then(|q| q.get("quoted"));
    let at = params
        .as_ref()
        .and_then(|q| q.get("at"))
        .filter(|at| at.starts_with("/order"));
    // The order the first stage found (`GET /order`): not looked for again.
    let found = params.and_then(|q| q.get("order")).filter(|_| at.is_some());
    let carried = carried.filter(|_| at.is_none());
    let start = at.unwrap_or_else(|| "/".to_string());
    // `data-retry` (the waits between repeats, as the app's `hostway-retry` tag) is read by the flow
    // only: the first stage does not repeat requests.
    let retry = host.get_attribute("data-retry");
    let app =
        AppContext::new(Config::from_meta(Some(&settings.api_base)).retrying(retry.as_deref()));
    let (order, new) = shared_order(&app);
    let announced = chosen.is_none().then(|| Ok(settings.clone()));
    let view = leptos::mount::mount_to(root.clone().unchecked_into(), move || {
        provide_context(host_ctx);
        // The executor exists from here on (mount_to starts it).
        match found {
            Some(id) if new => {
                order.id.set(Some(id));
                order.resumed.set(true);
            }
            _ if new => resume(&app, order),
            _ => {}
        }
        provide_context(order);
        provide_context(app);
        provide_context(Nav::widget(&app_base, &start));
        provide_context(Locale(settings.locale.clone()));
        provide_context(crate::nav::Away(SendWrapper::new(away)));
        view! { <Widget settings carried parts quoted/> }
    });
    if let Some(settings) = announced {
        announce(&host, &settings);
    }
    Ok(Mounted::new(Box::new(view), root))
}

/// What the widget shows for its in-memory path.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Place {
    Product,
    Order,
    Status(String),
}

fn place(path: &str) -> Place {
    if let Some(id) = path.strip_prefix("/orders/") {
        Place::Status(id.to_string())
    } else if path == "/order" || path.starts_with("/order/") {
        Place::Order
    } else {
        Place::Product
    }
}

/// The product form: its product, what fills it, whether it takes the focus.
type ProductForm = fn(Signal<String>, Signal<Prefill>, bool) -> Fresh;

/// The places one module of the flow draws (the others are the other module's, see [`Elsewhere`]): the
/// product form (its product, what fills it, whether it takes the focus), the order's steps, the
/// order's status.
#[derive(Clone, Copy)]
pub struct Parts {
    product: Option<ProductForm>,
    steps: Steps,
    status: Option<fn(String) -> Fresh>,
}

/// The flow's first module: the product form and the cart (the first stage hands over to it).
pub const FLOW: Parts = Parts {
    product: Some(|spec, prefill, focus| view! { <ProductPage spec prefill focus/> }.fresh()),
    steps: order::cart,
    status: None,
};

/// The flow's checkout: the steps after the cart and the order's status.
pub const CHECKOUT: Parts = Parts {
    product: None,
    steps: order::checkout,
    status: Some(|id| {
        view! {
            <StatusView id/>
            <p><Link href="/" attr:data-testid="widget-new-order">{hostway_core::i18n::widget::START_ANOTHER.text()}</Link></p>
        }
        .fresh()
    }),
};

#[component]
fn Widget(
    settings: Settings,
    carried: Option<Prefill>,
    parts: Parts,
    quoted: Option<String>,
) -> impl IntoView {
    let nav = use_nav();
    let Nav::Widget { path, .. } = nav else {
        unreachable!("the widget provides its own navigation")
    };
    quote_events(quoted);
    let here = Memo::new(move |_| place(&path.get()));
    let step =
        Memo::new(move |_| path.with(|p| p.strip_prefix("/order/").unwrap_or("items").to_string()))
            .into();
    let spec = Signal::stored(settings.product.clone());
    // Carried over from the first stage: the customer pressed its button, so the form takes the focus.
    let focus = carried.is_some();
    let prefill = Signal::stored(settings.prefill().over(carried));
    // Within the widget too, a change of place brings the focus to the new place's heading.
    let shown = NodeRef::<leptos::html::Div>::new();
    crate::components::page::focus_on_arrival(
        move || path.get(),
        move || shown.get_untracked().map(Into::into),
    );
    view! {
        <ApiHealth embedded=true/>
        <div node_ref=shown>{move || match (here.get(), parts) {
            (Place::Product, Parts { product: Some(product), .. }) => product(spec, prefill, focus),
            (Place::Order, Parts { steps, .. }) => view! { <OrderSteps step steps/> }.fresh(),
            (Place::Status(id), Parts { status: Some(status), .. }) => status(id),
            _ => view! { <Elsewhere/> }.fresh(),
        }}</div>
    }
}

/// Emits `hostway:quote` whenever the order's quote (its hash) changes, once it prices something: the
/// quote of an empty order is not a price a shop should show. `quoted`: the hash last told.
fn quote_events(quoted: Option<String>) {
    let app = use_app();
    let order = use_order();
    let quote = order.use_quote(app.client());
    let last = StoredValue::new(quoted);
    watch(move || {
        if let (Some(Ok(q)), Some(id)) = (quote.get(), order.id.get_untracked()) {
            if q.products.is_empty() {
                return;
            }
            if last.with_value(|l| l.as_ref() != Some(&q.hash)) {
                last.set_value(Some(q.hash.clone()));
                events::emit(events::QUOTE, events::quote_detail(&id, &q));
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flows_sheet_keeps_every_rule() {
        assert!(hostway_dom::widget::css::same_rules(RAW_CSS, CSS));
    }

    #[test]
    fn paths_map_to_places() {
        assert_eq!(place("/"), Place::Product);
        assert_eq!(place("/order/contacts"), Place::Order);
        assert_eq!(place("/orders/abc"), Place::Status("abc".into()));
    }
}
