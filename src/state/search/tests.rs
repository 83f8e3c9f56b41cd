//! The corpus on the host: invented articles indexed as the app indexes
//! them, then searched, narrowed by filters and merged into entities as a
//! reader would see it.

use lector_annotations::{AnnotationId, ArticleId, ArticleText, Body, Colour, Timestamp};
use lector_article::{Article, ArticleMeta};
use lector_search::Kind;
use lector_text::Span;

use super::*;
use crate::state::library::Origin;

const HARBOUR: &str = "---\ntitle: Harbour talks resume in Valdora\noutlet: Coast Wire\ndate: 2025-03-02\n---\n\n\
Officials said the harbour talks would resume on Monday, according to people familiar with the plans. \
Port director Amelie Brandt said the Northern Shipping Union was ready.\n";
const FERRY: &str = "---\ntitle: Ferry fares rise again\noutlet: Island Post\ndate: 2025-04-10\n---\n\n\
Fares on the Valdora ferry may rise by a tenth, Brandt told reporters. \
The Northern Shipping Union called the rise unfair.\n";
const GARDEN: &str = "---\ntitle: A garden opens on the old quay\n---\n\nThe city opened a garden on the quay.\n";

fn entry(id: &str, source: &str) -> Entry {
    let meta: ArticleMeta = Article::parse(id, source).expect("an invented article parses").meta;
    Entry { meta, origin: Origin::Sample, versions: 1 }
}

fn library() -> Library {
    let metas: Vec<ArticleMeta> =
        [("harbour", HARBOUR), ("ferry", FERRY), ("garden", GARDEN)].iter().map(|(id, s)| entry(id, s).meta).collect();
    Library::with_samples(&metas)
}

fn indexed() -> Rc<Corpus> {
    let mut corpus = Rc::new(Corpus::default());
    for (id, source) in [("harbour", HARBOUR), ("ferry", FERRY), ("garden", GARDEN)] {
        let (article, index) =
            CorpusArticle::index(&entry(id, source), source, lector_analysis::AnalyzerData::embedded())
                .expect("an invented article indexes");
        corpus = corpus.reduce(CorpusAction::Indexed(Box::new(article), index));
    }
    corpus
}

fn ids(results: &Results) -> Vec<&str> {
    results.hits.iter().map(|h| h.id.as_str()).collect()
}

#[test]
fn search_finds_words_phrases_and_prefixes_across_articles() {
    let corpus = indexed();
    let table: &[(&str, &[&str])] = &[
        ("garden", &["garden"]),
        ("VALDORA", &["harbour", "ferry"]),
        ("\"shipping union\"", &["harbour", "ferry"]),
        ("\"union shipping\"", &[]),
        ("ferr", &["ferry"]),
        ("harbour brandt", &["harbour"]),
        ("submarine", &[]),
    ];
    for (query, expected) in table {
        let results = corpus.search(query, 10);
        let mut found = ids(&results);
        found.sort();
        let mut expected = expected.to_vec();
        expected.sort();
        assert_eq!(found, expected, "query {query:?}");
    }
}

#[test]
fn a_hit_carries_the_passage_with_the_words_it_matched() {
    let corpus = indexed();
    let results = corpus.search("Brandt", 10);
    for hit in &results.hits {
        let passage = hit.passage.as_ref().expect("a passage for a word hit");
        let article = corpus.article(&hit.id).expect("an indexed article");
        for &mark in &passage.highlights {
            assert!(passage.span.contains(&mark), "{:?} inside {:?}", mark, passage.span);
            assert_eq!(article.slice(mark).to_lowercase(), "brandt", "in {}", hit.id);
        }
        assert!(!passage.highlights.is_empty());
    }
}

#[test]
fn progress_counts_indexed_articles_and_a_changed_article_is_indexed_again() {
    let library = library();
    assert_eq!(Corpus::default().progress(&library), Progress { done: 0, total: 3 });
    let corpus = indexed();
    assert!(corpus.progress(&library).finished());
    let mut changed = entry("ferry", FERRY);
    changed.meta.title = "Ferry fares rise once more".into();
    assert!(corpus.needs_indexing(&changed));
    assert!(!corpus.needs_indexing(&entry("ferry", FERRY)));
}

#[test]
fn a_failed_article_counts_as_done_and_is_not_tried_again() {
    let corpus =
        Rc::new(Corpus::default()).reduce(CorpusAction::Failed { id: "garden".into(), message: "unreadable".into() });
    assert!(!corpus.needs_indexing(&entry("garden", GARDEN)));
    assert_eq!(corpus.progress(&library()).done, 1);
}

#[test]
fn forgotten_articles_leave_search_and_every_change_is_a_new_state() {
    let before = indexed();
    let after = before.clone().reduce(CorpusAction::Forget(vec!["ferry".into()]));
    assert_ne!(*before, *after);
    assert_eq!(after.search("fares", 10).total, 0);
    assert!(after.article("ferry").is_none());
    let unchanged = after.clone().reduce(CorpusAction::Forget(Vec::new()));
    assert_eq!(*unchanged, *after);
}

#[test]
fn summaries_count_the_readers_annotations_and_tags_for_the_filters() {
    let corpus = indexed();
    let mut store = AnnotationStore::new();
    let text = ArticleText::new(&corpus.article("ferry").expect("indexed").text);
    let at = Timestamp::from_millis(1_795_457_660_000).expect("a valid time");
    store
        .create(
            AnnotationId::parse("3f2b8c1e-9d4a-4c6b-8e21-000000000001").expect("a valid id"),
            ArticleId::parse("ferry").expect("a valid article id"),
            &text,
            Span::new(0, 5),
            Body::new("check the fares", ["Check"], Colour::Pink).expect("a valid body"),
            at,
        )
        .expect("stored");
    let summaries = corpus.summaries(&library(), &store);
    let filters = |query: &str| Filters::from_query_string(query).expect("valid filters");
    let table: &[(&str, &[&str])] = &[
        ("tag=check", &["ferry"]),
        ("annotated=1", &["ferry"]),
        ("anonymous=1", &["harbour"]),
        ("outlet=coast%20wire", &["harbour"]),
        ("q=valdora&annotated=1", &["ferry"]),
        ("from=2025-04-01", &["ferry"]),
    ];
    for (query, expected) in table {
        assert_eq!(ids(&corpus.find(&filters(query), &summaries, 10)), *expected, "filters {query:?}");
    }
}

#[test]
fn the_entity_index_merges_a_surname_with_the_full_name_across_articles() {
    let corpus = indexed();
    let entities = corpus.entities(&library());
    let brandt: Vec<_> = entities.entities.iter().filter(|e| e.name.contains("Brandt")).collect();
    assert_eq!(brandt.len(), 1, "one Brandt: {brandt:?}");
    assert_eq!(brandt[0].kind, Kind::Person);
    assert_eq!(brandt[0].articles, 2);
}

#[test]
fn the_filters_list_every_outlet_and_date_before_the_library_is_indexed() {
    let library = library();
    let full = Corpus::facets(&library, &indexed().summaries(&library, &AnnotationStore::new()));
    let early = Corpus::facets(&library, &[]);
    assert_eq!(early.outlets, vec![("Coast Wire".to_string(), 1), ("Island Post".to_string(), 1)]);
    assert_eq!(early.outlets, full.outlets);
    assert_eq!(early.dates, full.dates);
    assert_eq!((early.samples, early.own), (3, 0));
    assert_eq!(early.anonymous, 0, "sourcing is counted once an article is indexed");
    assert_eq!(full.anonymous, 1);
}
