//! "Ordering for acct100001 (Ana Lopez)": on every page of an agent's order on an account's behalf
//! (the catalog, a product, each step, the review, and the placed order's status), the account it is
//! for, the way back to it and the agent's sign-out.

use crate::nav::{use_nav, Link};
use leptos::prelude::*;

use crate::state::agent::{holder_name, OnBehalf};
use crate::state::order::use_order;
use crate::state::use_app;
use hostway_core::api::{account, accounts};
use hostway_core::i18n::agent;

#[component]
pub fn OnBehalfBanner() -> impl IntoView {
    let (app, order) = (use_app(), use_order());
    let navigate = use_nav();
    recover();
    // Shown for the open order it concerns, and on that order's status page once placed.
    let shown = {
        let (app, navigate) = (app.clone(), navigate.clone());
        move || {
            let ob = app.on_behalf_of.get()?;
            let user = app.agent.with(|a| a.as_ref().map(|a| a.user.clone()))?;
            let path = navigate.path();
            let placed = path == format!("/orders/{}", ob.order_id);
            let open = order
                .id
                .with(|id| id.as_deref() == Some(ob.order_id.as_str()));
            (placed || (open && !path.starts_with("/agent"))).then_some((ob, user, placed))
        }
    };
    move || {
        shown().map(|(ob, user, placed)| {
            let (app, navigate) = (app.clone(), navigate.clone());
            let sign_out = move |_| {
                app.sign_out();
                navigate.go("/agent");
            };
            view! {
                // A card's spacing and the notice's mark: no stylesheet of its own, since the sign-in page shares them.
                <aside class="hw-card hw-notice hw-wrap" aria-label=agent::FOR_WHOM.text() data-testid="on-behalf">
                    {if placed { agent::ORDERED_FOR.text() } else { agent::ORDERING_FOR.text() }} " "
                    <strong data-testid="on-behalf-account">{ob.words()}</strong>
                    <br/>
                    <Link href=format!("/agent/accounts/{}", ob.number) attr:data-testid="on-behalf-back">{agent::BACK.text()}</Link>
                    <span class="hw-muted">" · " {agent::SIGNED_IN_AS.text()} " " {user} " · "</span>
                    <button type="button" class="hw-health__retry" data-testid="on-behalf-sign-out" on:click=sign_out>{agent::SIGN_OUT.text()}</button>
                </aside>
            }
        })
    }
}

/// When the account is not known for the open order (an order opened before the tab said whom it is
/// for, or in another tab): the open order's own account says whom it is for (one read of the order's
/// account and one of the account's contacts, once per order).
fn recover() {
    let (app, order) = (use_app(), use_order());
    Effect::new(move |tried: Option<Option<String>>| {
        let signed_in = app.agent.with(Option::is_some);
        let id = order.id.get();
        let known = app
            .on_behalf_of
            .with(|o| o.as_ref().map(|o| &o.order_id) == id.as_ref());
        let tried = tried.flatten();
        if !signed_in || known || id.is_none() || id == tried {
            return tried;
        }
        let (app, order_id) = (app.clone(), id.clone().unwrap_or_default());
        leptos::task::spawn_local(async move {
            let client = app.client();
            let Ok(Some(number)) = account::get(&client, &order_id).await.map(|a| a.number) else {
                return;
            };
            let name = accounts::contacts(&client, &number)
                .await
                .map(|c| holder_name(&c))
                .unwrap_or_default();
            app.order_for(Some(OnBehalf {
                number,
                name,
                order_id,
            }));
        });
        id
    });
}
