//! `hostway-sandbox`: the Hostway ordering API as its documentation describes it, on a local port.
//!
//! Request → trailing slash trimmed → CORS → fault injection → route handler (caller = OwnerId cookie
//! and/or Basic agent) → rules (pure) → store (SQLite) → response or the documented error envelope.
//! Provisioning runs beside it and moves submitted orders through their statuses.

pub mod auth;
pub mod catalog;
pub mod config;
pub mod cors;
pub mod demo;
pub mod error;
pub mod faults;
pub mod held;
pub mod links;
pub mod live;
pub mod model;
pub mod provisioning;
pub mod quote;
pub mod routes;
pub mod rules;
pub mod site;
pub mod store;
pub mod storefront;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use tokio::net::TcpListener;
use tower::Layer;
use tower_http::normalize_path::NormalizePathLayer;

pub use config::Config;
use faults::Faults;
use store::Store;

/// Everything a handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub store: Store,
    pub faults: Arc<Faults>,
    pub agents: Arc<auth::Agents>,
}

impl AppState {
    pub fn new(config: Config) -> Result<Self, store::StoreError> {
        let store = Store::open(&config.db_path())?;
        Ok(Self {
            faults: Arc::new(Faults::from_config(&config)),
            agents: Arc::new(auth::Agents::new(config.agent_list())),
            config: Arc::new(config),
            store,
        })
    }
}

/// The whole API as a router, so tests can drive it with `oneshot`. Every route answers with and
/// without a trailing slash: the documentation writes its links both ways (`/orders/{id}/quote/`), and
/// a client follows the links it is given.
pub fn app(state: AppState) -> Router {
    let api = routes::router(&state)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            faults::inject,
        ))
        .layer(axum::middleware::from_fn_with_state(
            if state.config.as_documented {
                cors::Origins::as_documented()
            } else {
                cors::Origins::new(&state.config.allow_origins)
            },
            cors::middleware,
        ))
        .with_state(state);
    Router::new().fallback_service(NormalizePathLayer::trim_trailing_slash().layer(api))
}

/// A running server: its address and a handle to stop it.
pub struct Server {
    pub addr: SocketAddr,
    shutdown: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

impl Server {
    /// Serves `router` on `listener` until [`Server::stop`], with client addresses available to handlers.
    pub fn spawn(listener: TcpListener, router: Router) -> std::io::Result<Self> {
        let addr = listener.local_addr()?;
        let (shutdown, stopped) = tokio::sync::oneshot::channel::<()>();
        let service = router.into_make_service_with_connect_info::<SocketAddr>();
        let task = tokio::spawn(async move {
            let served = axum::serve(listener, service)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
            if let Err(e) = served {
                tracing::error!("server on {addr}: {e}");
            }
        });
        Ok(Self {
            addr,
            shutdown,
            task,
        })
    }

    /// `http://localhost:PORT`: the origin browsers should use (same site as other localhost ports).
    pub fn url(&self) -> String {
        format!("http://localhost:{}", self.addr.port())
    }

    /// Stops accepting requests and waits for open ones to finish.
    pub async fn stop(self) {
        let _ = self.shutdown.send(());
        let _ = self.task.await;
    }
}

/// A running sandbox: the server, its state (tests inspect the store) and provisioning.
pub struct Sandbox {
    pub server: Server,
    pub state: AppState,
    provisioning: tokio::task::JoinHandle<()>,
}

impl Sandbox {
    pub fn url(&self) -> String {
        self.server.url()
    }

    pub async fn stop(self) {
        self.provisioning.abort();
        self.server.stop().await;
    }
}

/// Binds `config.listen`, starts provisioning and serves until [`Sandbox::stop`].
pub async fn start(config: Config) -> Result<Sandbox, Box<dyn std::error::Error + Send + Sync>> {
    catalog::grow_to(config.catalog_size);
    let state = AppState::new(config)?;
    let listener = TcpListener::bind(state.config.listen).await?;
    let server = Server::spawn(listener, app(state.clone()))?;
    let provisioning = provisioning::spawn(state.clone());
    Ok(Sandbox {
        server,
        state,
        provisioning,
    })
}

/// Serves a built app folder (see [`site`]) on `listen`.
pub async fn start_site(
    config: &site::SiteConfig,
    listen: SocketAddr,
) -> Result<Server, Box<dyn std::error::Error + Send + Sync>> {
    let router = site::router(config)?;
    let listener = TcpListener::bind(listen).await?;
    Ok(Server::spawn(listener, router)?)
}
