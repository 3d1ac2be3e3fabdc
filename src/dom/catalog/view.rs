//! The catalog's view, built on the DOM directly: the first thing a customer downloads is this view
//! alone (the catalog stage, `stage.rs`), and the whole app shows the same view at `/` (`Catalog`), so
//! there is one catalog. The search and the category live in the URL's query (`?q=…&category=…`,
//! replaced, not pushed: Back leaves the catalog instead of undoing keystrokes), so a link reproduces
//! the view. Who owns the address is the caller's: see [`Address`].

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlInputElement, HtmlSelectElement};

use super::card::card;
use super::entry::{load, matches, Entry};
use super::query::{self, from_url};
use crate::api::{ApiError, Client};
use crate::dom::{add, attrs, el, error_notice, labelled, plain_click, Listeners};
use crate::i18n::catalog;

/// The catalog's address has one owner: in the apps the router, in the catalog stage the history API
/// (and the hand-over to the app). The view asks it to follow a "Choose" link (`go`) and to put the
/// search and category in the address (`replace`, replacing the entry: Back leaves the catalog instead
/// of undoing keystrokes).
#[derive(Clone)]
pub struct Address {
    pub go: Rc<dyn Fn(&str)>,
    pub replace: Rc<dyn Fn(&str)>,
}

/// A rendered catalog; once its last clone is dropped, its listeners are removed and a load still under
/// way is ignored.
#[derive(Clone)]
pub struct CatalogView(Rc<Inner>);

struct Inner {
    client: Client,
    address: Address,
    search: HtmlInputElement,
    category: HtmlSelectElement,
    /// Where the list, the loading line or the error goes.
    body: Element,
    count: RefCell<Option<Element>>,
    list: RefCell<Option<Element>>,
    /// Every card, in the catalog's order; only those that match are in the list.
    cards: RefCell<Vec<(Entry, Element)>>,
    /// Listeners of the filters and the list.
    listeners: RefCell<Listeners>,
    /// The notice's "Try again" (replaced with each notice).
    retry: RefCell<Listeners>,
    marked: Cell<bool>,
    /// Called once the catalog has settled (shown or failed): the stage is then usable.
    settled: Cell<Option<Box<dyn FnOnce()>>>,
}

fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

impl CatalogView {
    /// Renders the catalog into `container` and loads it through `client`.
    pub fn render(container: &Element, client: Client, address: Address) -> Result<Self, JsValue> {
        let doc = container.owner_document().ok_or("no document")?;
        add(container, el(&doc, "h1", "", &catalog::TITLE.text())?)?;
        let filters = add(container, el(&doc, "div", "hw-filters", "")?)?;
        // Searching is a sign of going on: the catalog stage's boot script fetches the app ahead.
        attrs(&filters, &[("role", "search"), ("data-prefetch-app", "")])?;
        let (search, category) = (catalog::SEARCH.text(), catalog::CATEGORY.text());
        let search = labelled(&doc, &filters, "input", "catalog-search", &search)?;
        attrs(
            &search,
            &[("type", "search"), ("data-testid", "catalog-search")],
        )?;
        let category = labelled(&doc, &filters, "select", "catalog-category", &category)?;
        category.set_attribute("data-testid", "catalog-category")?;
        let all = el(&doc, "option", "", &catalog::ALL_CATEGORIES.text())?;
        add(&category, all)?.set_attribute("value", "")?;
        let body = add(container, el(&doc, "div", "", "")?)?;
        let inner = Rc::new(Inner {
            client,
            address,
            search: search.unchecked_into(),
            category: category.unchecked_into(),
            body,
            count: RefCell::new(None),
            list: RefCell::new(None),
            cards: RefCell::new(Vec::new()),
            listeners: RefCell::new(Listeners::default()),
            retry: RefCell::new(Listeners::default()),
            marked: Cell::new(false),
            settled: Cell::new(None),
        });
        let (q, _) = from_url();
        inner.search.set_value(&q);
        for event in ["input", "change"] {
            let weak = Rc::downgrade(&inner);
            let target = if event == "input" {
                inner
                    .search
                    .clone()
                    .unchecked_into::<web_sys::EventTarget>()
            } else {
                inner.category.clone().unchecked_into()
            };
            inner.listeners.borrow_mut().on(&target, event, move |_| {
                if let Some(inner) = weak.upgrade() {
                    inner.filter();
                    inner.write_url();
                }
            })?;
        }
        {
            // "Choose" on any card: the app's navigation, unless the browser is asked for a new tab.
            let weak = Rc::downgrade(&inner);
            inner
                .listeners
                .borrow_mut()
                .on(&inner.body, "click", move |ev| {
                    let Some(inner) = weak.upgrade() else { return };
                    let link = ev
                        .target()
                        .and_then(|t| t.dyn_into::<Element>().ok())
                        .and_then(|t| t.closest("a[data-testid=choose-product]").ok().flatten());
                    if let (Some(link), true) = (link, plain_click(&ev)) {
                        ev.prevent_default();
                        (inner.address.go)(&link.get_attribute("href").unwrap_or_default());
                    }
                })?;
        }
        Inner::load(&inner);
        Ok(Self(inner))
    }

    /// Shows what the page's URL asks for (in the stage, after "Catalog", Back or Forward).
    pub fn follow_url(&self) {
        self.follow(&window().location().search().unwrap_or_default());
    }

    /// Shows what `query` (the address's, as its owner knows it) asks for. A field that already holds
    /// it is left alone (its caret stays where the customer is typing).
    pub fn follow(&self, query: &str) {
        let (q, category) = query::from_query(query);
        if self.0.search.value() != q {
            self.0.search.set_value(&q);
        }
        if self.0.category.value() != category {
            self.0.category.set_value(&category);
        }
        self.0.filter();
    }

    /// Calls `then` once the catalog has been shown, or has said why it cannot be.
    pub fn when_settled(&self, then: impl FnOnce() + 'static) {
        self.0.settled.set(Some(Box::new(then)));
    }
}

impl Inner {
    fn doc(&self) -> Document {
        self.body
            .owner_document()
            .expect("a rendered catalog has a document")
    }

    fn load(this: &Rc<Self>) {
        this.body.set_inner_html("");
        if let Ok(p) = el(&this.doc(), "p", "", &catalog::LOADING.text()) {
            let _ = p.set_attribute("aria-busy", "true");
            let _ = this.body.append_child(&p);
        }
        let weak = Rc::downgrade(this);
        let client = this.client.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = load(&client).await;
            // The view was dropped meanwhile: nothing to show.
            let Some(this) = weak.upgrade() else { return };
            let shown = match loaded {
                Ok(entries) => this.show(entries),
                Err(error) => this.fail(&weak, &error),
            };
            if let Err(e) = shown {
                web_sys::console::warn_2(&"catalog:".into(), &e);
            }
            if let Some(settled) = this.settled.take() {
                settled();
            }
        });
    }

    fn fail(&self, weak: &Weak<Self>, error: &ApiError) -> Result<(), JsValue> {
        self.body.set_inner_html("");
        let (notice, retry) = error_notice(
            &self.doc(),
            &catalog::NOT_LOADED.text(),
            error,
            "catalog-error",
        )?;
        self.body.append_child(&notice)?;
        let weak = weak.clone();
        let mut listeners = Listeners::default();
        listeners.on(&retry, "click", move |_| {
            if let Some(this) = weak.upgrade() {
                // Not dropped from inside its own call: the load replaces it once it is over.
                Inner::load(&this);
            }
        })?;
        // The previous notice's listener is not running now (this runs after a load).
        *self.retry.borrow_mut() = listeners;
        Ok(())
    }

    fn show(&self, entries: Vec<Entry>) -> Result<(), JsValue> {
        let doc = self.doc();
        self.body.set_inner_html("");
        let mut categories: Vec<String> = entries.iter().map(|e| e.spec.category.clone()).collect();
        categories.sort();
        categories.dedup();
        let (_, wanted) = from_url();
        let select: &Element = &self.category;
        while select.children().length() > 1 {
            if let Some(last) = select.last_element_child() {
                last.remove();
            }
        }
        for c in &categories {
            add(select, el(&doc, "option", "", c)?)?.set_attribute("value", c)?;
        }
        self.category.set_value(&wanted);
        let count = add(&self.body, el(&doc, "p", "hw-muted", "")?)?;
        attrs(
            &count,
            &[("role", "status"), ("data-testid", "catalog-count")],
        )?;
        let list = add(&self.body, el(&doc, "ul", "hw-catalog", "")?)?;
        list.set_attribute("data-testid", "catalog")?;
        let mut cards = Vec::with_capacity(entries.len());
        for entry in entries {
            let card = add(&list, card(&doc, &entry)?)?;
            cards.push((entry, card));
        }
        *self.cards.borrow_mut() = cards;
        *self.count.borrow_mut() = Some(count);
        *self.list.borrow_mut() = Some(list);
        self.filter();
        if !self.marked.replace(true) && !self.cards.borrow().is_empty() {
            // When the catalog first shows products: `cargo xtask bench` reads it (cold load →
            // interactive), and so can real-user monitoring.
            if let Some(p) = window().performance() {
                let _ = p.mark("hostway:catalog-interactive");
            }
        }
        Ok(())
    }

    /// Shows the cards that match the search and the category, in the catalog's order, and how many.
    /// Cards that stay where they are are not touched: a keystroke moves only what changed.
    fn filter(&self) {
        let q = crate::format::lower(&self.search.value());
        let words: Vec<&str> = q.split_whitespace().collect();
        let category = self.category.value();
        let list = self.list.borrow();
        let Some(list) = list.as_ref() else { return };
        let mut next = list.first_element_child();
        let mut shown = 0;
        for (entry, card) in self.cards.borrow().iter() {
            let here = next.as_ref() == Some(card);
            if matches(entry, &words, &category) {
                shown += 1;
                if here {
                    next = card.next_element_sibling();
                } else {
                    let _ = list.insert_before(card, next.as_ref().map(|n| n.as_ref()));
                }
            } else if card.parent_node().is_some() {
                if here {
                    next = card.next_element_sibling();
                }
                card.remove();
            }
        }
        if let Some(count) = self.count.borrow().as_ref() {
            count.set_text_content(Some(&catalog::COUNT.count(shown)));
        }
    }

    /// Puts the search and the category in the URL (replacing the entry), through its owner.
    fn write_url(&self) {
        (self.address.replace)(&query::with(&self.search.value(), &self.category.value()));
    }
}
