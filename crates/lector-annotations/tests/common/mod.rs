//! Helpers shared by the integration tests.
#![allow(dead_code)]

use lector_annotations::{AnnotationId, AnnotationStore, ArticleId, ArticleText, Body, Colour, Timestamp};
use lector_text::Span;

/// A valid, distinct UUID v4 for each `n`.
pub fn id(n: u64) -> AnnotationId {
    AnnotationId::parse(&format!("00000000-0000-4000-8000-{n:012x}")).unwrap()
}

/// 2026-11-23T18:14:20.000Z plus `millis`.
pub fn at(millis: u64) -> Timestamp {
    Timestamp::from_millis(1_795_457_660_000 + millis).unwrap()
}

pub fn article(name: &str) -> ArticleId {
    ArticleId::parse(name).unwrap()
}

/// The character span of the `nth` (from 0) occurrence of `needle` in `text`.
pub fn span_of(text: &str, needle: &str, nth: usize) -> Span {
    let (byte, _) = text.match_indices(needle).nth(nth).unwrap_or_else(|| panic!("no {nth}th {needle:?} in {text:?}"));
    let start = text[..byte].chars().count();
    Span::new(start, start + needle.chars().count())
}

pub const ARTICLE: &str = "Officials weigh new sanctions\n\n\
WASHINGTON — The administration is weighing new sanctions, according to two people familiar with the matter, \
who spoke on condition of anonymity.\n\n\
The ministry denied the report. “We have never supplied weapons,” the minister said on Tuesday.\n\n\
Analysts in Zürich and São Paulo said the move was expected. Later, the minister said the talks would resume 🎉 next week.\n\n\
Correction: an earlier version misstated the date.";

/// A store with one annotation on `needle` (first occurrence) of `text`, made at `at(0)`.
pub fn store_with(n: u64, article_id: &str, text: &str, needle: &str, note: &str, tags: &[&str]) -> AnnotationStore {
    let mut store = AnnotationStore::new();
    add(&mut store, n, article_id, text, needle, note, tags);
    store
}

pub fn add(store: &mut AnnotationStore, n: u64, article_id: &str, text: &str, needle: &str, note: &str, tags: &[&str]) {
    let body = Body::new(note, tags, Colour::Yellow).unwrap();
    store.create(id(n), article(article_id), &ArticleText::new(text), span_of(text, needle, 0), body, at(0)).unwrap();
}
