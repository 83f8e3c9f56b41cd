//! An article as the reader holds it once opened: parsed, analyzed, indexed.

use lector_analysis::{Analysis, AnalyzerData};
use lector_annotations::corrections::PlacedCorrection;
use lector_article::{Article, ArticleError};
use lector_text::{CharIndex, Span};

pub struct OpenedArticle {
    pub article: Article,
    pub analysis: Analysis,
    /// Char ↔ byte offsets of the rendered text, for slicing spans.
    pub chars: CharIndex,
    /// For each entity mention, the index of its entity group.
    pub entity_of_mention: Vec<usize>,
    /// The reader's corrections applied to `analysis` (`corrected.rs`), in text order.
    pub corrections: Vec<PlacedCorrection>,
    /// Whether `analysis` is the analyzers' (false while their model is on
    /// its way: the text shows, without highlights).
    pub analyzed: bool,
}

impl PartialEq for OpenedArticle {
    /// Opened articles are compared by identity and content, which is all a
    /// re-render needs to know.
    fn eq(&self, other: &Self) -> bool {
        self.article == other.article && self.analyzed == other.analyzed && self.corrections == other.corrections
    }
}

impl OpenedArticle {
    /// Parses an article file and analyzes it with `analyzer`, or leaves
    /// the analysis empty until the analyzer's data arrives
    /// ([`OpenedArticle::analyzed_with`]).
    pub fn open(id: &str, source: &str, analyzer: Option<&AnalyzerData>) -> Result<OpenedArticle, ArticleError> {
        let article = Article::parse(id, source)?;
        Ok(match analyzer {
            Some(data) => {
                let analysis = lector_analysis::analyze_with(data, &article.document.text);
                Self::with_analysis(article, analysis)
            }
            None => OpenedArticle { analyzed: false, ..Self::with_analysis(article, Analysis::default()) },
        })
    }

    /// The same article analyzed, once the analyzer's data is there.
    pub fn analyzed_with(&self, analyzer: &AnalyzerData) -> OpenedArticle {
        let analysis = lector_analysis::analyze_with(analyzer, self.text());
        Self::with_analysis(self.article.clone(), analysis)
    }

    /// An article with an analysis computed elsewhere (tests, imported work).
    pub fn with_analysis(article: Article, analysis: Analysis) -> OpenedArticle {
        let mut entity_of_mention = vec![usize::MAX; analysis.entities.len()];
        for (group, entity) in analysis.entity_groups.iter().enumerate() {
            for &mention in &entity.mentions {
                if let Some(slot) = entity_of_mention.get_mut(mention) {
                    *slot = group;
                }
            }
        }
        let chars = CharIndex::new(&article.document.text);
        OpenedArticle { article, analysis, chars, entity_of_mention, corrections: Vec::new(), analyzed: true }
    }

    pub fn text(&self) -> &str {
        &self.article.document.text
    }

    pub fn slice(&self, span: Span) -> &str {
        &self.text()[self.chars.byte_of_char(span.start)..self.chars.byte_of_char(span.end)]
    }
}
