//! "Who is cited": every source, named or described, with its count. A
//! source is a button: each press (click, Enter, then `s` / `S` anywhere)
//! brings the next place it is cited into view, focused and flashed, with
//! "2 of 3" beside it.

use std::rc::Rc;

use lector_analysis::SourceCount;
use yew::prelude::*;

use crate::browser::reveal;
use crate::hooks::reader_keys::use_reader_keys;
use crate::keymap::Command;
use crate::opened::OpenedArticle;

#[derive(Properties, PartialEq)]
pub struct CitedSourcesProps {
    pub opened: Rc<OpenedArticle>,
}

/// The source being stepped through, and which of its places is shown.
#[derive(Clone, Debug, PartialEq)]
struct Stepping {
    name: String,
    named: bool,
    at: usize,
}

/// Where `source` is cited: for each place, the highlight to show (its cue,
/// or its sentence when the cue's layer is hidden).
fn places(opened: &OpenedArticle, name: &str, named: bool) -> Vec<(usize, Option<usize>)> {
    let analysis = &opened.analysis;
    analysis
        .attributions
        .iter()
        .filter(|a| a.named == named && a.source.eq_ignore_ascii_case(name))
        .map(|a| {
            let cue = analysis.cues.iter().position(|c| c.span == a.span && c.source.is_some());
            let sentence =
                analysis.sentences.iter().position(|s| s.span.start <= a.span.start && a.span.start < s.span.end);
            (cue.unwrap_or(usize::MAX), sentence)
        })
        .collect()
}

fn show(place: (usize, Option<usize>)) {
    let (cue, sentence) = place;
    if !reveal::reveal_highlight(&format!("[data-cue=\"{cue}\"]")) {
        if let Some(sentence) = sentence {
            reveal::reveal_highlight(&format!("[data-sentence=\"{sentence}\"]"));
        }
    }
}

#[component(CitedSources)]
pub fn cited_sources(props: &CitedSourcesProps) -> Html {
    let stepping = use_state(|| None::<Stepping>);
    let step = {
        let (stepping, opened) = (stepping.clone(), props.opened.clone());
        Rc::new(move |name: String, named: bool, forward: bool| {
            let places = places(&opened, &name, named);
            if places.is_empty() {
                return;
            }
            let n = places.len();
            let at = match &*stepping {
                Some(s) if s.name == name && s.named == named => {
                    if forward {
                        (s.at + 1) % n
                    } else {
                        (s.at + n - 1) % n
                    }
                }
                _ => 0,
            };
            show(places[at]);
            stepping.set(Some(Stepping { name, named, at }));
        })
    };
    {
        let (stepping, step) = (stepping.clone(), step.clone());
        use_reader_keys(move |command| match (command, &*stepping) {
            (Command::StepSource(forward), Some(s)) => {
                step(s.name.clone(), s.named, forward);
                true
            }
            _ => false,
        });
    }
    let sources = &props.opened.analysis.profile.sources;
    if sources.is_empty() {
        return html! {};
    }
    let item = |source: &SourceCount| {
        let (name, named) = (source.name.clone(), source.named);
        let onclick = {
            let step = step.clone();
            let name = name.clone();
            Callback::from(move |_| step(name.clone(), named, true))
        };
        let current = stepping.as_ref().filter(|s| s.name == source.name && s.named == named);
        let kind = if named { "named" } else { "unnamed" };
        html! {
            <li class={classes!("source-item", current.is_some().then_some("current"))}>
                <button type="button" class="source-step" data-source={name.clone()} data-named={named.to_string()}
                    {onclick} title={format!("Show where {} is cited, one place after another (then s / S)", name)}>
                    <span class="source-name">{ &source.name }</span>
                    <span class="visually-hidden">{ format!(", {kind}") }</span>
                    <span class="legend-count">{ format!("×{}", source.count) }</span>
                </button>
                <span class="source-position" aria-live="polite">
                    { current.map(|s| format!("{} of {}", s.at + 1, source.count)).unwrap_or_default() }
                </span>
            </li>
        }
    };
    html! {
        <ol class="source-list" aria-label="Sources, most cited first">
            { for sources.iter().map(item) }
        </ol>
    }
}
