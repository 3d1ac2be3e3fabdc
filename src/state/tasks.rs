//! Work that answers later, in the few shapes the app needs: a [`Task`] run on demand (a save, a
//! removal) and a [`load`] read again whenever what it reads changes. They stand in for Leptos's
//! `Action` and `LocalResource`, which carry machinery the app never uses (transitions, suspense,
//! versions of the input, wakers) and instantiate it once per call site: measured at about 1 KB gzip
//! per `Action` and 1.5 KB per `LocalResource` in each app module. Here what does not depend on the
//! value's type exists once ([`Busy`], [`watch`]).

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use leptos::prelude::*;

/// How many runs of a task are under way. Not generic, so its code exists once.
#[derive(Clone, Copy)]
struct Busy(RwSignal<u32>);

impl Busy {
    fn start(self) {
        self.0.update(|n| *n += 1);
    }

    fn end(self) {
        self.0.try_update(|n| *n = n.saturating_sub(1));
    }

    fn pending(self) -> Signal<bool> {
        let n = self.0;
        Signal::derive(move || n.get() > 0)
    }
}

type Run<I, O> = Rc<dyn Fn(I) -> Pin<Box<dyn Future<Output = O>>>>;

/// Work run on demand with an input; what the last run gave, and whether one is under way. Its runs
/// belong to the view that made it: a read under way when that view goes is stopped.
pub struct Task<I: 'static, O: 'static> {
    run: StoredValue<(Run<I, O>, Option<Owner>), LocalStorage>,
    value: RwSignal<Option<O>>,
    busy: Busy,
}

impl<I: 'static, O: 'static> Clone for Task<I, O> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I: 'static, O: 'static> Copy for Task<I, O> {}

impl<I: 'static, O: Send + Sync + 'static> Task<I, O> {
    /// A task that runs `run`'s future for each input it is given.
    pub fn new<Fut: Future<Output = O> + 'static>(run: impl Fn(I) -> Fut + 'static) -> Self {
        let run: Run<I, O> = Rc::new(move |input| Box::pin(run(input)));
        Self {
            run: StoredValue::new_local((run, Owner::current())),
            value: RwSignal::new(None),
            busy: Busy(RwSignal::new(0)),
        }
    }

    /// Runs the task with `input`; its answer becomes [`Task::value`].
    pub fn dispatch(&self, input: I) {
        let Some((future, owner)) = self
            .run
            .try_with_value(|(run, owner)| (run(input), owner.clone()))
        else {
            return;
        };
        let (value, busy) = (self.value, self.busy);
        busy.start();
        spawn_in(
            owner,
            Box::pin(async move {
                let out = future.await;
                value.try_set(Some(out));
                busy.end();
            }),
        );
    }

    /// Whether a run is under way (tracked).
    pub fn pending(&self) -> Signal<bool> {
        self.busy.pending()
    }

    /// What the last run to end gave (tracked); `None` before any.
    pub fn value(&self) -> ReadSignal<Option<O>> {
        self.value.read_only()
    }
}

/// Runs `work` under `owner` (its reads stop when the owner is cleaned up), tracking nothing.
/// Boxed by the caller: the executor's wrapping around it then exists once in the module.
fn spawn_in(owner: Option<Owner>, work: Pin<Box<dyn Future<Output = ()>>>) {
    let spawn = move || untrack(|| leptos::task::spawn_local_scoped(work));
    match owner {
        Some(owner) => owner.with(spawn),
        None => spawn(),
    }
}

/// Runs `effect` after this render and again whenever a signal it reads changes, for as long as the
/// current owner lives; each run's own work is cleaned up when the next starts.
pub fn watch(effect: impl Fn() + 'static) {
    watch_boxed(Rc::new(effect));
}

/// [`watch`]'s body, one instance for every caller.
fn watch_boxed(effect: Rc<dyn Fn()>) {
    Effect::new(move |_| effect());
}

/// What a [`load`] answered last; read again when what it reads changes, or on [`Loaded::refetch`].
pub struct Loaded<T: 'static> {
    value: ReadSignal<Option<T>>,
    again: Trigger,
}

impl<T: 'static> Clone for Loaded<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for Loaded<T> {}

impl<T: Clone + Send + Sync + 'static> Loaded<T> {
    /// The last answer (tracked); `None` until the first.
    pub fn get(&self) -> Option<T> {
        self.value.get()
    }

    /// Reads again (a retry), keeping the last answer shown meanwhile.
    pub fn refetch(&self) {
        self.again.notify();
    }
}

/// What `read` answers, read again whenever a signal that `read` reads (before its first `await`)
/// changes; `None` until the first answer. A newer reading stops an older one (and its requests), and
/// the last answer stays shown while the next is read.
pub fn load<T, Fut>(read: impl Fn() -> Fut + 'static) -> Loaded<T>
where
    T: Send + Sync + 'static,
    Fut: Future<Output = T> + 'static,
{
    let value = RwSignal::new(None);
    let again = Trigger::new();
    watch(move || {
        again.track();
        let reading = read();
        // Under the effect's run: the next run (or the view's end) stops this one.
        untrack(|| {
            spawn_cancellable(Box::pin(async move {
                value.try_set(Some(reading.await));
            }))
        });
    });
    Loaded {
        value: value.read_only(),
        again,
    }
}

/// Runs `work` until the current owner's next cleanup. One instance for every [`load`]: the
/// cancellation's wrapping (measured about 1.9 KB per value type when generic) exists once.
fn spawn_cancellable(work: Pin<Box<dyn Future<Output = ()>>>) {
    leptos::task::spawn_local_scoped_with_cancellation(work);
}
