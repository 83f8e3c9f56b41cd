//! Host tests of the comparing view models, on invented articles.

use std::collections::BTreeMap;
use std::rc::Rc;

use super::analysed::{compare_pair, Analysed};
use super::claims::{claims_elsewhere, Certainty};
use super::compared::compared;
use super::related::{candidate_pairs, key, ranked, same_story, Comparisons};
use super::word_diff::word_diff;
use crate::opened::OpenedArticle;
use crate::state::library::{Entry, Origin};

const WIRE: &str = "---\ntitle: Harbour bridge to close for repairs, officials say\noutlet: Coast Wire\ndate: 2025-03-02\n---\n\n\
PORTVILLE (Coast Wire) — The harbour bridge will close for six weeks of repairs starting in April, city officials said on Monday.\n\n\
Engineers believe the cables have corroded faster than expected, according to two people familiar with the inspection.\n\n\
The mayor declined to confirm the cost of the work, which could reach $40 million.\n\n\
Ferries will run every twenty minutes while the bridge is shut, the transport office said.\n";

const REWRITE: &str = "---\ntitle: Bridge Closing for Six Weeks\n---\n\n\
The harbour bridge is set to close for six weeks of repairs from April, city officials said on Monday.\n\n\
Engineers suspect the cables have corroded faster than expected.\n\n\
The mayor has yet to confirm the cost of the work, which could reach $40 million.\n\n\
Ferries will run every twenty minutes while the bridge is shut, the transport office said.\n\n\
Source: Coast Wire\n";

const OTHER: &str = "---\ntitle: Orchestra names new conductor\noutlet: Arts Daily\ndate: 2025-01-10\n---\n\n\
The city orchestra has named a new principal conductor after a two-year search.\n\n\
She will lead her first concert in the autumn season, the orchestra's board announced.\n";

fn article(id: &str, source: &str) -> Rc<Analysed> {
    let opened =
        OpenedArticle::open(id, source, Some(lector_analysis::AnalyzerData::embedded())).expect("test article parses");
    let entry = Entry { meta: opened.article.meta.clone(), origin: Origin::Sample, versions: 1 };
    Rc::new(Analysed::new(entry, Rc::new(opened)))
}

fn library() -> (Vec<Rc<Analysed>>, Comparisons) {
    let articles = vec![article("wire", WIRE), article("rewrite", REWRITE), article("other", OTHER)];
    let mut comparisons = Comparisons::new();
    for (i, j) in candidate_pairs(&articles) {
        comparisons.insert(key(articles[i].id(), articles[j].id()), Rc::new(compare_pair(&articles[i], &articles[j])));
    }
    (articles, comparisons)
}

fn words_at(text: &str, spans: &[lector_text::Span]) -> Vec<String> {
    spans.iter().map(|s| text.chars().skip(s.start).take(s.end - s.start).collect()).collect()
}

#[test]
fn word_diff_marks_the_words_each_side_changed() {
    let table: &[(&str, &str, &[&str], &[&str])] = &[
        ("Officials believe the plan works.", "Officials suspect the plan works.", &["believe"], &["suspect"]),
        ("The mayor declined to confirm it.", "The mayor has yet to confirm it.", &["declined"], &["has", "yet"]),
        ("Same words here.", "same words, here!", &[], &[]),
        ("It rose 5%.", "It didn't rise 5%.", &["rose"], &["didn't", "rise"]),
    ];
    for (a, b, only_a, only_b) in table {
        let (da, db) = word_diff(a, b);
        assert_eq!(words_at(a, &da), *only_a, "{a} / {b}");
        assert_eq!(words_at(b, &db), *only_b, "{a} / {b}");
    }
}

#[test]
fn the_comparison_puts_the_credited_original_first_and_says_so() {
    let (articles, _) = library();
    // From the rewrite (undated): the wire it credits is the original.
    let result = compared(articles[1].clone(), articles[0].clone());
    assert_eq!(result.first.id(), "wire");
    assert!(result.verdict.contains("of this article restates Coast Wire's report"), "{}", result.verdict);
    assert!(result.verdict.contains("Coast Wire is credited only in a closing line"), "{}", result.verdict);
    assert!(result.verdict.contains("hedge"), "{}", result.verdict);
    let shifts: Vec<&str> = result.comparison.shifts.iter().map(|s| s.text.as_str()).collect();
    assert!(shifts.iter().any(|s| s.contains("“believe” became “suspect”")), "{shifts:?}");
    assert!(!result.diff_first.is_empty() && !result.diff_second.is_empty());
    // Either way round, the same order.
    assert_eq!(compared(articles[0].clone(), articles[1].clone()).first.id(), "wire");
}

#[test]
fn the_library_ranks_and_groups_by_shared_sentences() {
    let (articles, comparisons) = library();
    let entries: Vec<Entry> = articles.iter().map(|a| a.entry.clone()).collect();
    let ranking = ranked(&entries, &comparisons, "rewrite");
    assert_eq!(ranking[0].0.meta.id, "wire");
    assert!(ranking[0].1.unwrap_or(0.0) > ranking[1].1.unwrap_or(0.0));
    let same: Vec<&str> = same_story(&entries, &comparisons, "wire").iter().map(|e| e.meta.id.as_str()).collect();
    assert_eq!(same, ["rewrite"]);
    assert!(same_story(&entries, &comparisons, "other").is_empty());
}

#[test]
fn a_claim_elsewhere_says_how_sure_the_other_article_is() {
    let (articles, comparisons) = library();
    let map: BTreeMap<String, Rc<Analysed>> = articles.iter().map(|a| (a.id().to_owned(), a.clone())).collect();
    let claims = claims_elsewhere(&articles[1], &map, &comparisons);
    let sentences = &articles[1].opened.analysis.sentences;
    let sure_of = |needle: &str| {
        let (i, _) = sentences.iter().enumerate().find(|(_, s)| articles[1].opened.slice(s.span).contains(needle))?;
        claims.get(&i).and_then(|c| c.iter().find(|c| c.id == "wire")).map(|c| c.certainty)
    };
    assert_eq!(sure_of("cables have corroded"), Some(Certainty::Anonymous));
    assert_eq!(sure_of("Ferries will run"), Some(Certainty::Asserted));
    assert_eq!(sure_of("yet to confirm"), Some(Certainty::Hedged));
    assert!(claims.values().flatten().all(|c| c.id != "other"));
}

#[test]
fn versions_are_compared_older_first_and_named_by_number() {
    use super::versions::versions_compared;
    let open = |source: &str| {
        OpenedArticle::open("bridge", source, Some(lector_analysis::AnalyzerData::embedded())).expect("parses")
    };
    let edited = WIRE
        .replace("Engineers believe the cables", "Engineers say the cables may")
        .replace("Ferries will run every twenty minutes", "Ferries will run every fifteen minutes");
    let result = versions_compared((1, open(WIRE)), (2, open(&edited)), 2);
    assert_eq!((result.older_label.as_str(), result.newer_label.as_str()), ("Version 1", "Version 2 (newest)"));
    assert_eq!(result.compared.first.named(), "version 1", "the older version is the original");
    assert_eq!(result.compared.second.entry.meta.outlet.as_deref(), Some("Coast Wire"), "the byline is the file's");
    assert_eq!(result.changes.edited.len(), 2, "{:?}", result.changes);
    assert!(result.changes.added.is_empty() && result.changes.cut.is_empty());
    assert!(!result.compared.verdict.contains("this article"), "{}", result.compared.verdict);
    let older = result.compared.first.opened.text();
    let befores: Vec<String> = result.changes.edited.iter().map(|e| words_at(older, &[e.before]).concat()).collect();
    assert!(befores.iter().any(|b| b.contains("twenty minutes")), "{befores:?}");
}
