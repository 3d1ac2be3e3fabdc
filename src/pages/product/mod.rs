//! A product: its offerings (currency × billing period) with prices, its service specifications with
//! billing cycles, and the form that adds it to the order. Deep links prefill the form:
//! `/products/{spec}?offering=USD-12&cycle=12&promo=WELCOME10&service=core.dnr.com&name=my-shop.com`.

use crate::components::fresh::IntoFresh;
use leptos::prelude::*;

use crate::components::ErrorNotice;
use crate::state::use_app;
use hostway_core::api::model::catalog::{Offering, ProductSpec, ServiceSpec};
use hostway_core::api::{catalog, ApiError, Client};
use hostway_core::i18n::{page, product};

mod add;
mod detail;
mod form;
use add::add_to_order;
use detail::ProductDetail;
pub use form::{attributes, check, problems_from, AddForm, PREFILL};
pub use hostway_core::labels::offering_label;
use hostway_core::labels::service_label;
pub use hostway_core::prefill::Prefill;

#[derive(Clone, Debug, PartialEq)]
struct Detail {
    spec: ProductSpec,
    offerings: Vec<Offering>,
    services: Vec<ServiceSpec>,
}

async fn load(client: &Client, id: &str) -> Result<Detail, ApiError> {
    let (spec, offerings, services) = futures::join!(
        catalog::product_specification(client, id),
        catalog::offerings(client, id),
        catalog::service_specifications(client, id)
    );
    Ok(Detail {
        spec: spec?,
        offerings: offerings?,
        services: services?,
    })
}

/// The routed product page: the specification from the path, the prefill from the query.
#[component]
pub fn Product() -> impl IntoView {
    let nav = crate::nav::use_nav();
    let spec = {
        let nav = nav.clone();
        // A memo: the product is read again only when it changes, not at every address.
        Signal::from(Memo::new(move |_| {
            nav.param("/products/").unwrap_or_default()
        }))
    };
    let prefill = Signal::derive(move || {
        let query = web_sys::UrlSearchParams::new_with_str(&nav.search()).ok();
        Prefill(
            PREFILL
                .iter()
                .filter_map(|(k, _)| query.as_ref()?.get(k).map(|v| (k.to_string(), v)))
                .collect(),
        )
    });
    view! { <ProductPage spec prefill/> }
}

/// A product page for any host: the routed page or the widget. With `focus`, the form's first field to
/// fill takes the focus once shown (the widget's flow, opened by the first stage's button).
#[component]
pub fn ProductPage(
    spec: Signal<String>,
    prefill: Signal<Prefill>,
    #[prop(optional)] focus: bool,
) -> impl IntoView {
    let app = use_app();
    let client = app.client();
    let detail = crate::state::tasks::load(move || {
        let (client, id) = (client.clone(), spec.get());
        async move { load(&client, &id).await }
    });
    move || match detail.get() {
        None => view! { <p aria-busy="true">{page::LOADING.text()}</p> }.fresh(),
        Some(Err(e)) if e.status() == Some(404) => view! {
            {crate::components::page::title(|| product::NOT_FOUND.text())}
            <h1>{product::NOT_FOUND.text()}</h1><p>{product::NOT_IN_CATALOG.text()}</p>
        }
        .fresh(),
        Some(Err(error)) => view! {
            <ErrorNotice what=product::NOT_LOADED.text() error
                retry=move || detail.refetch() testid="product-error"/>
        }
        .fresh(),
        Some(Ok(d)) => {
            view! { <ProductDetail detail=d prefill=prefill.get_untracked() focus/> }.fresh()
        }
    }
}
