//! The modals: "may", "might", "could" and "would" are cues only in their
//! reading of possibility or hypothesis:
//! - "may" the modal, not the month or a name ("in May", "Theresa May"), also
//!   in a title-case headline ("Daily Walk May Cut Risk of Dementia");
//! - "might" the modal, not the noun ("with all its might");
//! - "could" as a possibility ("the deal could collapse", "parts of the state
//!   could see 8 inches of rain"), not ability, perception or capacity ("could
//!   not be reached", "she could see the smoke", "smoke could be seen",
//!   "the hall could seat 2,000"), purpose ("so they could") or a speaker's
//!   counterfactual ("we could have done more");
//! - "would" for a hypothetical or unconfirmed event ("any transfer would
//!   represent an escalation"), not reported future or intent ("said the
//!   plant would close"), habit ("would often"), refusal ("would not say") or
//!   an indirect question ("did not say what it would cost").

use crate::hedges::attribution::is_quote;
use crate::hedges::sentence_view::SentenceView;
use crate::hedges::words::Shape;
use crate::ner::EntityLabel;

pub(super) fn may_as_modal(view: &SentenceView, i: usize) -> bool {
    // "Theresa May", "May Day"; a title-case headline misleads the
    // recognizer, so there only a person counts.
    if view.mention_at(i).is_some_and(|m| !view.title_case || m.label == EntityLabel::Per) {
        return false;
    }
    let Some(next) = view.next(i) else { return view.word(i).shape == Shape::Lower };
    if view.word(next).shape == Shape::Number || view.is(next, ",") {
        return false; // "May 5", "May, 2024"
    }
    if view.word(i).shape == Shape::Lower || view.is_first_word(i) {
        return true;
    }
    // Inside running text a capital is the month or a name. A title-case
    // headline capitalizes the modal too: there it is the month only after a
    // word of time ("Sales Fell in May").
    view.title_case
        && view.word(next).is_word()
        && !view.prev_is_any(
            i,
            &[
                "in", "since", "by", "until", "till", "through", "during", "of", "on", "for", "early", "late", "mid",
                "last", "next", "this", "from",
            ],
        )
}

pub(super) fn might_as_modal(view: &SentenceView, i: usize) -> bool {
    !view.prev_is_any(i, &["its", "his", "her", "their", "our", "all", "with", "full"])
}

/// Verbs of capacity: with an amount after them, "could" says what something
/// was able to hold, not what may happen ("the terminal could handle 4,000
/// trailers a day").
const CAPACITY: &[&str] = &["handle", "hold", "seat", "accommodate", "house", "store", "process", "carry", "fit"];

pub(super) fn could_as_possibility(view: &SentenceView, i: usize) -> bool {
    let Some(next) = view.next(i) else { return true };
    // "could not be reached", "could only watch", "could no longer afford",
    // "could finally walk": ability; "could not confirm" is a cue of its own
    // in the lexicon.
    if view.is_any(next, &["not", "n't", "never", "only", "barely", "hardly", "scarcely", "no", "finally", "afford"]) {
        return false;
    }
    let subject = view.prev(i);
    // "We could have caught this sooner": the speaker's own counterfactual.
    if view.is(next, "have") && subject.is_some_and(|s| view.is_any(s, &["i", "we", "you"])) {
        return false;
    }
    // "Smoke could be seen for miles": perception.
    if view.is(next, "be")
        && view.next(next).is_some_and(|p| view.is_any(p, &["seen", "heard", "felt", "smelled", "spotted"]))
    {
        return false;
    }
    // "she could see the smoke" perceives; "the coast could see 8 inches of
    // rain" forecasts an amount.
    if view.is_any(next, &["see", "hear", "feel", "smell", "sense"]) && !amount_follows(view, next) {
        return false;
    }
    if view.is_any(next, CAPACITY) && amount_follows(view, next) {
        return false;
    }
    // Purpose or condition: "so (that) they could", "if it could".
    !view.clause_before(i, 3).any(|j| view.is_any(j, &["so", "if", "unless"]))
}

/// Whether an amount follows word `i` closely: "4,000 trailers", "up to 300
/// passengers", "more than 2,000 people".
fn amount_follows(view: &SentenceView, i: usize) -> bool {
    let mut j = i;
    for _ in 0..4 {
        let Some(n) = view.next(j) else { return false };
        if view.word(n).shape == Shape::Number {
            return true;
        }
        if !view.is_any(n, &["up", "to", "as", "many", "much", "more", "than", "about", "nearly", "roughly", "around"])
        {
            return false;
        }
        j = n;
    }
    false
}

/// Words that make what a reported "would" says hypothetical again: "said
/// that if talks fail the union would strike", "said any deal would".
const CONDITIONS: &[&str] = &["if", "unless", "any", "such", "without", "otherwise"];

pub(super) fn would_as_hypothetical(view: &SentenceView, i: usize) -> bool {
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
    if narrative(view, i) {
        return false;
    }
    // An indirect question: "did not say what it would cost".
    if view.clause_before(i, 6).any(|j| view.is_any(j, &["what", "how", "when", "where", "whether", "why"])) {
        return false;
    }
    // Stated intent: "warnings that they would".
    let subject = view.clause_before(i, 3).find(|&j| !view.is_any(j, &["also", "still", "then", "soon"]));
    if let Some(s) = subject.filter(|&s| view.is_any(s, &["he", "she", "it", "they", "we", "i", "you"])) {
        if view.prev(s).is_some_and(|before| view.is(before, "that")) {
            return false;
        }
    }
    !reported(view, i)
}

/// Whether a "would" is governed by a verb of saying or intent earlier in the
/// sentence, outside any quotation, with nothing conditional in between: "a
/// senior official said the White House would accept", "the company said it
/// was \u{201C}heartbroken\u{201D} and would provide counseling" (a quoted
/// word or two inside reported speech is passed over; a "would" inside a
/// quotation is the speaker's own and stays).
fn reported(view: &SentenceView, i: usize) -> bool {
    let mut j = i;
    for _ in 0..16 {
        let Some(k) = view.prev(j) else { return false };
        if is_quote(view, k) {
            if view.surface(k).starts_with('\u{201C}') {
                return false; // inside a quotation
            }
            match opening_quote(view, k) {
                Some(open) => {
                    j = open;
                    continue;
                }
                None => return false,
            }
        }
        if view.is_any(k, CONDITIONS) {
            return false;
        }
        if view.lowered(k) && view.word(k).in_class(view.classes.reporting_verb) {
            // "If Germany were to extradite him, he said, it would lose face":
            // a condition anywhere before keeps the hypothesis.
            return !(view.range.start..i).any(|c| view.is_any(c, &["if", "unless"]));
        }
        j = k;
    }
    false
}

/// The quotation mark that opens a short quoted phrase closed at `close`:
/// within four words before it, and not itself a closing curly quote.
fn opening_quote(view: &SentenceView, close: usize) -> Option<usize> {
    let mut j = close;
    for _ in 0..5 {
        j = view.prev(j)?;
        if is_quote(view, j) {
            return (!view.surface(j).starts_with('\u{201D}')).then_some(j);
        }
    }
    None
}

/// A "would" that tells a life or a history forward from a past year: "she
/// returned in 1968 and would spend the next three decades designing
/// schools", "joined in 1975 and would stay until 1990". Without the year it
/// may be a plan's hypothetical term ("the deal would run for the next ten
/// years").
fn narrative(view: &SentenceView, i: usize) -> bool {
    if !(view.range.start..i).any(|j| is_year(view, j)) {
        return false;
    }
    let mut j = i;
    for _ in 0..5 {
        let Some(n) = view.next(j) else { return false };
        if view.word(n).shape == Shape::Break {
            return false;
        }
        let spans_years = view.is_any(n, &["next", "following", "rest", "remainder"])
            && view.prev(n).is_some_and(|p| view.is(p, "the"))
            || view.is_any(n, &["until", "till"]) && view.next(n).is_some_and(|y| is_year(view, y));
        if spans_years {
            return true;
        }
        j = n;
    }
    false
}

fn is_year(view: &SentenceView, j: usize) -> bool {
    let s = view.surface(j);
    s.len() == 4 && (s.starts_with("19") || s.starts_with("20")) && s.bytes().all(|b| b.is_ascii_digit())
}
