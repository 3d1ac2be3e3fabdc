//! A failure that stops a view (a read that did not work): what failed and what to do, in words, with
//! "Try again" when asked for, and the reference support needs (HTTP status, the API's error id) folded
//! in a "Technical details" disclosure. No body text, JSON, HTML or browser exception is ever shown: the
//! raw detail goes to the browser console only (the client logs it).

use leptos::prelude::*;

use hostway_core::api::ApiError;
use hostway_core::i18n::error;

#[component]
pub fn ErrorNotice(
    /// What could not be done, as a sentence: "The catalog could not be loaded."
    #[prop(into)]
    what: String,
    /// Why, said by the error itself (its `Display` is written for customers).
    error: ApiError,
    /// When given, a "Try again" button calls it.
    #[prop(optional, into)]
    retry: Option<Callback<()>>,
    /// Kept by the order, said after the reason ("Nothing is lost: …").
    #[prop(optional, into)]
    kept: Option<String>,
    /// The notice's `data-testid`.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let reference = error.reference();
    view! {
        <div class="hw-notice hw-notice--error" role="alert" data-testid=testid.unwrap_or("error-notice")>
            <p>{what} " " {error.to_string()} {kept.map(|k| format!(" {k}"))}</p>
            {retry.map(|retry| view! {
                <button type="button" class="hw-button" data-testid="try-again" on:click=move |_| retry.run(())>
                    {error::TRY_AGAIN.text()}
                </button>
            })}
            <details class="hw-details" data-testid="error-details">
                <summary>{error::TECHNICAL_DETAILS.text()}</summary>
                <dl class="hw-details__list">
                    {reference.into_iter().map(|(label, value)| view! {
                        <dt>{label}</dt><dd>{value}</dd>
                    }).collect_view()}
                </dl>
            </details>
        </div>
    }
}
