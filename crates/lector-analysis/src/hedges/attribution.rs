//! Who a claim is attributed to: finds "X said", "X has denied", "according to
//! X", '"…," said X' and judges X.
//!
//! - X names nobody ("officials", "two people", "AP sources", "reports") →
//!   an `anonymous_source` cue, a hedge.
//! - X names someone ("Kirby", "National Security Council spokesman Sean
//!   Savett", "the White House", "a statement from Iran's mission to the
//!   United Nations") → an `attribution` cue carrying the name, not a hedge.
//! - "he said" points back to the last person cited by name.
//!
//! Names come from the entity recognizer's mentions where it found any (a
//! person first, then any entity), else from runs of capitalized words, so
//! the layer works with or without the trained model.

use super::kind::CueKind;
use super::sentence_view::SentenceView;
use super::source_name::{name_in, Cited};
use super::words::Shape;

/// A source frame over words `first..=last`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Frame {
    pub first: usize,
    pub last: usize,
    /// The last word of the source itself: where the frame ends when its verb
    /// is a cue of its own ("Iranian officials" + "denied").
    pub source_last: usize,
    pub kind: CueKind,
    pub source: Option<String>,
}

/// A noun phrase over words `first..=last`; `head` is the word that says what
/// it is ("officials" in "U.S. officials", "mission" in "Iran's mission to
/// the United Nations").
#[derive(Clone, Copy, Debug)]
pub(crate) struct Phrase {
    pub first: usize,
    pub head: usize,
    pub last: usize,
}

pub(crate) fn find(view: &SentenceView, cited: &mut Cited, out: &mut Vec<Frame>) {
    let c = view.classes;
    for i in view.range.clone() {
        let word = view.word(i);
        if view.is(i, "according") && view.next_is_any(i, &["to"]) {
            let Some(to) = view.next(i) else { continue };
            if let Some(phrase) = view.next(to).and_then(|p| phrase_after(view, p)) {
                push(view, cited, phrase, i, phrase.last, out);
            }
            continue;
        }
        if !view.lowered(i) || !word.in_class(c.attributing_verb) {
            continue;
        }
        // "people suspected of", "a man accused of": a participle describing
        // the people, who say nothing.
        if view.next_is_any(i, &["of", "in"]) && view.is_any(i, &["suspected", "accused", "alleged"]) {
            continue;
        }
        // "in three states", "the reports": after an article, a number or a
        // possessive the word is a noun.
        if view.prev(i).is_some_and(|p| {
            (view.word(p).in_class(c.determiner) && !view.is_any(p, &["that", "all", "both", "each"]))
                || view.word(p).shape == Shape::Number
        }) {
            continue;
        }
        // "reports indicate": a noun before its verb.
        if view.surface(i).ends_with('s') && view.next(i).is_some_and(|n| view.word(n).in_class(c.attributing_verb)) {
            continue;
        }
        if passive(view, i) {
            continue; // "is said to", "was disclosed by": the subject is not the source
        }
        match subject_of(view, i) {
            Subject::Before(phrase) => {
                let last = recipient_end(view, i).unwrap_or(i);
                push(view, cited, phrase, phrase.first, last, out);
            }
            Subject::Aside(phrase) => push(view, cited, phrase, phrase.first, phrase.last, out),
            Subject::After if word.in_class(c.inverted_verb) => {
                // '"...," said Kirby.' but not "..., said the activists were
                // charged": there the words after "said" start a clause.
                let phrase = view.next(i).and_then(|p| phrase_after(view, p));
                if let Some(phrase) =
                    phrase.filter(|p| !view.next(p.last).is_some_and(|n| view.word(n).in_class(c.auxiliary)))
                {
                    push(view, cited, phrase, i, phrase.last, out);
                }
            }
            _ => {}
        }
    }
}

enum Subject {
    Before(Phrase),
    /// Before an aside: "Kirby, in a briefing with reporters, said".
    Aside(Phrase),
    /// The verb follows a quotation or opens the sentence: '"…," said Kirby'.
    After,
    None,
}

fn passive(view: &SentenceView, verb: usize) -> bool {
    let before = view.clause_before(verb, 3).find(|&j| !is_adverb(view, j));
    before.is_some_and(|j| view.is_any(j, &["is", "are", "was", "were", "be", "been", "being"]))
}

fn is_adverb(view: &SentenceView, j: usize) -> bool {
    view.word(j).shape == Shape::Lower
        && (view.surface(j).ends_with("ly") || view.word(j).in_class(view.classes.auxiliary))
}

/// Whether word `j` is a quotation mark (straight, curly or a lone single quote).
pub(crate) fn is_quote(view: &SentenceView, j: usize) -> bool {
    view.word(j).shape == Shape::Break && view.surface(j).starts_with(['"', '\u{201C}', '\u{201D}', '\''])
        || view.surface(j).starts_with(['\u{2019}', '\u{2018}']) && view.word(j).shape != Shape::Lower
}

fn subject_of(view: &SentenceView, verb: usize) -> Subject {
    let mut j = match view.prev(verb) {
        None => return Subject::After,
        Some(j) => j,
    };
    // Auxiliaries, adverbs, negation and times: "officials have long said",
    // "the ministry on Friday said". "Nobody" and "none" negate but are the
    // subject themselves ("nobody has denied").
    let skippable = |j: usize| {
        is_adverb(view, j)
            || view.word(j).in_class(view.classes.negation) && !view.is_any(j, &["nobody", "none"])
            || view.word(j).in_class(view.classes.time_word)
            || view.is_any(j, &["on", "last", "this"])
                && view.next(j).is_some_and(|n| view.word(n).in_class(view.classes.time_word))
    };
    while skippable(j) {
        match view.prev(j) {
            Some(k) => j = k,
            None => return Subject::None,
        }
    }
    if is_quote(view, j) {
        return Subject::After;
    }
    if view.is(j, ",") {
        let before = view.prev(j);
        if before.is_some_and(|b| is_quote(view, b)) {
            return Subject::After;
        }
        // "Kirby, in a briefing with reporters, said": the subject stands
        // before the aside.
        let aside_start = view.clause_before(j, 10).last().and_then(|k| view.prev(k));
        return match aside_start {
            Some(comma)
                if view.is(comma, ",") && view.next(comma).is_some_and(|n| view.word(n).shape == Shape::Lower) =>
            {
                view.prev(comma).and_then(|e| phrase_before(view, e)).map_or(Subject::None, Subject::Aside)
            }
            _ => Subject::After,
        };
    }
    // "quoted military officials as saying": the quoted are the source.
    if view.is(j, "as") && view.is_any(verb, &["saying", "telling"]) {
        let Some(phrase) = view.prev(j).and_then(|e| phrase_before(view, e)) else { return Subject::None };
        let quoting =
            (phrase.first..phrase.head).rev().find(|&q| view.is_any(q, &["quoted", "quoting", "cited", "citing"]));
        return match quoting.and_then(|q| view.next(q)) {
            Some(first) => Subject::Before(Phrase { first, ..phrase }),
            None => Subject::Before(phrase),
        };
    }
    // "officials, who said" / "people who spoke".
    if view.is(j, "who") {
        j = match view.prev(j) {
            Some(k) if view.is(k, ",") => match view.prev(k) {
                Some(e) => e,
                None => return Subject::None,
            },
            // "people who believe they are sick should...": without a comma
            // the clause picks out a group by what it thinks; only saying
            // makes it a source ("officials who said").
            Some(_) if !view.word(verb).in_class(view.classes.reporting_verb) => return Subject::None,
            Some(k) => k,
            None => return Subject::None,
        };
    }
    let Some(phrase) = phrase_before(view, j) else { return Subject::None };
    // "economists polled by FactSet expect", "analysts surveyed by Reuters
    // said": the agent of a participle is not the subject.
    let agent_of = view.prev(phrase.first).filter(|&b| view.is(b, "by")).and_then(|by| view.prev(by)).filter(|&p| {
        view.word(p).shape == Shape::Lower
            && view.surface(p).ends_with("ed")
            && !view.word(p).in_class(view.classes.auxiliary)
    });
    let phrase = match agent_of.and_then(|p| view.prev(p)).and_then(|e| phrase_before(view, e)) {
        Some(subject) => subject,
        None => phrase,
    };
    Subject::Before(located_source(view, phrase))
}

/// "officials in Kyiv say", "diplomats at the United Nations said": a place
/// or body after a preposition only locates an unnamed source, which stays
/// the head.
fn located_source(view: &SentenceView, phrase: Phrase) -> Phrase {
    let c = view.classes;
    let is_located = |j: usize| {
        view.word(j).in_class(c.anonymous_noun)
            && view.next(j).is_some_and(|p| view.is_any(p, &["in", "at", "from", "inside", "within"]))
    };
    if let Some(head) = (phrase.first..phrase.head).find(|&j| is_located(j)) {
        return Phrase { head, ..phrase };
    }
    let before = view.prev(phrase.first).and_then(|p| view.prev(p)).filter(|&e| is_located(e));
    match before.and_then(|e| phrase_before(view, e)) {
        Some(source) => Phrase { first: source.first, head: source.head, last: phrase.last },
        None => phrase,
    }
}

fn is_preposition(view: &SentenceView, j: usize) -> bool {
    view.is_any(j, &["of", "for", "at", "in", "to", "from", "with", "on", "by", "and"])
}

/// The noun phrase ending at word `last`, walking left.
fn phrase_before(view: &SentenceView, last: usize) -> Option<Phrase> {
    let c = view.classes;
    let w = view.word(last);
    if !w.is_word() || w.in_class(c.clause_word) && !w.in_class(c.determiner) || w.in_class(c.auxiliary) {
        return None;
    }
    if w.in_class(c.pronoun) {
        return Some(Phrase { first: last, head: last, last });
    }
    let mut first = last;
    let mut taken = 1;
    while let Some(p) = view.prev(first) {
        let pw = view.word(p);
        if taken == 8 || pw.shape == Shape::Break {
            break;
        }
        if pw.in_class(c.determiner) || pw.shape == Shape::Number {
            first = p;
            break;
        }
        if is_preposition(view, p) {
            let joins_names = view.word(first).shape == Shape::Capital
                && view.prev(p).is_some_and(|q| view.word(q).shape == Shape::Capital);
            if !joins_names {
                break;
            }
        } else if pw.in_class(c.clause_word)
            || pw.in_class(c.auxiliary)
            || pw.in_class(c.pronoun)
            || view.lowered(p) && pw.in_class(c.attributing_verb)
        {
            break;
        }
        first = p;
        taken += 1;
    }
    Some(Phrase { first, head: last, last })
}

/// The noun phrase starting at word `first`, walking right: "two people",
/// "the White House", "Iran's mission to the United Nations", and through
/// "a statement from X" to X.
fn phrase_after(view: &SentenceView, first: usize) -> Option<Phrase> {
    let c = view.classes;
    let mut head = None;
    let mut last = first;
    let mut j = first;
    let mut taken = 0;
    loop {
        let w = view.word(j);
        if taken == 8 || w.shape == Shape::Break || w.in_class(c.source_postmodifier) {
            break;
        }
        if is_preposition(view, j) {
            let h = head?;
            // "a statement from X", "a report by X": X is the source.
            if view.word(h).in_class(c.document_noun) && view.is_any(j, &["from", "by", "in", "of"]) {
                return view.next(j).and_then(|n| phrase_after(view, n));
            }
            // "Ministry of Defense", "mission to the United Nations".
            let names = view.word(h).shape == Shape::Capital
                || view.word(h).in_class(c.institution_noun)
                || view.word(h).in_class(c.role_noun);
            let next_name = view.next(j).and_then(|n| if view.is(n, "the") { view.next(n) } else { Some(n) });
            if !names || !next_name.is_some_and(|n| view.word(n).shape == Shape::Capital) || view.is(j, "and") {
                break;
            }
            let mut k = next_name.unwrap_or(j);
            while let Some(n) = view.next(k).filter(|&n| view.word(n).shape == Shape::Capital) {
                k = n;
            }
            last = k;
            break;
        }
        if w.in_class(c.clause_word) && !w.in_class(c.determiner) || w.shape == Shape::Lower && w.in_class(c.auxiliary)
        {
            break;
        }
        if w.is_word() && !w.in_class(c.determiner) {
            head = Some(j);
        }
        last = j;
        taken += 1;
        match view.next(j) {
            Some(n) => j = n,
            None => break,
        }
    }
    head.map(|head| Phrase { first, head, last: last.max(head) })
}

/// "told CNN", "told reporters": the words after "told" that name who heard.
fn recipient_end(view: &SentenceView, verb: usize) -> Option<usize> {
    if !view.is_any(verb, &["told", "tells", "tell"]) {
        return None;
    }
    let mut j = view.next(verb)?;
    if view.is(j, "reporters") {
        return Some(j);
    }
    if view.is(j, "the") {
        j = view.next(j)?;
    }
    let mut end = None;
    while view.word(j).shape == Shape::Capital {
        end = Some(j);
        j = match view.next(j) {
            Some(n) => n,
            None => break,
        };
    }
    end
}

fn push(view: &SentenceView, cited: &mut Cited, phrase: Phrase, first: usize, last: usize, out: &mut Vec<Frame>) {
    let c = view.classes;
    let head = view.word(phrase.head);
    // Leading determiners are not part of the cue: "two people" keeps "two",
    // "the White House" drops "the".
    let mut first = first;
    while first < phrase.head && view.is_any(first, &["the", "a", "an"]) {
        first += 1;
    }
    // A capitalized "Scientists" or "Economist" inside running text is part
    // of a name ("Christian Scientists", "The Economist"), not an unnamed
    // source.
    let named = head.shape == Shape::Capital && !view.title_case && !view.is_first_word(phrase.head);
    if head.in_class(c.anonymous_noun) && !named {
        out.push(Frame { first, last, source_last: phrase.last, kind: CueKind::AnonymousSource, source: None });
        return;
    }
    if head.in_class(c.pronoun) {
        if head.in_class(c.person_pronoun) {
            if let Some(person) = cited.last_person() {
                out.push(Frame {
                    first,
                    last,
                    source_last: phrase.last,
                    kind: CueKind::Attribution,
                    source: Some(person.to_string()),
                });
            }
        }
        return;
    }
    let Some((written, person)) = name_in(view, phrase) else { return };
    let name = cited.canonical(&written);
    if person || name != written {
        cited.remember_person(&name);
    }
    out.push(Frame { first, last, source_last: phrase.last, kind: CueKind::Attribution, source: Some(name) });
}
