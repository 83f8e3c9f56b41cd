//! Adding the reader's own articles, from the library: choose files (several
//! at once), paste into the box or anywhere on the library (Ctrl+V, HTML
//! preferred), or drop files on the page (`drop_import` routes pages here).
//! Each file goes to the importer (a worker loaded on first use), then to a
//! preview (`article_preview`) where the reader checks what was kept; only
//! Save stores anything.

use std::rc::Rc;

use lector_annotations::{ArticleId, ArticleText};
use lector_article::{Article, ArticleMeta};
use yew::prelude::*;

use crate::browser::events::use_document_event;
use crate::browser::file_read::{files_of_input, PickedFile};
use crate::browser::{clipboard, clock, importer, task};
use crate::components::article_preview::ArticlePreview;
use crate::own::draft::{Draft, Finished};
use crate::own::extraction::{read_reply, Reply};
use crate::own::identity::stable_iri;
use crate::own_library;
use crate::state::annotations::{AnnotationAction, AnnotationsContext};
use crate::state::library::{LibraryAction, LibraryContext};

/// Pages larger than this are refused before they are read (the
/// extractor's own limit, `lector_extract::MAX_INPUT_BYTES`).
const MAX_PAGE_BYTES: usize = 16_000_000;

/// Something to import: a file's name (if any) and its bytes.
type Incoming = (Option<String>, Vec<u8>);

/// The drafts waiting for the reader, first shown first, and the messages
/// about files that gave no article.
#[derive(Clone, Default, PartialEq)]
struct Queue {
    drafts: Vec<Rc<Draft>>,
    refused: Vec<String>,
    busy: bool,
}

/// Runs each file through the importer, in order, adding a draft or a
/// message per file to `queue`.
fn import_all(queue: UseStateHandle<Queue>, pending: Vec<PendingFile>) {
    let mut busy = (*queue).clone();
    busy.busy = true;
    queue.set(busy.clone());
    task::spawn(async move {
        let mut state = busy;
        for file in pending {
            let (label, incoming) = match file {
                PendingFile::Picked(file) => {
                    let name = file.name();
                    let bytes = file.bytes(MAX_PAGE_BYTES, |size| too_large(&name, size)).await;
                    (name.clone(), bytes.map(|bytes| (Some(name), bytes)))
                }
                PendingFile::Pasted(incoming) => ("Pasted text".to_string(), Ok(incoming)),
            };
            let reply = match incoming {
                Ok((name, bytes)) => importer::extract(name.as_deref(), &bytes).await.map(|json| read_reply(&json)),
                Err(why) => Err(why),
            };
            match reply {
                Ok(Reply::Extracted(extraction)) => state.drafts.push(Rc::new(Draft::new(&label, extraction))),
                Ok(Reply::Refused(why)) | Err(why) => {
                    state.refused.push(format!("{label}: {why}. Nothing was added."));
                }
            }
        }
        state.busy = false;
        queue.set(state);
    });
}

fn too_large(name: &str, bytes: usize) -> String {
    format!(
        "{name} is {:.1} MB; pages over {} MB are refused (save the page as \"HTML only\", or copy the article's text)",
        bytes as f64 / 1e6,
        MAX_PAGE_BYTES / 1_000_000
    )
}

pub enum PendingFile {
    Picked(PickedFile),
    Pasted(Incoming),
}

/// Called once an article is stored and in the library.
fn on_article_saved(annotations: &AnnotationsContext, meta: &ArticleMeta, source: &str) {
    let Ok(article) = Article::parse(&meta.id, source) else { return };
    let Ok(id) = ArticleId::parse(&meta.id) else { return };
    // Annotations kept for this story (imported before the library had it) attach now.
    annotations.dispatch(AnnotationAction::ArticleAdded {
        article: id,
        iri: stable_iri(article.meta.source.as_deref(), &article.document.text),
        text: Rc::new(ArticleText::new(&article.document.text)),
        at: clock::now(),
    });
}

/// Saves the draft the preview hands back (or drops it on Cancel), then
/// shows the next one.
fn save_callback(
    queue: UseStateHandle<Queue>,
    save_error: UseStateHandle<Option<String>>,
    library: LibraryContext,
    annotations: AnnotationsContext,
) -> Callback<Option<(Finished, String)>> {
    Callback::from(move |finished: Option<(Finished, String)>| {
        let Some((finished, from)) = finished else {
            let mut next = (*queue).clone();
            next.drafts.remove(0);
            queue.set(next);
            save_error.set(None);
            return;
        };
        let (queue, save_error, library, annotations) =
            (queue.clone(), save_error.clone(), library.clone(), annotations.clone());
        task::spawn(async move {
            match own_library::save(&[(finished.clone(), Some(from))], clock::now().millis() as f64).await {
                Ok(()) => {
                    library
                        .dispatch(LibraryAction::Added(own_library::listed(finished.meta.clone(), &finished.source)));
                    on_article_saved(&annotations, &finished.meta, &finished.source);
                    let mut next = (*queue).clone();
                    next.drafts.remove(0);
                    queue.set(next);
                    save_error.set(None);
                }
                Err(error) => save_error.set(Some(format!("The article was not saved: {error}."))),
            }
        });
    })
}

#[derive(Properties, PartialEq)]
pub struct AddArticleProps {
    /// Files dropped on the library page, handed over by `drop_import`.
    #[prop_or_default]
    pub dropped: Option<Rc<Vec<PickedFile>>>,
}

#[component(AddArticle)]
pub fn add_article(props: &AddArticleProps) -> Html {
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    let annotations = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    let queue = use_state(Queue::default);
    let open = use_state(|| false);
    let pasted_text = use_state(String::new);
    let save_error = use_state(|| None::<String>);
    {
        let queue = queue.clone();
        use_effect_with(props.dropped.clone(), move |dropped| {
            if let Some(files) = dropped {
                import_all(queue, files.iter().cloned().map(PendingFile::Picked).collect());
            }
        });
    }
    {
        let queue = queue.clone();
        use_document_event("paste", move |event| {
            if let Some((text, html)) = clipboard::pasted(event) {
                let name = if html { "pasted.html" } else { "pasted.txt" };
                import_all(queue.clone(), vec![PendingFile::Pasted((Some(name.into()), text.into_bytes()))]);
            }
        });
    }
    let on_files = {
        let queue = queue.clone();
        Callback::from(move |event: Event| {
            import_all(queue.clone(), files_of_input(&event).into_iter().map(PendingFile::Picked).collect())
        })
    };
    let on_paste_input = {
        let pasted_text = pasted_text.clone();
        Callback::from(move |event: InputEvent| {
            pasted_text.set(crate::browser::dom::value_of(&event).unwrap_or_default())
        })
    };
    let on_read_pasted = {
        let (queue, pasted_text) = (queue.clone(), pasted_text.clone());
        Callback::from(move |_| {
            let text = (*pasted_text).clone();
            if !text.trim().is_empty() {
                let name = if text.trim_start().starts_with('<') { "pasted.html" } else { "pasted.txt" };
                import_all(queue.clone(), vec![PendingFile::Pasted((Some(name.into()), text.into_bytes()))]);
                pasted_text.set(String::new());
            }
        })
    };
    let toggle_open = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let on_done = save_callback(queue.clone(), save_error.clone(), library, annotations);
    let dismiss_refused = {
        let queue = queue.clone();
        Callback::from(move |_| {
            let mut next = (*queue).clone();
            next.refused.clear();
            queue.set(next);
        })
    };
    html! {
        <section class="add-article" aria-label="Add your own articles">
            <button type="button" class="add-article-toggle" aria-expanded={(*open).to_string()} onclick={toggle_open}>
                { "Add article" }
            </button>
            if *open {
                <div class="add-article-panel">
                    <p class="add-article-help">
                        { "Choose saved web pages (.html), text (.txt) or Markdown (.md), several at once; \
                           or paste the article below, or press Ctrl+V anywhere on the library, or drop files on the page. \
                           Nothing from the page runs or is fetched." }
                    </p>
                    <label class="add-article-files">
                        { "Choose files" }
                        <input type="file" multiple=true accept=".html,.htm,.txt,.md,text/html,text/plain,text/markdown"
                               onchange={on_files} />
                    </label>
                    <label class="add-article-paste">
                        { "Or paste the article's text or HTML" }
                        <textarea rows="4" value={(*pasted_text).clone()} oninput={on_paste_input} />
                    </label>
                    <button type="button" onclick={on_read_pasted}>{ "Read pasted text" }</button>
                </div>
            }
            if queue.busy {
                <p class="add-article-busy" role="status">{ "Reading the article…" }</p>
            }
            if !queue.refused.is_empty() {
                <div class="add-article-refused" role="alert">
                    <ul>{ for queue.refused.iter().map(|why| html! { <li>{ why }</li> }) }</ul>
                    <button type="button" onclick={dismiss_refused}>{ "Dismiss" }</button>
                </div>
            }
            if let Some(draft) = queue.drafts.first() {
                <ArticlePreview key={Rc::as_ptr(draft) as usize} draft={draft.clone()} waiting={queue.drafts.len() - 1}
                                error={(*save_error).clone()} on_done={on_done} />
            }
        </section>
    }
}
