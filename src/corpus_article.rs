//! One article as the library's corpus keeps it once analysed: what search
//! passages, the entity index and the filters need, computed once when the
//! article is first seen (`state/search_provider.rs` does it off the page's
//! critical path, one article per task).

use std::rc::Rc;

use lector_analysis::AnalyzerData;
use lector_article::{Article, ArticleMeta};
use lector_search::{ArticleEntities, ArticleIndex, ArticleSummary, Origin};

use crate::corpus_record::{self, Kept};
use crate::state::library::{self, Entry};

#[derive(Clone, Debug, PartialEq)]
pub struct CorpusArticle {
    /// The library's metadata it was indexed from (a newer copy is re-indexed).
    pub meta: ArticleMeta,
    /// The rendered text, for passages and mentions in context.
    pub text: Rc<str>,
    pub entities: ArticleEntities,
    /// Sourcing figures; annotation counts are added from the store when shown.
    pub summary: ArticleSummary,
}

impl CorpusArticle {
    /// Parses and analyses an article's source, and builds its search index.
    pub fn index(
        entry: &Entry,
        source: &str,
        analyzer: &AnalyzerData,
    ) -> Result<(CorpusArticle, ArticleIndex), String> {
        Self::index_or_reuse(entry, source, analyzer, None).map(|(article, index, _)| (article, index))
    }

    /// [`CorpusArticle::index`], but from `kept` (a `corpus_record`) when
    /// that was made by this analysis from this text; the `bool` says
    /// whether it was (nothing analysed).
    pub fn index_or_reuse(
        entry: &Entry,
        source: &str,
        analyzer: &AnalyzerData,
        kept: Option<&str>,
    ) -> Result<(CorpusArticle, ArticleIndex, bool), String> {
        let article = Article::parse(&entry.meta.id, source).map_err(|e| format!("cannot be read: {e}"))?;
        let text = article.document.text;
        let meta = &entry.meta;
        let origin = match entry.origin {
            library::Origin::Sample => Origin::Sample,
            library::Origin::Own => Origin::Own,
        };
        let reused = kept.and_then(|raw| corpus_record::decode(raw, &text, corpus_record::ANALYSIS_VERSION).ok());
        if let Some(Kept { index, entities, mut summary }) = reused {
            // The library's metadata wins over the kept copy's.
            summary.id.clone_from(&meta.id);
            summary.outlet.clone_from(&meta.outlet);
            summary.date = meta.date;
            summary.origin = origin;
            let article = CorpusArticle { meta: meta.clone(), text: text.into(), entities, summary };
            return Ok((article, index, true));
        }
        let analysis = lector_analysis::analyze_with(analyzer, &text);
        let sentences: Vec<_> = analysis.sentences.iter().map(|s| s.span).collect();
        let index = ArticleIndex::build(&text, meta.title.chars().count(), &sentences);
        let summary = ArticleSummary::new(&meta.id, meta.outlet.as_deref(), meta.date, origin, &analysis);
        let entities = ArticleEntities::from_analysis(&text, &analysis);
        Ok((CorpusArticle { meta: meta.clone(), text: text.into(), entities, summary }, index, false))
    }

    /// The characters `span` covers (empty when out of range).
    pub fn slice(&self, span: lector_text::Span) -> String {
        self.text.chars().skip(span.start).take(span.len()).collect()
    }
}
