use std::rc::Rc;

use lector_article::ArticleMeta;
use yew::prelude::*;
use yew_router::prelude::*;

use lector_annotations::{AnnotationId, ArticleAnchors, ArticleId, ArticleText};

use crate::article_source;
use crate::browser::{analyzer_data, dom, page_focus, reveal, selection, task};
use crate::components::annotation_tools::AnnotationTools;
use crate::components::annotations_sidebar::AnnotationsSidebar;
use crate::components::article_body::{ArticleBody, HighlightTypes};
use crate::components::article_versions::ArticleVersions;
use crate::components::claim_elsewhere::ClaimElsewhere;
use crate::components::compare_with::CompareWith;
use crate::components::correction_tools::CorrectionTools;
use crate::components::corrections_panel::CorrectionsPanel;
use crate::components::highlight_popover::{HighlightPopover, Selected};
use crate::components::highlights_status::HighlightsStatus;
use crate::components::legend::Legend;
use crate::components::not_found::NotFound;
use crate::components::notices::plain_then_detail;
use crate::components::sourcing_profile::SourcingProfileChart;
use crate::components::transfer_panel::TransferPanel;
use crate::geometry::AtAnchor;
use crate::highlights;
use crate::hooks::analyzer::use_analyzer;
use crate::hooks::article_selection::use_article_selection;
use crate::hooks::attach_kept::use_attach_kept;
use crate::hooks::claims_elsewhere::{marker_counts, use_claims_elsewhere};
use crate::hooks::corrected_article::use_corrected_article;
use crate::hooks::deep_link::use_passage_link;
use crate::hooks::page_arrival::{use_page_arrival, Arrival};
use crate::opened::OpenedArticle;
use crate::orphan_fixes::orphan_fixes;
use crate::route::Route;
use crate::shared_text::SharedText;
use crate::state::annotations::AnnotationsContext;
use crate::state::library::LibraryContext;
use crate::state::prefs::PrefsContext;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub id: String,
    /// A version of the article (1-based, oldest first) instead of the newest.
    #[prop_or_default]
    pub version: Option<usize>,
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
    let analyzer = use_analyzer();
    {
        let load = load.clone();
        // Keyed on the entry, not the id: an own article read from storage
        // after the app started, or replaced by a newer copy, loads then.
        use_effect_with((entry.clone(), props.version), move |(entry, version)| {
            load.set(Load::Loading);
            if let Some(entry) = entry.clone() {
                dom::set_title(&format!("{} · Lector", entry.meta.title));
                let version = *version;
                task::spawn(async move {
                    let id = &entry.meta.id;
                    let result = article_source::load_version(&entry, version).await.and_then(|source| {
                        let analyzer = analyzer_data::current().and_then(Result::ok);
                        OpenedArticle::open(id, &source, analyzer.as_deref())
                            .map_err(|e| format!("This article's file is damaged, so it cannot be shown.\n{e}"))
                    });
                    load.set(match result {
                        Ok(opened) => Load::Ready(Rc::new(opened)),
                        Err(message) => Load::Failed(message),
                    });
                });
            }
        });
    }
    // The text shows first; its highlights follow when the model arrives.
    {
        let load = load.clone();
        let data = analyzer.clone().and_then(Result::ok);
        use_effect_with((data.is_some(), (*load).clone()), move |(_, current)| {
            if let (Load::Ready(opened), Some(data)) = (current, data) {
                if !opened.analyzed {
                    load.set(Load::Ready(Rc::new(opened.analyzed_with(&data))));
                }
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
                { plain_then_detail(message) }
            </section>
        },
        Load::Ready(opened) => html! {
            <>
                <OpenedReader opened={opened.clone()} version={props.version} versions={entry.versions} />
                <HighlightsStatus analyzed={opened.analyzed} failed={analyzer.and_then(Result::err)} />
            </>
        },
    };
    html! {
        <div class="reader-page">
            <nav class="reader-nav" aria-label="Breadcrumb">
                <Link<Route> to={Route::Library} classes="back-link">{ "← Library" }</Link<Route>>
                // On a phone the panel lies under the article: one tap reaches it.
                <button type="button" class="link-button panel-jump" disabled={!matches!(*load, Load::Ready(_))}
                    onclick={Callback::from(|_| { page_focus::show_and_focus("aside.reader-panel"); })}>
                    { PANEL_JUMP }
                </button>
            </nav>
            { older_version_banner(&props.id, props.version, entry.versions) }
            { body }
        </div>
    }
}

/// Says which version an address shows when it is not the newest.
fn older_version_banner(id: &str, version: Option<usize>, versions: usize) -> Html {
    match version {
        Some(number) if number < versions => html! {
            <p class="version-banner" role="note">
                { format!("You are reading version {number} of {versions}, an earlier version of this article. ") }
                <Link<Route> to={Route::Article { id: id.to_string() }}>{ "Open the newest version" }</Link<Route>>
                { " · " }
                <Link<Route> to={Route::Changes { id: id.to_string(), number }}>{ "What changed since this version" }</Link<Route>>
            </p>
        },
        _ => html! {},
    }
}

/// The phone's way to the sourcing profile and legend (the pre-rendered page
/// draws the same button, disabled, so nothing moves when the app arrives).
const PANEL_JUMP: &str = "Sourcing and legend ↓";

#[derive(Properties, PartialEq)]
struct OpenedReaderProps {
    opened: Rc<OpenedArticle>,
    /// The version shown, when not the newest (`None`: the newest).
    version: Option<usize>,
    /// How many versions the article has.
    versions: usize,
}

#[component(OpenedReader)]
fn opened_reader(props: &OpenedReaderProps) -> Html {
    let prefs = use_context::<PrefsContext>().expect("rendered inside PrefsProvider");
    let annotations = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    // Article ids are checked when articles are parsed; one the annotation
    // format would refuse simply gets no annotation tools.
    let article_id = use_memo(props.opened.clone(), |opened| ArticleId::parse(&opened.article.meta.id).ok());
    let text = use_memo(props.opened.clone(), |opened| ArticleText::new(opened.text()));
    use_attach_kept(props.opened.clone(), (*article_id).clone(), text.clone());
    let anchored = {
        let annotations = annotations.clone();
        let (article_id, text) = (article_id.clone(), text.clone());
        use_memo((annotations.shared_store(), props.opened.clone()), move |(store, _)| match &*article_id {
            Some(id) => store.anchor_article(id, &text).into_owned(),
            None => ArticleAnchors::default(),
        })
    };
    // The reader's corrections, applied before anything is drawn or counted.
    let opened = use_corrected_article(props.opened.clone(), article_id.clone(), text.clone());
    // Places offered for the orphans: again when the store changes or the sentences arrive.
    let fixes = {
        let text = text.clone();
        use_memo((anchored.clone(), props.opened.clone()), move |(anchored, opened)| {
            let sentences: Vec<_> = opened.analysis.sentences.iter().map(|s| s.span).collect();
            orphan_fixes(&text, &anchored.orphaned, &sentences)
        })
    };
    let claims = use_claims_elsewhere(props.opened.article.meta.id.clone());
    let highlights = {
        let opened = opened.clone();
        use_memo(((*prefs).clone(), opened, anchored.clone(), claims.clone()), |(prefs, opened, anchored, claims)| {
            let mut set = highlights::collect(opened, prefs);
            set.add_annotations(anchored);
            set.elsewhere = marker_counts(claims, opened);
            set
        })
    };
    let page_ref = use_node_ref();
    use_passage_link();
    let selection = use_article_selection(page_ref.clone());
    let help_open = use_state(|| false);
    let popover = use_state(|| None::<AtAnchor<Selected>>);

    let CardHandlers { onclick, onfocusin, onkeydown, close } = card_handlers(&popover, &page_ref);
    let keep_scroll = use_location().is_some_and(|l| l.query_str().contains("annotation="));
    let arrival = Arrival { heading: "h1.article-title", quiet_on_first_load: false, keep_scroll };
    use_page_arrival(AttrValue::from(props.opened.article.meta.title.clone()), arrival);
    let jump = Callback::from(move |mention: usize| {
        dom::focus_selector(&format!("[data-mention=\"{mention}\"]"));
    });
    let meta = &opened.article.meta;
    html! {
        <div class="reader-layout" ref={page_ref.clone()}>
            <article class={classes!("reader", prefs.tint_hedged_sentences.then_some("tint-hedged"))}
                data-article-id={meta.id.clone()} {onclick} {onfocusin} {onkeydown}>
                <ArticleBody opened={opened.clone()} {highlights} after_title={byline(meta)} />
            </article>
            <aside class="reader-panel" aria-label="About this article" tabindex="-1">
                // First: a reader who just added a new version looks for how their notes followed.
                if props.versions > 1 {
                    <ArticleVersions id={meta.id.clone()} annotations={anchored.clone()} shown={props.version} versions={props.versions} />
                }
                <SourcingProfileChart opened={opened.clone()} />
                <Legend opened={opened.clone()} />
                <CompareWith id={meta.id.clone()} />
                if let Some(article) = (*article_id).clone() {
                    <CorrectionsPanel opened={opened.clone()} article={article.clone()} text={SharedText(text.clone())}
                        selection={selection.clone()} />
                    <AnnotationsSidebar annotations={anchored.clone()} text={SharedText(text.clone())} selection={selection.clone()}
                        fixes={fixes.clone()} on_reveal={Callback::from(|id: AnnotationId| { reveal::reveal_annotation(id.as_str()); })} />
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
                <HighlightTypes />
                { for popover.as_ref().map(|open| html! {
                    <HighlightPopover opened={opened.clone()} selected={open.item} anchor={open.anchor}
                        on_close={close.clone()} on_jump={jump.clone()}>
                        if let Some(article) = (*article_id).clone() {
                            <CorrectionTools opened={opened.clone()} selected={open.item} {article}
                                text={SharedText(text.clone())} on_done={close.clone()} />
                        }
                    </HighlightPopover>
                }) }
                <ClaimElsewhere id={meta.id.clone()} claims={claims.clone()} page={page_ref.clone()} />
                if let Some(article) = (*article_id).clone() {
                    <AnnotationTools {article} text={SharedText(text.clone())} annotations={anchored.clone()} selection={selection.clone()}
                        page={page_ref.clone()} help_open={*help_open} on_escape={close.clone()} analyzed={opened.analyzed}
                        on_help={{ let help_open = help_open.clone(); Callback::from(move |open| help_open.set(open)) }} />
                }
            </div>
        </div>
    }
}

type OpenHighlightCard = UseStateHandle<Option<AtAnchor<Selected>>>;

/// What the article does with its highlights' cards.
struct CardHandlers {
    onclick: Callback<MouseEvent>,
    onfocusin: Callback<FocusEvent>,
    onkeydown: Callback<KeyboardEvent>,
    close: Callback<()>,
}

fn card_handlers(popover: &OpenHighlightCard, page_ref: &NodeRef) -> CardHandlers {
    // Clicking or focusing a highlight opens its card.
    let select_from_event = {
        let popover = popover.clone();
        let page_ref = page_ref.clone();
        move |event: &Event| {
            let opened = |attribute, selected: fn(usize) -> Selected| {
                let hit = dom::hit(event, &page_ref, attribute)?;
                Some(AtAnchor { item: selected(hit.item.parse().ok()?), anchor: hit.anchor })
            };
            let hit = opened("data-mention", Selected::Mention).or_else(|| opened("data-cue", Selected::Cue));
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
    let onfocusin = Callback::from(move |event: FocusEvent| {
        // Focus handed back after a card closed does not reopen it.
        if !page_focus::is_returned_focus(&event) {
            select_from_event(&event);
        }
    });
    // The card sits after the panel in the page: Tab from its highlight goes
    // straight into it.
    let onkeydown = {
        let open = popover.is_some();
        Callback::from(move |event: KeyboardEvent| {
            let on_highlight = dom::hit_any(&event, "data-mention") || dom::hit_any(&event, "data-cue");
            if event.key() == "Tab"
                && !event.shift_key()
                && open
                && on_highlight
                && page_focus::focus_first_in(".reader-overlays .highlight-popover")
            {
                event.prevent_default();
            }
        })
    };

    // Closing a card hands focus back to its highlight, so `n` goes on from there.
    let close = {
        let popover = popover.clone();
        Callback::from(move |_| {
            if let Some(open) = &*popover {
                page_focus::return_focus(&open.item.selector());
            }
            popover.set(None)
        })
    };
    CardHandlers { onclick, onfocusin, onkeydown, close }
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
