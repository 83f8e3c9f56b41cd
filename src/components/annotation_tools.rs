//! Annotating in the reader: the toolbar over a selection, the note composer,
//! the card of an annotation clicked in the text, keyboard caret mode and
//! shortcuts, and deep links (`#/article/ID?annotation=UUID`).

use std::rc::Rc;

use lector_annotations::{AnnotationId, ArticleId, Body};
use lector_text::Span;
use serde::Deserialize;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::article_annotations::{ArticleAnnotations, SharedText};
use crate::browser::events::use_element_event;
use crate::browser::highlight_focus::use_presses_select;
use crate::browser::{caret, clock, dom, reveal, selection};
use crate::components::annotation_card::AnnotationCard;
use crate::components::annotation_keys::{use_annotation_keys, KeyActions};
use crate::components::help_overlay::HelpOverlay;
use crate::components::note_editor::NoteEditor;
use crate::components::selection_popover::{below, SelectionPopover};
use crate::components::selection_tracker::{self, ArticleSelection};
use crate::geometry::{Anchor, CaretBox};
use crate::state::annotations::{AnnotationAction, AnnotationsContext};
use crate::state::annotations_provider;
use crate::state::notices::NoticeKind;

#[derive(Properties, PartialEq)]
pub struct AnnotationToolsProps {
    pub article: ArticleId,
    pub text: SharedText,
    pub annotations: Rc<ArticleAnnotations>,
    pub selection: Option<ArticleSelection>,
    /// The `.reader-layout` element: popovers and the caret are placed in it.
    pub page: NodeRef,
    pub help_open: bool,
    pub on_help: Callback<bool>,
}

/// `?annotation=UUID` in the route.
#[derive(Deserialize)]
struct DeepLink {
    annotation: Option<String>,
}

#[component(AnnotationTools)]
pub fn annotation_tools(props: &AnnotationToolsProps) -> Html {
    let state = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    let composing = use_state(|| None::<ArticleSelection>);
    let card = use_state(|| None::<(AnnotationId, Anchor)>);
    let caret_mode = use_state(|| false);
    let caret_box = use_state(|| None::<CaretBox>);

    // The keyboard reader goes on from the end of what they annotated. The
    // caret is placed after the next render: the new mark replaces the text
    // nodes the selection was in.
    let caret_after_render = use_mut_ref(|| None::<usize>);
    {
        let caret_after_render = caret_after_render.clone();
        let (caret_mode, caret_box, page) = (caret_mode.clone(), caret_box.clone(), props.page.clone());
        use_effect(move || {
            let Some(offset) = caret_after_render.borrow_mut().take() else { return };
            selection::collapse_in_article(&page, offset);
            if *caret_mode {
                caret_box.set(caret::box_in(&page));
            }
        });
    }
    let create = {
        let state = state.clone();
        let article = props.article.clone();
        let text = props.text.clone();
        let caret_after_render = caret_after_render.clone();
        move |span: Span, body: Body| {
            state.dispatch(annotations_provider::create(article.clone(), text.0.clone(), span, body));
            *caret_after_render.borrow_mut() = Some(span.end);
        }
    };
    // A shortcut with nothing selected says how to select, rather than doing nothing.
    let select_first = {
        let state = state.clone();
        move || {
            state.dispatch(AnnotationAction::Notify(NoticeKind::Info(
                "Select some words in the article first: drag over them, or press c and use Shift+arrows.".into(),
            )))
        }
    };
    let highlight = {
        let create = create.clone();
        let page = props.page.clone();
        let colour = state.last_colour;
        let select_first = select_first.clone();
        Callback::from(move |_| match selection_tracker::read(&page) {
            Some(selected) => create(selected.span, Body::highlight(colour)),
            None => select_first(),
        })
    };
    let note = {
        let composing = composing.clone();
        let page = props.page.clone();
        Callback::from(move |_| match selection_tracker::read(&page) {
            Some(selected) => composing.set(Some(selected)),
            None => select_first(),
        })
    };
    let caret_step = {
        let caret_box = caret_box.clone();
        let page = props.page.clone();
        Callback::from(move |(forward, step, extend): (bool, caret::Step, bool)| {
            caret_box.set(caret::step_in(&page, forward, step, extend));
        })
    };
    let toggle_caret = {
        let caret_mode = caret_mode.clone();
        let caret_box = caret_box.clone();
        let page = props.page.clone();
        Callback::from(move |_| {
            let on = !*caret_mode;
            caret_mode.set(on);
            caret_box.set(if on { caret::start_in(&page) } else { None });
        })
    };
    let step_annotation = {
        let page = props.page.clone();
        Callback::from(move |step: i32| {
            reveal::step_annotation(&page, step > 0);
        })
    };
    let undo = {
        let state = state.clone();
        Callback::from(move |_| {
            if state.can_undo() {
                state.dispatch(AnnotationAction::Undo { at: clock::now() });
            }
        })
    };
    let escape = {
        let (card, composing, caret_mode, caret_box) =
            (card.clone(), composing.clone(), caret_mode.clone(), caret_box.clone());
        let on_help = props.on_help.clone();
        Callback::from(move |_| {
            card.set(None);
            composing.set(None);
            caret_mode.set(false);
            caret_box.set(None);
            on_help.emit(false);
        })
    };
    let help = {
        let on_help = props.on_help.clone();
        let open = props.help_open;
        Callback::from(move |_| on_help.emit(!open))
    };
    use_annotation_keys(
        KeyActions {
            highlight: highlight.clone(),
            note: note.clone(),
            toggle_caret,
            caret_step,
            step_annotation,
            undo,
            help,
            escape,
        },
        *caret_mode,
        props.selection.is_some(),
    );

    // A click on (or keyboard focus of) an annotation in the text opens its
    // card; names and cues inside it open their own card instead (reader.rs).
    // A press on any highlight starts a selection (see `highlight_focus`).
    {
        let open = {
            let (card, page) = (card.clone(), props.page.clone());
            move |event: &Event| {
                if dom::hit_any(event, "data-mention") || dom::hit_any(event, "data-cue") {
                    return;
                }
                let Some((id, anchor)) = dom::hit(event, &page, "data-annotation-id") else { return };
                if let Ok(id) = AnnotationId::parse(&id) {
                    card.set(Some((id, anchor)));
                }
            }
        };
        let on_click = open.clone();
        use_element_event(props.page.clone(), "click", move |event| {
            if selection::is_empty() {
                on_click(event);
            }
        });
        use_element_event(props.page.clone(), "focusin", open);
        use_presses_select(props.page.clone());
    }

    // Deep link: scroll to the annotation named in the route, once per link.
    let location = use_location();
    let linked = location.and_then(|l| l.query::<DeepLink>().ok()).and_then(|q| q.annotation);
    let revealed = use_mut_ref(|| None::<String>);
    {
        let state = state.clone();
        use_effect_with((linked, props.annotations.clone()), move |(linked, annotations)| {
            let Some(linked) = linked else { return };
            if revealed.borrow().as_ref() == Some(linked) {
                return;
            }
            *revealed.borrow_mut() = Some(linked.clone());
            let id = AnnotationId::parse(linked).ok();
            let found = id.as_ref().is_some_and(|id| annotations.placed(id).is_some());
            let orphan = id.as_ref().is_some_and(|id| annotations.is_orphaned(id));
            if found {
                reveal::reveal_annotation(linked);
            } else if orphan {
                reveal::scroll_to_id(&format!("orphan-{linked}"));
            } else {
                state.dispatch(AnnotationAction::Notify(NoticeKind::Error {
                    title: "That link points to an annotation this browser does not have".into(),
                    message: "Annotations live in the browser where they were made: ask for an export file and \
                              import it here (Export / import, beside the article)."
                        .into(),
                }));
            }
        });
    }

    let composer = composing.as_ref().map(|selected| {
        let span = selected.span;
        let on_save = {
            let create = create.clone();
            let composing = composing.clone();
            Callback::from(move |body: Body| {
                create(span, body);
                composing.set(None);
            })
        };
        let on_cancel = {
            let composing = composing.clone();
            Callback::from(move |_| composing.set(None))
        };
        let quote: String = props.text.slice(span).chars().take(120).collect();
        let style = below(selected.anchor, "26rem");
        html! {
            <div class="popover note-popover" role="dialog" aria-label="New note" {style}>
                <p class="popover-kind">{ "New note on" }</p>
                <blockquote class="ann-quote">{ quote }</blockquote>
                <NoteEditor id="new-note" colour={state.last_colour} {on_save} {on_cancel} />
            </div>
        }
    });
    let card_view = card.as_ref().and_then(|(id, anchor)| {
        let placed = props.annotations.placed(id)?;
        let close = {
            let card = card.clone();
            Callback::from(move |_| card.set(None))
        };
        let style = below(*anchor, "26rem");
        Some(html! {
            <div class="popover annotation-popover" role="dialog" aria-label="Your annotation" {style}>
                <button type="button" class="popover-close" onclick={close} aria-label="Close">{ "×" }</button>
                <AnnotationCard id_prefix="card" annotation={placed.annotation.clone()}
                    quote={AttrValue::from(props.text.slice(placed.span))} />
            </div>
        })
    });
    let show_toolbar = composing.is_none() && props.selection.is_some();
    html! {
        <>
            if show_toolbar {
                if let Some(selected) = &props.selection {
                    <SelectionPopover anchor={selected.anchor} on_highlight={highlight} on_note={note} />
                }
            }
            { for composer }
            { for card_view }
            if *caret_mode {
                if let Some(CaretBox { top, left, height }) = *caret_box {
                    <div class="reading-caret" aria-hidden="true"
                        style={format!("top: {top}px; left: {left}px; height: {height}px;")}></div>
                }
                <p class="caret-status" role="status">
                    { "Caret mode: arrows move, Shift+arrows select, h highlights, a adds a note, Esc leaves." }
                </p>
            }
            if props.help_open {
                <HelpOverlay on_close={{ let on_help = props.on_help.clone(); Callback::from(move |_| on_help.emit(false)) }} />
            }
        </>
    }
}
