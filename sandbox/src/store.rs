//! SQLite persistence: one row per order holding its JSON document, plus the accounts that provisioning
//! created. A restart loses no order, owner or status.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{ApiError, ApiResult};
use crate::model::{status, Order};

#[derive(Clone)]
pub struct Store {
    conn: Arc<Mutex<Connection>>,
}

#[derive(Debug)]
pub struct StoreError(String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "sandbox database: {}", self.0)
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        Self(e.to_string())
    }
}

/// Storage faults are the sandbox's own failure: a 502, never a leak of the database's text.
fn backend(e: impl std::fmt::Display) -> ApiError {
    tracing::error!("store: {e}");
    ApiError::BadGateway("Unexpected backend response".into())
}

impl Store {
    /// Opens (creating when needed) the database at `path`; `:memory:` keeps everything in memory.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let conn = if path.as_os_str() == ":memory:" {
            Connection::open_in_memory()?
        } else {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| StoreError(e.to_string()))?;
            }
            Connection::open(path)?
        };
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = NORMAL;
             CREATE TABLE IF NOT EXISTS orders (
                 id TEXT PRIMARY KEY,
                 owner_id TEXT NOT NULL,
                 status TEXT NOT NULL,
                 agent TEXT,
                 doc TEXT NOT NULL
             );
             CREATE INDEX IF NOT EXISTS orders_owner ON orders(owner_id, status);
             CREATE TABLE IF NOT EXISTS accounts (
                 number TEXT PRIMARY KEY,
                 doc TEXT NOT NULL
             );",
        )?;
        Ok(Self {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite half-written (each write is one statement
        // or one transaction), so a poisoned lock is safe to reuse.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn get(&self, id: &str) -> ApiResult<Option<Order>> {
        let doc: Option<String> = self
            .conn()
            .query_row("SELECT doc FROM orders WHERE id = ?1", [id], |r| r.get(0))
            .optional()
            .map_err(backend)?;
        doc.map(|d| serde_json::from_str(&d).map_err(backend))
            .transpose()
    }

    /// The owner's open (status `new`) order, if any.
    pub fn open_order_of(&self, owner_id: &str) -> ApiResult<Option<Order>> {
        let id: Option<String> = self
            .conn()
            .query_row(
                "SELECT id FROM orders WHERE owner_id = ?1 AND status = ?2",
                params![owner_id, status::NEW],
                |r| r.get(0),
            )
            .optional()
            .map_err(backend)?;
        match id {
            Some(id) => self.get(&id),
            None => Ok(None),
        }
    }

    /// Inserts a new open order unless its owner already has one (checked and written under one lock).
    pub fn create_open(&self, order: &Order) -> ApiResult<()> {
        let conn = self.conn();
        let exists: bool = conn
            .query_row(
                "SELECT EXISTS(SELECT 1 FROM orders WHERE owner_id = ?1 AND status = ?2)",
                params![order.owner_id, status::NEW],
                |r| r.get(0),
            )
            .map_err(backend)?;
        if exists {
            return Err(ApiError::conflict(crate::rules::messages::ORDER_EXISTS));
        }
        let doc = serde_json::to_string(order).map_err(backend)?;
        conn.execute(
            "INSERT INTO orders (id, owner_id, status, agent, doc) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![order.id, order.owner_id, order.status, order.agent, doc],
        )
        .map_err(backend)?;
        Ok(())
    }

    /// Inserts or replaces an order.
    pub fn save(&self, order: &Order) -> ApiResult<()> {
        let doc = serde_json::to_string(order).map_err(backend)?;
        self.conn()
            .execute(
                "INSERT INTO orders (id, owner_id, status, agent, doc) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT(id) DO UPDATE SET owner_id = ?2, status = ?3, agent = ?4, doc = ?5",
                params![order.id, order.owner_id, order.status, order.agent, doc],
            )
            .map_err(backend)?;
        Ok(())
    }

    /// Loads, changes and saves one order under the store's lock, so concurrent changes cannot interleave.
    /// Nothing is saved when `change` fails.
    pub fn update<T>(
        &self,
        id: &str,
        change: impl FnOnce(&mut Order) -> ApiResult<T>,
    ) -> ApiResult<T> {
        let conn = self.conn();
        let doc: Option<String> = conn
            .query_row("SELECT doc FROM orders WHERE id = ?1", [id], |r| r.get(0))
            .optional()
            .map_err(backend)?;
        let mut order: Order =
            serde_json::from_str(&doc.ok_or(ApiError::NotFound)?).map_err(backend)?;
        let out = change(&mut order)?;
        let doc = serde_json::to_string(&order).map_err(backend)?;
        conn.execute(
            "UPDATE orders SET owner_id = ?2, status = ?3, agent = ?4, doc = ?5 WHERE id = ?1",
            params![order.id, order.owner_id, order.status, order.agent, doc],
        )
        .map_err(backend)?;
        Ok(out)
    }

    /// Orders with the given status, oldest first.
    pub fn with_status(&self, wanted: &str) -> ApiResult<Vec<Order>> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare("SELECT doc FROM orders WHERE status = ?1 ORDER BY rowid")
            .map_err(backend)?;
        let docs = stmt
            .query_map([wanted], |r| r.get::<_, String>(0))
            .map_err(backend)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(backend)?;
        docs.iter()
            .map(|d| serde_json::from_str(d).map_err(backend))
            .collect()
    }

    /// Every order, oldest first (admin inspection and tests).
    pub fn all(&self) -> ApiResult<Vec<Order>> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare("SELECT doc FROM orders ORDER BY rowid")
            .map_err(backend)?;
        let docs = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(backend)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(backend)?;
        docs.iter()
            .map(|d| serde_json::from_str(d).map_err(backend))
            .collect()
    }

    /// Accounts that provisioning created, as stored JSON documents.
    pub fn account(&self, number: &str) -> ApiResult<Option<serde_json::Value>> {
        let doc: Option<String> = self
            .conn()
            .query_row(
                "SELECT doc FROM accounts WHERE number = ?1",
                [number],
                |r| r.get(0),
            )
            .optional()
            .map_err(backend)?;
        doc.map(|d| serde_json::from_str(&d).map_err(backend))
            .transpose()
    }

    pub fn save_account(&self, number: &str, doc: &serde_json::Value) -> ApiResult<()> {
        self.conn()
            .execute(
                "INSERT INTO accounts (number, doc) VALUES (?1, ?2)
                 ON CONFLICT(number) DO UPDATE SET doc = ?2",
                params![number, doc.to_string()],
            )
            .map_err(backend)?;
        Ok(())
    }

    pub fn count_accounts(&self) -> ApiResult<u64> {
        self.conn()
            .query_row("SELECT COUNT(*) FROM accounts", [], |r| r.get(0))
            .map_err(backend)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::new_id;

    fn order(owner: &str) -> Order {
        Order {
            id: new_id(),
            owner_id: owner.into(),
            status: status::NEW.into(),
            ..Default::default()
        }
    }

    #[test]
    fn saves_finds_and_updates() {
        let store = Store::open(Path::new(":memory:")).unwrap();
        let o = order("owner-1");
        store.save(&o).unwrap();
        assert_eq!(store.open_order_of("owner-1").unwrap().unwrap().id, o.id);
        store
            .update(&o.id, |o| {
                o.status = status::PROCESSING.into();
                Ok(())
            })
            .unwrap();
        assert!(store.open_order_of("owner-1").unwrap().is_none());
        assert_eq!(store.with_status(status::PROCESSING).unwrap().len(), 1);
    }

    #[test]
    fn a_failed_change_is_not_saved() {
        let store = Store::open(Path::new(":memory:")).unwrap();
        let o = order("owner-2");
        store.save(&o).unwrap();
        let err = store
            .update(&o.id, |o| -> ApiResult<()> {
                o.status = "changed".into();
                Err(ApiError::conflict("no"))
            })
            .unwrap_err();
        assert_eq!(err, ApiError::conflict("no"));
        assert_eq!(store.get(&o.id).unwrap().unwrap().status, status::NEW);
    }

    #[test]
    fn survives_reopening_the_file() {
        let dir = std::env::temp_dir().join(format!("hostway-store-{}", new_id()));
        let path = dir.join("db.sqlite3");
        let o = order("owner-3");
        Store::open(&path).unwrap().save(&o).unwrap();
        let reopened = Store::open(&path).unwrap();
        assert_eq!(reopened.get(&o.id).unwrap().unwrap(), o);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
