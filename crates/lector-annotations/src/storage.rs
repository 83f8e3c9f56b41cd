//! What the browser storage module needs: key names, the stored value, and
//! what to do with a value that cannot be read. No web types: the caller
//! passes a function that reads a key, so all of this is tested on the host.
//!
//! # Keys
//!
//! The store lives under [`STORAGE_KEY`] (`lector.annotations.v2`): one key
//! per schema version. When the schema changes, the new version writes its
//! own key and reads the old one only to migrate it, leaving it in place, so
//! going back to an older Lector finds its data as it left it.
//!
//! # Unreadable data
//!
//! Nothing is ever overwritten before it is copied: when the value cannot be
//! read, or some items in it cannot, the UI copies the raw value to
//! [`backup_key`] (and offers it for download as [`backup_file_name`]), then
//! tells the reader. Items that could be read are loaded, so one damaged note
//! does not hide the others.

use crate::error::{DecodeError, Problem};
use crate::schema::{self, DecodeOptions, SCHEMA_VERSION};
use crate::store::AnnotationStore;
use crate::time::Timestamp;

/// The localStorage key of the current schema version.
pub const STORAGE_KEY: &str = "lector.annotations.v2";

const KEY_STEM: &str = "lector.annotations";

/// The key a given schema version stores under.
pub fn storage_key_for(version: u64) -> String {
    format!("{KEY_STEM}.v{version}")
}

/// Serialises the whole store, tombstones included, compactly; this is what
/// is written under [`STORAGE_KEY`] after every change.
pub fn encode_for_storage(store: &AnnotationStore) -> String {
    schema::encode(store.iter(), store.tombstones(), &store.foreign(), false)
}

/// A stored value, read.
#[derive(Debug)]
pub struct Stored {
    pub store: AnnotationStore,
    /// Items that could not be read and were left out (the first 20), and how many there were.
    /// When not empty, back up the raw value and tell the reader.
    pub skipped: Vec<Problem>,
    pub skipped_total: usize,
    /// The schema version the value was written in, if older than this Lector's: save it under [`STORAGE_KEY`].
    pub migrated_from: Option<u64>,
}

/// Reads a stored value, e.g. the `newValue` of a `storage` event from another tab.
pub fn decode_stored(raw: &str) -> Result<Stored, DecodeError> {
    let decoded = schema::decode_text(raw, &DecodeOptions { all_or_nothing: false, not_after: None })?;
    Ok(Stored {
        store: decoded.store,
        skipped_total: decoded.skipped.total(),
        skipped: decoded.skipped.into_list(),
        migrated_from: decoded.migrated_from,
    })
}

/// What [`load`] found.
#[derive(Debug)]
pub enum Loaded {
    /// No annotations stored yet (first visit).
    Nothing,
    /// `key` is where the value was found; `raw` is kept when it needs backing up.
    Found { key: String, stored: Stored, raw: Option<String> },
    /// The value under `key` cannot be read at all. Back up `raw`, tell the
    /// reader `error`, and start with an empty store; see
    /// [`Loaded::may_overwrite`] before saving anything.
    Unreadable { key: String, raw: String, error: DecodeError },
}

impl Loaded {
    /// Whether saving to [`STORAGE_KEY`] after this load is safe. False when
    /// the data comes from a newer Lector (an old copy of the app is open in
    /// this tab): the UI should then not save at all and ask the reader to
    /// reload, since the backup alone would not be read back by the newer version.
    pub fn may_overwrite(&self) -> bool {
        !matches!(self, Loaded::Unreadable { error: DecodeError::NewerVersion { .. }, .. })
    }
}

/// Reads the store at startup: [`STORAGE_KEY`], or else the newest older
/// key present (which is then migrated; save the result under [`STORAGE_KEY`]).
pub fn load(mut read: impl FnMut(&str) -> Option<String>) -> Loaded {
    for version in (1..=SCHEMA_VERSION).rev() {
        let key = storage_key_for(version);
        let Some(raw) = read(&key) else { continue };
        return match decode_stored(&raw) {
            Ok(stored) => {
                let raw = (stored.skipped_total > 0).then_some(raw);
                Loaded::Found { key, stored, raw }
            }
            Err(error) => Loaded::Unreadable { key, raw, error },
        };
    }
    Loaded::Nothing
}

/// A key for keeping an unreadable value, unique at `now`:
/// `lector.annotations.backup.2026-11-23T18:14:20.123Z`, with `-2`, `-3`…
/// appended while `taken` says the key is in use, so no backup overwrites another.
pub fn backup_key(now: Timestamp, taken: impl Fn(&str) -> bool) -> String {
    let base = format!("{KEY_STEM}.backup.{}", now.to_rfc3339());
    if !taken(&base) {
        return base;
    }
    (2..).map(|n| format!("{base}-{n}")).find(|key| !taken(key)).unwrap_or(base)
}

/// The file name to offer a backup's download under:
/// `lector-annotations-backup-2026-11-23T18-14-20.json` (no colons, which some systems refuse).
pub fn backup_file_name(now: Timestamp) -> String {
    let stamp = now.to_rfc3339();
    let seconds = stamp.get(..19).unwrap_or(&stamp).replace(':', "-");
    format!("lector-annotations-backup-{seconds}.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_key_is_the_current_version_s() {
        assert_eq!(storage_key_for(SCHEMA_VERSION), STORAGE_KEY);
    }

    #[test]
    fn backup_keys_never_collide() {
        let now = Timestamp::from_millis(1_795_457_660_123).unwrap();
        assert_eq!(backup_key(now, |_| false), "lector.annotations.backup.2026-11-23T18:14:20.123Z");
        let existing = [
            "lector.annotations.backup.2026-11-23T18:14:20.123Z",
            "lector.annotations.backup.2026-11-23T18:14:20.123Z-2",
        ];
        assert_eq!(backup_key(now, |k| existing.contains(&k)), "lector.annotations.backup.2026-11-23T18:14:20.123Z-3");
        assert_eq!(backup_file_name(now), "lector-annotations-backup-2026-11-23T18-14-20.json");
    }

    #[test]
    fn nothing_stored_is_not_an_error() {
        assert!(matches!(load(|_| None), Loaded::Nothing));
    }
}
