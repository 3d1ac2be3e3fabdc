//! What outlives a view: the app context (config, API client, API health) and the order session.

pub mod agreed;
pub mod cart;
pub mod conflict;
pub mod drafts;
pub mod events;
pub mod names;
pub mod open_order;
pub mod order;
mod per_change;
pub mod placed;
pub mod receipts;
pub mod stored;
pub mod tasks;
pub mod watch;

pub use hostway_core::agent;

use leptos::prelude::*;

use agent::{AgentSession, OnBehalf};
use hostway_core::api::health::{self, Health};
use hostway_core::api::Client;
use hostway_core::config::Config;

/// Which audience a page is built for: each is its own binary and page, so customers never download
/// the agent portal and shops' widgets neither (see the README's "Entry points"). Provided
/// as context by the app's root; the header asks it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// `index.html`: the catalog, the product pages, the order builder, the status page.
    Customer,
    /// `agent/index.html`: the agent portal, and the same catalog and builder for orders on behalf.
    Agent,
}

/// Ties the client's reads and the timers to the reactive owner current when they start: a view's
/// cleanup aborts its reads and wakes its waits (see `hostway_core::scope`).
fn tie_to_owner(f: Box<dyn FnOnce()>) -> bool {
    if Owner::current().is_none() {
        return false;
    }
    let f = send_wrapper::SendWrapper::new(f);
    Owner::on_cleanup(move || (f.take())());
    true
}

/// Cross-cutting state, provided once at the root.
#[derive(Clone)]
pub struct AppContext {
    pub config: Config,
    /// The anonymous client (the browser's cookie only).
    anonymous: Client,
    /// The live API indicator.
    pub health: RwSignal<Health>,
    /// The signed-in agent, in memory only: gone on reload or sign-out.
    pub agent: RwSignal<Option<AgentSession>>,
    /// Orders agents placed in this tab (kept in `sessionStorage`: no secret, see [`placed`]).
    pub placed: RwSignal<Vec<placed::PlacedOrder>>,
    /// The account an agent is ordering for through the catalog and builder, and that order, if any.
    pub on_behalf_of: RwSignal<Option<OnBehalf>>,
}

impl AppContext {
    pub fn new(config: Config) -> Self {
        hostway_core::scope::set(tie_to_owner);
        let health = RwSignal::new(Health::Checking);
        Self {
            anonymous: health::observed(
                Client::new(config.api_base.clone()).with_backoff(config.retry),
                Shown(health),
            ),
            config,
            health,
            agent: RwSignal::new(None),
            placed: RwSignal::new(placed::load()),
            on_behalf_of: RwSignal::new(None),
        }
    }

    /// The client for the current user: the agent's (Basic credentials, to the configured API only)
    /// when one is signed in, else the anonymous one.
    pub fn client(&self) -> Client {
        self.agent
            .with_untracked(|a| a.as_ref().map(|a| a.client.clone()))
            .unwrap_or_else(|| self.anonymous.clone())
    }

    /// Records an order the signed-in agent placed (id, account, what; no secret) for this tab.
    pub fn record_placed(&self, id: &str, account: &str, what: impl Into<String>) {
        let Some(agent) = self
            .agent
            .with_untracked(|a| a.as_ref().map(|a| a.user.clone()))
        else {
            return;
        };
        let order = placed::PlacedOrder::now(id, &agent, account, what);
        self.placed.update(|list| {
            *list = placed::with(std::mem::take(list), order);
            placed::save(list);
        });
    }

    /// Records an order placed for an existing account and keeps whom it is for, so that its status
    /// page names the account and leads back to it.
    pub fn placed_for(&self, on_behalf: OnBehalf, what: impl Into<String>) {
        self.record_placed(&on_behalf.order_id, &on_behalf.number, what);
        self.order_for(Some(on_behalf));
    }

    /// Says whom the agent orders for (and the order), kept for the tab ([`placed::for_whom`]).
    pub fn order_for(&self, on_behalf: Option<OnBehalf>) {
        placed::keep_for_whom(on_behalf.as_ref());
        self.on_behalf_of.set(on_behalf);
    }

    /// Signs the agent out: the credentials and the tab's list of placed orders are forgotten.
    pub fn sign_out(&self) {
        self.agent.set(None);
        self.order_for(None);
        self.placed.set(Vec::new());
        placed::clear();
    }

    /// Re-runs the health check in the background.
    pub fn recheck(&self) {
        health::recheck(&self.anonymous, Shown(self.health));
    }
}

/// The API indicator's state as the apps keep it: a signal the header's message follows.
#[derive(Clone, Copy)]
struct Shown(RwSignal<Health>);

impl health::Indicator for Shown {
    fn get(&self) -> Health {
        self.0.get_untracked()
    }

    fn set(&self, health: Health) {
        self.0.set(health);
    }
}

/// The app context; panics when used outside `<App>` (a programming error).
pub fn use_app() -> AppContext {
    expect_context::<AppContext>()
}
