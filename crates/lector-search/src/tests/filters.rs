use lector_article::IsoDate;
use lector_text::Span;

use crate::filters::{facets, find};
use crate::{ArticleIndex, ArticleSummary, Filters, Origin, SearchIndex, UrlError};

/// An invented article: id, outlet, date, origin, anonymous cues, hedged
/// share, annotations, tags, body.
type Row<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Origin, usize, f64, usize, &'a [&'a str], &'a str);

/// Invented articles: id, outlet, date, origin, anonymous cues, hedged share,
/// annotations, tags, body.
fn library() -> (SearchIndex, Vec<ArticleSummary>) {
    let rows: &[Row] = &[
        (
            "ap",
            Some("AP"),
            Some("2024-09-08"),
            Origin::Sample,
            3,
            0.40,
            2,
            &["check"],
            "Officials said missiles moved.",
        ),
        ("bbc", Some("BBC"), Some("2024-09-10"), Origin::Sample, 0, 0.10, 0, &[], "The minister said missiles moved."),
        ("own", Some("ap"), Some("2024-10-01"), Origin::Own, 1, 0.25, 1, &["Follow-up"], "Sources said talks stalled."),
        ("undated", None, None, Origin::Own, 0, 0.0, 0, &[], "A quiet day with no missiles."),
    ];
    let mut index = SearchIndex::new();
    let mut summaries = Vec::new();
    for &(id, outlet, date, origin, anonymous, hedged, annotations, tags, body) in rows {
        let text = format!("{id}\n\n{body}");
        index.add(id, ArticleIndex::build(&text, id.len(), &[Span::new(id.len() + 2, text.chars().count())]));
        summaries.push(ArticleSummary {
            id: id.to_string(),
            outlet: outlet.map(str::to_string),
            date: date.and_then(IsoDate::parse),
            origin,
            anonymous_sources: anonymous,
            hedged_share: hedged,
            annotations,
            tags: tags.iter().map(|t| t.to_string()).collect(),
        });
    }
    (index, summaries)
}

#[test]
fn filters_keep_the_articles_they_describe() {
    let (index, summaries) = library();
    let table: &[(&str, &[&str])] = &[
        ("", &["ap", "bbc", "own", "undated"]),
        ("outlet=AP", &["ap", "own"]),
        ("from=2024-09-09", &["bbc", "own"]),
        ("from=2024-09-08&to=2024-09-10", &["ap", "bbc"]),
        ("origin=own", &["own", "undated"]),
        ("origin=sample", &["ap", "bbc"]),
        ("anonymous=1", &["ap", "own"]),
        ("hedged=25", &["ap", "own"]),
        ("hedged=41", &[]),
        ("annotated=1", &["ap", "own"]),
        ("tag=follow-up", &["own"]),
        ("q=missiles", &["ap", "bbc", "undated"]),
        ("q=missiles&anonymous=1", &["ap"]),
        ("q=%22missiles%20moved%22&origin=sample", &["ap", "bbc"]),
        ("q=nothing", &[]),
    ];
    for (url, want) in table {
        let filters = Filters::from_query_string(url).expect("a valid link");
        let mut got: Vec<String> = find(&index, &filters, &summaries, 10).hits.into_iter().map(|h| h.id).collect();
        got.sort();
        assert_eq!(got, *want, "{url}");
    }
}

#[test]
fn filters_survive_the_url_round_trip() {
    let date = |s| IsoDate::parse(s);
    let table = [
        Filters::default(),
        Filters { query: "\"White House\" Kirby & co/ 100% é".into(), ..Filters::default() },
        Filters {
            query: "zel".into(),
            outlet: Some("The Guardian".into()),
            from: date("2024-01-31"),
            to: date("2024-12-01"),
            origin: Some(Origin::Own),
            anonymous: true,
            min_hedged_percent: Some(30),
            annotated: true,
            tag: Some("to check+later".into()),
        },
        Filters { origin: Some(Origin::Sample), min_hedged_percent: Some(0), ..Filters::default() },
    ];
    for filters in table {
        let url = filters.to_query_string();
        assert_eq!(Filters::from_query_string(&url), Ok(filters.clone()), "{url}");
        assert!(!url.contains(' ') && !url.contains('"'), "{url}");
    }
}

#[test]
fn broken_links_name_the_broken_part() {
    let table: &[(&str, &str)] = &[
        ("from=2024-13-01", "from"),
        ("hedged=150", "hedged"),
        ("origin=mine", "origin"),
        ("anonymous=maybe", "anonymous"),
        ("q=%E2%28", "q"),
        ("tag=%zz", "tag"),
    ];
    for (url, parameter) in table {
        let error = Filters::from_query_string(url).expect_err(url);
        let named = match &error {
            UrlError::Encoding { parameter } | UrlError::Value { parameter, .. } => parameter.as_str(),
        };
        assert_eq!(named, *parameter, "{url}");
        assert!(error.to_string().contains(parameter), "{error}");
    }
    // Parameters of other features are left alone.
    assert_eq!(Filters::from_query_string("?view=grid&q=kirby").map(|f| f.query), Ok("kirby".to_string()));
}

#[test]
fn facets_count_articles_per_value() {
    let (_, summaries) = library();
    let f = facets(&summaries);
    assert_eq!(f.outlets, vec![("AP".to_string(), 2), ("BBC".to_string(), 1)]);
    assert_eq!(f.tags, vec![("check".to_string(), 1), ("Follow-up".to_string(), 1)]);
    assert_eq!((f.own, f.samples, f.anonymous, f.annotated), (2, 2, 2, 2));
    assert_eq!(f.dates, IsoDate::parse("2024-09-08").zip(IsoDate::parse("2024-10-01")));
}
