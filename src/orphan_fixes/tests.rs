use lector_annotations::{AnnotationId, AnnotationStore, ArticleId, ArticleText, Body, Colour, Timestamp};
use lector_text::Span;

use super::*;

fn id(n: u32) -> AnnotationId {
    AnnotationId::parse(&format!("3f2b8c1e-9d4a-4c6b-8e21-{n:012x}")).expect("a valid id")
}

fn article() -> ArticleId {
    ArticleId::parse("edited_story").expect("a valid article id")
}

fn span_of(text: &str, phrase: &str) -> Span {
    let start = text.find(phrase).map(|b| text[..b].chars().count()).expect("the phrase is in the text");
    Span::new(start, start + phrase.chars().count())
}

/// A store with one annotation on `phrase` of `original`.
fn annotated(original: &str, phrase: &str) -> AnnotationStore {
    let mut store = AnnotationStore::new();
    let at = Timestamp::from_millis(1_795_457_660_000).expect("a valid time");
    let body = Body::new("check this", ["edits"], Colour::Green).expect("a valid body");
    store.create(id(1), article(), &ArticleText::new(original), span_of(original, phrase), body, at).expect("created");
    store
}

fn sentences(text: &str) -> Vec<Span> {
    lector_analysis::analyze(text).sentences.iter().map(|s| s.span).collect()
}

struct Case {
    name: &'static str,
    original: &'static str,
    selected: &'static str,
    edited: &'static str,
    /// Whether the analysis (its sentences) is in yet.
    analysed: bool,
    /// The first place offered, as (before, words, after); `None`: nothing to offer.
    first: Option<(&'static str, &'static str, &'static str)>,
}

const CASES: &[Case] = &[
    Case {
        name: "a short quote whose sentence was rewritten: its own word, in its new sentence",
        original: "Officials denied it. Later that week the spokesman said nothing more.",
        selected: "denied",
        edited: "The mayor spoke first. Nobody denied anything at all, a statement said. Talks resume.",
        analysed: true,
        first: Some(("Nobody ", "denied", " anything at all, a statement said.")),
    },
    Case {
        name: "before the analysis arrives, the paragraph stands for the sentence",
        original: "Officials denied it. Later that week the spokesman said nothing more.",
        selected: "denied",
        edited: "The mayor spoke.\n\nNobody denied anything at all.\n\nTalks resume.",
        analysed: false,
        first: Some(("Nobody ", "denied", " anything at all.")),
    },
    Case {
        name: "a long sentence is cut at words on both sides, with an ellipsis",
        original: "Officials denied it. Later that week the spokesman said nothing more.",
        selected: "denied",
        edited: "In a statement issued late on Friday evening after a long and difficult meeting of the whole \
                 council, the mayor's office flatly denied every one of the reports that had circulated in the city \
                 over the preceding week and a half.",
        analysed: true,
        first: Some((
            "\u{2026}meeting of the whole council, the mayor's office flatly ",
            "denied",
            " every one of the reports that had circulated in the city\u{2026}",
        )),
    },
    Case {
        name: "the sentence was deleted: nothing to offer",
        original: "The mayor spoke. The ministry denied the report on Friday. Talks resume next week.",
        selected: "The ministry denied the report on Friday.",
        edited: "The mayor spoke. Talks resume next week.",
        analysed: true,
        first: None,
    },
];

#[test]
fn each_orphan_offers_its_best_places_in_their_sentences() {
    let mut failures = Vec::new();
    for case in CASES {
        let store = annotated(case.original, case.selected);
        let text = ArticleText::new(case.edited);
        let anchors = store.anchor_article(&article(), &text);
        assert_eq!(anchors.orphaned.len(), 1, "{}: the edit orphans the annotation", case.name);
        let sentences = if case.analysed { sentences(case.edited) } else { Vec::new() };
        let fixes = orphan_fixes(&text, &anchors.orphaned, &sentences);
        assert_eq!(fixes.len(), 1, "{}", case.name);
        assert_eq!(fixes[0].id, id(1), "{}", case.name);
        assert!(fixes[0].places.len() <= OFFERED, "{}: one key each", case.name);
        let first = fixes[0].places.first().map(|p| (p.before.as_str(), p.words.as_str(), p.after.as_str()));
        if first != case.first {
            failures.push(format!("{}: wanted {:?}, offered {first:?}", case.name, case.first));
        }
        for place in &fixes[0].places {
            assert_eq!(
                place.words,
                text.slice(place.span).replace('\n', " "),
                "{}: the words are the span's",
                case.name
            );
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn a_place_s_button_says_what_it_does_and_holds_the_text_it_shows() {
    let place =
        OfferedPlace { span: Span::new(7, 13), before: "Nobody ".into(), words: "denied".into(), after: " it.".into() };
    assert_eq!(place.label(), "Attach to \u{201c}denied\u{201d} in: Nobody denied it.");
}

#[test]
fn every_orphan_gets_its_own_fix_in_the_list_s_order() {
    let original = "The ministry denied the report. The envoy arrived on Monday. The talks ended.";
    let mut store = annotated(original, "denied");
    let at = Timestamp::from_millis(1_795_457_670_000).expect("a valid time");
    let text = ArticleText::new(original);
    store
        .create(id(2), article(), &text, span_of(original, "The talks ended."), Body::highlight(Colour::Blue), at)
        .unwrap();
    let edited = "A spokesman denied everything, said the ministry in Rome, adding little.";
    let edited_text = ArticleText::new(edited);
    let anchors = store.anchor_article(&article(), &edited_text);
    assert_eq!(anchors.orphaned.len(), 2, "both are orphaned");
    let fixes = orphan_fixes(&edited_text, &anchors.orphaned, &sentences(edited));
    let ids: Vec<&AnnotationId> = fixes.iter().map(|f| &f.id).collect();
    let orphans: Vec<&AnnotationId> = anchors.orphaned.iter().map(|o| o.annotation.id()).collect();
    assert_eq!(ids, orphans);
    assert_eq!(fix_for(&fixes, &id(2)).map(|f| &f.id), Some(&id(2)));
    assert_eq!(fix_for(&fixes, &id(3)), None);
}
