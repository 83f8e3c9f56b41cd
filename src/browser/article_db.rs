//! The reader's own articles in IndexedDB (localStorage is too small for
//! pages). One database, `lector`, with two object stores keyed by strings:
//! `articles` (one record per article, `own::record`'s JSON as a string) and
//! `backups` (copies of records Lector could not read, never overwritten).
//!
//! Each write is one transaction: it either happens wholly or not at all, so
//! a full quota leaves what was stored before untouched.

use std::fmt;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB_NAME: &str = "lector";
const DB_VERSION: u32 = 1;
const ARTICLES: &str = "articles";
const BACKUPS: &str = "backups";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DbError {
    /// The browser gives this page no IndexedDB (private mode, blocked).
    Unavailable(String),
    /// The storage quota is full.
    Full,
    Failed(String),
}

impl fmt::Display for DbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DbError::Unavailable(why) => write!(
                f,
                "this browser does not let Lector store articles ({why}); in a private window, open Lector in a normal one"
            ),
            DbError::Full => write!(
                f,
                "the browser's storage for Lector is full: delete articles you no longer need, or export your library \
                 and free space; nothing stored before was lost"
            ),
            DbError::Failed(why) => write!(f, "the browser's storage failed ({why}); nothing stored before was lost"),
        }
    }
}

/// One stored value, as it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    pub key: String,
    pub raw: String,
}

pub(super) fn error_of(value: JsValue) -> DbError {
    let name = value.dyn_ref::<web_sys::DomException>().map(|e| (e.name(), e.message()));
    match name {
        Some((name, _)) if name == "QuotaExceededError" => DbError::Full,
        Some((name, message)) => DbError::Failed(format!("{name}: {message}")),
        None => DbError::Failed(value.as_string().unwrap_or_else(|| "unknown error".into())),
    }
}

/// Waits for `request` to succeed, and returns its result.
pub(super) async fn finished(request: &IdbRequest) -> Result<JsValue, DbError> {
    let promise = js_sys::Promise::new(&mut |resolve: js_sys::Function, reject: js_sys::Function| {
        let ok = Closure::once_into_js(move |_: web_sys::Event| resolve.call0(&JsValue::NULL));
        let failed = Closure::once_into_js(move |_: web_sys::Event| reject.call0(&JsValue::NULL));
        request.set_onsuccess(Some(ok.unchecked_ref()));
        request.set_onerror(Some(failed.unchecked_ref()));
    });
    match JsFuture::from(promise).await {
        Ok(_) => request.result().map_err(error_of),
        Err(_) => {
            Err(request.error().ok().flatten().map_or(DbError::Failed("request failed".into()), |e| error_of(e.into())))
        }
    }
}

/// Waits for a write transaction to be committed (or aborted: a full quota
/// shows here, as the transaction's error).
pub(super) async fn committed(transaction: &IdbTransaction) -> Result<(), DbError> {
    let promise = js_sys::Promise::new(&mut |resolve: js_sys::Function, reject: js_sys::Function| {
        let ok = Closure::once_into_js(move |_: web_sys::Event| resolve.call0(&JsValue::NULL));
        let reject_too = reject.clone();
        let failed = Closure::once_into_js(move |_: web_sys::Event| reject.call0(&JsValue::NULL));
        let aborted = Closure::once_into_js(move |_: web_sys::Event| reject_too.call0(&JsValue::NULL));
        transaction.set_oncomplete(Some(ok.unchecked_ref()));
        transaction.set_onerror(Some(failed.unchecked_ref()));
        transaction.set_onabort(Some(aborted.unchecked_ref()));
    });
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| {
        transaction.error().map_or(DbError::Failed("the write was not committed".into()), |e| error_of(e.into()))
    })
}

async fn open() -> Result<IdbDatabase, DbError> {
    open_database(DB_NAME, DB_VERSION, &[ARTICLES, BACKUPS]).await
}

/// Opens database `name`, creating the object `stores` it lacks.
pub(super) async fn open_database(
    name: &str,
    version: u32,
    stores: &'static [&'static str],
) -> Result<IdbDatabase, DbError> {
    let factory = gloo::utils::window()
        .indexed_db()
        .map_err(|e| DbError::Unavailable(format!("{e:?}")))?
        .ok_or_else(|| DbError::Unavailable("no IndexedDB".into()))?;
    let request = factory.open_with_u32(name, version).map_err(|e| DbError::Unavailable(format!("{e:?}")))?;
    let upgrade = {
        let request = request.clone();
        Closure::once_into_js(move |_: web_sys::Event| {
            let Ok(db) = request.result().and_then(|db| db.dyn_into::<IdbDatabase>()) else {
                return;
            };
            let names = db.object_store_names();
            for &name in stores {
                if !names.contains(name) {
                    let _ = db.create_object_store(name);
                }
            }
        })
    };
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let db = finished(&request).await?;
    db.dyn_into::<IdbDatabase>().map_err(|_| DbError::Failed("not a database".into()))
}

pub(super) fn transaction(db: &IdbDatabase, store: &str, mode: IdbTransactionMode) -> Result<IdbTransaction, DbError> {
    db.transaction_with_str_and_mode(store, mode).map_err(error_of)
}

/// Every stored article record, as stored.
pub async fn load_all() -> Result<Vec<Stored>, DbError> {
    let db = open().await?;
    let store = transaction(&db, ARTICLES, IdbTransactionMode::Readonly)?.object_store(ARTICLES).map_err(error_of)?;
    let keys = finished(&store.get_all_keys().map_err(error_of)?).await?;
    let values = finished(&store.get_all().map_err(error_of)?).await?;
    let keys = js_sys::Array::from(&keys);
    let values = js_sys::Array::from(&values);
    let stored = keys
        .iter()
        .zip(values.iter())
        .map(|(key, value)| Stored {
            key: key.as_string().unwrap_or_default(),
            // A value that is not a string is kept as what it is, to back it up.
            raw: value.as_string().unwrap_or_else(|| {
                js_sys::JSON::stringify(&value).ok().and_then(|s| s.as_string()).unwrap_or_default()
            }),
        })
        .collect();
    db.close();
    Ok(stored)
}

/// Reads one record.
pub async fn get(key: &str) -> Result<Option<String>, DbError> {
    let db = open().await?;
    let store = transaction(&db, ARTICLES, IdbTransactionMode::Readonly)?.object_store(ARTICLES).map_err(error_of)?;
    let value = finished(&store.get(&JsValue::from_str(key)).map_err(error_of)?).await?;
    db.close();
    Ok(value.as_string())
}

/// Writes records in one transaction: all of them, or none.
pub async fn put_all(records: &[(String, String)]) -> Result<(), DbError> {
    let db = open().await?;
    let transaction = transaction(&db, ARTICLES, IdbTransactionMode::Readwrite)?;
    let store = transaction.object_store(ARTICLES).map_err(error_of)?;
    for (key, raw) in records {
        store.put_with_key(&JsValue::from_str(raw), &JsValue::from_str(key)).map_err(error_of)?;
    }
    let result = committed(&transaction).await;
    db.close();
    result
}

pub async fn delete(key: &str) -> Result<(), DbError> {
    let db = open().await?;
    let transaction = transaction(&db, ARTICLES, IdbTransactionMode::Readwrite)?;
    transaction.object_store(ARTICLES).map_err(error_of)?.delete(&JsValue::from_str(key)).map_err(error_of)?;
    let result = committed(&transaction).await;
    db.close();
    result
}

/// Copies a record Lector could not read into `backups` under `backup_key`.
/// `add` never replaces: a copy made before is kept as it is.
pub async fn back_up(backup_key: &str, raw: &str) -> Result<(), DbError> {
    let db = open().await?;
    let transaction = transaction(&db, BACKUPS, IdbTransactionMode::Readwrite)?;
    let store = transaction.object_store(BACKUPS).map_err(error_of)?;
    let exists = finished(&store.count_with_key(&JsValue::from_str(backup_key)).map_err(error_of)?).await?;
    if exists.as_f64().unwrap_or(0.0) == 0.0 {
        store.add_with_key(&JsValue::from_str(raw), &JsValue::from_str(backup_key)).map_err(error_of)?;
    }
    let result = committed(&transaction).await;
    db.close();
    result
}
