//! The agent portal's sign-in stage: what `agent/index.html` downloads first (its own small module,
//! `src/dom/bin/sign_in.rs`): the page's frame (`crate::stage`) around the sign-in form. The
//! credentials are checked against the API here; once accepted, the portal's module is loaded and
//! mounted in the stage's place with them, in memory (a function's arguments: never stored, sent to the
//! API only). The portal's own sign-in (after "Sign out") is the `SignIn` component; both say the same.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement};

use crate::agent::{sign_in, sign_in_problems};
use crate::api::Client;
use crate::dom::{add, attrs, el, go_to_problem, show_problems, text_field, Listeners};
use crate::i18n::agent;
use crate::stage::{self, Content, Handover, Stage};

/// Mounts the sign-in stage on `<body>`; see [`stage::mount`] for `handover` and `usable` (the form is
/// usable once drawn).
pub fn mount(
    handover: js_sys::Function,
    usable: Option<js_sys::Function>,
) -> Result<Stage, JsValue> {
    stage::mount(handover, usable, |main, client, handover| {
        let keep = Box::new(form(main, client, handover.clone())?);
        handover.usable();
        Ok(Content { keep, home: None })
    })
}

fn input(form: &Element, id: &str) -> Result<HtmlInputElement, JsValue> {
    form.query_selector(&format!("#{id}"))?
        .ok_or("no such field")?
        .dyn_into()
        .map_err(Into::into)
}

/// The sign-in form; returns the listeners it needs.
fn form(
    main: &Element,
    client: Client,
    handover: Handover,
) -> Result<Rc<RefCell<Listeners>>, JsValue> {
    let doc = main.owner_document().ok_or("no document")?;
    add(main, el(&doc, "h1", "", &agent::SIGN_IN_TITLE.text())?)?;
    let summary = add(main, el(&doc, "div", "", "")?)?;
    let form = add(main, el(&doc, "form", "hw-card hw-form", "")?)?;
    attrs(
        &form,
        &[
            ("aria-label", &agent::SIGN_IN_TITLE.text()),
            ("novalidate", ""),
            ("data-testid", "agent-sign-in"),
            // The boot script fetches the portal ahead once the form is used.
            ("data-prefetch-app", ""),
        ],
    )?;
    add(
        &form,
        text_field(
            &doc,
            "agent-user",
            &agent::USER_NAME.text(),
            "text",
            "username",
        )?,
    )?;
    add(
        &form,
        text_field(
            &doc,
            "agent-password",
            &agent::PASSWORD.text(),
            "password",
            "current-password",
        )?,
    )?;
    add(&form, el(&doc, "p", "hw-muted", &agent::NOT_KEPT.text())?)?;
    let button = add(
        &form,
        el(&doc, "button", "hw-button", &agent::SIGN_IN.text())?,
    )?;
    attrs(
        &button,
        &[("type", "submit"), ("data-testid", "agent-submit")],
    )?;
    let (user, password) = (input(&form, "agent-user")?, input(&form, "agent-password")?);

    let listeners = Rc::new(RefCell::new(Listeners::default()));
    // The summary's links take the focus to their field (and leave the URL alone), as the apps' do.
    listeners.borrow_mut().on(&summary, "click", move |ev| {
        let link = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
        let anchor = link.as_ref().and_then(|a| a.get_attribute("href"));
        if let (Some(link), Some(id)) = (&link, anchor.as_deref().and_then(|a| a.strip_prefix('#')))
        {
            if go_to_problem(link, id) {
                ev.prevent_default();
            }
        }
    })?;
    let pending = Rc::new(std::cell::Cell::new(false));
    listeners
        .borrow_mut()
        .on(&form.clone(), "submit", move |ev| {
            ev.prevent_default();
            if pending.get() {
                return;
            }
            let (u, p) = (user.value(), password.value());
            let problems: Vec<(&str, String)> = sign_in_problems(&u, &p)
                .into_iter()
                .map(|(field, said)| (field, said.text()))
                .collect();
            let _ = show_problems(&summary, &form, &problems);
            if !problems.is_empty() {
                return;
            }
            pending.set(true);
            let _ = button.set_attribute("aria-disabled", "true");
            button.set_text_content(Some(&agent::CHECKING.text()));
            let (client, handover, pending) = (client.clone(), handover.clone(), pending.clone());
            let (summary, form, button, password) = (
                summary.clone(),
                form.clone(),
                button.clone(),
                password.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let opened = match sign_in(&client, &u, &p).await {
                    Ok(session) => {
                        handover
                            .call(None, &[&session.user.into(), &p.into()])
                            .await
                    }
                    Err(e) => {
                        // A refused password is not kept in the field.
                        password.set_value("");
                        let _ = show_problems(&summary, &form, &[("agent-password", e.reason())]);
                        false
                    }
                };
                // Once opened, the portal stands in this stage's place.
                if !opened {
                    pending.set(false);
                    let _ = button.remove_attribute("aria-disabled");
                    button.set_text_content(Some(&agent::SIGN_IN.text()));
                }
            });
        })?;
    Ok(listeners)
}
