//! The library's handling of the reader's own articles: pages dropped on it
//! go to the importer, and a deleted article can be put back with Undo.

use std::rc::Rc;

use lector_article::ArticleMeta;
use yew::prelude::*;

use crate::browser::file_drop::use_file_drop;
use crate::browser::file_read::PickedFile;
use crate::browser::task;
use crate::components::drop_import::is_article_file;
use crate::own_library;
use crate::state::library::{LibraryAction, LibraryContext};

/// An own article just deleted, kept to put back on Undo.
#[derive(Clone, PartialEq)]
pub struct Deleted {
    pub id: String,
    pub title: String,
    raw: Option<String>,
}

pub struct OwnDelete {
    pub deleted: Option<Deleted>,
    pub problem: Option<String>,
    pub on_delete: Callback<ArticleMeta>,
    pub on_undo: Callback<MouseEvent>,
}

/// Pages, texts and Markdown files dropped on the library, for the importer.
#[hook]
pub fn use_dropped_pages() -> Option<Rc<Vec<PickedFile>>> {
    let dropped = use_state(|| None::<Rc<Vec<PickedFile>>>);
    {
        let dropped = dropped.clone();
        let on_files = Callback::from(move |files: Vec<PickedFile>| {
            let pages: Vec<_> = files.into_iter().filter(is_article_file).collect();
            if !pages.is_empty() {
                dropped.set(Some(Rc::new(pages)));
            }
        });
        use_file_drop(Callback::noop(), on_files);
    }
    (*dropped).clone()
}

/// Deleting an own article from the browser's storage, with Undo.
#[hook]
pub fn use_own_delete(library: LibraryContext) -> OwnDelete {
    let deleted = use_state(|| None::<Deleted>);
    let problem = use_state(|| None::<String>);
    let on_delete = {
        let (library, deleted, problem) = (library.clone(), deleted.clone(), problem.clone());
        Callback::from(move |meta: ArticleMeta| {
            let (library, deleted, problem) = (library.clone(), deleted.clone(), problem.clone());
            task::spawn(async move {
                match own_library::delete(&meta.id).await {
                    Ok(raw) => {
                        library.dispatch(LibraryAction::Removed(meta.id.clone()));
                        deleted.set(Some(Deleted { id: meta.id, title: meta.title, raw }));
                    }
                    Err(error) => problem.set(Some(format!("The article was not deleted: {error}."))),
                }
            });
        })
    };
    let on_undo = {
        let (deleted, problem) = (deleted.clone(), problem.clone());
        Callback::from(move |_| {
            let Some(gone) = (*deleted).clone() else { return };
            let (library, deleted, problem) = (library.clone(), deleted.clone(), problem.clone());
            task::spawn(async move {
                let Some(raw) = gone.raw else { return };
                match own_library::restore(&gone.id, &raw).await {
                    Ok(Some(meta)) => {
                        library.dispatch(LibraryAction::Added(meta));
                        deleted.set(None);
                    }
                    Ok(None) => deleted.set(None),
                    Err(error) => problem.set(Some(format!("The article was not restored: {error}."))),
                }
            });
        })
    };
    OwnDelete { deleted: (*deleted).clone(), problem: (*problem).clone(), on_delete, on_undo }
}
