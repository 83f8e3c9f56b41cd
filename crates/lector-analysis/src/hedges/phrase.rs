//! Noun phrases around a verb, as the attribution finder reads them: the
//! subject before it ("National Security Council spokesman Sean Savett"),
//! the source after it ("said two people familiar with the matter",
//! "according to a statement from Iran's mission to the United Nations"), the
//! subject that opens a sentence.

use super::sentence_view::SentenceView;
use super::words::Shape;

/// A noun phrase over words `first..=last`; `head` is the word that says what
/// it is ("officials" in "U.S. officials", "mission" in "Iran's mission to
/// the United Nations").
#[derive(Clone, Copy, Debug)]
pub(crate) struct Phrase {
    pub first: usize,
    pub head: usize,
    pub last: usize,
}

pub(crate) fn is_preposition(view: &SentenceView, j: usize) -> bool {
    view.is_any(j, &["of", "for", "at", "in", "to", "from", "with", "on", "by", "and"])
}

/// The noun phrase ending at word `last`, walking left.
pub(crate) fn phrase_before(view: &SentenceView, last: usize) -> Option<Phrase> {
    let c = view.classes;
    let w = view.word(last);
    if !w.is_word() || w.in_class(c.clause_word) && !w.in_class(c.determiner) || w.in_class(c.auxiliary) {
        return None;
    }
    if view.is_pronoun(last) {
        return Some(Phrase { first: last, head: last, last });
    }
    let mut first = last;
    let mut head = last;
    let mut taken = 1;
    while let Some(p) = view.prev(first) {
        let pw = view.word(p);
        if taken == 8 || pw.shape == Shape::Break {
            break;
        }
        // "Iran's mission to the United Nations": a body named by what it is
        // to another; the body is the head.
        let body = view
            .is(p, "the")
            .then(|| view.prev(p))
            .flatten()
            .filter(|&q| view.is_any(q, &["to", "of", "for"]))
            .and_then(|q| view.prev(q))
            .filter(|&r| view.lowered(r) && view.word(r).in_class(c.institution_noun));
        if let Some(r) = body.filter(|_| head == last && view.word(last).shape == Shape::Capital) {
            first = r;
            head = r;
            taken += 3;
            continue;
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
            || view.is_pronoun(p)
            || view.lowered(p) && pw.in_class(c.attributing_verb)
        {
            break;
        }
        first = p;
        taken += 1;
    }
    Some(Phrase { first, head, last })
}

/// The noun phrase starting at word `first`, walking right: "two people",
/// "the White House", "Iran's mission to the United Nations", and through
/// "a statement from X" to X.
pub(crate) fn phrase_after(view: &SentenceView, first: usize) -> Option<Phrase> {
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
            // "Office of Management and Budget": "and" or "of" between
            // capitals stays inside the name.
            let mut k = next_name.unwrap_or(j);
            while let Some(n) = view.next(k) {
                if view.word(n).shape == Shape::Capital {
                    k = n;
                    continue;
                }
                match view.next(n) {
                    Some(m) if view.is_any(n, &["and", "of"]) && view.word(m).shape == Shape::Capital => k = m,
                    _ => break,
                }
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

/// The noun phrase a subject starts with: names, determiners and the nouns
/// of sources ("The White House", "the company", "Sen. Marcus Bell of
/// Ohio"), up to the first other word ("declined").
pub(crate) fn noun_phrase_at(view: &SentenceView, first: usize) -> Option<Phrase> {
    let c = view.classes;
    const POSSESSIVES: &[&str] = &["her", "his", "its", "their", "our"];
    if view.is_pronoun(first) && !view.is_any(first, POSSESSIVES) {
        return Some(Phrase { first, head: first, last: first });
    }
    let nouns = [c.determiner, c.role_noun, c.institution_noun, c.anonymous_noun, c.document_noun];
    let mut head = None;
    let mut j = first;
    loop {
        let w = view.word(j);
        let joins = view.is_any(j, &["of", "'s", "\u{2019}s"]) && head.is_some() || view.is_any(j, POSSESSIVES);
        if !(w.shape == Shape::Capital || nouns.iter().any(|&k| w.in_class(k)) || joins) {
            break;
        }
        if w.is_word() && !w.in_class(c.determiner) && !joins {
            head = Some(j);
        }
        match view.next(j) {
            Some(n) => j = n,
            None => break,
        }
    }
    head.map(|head| Phrase { first, head, last: head })
}
