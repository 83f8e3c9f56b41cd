//! The reader's corrections in localStorage, with the rules of
//! `annotation_storage.rs`: a value that cannot be read (wholly or in part)
//! is copied under a fresh backup key before anything else happens, data
//! from a newer Lector is never saved over, and a refused save says why.

use lector_annotations::corrections::{
    corrections_backup_key, encode_corrections, load_corrections, CorrectionSet, LoadedCorrections, CORRECTIONS_KEY,
};
use lector_annotations::Timestamp;

use crate::browser::local_storage::{self, StorageError};

/// What the corrections start with.
#[derive(Debug)]
pub struct CorrectionsStartup {
    pub set: CorrectionSet,
    /// False: saving would overwrite data that could not be copied, or data from a newer Lector.
    pub may_save: bool,
    /// What the reader must be told, and where the unreadable data is kept.
    pub problem: Option<String>,
}

pub fn load_at_startup(now: Timestamp) -> CorrectionsStartup {
    if let Err(error) = local_storage::keys() {
        return CorrectionsStartup { set: CorrectionSet::new(), may_save: false, problem: Some(error.to_string()) };
    }
    let loaded = load_corrections(|key| local_storage::read(key).ok().flatten());
    let may_overwrite = loaded.may_overwrite();
    match loaded {
        LoadedCorrections::Nothing => CorrectionsStartup { set: CorrectionSet::new(), may_save: true, problem: None },
        LoadedCorrections::Found { set, skipped, raw } => {
            let Some(raw) = raw else { return CorrectionsStartup { set, may_save: true, problem: None } };
            let (kept, where_) = keep_copy(&raw, now);
            let problem = format!(
                "{} of your corrections could not be read and {} left out ({}). {where_}",
                skipped.len(),
                if skipped.len() == 1 { "was" } else { "were" },
                skipped.first().cloned().unwrap_or_default()
            );
            CorrectionsStartup { set, may_save: kept, problem: Some(problem) }
        }
        LoadedCorrections::Unreadable { raw, error } => {
            let (kept, where_) = keep_copy(&raw, now);
            let problem = format!("Your corrections could not be read: {error}. {where_}");
            CorrectionsStartup { set: CorrectionSet::new(), may_save: kept && may_overwrite, problem: Some(problem) }
        }
    }
}

/// Copies `raw` under a backup key nobody uses; says where, or that it could not.
fn keep_copy(raw: &str, now: Timestamp) -> (bool, String) {
    let key = corrections_backup_key(now, |key| local_storage::read(key).ok().flatten().is_some());
    match local_storage::write(&key, raw) {
        Ok(()) => (
            true,
            format!("Nothing was deleted: the data as it was is kept in this browser under \u{201c}{key}\u{201d}."),
        ),
        Err(error) => {
            (false, format!("Lector could not keep a copy ({error}), so it will not save corrections in this tab."))
        }
    }
}

/// Writes all corrections under [`CORRECTIONS_KEY`]; a refused write leaves the stored value as it was.
pub fn save(set: &CorrectionSet) -> Result<(), StorageError> {
    local_storage::write(CORRECTIONS_KEY, &encode_corrections(set))
}
