//! Step 3: contacts. The regular contact is required; billing, administrator and technical can be the same.

use crate::components::fresh::IntoFresh;
use hostway_core::i18n::{contacts, form, payment};
use leptos::prelude::*;

use super::agreed_words::contact_title;
use super::{Continue, GoOn};
use crate::components::country::browser_country;
use crate::components::{use_form, CountryField, ErrorSummary, Problem, TextField};
use crate::state::order::use_order;
use crate::state::{drafts, use_app};
use hostway_core::api::all::{all, boxed};
use hostway_core::api::model::account::{Address, Contact, ContactMedia, ContactName};
use hostway_core::api::{account, ApiError};
use hostway_core::rules::{self, Check};

use hostway_core::api::model::account::OTHER_CONTACT_TYPES as OTHER_TYPES;

/// The id prefix of a contact type's fields: `contact-` for regular, `contact-billing-` etc.
pub fn prefix(kind: &str) -> String {
    if kind == "regular" {
        "contact-".into()
    } else {
        format!("contact-{kind}-")
    }
}

/// Checks a contact; anchors are `<prefix><field>`.
pub fn check(c: &Contact, prefix: &str) -> Vec<Problem> {
    let rows: [(&str, Check); 9] = [
        ("firstName", rules::person_name(&c.name.first_name)),
        ("lastName", rules::person_name(&c.name.last_name)),
        ("company", rules::company(&c.name.company)),
        ("street1", rules::required(&c.address.street1)),
        ("city", rules::city(&c.address.city)),
        ("postalCode", rules::required(&c.address.postal_code)),
        ("countryCode", rules::country_code(&c.address.country_code)),
        ("email1", rules::email(&c.contact_media.email1)),
        ("phone1", rules::phone(&c.contact_media.phone1)),
    ];
    rows.into_iter()
        .filter_map(|(f, r)| r.err().map(|e| Problem::new(format!("{prefix}{f}"), e)))
        .collect()
}

/// API problems onto the form: `name.firstName` → `contact-firstName`; the coded phone message → phone1.
pub fn problems_from(e: &ApiError, prefix: &str) -> Vec<Problem> {
    match e.fault() {
        Some(f) if !f.details.is_empty() => f
            .details
            .iter()
            .map(|(k, v)| {
                Problem::new(
                    format!("{prefix}{}", k.rsplit('.').next().unwrap_or(k)),
                    v.clone(),
                )
            })
            .collect(),
        Some(f) if f.message.contains("contact_error") => {
            vec![Problem::new(format!("{prefix}phone1"), f.message.clone())]
        }
        _ => vec![Problem::new(format!("{prefix}save"), e.to_string())],
    }
}

#[component]
pub fn ContactsStep() -> impl IntoView {
    let (app, order) = (use_app(), use_order());
    let client = app.client();
    // The order's contacts as the API has them, by type: read once for all the step's forms, which are
    // drawn once it is in (each starts from its own type's, or from what was typed).
    let stored = crate::state::tasks::load(move || {
        let (client, id) = (client.clone(), order.id.get().unwrap_or_default());
        async move { account::contacts(&client, &id).await.unwrap_or_default() }
    });
    move || {
        let Some(stored) = stored.get() else {
            return view! { <p aria-busy="true">{contacts::LOADING.text()}</p> }.fresh();
        };
        let of = move |kind: &str| stored.get(kind).cloned();
        view! {
            <ContactForm kind="regular" on_file=of("regular")/>
            <section class="hw-card" aria-labelledby="other-contacts">
                <h2 id="other-contacts">{contacts::OTHERS.text()}</h2>
                <p class="hw-muted">{contacts::OTHERS_HINT.text()}</p>
                {OTHER_TYPES.iter().map(|kind| view! {
                    <details data-testid=format!("contact-{kind}")>
                        <summary>{contact_title(kind)}</summary>
                        <ContactForm kind=kind on_file=of(kind)/>
                    </details>
                }).collect_view()}
            </section>
        }
        .fresh()
    }
}

/// One contact type's form. The regular one can be copied to the other types.
#[component]
fn ContactForm(kind: &'static str, on_file: Option<Contact>) -> impl IntoView {
    // Saved now, or already on file: a reload of a saved step still leads on.
    let was_on_file = on_file.is_some();
    let app = use_app();
    let order = use_order();
    let px = prefix(kind);
    let regular = kind == "regular";
    // What was typed, else this type's contact on file.
    let d: Contact = drafts::load(&format!("contact.{kind}"))
        .filter(|d: &Contact| !d.name.first_name.is_empty())
        .or(on_file)
        .unwrap_or_default();
    let f = |v: &str| RwSignal::new(v.to_string());
    let (first, last, company) = (
        f(&d.name.first_name),
        f(&d.name.last_name),
        f(&d.name.company),
    );
    let (street, city, state, postal) = (
        f(&d.address.street1),
        f(&d.address.city),
        f(&d.address.state_or_province),
        f(&d.address.postal_code),
    );
    let country = f(&if d.address.country_code.is_empty() {
        browser_country()
    } else {
        d.address.country_code.clone()
    });
    let (email, phone) = (f(&d.contact_media.email1), f(&d.contact_media.phone1));
    let same = RwSignal::new(regular);
    // One form for every type ("the same" ticked): saving it ends the step. Otherwise each type is saved
    // on its own and "Continue" follows.
    let one_form = move || regular && same.get();
    let go_on = GoOn::new("contacts");
    let contact = move || Contact {
        name: ContactName {
            first_name: first.get(),
            last_name: last.get(),
            company: company.get(),
            ..Default::default()
        },
        address: Address {
            street1: street.get(),
            city: city.get(),
            state_or_province: state.get(),
            postal_code: postal.get(),
            country_code: country.get(),
            ..Default::default()
        },
        contact_media: ContactMedia {
            email1: email.get(),
            phone1: phone.get(),
            ..Default::default()
        },
    };
    drafts::keep(format!("contact.{kind}"), contact);
    let save = use_form(
        move |(c, _): &(Contact, bool)| check(c, &prefix(kind)),
        move |(c, same): (Contact, bool)| {
            let (app, go_on) = (app.clone(), go_on.clone());
            async move {
                let id = order.id.get_untracked().unwrap_or_default();
                let client = app.client();
                // This type and, when the others are the same, theirs: independent PUTs, all at once.
                // The first error (this type's before the others') is the one shown.
                let kinds =
                    std::iter::once(kind).chain(OTHER_TYPES.iter().copied().filter(|_| same));
                all(kinds
                    .map(|t| boxed(account::put_contact(&client, &id, t, &c)))
                    .collect())
                .await
                .into_iter()
                .collect::<Result<Vec<()>, _>>()?;
                order.touch();
                if regular && same {
                    go_on.go();
                }
                Ok(())
            }
        },
        move |e| problems_from(e, &prefix(kind)),
    );
    let problems = save.problems;
    let saved = move || was_on_file || save.saved().get().is_some();
    let err = {
        let px = px.clone();
        move |field: &str| save.error(format!("{px}{field}"))
    };
    let submit = save.on_submit(move || (contact(), same.get_untracked()));
    let id = |field: &str| format!("{px}{field}");
    // Each form by its type, so screen readers (and tests) tell them apart.
    let title = if regular {
        contacts::CONTACT.text()
    } else {
        contact_title(kind)
    };
    let testid = move |name: &str| {
        if regular {
            name.to_string()
        } else {
            format!("{name}-{kind}")
        }
    };
    view! {
        <ErrorSummary problems=problems/>
        <form class="hw-card hw-form" on:submit=submit novalidate data-testid=testid("contact-form")
            aria-labelledby=id("title")>
            <h2 id=id("title")>{title.clone()}</h2>
            <TextField id=id("firstName") label=contacts::FIRST_NAME.text() value=first error=err("firstName") autocomplete="given-name"/>
            <TextField id=id("lastName") label=contacts::LAST_NAME.text() value=last error=err("lastName") autocomplete="family-name"/>
            <TextField id=id("company") label=contacts::COMPANY.text() value=company error=err("company") autocomplete="organization"/>
            <TextField id=id("street1") label=payment::STREET.text() value=street error=err("street1") autocomplete="address-line1"/>
            <TextField id=id("city") label=payment::CITY.text() value=city error=err("city") autocomplete="address-level2"/>
            <TextField id=id("stateOrProvince") label=contacts::STATE.text() value=state autocomplete="address-level1"/>
            <TextField id=id("postalCode") label=payment::POSTAL.text() value=postal error=err("postalCode") autocomplete="postal-code"/>
            <CountryField id=id("countryCode") label=payment::COUNTRY.text() value=country error=err("countryCode") autocomplete="country"/>
            <TextField id=id("email1") label=contacts::EMAIL.text() kind="email" value=email error=err("email1") autocomplete="email"/>
            <TextField id=id("phone1") label=contacts::PHONE.text() kind="tel" value=phone error=err("phone1") autocomplete="tel"/>
            {regular.then(|| view! {
                <div class="hw-field">
                    <input type="checkbox" id="contact-same" prop:checked=move || same.get() on:change=move |ev| same.set(event_target_checked(&ev))/>
                    <label for="contact-same">{contacts::SAME.text()}</label>
                </div>
            })}
            {move || (saved().then(|| view! {
                <p class="hw-notice hw-notice--ok" role="status" data-testid=testid("contact-saved")>
                    {if regular { contacts::SAVED_REGULAR.text() } else { contacts::SAVED.text() }}
                </p>
            })).fresh()}
            <p id=id("save") class="hw-actions">
                <button type="submit" class="hw-button" data-testid=testid("save-contact") aria-disabled=move || save.pending().get().to_string()>
                    {move || if save.pending().get() { form::SAVING.text() } else if one_form() { form::SAVE_CONTINUE.text() } else { form::SAVE.text() }}
                    {(!regular).then(|| view! { <span class="hw-visually-hidden">{format!(" {}", contacts::SAVE_WHICH.fill(&[("contact", &hostway_core::format::in_sentence(&title))]))}</span> })}
                </button>
                // Back to a step done, or each type saved on its own: the next step without saving again.
                {move || ((regular && saved()).then(|| {
                    view! { <Continue step="contacts" unchanged=one_form()/> }
                })).fresh()}
            </p>
        </form>
    }
}
