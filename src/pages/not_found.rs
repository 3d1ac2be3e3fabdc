use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    crate::components::page::title(|| "Page not found".into());
    view! {
        <h1>"Page not found"</h1>
        <p>"There is nothing at this address. " <A href="/">"Start ordering"</A> "."</p>
    }
}
