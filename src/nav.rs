//! Where the customer is in the app. The full-page app keeps it in the address bar (the History API:
//! a link pushes an entry, Back and Forward come back through `popstate`); the embedded widget keeps
//! it in memory, because it must never change its host page's URL. Views ask [`use_nav`] to go
//! somewhere and render links with [`Link`], and so work in both. The app's pages are a `match` on
//! [`Nav::path`] (`Route` in `lib.rs`): a few paths do not need a router's generic machinery (measured
//! in the README's lever table: 47.6 KB gzip of the customer's app, 51.5 KB of the portal).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[derive(Clone)]
pub enum Nav {
    /// The address bar: its path and query, as the page shows them now.
    Page { here: RwSignal<String> },
    /// A path held in memory; links point at the same place on the app's own origin, so that "open in a
    /// new tab" still works.
    Widget {
        path: RwSignal<String>,
        app_base: String,
    },
}

/// The one segment of `path` after `prefix` (`/orders/7` after `/orders/` → `7`); `None` when there is
/// none or more than one. What a page's address names, read the same way by the pages and the routes.
pub fn segment_after<'a>(path: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = path.strip_prefix(prefix)?.trim_end_matches('/');
    (!rest.is_empty() && !rest.contains('/')).then_some(rest)
}

/// The page's address now: its path and query (`/products/x?domain=y`).
fn address() -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_else(|_| "/".into());
    let query = location.search().unwrap_or_default();
    format!("{path}{query}")
}

impl Nav {
    /// The address bar's navigation, following Back and Forward for as long as the page lives.
    pub fn page() -> Self {
        let here = RwSignal::new(address());
        let follow = Closure::<dyn Fn()>::new(move || {
            // A link to a fragment (`#main`) moves within the page: the address is the same.
            let now = address();
            if here.try_with_untracked(|h| *h != now) == Some(true) {
                here.set(now);
            }
        });
        let _ =
            window().add_event_listener_with_callback("popstate", follow.as_ref().unchecked_ref());
        // Until the app is unmounted (it hands over to another of its modules).
        let follow = send_wrapper::SendWrapper::new(follow);
        on_cleanup(move || {
            let _ = window()
                .remove_event_listener_with_callback("popstate", follow.as_ref().unchecked_ref());
        });
        Self::Page { here }
    }

    pub fn widget(app_base: &str, start: &str) -> Self {
        Self::Widget {
            path: RwSignal::new(start.to_string()),
            app_base: app_base.trim_end_matches('/').to_string(),
        }
    }

    /// Where the customer is: the path and query (`/order/review?x=y`).
    pub(crate) fn here(&self) -> RwSignal<String> {
        match self {
            Self::Page { here } => *here,
            Self::Widget { path, .. } => *path,
        }
    }

    /// Goes to `path` (a new history entry, at the top of the new page).
    pub fn go(&self, path: &str) {
        self.set(path, false);
    }

    /// Goes to `path` in place of where the customer is (no new history entry). A replaced entry is
    /// the same page told more precisely (a search): it keeps its scroll.
    pub fn replace(&self, path: &str) {
        self.set(path, true);
    }

    fn set(&self, path: &str, replace: bool) {
        if let Self::Page { .. } = self {
            let history = window().history();
            let _ = match &history {
                Ok(h) if replace => h.replace_state_with_url(&JsValue::NULL, "", Some(path)),
                Ok(h) => h.push_state_with_url(&JsValue::NULL, "", Some(path)),
                Err(e) => Err(e.clone()),
            };
            if !replace {
                window().scroll_to_with_x_and_y(0.0, 0.0);
            }
        }
        self.here().set(path.to_string());
    }

    /// The path where the customer is, without the query (tracked).
    pub fn path(&self) -> String {
        self.here()
            .with(|h| h.split(['?', '#']).next().unwrap_or("/").to_string())
    }

    /// The query of where the customer is, with its `?` (tracked); empty without one.
    pub fn search(&self) -> String {
        self.here().with(|h| {
            h.split_once('?')
                .map(|(_, q)| format!("?{}", q.split('#').next().unwrap_or("")))
                .unwrap_or_default()
        })
    }

    /// The rest of the path after `prefix` (`/orders/` → the order's id), decoded (tracked).
    pub fn param(&self, prefix: &str) -> Option<String> {
        let path = self.path();
        let rest = segment_after(&path, prefix)?;
        Some(
            js_sys::decode_uri_component(rest)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_else(|| rest.to_string()),
        )
    }

    /// The `href` of an in-app path.
    pub fn href(&self, path: &str) -> String {
        match self {
            Self::Page { .. } => path.to_string(),
            Self::Widget { app_base, .. } => format!("{app_base}{path}"),
        }
    }

    pub fn is_widget(&self) -> bool {
        matches!(self, Self::Widget { .. })
    }
}

/// The navigation of the enclosing app or widget.
pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}

/// A link to an in-app path: a plain click goes there without loading a page (in the widget, without
/// leaving the shop's page); a modified click (new tab or window) is the browser's, and in the widget
/// opens the app on its own origin.
#[component]
pub fn Link(#[prop(into)] href: String, children: Children) -> impl IntoView {
    let nav = use_nav();
    let full = nav.href(&href);
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let plain =
            ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
        if plain {
            ev.prevent_default();
            nav.go(&href);
        }
    };
    view! { <a href=full on:click=on_click>{children()}</a> }
}

/// The page's boot script's hand-over to another of the app's modules (`away` in `src/boot.js`): called
/// with an address another module draws, it loads that module, unmounts this app and mounts that one
/// at the address; its promise rejects when the module cannot be loaded.
#[derive(Clone)]
pub struct Away(pub send_wrapper::SendWrapper<js_sys::Function>);
