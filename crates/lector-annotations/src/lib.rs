//! The reader's annotations: model, anchoring, storage format, merge, export and import.
//!
//! Plain Rust with no web types, no I/O, no clock and no randomness, so the
//! same code runs in the app (WebAssembly), in the CLI and in `cargo test`.
//! The caller passes the time (`Date.now()`) and new ids
//! (`crypto.randomUUID()`), and does the storage and the downloads.
//!
//! Offsets are characters (Unicode scalar values) of the article's rendered
//! text, as everywhere in Lector (`lector_text::Span`): convert a DOM
//! selection's UTF-16 offsets before calling in.
//!
//! # How the app uses it
//!
//! **Startup.** [`load`] with a function reading localStorage:
//! - [`Loaded::Found`]: use `stored.store`. If `raw` is `Some` (some items
//!   were unreadable and left out, listed in `stored.skipped`), first copy it
//!   under [`backup_key`] and tell the reader. If `stored.migrated_from` is
//!   set or `key` is not [`STORAGE_KEY`], save at once.
//! - [`Loaded::Unreadable`]: copy `raw` under [`backup_key`], show `error`,
//!   offer the backup as a download ([`backup_file_name`]), start empty. If
//!   [`Loaded::may_overwrite`] is false, do not save (an older copy of the
//!   app is running; ask the reader to reload).
//!
//! **Each change** ([`AnnotationStore::create`], [`AnnotationStore::set_note`],
//! [`AnnotationStore::set_tags`], [`AnnotationStore::set_colour`],
//! [`AnnotationStore::delete`] and [`AnnotationStore::undo_delete`],
//! [`AnnotationStore::reattach`]): then save
//! [`encode_for_storage`] under [`STORAGE_KEY`]. If the browser refuses
//! (quota), the store in memory still holds the change; offer an export.
//!
//! **Another tab saved** (`storage` event on [`STORAGE_KEY`]):
//! [`decode_stored`] the new value, [`AnnotationStore::merge`] it in;
//! re-render if [`MergeReport::changed_here`], save if
//! [`MergeReport::other_is_behind`] (and only then, or two tabs echo forever).
//!
//! **Rendering an article.** Build an [`ArticleText`] from its rendered text
//! once, then [`AnnotationStore::anchor_article`]: `placed` (spans in the
//! current text, in text order, with how each was found) feeds the layered
//! highlight renderer and the sidebar; `orphaned` goes under "Orphaned" with
//! its quote and [`OrphanReason`] (which may carry places to offer); for
//! the orphan the reader is fixing, [`reattach_candidates`] ranks the places
//! to offer (the first to attach with one click or key), and
//! [`AnnotationStore::reattach`] attaches it.
//!
//! **Tags.** [`AnnotationStore::tags`] and [`AnnotationStore::complete_tag`];
//! [`split_tag_input`] for a typed "a, b" field.
//!
//! **Export.** [`AnnotationStore::export_with`] with an [`ExportFormat`], a
//! [`Scope`] and an [`ExportContext`] that describes each article
//! ([`ArticleInfo`]: its stable IRI, i.e. its original URL or else
//! [`article_text_iri`] of its text, title, outlet, date and its address in
//! the app), the reader as `creator` ([`Agent`]) and the reader's language;
//! name the download [`ExportFormat::file_name`] with the reader's local
//! date, type it [`ExportFormat::mime_type`]. [`AnnotationStore::export`]
//! (an IRI and a title per article) still works, with less provenance.
//! [`AnnotationStore::export_w3c_annotation`] gives one annotation alone.
//!
//! **Import.** [`read_import_with`] (validates everything; the error names item
//! and field), passing a function that finds the library's article for a
//! source IRI, then [`AnnotationStore::merge_import_undoable`] (which refuses,
//! changing nothing, a file that would take the store past
//! [`limits::MAX_ITEMS`]); show the [`ImportReport`] and offer undo
//! ([`AnnotationStore::undo_import`]) while the [`ImportUndo`] is not empty.
//! [`read_import`], [`AnnotationStore::merge_import`] and
//! [`AnnotationStore::import`] do the same without the library or the undo.
//!
//! **Articles you don't have.** Annotations whose source is not in the
//! library are kept ([`AnnotationStore::foreign`]: list them with their
//! source and quote). When an article is added or opened, call
//! [`AnnotationStore::attach_foreign`] with its IRI and text: those for it
//! become its annotations.
//!
//! **HTML notes.** Notes imported as `text/html` ([`Body::format`]) are shown
//! with [`Body::note_text`], never as markup.
//!
//! Notes are stored and exported as the text the reader typed. Nothing here
//! renders them: the UI must treat them as text (or sanitised Markdown).
//!
//! # Example
//!
//! ```
//! use lector_annotations::*;
//! use lector_text::Span;
//!
//! // Startup: nothing stored yet.
//! let mut store = match load(|_key| None) {
//!     Loaded::Nothing => AnnotationStore::new(),
//!     _ => unreachable!("the closure above stores nothing"),
//! };
//!
//! // The reader selects "who spoke on condition of anonymity" and writes a note.
//! let rendered = "Officials, who spoke on condition of anonymity, said the talks had stalled.";
//! let text = ArticleText::new(rendered);
//! let article = ArticleId::parse("000_729a53cc0895712a")?;
//! let id = AnnotationId::parse("3f2b8c1e-9d4a-4c6b-8e21-5a7d9f0c1b2e")?; // crypto.randomUUID()
//! let now = Timestamp::from_js_millis(1_795_457_660_123.0)?; // Date.now()
//! let body = Body::new("Who are they?", split_tag_input("anonymous, sourcing"), Colour::Pink)?;
//! store.create(id.clone(), article.clone(), &text, Span::new(11, 46), body, now)?;
//!
//! // Save after every change; reading it back gives the same store.
//! let saved = encode_for_storage(&store); // localStorage.setItem(STORAGE_KEY, saved)
//! assert_eq!(decode_stored(&saved)?.store, store);
//!
//! // The article gets a new first paragraph: the note follows its words.
//! let edited = format!("Updated at noon.\n\n{rendered}");
//! let anchors = store.anchor_article(&article, &ArticleText::new(&edited));
//! assert_eq!(anchors.placed[0].how, Placement::Moved);
//! assert_eq!(ArticleText::new(&edited).slice(anchors.placed[0].span), "who spoke on condition of anonymity");
//!
//! // Export for a colleague.
//! let options = ExportOptions { now, article_iri: &default_article_iri, article_title: &|_| None };
//! let file = store.export(ExportFormat::Lector, Scope::All, &options);
//! let name = ExportFormat::Lector.file_name(now.utc_date());
//! assert_eq!(name, "lector-annotations-2026-11-23.json");
//! # let mut colleague = AnnotationStore::new();
//! # assert_eq!(colleague.import(&file, now)?.merge.added, 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod anchoring;
mod annotation;
mod article_anchors;
mod article_text;
mod body;
mod bracketing;
mod candidates;
mod colour;
pub mod corrections;
mod error;
mod export;
mod fields;
mod foreign;
mod fuzzy;
mod html_note;
mod html_text;
mod id;
mod import;
mod items;
mod json_input;
pub mod limits;
mod markdown;
mod merge;
mod merge_undo;
mod migrations;
mod provenance;
mod reattach_candidates;
mod schema;
mod selectors;
mod sha256;
mod storage;
mod store;
mod tags;
mod time;
mod w3c_body;
mod w3c_export;
mod w3c_extra;
mod w3c_import;
mod w3c_target;

pub use anchoring::{anchor, Anchoring, OrphanReason, Placement};
pub use annotation::Annotation;
pub use article_anchors::{ArticleAnchors, Orphan, Placed};
pub use article_text::ArticleText;
pub use body::{normalise_tags, same_tag, split_tag_input, tag_key, Body, NoteFormat};
pub use colour::Colour;
pub use error::{DecodeError, FieldError, Problem};
pub use export::{default_article_iri, ExportContext, ExportFormat, ExportOptions, Scope};
pub use foreign::{Attached, ForeignAnnotation};
pub use html_note::{sanitize_html, HtmlNode, SafeTag, MAX_HTML_DEPTH};
pub use id::AnnotationId;
pub use import::{
    read_import, read_import_with, ImportError, ImportFile, ImportFormat, ImportReport, TooManyAnnotations,
};
/// The article an annotation belongs to: the article's own id and rule.
pub use lector_article::ArticleId;
pub use merge::MergeReport;
pub use merge_undo::ImportUndo;
pub use provenance::{article_text_iri, Agent, AgentKind, ArticleInfo};
pub use reattach_candidates::{reattach_candidates, ReattachCandidate};
pub use schema::{SCHEMA_NAME, SCHEMA_VERSION};
pub use selectors::{Target, TextQuoteSelector, CONTEXT_CHARS};
pub use storage::{
    backup_file_name, backup_key, decode_stored, encode_for_storage, load, storage_key_for, Loaded, Stored, STORAGE_KEY,
};
pub use store::{AnnotationStore, StoreError, Tombstone};
pub use tags::TagUse;
pub use time::{CalendarDate, Timestamp};
