//! "Move your library", at the foot of the library: the reader's own
//! articles and all their annotations exported as one file, and imported
//! from one (`src/library_file.rs` does the work).

use lector_library::MAX_LIBRARY_BYTES;
use yew::prelude::*;

use crate::browser::file_read;
use crate::browser::task;
use crate::library_file::{self, Importing};
use crate::state::annotations::{AnnotationAction, AnnotationsContext};
use crate::state::corrections::CorrectionsContext;
use crate::state::library::LibraryContext;
use crate::state::notices::NoticeKind;

#[component(LibraryTransfer)]
pub fn library_transfer() -> Html {
    let annotations = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    let corrections = use_context::<CorrectionsContext>().expect("rendered inside CorrectionsProvider");
    let to = Importing { annotations: annotations.clone(), library, corrections };
    let on_export = {
        let to = to.clone();
        Callback::from(move |_| {
            let to = to.clone();
            task::spawn(async move {
                let said = library_file::export(to.annotations.clone(), to.library, to.corrections).await;
                let notice = match said {
                    Ok(done) => NoticeKind::Info(done),
                    Err(why) => NoticeKind::Error { title: "Your library was not exported".into(), message: why },
                };
                to.annotations.dispatch(AnnotationAction::Notify(notice));
            });
        })
    };
    let on_pick = Callback::from(move |event: Event| {
        for file in file_read::files_of_input(&event) {
            let to = to.clone();
            task::spawn(async move {
                match file.text_within(MAX_LIBRARY_BYTES, "library files", "export it again in parts").await {
                    Ok(raw) => library_file::import(file.name(), raw, to).await,
                    Err(message) => to.annotations.dispatch(AnnotationAction::Notify(NoticeKind::Error {
                        title: format!("{} was not imported", file.name()),
                        message,
                    })),
                }
            });
        }
    });
    html! {
        <section class="library-transfer" aria-labelledby="library-transfer-heading">
            <h2 id="library-transfer-heading">{ "Move your library" }</h2>
            <p class="panel-hint">
                { "One file with the articles you added and all your annotations: keep a copy, or open them in \
                   another browser. Importing adds what is not here yet and updates annotations only with newer \
                   versions; nothing changes unless the whole file is valid." }
            </p>
            <div class="transfer-actions">
                <button type="button" class="export-library" onclick={on_export}>{ "Export your library" }</button>
                if annotations.may_annotate() {
                    <label class="file-button">
                        { "Import a library file…" }
                        <input type="file" class="import-library" accept=".json,application/json" onchange={on_pick} />
                    </label>
                }
            </div>
        </section>
    }
}
