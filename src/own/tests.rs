use lector_annotations::ArticleId;
use lector_article::Article;

const BLOCK_SEPARATOR: &str = "\n\n";

use super::draft::{Draft, DraftError};
use super::extraction::{read_reply, DroppedBlock, ExtractedBlock, Extraction, Reply};
use super::identity::{article_id, stable_iri};
use super::record::{read_record, Record, RecordError, RECORD_FORMAT};
use super::writing::{article_file, Front, Kind};

/// Block texts that Markdown would read as markup if written as they are.
const TRICKY: &[&str] = &[
    "A plain sentence, with commas.",
    "# Not a heading",
    "- not a list item",
    "+ not one either",
    "1. Not a numbered item",
    "2) Nor this",
    "> not a quote",
    "Stars *like this* and _underscores_ and **bold** stay as typed.",
    "Brackets [like a link](https://example.org) stay text.",
    "An <img src=x onerror=alert(1)> tag is words, not markup.",
    "Entities &amp; and &lt; stay literal.",
    "Back\\slashes and `ticks` and ~~tildes~~ too.",
    "=== underline",
    "Ends with a colon: \"quoted\" text",
];

#[test]
fn every_block_reads_back_exactly_as_written() {
    let front = Front { title: "\"Quoted\": a title".into(), ..Front::default() };
    for kind in [Kind::Paragraph, Kind::Quote, Kind::ListItem, Kind::Heading(2), Kind::Caption] {
        for text in TRICKY {
            let file = article_file(&front, &[(kind, text)]);
            let article = Article::parse("t", &file).unwrap_or_else(|e| panic!("{kind:?} {text:?}: {e}\n{file}"));
            let expected = format!("{}{BLOCK_SEPARATOR}{}", front.title, text);
            assert_eq!(article.document.text, expected, "{kind:?} {text:?}\n{file}");
            assert_eq!(article.meta.title, front.title);
        }
    }
}

#[test]
fn stated_metadata_is_written_and_absent_metadata_stays_absent() {
    let cases: &[(Option<&str>, Option<&str>, Option<&str>)] =
        &[(None, None, None), (Some("The Daily Example"), Some("Ada Writer"), Some("2024-03-05"))];
    for (outlet, author, date) in cases {
        let front = Front {
            title: "Title".into(),
            outlet: outlet.map(str::to_string),
            author: author.map(str::to_string),
            date: date.and_then(lector_article::IsoDate::parse),
            source: None,
        };
        let article = Article::parse("t", &article_file(&front, &[(Kind::Paragraph, "Body.")])).unwrap();
        assert_eq!(article.meta.outlet.as_deref(), *outlet);
        assert_eq!(article.meta.author.as_deref(), *author);
        assert_eq!(article.meta.date.map(|d| d.to_string()).as_deref(), *date);
    }
}

#[test]
fn ids_are_valid_article_ids_made_of_the_title_and_the_text() {
    let cases = [
        ("Council approves the new bridge", "own text", "council-approves-the-new-bridge-"),
        ("  Ünïcode — and punctuation!!  ", "x", "n-code-and-punctuation-"),
        ("Ελληνικά", "x", "own-"),
        ("", "x", "own-"),
    ];
    for (title, text, prefix) in cases {
        let id = article_id(title, text);
        assert!(id.starts_with(prefix), "{id} for {title:?}");
        assert!(ArticleId::parse(&id).is_ok(), "{id}");
        assert_eq!(id, article_id(title, text), "the same article gets the same id");
        assert_ne!(id, article_id(title, "another text"), "another text, another id");
    }
    assert!(article_id(&"long words ".repeat(40), "x").len() < 70);
}

#[test]
fn the_stable_iri_is_the_stated_address_else_the_text() {
    assert_eq!(stable_iri(Some("https://news.example/a"), "t"), "https://news.example/a");
    assert!(stable_iri(Some("saved-page.html"), "t").starts_with("urn:x-lector:text:sha256:"));
    assert_eq!(stable_iri(None, "t"), stable_iri(None, "t"));
    assert_ne!(stable_iri(None, "t"), stable_iri(None, "u"));
}

#[test]
fn records_read_back_and_unreadable_ones_say_why() {
    let source = article_file(&Front { title: "T".into(), ..Front::default() }, &[(Kind::Paragraph, "Body text.")]);
    let record = Record::new("t-1".into(), source, 1.7e12, Some("page.html".into()));
    let read = read_record(&record.encode()).expect("a record this Lector wrote");
    assert_eq!(read.record, record);
    assert_eq!(read.meta.title, "T");
    assert_eq!(read.meta.id, "t-1");
    let newer = record.encode().replace(&format!("\"format\":{RECORD_FORMAT}"), "\"format\":99");
    type Expected = fn(&RecordError) -> bool;
    let cases: &[(&str, Expected)] = &[
        (&newer, |e| matches!(e, RecordError::Newer { format: 99 })),
        ("not json", |e| matches!(e, RecordError::Damaged(_))),
        ("{\"id\":\"x\"}", |e| matches!(e, RecordError::Damaged(_))),
        ("{\"format\":1,\"id\":\"x\"}", |e| matches!(e, RecordError::Damaged(_))),
        ("{\"format\":1,\"id\":\"x y\",\"source\":\"---\\ntitle: T\\n---\\n\",\"added\":0}", |e| {
            matches!(e, RecordError::Damaged(_))
        }),
        ("{\"format\":1,\"id\":\"x\",\"source\":\"no front matter\",\"added\":0}", |e| {
            matches!(e, RecordError::Damaged(_))
        }),
    ];
    for (raw, expected) in cases {
        let error = read_record(raw).expect_err(raw);
        assert!(expected(&error), "{raw}: {error:?}");
        assert!(!error.to_string().is_empty());
    }
}

fn extraction() -> Extraction {
    let block = |kind: &str, text: &str| ExtractedBlock { kind: kind.into(), level: 2, text: text.into() };
    let dropped = |text: &str, at| DroppedBlock { text: text.into(), why: "site navigation".into(), at };
    Extraction {
        title: Some("Harbour reopens".into()),
        byline: None,
        outlet: Some("The Example Post".into()),
        published: None,
        url: Some("javascript:alert(1)".into()),
        blocks: vec![
            block("paragraph", "First kept."),
            block("heading", "A subhead"),
            block("paragraph", "Last kept."),
        ],
        dropped: vec![dropped("Home | World", 0), dropped("Share this", 2), dropped("Most read", 3)],
    }
}

#[test]
fn the_preview_shows_every_block_in_page_order() {
    let draft = Draft::new("page.html", extraction());
    let order: Vec<(&str, bool)> = draft.items.iter().map(|i| (i.text.as_str(), i.kept)).collect();
    assert_eq!(
        order,
        [
            ("Home | World", false),
            ("First kept.", true),
            ("A subhead", true),
            ("Share this", false),
            ("Last kept.", true),
            ("Most read", false)
        ]
    );
    assert_eq!(draft.url, None, "only http(s) addresses are kept");
    assert_eq!(draft.author, "", "no byline stated, none invented");
}

#[test]
fn taking_blocks_back_and_dropping_them_changes_the_saved_text() {
    let mut draft = Draft::new("page.html", extraction());
    draft.toggle(3); // take "Share this" back
    draft.toggle(1); // drop "First kept."
    let finished = draft.finish().unwrap();
    let article = Article::parse(&finished.meta.id, &finished.source).unwrap();
    assert_eq!(article.document.text, ["Harbour reopens", "A subhead", "Share this", "Last kept."].join("\n\n"));
    assert_eq!(finished.meta.outlet.as_deref(), Some("The Example Post"));
    assert_eq!(finished.meta.date, None);
    assert!(finished.meta.id.starts_with("harbour-reopens-"));
}

#[test]
fn a_draft_that_cannot_be_saved_says_why() {
    let mut no_title = Draft::new("x", extraction());
    no_title.title = "  ".into();
    let mut no_text = Draft::new("x", extraction());
    for i in 0..no_text.items.len() {
        if no_text.items[i].kept {
            no_text.toggle(i);
        }
    }
    let mut bad_date = Draft::new("x", extraction());
    bad_date.date = "5 March".into();
    for (draft, expected) in [
        (no_title, DraftError::NoTitle),
        (no_text, DraftError::NoText),
        (bad_date, DraftError::BadDate("5 March".into())),
    ] {
        assert_eq!(draft.finish(), Err(expected));
    }
}

#[test]
fn importer_replies_are_read_and_garbage_is_a_refusal() {
    let ok = r#"{"extracted":{"title":"T","blocks":[{"kind":"paragraph","text":"Body."}],"dropped":[]}}"#;
    assert!(matches!(read_reply(ok), Reply::Extracted(e) if e.title.as_deref() == Some("T")));
    let refused = r#"{"refused":"this is not a web page"}"#;
    assert_eq!(read_reply(refused), Reply::Refused("this is not a web page".into()));
    assert!(matches!(read_reply("garbage"), Reply::Refused(_)));
}

mod versions {
    use lector_versions::Because;

    use super::super::draft::Finished;
    use super::super::versions::{place, Placing};
    use super::*;

    const FIRST: [&str; 3] = [
        "Officials said the bridge over the Elm River closed on Monday after inspectors found cracks in two support beams.",
        "The repairs are expected to take three weeks, a spokeswoman for the state transport department said.",
        "Drivers were told to use the northern ring road, which adds twenty minutes to the journey, while the work goes on.",
    ];

    fn finished(title: &str, url: Option<&str>, paragraphs: &[&str]) -> Finished {
        let front = Front { title: title.into(), source: url.map(str::to_string), ..Front::default() };
        let blocks: Vec<(Kind, &str)> = paragraphs.iter().map(|p| (Kind::Paragraph, *p)).collect();
        let source = article_file(&front, &blocks);
        let article = Article::parse("draft", &source).unwrap();
        let meta = lector_article::ArticleMeta { id: article_id(title, &article.document.text), ..article.meta };
        Finished { meta, source }
    }

    fn stored(f: &Finished, added: f64) -> Record {
        Record::new(f.meta.id.clone(), f.source.clone(), added, Some("Pasted text".into()))
    }

    fn outcome(placing: &Placing) -> (&'static str, String, usize) {
        match placing {
            Placing::New(record) => ("new", record.id.clone(), record.sources().len()),
            Placing::Newer { record, because: Because::SameAddress } => {
                ("address", record.id.clone(), record.sources().len())
            }
            Placing::Newer { record, .. } => ("text", record.id.clone(), record.sources().len()),
            Placing::Kept { id, version } => ("kept", id.clone(), *version),
        }
    }

    #[test]
    fn an_edited_text_becomes_the_newest_version_of_its_article() {
        let first = finished("Bridge closed", None, &FIRST);
        let edited_words = [FIRST[0], &FIRST[1].replace("three weeks", "at least four weeks"), FIRST[2]];
        let edited = finished("Bridge closed for a month", None, &edited_words);
        let url = "https://news.example.com/bridge";
        let addressed = finished("Bridge closed", Some(url), &FIRST);
        let rewritten =
            finished("Bridge shut", Some("http://www.news.example.com/bridge/"), &["Entirely new words about rivers."]);
        let elsewhere = finished("Bridge closed", Some("https://other.example.org/bridge"), &edited_words);
        let unrelated =
            finished("Libraries funded", None, &["The city council voted to fund two new libraries in the east."]);
        let both = stored(&first, 1.0).with_newer(edited.source.clone(), 2.0, None);
        type Case<'a> = (&'a [Record], &'a Finished, (&'static str, &'a str, usize));
        // (stored records, saved article, (outcome, id, versions kept or the version found))
        let table: &[Case] = &[
            (&[], &first, ("new", &first.meta.id, 1)),
            (&[stored(&first, 1.0)], &edited, ("text", &first.meta.id, 2)),
            (&[stored(&first, 1.0)], &first, ("kept", &first.meta.id, 1)),
            (&[stored(&first, 1.0)], &unrelated, ("new", &unrelated.meta.id, 1)),
            (std::slice::from_ref(&both), &first, ("kept", &first.meta.id, 1)),
            (std::slice::from_ref(&both), &edited, ("kept", &first.meta.id, 2)),
            (&[stored(&addressed, 1.0)], &rewritten, ("address", &addressed.meta.id, 2)),
            (&[stored(&addressed, 1.0)], &elsewhere, ("new", &elsewhere.meta.id, 1)),
        ];
        for (records, saved, (how, id, n)) in table {
            let placing = place(records, saved, None, 3.0);
            assert_eq!(outcome(&placing), (*how, id.to_string(), *n), "saving {:?}", saved.meta.title);
        }
    }

    #[test]
    fn versions_are_kept_in_one_record_that_reads_back() {
        let first = finished("Bridge closed", None, &FIRST);
        let edited = finished("Bridge closed for a month", None, &[FIRST[0], FIRST[1], "A new last paragraph."]);
        let Placing::Newer { record, .. } = place(&[stored(&first, 1.0)], &edited, Some("v2.html".into()), 2.0) else {
            panic!("an edited text is a newer version");
        };
        let back = read_record(&record.encode()).unwrap();
        assert_eq!(back.record.id, first.meta.id, "the article keeps its id, so its address and annotations stay");
        assert_eq!(back.meta.title, "Bridge closed for a month", "the newest version is the one shown");
        assert_eq!(back.record.sources(), [first.source.as_str(), edited.source.as_str()]);
        let versions = back.record.versions();
        assert_eq!(versions.len(), 2);
        assert_eq!(versions.get(1).map(|v| (v.added, v.title.as_str())), Some((1, "Bridge closed")));
        assert_eq!(versions.get(2).and_then(|v| v.from.as_deref()), Some("v2.html"));
    }

    #[test]
    fn a_record_without_versions_is_written_as_before() {
        let first = finished("Bridge closed", None, &FIRST);
        let encoded = stored(&first, 1.0).encode();
        assert!(!encoded.contains("older"), "{encoded}");
        assert_eq!(read_record(&encoded).unwrap().record.sources().len(), 1);
    }
}
