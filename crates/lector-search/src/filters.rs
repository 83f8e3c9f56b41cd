//! The library's filters and facets, as pure functions over
//! [`ArticleSummary`]s, combined with search.

use std::collections::BTreeMap;

use lector_article::IsoDate;
use serde::{Deserialize, Serialize};

use crate::names::name_key;
use crate::query::Query;
use crate::search_index::{Hit, Results, SearchIndex};
use crate::summary::{ArticleSummary, Origin};

/// What the reader narrowed the library to. Everything unset keeps every
/// article; set filters must all hold.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Filters {
    /// The search box.
    pub query: String,
    pub outlet: Option<String>,
    /// First and last day, both included.
    pub from: Option<IsoDate>,
    pub to: Option<IsoDate>,
    pub origin: Option<Origin>,
    /// Only articles citing anonymous sources.
    pub anonymous: bool,
    /// Only articles with at least this percentage of hedged sentences.
    pub min_hedged_percent: Option<u8>,
    /// Only articles the reader annotated.
    pub annotated: bool,
    /// Only articles with an annotation carrying this tag.
    pub tag: Option<String>,
}

impl Filters {
    /// Whether `article` passes every filter but the search box.
    pub fn keeps(&self, article: &ArticleSummary) -> bool {
        let same = |a: &str, b: &str| name_key(a) == name_key(b);
        self.outlet.as_deref().is_none_or(|o| article.outlet.as_deref().is_some_and(|a| same(a, o)))
            && self.from.is_none_or(|from| article.date.is_some_and(|d| d >= from))
            && self.to.is_none_or(|to| article.date.is_some_and(|d| d <= to))
            && self.origin.is_none_or(|o| article.origin == o)
            && (!self.anonymous || article.anonymous_sources > 0)
            && self.min_hedged_percent.is_none_or(|p| article.hedged_share * 100.0 >= f64::from(p))
            && (!self.annotated || article.annotations > 0)
            && self.tag.as_deref().is_none_or(|t| article.tags.iter().any(|a| lector_annotations::same_tag(a, t)))
    }

    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }
}

/// The library as the reader narrowed it: with a query, the matching articles
/// best first with their passages; without one, every kept article in the
/// order given (library order).
pub fn find(index: &SearchIndex, filters: &Filters, articles: &[ArticleSummary], limit: usize) -> Results {
    let query = Query::parse(&filters.query, true);
    if query.is_empty() {
        let kept: Vec<&ArticleSummary> = articles.iter().filter(|a| filters.keeps(a)).collect();
        let hits = kept.iter().take(limit).map(|a| Hit { id: a.id.clone(), score: 0.0, passage: None }).collect();
        return Results { hits, total: kept.len() };
    }
    let by_id: std::collections::HashMap<&str, &ArticleSummary> = articles.iter().map(|a| (a.id.as_str(), a)).collect();
    index.search(&query, limit, |id| by_id.get(id).is_some_and(|a| filters.keeps(a)))
}

/// Counts for the filter controls.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Facets {
    /// Outlets with their article counts, A to Z.
    pub outlets: Vec<(String, usize)>,
    /// Tags with their article counts, A to Z.
    pub tags: Vec<(String, usize)>,
    pub own: usize,
    pub samples: usize,
    pub anonymous: usize,
    pub annotated: usize,
    /// The earliest and latest dates.
    pub dates: Option<(IsoDate, IsoDate)>,
}

pub fn facets<'a>(articles: impl IntoIterator<Item = &'a ArticleSummary>) -> Facets {
    let mut outlets: BTreeMap<String, (String, usize)> = BTreeMap::new();
    let mut tags: BTreeMap<String, (String, usize)> = BTreeMap::new();
    let mut f = Facets::default();
    for a in articles {
        if let Some(o) = &a.outlet {
            outlets.entry(name_key(o)).or_insert_with(|| (o.clone(), 0)).1 += 1;
        }
        let mut seen: Vec<String> = Vec::new();
        for t in &a.tags {
            let key = lector_annotations::tag_key(t);
            if !seen.contains(&key) {
                tags.entry(key.clone()).or_insert_with(|| (t.clone(), 0)).1 += 1;
                seen.push(key);
            }
        }
        match a.origin {
            Origin::Own => f.own += 1,
            Origin::Sample => f.samples += 1,
        }
        f.anonymous += usize::from(a.anonymous_sources > 0);
        f.annotated += usize::from(a.annotations > 0);
        if let Some(d) = a.date {
            f.dates = Some(f.dates.map_or((d, d), |(lo, hi)| (lo.min(d), hi.max(d))));
        }
    }
    f.outlets = outlets.into_values().collect();
    f.tags = tags.into_values().collect();
    f
}
