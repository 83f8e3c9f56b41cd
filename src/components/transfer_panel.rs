//! Export and import, beside the article. Exports download a file; imports
//! take a file from the picker (or dropped anywhere on the page, see
//! `drop_import.rs`), validate all of it, and merge it or say what is wrong.

use lector_annotations::{ArticleId, ExportFormat};
use lector_library::{is_library_file, MAX_LIBRARY_BYTES};
use yew::prelude::*;

use crate::browser::file_read::{self, PickedFile};
use crate::browser::{clock, dom, task};
use crate::components::foreign_list::ForeignList;
use crate::exporting::{download_export_with, format_label};
use crate::library_file::{self, Importing};
use crate::state::annotations::{AnnotationAction, AnnotationsContext};
use crate::state::corrections::{CorrectionsAction, CorrectionsContext};
use crate::state::library::LibraryContext;
use crate::state::notices::NoticeKind;

#[derive(Properties, PartialEq)]
pub struct TransferPanelProps {
    pub article: ArticleId,
}

/// Reads each file and hands it to the store, one after the other (and to
/// the corrections, which take the `corrections` of a Lector JSON file). A
/// library file (`lector_library`) goes to the library import instead.
pub fn import_files(to: Importing, files: Vec<PickedFile>) {
    task::spawn(async move {
        for file in files {
            let content = file.text_within(MAX_LIBRARY_BYTES, "files", "split the file").await;
            if let Ok(raw) = &content {
                if is_library_file(raw) {
                    library_file::import(file.name(), raw.clone(), to.clone()).await;
                    continue;
                }
                to.corrections.dispatch(CorrectionsAction::Import { file_name: file.name(), raw: raw.clone() });
            }
            to.annotations.dispatch(AnnotationAction::Import { file_name: file.name(), content, at: clock::now() });
        }
    });
}

#[component(TransferPanel)]
pub fn transfer_panel(props: &TransferPanelProps) -> Html {
    let state = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    let corrections = use_context::<CorrectionsContext>().expect("rendered inside CorrectionsProvider");
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    let format = use_state(|| ExportFormat::Lector);
    let export = |article: Option<ArticleId>| {
        let state = state.clone();
        let corrections = corrections.clone();
        let library = library.clone();
        let format = *format;
        Callback::from(move |_| {
            let notice =
                match download_export_with(state.store(), &library, corrections.set(), format, article.as_ref()) {
                    Ok(done) => NoticeKind::Info(done),
                    Err(why) => NoticeKind::Info(why),
                };
            state.dispatch(AnnotationAction::Notify(notice));
        })
    };
    let on_format = {
        let format = format.clone();
        Callback::from(move |event: Event| {
            let value = dom::value_of(&event);
            let chosen = ExportFormat::ALL.into_iter().find(|f| Some(format_value(*f)) == value.as_deref());
            if let Some(chosen) = chosen {
                format.set(chosen);
            }
        })
    };
    let on_pick = {
        let state = state.clone();
        let corrections = corrections.clone();
        let library = library.clone();
        Callback::from(move |event: Event| {
            let to =
                Importing { annotations: state.clone(), library: library.clone(), corrections: corrections.clone() };
            import_files(to, file_read::files_of_input(&event))
        })
    };
    html! {
        <section class="panel-section transfer-panel" aria-labelledby="transfer-heading">
            <h2 id="transfer-heading">{ "Export / import" }</h2>
            <label for="export-format">{ "Format" }</label>
            <select id="export-format" onchange={on_format}>
                { for ExportFormat::ALL.iter().map(|&f| html! {
                    <option value={format_value(f)} selected={f == *format}>{ format_label(f) }</option>
                }) }
            </select>
            <div class="transfer-actions">
                <button type="button" class="export-article" onclick={export(Some(props.article.clone()))}>
                    { "Export this article" }
                </button>
                <button type="button" class="export-all" onclick={export(None)}>{ "Export all" }</button>
            </div>
            if state.may_annotate() {
                <label class="file-button">
                    { "Import a file…" }
                    <input type="file" class="import-file" accept=".json,.jsonld,application/json,application/ld+json"
                        multiple=true onchange={on_pick} />
                </label>
            } else {
                <p class="panel-hint framed-hint">{ "Importing is off while Lector is shown inside another website." }</p>
            }
            <p class="panel-hint">
                { "Lector JSON or W3C Web Annotation files; or drop a file anywhere on the page. \
                   Nothing changes unless the whole file is valid; annotations you already have are updated only by newer versions. \
                   Your corrections of the analysis go with Lector JSON only." }
            </p>
            <ForeignList />
        </section>
    }
}

fn format_value(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Lector => "lector",
        ExportFormat::W3c => "w3c",
        ExportFormat::Markdown => "markdown",
    }
}
