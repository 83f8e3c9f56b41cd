//! Importing a file: Lector JSON or W3C JSON-LD, validated completely before
//! anything changes, then merged.
//!
//! An import only adds and updates: deletions listed in a Lector file
//! (tombstones) are ignored, so a file can never delete a reader's notes.
//! Times more than a day in the future are refused, because "newer wins"
//! would let such an item override every later edit.

use std::error::Error;
use std::fmt;

use crate::error::DecodeError;
use crate::json_input::{check_limits, parse_checked};
use crate::limits::{MAX_FUTURE_MILLIS, MAX_ITEMS};
use crate::merge::MergeReport;
use crate::schema::{self, DecodeOptions, Decoded};
use crate::store::{AnnotationStore, Entry};
use crate::time::Timestamp;
use crate::w3c_import;
use crate::ArticleId;

/// The format an imported file turned out to be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    Lector,
    W3c,
}

/// A file read and validated, not merged yet: the UI can show
/// "12 annotations from a W3C file" and ask before merging.
#[derive(Debug)]
pub struct ImportFile {
    pub format: ImportFormat,
    annotations: AnnotationStore,
}

impl ImportFile {
    /// Number of annotations in the file.
    pub fn len(&self) -> usize {
        self.annotations.len()
    }

    pub fn is_empty(&self) -> bool {
        self.annotations.is_empty()
    }

    /// The file's annotations, as a store of their own (e.g. for a preview).
    pub fn annotations(&self) -> &AnnotationStore {
        &self.annotations
    }
}

/// What an import did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportReport {
    pub format: ImportFormat,
    pub merge: MergeReport,
    /// Annotations of the file for articles not in the library: kept, and
    /// listed by [`AnnotationStore::foreign`] until their article is added.
    pub foreign: usize,
}

impl fmt::Display for ImportReport {
    /// "Imported Lector annotations: 2 added, 1 updated, 14 unchanged".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let format = match self.format {
            ImportFormat::Lector => "Lector annotations",
            ImportFormat::W3c => "W3C Web Annotations",
        };
        write!(f, "Imported {format}: {}", self.merge)?;
        if self.foreign > 0 {
            let plural = if self.foreign == 1 { "" } else { "s" };
            write!(f, "; {} annotation{plural} kept for articles you don't have", self.foreign)?;
        }
        Ok(())
    }
}

/// A valid file that was not merged because the store would then hold more
/// than [`MAX_ITEMS`] annotations. Refusing the whole file (rather than
/// merging part of it) keeps imports all or nothing: the reader never has to
/// work out which of a colleague's notes arrived. Nothing was changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooManyAnnotations {
    /// Annotations in the store before the import.
    pub here: usize,
    /// Annotations the file would add (new ids, or newer than a deletion here).
    pub adding: usize,
    pub limit: usize,
}

impl fmt::Display for TooManyAnnotations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the file would add {} annotations to the {} kept here, {} in all, but Lector keeps at most {}; \
             nothing was imported. Make room first (export your annotations to keep a copy, then delete some), \
             or import a file with fewer annotations",
            self.adding,
            self.here,
            self.here + self.adding,
            self.limit
        )
    }
}

impl Error for TooManyAnnotations {}

/// Why [`AnnotationStore::import`] changed nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file could not be read, or something in it is invalid.
    File(DecodeError),
    /// The file is valid, but there is no room for it.
    TooMany(TooManyAnnotations),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::File(error) => error.fmt(f),
            ImportError::TooMany(error) => error.fmt(f),
        }
    }
}

impl Error for ImportError {}

impl From<DecodeError> for ImportError {
    fn from(error: DecodeError) -> Self {
        ImportError::File(error)
    }
}

impl From<TooManyAnnotations> for ImportError {
    fn from(error: TooManyAnnotations) -> Self {
        ImportError::TooMany(error)
    }
}

/// Reads and validates a file's text. `now` is the current time (times more
/// than a day after it are refused). On error nothing was changed and the
/// message says which annotation and which field are wrong.
///
/// Annotations are placed by their source: Lector's own addresses
/// (`urn:x-lector:article:<id>`, `…#/article/<id>`) name the article;
/// any other source is kept as foreign. Use [`read_import_with`] to place
/// sources the library knows (original URLs, text IRIs).
pub fn read_import(raw: &str, now: Timestamp) -> Result<ImportFile, DecodeError> {
    read_import_with(raw, now, &|_| None)
}

/// [`read_import`], with `resolve` giving the library's article for a
/// source IRI (its original URL or [`crate::article_text_iri`]); sources it
/// does not know (and that are not Lector's own addresses) are kept as foreign.
pub fn read_import_with(
    raw: &str,
    now: Timestamp,
    resolve: &dyn Fn(&str) -> Option<ArticleId>,
) -> Result<ImportFile, DecodeError> {
    let raw = check_limits(raw)?;
    let not_after = now.saturating_add_millis(MAX_FUTURE_MILLIS);
    let options = DecodeOptions { all_or_nothing: true, not_after: Some(not_after) };
    let lector = |decoded: Decoded| {
        let mut annotations = decoded.store;
        annotations.entries.retain(|_, entry| matches!(entry, Entry::Live(_)));
        place_foreign(&mut annotations, resolve, not_after);
        ImportFile { format: ImportFormat::Lector, annotations }
    };
    if let Some(decoded) = schema::decode_typed(raw, &options) {
        return decoded.map(lector);
    }
    let document = parse_checked(raw)?;
    if schema::is_lector(&document) {
        return schema::decode(document, &options).map(lector);
    }
    if w3c_import::is_w3c(&document) {
        let annotations = w3c_import::decode(&document, not_after, resolve)?;
        return Ok(ImportFile { format: ImportFormat::W3c, annotations });
    }
    let found = match &document {
        serde_json::Value::Object(map) => {
            let keys: Vec<&str> = map.keys().take(8).map(String::as_str).collect();
            format!("an object with keys {}", keys.join(", "))
        }
        other => crate::fields::describe(other),
    };
    Err(DecodeError::Foreign { found })
}

/// Moves the foreign annotations of a Lector file whose source the library knows into its articles.
fn place_foreign(store: &mut AnnotationStore, resolve: &dyn Fn(&str) -> Option<ArticleId>, not_after: Timestamp) {
    let placed: Vec<(String, ArticleId)> = store
        .foreign
        .values()
        .filter_map(|f| {
            resolve(&f.source).or_else(|| w3c_import::lector_article_of(&f.source)).map(|a| (f.id.clone(), a))
        })
        .collect();
    for (id, article) in placed {
        let Some(foreign) = store.foreign.get(&id) else { continue };
        if let Ok(annotation) = w3c_import::read_for_article(&foreign.raw, &article, not_after) {
            store.foreign.remove(&id);
            store.entries.entry(annotation.id().clone()).or_insert(Entry::Live(annotation));
        }
    }
}

impl AnnotationStore {
    /// Merges a validated file (same id: newer wins), unless the store would
    /// then hold more than [`MAX_ITEMS`] annotations: then nothing changes.
    /// A file that adds nothing (only updates) is always merged, even into a
    /// store already over the limit (stores loaded from storage are not capped).
    pub fn merge_import(&mut self, file: ImportFile) -> Result<ImportReport, TooManyAnnotations> {
        self.merge_import_within(file, MAX_ITEMS)
    }

    fn merge_import_within(&mut self, file: ImportFile, limit: usize) -> Result<ImportReport, TooManyAnnotations> {
        let foreign = file.annotations.foreign.len();
        let adding = self.added_by_merge(&file.annotations)
            + file.annotations.foreign.keys().filter(|id| !self.foreign.contains_key(*id)).count();
        let here = self.len() + self.foreign.len();
        if adding > 0 && here + adding > limit {
            return Err(TooManyAnnotations { here, adding, limit });
        }
        Ok(ImportReport { format: file.format, merge: self.merge(file.annotations), foreign })
    }

    /// [`read_import`] then [`AnnotationStore::merge_import`]: all or nothing.
    pub fn import(&mut self, raw: &str, now: Timestamp) -> Result<ImportReport, ImportError> {
        Ok(self.merge_import(read_import(raw, now)?)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Annotation, AnnotationId, ArticleId, ArticleText, Body, Target};
    use lector_text::Span;

    const TEXT: &str = "Officials said the talks would resume next week.";

    fn store_of(ids: impl IntoIterator<Item = u64>) -> AnnotationStore {
        let text = ArticleText::new(TEXT);
        let mut store = AnnotationStore::new();
        for n in ids {
            let id = AnnotationId::parse(&format!("00000000-0000-4000-8000-{n:012x}")).unwrap();
            let target = Target::from_selection(&text, Span::new(0, 9)).unwrap();
            let at = Timestamp::from_millis(1_795_457_660_000).unwrap();
            store.add(Annotation::new(id, ArticleId::parse("a").unwrap(), target, Body::default(), at)).unwrap();
        }
        store
    }

    fn file(ids: impl IntoIterator<Item = u64>) -> ImportFile {
        ImportFile { format: ImportFormat::Lector, annotations: store_of(ids) }
    }

    #[test]
    fn an_import_past_the_limit_changes_nothing_and_says_so() {
        let mut store = store_of(1..=3);
        // Ids 3 and 4 are here or new: 1 added, 3 + 1 = the limit, accepted.
        let report = store.merge_import_within(file(3..=4), 4).unwrap();
        assert_eq!((report.merge.added, store.len()), (1, 4));
        // Two more would make 6 of 4.
        let before = store.clone();
        let err = store.merge_import_within(file(5..=6), 4).unwrap_err();
        assert_eq!(err, TooManyAnnotations { here: 4, adding: 2, limit: 4 });
        assert_eq!(store, before, "a refused import changed the store");
        let message = err.to_string();
        assert!(message.contains("at most 4") && message.contains("nothing was imported"), "{message}");
        // A file of annotations already here adds nothing: merged even at the limit.
        assert!(store.merge_import_within(file(1..=4), 4).is_ok());
    }
}
