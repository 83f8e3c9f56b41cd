//! Re-anchoring annotations in edited articles.

mod common;

use common::{span_of, ARTICLE};
use lector_annotations::{anchor, Anchoring, ArticleText, OrphanReason, Placement, Target};

#[derive(Debug)]
enum Want {
    Position,
    /// Moved to the nth occurrence of this text in the edited article.
    Moved(&'static str, usize),
    /// Fuzzily placed on exactly the nth occurrence of this text.
    Fuzzy(&'static str, usize),
    NotFound,
    Ambiguous(usize),
    Weak,
    /// Anything but a placement on the nth occurrence of this text (another copy of a short quote).
    NotOn(&'static str, usize),
}

struct Case {
    name: &'static str,
    original: String,
    /// The annotated text and which occurrence of it.
    selected: (&'static str, usize),
    edited: String,
    want: Want,
}

fn edit(from: &str, to: &str) -> String {
    assert!(ARTICLE.contains(from), "{from:?} not in the article");
    ARTICLE.replacen(from, to, 1)
}

const BOILERPLATE: &str =
    "Follow the live coverage of the talks on our website and in our app for updates throughout the day.";

fn cases() -> Vec<Case> {
    let same = |name, selected, edited: String, want| Case { name, original: ARTICLE.into(), selected, edited, want };
    let prepended = format!("Updated 10:42 with the ministry's reaction.\n\n{ARTICLE}");
    let repeated = format!("Talks resume\n\n{BOILERPLATE}\n\nThe envoy arrived.\n\n{BOILERPLATE}\n\nMore soon.");
    vec![
        same("unchanged text", ("two people familiar with the matter", 0), ARTICLE.into(), Want::Position),
        same(
            "paragraph inserted before",
            ("two people familiar with the matter", 0),
            prepended.clone(),
            Want::Moved("two people familiar with the matter", 0),
        ),
        same(
            "text after removed",
            ("the minister said on Tuesday", 0),
            edit("\n\nCorrection: an earlier version misstated the date.", ""),
            Want::Position,
        ),
        same(
            "the quoted words were edited",
            ("two people familiar with the matter", 0),
            edit("two people familiar", "three people familiar"),
            Want::Fuzzy("three people familiar with the matter", 0),
        ),
        same(
            "a repeated quote keeps its own place (second)",
            ("the minister said", 1),
            prepended,
            Want::Moved("the minister said", 1),
        ),
        same(
            "an edited quote stays put rather than jumping to an exact repeat elsewhere",
            ("the minister said", 0),
            edit("the minister said on Tuesday", "the minister says on Tuesday"),
            Want::Fuzzy("the minister says", 0),
        ),
        same(
            "emoji before the quote shift positions by code points",
            ("resume 🎉 next week", 0),
            edit("Officials weigh", "🇺🇦🇺🇦 Officials weigh"),
            Want::Moved("resume 🎉 next week", 0),
        ),
        same(
            "accents stripped by a later edit",
            ("Zürich and São Paulo", 0),
            edit("Zürich and São Paulo", "Zurich and Sao Paulo"),
            Want::Fuzzy("Zurich and Sao Paulo", 0),
        ),
        same(
            "accented text moved",
            ("Zürich and São Paulo", 0),
            edit("Analysts in", "Économistes et analysts in"),
            Want::Moved("Zürich and São Paulo", 0),
        ),
        same("the sentence was deleted", ("The ministry denied the report.", 0), edit("The ministry denied the report. ", ""), Want::NotFound),
        same(
            "a short quote whose surroundings were rewritten is not guessed",
            ("denied", 0),
            edit(
                "The ministry denied the report. “We have never supplied weapons,”",
                "Nobody denied anything at the press conference, officials insisted, and",
            ),
            Want::Weak,
        ),
        same(
            "a long quote found verbatim once survives rewritten surroundings",
            ("according to two people familiar with the matter", 0),
            edit(
                "WASHINGTON — The administration is weighing new sanctions, according to two people familiar with the matter, \
                 who spoke on condition of anonymity.",
                "Sanctions are back on the table according to two people familiar with the matter; the White House declined to comment.",
            ),
            Want::Moved("according to two people familiar with the matter", 0),
        ),
        Case {
            name: "a repeated paragraph's quote whose context reaches outside it is told apart",
            original: repeated.clone(),
            selected: ("live coverage", 1),
            edited: format!("Breaking: {repeated}"),
            want: Want::Moved("live coverage", 1),
        },
        Case {
            name: "a repeated paragraph's quote, text added at the top: the much nearer repeat",
            original: repeated.clone(),
            selected: ("our website", 1),
            edited: format!("Breaking: {repeated}"),
            want: Want::Moved("our website", 1),
        },
        Case {
            name: "a quote in a repeated paragraph, both repeats as far from the old place: not guessed",
            original: repeated.clone(),
            selected: ("our website", 1),
            // The paragraph between the repeats grows by about the distance between them.
            edited: repeated.replace("The envoy arrived.", &format!("The envoy arrived.{}", " It was a long journey.".repeat(5))),
            want: Want::Ambiguous(2),
        },
        Case {
            name: "the repeated paragraph where nothing moved stays at its position",
            original: repeated.clone(),
            selected: ("our website", 1),
            edited: repeated.replace("More soon.", "More soon, with pictures."),
            want: Want::Position,
        },
        Case {
            name: "a short quote's old position now holds another occurrence of it",
            original: "Ann said no. Bob said yes, firmly.".into(),
            selected: ("said", 1),
            edited: "Ann, Eve and Bob said no. Bob said yes, firmly.".into(),
            want: Want::Moved("said", 1),
        },
        same("the article became empty", ("two people", 0), String::new(), Want::NotFound),
        // Failure classes of issue 17: an edited quote whose context also changed,
        // words inserted into a quote, short repeated quotes, shifted positions.
        Case {
            name: "an edited sentence whose prefix and suffix were both rewritten",
            original: "Budget row\n\nThe mayor spoke first. The council voted on Monday to close three libraries and two pools \
                       in the east of the city. Residents were angry.\n\nMore soon."
                .into(),
            selected: ("council voted on Monday to close three libraries and two pools in the east of the city", 0),
            edited: "Budget row\n\nAfter a debate that ran past midnight, the council voted on Tuesday to close three \
                     libraries and two pools in the east of the city, a decision opposed by every union.\n\nMore soon."
                .into(),
            want: Want::Fuzzy("council voted on Tuesday to close three libraries and two pools in the east of the city", 0),
        },
        Case {
            name: "words inserted into a short quote (more edits than a quarter of it)",
            original: "The government signed two arms deals with its neighbour last year, officials said.".into(),
            selected: ("two arms deals", 0),
            edited: "The government signed two arms and oil deals with its neighbour last year, officials said.".into(),
            want: Want::Fuzzy("two arms and oil deals", 0),
        },
        Case {
            name: "a word inserted into a quote that ends a sentence",
            original: "In March the ministry confirmed it had sold the country two arms deals. Nobody else commented.".into(),
            selected: ("two arms deals.", 0),
            edited: "In March the ministry confirmed it had sold the country two arms half deals. Nobody else commented."
                .into(),
            want: Want::Fuzzy("two arms half deals.", 0),
        },
        Case {
            name: "a word cut from a quote whose surroundings stayed",
            original: "Samples were sent to the state's Public Health Laboratory in Austin for testing on Friday.".into(),
            selected: ("the state's Public Health Laboratory", 0),
            edited: "Samples were sent to the state's Health Laboratory in Austin for testing on Friday.".into(),
            want: Want::Fuzzy("the state's Health Laboratory", 0),
        },
        Case {
            name: "a sentence inserted right after an edited quote is not taken in",
            original: "Town hall news\n\nThe mayor resigned on Friday. The council will meet next week to choose a successor.".into(),
            selected: ("The mayor resigned on Friday.", 0),
            edited: "Town hall news\n\nThe mayor resigned on Thursday. Her deputy, Ana Ruiz, takes over until then. \
                     The council will meet next week to choose a successor."
                .into(),
            want: Want::Fuzzy("The mayor resigned on Thursday.", 0),
        },
        Case {
            name: "a short quote repeated nearby keeps its own copy when text is inserted before it",
            original: "A fan from Green Bay said the team would win. Another Green Bay fan disagreed.".into(),
            selected: ("Green Bay", 0),
            edited: "Sports\n\nA fan from Green Bay said the team would win. Another Green Bay fan disagreed.".into(),
            want: Want::Moved("Green Bay", 0),
        },
        Case {
            name: "a short repeated quote whose surroundings changed is not put on the other copy",
            original: "A fan from Green Bay said the team would win. Another Green Bay fan disagreed.".into(),
            selected: ("Green Bay", 0),
            edited: "One supporter in Green Bay predicted a comfortable win. Another Green Bay fan disagreed.".into(),
            want: Want::NotOn("Green Bay", 1),
        },
        Case {
            name: "a one-character shift before a short quote: it is not put on an \"a\" inside a word",
            original: "It was a big day at a farm.".into(),
            selected: ("a", 4),
            edited: "It wa a big day at a farm.".into(),
            want: Want::Moved("a", 4),
        },
        Case {
            name: "an earlier edit moves another copy of a word onto the quote's old place",
            original: "The storm again moved north-northwest at 12 mph.".into(),
            selected: ("north", 0),
            edited: "The storm moved north-northwest at 12 mph.".into(),
            want: Want::Moved("north", 0),
        },
        Case {
            name: "the whole text quoted, one character changed",
            original: "The minister resigned on Tuesday.".into(),
            selected: ("The minister resigned on Tuesday.", 0),
            edited: "The minister resigned on Tuesday!".into(),
            want: Want::Fuzzy("The minister resigned on Tuesday!", 0),
        },
    ]
}

#[test]
fn re_anchoring_table() {
    let mut failures = Vec::new();
    for case in cases() {
        let original = ArticleText::new(&case.original);
        let (needle, nth) = case.selected;
        let target = Target::from_selection(&original, span_of(&case.original, needle, nth)).unwrap();
        let got = anchor(&ArticleText::new(&case.edited), &target);
        let ok = match (&case.want, &got) {
            (Want::Position, Anchoring::Placed { span, how: Placement::Position }) => *span == target.position(),
            (Want::Moved(text, n), Anchoring::Placed { span, how: Placement::Moved }) => {
                *span == span_of(&case.edited, text, *n)
            }
            (Want::Fuzzy(text, n), Anchoring::Placed { span, how: Placement::Fuzzy { similarity } }) => {
                *span == span_of(&case.edited, text, *n) && *similarity > 0.0 && *similarity < 1.0
            }
            (Want::NotFound, Anchoring::Orphaned(OrphanReason::NotFound)) => true,
            (Want::Ambiguous(count), Anchoring::Orphaned(OrphanReason::Ambiguous { places })) => places.len() == *count,
            (Want::Weak, Anchoring::Orphaned(OrphanReason::Weak { .. })) => true,
            (Want::NotOn(text, n), got) => got.span() != Some(span_of(&case.edited, text, *n)),
            _ => false,
        };
        if !ok {
            failures.push(format!("{}: wanted {:?}, got {got:?}", case.name, case.want));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn ambiguous_places_are_the_repeats() {
    let text = format!("Intro.\n\n{BOILERPLATE}\n\nMiddle.\n\n{BOILERPLATE}");
    let target = Target::from_selection(&ArticleText::new(&text), span_of(&text, "our website", 1)).unwrap();
    let edited = text.replace("Middle.", &format!("Middle.{}", " More detail here.".repeat(6)));
    match anchor(&ArticleText::new(&edited), &target) {
        Anchoring::Orphaned(OrphanReason::Ambiguous { places }) => {
            assert_eq!(places, vec![span_of(&edited, "our website", 0), span_of(&edited, "our website", 1)]);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_weak_match_is_offered_but_not_taken() {
    let original = "Officials denied it. Later that week the spokesman said nothing more.";
    let target = Target::from_selection(&ArticleText::new(original), span_of(original, "denied", 0)).unwrap();
    let edited = "Nobody denied anything at all, according to a statement issued in the evening.";
    match anchor(&ArticleText::new(edited), &target) {
        Anchoring::Orphaned(OrphanReason::Weak { suggestion, .. }) => {
            assert_eq!(suggestion, span_of(edited, "denied", 0))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn every_annotation_of_a_long_article_survives_an_insertion_at_the_top() {
    // 200 annotations on distinct sentences of a long article; a paragraph is then added at the top.
    let sentences: Vec<String> = (0..400)
        .map(|i| format!("Sentence {i} says that official number {} denied report {} again.", i * 7 % 13, i * 31 % 17))
        .collect();
    let original = sentences.join(" ");
    let edited = format!("Editor's note: this story was updated.\n\n{original}");
    let (before, after) = (ArticleText::new(&original), ArticleText::new(&edited));
    for (i, sentence) in sentences.iter().enumerate().step_by(2) {
        let quote = &sentence[..sentence.len() - 1];
        let target = Target::from_selection(&before, span_of(&original, quote, 0)).unwrap();
        let got = anchor(&after, &target);
        assert_eq!(got, Anchoring::Placed { span: span_of(&edited, quote, 0), how: Placement::Moved }, "sentence {i}");
    }
}

#[test]
fn long_quotes_are_found_after_a_small_fix_and_huge_ones_do_not_hang() {
    let paragraph: String =
        (0..150).map(|i| format!("Witness {i} told reporters the convoy passed at dawn. ")).collect();
    let original = format!("Title\n\n{paragraph}\n\nEnd.");
    let target =
        Target::from_selection(&ArticleText::new(&original), span_of(&original, paragraph.trim_end(), 0)).unwrap();
    let edited = format!("Intro.\n\n{}", original.replacen("Witness 75 told", "Witness 75 said", 1));
    match anchor(&ArticleText::new(&edited), &target) {
        Anchoring::Placed { how: Placement::Fuzzy { .. }, span } => {
            assert_eq!(
                span,
                span_of(&edited, paragraph.trim_end().replacen("Witness 75 told", "Witness 75 said", 1).as_str(), 0)
            )
        }
        other => panic!("{other:?}"),
    }
    // A quote longer than the whole text (as a hostile file could hold) is simply not found.
    let huge = "word ".repeat(20_000);
    let text = ArticleText::new(huge.trim_end());
    let target = Target::from_selection(&text, lector_text::Span::new(0, text.len())).unwrap();
    assert!(anchor(&ArticleText::new("a short article"), &target).is_orphaned());
}

#[test]
fn orphan_reasons_read_as_sentences() {
    let places = vec![lector_text::Span::new(0, 4), lector_text::Span::new(10, 14)];
    // (reason, what the reader reads); the places offered are
    // `reattach_candidates`' (tests/reattach_candidates.rs).
    let table = [
        (OrphanReason::NotFound, "no longer in the article"),
        (OrphanReason::Ambiguous { places }, "appear in 2 places"),
        (OrphanReason::Weak { similarity: 0.734, suggestion: lector_text::Span::new(3, 9) }, "73% alike"),
    ];
    for (reason, says) in table {
        assert!(reason.explanation().contains(says), "{}", reason.explanation());
    }
}
