//! One way to build a form: [`use_form`] owns what every form of the app has: the problems (shown at
//! their fields and listed in the [`ErrorSummary`](super::ErrorSummary)), the busy state, and the save.
//! The rules are checked before anything is sent; the save's result is handled in the action's own
//! future (its problems, or what follows a success), never by an Effect watching the action.
//!
//! ```ignore
//! let form = use_form(check, move |input| async move { save(input).await }, problems_from);
//! view! {
//!     <ErrorSummary problems=form.problems/>
//!     <form on:submit=form.on_submit(move || input())>
//!         <TextField id="x" error=form.error("x") …/>
//!         <button aria-disabled=form.busy_text()>{form.label("Save", "Saving…")}</button>
//!     </form>
//! }
//! ```

use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;

use super::error_summary::problem_of;
use super::Problem;
use crate::state::tasks::Task;
use hostway_core::api::ApiError;

/// The rules of a form's input: its problems, empty when it may be sent.
type Rules<I> = dyn Fn(&I) -> Vec<Problem>;

/// A form's state: its problems and its save. `Copy`, so every closure of a view can hold it.
pub struct Form<I: 'static, O: 'static> {
    /// The problems shown now: the rules' before a save, the API's after a refused one.
    pub problems: RwSignal<Vec<Problem>>,
    check: StoredValue<Rc<Rules<I>>, LocalStorage>,
    save: Task<I, Result<O, ApiError>>,
}

impl<I: 'static, O: 'static> Clone for Form<I, O> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I: 'static, O: 'static> Copy for Form<I, O> {}

/// Builds a form: `check` gives the problems of an input before anything is sent; `save` sends it (and
/// does what follows a success: navigate, clear a draft, record); `problems_from` places the API's refusal
/// at the fields it concerns.
pub fn use_form<I, O, Fut>(
    check: impl Fn(&I) -> Vec<Problem> + 'static,
    save: impl Fn(I) -> Fut + 'static,
    problems_from: impl Fn(&ApiError) -> Vec<Problem> + 'static,
) -> Form<I, O>
where
    I: 'static,
    O: Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<O, ApiError>> + 'static,
{
    let problems = RwSignal::new(Vec::new());
    let problems_from = Rc::new(problems_from);
    let save = Task::new(move |input: I| {
        let saving = save(input);
        let problems_from = problems_from.clone();
        async move {
            let result = saving.await;
            match &result {
                Ok(_) => problems.set(Vec::new()),
                Err(e) => problems.set(problems_from(e)),
            }
            result
        }
    });
    Form {
        problems,
        check: StoredValue::new_local(Rc::new(check)),
        save,
    }
}

impl<I, O> Form<I, O>
where
    I: 'static,
    O: Clone + Send + Sync + 'static,
{
    /// Checks `input`; when the rules find nothing and no save is under way, saves it. Returns whether
    /// it was sent.
    pub fn submit(&self, input: I) -> bool {
        let found = self.check.with_value(|check| check(&input));
        let send = found.is_empty() && !self.save.pending().get_untracked();
        self.problems.set(found);
        if send {
            self.save.dispatch(input);
        }
        send
    }

    /// A `submit` handler for a `<form>`: no page load; the input is read when the form is sent.
    /// Shared (one type for every form), so Leptos's code that attaches it exists once in the module.
    pub fn on_submit(self, input: impl Fn() -> I + 'static) -> Handler<leptos::ev::SubmitEvent> {
        handler(move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            self.submit(input());
        })
    }

    /// The problem at `anchor` (a field's id), for the field to show.
    pub fn error(&self, anchor: impl Into<String>) -> Signal<Option<String>> {
        error_at(self.problems, anchor.into())
    }

    /// Whether a save is under way.
    pub fn pending(&self) -> Signal<bool> {
        self.save.pending()
    }

    /// The button's words: `idle`, or `busy` while saving.
    pub fn label(&self, idle: impl Into<String>, busy: impl Into<String>) -> Signal<String> {
        busy_label(self.save.pending(), idle.into(), busy.into())
    }

    /// What the last save gave, when it succeeded.
    pub fn saved(&self) -> Signal<Option<O>> {
        let value = self.save.value();
        Signal::derive(move || value.get().and_then(Result::ok))
    }
}

// What does not depend on a form's types, once for every form.

/// An event handler as one type per event: `on:click=handler(move |ev| …)`. Leptos instantiates the
/// code that attaches a handler once per handler type; a closure of its own per handler.
pub type Handler<E> = Box<dyn FnMut(E)>;

/// `f` as a [`Handler`].
pub fn handler<E: 'static>(f: impl FnMut(E) + 'static) -> Handler<E> {
    Box::new(f)
}

fn error_at(problems: RwSignal<Vec<Problem>>, anchor: String) -> Signal<Option<String>> {
    Signal::derive(move || problems.with(|p| problem_of(p, &anchor)))
}

fn busy_label(pending: Signal<bool>, idle: String, busy: String) -> Signal<String> {
    Signal::derive(move || {
        if pending.get() {
            busy.clone()
        } else {
            idle.clone()
        }
    })
}
