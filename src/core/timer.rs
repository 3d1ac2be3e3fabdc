//! Waiting in the browser without extra crates: a `setTimeout` promise, and the page's visibility (its
//! `visibilitychange` event, not a polling loop).

/// Resolves after `ms` milliseconds, or at once when the calling view is cleaned up (see
/// [`crate::scope`]): the timer is cleared then, so a removed view (or widget) leaves no timer behind,
/// and a loop waiting here wakes to see it is finished.
pub async fn sleep(ms: u32) {
    #[cfg(target_arch = "wasm32")]
    {
        let mut pending = None;
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                if let Ok(id) =
                    w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32)
                {
                    pending = Some((id, resolve));
                }
            }
        });
        if let Some((id, resolve)) = pending {
            crate::scope::on_cleanup(move || {
                if let Some(w) = web_sys::window() {
                    w.clear_timeout_with_handle(id);
                }
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            });
        }
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = ms;
}

/// Resolves when the page is visible: at once, or at the document's next `visibilitychange` that makes
/// it so (a one-shot listener; no timer runs while the tab is hidden).
pub async fn until_visible() {
    #[cfg(target_arch = "wasm32")]
    while hidden() {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
                return;
            };
            let once = web_sys::AddEventListenerOptions::new();
            once.set_once(true);
            let _ = document.add_event_listener_with_callback_and_add_event_listener_options(
                "visibilitychange",
                &resolve,
                &once,
            );
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// Whether the tab is hidden (polling pauses then).
pub fn hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
}

/// Polling delays: fast at first (provisioning often takes well under a second), then slower, capped.
pub fn backoff(attempt: u32) -> u32 {
    const STEPS: [u32; 7] = [250, 500, 1000, 1500, 2500, 4000, 8000];
    STEPS[(attempt as usize).min(STEPS.len() - 1)]
}

#[cfg(test)]
mod tests {
    #[test]
    fn backoff_grows_and_caps() {
        assert_eq!(super::backoff(0), 250);
        assert!(super::backoff(3) > super::backoff(2));
        assert_eq!(super::backoff(50), 8000);
    }
}
