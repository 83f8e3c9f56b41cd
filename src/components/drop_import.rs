//! Importing by dropping a file anywhere on the page. While a file is
//! dragged over the page an overlay says what dropping will do; text or
//! links being dragged are left alone. Files are routed by what they are:
//! library files (`lector_library`) to the library import, annotation
//! exports (`.json`, `.jsonld`) to the annotation import;
//! pages, texts and Markdown files are articles, added from the library
//! (`add_article`, which takes them on the library page).

use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::file_drop::use_file_drop;
use crate::browser::file_read::PickedFile;
use crate::components::transfer_panel::import_files;
use crate::library_file::Importing;
use crate::route::Route;
use crate::state::annotations::{AnnotationAction, AnnotationsContext};
use crate::state::corrections::CorrectionsContext;
use crate::state::library::LibraryContext;
use crate::state::notices::NoticeKind;

/// Whether a dropped file is an article to add (by its name).
pub fn is_article_file(file: &PickedFile) -> bool {
    let name = file.name().to_ascii_lowercase();
    [".html", ".htm", ".xhtml", ".txt", ".md", ".markdown"].iter().any(|ext| name.ends_with(ext))
}

#[component(DropImport)]
pub fn drop_import() -> Html {
    let state = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    let may_import = state.may_annotate();
    let corrections = use_context::<CorrectionsContext>().expect("rendered inside CorrectionsProvider");
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    let on_library = use_route::<Route>().is_some_and(|route| route == Route::Library);
    let dragging = use_state_eq(|| false);
    let on_dragging = {
        let dragging = dragging.clone();
        Callback::from(move |over: bool| dragging.set(over))
    };
    let on_files = Callback::from(move |files: Vec<PickedFile>| {
        let (articles, others): (Vec<PickedFile>, Vec<PickedFile>) = files.into_iter().partition(is_article_file);
        if !articles.is_empty() && !on_library {
            state.dispatch(AnnotationAction::Notify(NoticeKind::Info(
                "To add articles, drop the files on the Library page.".into(),
            )));
        }
        if !others.is_empty() {
            let to =
                Importing { annotations: state.clone(), library: library.clone(), corrections: corrections.clone() };
            import_files(to, others);
        }
    });
    use_file_drop(on_dragging, on_files);
    html! {
        if *dragging {
            <div class="drop-overlay" aria-hidden="true">
                if may_import {
                    <p>{ "Drop a web page, text or Markdown file to add it as an article, a library file to import its articles and annotations, or a Lector JSON or W3C Web Annotation file to import its annotations" }</p>
                } else {
                    <p>{ "Importing is off while Lector is shown inside another website" }</p>
                }
            </div>
        }
    }
}
