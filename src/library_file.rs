//! Moving a library: the reader's own articles and all their annotations as
//! one file (the format is `lector_library`'s), written from this browser
//! and read into it. Validation and the merge plan are the crate's; this
//! reads and writes the browser's storage and hands the rest to the states.

use lector_annotations::{ExportFormat, Timestamp};
use lector_library::{file_name, plan_import, read_library, HereArticle, LibraryFile};

use crate::browser::{clock, download};
use crate::exporting::export_content;
use crate::own_library;
use crate::state::annotations::{AnnotationAction, AnnotationsContext, ArticlesImported};
use crate::state::corrections::{CorrectionsAction, CorrectionsContext};
use crate::state::library::{LibraryAction, LibraryContext, Origin};
use crate::state::notices::NoticeKind;

/// Downloads the library file. Returns a sentence saying what it holds, or
/// why nothing was downloaded.
pub async fn export(
    annotations: AnnotationsContext,
    library: LibraryContext,
    corrections: CorrectionsContext,
) -> Result<String, String> {
    let now = clock::now();
    let (articles, unreadable) =
        own_library::all_for_export().await.map_err(|e| format!("Your library was not exported: {e}."))?;
    let store = annotations.store();
    let noted = store.len() + store.foreign().len();
    let corrected = corrections.set().iter().count();
    if articles.is_empty() && noted + corrected == 0 {
        return Err("There is nothing to export yet: add an article or annotate one first.".into());
    }
    let annotations = (noted + corrected > 0)
        .then(|| export_content(store, &library, corrections.set(), ExportFormat::Lector, None, now));
    let count = articles.len();
    let content = LibraryFile { articles, annotations }.encode(now);
    let name = file_name(clock::local_date(now));
    download::download(&name, "application/json", &content)?;
    let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let mut done = format!("Downloaded {name}: {} and {}", plural(count, "article"), plural(noted, "annotation"));
    if corrected > 0 {
        done.push_str(&format!(", {}", plural(corrected, "correction")));
    }
    if unreadable > 0 {
        done.push_str(&format!(
            " ({} stored in this browser could not be read and stay here, not in the file)",
            plural(unreadable, "article")
        ));
    }
    done.push('.');
    Ok(done)
}

/// The states a library import changes.
#[derive(Clone)]
pub struct Importing {
    pub annotations: AnnotationsContext,
    pub library: LibraryContext,
    pub corrections: CorrectionsContext,
}

/// Validates the whole file, then stores its new articles in one write, then
/// merges its annotations and corrections. If the file is wrong, or the
/// articles cannot be stored, nothing changes and a notice says why.
pub async fn import(file_name: String, raw: String, to: Importing) {
    let now: Timestamp = clock::now();
    let title = format!("{file_name} was not imported");
    let fail = |message: String| {
        to.annotations.dispatch(AnnotationAction::Notify(NoticeKind::Error { title: title.clone(), message }))
    };
    if !to.annotations.may_annotate() {
        // The annotations state says why (framed by another site) and refuses the rest.
        return to.annotations.dispatch(AnnotationAction::ImportLibrary {
            file_name,
            articles: ArticlesImported::default(),
            annotations: None,
            at: now,
        });
    }
    let file = match read_library(&raw, now) {
        Ok(file) => file,
        Err(error) => return fail(format!("{}\n{error}", error.plain())),
    };
    let here: Vec<HereArticle> = to
        .library
        .entries()
        .iter()
        .filter(|entry| entry.origin == Origin::Own)
        .map(|entry| HereArticle {
            id: entry.meta.id.clone(),
            iri: to.library.stable_iri(&entry.meta.id).unwrap_or_default(),
        })
        .collect();
    let plan = plan_import(file, &here);
    let stored = match own_library::save_imported(&plan.add).await {
        Ok(stored) => stored,
        Err(error) => return fail(format!("Its articles could not be stored, so nothing was imported: {error}.")),
    };
    let added: Vec<String> = stored.iter().map(|a| a.meta.id.clone()).collect();
    for article in stored {
        to.library.dispatch(LibraryAction::Added(article));
    }
    if let Some(raw) = &plan.annotations {
        to.corrections.dispatch(CorrectionsAction::Import { file_name: file_name.clone(), raw: raw.clone() });
    }
    let articles = ArticlesImported { added, already_here: plan.already_here.len(), same_story: plan.same_story.len() };
    to.annotations.dispatch(AnnotationAction::ImportLibrary {
        file_name,
        articles,
        annotations: plan.annotations,
        at: now,
    });
}

/// Takes back the articles a library import added (its notice's Undo; the
/// annotations are the annotations state's to put back).
pub async fn remove_added(ids: &[String], to: Importing) {
    let mut problems = Vec::new();
    for id in ids {
        match own_library::delete(id).await {
            Ok(_) => to.library.dispatch(LibraryAction::Removed(id.clone())),
            Err(error) => problems.push(format!("{id}: {error}")),
        }
    }
    let notice = if problems.is_empty() {
        let plural = if ids.len() == 1 { "" } else { "s" };
        NoticeKind::Info(format!("{} article{plural} the import added removed.", ids.len()))
    } else {
        NoticeKind::Error { title: "Some imported articles were not removed".into(), message: problems.join("; ") }
    };
    to.annotations.dispatch(AnnotationAction::Notify(notice));
}
