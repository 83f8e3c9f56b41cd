//! `window.localStorage`, with the failures a user can hit told apart.

use std::fmt;

use wasm_bindgen::JsCast;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// Private browsing modes and some settings disable storage entirely.
    Unavailable,
    /// The browser's quota for this site is full.
    QuotaExceeded,
    Other(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => write!(
                f,
                "this browser does not let Lector store data (private mode or site data blocked); \
                 changes are kept only until you close the tab"
            ),
            StorageError::QuotaExceeded => write!(
                f,
                "the browser's storage for this site is full; the change is kept in this tab only. \
                 Export your annotations to keep a copy, then free space"
            ),
            StorageError::Other(message) => write!(f, "the browser refused to store data: {message}"),
        }
    }
}

impl std::error::Error for StorageError {}

fn storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}

pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    storage()?.get_item(key).map_err(|e| StorageError::Other(describe(&e)))
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    storage()?.set_item(key, value).map_err(classify)
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    storage()?.remove_item(key).map_err(|e| StorageError::Other(describe(&e)))
}

/// All keys currently stored for this origin.
pub fn keys() -> Result<Vec<String>, StorageError> {
    let storage = storage()?;
    let len = storage.length().map_err(|e| StorageError::Other(describe(&e)))?;
    Ok((0..len).filter_map(|i| storage.key(i).ok().flatten()).collect())
}

fn classify(error: wasm_bindgen::JsValue) -> StorageError {
    if let Some(exception) = error.dyn_ref::<web_sys::DomException>() {
        // Chromium and Firefox name it differently; both mean a full quota.
        if exception.name() == "QuotaExceededError" || exception.name() == "NS_ERROR_DOM_QUOTA_REACHED" {
            return StorageError::QuotaExceeded;
        }
    }
    StorageError::Other(describe(&error))
}

fn describe(error: &wasm_bindgen::JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".into())
}
