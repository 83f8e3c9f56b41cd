//! One annotation as the sidebar and the in-text card show it: the quoted
//! words, the note (rendered safely), tags and colour, and what can be done
//! with it: edit in place, delete (undoable), copy a link to it.

use lector_annotations::{Annotation, Body, NoteFormat};
use yew::prelude::*;

use crate::browser::{clipboard, clock, location, task};
use crate::components::colour_palette::display_name;
use crate::components::html_note::HtmlNote;
use crate::components::note_editor::NoteEditor;
use crate::components::note_text::NoteText;
use crate::hooks::refocus::use_refocus_on_close;
use crate::state::annotations::{AnnotationAction, AnnotationsContext};
use crate::state::notices::NoticeKind;

#[derive(Properties, PartialEq)]
pub struct AnnotationCardProps {
    pub annotation: Annotation,
    /// The words as they read now (placed), or as they were quoted (orphans).
    pub quote: AttrValue,
    /// Shown under the quote: the text was edited since, or why it is orphaned.
    #[prop_or_default]
    pub status: Option<AttrValue>,
    /// Scrolls the text to the annotation and flashes it; `None` for orphans.
    #[prop_or_default]
    pub on_reveal: Option<Callback<()>>,
    /// Extra actions (re-attaching an orphan).
    #[prop_or_default]
    pub children: Html,
    /// Element id prefix, unique on the page (the sidebar and the popover may show one annotation twice).
    pub id_prefix: AttrValue,
}

/// The route that opens an article scrolled to one annotation.
pub fn deep_link_route(annotation: &Annotation) -> String {
    format!("/article/{}?annotation={}", annotation.article(), annotation.id())
}

#[component(AnnotationCard)]
pub fn annotation_card(props: &AnnotationCardProps) -> Html {
    let annotations = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    let editing = use_state(|| false);
    let edit_ref = use_node_ref();
    // Saving or cancelling an edit leaves focus in this card (on Edit).
    use_refocus_on_close(*editing, edit_ref.clone());
    let annotation = &props.annotation;
    let body = annotation.body();
    let id = annotation.id().clone();
    let prefix = format!("{}-{}", props.id_prefix, id);

    let delete = {
        let annotations = annotations.clone();
        let id = id.clone();
        Callback::from(move |_| annotations.dispatch(AnnotationAction::Delete { id: id.clone(), at: clock::now() }))
    };
    let edit = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(true))
    };
    let copy_link = copy_link(annotations.clone(), location::of_route(&deep_link_route(annotation)));
    let quote_view = card_quote(props);
    if *editing {
        let done = {
            let editing = editing.clone();
            Callback::from(move |_| editing.set(false))
        };
        let on_save = {
            let annotations = annotations.clone();
            let original = annotation.clone();
            let editing = editing.clone();
            Callback::from(move |body| {
                annotations.dispatch(AnnotationAction::Edit { original: original.clone(), body, at: clock::now() });
                editing.set(false);
            })
        };
        return html! {
            <div class={classes!("ann-card", "editing", format!("ann-{}", body.colour().name()))} data-card-id={id.to_string()}>
                { quote_view }
                <NoteEditor id={format!("{prefix}-edit")} note={AttrValue::from(body.note().to_string())}
                    tags={body.tags().to_vec()} colour={body.colour()} {on_save} on_cancel={done} />
            </div>
        };
    }
    html! {
        <div class={classes!("ann-card", format!("ann-{}", body.colour().name()))} data-card-id={id.to_string()}>
            { quote_view }
            if let Some(status) = &props.status {
                <p class="ann-status">{ status.clone() }</p>
            }
            { note_view(body) }
            if !body.tags().is_empty() {
                <ul class="ann-tags" aria-label="Tags">
                    { for body.tags().iter().map(|t| html! { <li class="ann-tag">{ t }</li> }) }
                </ul>
            }
            <p class="ann-meta">
                <span class={classes!("swatch", "annotation", format!("annotation-{}", body.colour().name()))}>
                    { display_name(body.colour()) }
                </span>
                <time datetime={annotation.modified().to_rfc3339()} title={annotation.modified().to_rfc3339()}>
                    { format!(" · {}", clock::local_date(annotation.modified())) }
                </time>
            </p>
            { props.children.clone() }
            <div class="ann-actions">
                <button type="button" class="ann-edit" onclick={edit} ref={edit_ref}>{ "Edit" }</button>
                <button type="button" class="ann-delete" onclick={delete}>{ "Delete" }</button>
                <button type="button" class="ann-copy-link" onclick={copy_link}>{ "Copy link" }</button>
                <a class="ann-link" href={format!("#{}", deep_link_route(annotation))}
                    aria-label="Link to this annotation">{ "#" }</a>
            </div>
        </div>
    }
}

/// Copies `url` and says whether the browser allowed it.
fn copy_link(annotations: AnnotationsContext, url: String) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        let annotations = annotations.clone();
        let url = url.clone();
        task::spawn(async move {
            let notice = if clipboard::copy(&url).await {
                NoticeKind::Info("Link copied: it opens the article at this annotation.".into())
            } else {
                NoticeKind::Error {
                    title: "The browser did not allow copying".into(),
                    message: format!("Copy the link by hand: {url}"),
                }
            };
            annotations.dispatch(AnnotationAction::Notify(notice));
        });
    })
}

/// The quoted words, a button that shows them in the text when they are
/// placed. Drawn with the highlight's own colour and pattern classes, so card
/// and highlight match without telling hues apart (orphans too).
fn card_quote(props: &AnnotationCardProps) -> Html {
    let colour = props.annotation.body().colour();
    let quote = html! {
        <span class={classes!("annotation", format!("annotation-{}", colour.name()))}>{ props.quote.clone() }</span>
    };
    match &props.on_reveal {
        Some(on_reveal) => {
            let on_reveal = on_reveal.clone();
            html! {
                <button type="button" class="ann-quote" title="Show in the text"
                    onclick={Callback::from(move |_| on_reveal.emit(()))}>{ quote }</button>
            }
        }
        None => html! { <blockquote class="ann-quote">{ quote }</blockquote> },
    }
}

/// The note as the card shows it; an HTML note (from another tool) with its
/// safe formatting, never its markup.
fn note_view(body: &Body) -> Html {
    let note = AttrValue::from(body.note().to_string());
    match body.format() {
        _ if body.note().trim().is_empty() => Html::default(),
        NoteFormat::Html => html! { <HtmlNote {note} /> },
        NoteFormat::Markdown | NoteFormat::Plain => html! { <NoteText {note} /> },
    }
}
