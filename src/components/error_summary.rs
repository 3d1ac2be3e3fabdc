//! The GOV.UK error-summary pattern: a titled list of problems at the top, each linking to its field or
//! section; it takes focus when it appears so screen readers and keyboards land on it.

use hostway_dom::dom::field_name;
use leptos::html;
use leptos::prelude::*;

use crate::state::tasks::watch;

/// One problem: the anchor it links to (`#id`) and the message in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub anchor: String,
    pub message: String,
}

impl Problem {
    pub fn new(anchor: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            anchor: anchor.into(),
            message: message.into(),
        }
    }
}

/// The problem of one anchor, for the field that shows it.
pub fn problem_of(problems: &[Problem], anchor: &str) -> Option<String> {
    problems
        .iter()
        .find(|p| p.anchor == anchor)
        .map(|p| p.message.clone())
}

/// Moves focus to the problem's field or section (`dom::go_to_problem`, which the first stages' summary
/// uses too).
fn go_to(anchor: String) -> impl Fn(leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    move |ev| {
        let link = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        if link.is_some_and(|link| hostway_dom::dom::go_to_problem(&link, &anchor)) {
            ev.prevent_default();
        }
    }
}

#[component]
pub fn ErrorSummary(#[prop(into)] problems: Signal<Vec<Problem>>) -> impl IntoView {
    let node = NodeRef::<html::Div>::new();
    // Each problem's field by its label's name, found once the summary is drawn (in the document or
    // the widget's shadow root): "Password: Use 8 to 50 characters…".
    let names = RwSignal::new(Vec::<(String, String)>::new());
    watch(move || {
        if problems.with(|p| !p.is_empty()) {
            // After the list is drawn: an effect may run before the view that shows the new problems.
            request_animation_frame(move || {
                // The page may have gone meanwhile: then nothing is done.
                let Some(el) = node.try_get_untracked().flatten() else {
                    return;
                };
                let root = el.get_root_node();
                let found = problems.try_with_untracked(|list| {
                    list.iter()
                        .filter_map(|p| Some((p.anchor.clone(), field_name(&root, &p.anchor)?)))
                        .collect()
                });
                if let Some(found) = found {
                    names.try_set(found);
                    let _ = el.focus();
                }
            });
        }
    });
    let name_of = move |anchor: String| {
        move || {
            names.with(|n| {
                n.iter()
                    .find(|(a, _)| *a == anchor)
                    .map(|(_, name)| format!("{name}: "))
            })
        }
    };
    move || {
        let list = problems.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="hw-error-summary" role="alert" tabindex="-1" node_ref=node data-testid="error-summary"
                    aria-labelledby="error-summary-title">
                    <h2 class="hw-error-summary__title" id="error-summary-title">{hostway_core::i18n::error::PROBLEM.text()}</h2>
                    <ul class="hw-error-summary__list">
                        {list.into_iter().map(|p| view! {
                            <li><a href=format!("#{}", p.anchor) on:click=go_to(p.anchor.clone())>{name_of(p.anchor.clone())}{p.message}</a></li>
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
