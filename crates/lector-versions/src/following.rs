//! How the reader's annotations followed onto a version: each annotation is
//! anchored by its quote and context (`lector_annotations::anchoring`); this
//! sorts the outcome the way a reader checks it.

use std::borrow::Borrow;

use lector_annotations::{Annotation, AnnotationId, ArticleAnchors, Placement};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Followed {
    /// The same words, where they were or elsewhere in the text.
    Exactly,
    /// Similar words: the quoted text itself was edited.
    Approximately,
    /// Not placed: kept, listed for the reader to re-attach.
    Orphaned,
}

impl Followed {
    /// Heading words for the reader.
    pub fn label(self) -> &'static str {
        match self {
            Followed::Exactly => "moved exactly",
            Followed::Approximately => "re-found approximately",
            Followed::Orphaned => "orphaned",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Followed::Exactly => "exact",
            Followed::Approximately => "approximate",
            Followed::Orphaned => "orphaned",
        }
    }
}

/// One annotation's outcome, with its quote as the reader wrote it.
#[derive(Clone, Debug, PartialEq)]
pub struct FollowedAnnotation {
    pub id: AnnotationId,
    pub quote: String,
    pub followed: Followed,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FollowReport {
    /// Exactly first, then approximately, then orphaned; text order within.
    pub items: Vec<FollowedAnnotation>,
}

impl FollowReport {
    pub fn of<A: Borrow<Annotation>>(anchors: &ArticleAnchors<A>) -> FollowReport {
        let item = |a: &A, followed| {
            let a = a.borrow();
            FollowedAnnotation { id: a.id().clone(), quote: a.target().quote().exact().to_string(), followed }
        };
        let mut items: Vec<FollowedAnnotation> = anchors
            .placed
            .iter()
            .map(|p| {
                let followed = match p.how {
                    Placement::Position | Placement::Moved => Followed::Exactly,
                    Placement::Fuzzy { .. } => Followed::Approximately,
                };
                item(&p.annotation, followed)
            })
            .chain(anchors.orphaned.iter().map(|o| item(&o.annotation, Followed::Orphaned)))
            .collect();
        items.sort_by_key(|i| i.followed);
        FollowReport { items }
    }

    pub fn count(&self, followed: Followed) -> usize {
        self.items.iter().filter(|i| i.followed == followed).count()
    }

    /// "2 moved exactly, 1 re-found approximately, 0 orphaned".
    pub fn summary(&self) -> String {
        [Followed::Exactly, Followed::Approximately, Followed::Orphaned]
            .map(|f| format!("{} {}", self.count(f), f.label()))
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use lector_annotations::{AnnotationStore, ArticleId, ArticleText, Body, Colour, Timestamp};
    use lector_text::Span;

    use super::*;

    const OLDER: &str = "Bridge closed\n\nOfficials said the bridge closed on Monday after inspectors found cracks in \
        two support beams.\n\nThe repairs may cost more than the budget of twelve million pounds, the chair said.\n\n\
        Passenger groups said they would publish their own survey of the closure in the spring.";
    const NEWER: &str = "Bridge closed for weeks\n\nOfficials said the bridge closed on Monday after inspectors found \
        cracks in two support beams.\n\nThe repairs will cost more than the budget of twelve million pounds, the chair \
        said.";

    #[test]
    fn each_annotation_is_reported_as_it_followed() {
        let article = ArticleId::parse("bridge").unwrap();
        let older = ArticleText::new(OLDER);
        let mut store = AnnotationStore::new();
        // (quote annotated on the older text, how it follows onto the newer)
        let table: &[(&str, Followed)] = &[
            ("inspectors found cracks", Followed::Exactly),
            ("may cost more than the budget", Followed::Approximately),
            ("publish their own survey", Followed::Orphaned),
        ];
        for (k, (quote, _)) in table.iter().enumerate() {
            let start = OLDER[..OLDER.find(quote).unwrap()].chars().count();
            let span = Span::new(start, start + quote.chars().count());
            let id = AnnotationId::parse(&format!("00000000-0000-4000-8000-00000000000{k}")).unwrap();
            let now = Timestamp::from_millis(1_000 + k as u64).unwrap();
            store.create(id, article.clone(), &older, span, Body::highlight(Colour::default()), now).unwrap();
        }
        let report = FollowReport::of(&store.anchor_article(&article, &ArticleText::new(NEWER)));
        for (quote, followed) in table {
            let item = report.items.iter().find(|i| i.quote == *quote).expect("every annotation is reported");
            assert_eq!(item.followed, *followed, "{quote}");
        }
        assert_eq!(report.summary(), "1 moved exactly, 1 re-found approximately, 1 orphaned");
        let order: Vec<Followed> = report.items.iter().map(|i| i.followed).collect();
        assert_eq!(order, [Followed::Exactly, Followed::Approximately, Followed::Orphaned]);
    }
}
