//! In a highlight's card: the reader's fixes of that highlight (a cue or
//! name that is wrong, a name's type, an attribution's source), or, when the
//! highlight is already the reader's correction, saying so with Undo.

use std::rc::Rc;

use lector_analysis::EntityLabel;
use lector_annotations::corrections::{Fix, Layer};
use lector_annotations::ArticleId;
use lector_text::Span;
use yew::prelude::*;

use crate::browser::dom;
use crate::components::highlight_popover::Selected;
use crate::corrected::describe;
use crate::opened::OpenedArticle;
use crate::shared_text::SharedText;
use crate::state::corrections::{CorrectionsAction, CorrectionsContext};
use crate::state::corrections_provider::correct;

#[derive(Properties, PartialEq)]
pub struct CorrectionToolsProps {
    pub opened: Rc<OpenedArticle>,
    pub selected: Selected,
    pub article: ArticleId,
    pub text: SharedText,
    /// The card closes after a fix: what it showed has changed.
    pub on_done: Callback<()>,
}

#[component(CorrectionTools)]
pub fn correction_tools(props: &CorrectionToolsProps) -> Html {
    let state = use_context::<CorrectionsContext>().expect("rendered inside CorrectionsProvider");
    let analysis = &props.opened.analysis;
    let (span, layer, source) = match props.selected {
        Selected::Mention(i) => match analysis.entities.get(i) {
            Some(m) => (m.span, Layer::Entity, None),
            None => return html! {},
        },
        Selected::Cue(i) => match analysis.cues.get(i) {
            Some(c) => (c.span, Layer::Cue, c.source.clone()),
            None => return html! {},
        },
    };
    let fix_with = {
        let (state, article, text, on_done) =
            (state.clone(), props.article.clone(), props.text.0.clone(), props.on_done.clone());
        move |span: Span| {
            let (state, article, text, on_done) = (state.clone(), article.clone(), text.clone(), on_done.clone());
            Callback::from(move |fix: Fix| {
                state.dispatch(correct(article.clone(), text.clone(), span, fix));
                on_done.emit(());
            })
        }
    };
    let fix = fix_with(span);
    if let Some(placed) = props.opened.correction_at(span, layer) {
        let undo = {
            let (state, id, on_done) = (state.clone(), placed.correction.id().clone(), props.on_done.clone());
            Callback::from(move |_| {
                state.dispatch(CorrectionsAction::Remove(id.clone()));
                on_done.emit(());
            })
        };
        return html! {
            <div class="correction-tools">
                <p class="correction-note">{ format!("Your correction: {}.", describe(placed.correction.fix())) }</p>
                <button type="button" class="undo-correction" onclick={undo}>{ "Undo correction" }</button>
            </div>
        };
    }
    match props.selected {
        Selected::Mention(i) => entity_tools(analysis.entities[i].label, fix),
        Selected::Cue(i) => html! { <CueTools key={i} kind={analysis.cues[i].kind.code()} {source} {fix} /> },
    }
}

fn entity_tools(label: EntityLabel, fix: Callback<Fix>) -> Html {
    let dismiss = {
        let fix = fix.clone();
        Callback::from(move |_| fix.emit(Fix::DismissEntity { label: label.code().to_string() }))
    };
    let relabel = Callback::from(move |event: Event| {
        let chosen = dom::value_of(&event).and_then(|code| EntityLabel::ALL.into_iter().find(|l| l.code() == code));
        if let Some(to) = chosen.filter(|to| *to != label) {
            fix.emit(Fix::RelabelEntity { from: label.code().to_string(), to: to.code().to_string() });
        }
    });
    html! {
        <div class="correction-tools" role="group" aria-label="Correct this name">
            <button type="button" class="dismiss-entity" onclick={dismiss}>{ "Not a name" }</button>
            <label class="correction-field">{ "Type " }
                <select class="relabel-entity" onchange={relabel}>
                    { for EntityLabel::ALL.iter().map(|l| html! {
                        <option value={l.code()} selected={*l == label}>{ l.display_name() }</option>
                    }) }
                </select>
            </label>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CueToolsProps {
    kind: &'static str,
    source: Option<String>,
    fix: Callback<Fix>,
}

#[component(CueTools)]
fn cue_tools(props: &CueToolsProps) -> Html {
    let typed = use_state(|| props.source.clone().unwrap_or_default());
    let named = use_state(|| props.kind != "anonymous_source");
    let dismiss = {
        let (fix, kind) = (props.fix.clone(), props.kind);
        Callback::from(move |_| fix.emit(Fix::DismissCue { kind: kind.to_string() }))
    };
    let set_source = {
        let (fix, from, typed, named) = (props.fix.clone(), props.source.clone(), typed.clone(), named.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let to = typed.trim().to_string();
            if !to.is_empty() && Some(&to) != from.as_ref() {
                fix.emit(Fix::SetSource { from: from.clone(), to, named: *named });
            }
        })
    };
    let on_input = {
        let typed = typed.clone();
        Callback::from(move |event: InputEvent| typed.set(dom::value_of(&event).unwrap_or_default()))
    };
    let on_named = {
        let named = named.clone();
        Callback::from(move |_| named.set(!*named))
    };
    html! {
        <div class="correction-tools" role="group" aria-label="Correct this cue">
            <button type="button" class="dismiss-cue" onclick={dismiss}>{ "Not a cue" }</button>
            if props.source.is_some() {
                <form class="source-form" onsubmit={set_source}>
                    <label class="correction-field">{ "Source " }
                        <input type="text" class="source-input" value={(*typed).clone()} oninput={on_input} maxlength="200" />
                    </label>
                    <label class="correction-check">
                        <input type="checkbox" class="source-named" checked={*named} onchange={on_named} />{ " named" }
                    </label>
                    <button type="submit" class="set-source">{ "Set source" }</button>
                </form>
            }
        </div>
    }
}
