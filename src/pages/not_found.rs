use hostway_core::i18n::page;
use leptos::prelude::*;

use crate::nav::Link;

#[component]
pub fn NotFound() -> impl IntoView {
    crate::components::page::title(|| page::NOT_FOUND.text());
    view! {
        <h1>{page::NOT_FOUND.text()}</h1>
        <p>{page::NOTHING_HERE.text()} " " <Link href="/">{page::START_ORDERING.text()}</Link></p>
    }
}
