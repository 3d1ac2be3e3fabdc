//! A read of the order shared by every view that shows it (the cart, the quote): read once per change of
//! the order, not once per view, and only the answer for the order as it is now is kept.

use std::future::Future;

use leptos::prelude::*;

use hostway_core::api::ApiError;

/// `(order id, change count)`: which state of the order a read was made for.
pub type Key = (String, u64);

/// One shared read (see the module's words).
pub struct PerChange<T: Send + Sync + 'static> {
    value: RwSignal<Option<(Key, Result<T, ApiError>)>>,
    /// The key of the read under way, if one is.
    loading: StoredValue<Option<Key>>,
}

impl<T: Send + Sync + 'static> Clone for PerChange<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for PerChange<T> {}

impl<T: Clone + Send + Sync + 'static> PerChange<T> {
    pub fn new() -> Self {
        Self {
            value: RwSignal::new(None),
            loading: StoredValue::new(None),
        }
    }

    /// Starts `read` for `key`, unless `key` is read or being read already. `now` says which key is
    /// current when the answer comes; an answer for an older state is dropped.
    pub fn load<F>(self, key: Key, now: impl Fn() -> Option<Key> + 'static, read: F)
    where
        F: Future<Output = Result<T, ApiError>> + 'static,
    {
        let have = self
            .value
            .try_with_untracked(|v| v.as_ref().is_some_and(|(k, _)| *k == key))
            .unwrap_or(true);
        if have || self.loading.try_get_value().flatten().as_ref() == Some(&key) {
            return;
        }
        self.loading.set_value(Some(key.clone()));
        leptos::task::spawn_local(async move {
            let result = read.await;
            if self.loading.try_get_value().flatten().as_ref() == Some(&key) {
                self.loading.set_value(None);
            }
            if now().as_ref() == Some(&key) {
                self.value.try_set(Some((key, result)));
            }
        });
    }

    /// Forgets what was read, so the next `load` reads again.
    pub fn forget(self) {
        self.value.set(None);
        self.loading.set_value(None);
    }

    /// What was read for `key` (tracked); `None` while it is read.
    pub fn get(self, key: &Key) -> Option<Result<T, ApiError>> {
        self.value
            .with(|v| v.as_ref().filter(|(k, _)| k == key).map(|(_, r)| r.clone()))
    }

    /// What was read last, whichever state of the order it was for (tracked): shown while the next
    /// read is under way, so a change does not blank the view.
    pub fn latest(self) -> Option<Result<T, ApiError>> {
        self.value.with(|v| v.as_ref().map(|(_, r)| r.clone()))
    }
}

impl<T: Clone + Send + Sync + 'static> Default for PerChange<T> {
    fn default() -> Self {
        Self::new()
    }
}
