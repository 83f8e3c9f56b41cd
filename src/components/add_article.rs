//! Adding the reader's own articles, from the library: choose files (several
//! at once), paste into the box or anywhere on the library (Ctrl+V, HTML
//! preferred), or drop files on the page (`drop_import` routes pages here).
//! Each file goes to the importer (a worker loaded on first use), then to a
//! preview (`article_preview`) where the reader checks what was kept; only
//! Save stores anything.

use std::rc::Rc;

use lector_annotations::{ArticleId, ArticleText};
use lector_article::Article;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::events::use_document_event;
use crate::browser::file_read::{files_of_input, PickedFile};
use crate::browser::{clipboard, clock, importer, task};
use crate::components::article_preview::ArticlePreview;
use crate::own::draft::{Draft, Finished};
use crate::own::extraction::{read_reply, Reply};
use crate::own_library::{self, Saved};
use crate::route::Route;
use crate::state::annotations::{AnnotationAction, AnnotationsContext};
use crate::state::library::{LibraryAction, LibraryContext, OwnArticle};

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

/// Called once an article (or a newer version of one) is stored and in the
/// library: annotations kept for this story (imported before the library had
/// it) attach now. The reader's own annotations of an earlier version need
/// nothing: they are stored under the article's id, which a version keeps,
/// and anchor on the newest text by their quote when it opens.
fn on_article_saved(annotations: &AnnotationsContext, article: &OwnArticle, source: &str) {
    let Ok(parsed) = Article::parse(&article.meta.id, source) else { return };
    let Ok(id) = ArticleId::parse(&article.meta.id) else { return };
    annotations.dispatch(AnnotationAction::ArticleAdded {
        article: id,
        iri: article.iri.clone(),
        text: Rc::new(ArticleText::new(&parsed.document.text)),
        at: clock::now(),
    });
}

/// Where the reader goes after a save: a new version opens (the newest),
/// and so does a text already kept (at its version); a new article stays in
/// the library, as before.
fn after_save(saved: &Saved) -> Option<Route> {
    match saved {
        Saved::New(_) => None,
        Saved::Version { article, .. } => Some(Route::Article { id: article.meta.id.clone() }),
        Saved::Kept { id, newest: true, .. } => Some(Route::Article { id: id.clone() }),
        Saved::Kept { id, version, newest: false } => Some(Route::Version { id: id.clone(), number: *version }),
    }
}

/// What became of a saved page that was not simply added.
fn saved_note(saved: &Saved, title: &str) -> Option<String> {
    match saved {
        Saved::New(_) => None,
        Saved::Version { number, because, .. } => {
            Some(format!("{title}: saved as version {number} of an article in your library ({because})."))
        }
        Saved::Kept { version, .. } => {
            Some(format!("{title}: this text is in your library already (version {version}); nothing was added."))
        }
    }
}

/// Saves the draft the preview hands back (or drops it on Cancel), then
/// shows the next one.
fn save_callback(
    queue: UseStateHandle<Queue>,
    save_error: UseStateHandle<Option<String>>,
    library: LibraryContext,
    annotations: AnnotationsContext,
    navigator: Option<Navigator>,
) -> Callback<Option<(Finished, String)>> {
    Callback::from(move |finished: Option<(Finished, String)>| {
        let Some((finished, from)) = finished else {
            let mut next = (*queue).clone();
            next.drafts.remove(0);
            queue.set(next);
            save_error.set(None);
            return;
        };
        let (queue, save_error, library, annotations, navigator) =
            (queue.clone(), save_error.clone(), library.clone(), annotations.clone(), navigator.clone());
        task::spawn(async move {
            match own_library::save(&finished, Some(from), clock::now().millis() as f64).await {
                Ok(saved) => {
                    if let Saved::New(article) | Saved::Version { article, .. } = &saved {
                        library.dispatch(LibraryAction::Added(article.clone()));
                        on_article_saved(&annotations, article, &finished.source);
                    }
                    let mut next = (*queue).clone();
                    next.drafts.remove(0);
                    let route = after_save(&saved);
                    // With more pages to preview the reader stays here, told where this one went.
                    if !next.drafts.is_empty() {
                        next.refused.extend(saved_note(&saved, &finished.meta.title));
                    }
                    let leave = next.drafts.is_empty();
                    queue.set(next);
                    save_error.set(None);
                    if let (true, Some(route), Some(navigator)) = (leave, route, navigator) {
                        navigator.push(&route);
                    }
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
    let on_done = save_callback(queue.clone(), save_error.clone(), library, annotations, use_navigator());
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
