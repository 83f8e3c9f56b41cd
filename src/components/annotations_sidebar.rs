//! The article's annotations beside the text: in text order with their
//! quotes, then the orphans (annotations whose words are no longer found),
//! which are kept, each with the places offered to attach it to
//! (`orphan_entry.rs`).

use std::rc::Rc;

use lector_annotations::{ArticleAnchors, Placement};
use lector_text::Span;
use yew::prelude::*;

use crate::components::annotation_card::AnnotationCard;
use crate::components::orphan_entry::{orphan_entry, OrphanEntry};
use crate::hooks::article_selection::ArticleSelection;
use crate::hooks::orphan_attach::use_orphan_attach;
use crate::orphan_fixes::{fix_for, OrphanFix};
use crate::shared_text::SharedText;
use crate::state::annotations::AnnotationsContext;

#[derive(Properties, PartialEq)]
pub struct AnnotationsSidebarProps {
    pub annotations: Rc<ArticleAnchors>,
    pub text: SharedText,
    /// The reader's current selection, for re-attaching an orphan.
    pub selection: Option<ArticleSelection>,
    /// The places offered for each orphan (`orphan_fixes`).
    pub fixes: Rc<Vec<OrphanFix>>,
    /// Scroll the text to an annotation and flash it.
    pub on_reveal: Callback<lector_annotations::AnnotationId>,
}

#[component(AnnotationsSidebar)]
pub fn annotations_sidebar(props: &AnnotationsSidebarProps) -> Html {
    let state = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    let anchored = &props.annotations;
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
    let attach = use_orphan_attach(anchored.clone(), props.text.clone());
    let selection = props.selection.as_ref().map(|s| s.span);
    let orphans = anchored.orphaned.iter().map(|orphan| {
        let id = orphan.annotation.id().clone();
        let places = fix_for(&props.fixes, &id).map_or(&[][..], |fix| &fix.places);
        let on_attach = {
            let attach = attach.clone();
            Callback::from(move |span: Span| attach.attach(&id, span))
        };
        let explanation = orphan.reason.explanation();
        orphan_entry(OrphanEntry { annotation: &orphan.annotation, explanation, places, selection, on_attach })
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
                    { "These annotations' words are no longer found in the article. They are kept: attach each to a place offered, to words you select, or delete it." }
                </p>
                <ol class="annotation-list orphaned-list" aria-labelledby="orphaned-heading">{ for orphans }</ol>
            }
            if !state.is_saving() {
                <p class="panel-warning">{ "Changes are not being saved in this browser right now; see the message at the bottom of the page." }</p>
            }
        </section>
    }
}
