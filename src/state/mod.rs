//! What outlives a view: the app context (config, API client, API health) and the order session.

pub mod agent;
pub mod drafts;
pub mod events;
pub mod order;
pub mod timer;
pub mod watch;

use leptos::prelude::*;

use crate::api::health::{self, Health};
use crate::api::Client;
use crate::config::Config;
use agent::AgentSession;

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
    /// Orders the agent placed in this tab.
    pub placed: RwSignal<Vec<String>>,
}

impl AppContext {
    pub fn new(config: Config) -> Self {
        Self {
            anonymous: Client::new(config.api_base.clone()),
            config,
            health: RwSignal::new(Health::Checking),
            agent: RwSignal::new(None),
            placed: RwSignal::new(Vec::new()),
        }
    }

    /// The client for the current user: the agent's (Basic credentials, to the configured API only)
    /// when one is signed in, else the anonymous one.
    pub fn client(&self) -> Client {
        self.agent
            .with_untracked(|a| a.as_ref().map(|a| a.client.clone()))
            .unwrap_or_else(|| self.anonymous.clone())
    }

    /// Re-runs the health check in the background.
    pub fn recheck(&self) {
        let client = self.anonymous.clone();
        let health = self.health;
        health.set(Health::Checking);
        leptos::task::spawn_local(async move {
            let result = health::check(&client).await;
            // A cookie problem found by the order flow stays until the next successful order round trip.
            if !(result == Health::Ok && health.get_untracked() == Health::CookiesRefused) {
                health.set(result);
            }
        });
    }
}

/// The app context; panics when used outside `<App>` (a programming error).
pub fn use_app() -> AppContext {
    expect_context::<AppContext>()
}
