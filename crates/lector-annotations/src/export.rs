//! Exporting annotations: which ones, in which format, under which file name.
//!
//! Exports hold live annotations only: tombstones are bookkeeping for
//! merging tabs, not something a reader sends a colleague.

use crate::annotation::Annotation;
use crate::id::AnnotationId;
use crate::provenance::{Agent, ArticleInfo};
use crate::store::{text_order, AnnotationStore};
use crate::time::{CalendarDate, Timestamp};
use crate::ArticleId;
use crate::{markdown, schema, w3c_export};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// Lector's own JSON (`SCHEMA.md`): everything, and imports back exactly.
    Lector,
    /// W3C Web Annotation `AnnotationCollection` (JSON-LD), for other annotation tools.
    W3c,
    /// Markdown for memos: quote, note and tags, grouped by article.
    Markdown,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 3] = [ExportFormat::Lector, ExportFormat::W3c, ExportFormat::Markdown];

    /// `lector-annotations-2026-11-23.json` (`.jsonld`, `.md`), whether the
    /// export holds every article or one: the reader finds their exports by
    /// one pattern, and the file itself says which article each annotation
    /// belongs to (`article`, the W3C `target.source`, the Markdown headings).
    /// `date` is the reader's local date (the UI knows the time zone, this crate does not).
    pub fn file_name(self, date: CalendarDate) -> String {
        let extension = match self {
            ExportFormat::Lector => "json",
            ExportFormat::W3c => "jsonld",
            ExportFormat::Markdown => "md",
        };
        format!("lector-annotations-{date}.{extension}")
    }

    /// For the download's `Blob`.
    pub fn mime_type(self) -> &'static str {
        match self {
            ExportFormat::Lector => "application/json",
            ExportFormat::W3c => "application/ld+json",
            ExportFormat::Markdown => "text/markdown; charset=utf-8",
        }
    }
}

/// Which annotations to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope<'a> {
    All,
    Article(&'a ArticleId),
}

/// What the formats need beyond the annotations.
pub struct ExportOptions<'a> {
    /// When the export is made; written into the W3C collection and the Markdown heading.
    pub now: Timestamp,
    /// Turns an article id into the IRI the W3C export names as each target's
    /// `source`, e.g. the app's public URL of the article. Import takes the
    /// article id back from the IRI's last segment.
    pub article_iri: &'a dyn Fn(&ArticleId) -> String,
    /// The article's title for the Markdown headings (`None`: the id is shown).
    pub article_title: &'a dyn Fn(&ArticleId) -> Option<String>,
}

/// What exports say beyond the annotations: which stories, made by whom.
/// Build it with [`ExportContext::new`] and set what the app knows.
pub struct ExportContext<'a> {
    /// When the export is made; written into the W3C collection and the Markdown heading.
    pub now: Timestamp,
    /// Describes an article: its stable IRI (the W3C `target.source`),
    /// title, outlet, date and its address in the app.
    pub article: &'a dyn Fn(&ArticleId) -> ArticleInfo,
    /// The reader, credited as `creator` of their annotations (an annotation
    /// imported from someone else keeps its own creator).
    pub creator: Option<Agent>,
    /// The program credited as `generator`: [`Agent::lector`] with the app's address.
    pub generator: Agent,
    /// The language the reader writes notes in (BCP 47, e.g. `navigator.language`);
    /// a note whose file said otherwise keeps its own.
    pub note_language: Option<String>,
}

impl<'a> ExportContext<'a> {
    /// Articles described by `article`, no creator, Lector at an unknown address, no note language.
    pub fn new(now: Timestamp, article: &'a dyn Fn(&ArticleId) -> ArticleInfo) -> Self {
        ExportContext { now, article, creator: None, generator: Agent::lector(None), note_language: None }
    }
}

/// The article IRI used when the UI has nothing better: `urn:x-lector:article:<id>`.
pub fn default_article_iri(article: &ArticleId) -> String {
    format!("urn:x-lector:article:{article}")
}

impl AnnotationStore {
    /// The annotations of `scope`, by article id and then in text order (stored positions).
    pub fn select(&self, scope: Scope<'_>) -> Vec<&Annotation> {
        let mut selected: Vec<&Annotation> = self
            .iter()
            .filter(|a| match scope {
                Scope::All => true,
                Scope::Article(article) => a.article() == article,
            })
            .collect();
        selected.sort_by(|a, b| (a.article(), text_order(a)).cmp(&(b.article(), text_order(b))));
        selected
    }

    /// The file's content; name it with [`ExportFormat::file_name`]. Kept
    /// for callers that know only an IRI and a title per article: prefer
    /// [`AnnotationStore::export_with`], which says which story each annotation is about.
    pub fn export(&self, format: ExportFormat, scope: Scope<'_>, options: &ExportOptions<'_>) -> String {
        let article = |id: &ArticleId| ArticleInfo {
            title: (options.article_title)(id),
            ..ArticleInfo::from_iri((options.article_iri)(id))
        };
        self.export_with(format, scope, &ExportContext::new(options.now, &article))
    }

    /// The file's content; name it with [`ExportFormat::file_name`].
    /// Annotations imported for articles not in the library (see
    /// [`AnnotationStore::foreign`]) are written back as they came, in the
    /// Lector and W3C formats, when exporting everything.
    pub fn export_with(&self, format: ExportFormat, scope: Scope<'_>, context: &ExportContext<'_>) -> String {
        let selected = self.select(scope);
        let foreign = match scope {
            Scope::All => self.foreign(),
            Scope::Article(_) => Vec::new(),
        };
        match format {
            ExportFormat::Lector => schema::encode(selected, [], &foreign, true),
            ExportFormat::W3c => w3c_export::to_w3c(&selected, &foreign, context),
            ExportFormat::Markdown => markdown::to_markdown(&selected, &foreign, context),
        }
    }

    /// One annotation as a standalone W3C `Annotation` (JSON-LD), as an
    /// annotation server takes it (Web Annotation Protocol `POST`); `None` if there is no such annotation.
    pub fn export_w3c_annotation(&self, id: &AnnotationId, context: &ExportContext<'_>) -> Option<String> {
        self.get(id).map(|annotation| w3c_export::standalone(annotation, context))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names() {
        let date = CalendarDate::new(2026, 3, 7).unwrap();
        let table = [
            (ExportFormat::Lector, "lector-annotations-2026-03-07.json"),
            (ExportFormat::W3c, "lector-annotations-2026-03-07.jsonld"),
            (ExportFormat::Markdown, "lector-annotations-2026-03-07.md"),
        ];
        for (format, want) in table {
            assert_eq!(format.file_name(date), want);
        }
    }
}
