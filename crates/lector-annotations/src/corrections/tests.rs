use lector_text::Span;

use super::*;
use crate::{AnnotationId, ArticleId, ArticleText, Timestamp};

const TEXT: &str = "Officials said the talks had stalled.\n\nThe minister, who spoke on condition of anonymity, \
                    said Paris may object. Reuters reported the deal was close.";

fn id(n: u64) -> AnnotationId {
    AnnotationId::parse(&format!("3f2b8c1e-9d4a-4c6b-8e21-{n:012x}")).unwrap()
}

fn article() -> ArticleId {
    ArticleId::parse("wire_story").unwrap()
}

fn at(n: u64) -> Timestamp {
    Timestamp::from_millis(1_795_457_660_000 + n).unwrap()
}

/// The span of the first `words` in `text`.
fn span_of(text: &str, words: &str) -> Span {
    let byte = text.find(words).unwrap();
    let start = text[..byte].chars().count();
    Span::new(start, start + words.chars().count())
}

fn correction(n: u64, words: &str, fix: Fix) -> Correction {
    Correction::new(id(n), article(), &ArticleText::new(TEXT), span_of(TEXT, words), fix, at(n)).unwrap()
}

fn sample_set() -> CorrectionSet {
    [
        correction(1, "may", Fix::DismissCue { kind: "uncertainty".into() }),
        correction(2, "Paris", Fix::RelabelEntity { from: "LOC".into(), to: "ORG".into() }),
        correction(
            3,
            "said",
            Fix::SetSource { from: Some("Officials".into()), to: "U.S. officials".into(), named: false },
        ),
        correction(4, "Reuters reported", Fix::AddAttribution { source: "Reuters".into(), named: true }),
        correction(5, "was close", Fix::AddCue { kind: "uncertainty".into() }),
        correction(6, "Reuters", Fix::DismissEntity { label: "ORG".into() }),
    ]
    .into_iter()
    .collect()
}

#[test]
fn corrections_follow_their_words_through_edits_or_say_they_are_lost() {
    let set = sample_set();
    // (edited text, the correction, the words it should be on now or None)
    let cases: [(String, u64, Option<&str>); 5] = [
        (TEXT.to_string(), 1, Some("may")),
        (format!("Updated at noon.\n\n{TEXT}"), 2, Some("Paris")),
        (TEXT.replace("The minister", "The foreign minister"), 1, Some("may")),
        (
            TEXT.replace("Reuters reported the deal", "Reuters, the news agency, reported the deal"),
            5,
            Some("was close"),
        ),
        (TEXT.replace("Paris may object", "nobody objects"), 1, None),
    ];
    for (edited, n, expected) in cases {
        let text = ArticleText::new(&edited);
        let placed = set.anchor_article(&article(), &text);
        let found = placed.iter().find(|p| p.correction.id() == &id(n)).unwrap();
        let now = found.span.map(|span| text.slice(span));
        assert_eq!(now.as_deref(), expected, "correction {n} in {edited:?}");
    }
}

#[test]
fn placed_corrections_come_in_text_order_with_the_lost_ones_last() {
    let edited = TEXT.replace("the deal was close", "the deal");
    let placed = sample_set().anchor_article(&article(), &ArticleText::new(&edited));
    let starts: Vec<Option<usize>> = placed.iter().map(|p| p.span.map(|s| s.start)).collect();
    let mut sorted = starts.clone();
    sorted.sort_by_key(|s| (s.is_none(), *s));
    assert_eq!(starts, sorted);
    assert_eq!(placed.last().unwrap().span, None);
    assert!(ArticleId::parse("other")
        .is_ok_and(|other| sample_set().anchor_article(&other, &ArticleText::new(TEXT)).is_empty()));
}

#[test]
fn a_second_correction_of_the_same_words_and_layer_replaces_the_first() {
    let mut set = sample_set();
    let replaced = set.add(correction(9, "Paris", Fix::DismissEntity { label: "LOC".into() }));
    assert_eq!(replaced.iter().map(|c| c.id().clone()).collect::<Vec<_>>(), [id(2)]);
    assert_eq!(set.len(), 6);
    // Another layer at the same words is another correction.
    set.add(correction(10, "Paris", Fix::AddCue { kind: "uncertainty".into() }));
    assert_eq!(set.len(), 7);
    assert_eq!(set.remove(&id(10)).map(|c| c.fix().code()), Some("add_cue"));
}

#[test]
fn stored_corrections_read_back_the_same_and_a_bad_item_is_left_out_not_the_rest() {
    let set = sample_set();
    let stored = encode_corrections(&set);
    let (read, skipped) = decode_corrections(&stored, false).unwrap();
    assert_eq!((read, skipped.len()), (set.clone(), 0));

    let damaged = stored.replacen("\"fix\":\"dismiss_cue\"", "\"fix\":\"dismis_cue\"", 1);
    let LoadedCorrections::Found { set: read, skipped, raw } = load_corrections(|_| Some(damaged.clone())) else {
        panic!("readable value")
    };
    assert_eq!((read.len(), skipped.len(), raw.is_some()), (5, 1, true), "{skipped:?}");
    assert!(skipped[0].contains("dismis_cue"), "{skipped:?}");
    // An import takes all or nothing.
    assert!(matches!(decode_corrections(&damaged, true), Err(CorrectionsError::Item { index: 1, .. })));
}

#[test]
fn unreadable_or_newer_data_is_reported_and_newer_data_is_never_saved_over() {
    let cases = [
        ("{not json", true),
        ("{\"schema\":\"lector-annotations\",\"version\":1}", true),
        ("{\"schema\":\"lector-corrections\",\"version\":7,\"corrections\":[]}", false),
    ];
    for (raw, may_overwrite) in cases {
        let loaded = load_corrections(|_| Some(raw.to_string()));
        assert!(matches!(loaded, LoadedCorrections::Unreadable { .. }), "{raw}");
        assert_eq!(loaded.may_overwrite(), may_overwrite, "{raw}");
    }
    assert!(matches!(load_corrections(|_| None), LoadedCorrections::Nothing));
    let now = at(0);
    let first = corrections_backup_key(now, |_| false);
    assert_ne!(corrections_backup_key(now, |k| k == first), first);
}

#[test]
fn an_export_carries_the_corrections_and_an_import_gets_them_back() {
    let set = sample_set();
    let export = "{\n  \"schema\": \"lector-annotations\",\n  \"version\": 2,\n  \"annotations\": []\n}\n";
    let with = with_corrections(export, &set, None);
    let value: serde_json::Value = serde_json::from_str(&with).unwrap();
    assert_eq!(value["annotations"], serde_json::json!([]));
    assert_eq!(read_corrections_in_export(&with).unwrap(), Some(set.clone()));
    // The annotations' import reads the same file, corrections aside.
    assert!(crate::AnnotationStore::new().import(&with, at(0)).is_ok());
    // One article's export carries that article's corrections only.
    let other = ArticleId::parse("other").unwrap();
    assert_eq!(with_corrections(export, &set, Some(&other)), export);
    // Files without corrections (older exports, W3C) have none to import.
    assert_eq!(read_corrections_in_export(export).unwrap(), None);
    assert_eq!(read_corrections_in_export("{\"@context\":\"http://www.w3.org/ns/anno.jsonld\"}").unwrap(), None);
    let broken = with.replacen("\"relabel_entity\"", "\"relabel\"", 1);
    assert!(read_corrections_in_export(&broken).is_err());
}

#[test]
fn the_training_file_has_one_line_per_correction_with_span_quote_and_both_labels() {
    let lines = to_training_lines(&sample_set(), Some(&article()));
    let rows: Vec<serde_json::Value> = lines.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 6);
    let paris = rows.iter().find(|r| r["quote"] == "Paris").unwrap();
    let span = span_of(TEXT, "Paris");
    assert_eq!(
        (&paris["layer"], &paris["action"], &paris["old"], &paris["new"], &paris["start"], &paris["end"]),
        (
            &"entity".into(),
            &"relabel_entity".into(),
            &"LOC".into(),
            &"ORG".into(),
            &span.start.into(),
            &span.end.into()
        )
    );
    let dismissed = rows.iter().find(|r| r["action"] == "dismiss_cue").unwrap();
    assert_eq!((&dismissed["old"], &dismissed["new"]), (&"uncertainty".into(), &serde_json::Value::Null));
    let starts: Vec<u64> = rows.iter().map(|r| r["start"].as_u64().unwrap()).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");
}

#[test]
fn names_must_be_short_single_lines() {
    let text = ArticleText::new(TEXT);
    let span = span_of(TEXT, "said");
    for bad in ["", "  ", "two\nlines", &"x".repeat(201)] {
        let fix = Fix::AddAttribution { source: bad.to_string(), named: true };
        assert!(Correction::new(id(1), article(), &text, span, fix, at(0)).is_err(), "{bad:?}");
    }
}
