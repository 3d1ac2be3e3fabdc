//! The catalog: product specifications with their offerings and prices, searchable and filterable.
//! The search and the category live in the URL (`?q=…&category=…`), so a link reproduces the view.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::query_signal_with_options;
use leptos_router::NavigateOptions;

use crate::api::ApiError;
use crate::components::money::{cycle_text, format};
use crate::components::ErrorNotice;
use crate::state::use_app;

mod entry;

pub use entry::{load, matches, Entry};

#[component]
pub fn Catalog() -> impl IntoView {
    let app = use_app();
    // The search and the category are the URL's query (replaced, not pushed: Back leaves the catalog
    // instead of undoing keystrokes), so a link reproduces the view and a link to `/` clears them.
    let options = || NavigateOptions {
        replace: true,
        scroll: false,
        ..Default::default()
    };
    let (q, set_q) = query_signal_with_options::<String>("q", options());
    let (c, set_c) = query_signal_with_options::<String>("category", options());
    let search = Signal::derive(move || q.get().unwrap_or_default());
    let category = Signal::derive(move || c.get().unwrap_or_default());
    let set = |setter: SignalSetter<Option<String>>| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            setter.set((!v.is_empty()).then_some(v));
        }
    };
    let client = app.client();
    let entries = LocalResource::new(move || {
        let client = client.clone();
        async move { load(&client).await }
    });
    // A performance mark when the catalog first shows products: `cargo xtask bench` reads it (cold load →
    // interactive), and so can real-user monitoring.
    Effect::new(move |marked: Option<bool>| {
        if marked == Some(true) {
            return true;
        }
        let shown = entries.with(|e| matches!(e, Some(Ok(list)) if !list.is_empty()));
        if shown {
            leptos::task::spawn_local(async {
                // After this render is painted into the DOM.
                leptos::task::tick().await;
                if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                    let _ = p.mark("hostway:catalog-interactive");
                }
            });
        }
        shown
    });
    let loaded = Memo::new(move |_| {
        entries.with(|e| match e {
            None => Loaded::Loading,
            Some(Err(e)) => Loaded::Failed(e.clone()),
            Some(Ok(_)) => Loaded::Ready,
        })
    });
    // The positions of the entries shown: a keystroke compares and copies numbers, not entries.
    let shown = Memo::new(move |_| {
        let q = search.with(|q| q.to_lowercase());
        let words: Vec<&str> = q.split_whitespace().collect();
        category.with(|c| {
            entries.with(|e| match e {
                Some(Ok(list)) => list
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches(e, &words, c))
                    .map(|(i, _)| i)
                    .collect::<Vec<_>>(),
                _ => Vec::new(),
            })
        })
    });
    let categories = move || {
        let mut c: Vec<String> = entries
            .get()
            .and_then(Result::ok)
            .map(|e| e.iter().map(|x| x.spec.category.clone()).collect())
            .unwrap_or_default();
        c.sort();
        c.dedup();
        c
    };
    view! {
        <h1>"Order hosting services"</h1>
        <div class="hw-filters" role="search">
            <label class="hw-field__label" for="catalog-search">"Search products"</label>
            <input id="catalog-search" class="hw-field__input" type="search" data-testid="catalog-search"
                prop:value=move || search.get() on:input=set(set_q) />
            <label class="hw-field__label" for="catalog-category">"Category"</label>
            <select id="catalog-category" class="hw-field__input" data-testid="catalog-category"
                prop:value=move || category.get() on:change=set(set_c)>
                <option value="">"All categories"</option>
                {move || categories().into_iter().map(|c| {
                    let selected = category.with_untracked(|cur| *cur == c);
                    view! { <option value=c.clone() selected=selected>{c.clone()}</option> }
                }).collect_view()}
            </select>
        </div>
        {move || match loaded.get() {
            Loaded::Loading => view! { <p aria-busy="true">"Loading the catalog…"</p> }.into_any(),
            Loaded::Failed(error) => view! {
                <ErrorNotice what="The catalog could not be loaded." error
                    retry=move || entries.refetch() testid="catalog-error"/>
            }.into_any(),
            // Built once: a keystroke only re-filters (a memo) and the keyed list moves, adds or removes
            // the cards that changed, instead of rebuilding every card.
            Loaded::Ready => view! {
                <p class="hw-muted" role="status" data-testid="catalog-count">
                    {move || format!("{} product(s)", shown.with(Vec::len))}
                </p>
                <ul class="hw-catalog" data-testid="catalog">
                    <For each=move || shown.get() key=|i| *i let:i>
                        {entries.with_untracked(|e| match e {
                            Some(Ok(list)) => list.get(i).cloned(),
                            _ => None,
                        }).map(|entry| view! { <CatalogCard entry/> })}
                    </For>
                </ul>
            }.into_any(),
        }}
    }
}

/// Where the catalog's load is: only a change of this rebuilds the list.
#[derive(Clone, Debug, PartialEq)]
enum Loaded {
    Loading,
    Failed(ApiError),
    Ready,
}

#[component]
fn CatalogCard(entry: Entry) -> impl IntoView {
    let id = entry.spec.id();
    let price = entry
        .from_price()
        .map(|(m, cur, months)| format!("from {} {}", format(&m, &cur), cycle_text(months)));
    view! {
        <li class="hw-card hw-catalog__item" data-testid="catalog-item" data-spec=id.clone()>
            <h2 class="hw-catalog__name">{entry.spec.name.clone()}</h2>
            <p class="hw-muted">{entry.spec.category.clone()}</p>
            <p>{entry.spec.description.clone()}</p>
            {price.map(|p| view! { <p class="hw-catalog__price">{p}</p> })}
            <A href=format!("/products/{id}") attr:class="hw-button" attr:data-testid="choose-product">
                "Choose " <span class="hw-visually-hidden">{entry.spec.name.clone()}</span>
            </A>
        </li>
    }
}
