//! One article as the library's corpus keeps it once analysed: what search
//! passages, the entity index and the filters need, computed once when the
//! article is first seen (`state/search_provider.rs` does it off the page's
//! critical path, one article per task).

use std::rc::Rc;

use lector_analysis::AnalyzerData;
use lector_article::{Article, ArticleMeta};
use lector_search::{ArticleEntities, ArticleIndex, ArticleSummary, Origin};

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
        let article = Article::parse(&entry.meta.id, source).map_err(|e| format!("cannot be read: {e}"))?;
        let text = article.document.text;
        let analysis = lector_analysis::analyze_with(analyzer, &text);
        let sentences: Vec<_> = analysis.sentences.iter().map(|s| s.span).collect();
        let index = ArticleIndex::build(&text, entry.meta.title.chars().count(), &sentences);
        let origin = match entry.origin {
            library::Origin::Sample => Origin::Sample,
            library::Origin::Own => Origin::Own,
        };
        let meta = &entry.meta;
        let summary = ArticleSummary::new(&meta.id, meta.outlet.as_deref(), meta.date, origin, &analysis);
        let entities = ArticleEntities::from_analysis(&text, &analysis);
        Ok((CorpusArticle { meta: meta.clone(), text: text.into(), entities, summary }, index))
    }

    /// The characters `span` covers (empty when out of range).
    pub fn slice(&self, span: lector_text::Span) -> String {
        self.text.chars().skip(span.start).take(span.len()).collect()
    }
}
