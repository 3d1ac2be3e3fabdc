//! Where the customer is in the app. The full-page app keeps it in the address bar (through
//! `leptos_router`); the embedded widget keeps it in memory, because it must never change its host
//! page's URL. Views ask [`use_nav`] to go somewhere and render links with [`Link`], and so work in both.

use std::rc::Rc;

use leptos::prelude::*;
use send_wrapper::SendWrapper;

/// The router's navigate function: to a path, replacing the history entry or not.
type Navigate = SendWrapper<Rc<dyn Fn(&str, bool)>>;

#[derive(Clone)]
pub enum Nav {
    /// The address bar, through the router.
    Page(Navigate),
    /// A path held in memory; links point at the same place on the app's own origin, so that "open in a
    /// new tab" still works.
    Widget {
        path: RwSignal<String>,
        app_base: String,
    },
}

impl Nav {
    /// The router's navigation; call inside `<Router>`.
    pub fn page() -> Self {
        let navigate = leptos_router::hooks::use_navigate();
        Self::Page(SendWrapper::new(Rc::new(
            move |path: &str, replace: bool| {
                // A replaced entry is the same page told more precisely (a search): it keeps its scroll.
                let options = leptos_router::NavigateOptions {
                    replace,
                    scroll: !replace,
                    ..Default::default()
                };
                navigate(path, options)
            },
        )))
    }

    pub fn widget(app_base: &str, start: &str) -> Self {
        Self::Widget {
            path: RwSignal::new(start.to_string()),
            app_base: app_base.trim_end_matches('/').to_string(),
        }
    }

    pub fn go(&self, path: &str) {
        match self {
            Self::Page(navigate) => navigate(path, false),
            Self::Widget { path: current, .. } => current.set(path.to_string()),
        }
    }

    /// Goes to `path` in place of where the customer is (no new history entry).
    pub fn replace(&self, path: &str) {
        match self {
            Self::Page(navigate) => navigate(path, true),
            Self::Widget { path: current, .. } => current.set(path.to_string()),
        }
    }

    /// The `href` of an in-app path.
    pub fn href(&self, path: &str) -> String {
        match self {
            Self::Page(_) => path.to_string(),
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

/// A link to an in-app path. In the page the router follows it; in the widget a plain click stays inside
/// the widget, while a modified click (new tab or window) opens the app on its own origin.
#[component]
pub fn Link(#[prop(into)] href: String, children: Children) -> impl IntoView {
    let nav = use_nav();
    let full = nav.href(&href);
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let plain =
            ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
        if nav.is_widget() && plain {
            ev.prevent_default();
            nav.go(&href);
        }
    };
    view! { <a href=full on:click=on_click>{children()}</a> }
}
