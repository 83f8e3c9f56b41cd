//! Matches the lexicon's cue patterns against one sentence's words.
//!
//! Each word starts only the patterns indexed under its id, so the work per
//! word is one table read when nothing matches. A pattern is a short sequence
//! of steps; optional steps and gaps are tried by backtracking, which stays
//! cheap because patterns are a few steps long and gaps a few words wide.

use super::judgement;
use super::lexicon::{Element, Lexicon, Pattern, Step, UNKNOWN};
use super::sentence_view::SentenceView;
use super::words::{Shape, Word};

/// A pattern matched over words `first..=last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Match {
    pub pattern: usize,
    pub first: usize,
    pub last: usize,
}

/// Every accepted match in the sentence, in order of first word.
pub(crate) fn find(lexicon: &Lexicon, view: &SentenceView, out: &mut Vec<Match>) {
    for i in view.range.clone() {
        let id = view.word(i).id;
        if id == UNKNOWN {
            continue;
        }
        for &p in lexicon.starting_with(id) {
            let pattern = &lexicon.patterns[p as usize];
            let Some(end) = match_steps(&pattern.steps[1..], view.words, i + 1, view.range.end) else { continue };
            let m = Match { pattern: p as usize, first: i, last: end - 1 };
            if accepted(pattern, view, m) {
                out.push(m);
            }
        }
    }
}

/// The position after the last word consumed when `steps` match from `pos`,
/// trying to take optional steps first and gaps shortest first.
fn match_steps(steps: &[Step], words: &[Word], pos: usize, end: usize) -> Option<usize> {
    let Some((step, rest)) = steps.split_first() else { return Some(pos) };
    match &step.element {
        Element::Gap(n) => {
            let mut at = pos;
            let mut taken = 0;
            loop {
                if let Some(found) = match_steps(rest, words, at, end) {
                    return Some(found);
                }
                // Widen the gap by one word, passing minor punctuation for free.
                while at < end && words[at].shape == Shape::Minor {
                    at += 1;
                }
                if taken == *n || at >= end || words[at].shape == Shape::Break {
                    return None;
                }
                at += 1;
                taken += 1;
            }
        }
        _ => {
            if pos < end && step_matches(step, &words[pos]) {
                if let Some(found) = match_steps(rest, words, pos + 1, end) {
                    return Some(found);
                }
            }
            if step.optional {
                match_steps(rest, words, pos, end)
            } else {
                None
            }
        }
    }
}

fn step_matches(step: &Step, word: &Word) -> bool {
    match &step.element {
        Element::Words(ids) => word.id != UNKNOWN && ids.contains(&word.id),
        Element::Class(c) => word.in_class(*c),
        Element::Gap(_) => false,
    }
}

/// The pattern's options and judgement, applied to a match.
fn accepted(pattern: &Pattern, view: &SentenceView, m: Match) -> bool {
    if !pattern.not_after.is_empty() && view.prev(m.first).is_some_and(|j| pattern.not_after.contains(&view.word(j).id))
    {
        return false;
    }
    if !pattern.not_before.is_empty()
        && view.next(m.last).is_some_and(|j| pattern.not_before.contains(&view.word(j).id))
    {
        return false;
    }
    if pattern.not_negated && view.negated(m.first) {
        return false;
    }
    pattern.judge.is_none_or(|judge| judgement::holds(judge, view, m.first))
}
