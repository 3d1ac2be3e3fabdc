//! Background provisioning: a submitted order stays `Processing` for the configured delay, then becomes
//! `Completed` (a new account gets its account number) or, with provisioning failure injected, `Failed`
//! with a reason. Progress is computed from stored timestamps, so it survives a restart.

use std::time::Duration;

use serde_json::json;

use crate::model::{now_ms, status};
use crate::AppState;

pub const FAILURE_REASON: &str =
    "Provisioning failed: the backend rejected the order (injected fault)";

pub fn spawn(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_millis(50));
        loop {
            tick.tick().await;
            if let Err(e) = step(&state) {
                tracing::warn!("provisioning: {e:?}");
            }
        }
    })
}

/// Finishes every order whose delay has passed. Public so tests can drive it without waiting.
pub fn step(state: &AppState) -> crate::error::ApiResult<usize> {
    let delay = state.faults.provision_ms();
    let fail = state.faults.fail_provisioning();
    let now = now_ms();
    let mut finished = 0;
    for order in state.store.with_status(status::PROCESSING)? {
        if order.submitted_ms.is_some_and(|t| now >= t + delay) {
            let number = state.store.update(&order.id, |o| {
                if fail {
                    o.status = status::FAILED.into();
                    o.failure = Some(FAILURE_REASON.into());
                    return Ok(None);
                }
                o.status = status::COMPLETED.into();
                let account = o.account.as_mut();
                let number = account.map(|a| {
                    a.number
                        .get_or_insert_with(|| {
                            format!("acct{}", rand::random_range(100_000..999_999))
                        })
                        .clone()
                });
                Ok(number.map(|n| (n, o.account.clone())))
            })?;
            if let Some((number, Some(account))) = number {
                if !account.existing {
                    state.store.save_account(
                        &number,
                        &json!({"currency": account.currency, "status": "open", "order": order.id,
                                "contacts": account.contacts}),
                    )?;
                }
            }
            finished += 1;
        }
    }
    Ok(finished)
}
