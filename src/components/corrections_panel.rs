//! "Your corrections": what the reader changed in this article's analysis
//! (each with Remove), marking a cue or attribution the analyzer missed on
//! the selected words, and the corrections file for training.

use std::rc::Rc;

use lector_analysis::CueKind;
use lector_annotations::corrections::{to_training_lines, Fix, TRAINING_FILE_SUFFIX};
use lector_annotations::ArticleId;
use lector_text::Span;
use yew::prelude::*;

use crate::browser::{clock, dom, download};
use crate::corrected::describe;
use crate::hooks::article_selection::ArticleSelection;
use crate::opened::OpenedArticle;
use crate::shared_text::SharedText;
use crate::state::corrections::{CorrectionsAction, CorrectionsContext, Status};
use crate::state::corrections_provider::correct;

#[derive(Properties, PartialEq)]
pub struct CorrectionsPanelProps {
    pub opened: Rc<OpenedArticle>,
    pub article: ArticleId,
    pub text: SharedText,
    pub selection: Option<ArticleSelection>,
}

#[component(CorrectionsPanel)]
pub fn corrections_panel(props: &CorrectionsPanelProps) -> Html {
    let state = use_context::<CorrectionsContext>().expect("rendered inside CorrectionsProvider");
    let remove = |id: lector_annotations::AnnotationId| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(CorrectionsAction::Remove(id.clone())))
    };
    let undo = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(CorrectionsAction::UndoRemove))
    };
    let download_all = {
        let state = state.clone();
        Callback::from(move |_| {
            let lines = to_training_lines(state.set(), None);
            let name = format!("lector-corrections-{}.{TRAINING_FILE_SUFFIX}", clock::local_date(clock::now()));
            let _ = download::download(&name, "application/jsonl", &lines);
        })
    };
    let items = props.opened.corrections.iter().map(|placed| {
        let c = &placed.correction;
        let what = describe(c.fix());
        html! {
            <li class="correction-item" data-correction={c.id().as_str().to_string()}>
                <span class="correction-quote">{ format!("\u{201c}{}\u{201d}", c.target().quote().exact()) }</span>
                <span class="correction-what">{ &what }</span>
                if placed.span.is_none() {
                    <span class="correction-lost">{ "Its words are no longer in the text; it changes nothing." }</span>
                }
                <button type="button" class="remove-correction" onclick={remove(c.id().clone())}
                    aria-label={format!("Remove your correction: {what}")}>{ "Remove" }</button>
            </li>
        }
    });
    let status = state.status.as_ref().map(|status| match status {
        Status::Done(message) => html! { <p class="correction-status" role="status">{ message }</p> },
        Status::Problem(message) => html! { <p class="correction-status problem" role="alert">{ message }</p> },
    });
    html! {
        <section class="panel-section corrections-panel" aria-labelledby="corrections-heading">
            <h2 id="corrections-heading">{ "Your corrections" }</h2>
            <p class="panel-hint">
                { "Open a highlight to dismiss it, change a name's type or an attribution's source; \
                   select words to mark what the analysis missed. Your corrections are marked in the text." }
            </p>
            { for status }
            if props.opened.corrections.is_empty() {
                <p class="panel-hint">{ "None in this article." }</p>
            } else {
                <ul class="correction-list">{ for items }</ul>
            }
            if state.can_undo() {
                <button type="button" class="undo-remove-correction" onclick={undo}>{ "Undo removal" }</button>
            }
            <MarkMissed article={props.article.clone()} text={props.text.clone()} selection={props.selection.clone()} />
            if !state.set().is_empty() {
                <button type="button" class="download-corrections" onclick={download_all}>
                    { "Download all corrections (JSON Lines, for training)" }
                </button>
            }
        </section>
    }
}

/// What a missed finding can be marked as: a hedge cue, or a source.
const NAMED_SOURCE: &str = "named_source";
const UNNAMED_SOURCE: &str = "unnamed_source";

#[derive(Properties, PartialEq)]
struct MarkMissedProps {
    article: ArticleId,
    text: SharedText,
    selection: Option<ArticleSelection>,
}

/// Marks the last words selected in the article (kept while the reader
/// uses this form, which takes the selection away) as a missed cue or attribution.
#[component(MarkMissed)]
fn mark_missed(props: &MarkMissedProps) -> Html {
    let state = use_context::<CorrectionsContext>().expect("rendered inside CorrectionsProvider");
    let chosen = use_state(|| None::<Span>);
    {
        let chosen = chosen.clone();
        use_effect_with(props.selection.clone(), move |selection| {
            if let Some(selection) = selection {
                chosen.set(Some(selection.span));
            }
        });
    }
    let kind = use_state(|| CueKind::Uncertainty.code().to_string());
    let source = use_state(String::new);
    let is_source = *kind == NAMED_SOURCE || *kind == UNNAMED_SOURCE;
    let onsubmit = {
        let (state, article, text) = (state.clone(), props.article.clone(), props.text.0.clone());
        let (chosen, kind, source) = (chosen.clone(), kind.clone(), source.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(span) = *chosen else { return };
            let fix = match kind.as_str() {
                NAMED_SOURCE | UNNAMED_SOURCE => {
                    Fix::AddAttribution { source: source.trim().to_string(), named: kind.as_str() == NAMED_SOURCE }
                }
                code => Fix::AddCue { kind: code.to_string() },
            };
            state.dispatch(correct(article.clone(), text.clone(), span, fix));
            chosen.set(None);
        })
    };
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |event: Event| kind.set(dom::value_of(&event).unwrap_or_default()))
    };
    let on_source = {
        let source = source.clone();
        Callback::from(move |event: InputEvent| source.set(dom::value_of(&event).unwrap_or_default()))
    };
    let quote = chosen.map(|span| props.text.slice(span));
    let options = CueKind::ALL
        .into_iter()
        .filter(|k| k.is_hedge() && *k != CueKind::AnonymousSource)
        .map(|k| (k.code(), format!("{} (hedge)", k.label())))
        .chain([
            (NAMED_SOURCE, "Attribution to a named source".to_string()),
            (UNNAMED_SOURCE, "Attribution to an unnamed source".to_string()),
        ]);
    html! {
        <form class="mark-missed" {onsubmit} aria-labelledby="mark-missed-heading">
            <h3 id="mark-missed-heading">{ "Mark what the analysis missed" }</h3>
            <p class="mark-missed-quote">
                { match &quote {
                    Some(quote) => format!("Selected: \u{201c}{quote}\u{201d}"),
                    None => "Select words in the article first.".to_string(),
                } }
            </p>
            <label class="correction-field">{ "As " }
                <select class="missed-kind" onchange={on_kind}>
                    { for options.map(|(code, label)| html! { <option value={code} selected={*kind == code}>{ label }</option> }) }
                </select>
            </label>
            if is_source {
                <label class="correction-field">{ "Source " }
                    <input type="text" class="missed-source" value={(*source).clone()} oninput={on_source} maxlength="200"
                        required=true />
                </label>
            }
            <button type="submit" class="mark-missed-button" disabled={quote.is_none()}>{ "Mark" }</button>
        </form>
    }
}
