use hostway_core::i18n::page;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    crate::components::page::title(|| page::NOT_FOUND.text());
    view! {
        <h1>{page::NOT_FOUND.text()}</h1>
        <p>{page::NOTHING_HERE.text()} " " <A href="/">{page::START_ORDERING.text()}</A></p>
    }
}
