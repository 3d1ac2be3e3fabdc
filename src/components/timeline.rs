//! The order's progress: submitted → processing → completed, or failed with the reason.

use crate::components::fresh::IntoFresh;
use leptos::prelude::*;

use hostway_core::api::model::OrderStatus;
use hostway_core::i18n::status;

/// Where a status sits on the timeline: (step index reached, failed).
pub fn progress(status: &OrderStatus) -> (usize, bool) {
    match status {
        OrderStatus::New => (0, false),
        OrderStatus::Processing | OrderStatus::Other(_) => (1, false),
        OrderStatus::Completed => (2, false),
        OrderStatus::Failed => (1, true),
    }
}

#[component]
pub fn StatusTimeline(
    #[prop(into)] status: Signal<OrderStatus>,
    #[prop(into)] reason: Signal<Option<String>>,
) -> impl IntoView {
    let steps = [status::SUBMITTED, status::PROCESSING, status::COMPLETED].map(|s| s.text());
    view! {
        <ol class="hw-timeline" data-testid="status-timeline" data-status=move || status.with(|s| s.label().to_string())>
            {steps.into_iter().enumerate().map(|(i, label)| {
                let state = move || {
                    let (reached, failed) = status.with(progress);
                    if failed && i == 2 { "failed" } else if i < reached || (i == reached && reached == 2) { "done" }
                    else if i == reached { "current" } else { "todo" }
                };
                view! {
                    <li class=move || format!("hw-timeline__step hw-timeline__step--{}", state())
                        aria-current=move || (state() == "current").then_some("step")>
                        {move || if failed_at(status, i) { status::FAILED.text() } else { label.clone() }}
                    </li>
                }
            }).collect_view()}
        </ol>
        {move || (status.with(|s| *s == OrderStatus::Failed).then(|| view! {
            <p class="hw-notice hw-notice--error" role="alert" data-testid="status-reason">
                {reason.get().unwrap_or_else(|| status::FAILED_REASON.text())}
            </p>
        })).fresh()}
    }
}

fn failed_at(status: Signal<OrderStatus>, i: usize) -> bool {
    i == 2 && status.with(|s| *s == OrderStatus::Failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_steps() {
        assert_eq!(progress(&OrderStatus::parse("new")), (0, false));
        assert_eq!(progress(&OrderStatus::parse("Processing")), (1, false));
        assert_eq!(progress(&OrderStatus::parse("Completed")), (2, false));
        assert_eq!(progress(&OrderStatus::parse("Failed")), (1, true));
    }
}
