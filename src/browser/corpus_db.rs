//! Kept corpus records (`corpus_record`) in IndexedDB: a database of their
//! own, `lector-corpus`, apart from the reader's articles, since it is a
//! cache: losing it costs a re-analysis, never anything of the reader's.
//! Errors (no IndexedDB, a full quota) only mean the article is analysed
//! again next time, so callers may ignore them.

use wasm_bindgen::JsValue;
use web_sys::IdbTransactionMode;

use super::article_db::{committed, error_of, finished, open_database, transaction, DbError};

const DB_NAME: &str = "lector-corpus";
const DB_VERSION: u32 = 1;
const RECORDS: &str = "records";

/// The record kept for article `id`, if any.
pub async fn get(id: &str) -> Result<Option<String>, DbError> {
    let db = open_database(DB_NAME, DB_VERSION, &[RECORDS]).await?;
    let store = transaction(&db, RECORDS, IdbTransactionMode::Readonly)?.object_store(RECORDS).map_err(error_of)?;
    let value = finished(&store.get(&JsValue::from_str(id)).map_err(error_of)?).await;
    db.close();
    Ok(value?.as_string())
}

/// Keeps `raw` as article `id`'s record, replacing an older one.
pub async fn put(id: &str, raw: &str) -> Result<(), DbError> {
    let db = open_database(DB_NAME, DB_VERSION, &[RECORDS]).await?;
    let transaction = transaction(&db, RECORDS, IdbTransactionMode::Readwrite)?;
    let store = transaction.object_store(RECORDS).map_err(error_of)?;
    store.put_with_key(&JsValue::from_str(raw), &JsValue::from_str(id)).map_err(error_of)?;
    let result = committed(&transaction).await;
    db.close();
    result
}

/// Forgets article `id`'s record (the article was deleted).
pub async fn delete(id: &str) -> Result<(), DbError> {
    let db = open_database(DB_NAME, DB_VERSION, &[RECORDS]).await?;
    let transaction = transaction(&db, RECORDS, IdbTransactionMode::Readwrite)?;
    transaction.object_store(RECORDS).map_err(error_of)?.delete(&JsValue::from_str(id)).map_err(error_of)?;
    let result = committed(&transaction).await;
    db.close();
    result
}
