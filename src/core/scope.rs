//! Whose lifetime a read or a wait belongs to, without knowing the renderer: the Leptos apps register
//! how to run something when the current view is cleaned up ([`set`], once, when they make their
//! context); the client and the timers ask [`on_cleanup`]. Where nothing is registered (the first
//! stages, which stop their own work on unmount) or no view is current, nothing is tied and a read runs
//! to its end.

use std::cell::Cell;

/// Runs the closure when the current view is cleaned up; false when there is no current view.
pub type Register = fn(Box<dyn FnOnce()>) -> bool;

thread_local! {
    static REGISTER: Cell<Option<Register>> = const { Cell::new(None) };
}

/// Sets how cleanups are tied to the current view (the Leptos apps: to the reactive owner).
pub fn set(register: Register) {
    REGISTER.with(|r| r.set(Some(register)));
}

/// Runs `f` when the view that is current now is cleaned up; false (and `f` dropped) when there is
/// none.
pub fn on_cleanup(f: impl FnOnce() + 'static) -> bool {
    REGISTER
        .with(Cell::get)
        .is_some_and(|register| register(Box::new(f)))
}

#[cfg(test)]
mod tests {
    use std::cell::{Cell, RefCell};

    thread_local! {
        static HELD: RefCell<Vec<Box<dyn FnOnce()>>> = RefCell::new(Vec::new());
    }

    #[test]
    fn a_cleanup_runs_only_where_a_scope_is_registered() {
        let ran = std::rc::Rc::new(Cell::new(false));
        let r = ran.clone();
        assert!(
            !super::on_cleanup(move || r.set(true)),
            "nothing registered"
        );
        super::set(|f| {
            HELD.with(|h| h.borrow_mut().push(f));
            true
        });
        let r = ran.clone();
        assert!(super::on_cleanup(move || r.set(true)));
        assert!(!ran.get(), "not before the cleanup");
        HELD.with(|h| h.borrow_mut().drain(..).for_each(|f| f()));
        assert!(ran.get());
    }
}
