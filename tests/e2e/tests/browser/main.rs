//! The browser suite, one test binary: every file a module (one link instead of twenty, and the tests
//! of all files share the harness's threads, so independent tests run side by side: `cargo xtask test`
//! runs them `--test-threads=3`, each test with its own sandbox, servers, chromedriver and profile).
//! `cargo test -p hostway-e2e --test browser -- <name>` runs one.

mod accessibility;
mod agent;
mod agent_sign_in;
mod bad_input;
mod checkout;
mod checkout_module;
mod customer;
mod deploy;
mod entry_points;
mod faults;
mod handover;
mod kinds;
mod languages;
mod misbehaving_api;
mod offline;
mod refused_origin;
mod resilience;
mod shell;
mod submit_once;
mod widget;
mod widget_lifecycle;
mod xss;
