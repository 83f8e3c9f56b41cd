//! Judgements for words that are cues in one reading and not in another. The
//! lexicon names the judgement (`judge may_as_modal`); the reading is decided
//! here from the words around, since a word list cannot say it:
//! - "may" the modal, not the month or a name ("in May", "Theresa May");
//! - "might" the modal, not the noun ("with all its might");
//! - "could" as a possibility ("the deal could collapse"), not ability or
//!   purpose ("could not be reached", "so they could see");
//! - "would" for a hypothetical or unconfirmed event ("any transfer would
//!   represent an escalation"), not stated intent ("said they would
//!   respond"), habit ("would often"), refusal ("would not say") or an
//!   indirect question ("did not say what it would cost");
//! - "suspect" the verb, not the noun ("the suspect fled");
//! - "claim" as an allegation, not an insurance claim or "claimed the title";
//! - "deny" a claim, not "denied bail".

use std::str::FromStr;

use super::sentence_view::SentenceView;
use super::words::Shape;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Judge {
    MayAsModal,
    MightAsModal,
    CouldAsPossibility,
    WouldAsHypothetical,
    SuspectAsVerb,
    ClaimAsAllegation,
    DenyAClaim,
}

impl FromStr for Judge {
    type Err = String;

    fn from_str(name: &str) -> Result<Judge, String> {
        Ok(match name {
            "may_as_modal" => Judge::MayAsModal,
            "might_as_modal" => Judge::MightAsModal,
            "could_as_possibility" => Judge::CouldAsPossibility,
            "would_as_hypothetical" => Judge::WouldAsHypothetical,
            "suspect_as_verb" => Judge::SuspectAsVerb,
            "claim_as_allegation" => Judge::ClaimAsAllegation,
            "deny_a_claim" => Judge::DenyAClaim,
            _ => return Err(format!("unknown judgement '{name}'")),
        })
    }
}

/// Whether the word at `i` has the reading that makes it a cue.
pub(crate) fn holds(judge: Judge, view: &SentenceView, i: usize) -> bool {
    match judge {
        Judge::MayAsModal => may_as_modal(view, i),
        Judge::MightAsModal => !view.prev_is_any(i, &["its", "his", "her", "their", "our", "all", "with", "full"]),
        Judge::CouldAsPossibility => could_as_possibility(view, i),
        Judge::WouldAsHypothetical => would_as_hypothetical(view, i),
        Judge::SuspectAsVerb => suspect_as_verb(view, i),
        Judge::ClaimAsAllegation => claim_as_allegation(view, i),
        Judge::DenyAClaim => !view.next(i).is_some_and(|j| {
            let j = if view.is_any(j, &["him", "her", "them", "the", "a", "an", "his", "their"]) {
                view.next(j).unwrap_or(j)
            } else {
                j
            };
            view.is_any(j, NOT_CLAIMS_DENIED)
        }),
    }
}

/// What can be "denied" without a claim being denied.
const NOT_CLAIMS_DENIED: &[&str] = &[
    "bail",
    "entry",
    "access",
    "permission",
    "visa",
    "visas",
    "asylum",
    "permit",
    "service",
    "request",
    "requests",
    "application",
    "parole",
    "citizenship",
    "benefits",
    "coverage",
    "boarding",
    "admission",
    "funding",
    "tenure",
];

fn may_as_modal(view: &SentenceView, i: usize) -> bool {
    if view.mention_at(i).is_some() {
        return false; // "Theresa May"
    }
    let next_is_date = view.next(i).is_some_and(|j| view.word(j).shape == Shape::Number || view.is(j, ","));
    if next_is_date {
        return false; // "May 5", "May, 2024"
    }
    // A capital inside a sentence is the month or a name; at its start it is
    // the modal unless a date follows (checked above).
    view.word(i).shape == Shape::Lower || view.is_first_word(i)
}

fn could_as_possibility(view: &SentenceView, i: usize) -> bool {
    // "could not be reached", "could only watch": ability; "could not
    // confirm" is a cue of its own in the lexicon.
    if view.next_is_any(i, &["not", "n't", "never", "only", "barely", "hardly"]) {
        return false;
    }
    if view.next_is_any(i, &["see", "hear", "feel", "smell", "sense"]) {
        return false;
    }
    // Purpose or condition: "so (that) they could", "if it could".
    !view.clause_before(i, 3).any(|j| view.is_any(j, &["so", "if", "unless"]))
}

fn would_as_hypothetical(view: &SentenceView, i: usize) -> bool {
    let Some(next) = view.next(i) else { return true };
    if view.is_any(next, &["like", "love", "rather", "prefer"]) {
        return false; // a wish
    }
    let verb = if view.is_any(next, &["not", "n't", "neither", "never"]) { view.next(next) } else { Some(next) };
    if let Some(v) = verb {
        if view.is_any(v, &["later", "eventually", "often", "usually", "always", "sometimes", "go", "become", "soon"]) {
            return false; // narrative future or habit: "he would later become"
        }
        let refuses = v != next
            && view.is_any(
                v,
                &[
                    "say",
                    "comment",
                    "discuss",
                    "elaborate",
                    "disclose",
                    "specify",
                    "detail",
                    "identify",
                    "name",
                    "reveal",
                    "answer",
                    "speculate",
                    "give",
                    "provide",
                    "release",
                    "confirm",
                    "verify",
                ],
            );
        if refuses {
            return false;
        }
    }
    // An indirect question: "did not say what it would cost".
    if view.clause_before(i, 6).any(|j| view.is_any(j, &["what", "how", "when", "where", "whether", "why"])) {
        return false;
    }
    // Stated intent: "said (that) they would", "warnings that they would".
    let subject = view.clause_before(i, 3).find(|&j| !view.is_any(j, &["also", "still", "then", "soon"]));
    if let Some(s) = subject.filter(|&s| view.is_any(s, &["he", "she", "it", "they", "we", "i", "you"])) {
        if let Some(before) = view.prev(s) {
            let introduces = view.is(before, "that")
                || view.word(before).in_class(view.classes.attributing_verb)
                || view.is_any(before, &["promised", "pledged", "vowed", "announced", "decided", "agreed"]);
            if introduces {
                return false;
            }
        }
    }
    true
}

fn suspect_as_verb(view: &SentenceView, i: usize) -> bool {
    if view.is(i, "suspected") {
        return true;
    }
    if view.prev(i).is_some_and(|j| {
        view.word(j).in_class(view.classes.determiner) || view.word(j).shape == Shape::Number || view.is(j, "of")
    }) {
        return false; // "the suspect", "two suspects", "one of the suspects"
    }
    view.next(i).is_some_and(|j| {
        view.word(j).shape == Shape::Capital
            || view.is_any(j, &["that", "the", "a", "an"])
            || view.word(j).in_class(view.classes.pronoun)
    })
}

/// Words before "claim(s)" that make it a demand for payment or a title.
const CLAIM_SENSES: &[&str] = &[
    "insurance",
    "insurer",
    "insurers",
    "compensation",
    "damage",
    "damages",
    "warranty",
    "refund",
    "disability",
    "unemployment",
    "jobless",
    "benefit",
    "benefits",
    "injury",
    "medical",
    "health",
    "property",
    "patent",
    "land",
    "territorial",
    "tax",
    "legal",
    "baggage",
    "pension",
    "veterans",
    "flood",
    "homeowners",
    "filed",
    "file",
    "filing",
    "submit",
    "submitted",
    "settle",
    "settled",
    "pay",
    "paid",
    "process",
    "processed",
    "lawsuit",
];

fn claim_as_allegation(view: &SentenceView, i: usize) -> bool {
    if view.clause_before(i, 2).any(|j| view.is_any(j, CLAIM_SENSES)) {
        return false;
    }
    let Some(next) = view.next(i) else { return true };
    if view.is_any(next, &["process", "processing", "adjuster", "adjusters", "form", "forms", "payout", "payouts"]) {
        return false;
    }
    if view.is(next, "for") && !view.is(i, "claimed") {
        return false; // "claims for damages"
    }
    // "claimed the lives of", "claimed the title": took, not alleged.
    let object =
        if view.is_any(next, &["the", "a", "his", "her", "their", "its"]) { view.next(next) } else { Some(next) };
    !object.is_some_and(|o| {
        view.is_any(
            o,
            &[
                "lives",
                "life",
                "title",
                "titles",
                "seat",
                "seats",
                "prize",
                "gold",
                "medal",
                "crown",
                "trophy",
                "championship",
                "record",
                "win",
                "pole",
            ],
        )
    })
}
