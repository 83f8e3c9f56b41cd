use std::rc::Rc;

use lector_article::ArticleMeta;
use yew::prelude::*;
use yew_router::prelude::*;

use lector_annotations::{AnnotationId, ArticleId, ArticleText};

use crate::article_annotations::{ArticleAnnotations, SharedText};
use crate::article_source;
use crate::browser::{dom, reveal, selection, task};
use crate::components::annotation_tools::AnnotationTools;
use crate::components::annotations_sidebar::AnnotationsSidebar;
use crate::components::article_body::ArticleBody;
use crate::components::claim_elsewhere::ClaimElsewhere;
use crate::components::compare_with::CompareWith;
use crate::components::highlight_popover::{HighlightPopover, Selected};
use crate::components::legend::Legend;
use crate::components::not_found::NotFound;
use crate::components::sourcing_profile::SourcingProfileChart;
use crate::components::transfer_panel::TransferPanel;
use crate::geometry::Anchor;
use crate::highlights;
use crate::hooks::article_selection::use_article_selection;
use crate::hooks::claims_elsewhere::{marker_counts, use_claims_elsewhere};
use crate::opened::OpenedArticle;
use crate::route::Route;
use crate::state::annotations::AnnotationsContext;
use crate::state::library::LibraryContext;
use crate::state::prefs::PrefsContext;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub id: String,
}

#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Ready(Rc<OpenedArticle>),
    Failed(String),
}

#[component(ReaderView)]
pub fn reader_view(props: &ReaderProps) -> Html {
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    let entry = library.find(&props.id).cloned();
    let load = use_state(|| Load::Loading);
    {
        let load = load.clone();
        // Keyed on the entry, not the id: an own article read from storage
        // after the app started, or replaced by a newer copy, loads then.
        use_effect_with(entry.clone(), move |entry| {
            load.set(Load::Loading);
            if let Some(entry) = entry.clone() {
                dom::set_title(&format!("{} · Lector", entry.meta.title));
                task::spawn(async move {
                    let id = &entry.meta.id;
                    let result = article_source::load(&entry).await.and_then(|source| {
                        OpenedArticle::open(id, &source).map_err(|e| format!("this article cannot be shown: {e}"))
                    });
                    load.set(match result {
                        Ok(opened) => Load::Ready(Rc::new(opened)),
                        Err(message) => Load::Failed(message),
                    });
                });
            }
        });
    }
    let Some(entry) = entry else {
        if library.surely_missing(&props.id) {
            return html! { <NotFound /> };
        }
        return html! { <p class="loading" aria-live="polite">{ "Loading the article…" }</p> };
    };
    let meta = &entry.meta;
    let body = match &*load {
        Load::Loading => html! { <p class="loading" aria-live="polite">{ "Loading the article…" }</p> },
        Load::Failed(message) => html! {
            <section class="notice" role="alert">
                <h1>{ &meta.title }</h1>
                <p>{ message }</p>
            </section>
        },
        Load::Ready(opened) => html! { <OpenedReader opened={opened.clone()} /> },
    };
    html! {
        <div class="reader-page">
            <nav class="reader-nav" aria-label="Breadcrumb">
                <Link<Route> to={Route::Library} classes="back-link">{ "← Library" }</Link<Route>>
            </nav>
            { body }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct OpenedReaderProps {
    opened: Rc<OpenedArticle>,
}

#[component(OpenedReader)]
fn opened_reader(props: &OpenedReaderProps) -> Html {
    let prefs = use_context::<PrefsContext>().expect("rendered inside PrefsProvider");
    let annotations = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    // Article ids are checked when articles are parsed; one the annotation
    // format would refuse simply gets no annotation tools.
    let article_id = use_memo(props.opened.clone(), |opened| ArticleId::parse(&opened.article.meta.id).ok());
    let text = use_memo(props.opened.clone(), |opened| ArticleText::new(opened.text()));
    let anchored = {
        let annotations = annotations.clone();
        let (article_id, text) = (article_id.clone(), text.clone());
        use_memo((annotations.shared_store(), props.opened.clone()), move |(store, _)| match &*article_id {
            Some(id) => ArticleAnnotations::anchor(store, id, &text),
            None => ArticleAnnotations::default(),
        })
    };
    let claims = use_claims_elsewhere(props.opened.article.meta.id.clone());
    let highlights = {
        let opened = props.opened.clone();
        use_memo(((*prefs).clone(), opened, anchored.clone(), claims.clone()), |(prefs, opened, anchored, claims)| {
            let mut set = highlights::collect(opened, prefs);
            set.add_annotations(anchored);
            set.elsewhere = marker_counts(claims, opened);
            set
        })
    };
    let page_ref = use_node_ref();
    let selection = use_article_selection(page_ref.clone());
    let help_open = use_state(|| false);
    let popover = use_state(|| None::<(Selected, Anchor)>);

    // Clicking or focusing a highlight opens its card.
    let select_from_event = {
        let popover = popover.clone();
        let page_ref = page_ref.clone();
        move |event: &Event| {
            let hit = dom::hit(event, &page_ref, "data-mention")
                .and_then(|(index, anchor)| Some((Selected::Mention(index.parse().ok()?), anchor)))
                .or_else(|| {
                    let (index, anchor) = dom::hit(event, &page_ref, "data-cue")?;
                    Some((Selected::Cue(index.parse().ok()?), anchor))
                });
            if let Some(hit) = hit {
                popover.set(Some(hit));
            }
        }
    };
    let onclick = {
        let select = select_from_event.clone();
        Callback::from(move |event: MouseEvent| {
            // A drag that selected text is for annotating, not for a card.
            if selection::is_empty() {
                select(&event);
            }
        })
    };
    let onfocusin = Callback::from(move |event: FocusEvent| select_from_event(&event));

    let close = {
        let popover = popover.clone();
        Callback::from(move |_| popover.set(None))
    };
    let jump = Callback::from(move |mention: usize| {
        dom::focus_selector(&format!("[data-mention=\"{mention}\"]"));
    });
    let meta = &props.opened.article.meta;
    html! {
        <div class="reader-layout" ref={page_ref.clone()}>
            <article class={classes!("reader", prefs.tint_hedged_sentences.then_some("tint-hedged"))}
                data-article-id={meta.id.clone()} {onclick} {onfocusin}>
                <ArticleBody opened={props.opened.clone()} {highlights} after_title={byline(meta)} />
            </article>
            <aside class="reader-panel" aria-label="About this article">
                <SourcingProfileChart opened={props.opened.clone()} />
                <Legend opened={props.opened.clone()} />
                <CompareWith id={meta.id.clone()} />
                if let Some(article) = (*article_id).clone() {
                    <AnnotationsSidebar annotations={anchored.clone()} text={SharedText(text.clone())} selection={selection.clone()}
                        on_reveal={Callback::from(|id: AnnotationId| { reveal::reveal_annotation(id.as_str()); })} />
                    <TransferPanel {article} />
                }
                <button type="button" class="help-button" onclick={{ let help_open = help_open.clone(); Callback::from(move |_| help_open.set(true)) }}>
                    { "Keyboard shortcuts " }<kbd>{ "?" }</kbd>
                </button>
            </aside>
            // Cards and tools come and go inside one element that is always
            // there: Yew pairs unkeyed children from the end, so a child
            // appearing beside the article would make it re-create the
            // article (and lose the reader's focus and selection).
            <div class="reader-overlays">
                { for popover.as_ref().map(|(selected, anchor)| html! {
                    <HighlightPopover opened={props.opened.clone()} selected={*selected} anchor={*anchor}
                        on_close={close.clone()} on_jump={jump.clone()} />
                }) }
                <ClaimElsewhere id={meta.id.clone()} claims={claims.clone()} page={page_ref.clone()} />
                if let Some(article) = (*article_id).clone() {
                    <AnnotationTools {article} text={SharedText(text.clone())} annotations={anchored.clone()} selection={selection.clone()}
                        page={page_ref.clone()} help_open={*help_open} on_escape={close.clone()}
                        on_help={{ let help_open = help_open.clone(); Callback::from(move |open| help_open.set(open)) }} />
                }
            </div>
        </div>
    }
}

fn byline(meta: &ArticleMeta) -> Html {
    let parts: Vec<Html> = [
        meta.author.as_ref().map(|a| html! { <span class="author">{ format!("By {a}") }</span> }),
        meta.outlet.as_ref().map(|o| html! { <span class="outlet">{ o }</span> }),
        meta.date.map(|d| html! { <time datetime={d.to_string()}>{ d.human() }</time> }),
        Some(html! { <span class="reading-time">{ format!("{} min read", meta.reading_minutes) }</span> }),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <p class="byline">
            { for parts.into_iter().enumerate().map(|(i, part)| html! {
                <>{ if i > 0 { html! { <span class="sep" aria-hidden="true">{ " · " }</span> } } else { html! {} } }{ part }</>
            }) }
        </p>
    }
}
