use std::rc::Rc;

use lector_article::ArticleMeta;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::file_drop::use_file_drop;
use crate::browser::{dom, task};
use crate::components::add_article::AddArticle;
use crate::components::drop_import::is_article_file;
use crate::own_library;
use crate::route::Route;
use crate::state::annotations::AnnotationsContext;
use crate::state::library::{LibraryAction, LibraryContext, Origin};

/// An own article just deleted, kept to put back on Undo.
#[derive(Clone, PartialEq)]
struct Deleted {
    id: String,
    title: String,
    raw: Option<String>,
}

#[component(LibraryView)]
pub fn library_view() -> Html {
    use_effect_with((), |_| dom::set_title("Library · Lector"));
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    let articles = library.entries();
    let annotations = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    let noted: Vec<(String, usize)> =
        annotations.store().articles().into_iter().map(|(id, n)| (id.as_str().to_string(), n)).collect();
    let count_for = |id: &str| noted.iter().find(|(article, _)| article == id).map_or(0, |(_, n)| *n);
    let dropped = use_state(|| None::<Rc<Vec<_>>>);
    {
        let dropped = dropped.clone();
        let on_files = Callback::from(move |files: Vec<_>| {
            let pages: Vec<_> = files.into_iter().filter(is_article_file).collect();
            if !pages.is_empty() {
                dropped.set(Some(Rc::new(pages)));
            }
        });
        use_file_drop(Callback::noop(), on_files);
    }
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
        let (library, deleted, problem) = (library.clone(), deleted.clone(), problem.clone());
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
    html! {
        <section class="library" aria-labelledby="library-heading">
            <h1 id="library-heading">{ "Library" }</h1>
            <p class="library-intro">
                { format!("{} articles. Open one to see who it is about and how sure it is.", articles.len()) }
            </p>
            <AddArticle dropped={(*dropped).clone()} />
            if let Some(gone) = &*deleted {
                <p class="own-deleted" role="status">
                    { format!("\u{201c}{}\u{201d} deleted. ", gone.title) }
                    <button type="button" class="undo" onclick={on_undo}>{ "Undo" }</button>
                </p>
            }
            if let Some(problem) = &*problem {
                <p class="own-problem" role="alert">{ problem }</p>
            }
            <ol class="article-list">
                { for articles.iter().map(|entry| {
                    let own = (entry.origin == Origin::Own).then(|| on_delete.clone());
                    article_card(&entry.meta, count_for(&entry.meta.id), own)
                }) }
            </ol>
        </section>
    }
}

/// `on_delete` is given for the reader's own articles (samples stay).
fn article_card(meta: &ArticleMeta, annotations: usize, on_delete: Option<Callback<ArticleMeta>>) -> Html {
    let date = meta.date.map(|d| {
        html! { <time datetime={d.to_string()}>{ d.human() }</time> }
    });
    html! {
        <li class={classes!("article-card", on_delete.is_some().then_some("own"))} data-article-id={meta.id.clone()}>
            <h2 class="article-card-title">
                <Link<Route> to={Route::Article { id: meta.id.clone() }}>{ &meta.title }</Link<Route>>
            </h2>
            <p class="article-card-meta">
                <span class="outlet">{ meta.outlet.clone().unwrap_or_else(|| "Outlet not stated".into()) }</span>
                <span class="sep" aria-hidden="true">{ " · " }</span>
                { date.unwrap_or_else(|| html! { <span class="undated">{ "Undated" }</span> }) }
                <span class="sep" aria-hidden="true">{ " · " }</span>
                <span class="words">{ format!("{} words", meta.words) }</span>
                <span class="sep" aria-hidden="true">{ " · " }</span>
                <span class="reading-time">{ format!("{} min read", meta.reading_minutes) }</span>
                if on_delete.is_some() {
                    <span class="sep" aria-hidden="true">{ " · " }</span>
                    <span class="own-badge">{ "Your article" }</span>
                }
                if annotations > 0 {
                    <span class="sep" aria-hidden="true">{ " · " }</span>
                    <span class="annotation-count">
                        { format!("{annotations} annotation{}", if annotations == 1 { "" } else { "s" }) }
                    </span>
                }
            </p>
            if let Some(on_delete) = on_delete {
                <button type="button" class="own-delete" aria-label={format!("Delete \u{201c}{}\u{201d}", meta.title)}
                        onclick={let meta = meta.clone(); move |_| on_delete.emit(meta.clone())}>
                    { "Delete" }
                </button>
            }
        </li>
    }
}
