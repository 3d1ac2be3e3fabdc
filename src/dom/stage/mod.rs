//! A first stage's page, on the DOM without Leptos: what a page downloads first when most visitors only
//! look (the customer's catalog at `/`, the agent portal's sign-in). It shows the page's frame (skip
//! link, header, main, the footer's API status) around its content, and hands over to the page's whole
//! app: the boot script (`src/boot.js`) loads the app's module (fetched ahead when a link into it is
//! pointed at or focused, or the content is used), this stage is unmounted, the address becomes the
//! link's and the app mounts there, with what the stage passes on. The order lives at the API and the
//! search in the URL, so nothing else needs carrying over.
//!
//! The frame's markup is that of `components::frame` and `ApiHealth`, and the API status follows the
//! same rules (`api::health`), so the page looks and behaves the same before and after the hand-over.

use std::cell::Cell;
use std::rc::Rc;

use send_wrapper::SendWrapper;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use crate::api::health;
use crate::api::Client;
use crate::config::Config;
use crate::dom::{add, attrs, el, plain_click, Listeners};
use crate::i18n::page;

mod frame;
pub use frame::{footer, header, Shown};

/// The mounted stage; dropping it removes it from the page with its listeners.
pub struct Stage {
    app: Element,
    _content: Content,
    _listeners: Listeners,
}

/// What a stage's content keeps alive, and what "/" in the header does (by default, hand over).
pub struct Content {
    pub keep: Box<dyn std::any::Any>,
    pub home: Option<Rc<dyn Fn()>>,
}

/// The boot script's hand-over: loads the app and mounts it in the stage's place; and its word that
/// the stage is usable (it then fetches the app ahead while the network is idle).
#[derive(Clone)]
pub struct Handover {
    js: SendWrapper<js_sys::Function>,
    usable: SendWrapper<Rc<Cell<Option<js_sys::Function>>>>,
    main: Element,
}

impl Drop for Stage {
    fn drop(&mut self) {
        self.app.remove();
    }
}

/// Mounts a stage on `<body>`: the frame, and in its main `content(main, client, handover)`.
/// `handover(href, user, password)` is the boot script's: it loads the app, then removes this stage and
/// mounts the app at `href` (or here, when `null`); its promise resolves to false when the visitor went
/// elsewhere meanwhile, and rejects when the app could not be loaded. `usable()` is called once, when
/// the content says it is usable ([`Handover::usable`]).
pub fn mount(
    handover: js_sys::Function,
    usable: Option<js_sys::Function>,
    content: impl FnOnce(&Element, Client, Handover) -> Result<Content, JsValue>,
) -> Result<Stage, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let doc = window.document().ok_or("no document")?;
    let config = Config::from_document();
    let app = el(&doc, "div", "hw-app", "")?;
    let skip = add(&app, el(&doc, "a", "hw-skip-link", &page::SKIP.text())?)?;
    skip.set_attribute("href", "#main")?;
    header(&doc, &app)?;
    let main = add(&app, el(&doc, "main", "hw-main", "")?)?;
    attrs(&main, &[("id", "main"), ("tabindex", "-1")])?;
    let (status, recheck_button, language) = footer(&doc, &app, &config.api_base)?;
    let client = health::observed(
        Client::new(config.api_base.clone()).with_backoff(config.retry),
        status.clone(),
    );
    let mut listeners = Listeners::default();
    let recheck = {
        let (client, status) = (client.clone(), status.clone());
        move |_: web_sys::Event| health::recheck(&client, status.clone())
    };
    listeners.on(&recheck_button, "click", recheck.clone())?;
    if let Some(language) = language {
        listeners.on(&language, "change", |ev| {
            let select = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok());
            if let Some(select) = select {
                crate::i18n::choice::choose(&select.value());
            }
        })?;
    }
    listeners.on(&window, "online", recheck.clone())?;
    listeners.on(&window, "offline", recheck.clone())?;
    health::recheck(&client, status);

    let handover = Handover {
        js: SendWrapper::new(handover),
        usable: SendWrapper::new(Rc::new(Cell::new(usable))),
        main: main.clone(),
    };
    let content = content(&main, client, handover.clone())?;
    // The header's links into the app hand over (the portal's page is its own: a plain link).
    listeners.on(&app, "click", {
        let home = content.home.clone();
        move |ev| {
            let Some(link) = ev
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest("header a[href]").ok().flatten())
            else {
                return;
            };
            let href = link.get_attribute("href").unwrap_or_default();
            if !plain_click(&ev) || link.get_attribute("rel").is_some() {
                return;
            }
            ev.prevent_default();
            match (&home, href.as_str()) {
                (Some(home), "/") => home(),
                _ => handover.to(&href),
            }
        }
    })?;
    doc.body().ok_or("no body")?.append_child(&app)?;
    Ok(Stage {
        app,
        _content: content,
        _listeners: listeners,
    })
}

impl Handover {
    /// The stage is usable (its content is shown): the boot script may fetch the app ahead. Once.
    pub fn usable(&self) {
        if let Some(usable) = Cell::take(&self.usable) {
            let _ = usable.call0(&JsValue::NULL);
        }
    }

    /// Hands over to the app at `href`.
    pub fn to(&self, href: &str) {
        let done = self.call(Some(href), &[]);
        wasm_bindgen_futures::spawn_local(async move {
            done.await;
        });
    }

    /// Hands over to the app (at `href`, or here), passing `args` on; true once the app is mounted.
    /// Said in the page while it loads, and if it cannot.
    pub fn call(
        &self,
        href: Option<&str>,
        args: &[&JsValue],
    ) -> impl std::future::Future<Output = bool> + 'static {
        let note = notice(&self.main);
        say(&note, "hw-notice hw-handover", &page::LOADING_PAGE.text());
        let call = js_sys::Array::of1(&href.map_or(JsValue::NULL, JsValue::from));
        for arg in args {
            call.push(arg);
        }
        let promise = self
            .js
            .apply(&JsValue::NULL, &call)
            .map(|p| p.unchecked_into::<js_sys::Promise>());
        async move {
            let answer = match promise {
                Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await,
                Err(e) => Err(e),
            };
            // Once opened, the app stands in this stage's place: only a failure is said here. When the
            // visitor went Back meanwhile, the stage stays, without a word.
            match answer {
                Ok(opened) if opened.as_bool() == Some(true) => true,
                Ok(_) => {
                    if let Some(note) = &note {
                        note.remove();
                    }
                    false
                }
                Err(_) => {
                    say(
                        &note,
                        "hw-notice hw-notice--error hw-handover",
                        &page::PAGE_NOT_OPENED.text(),
                    );
                    false
                }
            }
        }
    }
}

/// The stage's hand-over notice (one per page), over the page's bottom edge.
fn notice(main: &Element) -> Option<Element> {
    let doc = main.owner_document()?;
    main.query_selector("[data-testid=handover]")
        .ok()
        .flatten()
        .or_else(|| {
            let note = el(&doc, "p", "hw-notice hw-handover", "").ok()?;
            attrs(&note, &[("role", "status"), ("data-testid", "handover")]).ok()?;
            main.prepend_with_node_1(&note).ok()?;
            Some(note)
        })
}

fn say(note: &Option<Element>, class: &str, text: &str) {
    if let Some(note) = note {
        note.set_class_name(class);
        note.set_text_content(Some(text));
    }
}
