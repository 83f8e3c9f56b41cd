//! Who an attributed claim names: the name in a source phrase ("Sean Savett"
//! in "National Security Council spokesman Sean Savett", "Iran's mission to
//! the United Nations"), titles dropped; and how an unnamed source is
//! described ("two people familiar with the matter").
//!
//! Entity mentions decide where the recognizer found some (a person first);
//! otherwise capitalized runs do, with a check that a capital at the start of
//! a sentence ("Police said") is not taken for a name.

use super::phrase::Phrase;
use super::sentence_view::SentenceView;
use super::words::Shape;
use crate::ner::EntityLabel;

/// The name a phrase cites and whether it is a person's.
pub(crate) fn name_in(view: &SentenceView, phrase: Phrase) -> Option<(String, bool)> {
    let c = view.classes;
    let range = phrase.first..phrase.last + 1;
    let (start, end) = (view.word(phrase.first).bytes.start, view.word(phrase.last).bytes.end);
    let inside = |m: &&crate::ner::Mention| m.bytes.start >= start && m.bytes.end <= end;
    let person =
        range.clone().rev().find_map(|j| view.mention_at(j).filter(|m| m.label == EntityLabel::Per && inside(m)));
    if let Some(m) = person {
        return Some((clean(&view.text[m.bytes.clone()]).to_string(), true));
    }
    // The run of capitalized words nearest the head ("Sean Savett" in
    // "National Security Council spokesman Sean Savett"), joined across "of",
    // "the" and "'s" inside a name.
    let run_end = range
        .clone()
        .rev()
        .find(|&j| j <= phrase.head.max(phrase.first) && is_name_word(view, j))
        .or_else(|| range.clone().rev().find(|&j| is_name_word(view, j)))?;
    let mut run_start = run_end;
    while let Some(p) = view.prev(run_start).filter(|&p| p >= phrase.first) {
        let joins = view.is_any(p, &["of", "the", "for", "and"])
            && view.prev(p).is_some_and(|q| q >= phrase.first && is_name_word(view, q));
        if !is_name_word(view, p) && !joins {
            break;
        }
        run_start = p;
    }
    let mut run_last = run_end;
    while let Some(n) = view.next(run_last).filter(|&n| n <= phrase.last) {
        let joins = view.is_any(n, &["of", "the", "for", "'s", "and"])
            && view.next(n).is_some_and(|m| m <= phrase.last && is_name_word(view, m));
        if is_name_word(view, n) || joins {
            run_last = n;
        } else {
            break;
        }
    }
    let written_start = run_start;
    let (mut run_start, run_last) = without_titles(view, run_start, run_last)?;
    // "Sheriff Dale Pruitt": a title makes the rest a person's name, whatever
    // the recognizer took the whole run for.
    let titled = run_start != written_start;
    // "Russia's Defense Ministry": a body is named with whose it is (a
    // person, "Iraq's Aziz", is not).
    if (run_start..=run_last).any(|j| view.word(j).in_class(c.organization_word)) {
        let owner = view
            .prev(run_start)
            .filter(|&s| s >= phrase.first && view.is_any(s, &["'s", "s"]))
            .and_then(|s| view.prev(s))
            .filter(|&q| q >= phrase.first && is_name_word(view, q));
        if let Some(owner) = owner {
            run_start = owner;
        }
    }
    // "A British intelligence assessment said": the name only describes the
    // head; it cites someone only when the head is the name or an office,
    // institution or document of it.
    let head = view.word(phrase.head);
    let head_is_name = phrase.head >= run_start && phrase.head <= run_last;
    if !head_is_name && ![c.role_noun, c.institution_noun, c.document_noun].iter().any(|&k| head.in_class(k)) {
        return None;
    }
    // A nationality alone names no one ("a British intelligence assessment"),
    // except with the body it qualifies ("the Democratic administration",
    // "the Iranian government"); a name with "Organization" or "Council" in
    // it is a body whatever the recognizer called it.
    let body = head.shape == Shape::Lower && head.in_class(c.institution_noun) && phrase.head > run_last
        || (run_start..=run_last).any(|j| view.word(j).in_class(c.organization_word));
    if !body && (run_start..=run_last).all(|j| view.mention_at(j).is_some_and(|m| m.label == EntityLabel::Misc)) {
        return None;
    }
    if run_start == run_last && !single_word_is_name(view, run_start) {
        return None;
    }
    let (from, to) = if head.shape == Shape::Lower && head.in_class(c.institution_noun) && phrase.head > run_last {
        // "Iran's foreign ministry", "Iran's mission to the United Nations".
        (run_start, phrase.last)
    } else {
        (run_start, run_last)
    };
    let text = &view.text[view.word(from).bytes.start..view.word(to).bytes.end];
    let words = (run_start..=run_last).filter(|&j| view.word(j).shape == Shape::Capital).count();
    let organization = (run_start..=run_last).any(|j| view.word(j).in_class(c.organization_word))
        || (run_start..=run_last).any(|j| is_acronym(view, j))
        || (from, to) != (run_start, run_last);
    let mentioned_org = (run_start..=run_last).any(|j| view.mention_at(j).is_some_and(|m| m.label != EntityLabel::Per));
    let person = !organization && (titled || !mentioned_org) && (2..=4).contains(&words);
    Some((clean(text).to_string(), person))
}

/// How an unnamed source is described: the phrase with what says how it
/// knows ("two people familiar with the matter", "U.S. officials"), without
/// "the", lower-cased where only the sentence start capitalized it.
pub(crate) fn describe(view: &SentenceView, phrase: Phrase) -> String {
    let c = view.classes;
    let mut first = phrase.first;
    while first < phrase.head && view.is_any(first, &["the", "a", "an", "citing", "quoting", "cited", "quoted"]) {
        first += 1;
    }
    let mut last = phrase.last.max(phrase.head);
    let postmodifier = view
        .next(last)
        .filter(|&n| view.word(n).in_class(c.source_postmodifier) && !view.is_any(n, &["who", "with", "speaking"]));
    if let Some(mut k) = postmodifier {
        let mut taken = 0;
        while let Some(m) = view.next(k) {
            let w = view.word(m);
            if taken == 5
                || w.shape == Shape::Break
                || w.in_class(c.clause_word)
                || w.in_class(c.auxiliary)
                || view.lowered(m) && w.in_class(c.attributing_verb)
            {
                break;
            }
            k = m;
            taken += 1;
        }
        last = k;
    }
    let text = &view.text[view.word(first).bytes.start..view.word(last).bytes.end];
    let w = view.word(first);
    let only_capital = !view.surface(first).chars().skip(1).any(char::is_uppercase);
    let common = w.in_class(c.determiner) || w.in_class(c.anonymous_noun) || view.title_case;
    if w.shape == Shape::Capital && only_capital && common && (view.is_first_word(first) || view.title_case) {
        let mut chars = text.chars();
        let initial = chars.next().map(|ch| ch.to_lowercase().to_string()).unwrap_or_default();
        return initial + chars.as_str();
    }
    text.to_string()
}

/// A name without the titles written before it: "Defense Minister Rustem
/// Umerov" → "Rustem Umerov", "Secretary of State Antony Blinken" → "Antony
/// Blinken"; a run that is only an office and its institution ("White House
/// Press Secretary") keeps the institution.
fn without_titles(view: &SentenceView, start: usize, last: usize) -> Option<(usize, usize)> {
    let is_title = |j: usize| {
        let s = view.surface(j);
        view.word(j).in_class(view.classes.role_noun)
            || s.ends_with('.') && s.len() <= 5 && !s[..s.len() - 1].contains('.')
    };
    let Some(title) = (start..=last).rev().find(|&j| is_title(j)) else { return Some((start, last)) };
    let mut after = view.next(title).filter(|&n| n <= last);
    if let Some(of) = after.filter(|&n| view.is(n, "of")) {
        after = view.next(of).and_then(|state| view.next(state)).filter(|&n| n <= last);
    }
    match after {
        Some(name) => Some((name, last)),
        None => {
            let office = (start..=last).find(|&j| is_title(j))?;
            let institution_last = view.prev(office).filter(|&p| p >= start)?;
            Some((start, institution_last))
        }
    }
}

fn is_name_word(view: &SentenceView, j: usize) -> bool {
    let w = view.word(j);
    w.shape == Shape::Capital
        && !w.in_class(view.classes.determiner)
        && !view.is_pronoun(j)
        && !w.in_class(view.classes.time_word)
}

fn is_acronym(view: &SentenceView, j: usize) -> bool {
    let s = view.surface(j);
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && s.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
}

/// Whether one capitalized word is a name: it is, unless it is a common word
/// capitalized only because it opens the sentence ("Police said").
fn single_word_is_name(view: &SentenceView, j: usize) -> bool {
    let c = view.classes;
    let w = view.word(j);
    if view.mention_at(j).is_some() || is_acronym(view, j) {
        return true;
    }
    if [c.anonymous_noun, c.institution_noun, c.role_noun, c.clause_word, c.auxiliary, c.attributing_verb]
        .iter()
        .any(|&k| w.in_class(k))
    {
        return false;
    }
    if !view.is_first_word(j) {
        return true;
    }
    // At the start of a sentence any word has a capital: it is a name if the
    // text also capitalizes it inside a sentence ("Kirby" after "John Kirby").
    view.capitalized_inside.contains(view.surface(j))
}

/// A source as shown to the reader: without a leading "the" or a trailing
/// possessive.
pub(crate) fn clean(name: &str) -> &str {
    let name = name.trim();
    let name = name.strip_prefix("the ").or_else(|| name.strip_prefix("The ")).unwrap_or(name);
    name.trim_end_matches("'s").trim_end_matches("\u{2019}s").trim()
}
