//! What each of the apps' modules (a binary of this crate) exports to its page's script, written once:
//! `setLocale`, and its mount (`mountApp` for a page's module, `mountWidget` for the widget's). Each
//! binary says only what it mounts, e.g. `hostway_order::page_module!(hostway_order::mount_shop);`.

/// The exports of a page's module that mounts with `$mount`: `mountApp(away)`, or with `signed_in`,
/// `mountApp(away, user, password)` (the agent's accepted credentials, handed over in memory by the
/// sign-in stage or the portal's module before). `away` hands the page over to another module.
#[macro_export]
macro_rules! page_module {
    ($mount:path) => {
        /// Mounts the module on `<body>`, at the page's address; `away` hands the page over to the
        /// app's module that draws another.
        #[::wasm_bindgen::prelude::wasm_bindgen(js_name = mountApp)]
        pub fn mount_app(away: ::js_sys::Function) -> $crate::Mounted {
            $mount(away)
        }

        $crate::module_basics!();
    };
    ($mount:path, signed_in) => {
        /// Mounts the module on `<body>`, at the page's address, signed in with `user` and
        /// `password` (in memory only) when both are given; `away` hands the page over to the
        /// portal's module that draws another, with them.
        #[::wasm_bindgen::prelude::wasm_bindgen(js_name = mountApp)]
        pub fn mount_app(
            away: ::js_sys::Function,
            user: Option<String>,
            password: Option<String>,
        ) -> $crate::Mounted {
            $mount(away, user.zip(password))
        }

        $crate::module_basics!();
    };
}

/// The exports of a module of the widget's flow that draws `$parts` ([`crate::widget::FLOW`] or
/// [`crate::widget::CHECKOUT`]): `mountWidget(host, appBase, chosen, away)`.
#[macro_export]
macro_rules! widget_module {
    ($parts:path) => {
        /// A widget mounted by `widget.js`; `unmount()` removes it and stops everything it started.
        #[::wasm_bindgen::prelude::wasm_bindgen]
        pub struct Widget {
            mounted: Option<$crate::widget::Mounted>,
        }

        #[::wasm_bindgen::prelude::wasm_bindgen]
        impl Widget {
            pub fn unmount(&mut self) {
                self.mounted.take();
            }
        }

        /// Mounts this part of the flow into `host` (a `[data-hostway-order]` element). `app_base` is
        /// the URL the app is served from (the directory of `widget.js`); `chosen`, the first stage's
        /// choices as a query (or the place to open, `at=/order/items`); `away`, a place the flow's
        /// other module draws (see `widget.js`).
        #[::wasm_bindgen::prelude::wasm_bindgen(js_name = mountWidget)]
        pub fn mount_widget(
            host: ::web_sys::HtmlElement,
            app_base: String,
            chosen: Option<String>,
            away: ::js_sys::Function,
        ) -> Result<Widget, ::wasm_bindgen::JsValue> {
            let mounted = $crate::widget::mount(host, &app_base, chosen, ($parts, away))?;
            Ok(Widget {
                mounted: Some(mounted),
            })
        }

        $crate::module_basics!();
    };
}

/// What every module has: the panic hook, and `setLocale(tag, strings)`, which installs the page's
/// language and its strings (`src/handover.js`'s `loadLocale`) before mounting.
#[doc(hidden)]
#[macro_export]
macro_rules! module_basics {
    () => {
        fn main() {
            ::console_error_panic_hook::set_once();
        }

        /// Installs the page's language and its strings before mounting.
        #[::wasm_bindgen::prelude::wasm_bindgen(js_name = setLocale)]
        pub fn set_locale(tag: &str, strings: ::wasm_bindgen::JsValue) {
            $crate::i18n::install(tag, strings);
        }
    };
}
