//! Undoing an import: an import may replace a note with a colleague's newer
//! version, or add dozens of annotations; the reader gets to take it back.
//!
//! The undo holds what the merge replaced, not the whole store, and is
//! applied as new changes stamped `now` (restored versions, deletions of
//! what was added), so other tabs that already merged the import follow.

use crate::annotation::Annotation;
use crate::id::AnnotationId;
use crate::import::{ImportFile, ImportReport, TooManyAnnotations};
use crate::store::{AnnotationStore, Entry};
use crate::time::Timestamp;

/// What one import changed, to put back with [`AnnotationStore::undo_import`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportUndo {
    /// Versions here that the import replaced, as they were, with what replaced them.
    replaced: Vec<(Annotation, Entry)>,
    /// Annotations the import added (or restored after a deletion here), as added.
    added: Vec<(AnnotationId, Entry)>,
    /// Foreign annotations the import added or replaced, by id, with the version replaced.
    foreign: Vec<(String, Option<crate::foreign::ForeignAnnotation>)>,
}

impl ImportUndo {
    /// Whether the import changed nothing here (there is nothing to offer).
    pub fn is_empty(&self) -> bool {
        self.replaced.is_empty() && self.added.is_empty() && self.foreign.is_empty()
    }

    /// The notes the import replaced, as they were: what an "undo" button would bring back.
    pub fn replaced(&self) -> impl Iterator<Item = &Annotation> {
        self.replaced.iter().map(|(annotation, _)| annotation)
    }
}

impl AnnotationStore {
    /// [`AnnotationStore::merge_import`], also returning what it takes to undo it.
    pub fn merge_import_undoable(
        &mut self,
        file: ImportFile,
    ) -> Result<(ImportReport, ImportUndo), TooManyAnnotations> {
        let before: Vec<(AnnotationId, Option<Entry>)> =
            file.annotations().entries.keys().map(|id| (id.clone(), self.entries.get(id).cloned())).collect();
        let foreign_before: Vec<(String, Option<crate::foreign::ForeignAnnotation>)> =
            file.annotations().foreign.keys().map(|id| (id.clone(), self.foreign.get(id).cloned())).collect();
        let report = self.merge_import(file)?;
        let mut undo = ImportUndo::default();
        for (id, was) in before {
            let Some(now_here) = self.entries.get(&id).filter(|e| Some(*e) != was.as_ref()).cloned() else {
                continue;
            };
            match was {
                Some(Entry::Live(annotation)) => undo.replaced.push((annotation, now_here)),
                Some(Entry::Deleted(_)) | None => undo.added.push((id, now_here)),
            }
        }
        for (id, was) in foreign_before {
            if self.foreign.get(&id) != was.as_ref() {
                undo.foreign.push((id, was));
            }
        }
        Ok((report, undo))
    }

    /// Puts back what an import changed, as changes made `now`: replaced
    /// notes return (unless edited since), added annotations are deleted
    /// (unless edited since). Returns how many annotations changed.
    pub fn undo_import(&mut self, undo: ImportUndo, now: Timestamp) -> usize {
        let mut changed = 0;
        // Only what is still as the import left it: a later edit (here or in another tab) is kept.
        for (mut annotation, imported) in undo.replaced {
            if self.entries.get(annotation.id()) != Some(&imported) {
                continue;
            }
            annotation.touch(now.max(imported.modified().next()));
            self.entries.insert(annotation.id().clone(), Entry::Live(annotation));
            changed += 1;
        }
        for (id, imported) in undo.added {
            if self.entries.get(&id) == Some(&imported) && self.delete(&id, now).is_ok() {
                changed += 1;
            }
        }
        for (id, was) in undo.foreign {
            match was {
                Some(kept) => self.foreign.insert(id, kept),
                None => self.foreign.remove(&id),
            };
            changed += 1;
        }
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{read_import, ArticleId, ArticleText, Body, Colour, ExportFormat, ExportOptions, Scope};
    use lector_text::Span;

    const TEXT: &str = "Officials said the talks would resume next week.";

    fn at(millis: u64) -> Timestamp {
        Timestamp::from_millis(1_795_457_660_000 + millis).unwrap()
    }

    fn id(n: u64) -> AnnotationId {
        AnnotationId::parse(&format!("00000000-0000-4000-8000-{n:012x}")).unwrap()
    }

    fn store_with(notes: &[(u64, &str, u64)]) -> AnnotationStore {
        let mut store = AnnotationStore::new();
        for &(n, note, time) in notes {
            let body = Body::new(note, [""; 0], Colour::Pink).unwrap();
            let article = ArticleId::parse("a").unwrap();
            store.create(id(n), article, &ArticleText::new(TEXT), Span::new(0, 9), body, at(time)).unwrap();
        }
        store
    }

    fn file_of(store: &AnnotationStore) -> ImportFile {
        let options = ExportOptions { now: at(0), article_iri: &crate::default_article_iri, article_title: &|_| None };
        read_import(&store.export(ExportFormat::Lector, Scope::All, &options), at(100_000)).unwrap()
    }

    #[test]
    fn an_import_is_undone_but_later_edits_are_kept() {
        let mut store = store_with(&[(1, "mine", 0), (2, "also mine", 0)]);
        let before = store.clone();
        // A colleague's newer versions of 1 and 2, and a new 3.
        let theirs = store_with(&[(1, "theirs", 10), (2, "theirs too", 10), (3, "new", 10)]);
        let (report, undo) = store.merge_import_undoable(file_of(&theirs)).unwrap();
        assert_eq!((report.merge.added, report.merge.updated), (1, 2));
        assert_eq!(undo.replaced().map(|a| a.body().note()).collect::<Vec<_>>(), ["mine", "also mine"]);
        // The reader edits 2 after the import: undo keeps that edit.
        store.set_note(&id(2), "edited after", at(20)).unwrap();
        assert_eq!(store.undo_import(undo, at(30)), 2);
        assert_eq!(store.get(&id(1)).unwrap().body().note(), "mine");
        assert_eq!(store.get(&id(2)).unwrap().body().note(), "edited after");
        assert!(store.get(&id(3)).is_none());
        // The undo is newer than the import: merging the import's store again changes nothing.
        let mut replay = store.clone();
        let report = replay.merge(theirs);
        assert!(!report.changed_here(), "{report}");
        assert_eq!(before.get(&id(1)).unwrap().body(), store.get(&id(1)).unwrap().body());
    }

    #[test]
    fn an_import_that_changed_nothing_has_nothing_to_undo() {
        let mut store = store_with(&[(1, "mine", 0)]);
        let copy = store.clone();
        let (_, undo) = store.merge_import_undoable(file_of(&copy)).unwrap();
        assert!(undo.is_empty());
    }
}
