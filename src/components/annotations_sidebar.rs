//! The article's annotations beside the text: in text order with their
//! quotes, then the orphans (annotations whose words are no longer found),
//! which are kept and can be re-attached to a new selection.

use std::rc::Rc;

use lector_annotations::{ArticleAnchors, ArticleText, Placement};
use lector_text::Span;
use yew::prelude::*;

use crate::browser::clock;
use crate::components::annotation_card::AnnotationCard;
use crate::hooks::article_selection::ArticleSelection;
use crate::shared_text::SharedText;
use crate::state::annotations::{AnnotationAction, AnnotationsContext};

#[derive(Properties, PartialEq)]
pub struct AnnotationsSidebarProps {
    pub annotations: Rc<ArticleAnchors>,
    pub text: SharedText,
    /// The reader's current selection, for re-attaching an orphan.
    pub selection: Option<ArticleSelection>,
    /// Scroll the text to an annotation and flash it.
    pub on_reveal: Callback<lector_annotations::AnnotationId>,
}

/// How much of an orphan's suggested place to show.
const CONTEXT_CHARS: usize = 30;

#[component(AnnotationsSidebar)]
pub fn annotations_sidebar(props: &AnnotationsSidebarProps) -> Html {
    let state = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    let anchored = &props.annotations;
    let keep_selection = Callback::from(|event: MouseEvent| event.prevent_default());
    let placed = anchored.placed.iter().map(|placed| {
        let on_reveal = {
            let on_reveal = props.on_reveal.clone();
            let id = placed.annotation.id().clone();
            Callback::from(move |_| on_reveal.emit(id.clone()))
        };
        let status = match placed.how {
            Placement::Fuzzy { .. } => Some(AttrValue::from(format!(
                "The article's words changed since; you quoted \u{201c}{}\u{201d}.",
                placed.annotation.target().quote().exact()
            ))),
            _ => None,
        };
        html! {
            <li key={placed.annotation.id().to_string()}>
                <AnnotationCard id_prefix="side" annotation={placed.annotation.clone()}
                    quote={AttrValue::from(props.text.slice(placed.span))} {status} on_reveal={Some(on_reveal)} />
            </li>
        }
    });
    let orphans = anchored.orphaned.iter().map(|orphan| {
        let id = orphan.annotation.id().clone();
        let reattach_to = |span: Span| {
            let state = state.clone();
            let id = id.clone();
            let text = props.text.clone();
            Callback::from(move |_| {
                state.dispatch(AnnotationAction::Reattach { id: id.clone(), text: text.0.clone(), span, at: clock::now() })
            })
        };
        let selection = props.selection.as_ref().map(|s| s.span);
        let places = orphan.reason.suggested_places();
        html! {
            <li key={id.to_string()} id={format!("orphan-{id}")}>
                <AnnotationCard id_prefix="orphan" annotation={orphan.annotation.clone()}
                    quote={AttrValue::from(orphan.annotation.target().quote().exact().to_string())}
                    status={Some(AttrValue::from(orphan.reason.explanation()))}>
                    <div class="orphan-actions">
                        <button type="button" class="reattach" disabled={selection.is_none()}
                            onmousedown={keep_selection.clone()}
                            onclick={selection.map(reattach_to).unwrap_or_default()}
                            title={if selection.is_none() { "Select the words in the article first" } else { "Attach to the selected words" }}>
                            { "Re-attach to current selection" }
                        </button>
                        { for places.iter().take(3).map(|&place| html! {
                            <button type="button" class="reattach-suggestion" onclick={reattach_to(place)}>
                                { format!("Attach to \u{201c}{}\u{201d}", context(&props.text, place)) }
                            </button>
                        }) }
                    </div>
                </AnnotationCard>
            </li>
        }
    });
    html! {
        <section class="panel-section annotations-sidebar" aria-labelledby="annotations-heading">
            <h2 id="annotations-heading">
                { "Your annotations" }
                <span class="legend-count">{ format!(" {}", anchored.len()) }</span>
            </h2>
            if anchored.is_empty() {
                <p class="panel-hint">
                    { "Select words in the article, then choose Highlight or Note (or press h or a). Press ? for every shortcut." }
                </p>
            }
            if !anchored.placed.is_empty() {
                <ol class="annotation-list">{ for placed }</ol>
            }
            if !anchored.orphaned.is_empty() {
                <h3 id="orphaned-heading">{ "Orphaned" }</h3>
                <p class="panel-hint">
                    { "These annotations' words are no longer found in the article. They are kept: select the right words and re-attach them, or delete them." }
                </p>
                <ol class="annotation-list orphaned-list" aria-labelledby="orphaned-heading">{ for orphans }</ol>
            }
            if !state.is_saving() {
                <p class="panel-warning">{ "Changes are not being saved in this browser right now; see the message at the bottom of the page." }</p>
            }
        </section>
    }
}

/// `span`'s words with a little of what surrounds them, on one line.
fn context(text: &ArticleText, span: Span) -> String {
    let words = text.slice(span);
    let short: String = words.chars().take(CONTEXT_CHARS).collect();
    let ellipsis = if words.chars().count() > CONTEXT_CHARS { "…" } else { "" };
    format!("{short}{ellipsis}").replace('\n', " ")
}
