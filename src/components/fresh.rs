//! A view drawn anew each time it changes: [`Fresh`], the app's type-erased view. Leptos's `AnyView`
//! keeps, for every type erased, both the code that draws it and the code that patches one drawing
//! into the next; the patching is the larger and, where a branch or a notice comes and goes, never
//! pays for itself. `Fresh` keeps only the drawing: when its closure runs again, the new drawing
//! takes the old one's place. Measured on the app modules: see the README's size levers.
//!
//! Use it where `into_any()` would be: for the branches of a reactive closure, never around a field
//! that is being typed in (a redraw would take the caret away). Attributes spread onto a `Fresh`
//! are not applied.

use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::{Element, Node, Placeholder};
use leptos::tachys::renderer::Rndr;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use send_wrapper::SendWrapper;

type Draw = Box<dyn FnOnce() -> FreshState>;

/// A view drawn anew on each change (see the module's words).
pub struct Fresh(SendWrapper<Draw>);

/// The drawing of a [`Fresh`]: the view's own state, and a marker where the view draws nothing.
pub struct FreshState {
    inner: Box<dyn Mountable>,
    placeholder: Option<Placeholder>,
}

/// Erases a view's type into a [`Fresh`].
pub trait IntoFresh {
    fn fresh(self) -> Fresh;
}

impl<V: RenderHtml + 'static> IntoFresh for V {
    fn fresh(self) -> Fresh {
        Fresh(SendWrapper::new(Box::new(move || FreshState {
            placeholder: (!V::EXISTS).then(Rndr::create_placeholder),
            inner: Box::new(self.build()),
        })))
    }
}

impl Render for Fresh {
    type State = FreshState;

    fn build(self) -> FreshState {
        (self.0.take())()
    }

    fn rebuild(self, state: &mut FreshState) {
        let mut new = self.build();
        match &mut state.placeholder {
            Some(placeholder) => {
                placeholder.insert_before_this(&mut new);
                placeholder.unmount();
            }
            None => {
                state.inner.insert_before_this(&mut new);
            }
        }
        state.unmount();
        *state = new;
    }
}

impl Mountable for FreshState {
    fn unmount(&mut self) {
        self.inner.unmount();
        if let Some(placeholder) = &mut self.placeholder {
            placeholder.unmount();
        }
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        self.inner.mount(parent, marker);
        if let Some(placeholder) = &mut self.placeholder {
            placeholder.mount(parent, marker);
        }
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        match &self.placeholder {
            Some(placeholder) => placeholder.insert_before_this(child),
            None => self.inner.insert_before_this(child),
        }
    }

    fn elements(&self) -> Vec<Element> {
        self.inner.elements()
    }
}

impl AddAnyAttr for Fresh {
    type Output<SomeNewAttr: Attribute> = Fresh;

    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Fresh {
        self
    }
}

/// The app renders in the browser only: no HTML is made on a server, nothing is hydrated.
impl RenderHtml for Fresh {
    type AsyncOutput = Self;
    type Owned = Self;
    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }

    fn to_html_with_buf(
        self,
        _buf: &mut String,
        _position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) {
        unreachable!("the app is rendered in the browser only")
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        _cursor: &Cursor,
        _position: &PositionState,
    ) -> FreshState {
        unreachable!("the app is rendered in the browser only")
    }

    fn into_owned(self) -> Self {
        self
    }
}
