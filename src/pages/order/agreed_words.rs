//! What the order holds, in the words the review shows beside each part: the account, the contacts,
//! the card.

use crate::state::agreed::Agreed;
use hostway_core::format::capitalised;
use hostway_core::i18n::{contacts, review};

/// "Billing contact": a contact's title by its type (`billing`), in the page's language.
pub fn contact_title(kind: &str) -> String {
    match kind {
        "billing" => contacts::BILLING.text(),
        "administrator" => contacts::ADMINISTRATOR.text(),
        "technical" => contacts::TECHNICAL.text(),
        other => capitalised(other),
    }
}

/// "User name shop.owner · US dollar (USD) · English (United States)".
pub fn account_words(a: &Agreed) -> String {
    match &a.account {
        Some(account) if account.existing.is_some() => {
            review::EXISTING.fill(&[("number", account.existing.as_deref().unwrap_or_default())])
        }
        Some(account) => [
            account
                .user_name
                .as_ref()
                .map_or(review::NO_USER.text(), |u| {
                    review::USER.fill(&[("name", u)])
                }),
            super::account::currency_name(&account.currency),
            super::account::language_name(&account.language).to_string(),
        ]
        .join(" · "),
        None => review::NOT_SET_UP.text(),
    }
}

/// Each contact's name and email; the other types said once when they are the regular one's.
pub fn contacts_words(a: &Agreed) -> String {
    let person = |c: &hostway_core::api::model::account::Contact| {
        format!(
            "{} {} · {}",
            c.name.first_name, c.name.last_name, c.contact_media.email1
        )
    };
    let Some(regular) = a.contacts.get("regular") else {
        return review::NO_CONTACT.text();
    };
    let others = hostway_core::api::model::account::OTHER_CONTACT_TYPES;
    let same = others.iter().all(|t| a.contacts.get(*t) == Some(regular));
    let mut lines = vec![format!(
        "{}{}",
        person(regular),
        if same {
            format!(" {}", review::ALSO_ALL.text())
        } else {
            String::new()
        }
    )];
    if !same {
        for t in others {
            if let Some(c) = a.contacts.get(*t).filter(|c| *c != regular) {
                lines.push(format!("{}: {}", contact_title(t), person(c)));
            }
        }
    }
    lines.join("; ")
}

/// The card and the billing address typed in this browser.
pub fn payment_words(a: &Agreed) -> String {
    let Some(card) = &a.card else {
        return review::NO_CARD.text();
    };
    let address = super::payment::billing_address_words();
    if address.is_empty() {
        super::payment::card_words(card)
    } else {
        review::BILLED_TO.fill(&[
            ("card", &super::payment::card_words(card)),
            ("address", &address),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::agreed::Account;
    use hostway_core::api::model::account::Contact;

    fn contact(first: &str, email: &str) -> Contact {
        let mut c = Contact::default();
        c.name.first_name = first.into();
        c.name.last_name = "Lopez".into();
        c.contact_media.email1 = email.into();
        c
    }

    #[test]
    fn the_review_says_what_the_order_holds() {
        let existing = Agreed {
            account: Some(Account {
                existing: Some("acct100001".into()),
                ..Default::default()
            }),
            ..Default::default()
        };
        assert_eq!(
            account_words(&existing),
            "The existing account acct100001: its details are on file."
        );
        assert_eq!(contacts_words(&existing), "No contact yet.");
        let mut a = Agreed::default();
        for t in ["regular", "billing", "administrator", "technical"] {
            a.contacts.insert(t.into(), contact("Ana", "ana@x.com"));
        }
        assert_eq!(
            contacts_words(&a),
            "Ana Lopez · ana@x.com (also billing, administrator and technical contact)"
        );
        a.contacts
            .insert("billing".into(), contact("Bill", "bill@x.com"));
        assert_eq!(
            contacts_words(&a),
            "Ana Lopez · ana@x.com; Billing contact: Bill Lopez · bill@x.com"
        );
        assert_eq!(contact_title("technical"), "Technical contact");
        assert_eq!(contact_title("reseller"), "Reseller");
    }
}
