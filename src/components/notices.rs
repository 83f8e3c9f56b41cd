//! The messages about the reader's annotations, at the bottom of the page:
//! undo a delete, a refused save with an export to rescue the change, a
//! damaged store with its copy to download, what an import did or why not.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::events::use_timeout;
use crate::browser::{clock, download, location, task};
use crate::exporting::download_export;
use crate::library_file::{self, Importing};
use crate::state::annotations::{AnnotationAction, AnnotationsContext};
use crate::state::corrections::CorrectionsContext;
use crate::state::library::LibraryContext;
use crate::state::notices::{Notice, NoticeKind};

/// How long transient messages stay, in milliseconds.
const INFO_MILLIS: u32 = 8_000;
const UNDO_MILLIS: u32 = 15_000;

#[component(Notices)]
pub fn notices() -> Html {
    let state = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    html! {
        <div class="notices" role="region" aria-label="Messages about your annotations">
            { for state.notices.list.iter().map(|notice| html! { <NoticeView key={notice.id} notice={notice.clone()} /> }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct NoticeViewProps {
    notice: Notice,
}

#[component(NoticeView)]
fn notice_view(props: &NoticeViewProps) -> Html {
    let state = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    let id = props.notice.id;
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(AnnotationAction::Dismiss(id)))
    };
    {
        let state = state.clone();
        let lifetime = match props.notice.kind {
            NoticeKind::Info(_) => Some(INFO_MILLIS),
            NoticeKind::Deleted { .. } | NoticeKind::Reattached { .. } => Some(UNDO_MILLIS),
            _ => None,
        };
        use_timeout(id, lifetime, move || state.dispatch(AnnotationAction::Dismiss(id)));
    }
    let button = |label: &str, class: &'static str, onclick: Callback<MouseEvent>| {
        html! { <button type="button" {class} {onclick}>{ label.to_string() }</button> }
    };
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    let corrections = use_context::<CorrectionsContext>().expect("rendered inside CorrectionsProvider");
    let export_all = {
        let state = state.clone();
        let library = library.clone();
        Callback::from(move |_| {
            let notice = match download_export(state.store(), &library, lector_annotations::ExportFormat::Lector, None)
            {
                Ok(done) | Err(done) => NoticeKind::Info(done),
            };
            state.dispatch(AnnotationAction::Notify(notice));
        })
    };
    let (title, message, actions): (Option<String>, String, Html) = match &props.notice.kind {
        NoticeKind::Info(message) => (None, message.clone(), html! {}),
        NoticeKind::Error { title, message } => (Some(title.clone()), message.clone(), html! {}),
        NoticeKind::Deleted { quote } | NoticeKind::Reattached { quote } => {
            let undo = {
                let state = state.clone();
                Callback::from(move |_| state.dispatch(AnnotationAction::Undo { at: clock::now() }))
            };
            let short: String = quote.chars().take(60).collect();
            let more = if quote.chars().count() > 60 { "…" } else { "" };
            let message = match &props.notice.kind {
                NoticeKind::Deleted { .. } => format!("Annotation on \u{201c}{short}{more}\u{201d} deleted."),
                _ => format!("Annotation attached to \u{201c}{short}{more}\u{201d}."),
            };
            (None, message, button("Undo", "undo", undo))
        }
        NoticeKind::Imported { message, articles, .. } => {
            let to =
                Importing { annotations: state.clone(), library: library.clone(), corrections: corrections.clone() };
            (None, message.clone(), button("Undo import", "undo-import", undo_import(id, articles.clone(), to)))
        }
        NoticeKind::Backup { message, backup } | NoticeKind::Blocked { message, backup } => {
            let download_copy = {
                let state = state.clone();
                let backup = backup.clone();
                Callback::from(move |_| match download::download(&backup.file_name, "application/json", &backup.raw) {
                    Ok(()) => state.dispatch(AnnotationAction::BackupKept),
                    Err(why) => state.dispatch(AnnotationAction::Notify(NoticeKind::Error {
                        title: "The copy was not downloaded".into(),
                        message: why,
                    })),
                })
            };
            let reload = matches!(props.notice.kind, NoticeKind::Blocked { .. })
                .then(|| button("Reload", "reload", Callback::from(|_| location::reload())));
            (
                Some("Saved annotations could not be read".into()),
                message.clone(),
                html! { <>{ button("Download the copy", "download-backup", download_copy) }{ for reload }</> },
            )
        }
        NoticeKind::NotSaved { message } => {
            (Some("Not saved".into()), message.clone(), button("Export all annotations", "export-rescue", export_all))
        }
    };
    let problem = props.notice.kind.is_problem();
    html! {
        <div class={classes!("notice-toast", problem.then_some("problem"))} role={if problem { "alert" } else { "status" }}
            data-notice={kind_name(&props.notice.kind)}>
            if let Some(title) = title {
                <p class="notice-title">{ title }</p>
            }
            { plain_then_detail(&message) }
            <div class="notice-actions">
                { actions }
                <button type="button" class="notice-dismiss" onclick={dismiss} aria-label="Dismiss this message">{ "×" }</button>
            </div>
        </div>
    }
}

/// An import's Undo: the annotations state puts its annotations back, and
/// the articles a library file added are deleted.
fn undo_import(notice: u64, articles: Rc<Vec<String>>, to: Importing) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        to.annotations.dispatch(AnnotationAction::UndoImport { notice, at: clock::now() });
        if !articles.is_empty() {
            let (articles, to) = (articles.clone(), to.clone());
            task::spawn(async move { library_file::remove_added(&articles, to).await });
        }
    })
}

/// A message's first line in plain words; the lines after it (what the
/// decoder or the browser said) one click away, for whoever needs them.
pub fn plain_then_detail(message: &str) -> Html {
    let (plain, detail) = match message.split_once('\n') {
        Some((plain, detail)) if !detail.trim().is_empty() => (plain, Some(detail.trim_matches('\n'))),
        _ => (message, None),
    };
    html! {
        <>
            <p class="notice-message">{ plain }</p>
            if let Some(detail) = detail {
                <details class="notice-detail">
                    <summary>{ "Technical detail" }</summary>
                    <p class="notice-message">{ detail }</p>
                </details>
            }
        </>
    }
}

/// A stable name for each kind, for styling and tests.
fn kind_name(kind: &NoticeKind) -> &'static str {
    match kind {
        NoticeKind::Info(_) => "info",
        NoticeKind::Error { .. } => "error",
        NoticeKind::Deleted { .. } => "deleted",
        NoticeKind::Reattached { .. } => "reattached",
        NoticeKind::Imported { .. } => "imported",
        NoticeKind::Backup { .. } => "backup",
        NoticeKind::NotSaved { .. } => "not-saved",
        NoticeKind::Blocked { .. } => "blocked",
    }
}
