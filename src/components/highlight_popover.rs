//! The card that opens on a highlight (click, or keyboard focus): names the
//! entity and lists its other mentions, or explains a cue. Mentions are
//! buttons that move to that place in the text.

use std::rc::Rc;

use lector_text::Span;
use yew::prelude::*;

use crate::geometry::Anchor;
use crate::opened::OpenedArticle;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selected {
    /// An entity mention, by index into `analysis.entities`.
    Mention(usize),
    /// A cue, by index into `analysis.cues`.
    Cue(usize),
}

impl Selected {
    /// The highlight in the text (its first fragment) this card is about.
    pub fn selector(self) -> String {
        match self {
            Selected::Mention(i) => format!("[data-mention=\"{i}\"]:not(.cont-start)"),
            Selected::Cue(i) => format!("[data-cue=\"{i}\"]:not(.cont-start)"),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct HighlightPopoverProps {
    pub opened: Rc<OpenedArticle>,
    pub selected: Selected,
    pub anchor: Anchor,
    pub on_close: Callback<()>,
    /// Move to another mention (index into `analysis.entities`).
    pub on_jump: Callback<usize>,
    /// Shown under the explanation (the reader's corrections of it).
    #[prop_or_default]
    pub children: Html,
}

#[component(HighlightPopover)]
pub fn highlight_popover(props: &HighlightPopoverProps) -> Html {
    let opened = &props.opened;
    let analysis = &opened.analysis;
    let style = format!("top: {}px; left: {}px;", props.anchor.bottom + 6.0, props.anchor.left.max(0.0));
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    let body = match props.selected {
        Selected::Mention(i) => {
            let Some(mention) = analysis.entities.get(i) else { return html! {} };
            let group = opened.entity_of_mention.get(i).and_then(|&g| analysis.entity_groups.get(g));
            let (name, mentions) = match group {
                Some(entity) => (entity.canonical.clone(), entity.mentions.clone()),
                None => (opened.slice(mention.span).to_string(), vec![i]),
            };
            let code = mention.label.code();
            html! {
                <>
                    <p class="popover-kind">
                        <span class={classes!("swatch", "entity", format!("entity-{}", code.to_lowercase()))}
                            data-badge={code}>{ mention.label.display_name() }</span>
                    </p>
                    <h2 class="popover-title">{ name }</h2>
                    <p class="popover-note">
                        { format!("{} mention{} in this article", mentions.len(), if mentions.len() == 1 { "" } else { "s" }) }
                    </p>
                    <ol class="mention-list">
                        { for mentions.iter().map(|&m| mention_item(opened, m, m == i, &props.on_jump)) }
                    </ol>
                </>
            }
        }
        Selected::Cue(i) => {
            let Some(cue) = analysis.cues.get(i) else { return html! {} };
            let code = cue.kind.code();
            let hedged = analysis.sentences.iter().any(|s| s.hedged && s.span.contains(&cue.span));
            html! {
                <>
                    <p class="popover-kind">
                        <span class={classes!("swatch", "cue", format!("cue-{code}"))}>{ cue.kind.label() }</span>
                    </p>
                    <h2 class="popover-title">{ format!("“{}”", opened.slice(cue.span)) }</h2>
                    <p>{ cue.kind.explanation() }</p>
                    { for cue.source.as_ref().map(|s| html! { <p class="popover-note">{ format!("Cited: {s}") }</p> }) }
                    { if hedged { html! { <p class="popover-note">{ "This sentence is hedged." }</p> } } else { html! {} } }
                </>
            }
        }
    };
    html! {
        <div class="popover highlight-popover" role="dialog" aria-label="About this highlight" {style}>
            <button type="button" class="popover-close" onclick={close} aria-label="Close">{ "×" }</button>
            { body }
            { props.children.clone() }
        </div>
    }
}

fn mention_item(opened: &OpenedArticle, mention: usize, current: bool, on_jump: &Callback<usize>) -> Html {
    let span = opened.analysis.entities[mention].span;
    let (before, after) = context_around(opened, span, 40);
    let onclick = {
        let on_jump = on_jump.clone();
        Callback::from(move |_| on_jump.emit(mention))
    };
    html! {
        <li class={classes!(current.then_some("current"))}>
            <button type="button" class="mention-jump" {onclick} aria-current={current.then_some("true")}>
                <span class="context">{ before }</span>
                <strong>{ opened.slice(span) }</strong>
                <span class="context">{ after }</span>
            </button>
        </li>
    }
}

/// Up to `chars` characters either side of `span`, within its paragraph.
fn context_around(opened: &OpenedArticle, span: Span, chars: usize) -> (String, String) {
    let before = opened.slice(Span::new(span.start.saturating_sub(chars), span.start));
    let before = before.rsplit("\n\n").next().unwrap_or_default();
    let end = (span.end + chars).min(opened.chars.char_len());
    let after = opened.slice(Span::new(span.end, end));
    let after = after.split("\n\n").next().unwrap_or_default();
    let lead = if before.chars().count() == chars { "…" } else { "" };
    let tail = if after.chars().count() == chars { "…" } else { "" };
    (format!("{lead}{before}"), format!("{after}{tail}"))
}
