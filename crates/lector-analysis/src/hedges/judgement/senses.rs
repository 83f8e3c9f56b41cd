//! Words with a hedging sense and an ordinary one:
//! - "suspect" the verb, not the noun ("the suspect fled");
//! - "claim" as an allegation, not a demand for payment ("insurance claims",
//!   "9,000 auto and home claims" in a story about insured losses) or a title
//!   won ("claimed the title");
//! - "deny" a claim, not "denied bail";
//! - "suggest" as evidence ("the findings suggest"), not a proposal
//!   ("suggested delaying the vote", "suggested that the chamber stay").

use crate::hedges::sentence_view::SentenceView;
use crate::hedges::words::Shape;

pub(super) fn suspect_as_verb(view: &SentenceView, i: usize) -> bool {
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
    "continuing",
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
];

/// Words that count claims as things filed: "thousands of claims".
const AMOUNTS: &[&str] = &["thousands", "hundreds", "millions", "tens", "wave", "flood", "surge", "backlog", "influx"];

pub(super) fn claim_as_allegation(view: &SentenceView, i: usize) -> bool {
    let Some(next) = view.next(i) else {
        return !counted(view, i)
            && !view.insurance_nearby
            && !view.clause_before(i, 2).any(|j| view.is_any(j, CLAIM_SENSES));
    };
    let verb = claims_as_verb(view, i, next);
    if !verb && view.clause_before(i, 2).any(|j| view.is_any(j, CLAIM_SENSES)) {
        return false;
    }
    if view.is_any(next, &["process", "processing", "adjuster", "adjusters", "form", "forms", "payout", "payouts"]) {
        return false;
    }
    if view.is(next, "for") && !view.is(i, "claimed") {
        return false; // "claims for damages"
    }
    // "claims that", "claims of abuse", "claimed to have": says what is alleged.
    let says_what = view.is_any(next, &["that", "of", "to"]);
    if !says_what && counted(view, i) {
        return false; // "9,000 claims", "thousands of claims"
    }
    // Near talk of insurance a "claim" is a demand for payment, unless it is
    // a verb with its subject ("the insurer claims the damage is old") or
    // says what is alleged.
    if view.insurance_nearby && !says_what && !verb && !view.is_any(i, &["claimed", "claiming"]) {
        return false;
    }
    // "claimed the lives of", "claimed more than 10,000 lives", "claimed the
    // title", "claimed asylum": took or asked for, not alleged.
    !object_within(view, i, 4).any(|o| {
        view.is_any(
            o,
            &[
                "asylum",
                "refugee",
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

/// Whether "claim(s)" is a verb with its subject and object: "he claims",
/// "Acme claims", "the insurer claims the roof was old".
fn claims_as_verb(view: &SentenceView, i: usize, next: usize) -> bool {
    let c = view.classes;
    let subject = view.prev(i).is_some_and(|p| {
        let w = view.word(p);
        w.in_class(c.pronoun) || w.shape == Shape::Capital && !w.in_class(c.determiner) && !view.is_first_word(p)
    });
    subject || view.is_any(next, &["the", "a", "an", "his", "her", "their", "its", "he", "she", "they", "it", "we"])
}

/// Whether claims are counted like filed paperwork: an amount within a few
/// words before ("9,000 auto and home claims", "thousands of claims").
fn counted(view: &SentenceView, i: usize) -> bool {
    view.clause_before(i, 4).any(|j| view.word(j).shape == Shape::Number || view.is_any(j, AMOUNTS))
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
    "care",
    "treatment",
    "medicine",
    "medication",
    "food",
    "water",
    "rights",
    "contact",
    "housing",
    "loans",
    "credit",
    "education",
    "license",
    "licence",
    "passage",
];

pub(super) fn deny_a_claim(view: &SentenceView, i: usize) -> bool {
    // "denied bail", "denied him entry", "denied Farrakhan's application".
    !object_within(view, i, 4).any(|j| view.is_any(j, NOT_CLAIMS_DENIED))
}

/// The words after a verb up to its object's noun, at most `n`: through
/// articles, pronouns, possessives and amounts ("the lives", "more than 10,000
/// lives", "Farrakhan's application"), never past a clause boundary or "that".
fn object_within<'v>(view: &'v SentenceView, verb: usize, n: usize) -> impl Iterator<Item = usize> + 'v {
    let mut j = verb;
    let mut left = n;
    std::iter::from_fn(move || {
        if left == 0 {
            return None;
        }
        let k = view.next(j)?;
        if view.word(k).shape == Shape::Break || view.is_any(k, &["that", "to", "of", "for", "and"]) {
            return None;
        }
        left -= 1;
        j = k;
        Some(k)
    })
}

/// Words that cannot stand right before a subjunctive "be": "to be", "could
/// be", "not be".
const BEFORE_PLAIN_BE: &[&str] =
    &["to", "not", "n't", "never", "could", "would", "may", "might", "will", "can", "must", "should", "shall", "also"];

pub(super) fn suggest_as_hedge(view: &SentenceView, i: usize) -> bool {
    // "It has been suggested that...": nobody owns the suggestion, which
    // leaves what follows unestablished whatever its mood.
    if view.prev_is_any(i, &["is", "are", "was", "were", "been", "be"]) {
        return true;
    }
    let Some(first) = view.next(i) else { return true };
    // "suggested delaying the vote": a gerund with its object proposes.
    let gerund = view.word(first).shape == Shape::Lower
        && view.surface(first).ends_with("ing")
        && view.next(first).is_some_and(|o| {
            view.is_any(o, &["the", "a", "an", "his", "her", "their", "its", "that", "some", "more", "it", "them"])
        });
    if gerund {
        return false;
    }
    // "suggested (that) the meeting be postponed", "suggested the chamber
    // should stay": a subjunctive or "should" proposes.
    let mut j = first;
    for _ in 0..6 {
        if view.word(j).shape == Shape::Break {
            break;
        }
        if view.is(j, "should") || view.is(j, "be") && view.prev(j).is_some_and(|p| !view.is_any(p, BEFORE_PLAIN_BE)) {
            return false;
        }
        match view.next(j) {
            Some(n) => j = n,
            None => break,
        }
    }
    true
}
