//! Annotating in the reader: the toolbar over a selection, the note
//! composer, the card of an annotation opened in the text, caret mode, the
//! keys (one listener for the whole reader) and deep links. The behaviour is
//! in hooks (`crate::hooks`); this component wires them and renders.

use std::cell::RefCell;
use std::rc::Rc;

use lector_annotations::{ArticleAnchors, ArticleId, Body};
use lector_text::Span;
use yew::prelude::*;

use crate::browser::{dom, page_focus, reveal, selection};
use crate::components::annotation_popover::AnnotationPopover;
use crate::components::help_overlay::HelpOverlay;
use crate::components::note_composer::NoteComposer;
use crate::components::selection_popover::SelectionPopover;
use crate::geometry::CaretBox;
use crate::hooks::annotations::{self, use_annotations};
use crate::hooks::article_selection::{self, ArticleSelection};
use crate::hooks::card_opener::{self, use_card_opener, OpenCard};
use crate::hooks::caret_mode::{use_caret_mode, CaretMode};
use crate::hooks::deep_link::use_deep_link;
use crate::hooks::reader_keys::use_reader_keys;
use crate::keymap::Command;
use crate::shared_text::SharedText;
use crate::state::annotations::AnnotationsContext;

/// The first fragment of each entity mention and cue, in text order.
const HIGHLIGHT_STOPS: &str = "[data-mention]:not(.cont-start), [data-cue]:not(.cont-start)";

#[derive(Properties, PartialEq)]
pub struct AnnotationToolsProps {
    pub article: ArticleId,
    pub text: SharedText,
    pub annotations: Rc<ArticleAnchors>,
    pub selection: Option<ArticleSelection>,
    /// The `.reader-layout` element: popovers and the caret are placed in it.
    pub page: NodeRef,
    pub help_open: bool,
    pub on_help: Callback<bool>,
    /// Escape closes the card of a name or cue too (the reader's).
    pub on_escape: Callback<()>,
    /// Whether the article's highlights are in (they redraw the text).
    #[prop_or(true)]
    pub analyzed: bool,
}

/// What the tools hold across renders; the commands act on it.
#[derive(Clone)]
struct Tools {
    state: AnnotationsContext,
    article: ArticleId,
    text: SharedText,
    page: NodeRef,
    composing: UseStateHandle<Option<ArticleSelection>>,
    card: OpenCard,
    caret: CaretMode,
    /// A note just saved on these words: focus goes to its mark once drawn.
    focus_new: Rc<RefCell<Option<Span>>>,
}

impl Tools {
    fn highlight(&self) {
        match article_selection::read(&self.page) {
            Some(selected) => self.create(&selected, Body::highlight(self.state.last_colour)),
            None => annotations::ask_to_select_first(&self.state),
        }
    }

    fn note(&self) {
        match article_selection::read(&self.page) {
            Some(selected) => self.composing.set(Some(selected)),
            None => annotations::ask_to_select_first(&self.state),
        }
    }

    fn create(&self, selected: &ArticleSelection, body: Body) {
        annotations::create(&self.state, &self.article, &self.text, selected.span, body);
        self.caret.resume_at(selected.span.end);
    }

    /// Closes what is open, innermost first in the reader's eyes: all of it.
    fn escape(&self) {
        card_opener::close(&self.card);
        self.composing.set(None);
        self.caret.leave();
        selection::clear();
    }
}

#[component(AnnotationTools)]
pub fn annotation_tools(props: &AnnotationToolsProps) -> Html {
    let tools = Tools {
        state: use_annotations(),
        article: props.article.clone(),
        text: props.text.clone(),
        page: props.page.clone(),
        composing: use_state(|| None::<ArticleSelection>),
        card: use_card_opener(props.page.clone()),
        caret: use_caret_mode(props.page.clone()),
        focus_new: use_mut_ref(|| None),
    };
    use_deep_link(props.annotations.clone(), props.analyzed);
    {
        let focus_new = tools.focus_new.clone();
        use_effect_with(props.annotations.clone(), move |annotations| {
            let Some(span) = focus_new.borrow_mut().take() else { return };
            let newest = annotations.placed.iter().filter(|p| p.span == span).max_by_key(|p| p.annotation.created());
            if let Some(placed) = newest {
                page_focus::return_focus(&card_opener::mark_selector(placed.annotation.id()));
            }
        });
    }
    {
        let tools = tools.clone();
        let has_selection = props.selection.is_some();
        let (help_open, on_help, on_escape) = (props.help_open, props.on_help.clone(), props.on_escape.clone());
        use_reader_keys(move |command| match command {
            Command::Highlight => run(|| tools.highlight()),
            Command::Note => run(|| tools.note()),
            Command::ToggleCaret => run(|| tools.caret.toggle()),
            Command::Caret(to) if tools.caret.is_on() || (to.extend && has_selection) => run(|| tools.caret.step(to)),
            // The search box, in the header, answers `/` itself.
            Command::Caret(_)
            | Command::SaveNote
            | Command::StepSource(_)
            | Command::FocusSearch
            | Command::StepPair(_)
            // The orphan's entry in the sidebar answers these itself.
            | Command::AttachPlace(_) => false,
            Command::Undo => run(|| annotations::undo(&tools.state)),
            Command::Help => run(|| on_help.emit(!help_open)),
            Command::StepAnnotation(forward) => run(|| {
                reveal::step_annotation(&tools.page, forward);
            }),
            Command::StepHighlight(forward) => dom::step_focus(&tools.page, HIGHLIGHT_STOPS, forward),
            Command::Escape => {
                tools.escape();
                on_help.emit(false);
                on_escape.emit(());
                // Escape keeps its default (leaving full screen, stopping a load).
                false
            }
        });
    }
    view(props, &tools)
}

/// Runs a command that always does something with its key.
fn run(command: impl FnOnce()) -> bool {
    command();
    true
}

fn view(props: &AnnotationToolsProps, tools: &Tools) -> Html {
    let on_highlight = {
        let tools = tools.clone();
        Callback::from(move |_| tools.highlight())
    };
    let on_note = {
        let tools = tools.clone();
        Callback::from(move |_| tools.note())
    };
    let composer = (*tools.composing).clone().map(|selected| {
        let on_save = {
            let (tools, selected) = (tools.clone(), selected.clone());
            Callback::from(move |body: Body| {
                if !tools.caret.is_on() {
                    *tools.focus_new.borrow_mut() = Some(selected.span);
                }
                tools.create(&selected, body);
                tools.composing.set(None);
            })
        };
        let composing = tools.composing.clone();
        let on_cancel = Callback::from(move |_| composing.set(None));
        html! { <NoteComposer text={props.text.clone()} {selected} colour={tools.state.last_colour} {on_save} {on_cancel} /> }
    });
    let card = tools.card.as_ref().and_then(|open| {
        let placed = props.annotations.placed(&open.item)?.clone();
        let card = tools.card.clone();
        let on_close = Callback::from(move |_| card_opener::close(&card));
        Some(html! { <AnnotationPopover text={props.text.clone()} {placed} anchor={open.anchor} {on_close} /> })
    });
    let on_close_help = {
        let on_help = props.on_help.clone();
        Callback::from(move |_| on_help.emit(false))
    };
    html! {
        <>
            if tools.composing.is_none() && tools.state.may_annotate() {
                if let Some(selected) = &props.selection {
                    <SelectionPopover anchor={selected.anchor} {on_highlight} {on_note} />
                }
            }
            { for composer }
            { for card }
            if tools.caret.is_on() {
                if let Some(CaretBox { top, left, height }) = tools.caret.caret() {
                    <div class="reading-caret" aria-hidden="true"
                        style={format!("top: {top}px; left: {left}px; height: {height}px;")}></div>
                }
                <p class="caret-status" role="status">
                    { "Caret mode: arrows move, Shift+arrows select, h highlights, a adds a note, Esc leaves." }
                </p>
            }
            if props.help_open {
                <HelpOverlay on_close={on_close_help} />
            }
        </>
    }
}
