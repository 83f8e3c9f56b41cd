//! Who a claim is attributed to: finds "X said", "X has denied", "according to
//! X", '"…," said X' and judges X.
//!
//! - X names nobody ("officials", "two people", "AP sources", "reports") →
//!   an `anonymous_source` cue, a hedge.
//! - X names someone ("Kirby", "National Security Council spokesman Sean
//!   Savett", "the White House", "a statement from Iran's mission to the
//!   United Nations") → an `attribution` cue carrying the name, not a hedge.
//! - "he said" points back to the person last named as speaking or
//!   introduced, "the spokesman" to the person named in that role, "the
//!   company" to the company ([`Discourse`]); "…, saying" and "… but said"
//!   take the subject of their sentence.
//!
//! Names come from the entity recognizer's mentions where it found any (a
//! person first, then any entity), else from runs of capitalized words, so
//! the layer works with or without the trained model.

use super::discourse::Discourse;
use super::kind::CueKind;
use super::phrase::{phrase_after, phrase_before, Phrase};
use super::resolve::{resolve, sentence_subject};
use super::sentence_view::SentenceView;
use super::source_name::{describe, name_in};
use super::words::Shape;
use crate::ner::EntityLabel;

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
    /// The verb after which the rest of the sentence is what the source
    /// said ("Kirby said the talks with Putin stalled"): names there are not
    /// people a later "he" can mean.
    pub content_from: Option<usize>,
}

pub(crate) fn find(view: &SentenceView, d: &mut Discourse, out: &mut Vec<Frame>) {
    let c = view.classes;
    for i in view.range.clone() {
        let word = view.word(i);
        if view.is(i, "according") && view.next_is_any(i, &["to"]) {
            let Some(to) = view.next(i) else { continue };
            if let Some(phrase) = view.next(to).and_then(|p| phrase_after(view, p)) {
                push(view, d, phrase, i, phrase.last, out);
            }
            continue;
        }
        if !view.lowered(i) || !word.in_class(c.attributing_verb) {
            continue;
        }
        // "people suspected of", "a man accused of": a participle describing
        // the people, who say nothing.
        let after_name = view.prev(i).is_some_and(|p| view.word(p).shape == Shape::Capital || view.is_pronoun(p));
        if view.next_is_any(i, &["of", "in"]) && view.is_any(i, &["suspected", "accused", "alleged"]) && !after_name {
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
        // "was disclosed by two sources", "as stated by the press secretary":
        // the agent is the source.
        if view.next_is_any(i, &["by"]) && (passive(view, i) || view.prev_is_any(i, &["as"])) {
            let agent = view.next(i).and_then(|by| view.next(by)).and_then(|p| phrase_after(view, p));
            if let Some(phrase) = agent {
                let first = view.prev(i).filter(|&p| view.is(p, "as")).unwrap_or(i);
                push(view, d, phrase, first, phrase.last, out);
            }
            continue;
        }
        if passive(view, i) {
            continue; // "is said to": the subject is not the source
        }
        if !gives_content(view, i) {
            continue;
        }
        let before = out.len();
        let subject = subject_of(view, i);
        let content_from = (!matches!(subject, Subject::After | Subject::None)).then_some(i);
        // "Prosecutors never accused the mayor", "Kirby did not say": no
        // claim is reported. Unnamed people who "would not say" are still
        // the article's sources, and their cue stays.
        let negated = view.negated(i);
        match subject {
            Subject::Before(phrase) | Subject::Aside(phrase)
                if negated && !view.word(phrase.head).in_class(c.anonymous_noun) => {}
            // "Burns warned of the growing relationship" names a topic, not
            // a claim; unnamed officials who warn of one are still a source.
            Subject::Before(phrase) | Subject::Aside(phrase)
                if topic_only(view, i) && !view.word(phrase.head).in_class(c.anonymous_noun) => {}
            Subject::Before(phrase) => {
                let last = recipient_end(view, i).unwrap_or(i);
                push(view, d, phrase, phrase.first, last, out);
            }
            Subject::Aside(phrase) => push(view, d, phrase, phrase.first, phrase.last, out),
            Subject::Continues => continues(view, d, i, out),
            Subject::Relative(phrase, who) => push(view, d, phrase, who, i, out),
            Subject::After if word.in_class(c.inverted_verb) => {
                // '"...," said Kirby.' but not "..., said the activists were
                // charged": there the words after "said" start a clause.
                let phrase = view.next(i).and_then(|p| phrase_after(view, p));
                if let Some(phrase) =
                    phrase.filter(|p| !view.next(p.last).is_some_and(|n| view.word(n).in_class(c.auxiliary)))
                {
                    push(view, d, phrase, i, phrase.last, out);
                }
            }
            _ => {}
        }
        for f in &mut out[before..] {
            f.content_from = content_from;
        }
    }
}

/// The longest aside between a subject and its verb.
const ASIDE_WORDS: usize = 20;
/// An aside of at most this many words may follow an unnamed subject.
const SHORT_ASIDE_WORDS: usize = 10;

enum Subject {
    Before(Phrase),
    /// Before an aside: "Kirby, in a briefing with reporters, said".
    Aside(Phrase),
    /// Before an appositive and "who" (word `.1`): "said Dana Kessler, a
    /// portfolio manager, who believes".
    Relative(Phrase, usize),
    /// The verb follows a quotation or opens the sentence: '"…," said Kirby'.
    After,
    /// A second verb or a participle of the sentence's subject: "…, saying",
    /// "… but said".
    Continues,
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
    let participle = view.lowered(verb) && view.surface(verb).ends_with("ing");
    // "adding to the concern", "saying goodbye": not speech.
    if participle && view.next_is_any(verb, &["to", "up", "goodbye"]) {
        return Subject::None;
    }
    if participle && (view.is(j, ",") || is_quote(view, j)) || view.is_any(j, &["and", "but"]) {
        return Subject::Continues;
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
        // before the aside. A long aside ("Burns, who was in London on
        // Saturday for a joint appearance with ..., warned") is taken for a
        // named subject only: after unnamed officials it is "who spoke on
        // condition of anonymity because ...", already their cue.
        let aside_start = view.clause_before(j, ASIDE_WORDS).last().and_then(|k| view.prev(k));
        return match aside_start {
            Some(comma)
                if view.is(comma, ",") && view.next(comma).is_some_and(|n| view.word(n).shape == Shape::Lower) =>
            {
                let long = view.clause_before(j, SHORT_ASIDE_WORDS + 1).count() > SHORT_ASIDE_WORDS;
                let subject = view.prev(comma).and_then(|e| phrase_before(view, e));
                subject
                    .filter(|p| !long || !view.word(p.head).in_class(view.classes.anonymous_noun))
                    .map_or(Subject::None, Subject::Aside)
            }
            // "A spokeswoman, Irene Castellanos, said": the name in the
            // appositive is the subject.
            Some(comma) if view.is(comma, ",") => {
                match before
                    .and_then(|b| phrase_before(view, b))
                    .filter(|p| p.first == view.next(comma).unwrap_or(p.first))
                {
                    Some(name) if name_in(view, name).is_some_and(|(_, person)| person) => Subject::Aside(name),
                    _ => Subject::After,
                }
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
    let relative = view.is(j, "who");
    let j_who = j;
    if relative {
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
    if relative {
        if let Some(person) = person_before_appositive(view, phrase) {
            return Subject::Relative(person, j_who);
        }
    }
    // "Iran's mission released a statement claiming": the one who released it.
    let released = view.prev(phrase.first).filter(|&v| {
        view.word(phrase.head).in_class(view.classes.document_noun)
            && view.is_any(v, &["released", "issued", "published", "posted", "sent", "put"])
    });
    if let Some(subject) = released.and_then(|v| view.prev(v)).and_then(|e| phrase_before(view, e)) {
        return Subject::Before(subject);
    }
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
    Subject::Before(person_owning(view, phrase).unwrap_or_else(|| located_source(view, phrase)))
}

/// "Meteorologist Ana Whitfield of the weather service's office in
/// Morristown said": the person the prepositions hang from, not the last
/// place named.
fn person_owning(view: &SentenceView, phrase: Phrase) -> Option<Phrase> {
    if !view.prev(phrase.first).is_some_and(|p| view.is_any(p, &["of", "in", "at", "from", "for"])) {
        return None;
    }
    let c = view.classes;
    let mut j = phrase.first;
    for _ in 0..12 {
        let p = view.prev(j)?;
        let w = view.word(p);
        if w.shape == Shape::Break || w.in_class(c.clause_word) || w.in_class(c.auxiliary) || view.is_pronoun(p) {
            return None;
        }
        if view.lowered(p) && w.in_class(c.attributing_verb) {
            return None;
        }
        if view.mention_at(p).is_some_and(|m| m.label == EntityLabel::Per) {
            let person = phrase_before(view, p)?;
            return name_in(view, person).filter(|(_, is_person)| *is_person).map(|_| person);
        }
        j = p;
    }
    None
}

/// "said Dana Kessler, a portfolio manager at Brightwater Capital, who
/// believes": "who" is the person before the appositive, not the company
/// ending it.
fn person_before_appositive(view: &SentenceView, phrase: Phrase) -> Option<Phrase> {
    let start = view.clause_before(phrase.first, 8).last().unwrap_or(phrase.first);
    let comma = view.prev(start).filter(|&c| view.is(c, ",") && view.is_any(start, &["a", "an", "the"]))?;
    let name = view.prev(comma).and_then(|e| phrase_before(view, e))?;
    name_in(view, name).filter(|(_, person)| *person).map(|_| name)
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

fn push(view: &SentenceView, d: &mut Discourse, phrase: Phrase, first: usize, last: usize, out: &mut Vec<Frame>) {
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
        let description = describe(view, phrase);
        d.remember_anonymous(&description);
        out.push(Frame {
            first,
            last,
            source_last: phrase.last,
            kind: CueKind::AnonymousSource,
            source: Some(description),
            content_from: None,
        });
        return;
    }
    let Some((name, person)) = resolve(view, d, phrase) else { return };
    // "The United States has informed allies that it believes", "Simmons
    // said Wednesday he believes": one act, cited once.
    let reported = |f: &Frame| f.last < phrase.head && phrase.head - f.last <= 4;
    if view.is_pronoun(phrase.head) && out.iter().any(|f| reported(f) && f.source.as_deref() == Some(name.as_str())) {
        return;
    }
    d.remember_source(view.word(phrase.first).bytes.start, &name, person);
    out.push(Frame {
        first,
        last,
        source_last: phrase.last,
        kind: CueKind::Attribution,
        source: Some(name),
        content_from: None,
    });
}

/// Whether the words after a verb give what was said. "Warn" and "caution"
/// also take a person and what they should not do ("cautioned Iran against
/// supplying", "warned them not to"), which reports no claim; "expressed"
/// and "reiterated" report one only with a clause ("expressed concern
/// that").
fn gives_content(view: &SentenceView, verb: usize) -> bool {
    let ahead = || {
        let mut j = verb;
        std::iter::from_fn(move || {
            j = view.next(j).filter(|&n| view.word(n).shape != Shape::Break)?;
            Some(j)
        })
        .take(5)
    };
    if view.is_any(verb, &["warned", "warn", "warns", "cautioned", "cautions", "warning"]) {
        return !view.next_is_any(verb, &["against"]) && !ahead().any(|j| view.is_any(j, &["against", "to"]));
    }
    if view.word(verb).in_class(view.classes.content_verb) {
        // "reported on", "first reported" (a scoop), and '…, the Journal
        // reported.' after what it said.
        let ends = view.next(verb).is_none_or(|n| view.word(n).shape == Shape::Break || view.is(n, "on"))
            || view.prev_is_any(verb, &["first"]);
        return ends || ahead().any(|j| view.is(j, "that"));
    }
    true
}

fn topic_only(view: &SentenceView, verb: usize) -> bool {
    view.is_any(verb, &["warned", "warn", "warns", "cautioned"]) && view.next_is_any(verb, &["of", "about"])
}

/// "…, saying", "… but said", "…, adding": the source is the sentence's
/// subject, named before in the sentence. Only a named subject makes one: an
/// unnamed one is already a cue.
fn continues(view: &SentenceView, d: &mut Discourse, verb: usize, out: &mut Vec<Frame>) {
    let source = out.iter().rev().find(|f| f.last < verb).map(|f| (f.kind, f.source.clone()));
    let source = match source {
        Some((CueKind::Attribution, source)) => source,
        Some(_) => None,
        None => sentence_subject(view, verb).and_then(|p| resolve(view, d, p)).map(|(name, person)| {
            d.remember_source(view.word(verb).bytes.start, &name, person);
            name
        }),
    };
    if let Some(source) = source {
        out.push(Frame {
            first: verb,
            last: verb,
            source_last: verb,
            kind: CueKind::Attribution,
            source: Some(source),
            content_from: None,
        });
    }
}
