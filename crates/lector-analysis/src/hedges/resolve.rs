//! Who a source phrase stands for, named as a reader would: the name in it
//! made full ("Kirby" → "John Kirby"), or what a pronoun, a title or "the
//! company" points back to in the article ([`Discourse`]).

use super::discourse::Discourse;
use super::phrase::{noun_phrase_at, Phrase};
use super::sentence_view::SentenceView;
use super::source_name::name_in;
use super::words::Shape;

/// The named source a phrase stands for, as the reader would name it, and
/// whether it is a person: a name in the phrase (a bare surname made full),
/// or what a pronoun, a title or "the company" points back to.
pub(crate) fn resolve(view: &SentenceView, d: &Discourse, phrase: Phrase) -> Option<(String, bool)> {
    let c = view.classes;
    let head = view.word(phrase.head);
    let at = view.word(phrase.first).bytes.start;
    if view.is_pronoun(phrase.head) {
        if head.in_class(c.person_pronoun) {
            return d.person_before(at).map(|p| (p.to_string(), true));
        }
        // "The European Union and Britain have sanctioned vessels they say
        // belong to the fleet": the sentence's subject, else the body cited
        // last.
        if view.is(phrase.head, "they") {
            let subject = sentence_subject(view, phrase.first).filter(|s| !view.is_pronoun(s.head));
            if let Some(body) = subject.and_then(|s| resolve(view, d, s)).filter(|(_, person)| !person) {
                return Some(body);
            }
            return d.organization_cited_last().map(|o| (o.to_string(), false));
        }
        // "The United States has informed allies that it believes": "it" is
        // the body that opens the sentence.
        if view.is(phrase.head, "it") {
            let subject = sentence_subject(view, phrase.first).filter(|s| !view.is_pronoun(s.head));
            if let Some(body) = subject.and_then(|s| resolve(view, d, s)).filter(|(_, person)| !person) {
                return Some(body);
            }
            return d.organization_cited_last().map(|o| (o.to_string(), false));
        }
        return None;
    }
    if let Some((written, person)) = name_in(view, phrase) {
        let name = d.full_name(&written);
        let person = person || name != written;
        return Some((name, person));
    }
    // "Prosecutors said", "police said": a body named by what it does.
    if head.in_class(c.collective_source) {
        return Some((view.surface(phrase.head).to_lowercase(), false));
    }
    // "the spokesman", "the minister", "the company", "the alliance": the one
    // the article named so.
    let definite = (phrase.first..phrase.head).any(|j| view.is(j, "the"));
    if !definite || head.shape != Shape::Lower {
        return None;
    }
    let word = view.surface(phrase.head);
    // "The statement asserts": the statement of the source named last (an
    // indictment or a study is no statement of theirs).
    if view.is_any(phrase.head, &["statement", "letter", "post", "release", "memo"]) {
        return d.named_last().map(|(n, p)| (n.to_string(), p));
    }
    if head.in_class(c.role_noun) {
        return d.role_holder(word, at).map(|p| (p.to_string(), true));
    }
    d.organization_for(word, at).map(|o| (d.full_name(o), false))
}

/// The subject that opens a sentence, or the name in an appositive after it
/// ("Her counterpart, Sen. Marcus Bell of Ohio, struck a more cautious note").
pub(crate) fn sentence_subject(view: &SentenceView, before: usize) -> Option<Phrase> {
    let mut first = view.range.clone().find(|&j| view.word(j).is_word())?;
    // A dateline ("SAN FRANCISCO —", "WASHINGTON (AP) —") is no subject.
    let dash = view.range.clone().take(8).find(|&j| view.surface(j).starts_with(['\u{2014}', '\u{2013}']));
    if let Some(dash) = dash.filter(|&d| (first..d).all(|j| !view.surface(j).chars().any(char::is_lowercase))) {
        first = view.next(dash)?;
    }
    let phrase = noun_phrase_at(view, first).filter(|p| p.last < before)?;
    if name_in(view, phrase).is_some() || view.is_pronoun(phrase.head) {
        return Some(phrase);
    }
    // "Her Republican counterpart, Sen. Marcus Bell of Ohio,": the comma
    // may come a few words after the phrase.
    let mut comma = view.next(phrase.last)?;
    for _ in 0..3 {
        if view.word(comma).shape == Shape::Break {
            break;
        }
        comma = view.next(comma)?;
    }
    let comma = Some(comma).filter(|&n| view.is(n, ","))?;
    let appositive = view.next(comma).and_then(|n| noun_phrase_at(view, n)).filter(|p| p.last < before);
    appositive.filter(|&p| name_in(view, p).is_some()).or(Some(phrase))
}
