//! Kept corpus records: what a reload reads back instead of analysing, and
//! when it must analyse after all.

use lector_analysis::AnalyzerData;
use lector_article::Article;

use super::*;
use crate::state::library::{Entry, Origin};

const HARBOUR: &str = "---\ntitle: Harbour talks resume in Valdora\noutlet: Coast Wire\ndate: 2025-03-02\n---\n\n\
Officials said the harbour talks would resume on Monday, according to people familiar with the plans. \
Port director Amelie Brandt said the Northern Shipping Union was ready.\n";

fn entry(source: &str, origin: Origin) -> Entry {
    let meta = Article::parse("harbour", source).expect("an invented article parses").meta;
    Entry { meta, origin, versions: 1 }
}

fn analysed(source: &str) -> (CorpusArticle, ArticleIndex) {
    CorpusArticle::index(&entry(source, Origin::Own), source, AnalyzerData::embedded()).expect("it indexes")
}

#[test]
fn a_kept_record_gives_back_what_the_analysis_gave() {
    let (article, index) = analysed(HARBOUR);
    let raw = encode(&article, &index, ANALYSIS_VERSION);
    let (reread, reread_index, reused) =
        CorpusArticle::index_or_reuse(&entry(HARBOUR, Origin::Own), HARBOUR, AnalyzerData::embedded(), Some(&raw))
            .expect("it indexes");
    assert!(reused, "read from the record, not analysed");
    assert_eq!(reread, article);
    assert_eq!(reread_index, index);
    assert!(!reread.entities.entities.is_empty(), "a record with entities in it: {raw}");
}

#[test]
fn the_library_s_metadata_wins_over_the_record_s() {
    let (article, index) = analysed(HARBOUR);
    let raw = encode(&article, &index, ANALYSIS_VERSION);
    let retitled = HARBOUR.replace("outlet: Coast Wire", "outlet: Harbour Daily");
    let (reread, _, reused) = CorpusArticle::index_or_reuse(
        &entry(&retitled, Origin::Sample),
        &retitled,
        AnalyzerData::embedded(),
        Some(&raw),
    )
    .expect("it indexes");
    assert!(reused, "the text is the same");
    assert_eq!(reread.summary.outlet.as_deref(), Some("Harbour Daily"));
    assert_eq!(reread.summary.origin, lector_search::Origin::Sample);
    assert_eq!(reread.summary.anonymous_sources, article.summary.anonymous_sources);
}

#[test]
fn a_record_that_does_not_fit_is_not_used() {
    let (article, index) = analysed(HARBOUR);
    let raw = encode(&article, &index, ANALYSIS_VERSION);
    let older = encode(&article, &index, "an older analysis");
    let edited = HARBOUR.replace("Monday", "Tuesday");
    let damaged_index = raw.replacen("\"counts\":[", "\"counts\":[9999,", 1);
    let table: &[(&str, &str, &str, Stale)] = &[
        ("another analysis", &older, HARBOUR, Stale::OtherAnalysis),
        ("an edited text", &raw, &edited, Stale::OtherText),
        ("a damaged index", &damaged_index, HARBOUR, Stale::Unreadable(String::new())),
        ("not JSON", "{\"analysis\":", HARBOUR, Stale::Unreadable(String::new())),
    ];
    for (case, raw, source, expected) in table {
        let text = Article::parse("harbour", source).expect("parses").document.text;
        let got = decode(raw, &text, ANALYSIS_VERSION).err();
        let same_kind = match (&got, expected) {
            (Some(Stale::Unreadable(_)), Stale::Unreadable(_)) => true,
            (got, expected) => got.as_ref() == Some(expected),
        };
        assert!(same_kind, "{case}: {got:?}");
        // The article is then analysed: it still indexes, from its text.
        let (reread, _, reused) =
            CorpusArticle::index_or_reuse(&entry(source, Origin::Own), source, AnalyzerData::embedded(), Some(raw))
                .expect("it indexes");
        assert!(!reused, "{case}");
        assert_eq!(&*reread.text, text, "{case}");
    }
}

#[test]
fn the_analysis_version_is_a_hash_of_the_build() {
    assert_eq!(ANALYSIS_VERSION.len(), 16);
    assert!(ANALYSIS_VERSION.chars().all(|c| c.is_ascii_hexdigit()), "{ANALYSIS_VERSION}");
}
