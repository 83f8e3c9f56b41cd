//! Places offered to re-attach an orphaned annotation, best first.

mod common;

use common::span_of;
use lector_annotations::{reattach_candidates, ArticleText, Target};

struct Case {
    name: &'static str,
    original: &'static str,
    selected: &'static str,
    edited: &'static str,
    /// The text (first occurrence) the first place offered must cover; `None`: nothing to offer.
    first: Option<&'static str>,
}

const CASES: &[Case] = &[
    Case {
        name: "a short quote whose surroundings were rewritten: its own word first",
        original: "Officials denied it. Later that week the spokesman said nothing more.",
        selected: "denied",
        edited: "Nobody denied anything at all, according to a statement issued in the evening.",
        first: Some("denied"),
    },
    Case {
        name: "a quote rewritten in place between intact surroundings: the rewritten words first",
        original: "After a long night the council voted to close three libraries, the clerk announced on Tuesday.",
        selected: "voted to close three libraries",
        edited: "After a long night the council narrowly voted yesterday to shut three of its libraries, the clerk \
                 announced on Tuesday.",
        first: Some("voted yesterday to shut three of its libraries"),
    },
    Case {
        name: "a quote moved into a rewritten paragraph: the edited copy first, not a similar sentence elsewhere",
        original: "Intro.\n\nThe fire started in a kitchen on the third floor, firefighters said.\n\nThe building was \
                   evacuated.",
        selected: "The fire started in a kitchen on the third floor",
        edited: "The building was evacuated.\n\nA fire broke out in a shop on the ground floor last year.\n\nUpdate: \
                 the fire started in a kitchen on the fourth floor, investigators now say.",
        first: Some("the fire started in a kitchen on the fourth floor"),
    },
    Case {
        name: "the sentence was deleted: nothing to offer",
        original: "The mayor spoke. The ministry denied the report on Friday. Talks resume next week.",
        selected: "The ministry denied the report on Friday.",
        edited: "The mayor spoke. Talks resume next week.",
        first: None,
    },
];

#[test]
fn reattach_candidates_table() {
    let mut failures = Vec::new();
    for case in CASES {
        let original = ArticleText::new(case.original);
        let target = Target::from_selection(&original, span_of(case.original, case.selected, 0)).unwrap();
        let edited = ArticleText::new(case.edited);
        let offered = reattach_candidates(&edited, &target, 3);
        let first = offered.first().map(|c| c.span);
        let want = case.first.map(|text| span_of(case.edited, text, 0));
        if first != want {
            let texts: Vec<String> =
                offered.iter().map(|c| format!("{:?} {:.2}", edited.slice(c.span), c.score)).collect();
            failures.push(format!("{}: wanted {:?}, offered {texts:?}", case.name, case.first));
        }
        // Whatever is offered: at most the limit, best first, no two overlapping, scores within 0–1.
        assert!(offered.len() <= 3, "{}", case.name);
        assert!(offered.windows(2).all(|w| w[0].score >= w[1].score), "{}: not best first", case.name);
        for (i, a) in offered.iter().enumerate() {
            assert!((0.0..=1.0).contains(&a.score), "{}: score {}", case.name, a.score);
            assert!(offered[i + 1..].iter().all(|b| !a.span.overlaps(&b.span)), "{}: overlapping places", case.name);
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn verbatim_copies_are_offered_best_context_first() {
    let boilerplate = "Follow the live coverage of the talks on our website and in our app for updates.";
    let original = format!("Intro.\n\n{boilerplate}\n\nThe envoy arrived.\n\n{boilerplate}\n\nMore soon.");
    let target = Target::from_selection(&ArticleText::new(&original), span_of(&original, "our website", 1)).unwrap();
    // Both copies' surroundings change, the second's less.
    let edited = format!(
        "Breaking news from the capital.\n\n{boilerplate}\n\nThe envoy has arrived.\n\n{boilerplate}\n\nMore soon today."
    );
    let offered = reattach_candidates(&ArticleText::new(&edited), &target, 5);
    let spans: Vec<_> = offered.iter().map(|c| c.span).take(2).collect();
    assert_eq!(spans, vec![span_of(&edited, "our website", 1), span_of(&edited, "our website", 0)]);
}
