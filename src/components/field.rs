//! A labelled form field with its error in words, wired for the error summary (`id` = anchor).

use crate::components::fresh::IntoFresh;
use hostway_core::i18n::error;
use leptos::prelude::*;

/// A text input. `error` shows below the label and marks the field invalid.
#[component]
pub fn TextField(
    /// The element id (the error summary links to `#id`).
    #[prop(into)]
    id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: RwSignal<String>,
    #[prop(into, optional)] error: Signal<Option<String>>,
    /// `text`, `email`, `tel`, `password`…
    #[prop(into, default = "text".to_string())]
    kind: String,
    #[prop(into, optional)] hint: Option<String>,
    #[prop(into, optional)] autocomplete: Option<String>,
    /// The keyboard a phone shows (`numeric` for card numbers and dates).
    #[prop(into, optional)]
    inputmode: Option<String>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = {
        let error_id = error_id.clone();
        let hint = hint.is_some().then(|| hint_id.clone());
        move || {
            let mut ids: Vec<String> = hint.iter().cloned().collect();
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="hw-field" class:hw-field--error=move || error.with(Option::is_some)>
            <label class="hw-field__label" for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hw-field__hint" id=hint_id.clone()>{h}</p> })}
            {move || (error.get().map(|e| view! {
                <p class="hw-field__error" id=error_id.clone()>
                    <span class="hw-visually-hidden">{error::PREFIX.text() + " "}</span>{e}
                </p>
            })).fresh()}
            <input
                class="hw-field__input"
                id=id.clone()
                name=id.clone()
                type=kind
                autocomplete=autocomplete
                inputmode=inputmode
                aria-invalid=move || error.with(|e| e.is_some().to_string())
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </div>
    }
}

/// A select with fixed options `(value, label)`.
#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: RwSignal<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into, optional)] error: Signal<Option<String>>,
    #[prop(into, optional)] autocomplete: Option<String>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <div class="hw-field" class:hw-field--error=move || error.with(Option::is_some)>
            <label class="hw-field__label" for=id.clone()>{label}</label>
            {move || (error.get().map(|e| view! {
                <p class="hw-field__error" id=error_id.clone()><span class="hw-visually-hidden">{error::PREFIX.text() + " "}</span>{e}</p>
            })).fresh()}
            <select
                class="hw-field__input"
                id=id.clone()
                name=id.clone()
                autocomplete=autocomplete
                aria-invalid=move || error.with(|e| e.is_some().to_string())
                aria-describedby=move || error.with(Option::is_some).then(|| described.clone())
                on:change=move |ev| value.set(event_target_value(&ev))
                prop:value=move || value.get()
            >
                {move || (options.get().into_iter().map(|(v, l)| {
                    let selected = value.with_untracked(|cur| *cur == v);
                    view! { <option value=v.clone() selected=selected>{l}</option> }
                }).collect_view()).fresh()}
            </select>
        </div>
    }
}
