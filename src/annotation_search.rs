//! Finding the reader's annotations across the library: by words of the
//! note or the quoted text (case and accents ignored), by tag, by colour.
//! The address query of `#/annotations` (`?q=&tag=&colour=`).

use lector_annotations::{same_tag, Annotation};
use lector_search::normalize::fold;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AnnotationQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colour: Option<String>,
}

impl AnnotationQuery {
    /// Whether `annotation` has every word of `q` in its note or quote, the
    /// tag and the colour asked for.
    pub fn matches(&self, annotation: &Annotation) -> bool {
        let body = annotation.body();
        let words_match = self.q.as_deref().is_none_or(|q| {
            let haystack = fold(&format!("{} {}", body.note_text(), annotation.target().quote().exact()));
            q.split_whitespace().all(|word| haystack.contains(&fold(word)))
        });
        let tag_match = self.tag.as_deref().is_none_or(|tag| body.tags().iter().any(|t| same_tag(t, tag)));
        let colour_match = self.colour.as_deref().is_none_or(|c| body.colour().name().eq_ignore_ascii_case(c));
        words_match && tag_match && colour_match
    }
}

/// Every tag in use, once each (first spelling), A to Z.
pub fn tags_in_use<'a>(annotations: impl IntoIterator<Item = &'a Annotation>) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for annotation in annotations {
        for tag in annotation.body().tags() {
            if !tags.iter().any(|t| same_tag(t, tag)) {
                tags.push(tag.clone());
            }
        }
    }
    tags.sort_by_key(|t| t.to_lowercase());
    tags
}

#[cfg(test)]
mod tests {
    use lector_annotations::{AnnotationId, AnnotationStore, ArticleId, ArticleText, Body, Colour, Timestamp};
    use lector_text::Span;

    use super::*;

    const TEXT: &str = "The minister said the Café deal was “nearly done”, aides added.";

    fn store() -> AnnotationStore {
        let text = ArticleText::new(TEXT);
        let mut store = AnnotationStore::new();
        let notes: [(u32, Span, &str, &[&str], Colour); 3] = [
            (1, Span::new(22, 31), "Which café?", &["Check"], Colour::Pink),
            (2, Span::new(37, 48), "", &[], Colour::Yellow),
            (3, Span::new(0, 12), "Named source", &["sourcing", "check"], Colour::Blue),
        ];
        for (n, span, note, tags, colour) in notes {
            let id = AnnotationId::parse(&format!("3f2b8c1e-9d4a-4c6b-8e21-{n:012x}")).expect("a valid id");
            let body = Body::new(note, tags.iter().copied(), colour).expect("a valid body");
            let at = Timestamp::from_millis(1_795_457_660_000).expect("a valid time");
            let article = ArticleId::parse("deal_talks").expect("a valid article id");
            store.create(id, article, &text, span, body, at).expect("stored");
        }
        store
    }

    fn found(query: AnnotationQuery) -> Vec<String> {
        let store = store();
        let mut notes: Vec<String> =
            store.iter().filter(|a| query.matches(a)).map(|a| a.target().quote().exact().to_string()).collect();
        notes.sort();
        notes
    }

    #[test]
    fn annotations_are_found_by_note_quote_tag_and_colour() {
        let q = |q: &str| AnnotationQuery { q: Some(q.into()), ..Default::default() };
        let table: &[(AnnotationQuery, &[&str])] = &[
            (AnnotationQuery::default(), &["Café deal", "The minister", "nearly done"]),
            (q("CAFE"), &["Café deal"]),
            (q("nearly"), &["nearly done"]),
            (q("named minister"), &["The minister"]),
            (q("submarine"), &[]),
            (AnnotationQuery { tag: Some("CHECK".into()), ..Default::default() }, &["Café deal", "The minister"]),
            (AnnotationQuery { colour: Some("yellow".into()), ..Default::default() }, &["nearly done"]),
            (
                AnnotationQuery { tag: Some("check".into()), colour: Some("blue".into()), ..Default::default() },
                &["The minister"],
            ),
        ];
        for (query, expected) in table {
            assert_eq!(found(query.clone()), *expected, "{query:?}");
        }
    }

    #[test]
    fn each_tag_is_offered_once_whatever_its_case() {
        let store = store();
        assert_eq!(tags_in_use(store.iter()), vec!["Check".to_string(), "sourcing".to_string()]);
    }
}
