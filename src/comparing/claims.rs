//! "This claim elsewhere": for each sentence of an article, its
//! counterparts in the library's other articles, and how sure each of those
//! is of it (asserted, hedged, or put to an unnamed source).

use std::collections::BTreeMap;
use std::rc::Rc;

use lector_analysis::hedges::CueKind;
use lector_article::IsoDate;

use super::analysed::Analysed;
use super::compared::range_span;
use super::related::Comparisons;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    Asserted,
    Hedged,
    /// Put to a source the article does not name.
    Anonymous,
}

impl Certainty {
    pub fn words(self) -> &'static str {
        match self {
            Certainty::Asserted => "asserted",
            Certainty::Hedged => "hedged",
            Certainty::Anonymous => "anonymously sourced",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Counterpart {
    pub id: String,
    pub title: String,
    pub outlet: Option<String>,
    pub date: Option<IsoDate>,
    /// The counterpart's words, cut to [`QUOTE_CHARS`].
    pub quote: String,
    pub certainty: Certainty,
}

const QUOTE_CHARS: usize = 220;

/// Sentence index of `this` → its counterparts elsewhere, in library order
/// of the other articles' ids.
pub fn claims_elsewhere(
    this: &Analysed,
    articles: &BTreeMap<String, Rc<Analysed>>,
    comparisons: &Comparisons,
) -> BTreeMap<usize, Vec<Counterpart>> {
    let mut out: BTreeMap<usize, Vec<Counterpart>> = BTreeMap::new();
    for ((a, b), comparison) in comparisons {
        let (this_is_a, other_id) = match (a == this.id(), b == this.id()) {
            (true, _) => (true, b),
            (_, true) => (false, a),
            _ => continue,
        };
        let Some(other) = articles.get(other_id) else { continue };
        for link in &comparison.links {
            let (here, there) = if this_is_a { (&link.a, &link.b) } else { (&link.b, &link.a) };
            let Some(span) = range_span(other, there) else { continue };
            let counterpart = Counterpart {
                id: other.id().to_owned(),
                title: other.entry.meta.title.clone(),
                outlet: other.entry.meta.outlet.clone(),
                date: other.entry.meta.date,
                quote: cut(other.opened.slice(span)),
                certainty: certainty(other, there),
            };
            for sentence in here.clone() {
                out.entry(sentence).or_default().push(counterpart.clone());
            }
        }
    }
    out
}

/// How sure the sentences `range` of `article` are.
fn certainty(article: &Analysed, range: &std::ops::Range<usize>) -> Certainty {
    let analysis = &article.opened.analysis;
    let Some(span) = range_span(article, range) else { return Certainty::Asserted };
    if analysis.cues.iter().any(|c| c.kind == CueKind::AnonymousSource && span.contains(&c.span)) {
        Certainty::Anonymous
    } else if range.clone().any(|i| analysis.sentences.get(i).is_some_and(|s| s.hedged)) {
        Certainty::Hedged
    } else {
        Certainty::Asserted
    }
}

fn cut(text: &str) -> String {
    if text.chars().count() <= QUOTE_CHARS {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(QUOTE_CHARS).collect();
    if let Some(space) = out.rfind(' ') {
        out.truncate(space);
    }
    out.push('…');
    out
}
