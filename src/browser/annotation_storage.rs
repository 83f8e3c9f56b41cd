//! The reader's annotations in localStorage: loading them at startup without
//! ever losing a value Lector cannot read, and saving after every change.
//!
//! The rules (from `lector_annotations`'s docs) are: a value that cannot be
//! read, wholly or in part, is first copied under a fresh backup key and
//! offered as a download, then the reader is told; data written by a newer
//! Lector is never overwritten by this one. If the copy itself cannot be
//! written (the quota is full), nothing may be saved either, until the reader
//! has downloaded it.

use std::rc::Rc;

use lector_annotations::{
    backup_file_name, backup_key, encode_for_storage, load, AnnotationStore, Loaded, Timestamp, STORAGE_KEY,
};

use crate::browser::local_storage::{self, StorageError};

/// What the app starts with.
#[derive(Debug)]
pub struct Startup {
    pub store: AnnotationStore,
    /// False: saving would overwrite data this tab could not keep a copy of,
    /// or data from a newer Lector.
    pub may_save: bool,
    pub problem: Option<StartupProblem>,
}

/// Something the reader must be told at startup.
#[derive(Debug)]
pub enum StartupProblem {
    /// Stored data could not be read (wholly, or some annotations in it).
    Damaged { message: String, backup: Rc<Backup> },
    /// The data comes from a newer Lector: this tab must not save.
    Newer { message: String, backup: Rc<Backup> },
    /// The browser gives Lector no storage at all.
    Unavailable(StorageError),
}

/// A copy of a stored value Lector could not read.
#[derive(Debug, PartialEq)]
pub struct Backup {
    /// Where the copy is in localStorage; `None` when it could not be written.
    pub key: Option<String>,
    /// The name to offer the download under.
    pub file_name: String,
    pub raw: String,
}

/// Reads the store (see the module docs). Never fails: whatever is wrong
/// becomes a [`StartupProblem`], and the app starts with what could be read.
pub fn load_at_startup(now: Timestamp) -> Startup {
    if let Err(error) = local_storage::keys() {
        return Startup {
            store: AnnotationStore::new(),
            may_save: false,
            problem: Some(StartupProblem::Unavailable(error)),
        };
    }
    let loaded = load(|key| local_storage::read(key).ok().flatten());
    // False for data from a newer Lector: this tab must then never save.
    let may_overwrite = loaded.may_overwrite();
    match loaded {
        Loaded::Nothing => Startup { store: AnnotationStore::new(), may_save: true, problem: None },
        Loaded::Found { key, stored, raw } => {
            let mut startup = Startup { store: stored.store, may_save: true, problem: None };
            if let Some(raw) = raw {
                let backup = keep_copy(raw, now);
                startup.may_save = backup.key.is_some();
                let shown: Vec<String> = stored.skipped.iter().take(3).map(|p| format!("  - {p}")).collect();
                let message = format!(
                    "{} saved annotation{} could not be read and {} left out; the others loaded. {}\n{}",
                    stored.skipped_total,
                    if stored.skipped_total == 1 { "" } else { "s" },
                    if stored.skipped_total == 1 { "was" } else { "were" },
                    kept_where(&backup),
                    shown.join("\n"),
                );
                startup.problem = Some(StartupProblem::Damaged { message, backup: Rc::new(backup) });
            }
            if startup.may_save && (stored.migrated_from.is_some() || key != STORAGE_KEY) {
                // Upgraded from an older schema: written under the current key
                // at once, the old key left in place for an older Lector.
                let _ = save(&startup.store);
            }
            startup
        }
        Loaded::Unreadable { raw, error, .. } => {
            let backup = keep_copy(raw, now);
            let may_save = backup.key.is_some() && may_overwrite;
            let store = AnnotationStore::new();
            if !may_overwrite {
                let message = format!("{error}. This tab will not save annotations until it is reloaded.");
                return Startup {
                    store,
                    may_save,
                    problem: Some(StartupProblem::Newer { message, backup: Rc::new(backup) }),
                };
            }
            let message = format!(
                "Your saved annotations could not be read, so Lector started without them. {}\n{error}",
                kept_where(&backup)
            );
            Startup { store, may_save, problem: Some(StartupProblem::Damaged { message, backup: Rc::new(backup) }) }
        }
    }
}

fn kept_where(backup: &Backup) -> String {
    match &backup.key {
        Some(key) => format!(
            "Nothing was deleted: the data as it was is kept in this browser under \u{201c}{key}\u{201d}; \
             download it to repair it or send it to someone who can."
        ),
        None => "The browser's storage is full, so Lector could not keep a copy: download the data now. \
                 Lector will not save anything in this tab until you have."
            .to_string(),
    }
}

/// Copies `raw` under a backup key nobody uses yet.
fn keep_copy(raw: String, now: Timestamp) -> Backup {
    let key = backup_key(now, |key| local_storage::read(key).ok().flatten().is_some());
    let written = local_storage::write(&key, &raw).is_ok();
    Backup { key: written.then_some(key), file_name: backup_file_name(now), raw }
}

/// Writes the whole store under [`STORAGE_KEY`]. On failure the value stored
/// before is untouched (`setItem` replaces a value only when it succeeds).
pub fn save(store: &AnnotationStore) -> Result<(), StorageError> {
    local_storage::write(STORAGE_KEY, &encode_for_storage(store))
}
