//! What the library's filters look at for each article: a few plain values,
//! taken from the article's metadata and analysis once, and from the reader's
//! annotations whenever they change.

use lector_analysis::hedges::CueKind;
use lector_analysis::Analysis;
use lector_article::IsoDate;
use serde::{Deserialize, Serialize};

/// Where an article came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// Shipped with Lector.
    Sample,
    /// Imported by the reader.
    Own,
}

impl Origin {
    pub fn code(self) -> &'static str {
        match self {
            Origin::Sample => "sample",
            Origin::Own => "own",
        }
    }

    pub fn from_code(code: &str) -> Option<Origin> {
        [Origin::Sample, Origin::Own].into_iter().find(|o| o.code() == code)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArticleSummary {
    pub id: String,
    pub outlet: Option<String>,
    pub date: Option<IsoDate>,
    pub origin: Origin,
    /// Anonymous-source cues ("officials said", "according to people familiar").
    pub anonymous_sources: usize,
    /// Share of sentences that are hedged, 0.0 to 1.0.
    pub hedged_share: f64,
    /// The reader's annotations on it (anchored or not).
    pub annotations: usize,
    /// Tags of those annotations.
    pub tags: Vec<String>,
}

impl ArticleSummary {
    /// A summary with the sourcing figures of `analysis` and no annotations
    /// yet (the app sets `annotations` and `tags` from its store).
    pub fn new(id: &str, outlet: Option<&str>, date: Option<IsoDate>, origin: Origin, analysis: &Analysis) -> Self {
        ArticleSummary {
            id: id.to_string(),
            outlet: outlet.map(str::to_string),
            date,
            origin,
            anonymous_sources: analysis.profile.count(CueKind::AnonymousSource),
            hedged_share: analysis.profile.hedged_share(),
            annotations: 0,
            tags: Vec::new(),
        }
    }
}
