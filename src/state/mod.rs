//! What outlives a view: the app context (config, API client, API health) and the order session.

pub mod drafts;
pub mod order;
pub mod timer;

use leptos::prelude::*;

use crate::api::health::{self, Health};
use crate::api::Client;
use crate::config::Config;

/// Cross-cutting state, provided once at the root.
#[derive(Clone)]
pub struct AppContext {
    pub config: Config,
    pub client: Client,
    /// The live API indicator.
    pub health: RwSignal<Health>,
}

impl AppContext {
    pub fn new(config: Config) -> Self {
        Self {
            client: Client::new(config.api_base.clone()),
            config,
            health: RwSignal::new(Health::Checking),
        }
    }

    /// Re-runs the health check in the background.
    pub fn recheck(&self) {
        let client = self.client.clone();
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
