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
                // Minor punctuation passes for free ("not-so-clear").
                while at < end && words[at].shape == Shape::Minor {
                    at += 1;
                }
                if let Some(found) = match_steps(rest, words, at, end) {
                    return Some(found);
                }
                // Widen the gap by one word.
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

/// Table-driven tests of the pattern language documented at the top of
/// `lexicons/cues.txt`, each feature on its own small lexicon so that a case
/// shows exactly what one pattern matches. Sentences are written for these
/// tests.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::hedges::sentence_view::Classes;
    use crate::hedges::words;
    use crate::{sentences, tokenize};

    /// The classes the code resolves by name: the negation words that
    /// `not-negated` looks for, and the others left empty so that a test
    /// lexicon holds only its own patterns.
    const CLASSES: &str = "@negation = not n't never no nor neither without nobody none
        @auxiliary =
        @determiner =
        @clause_word =
        @anonymous_noun =
        @attributing_verb =
        @inverted_verb =
        @person_pronoun =
        @pronoun =
        @role_noun =
        @institution_noun =
        @organization_word =
        @document_noun =
        @source_postmodifier =
        @time_word =
        @insurance_word =
        @reporting_verb =
        @content_verb =
        @collective_source =";

    /// One case: the lexicon lines, a text, and the words each match covers,
    /// in order, sentence by sentence as `find_cues` runs the matcher.
    type Case = (&'static str, &'static str, &'static [&'static str]);

    fn matches(patterns: &str, text: &str) -> Vec<String> {
        let lexicon =
            Lexicon::parse(&[("classes", CLASSES), ("test", patterns)]).unwrap_or_else(|e| panic!("{patterns:?}: {e}"));
        let classes = Classes::resolve(&lexicon).unwrap();
        let tokens = tokenize::tokenize(text);
        let words = words::words(text, &tokens, &lexicon);
        let mut out = Vec::new();
        for sentence in sentences::split(text) {
            let view = SentenceView {
                text,
                words: &words,
                range: words::sentence_words(&words, &sentence),
                classes: &classes,
                mentions: &[],
                title_case: false,
                insurance_nearby: false,
                capitalized_inside: &Default::default(),
            };
            let mut found = Vec::new();
            find(&lexicon, &view, &mut found);
            out.extend(found.iter().map(|m| text[words[m.first].bytes.start..words[m.last].bytes.end].to_string()));
        }
        out
    }

    fn run(cases: &[Case]) {
        let mut failures = Vec::new();
        for &(patterns, text, want) in cases {
            let got = matches(patterns, text);
            if got != want {
                failures.push(format!("{patterns:?} on {text:?}\n   got  {got:?}\n   want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
    }

    const WORDS: &[Case] = &[
        ("denial: deny", "The council will deny the permit.", &["deny"]),
        ("denial: deny", "The council will DENY the permit.", &["DENY"]),
        // Without "~" only the word as written matches.
        ("denial: deny", "The council denied the permit.", &[]),
        ("uncertainty: belief that", "The belief that prices will fall is widespread.", &["belief that"]),
        ("uncertainty: belief that", "Her belief in the plan never wavered.", &[]),
        // Curly and straight apostrophes alike.
        // "isn't" is two tokens, "is" and "n't", with either apostrophe.
        ("uncertainty: is n't sure", "The coach isn\u{2019}t sure.", &["isn\u{2019}t sure"]),
        ("uncertainty: is n\u{2019}t sure", "The coach isn't sure.", &["isn't sure"]),
        // Every match is reported, overlapping ones too: choosing is merge's job.
        ("uncertainty: likely\nuncertainty: likely to", "Rain is likely to fall.", &["likely", "likely to"]),
        ("uncertainty: likely", "Rain is likely, and snow likely too.", &["likely", "likely"]),
    ];

    const VERB_FORMS: &[Case] = &[
        ("denial: deny~", "Both parties deny any wrongdoing.", &["deny"]),
        ("denial: deny~", "The company denies the report.", &["denies"]),
        ("denial: deny~", "The mayor denied it.", &["denied"]),
        ("denial: deny~", "She kept denying it.", &["denying"]),
        ("denial: deny~", "Denied, the request went back to the board.", &["Denied"]),
        // A noun of the same root is not a verb form.
        ("denial: deny~", "The denial came late.", &[]),
        ("allegation: accuse~", "Rivals accused the minister, and still accuse him.", &["accused", "accuse"]),
        ("allegation: accuse~", "Rivals are accusing the minister.", &["accusing"]),
        ("allegation: point~ fingers", "Everyone points fingers.", &["points fingers"]),
        ("allegation: point~ fingers", "Everyone pointed fingers.", &["pointed fingers"]),
        ("allegation: point~ fingers", "The pointer fingers were sore.", &[]),
        // A verb form inside a pattern, not only at its start.
        ("uncertainty: is|are widely believe~", "The story is widely believed.", &["is widely believed"]),
    ];

    const ALTERNATIVES: &[Case] = &[
        ("uncertainty: unclear|uncertain", "The outcome is unclear.", &["unclear"]),
        ("uncertainty: unclear|uncertain", "The outcome is uncertain.", &["uncertain"]),
        ("uncertainty: unclear|uncertain", "The outcome is clear.", &[]),
        // Alternatives at any step, and each alternative a verb form.
        ("uncertainty: is|was feared dead|missing", "One climber was feared missing.", &["was feared missing"]),
        ("uncertainty: is|was feared dead|missing", "One climber was feared lost.", &[]),
        ("uncertainty: rumor~|speculate~", "Fans speculated for weeks.", &["speculated"]),
    ];

    const CLASSES_IN_PATTERNS: &[Case] = &[
        (
            "@source = official officials aide aides\nanonymous_source: @source said",
            "Aides said it was over.",
            &["Aides said"],
        ),
        (
            "@source = official officials aide aides\nanonymous_source: @source said",
            "An official said so.",
            &["official said"],
        ),
        ("@source = official officials aide aides\nanonymous_source: @source said", "The officer said so.", &[]),
        // A class inside a pattern, and a class as its first element.
        (
            "@source = officials aides\n@secret = unnamed anonymous\nanonymous_source: @secret @source",
            "Unnamed aides and anonymous officials spoke.",
            &["Unnamed aides", "anonymous officials"],
        ),
        // A class holds verb forms too.
        ("@talk = speak~\nanonymous_source: @talk anonymously", "Two guards spoke anonymously.", &[]),
        (
            "@talk = speak~\nanonymous_source: @talk anonymously",
            "Two guards speaking anonymously.",
            &["speaking anonymously"],
        ),
    ];

    const OPTIONAL_WORDS: &[Case] = &[
        ("allegation: point~ the? finger", "Critics pointed the finger at the board.", &["pointed the finger"]),
        ("allegation: point~ the? finger", "Critics pointed finger after finger.", &["pointed finger"]),
        // An optional word stands for itself only: another word in its place fails.
        ("allegation: point~ the? finger", "Critics pointed a finger at the board.", &[]),
        // Taken when present, also as the last element.
        ("uncertainty: remain~ unclear?", "The motive remains unclear.", &["remains unclear"]),
        ("uncertainty: remain~ unclear?", "The motive remains a mystery.", &["remains"]),
        // Several optional words in a row.
        ("anonymous_source: asked not? to be named", "She asked to be named.", &["asked to be named"]),
        ("anonymous_source: asked not? to be named", "She asked not to be named.", &["asked not to be named"]),
        (
            "anonymous_source: on the? condition of anonymity",
            "He spoke on condition of anonymity.",
            &["on condition of anonymity"],
        ),
    ];

    const GAPS: &[Case] = &[
        ("uncertainty: not ...1 clear", "It is not clear why.", &["not clear"]),
        ("uncertainty: not ...1 clear", "It is not yet clear why.", &["not yet clear"]),
        ("uncertainty: not ...1 clear", "It is not at all clear why.", &[]),
        ("uncertainty: not ...2 clear", "It is not at all clear why.", &["not at all clear"]),
        // The shortest gap wins.
        ("uncertainty: not ...5 clear", "It is not clear if the road is clear.", &["not clear"]),
        // Minor punctuation inside a phrase is passed for free, before the
        // next element as well as before a word of the gap.
        ("uncertainty: not ...1 clear", "It was not-quite clear.", &["not-quite clear"]),
        ("uncertainty: not ...1 clear", "It was not crystal-clear who fired.", &["not crystal-clear"]),
        ("uncertainty: not ...2 clear", "It was not the officials' clear aim.", &["not the officials' clear"]),
        // A gap does not cross a comma, a quote, a bracket, a dash or a colon...
        ("uncertainty: not ...3 clear", "She did not say it was clear.", &["not say it was clear"]),
        ("uncertainty: not ...3 clear", "She did not say, but it was clear.", &[]),
        ("uncertainty: not ...2 clear", "He did not say \"clear\" once.", &[]),
        ("uncertainty: not ...2 clear", "He did not say \u{201C}clear\u{201D} once.", &[]),
        ("uncertainty: not ...2 clear", "He did not say clear once.", &["not say clear"]),
        ("uncertainty: not ...2 clear", "He did not say 'clear' once.", &[]),
        ("uncertainty: not ...4 clear", "He did not say 'it was clear' once.", &[]),
        ("uncertainty: not ...2 clear", "He did not say \u{2018}clear\u{2019} once.", &[]),
        ("uncertainty: not ...4 clear", "He did not say \u{2019}it was clear\u{2019} once.", &[]),
        ("uncertainty: not ...2 clear", "It is not (yet) clear.", &[]),
        ("uncertainty: not ...2 clear", "It is not \u{2014} yet \u{2014} clear.", &[]),
        ("uncertainty: not ...2 clear", "It is not -- yet -- clear.", &[]),
        ("uncertainty: not ...2 clear", "It is not - yet - clear.", &[]),
        ("uncertainty: not ...2 clear", "The goal is not this: clear roads.", &[]),
        // ...nor the end of the sentence.
        ("uncertainty: not ...3 clear", "She did not. Clear skies followed.", &[]),
        ("uncertainty: not ...3 clear", "She did not see clear skies.", &["not see clear"]),
        // A gap of any width before a class or an alternative.
        (
            "@verify = confirm verify\nuncertainty: not ...2 @verify",
            "Police would not immediately confirm it.",
            &["not immediately confirm"],
        ),
        ("uncertainty: yet to ...1 confirm|verify", "The club has yet to verify the report.", &["yet to verify"]),
    ];

    const NOT_AFTER: &[Case] = &[
        ("uncertainty: possible ; not-after everything best", "A strike is possible next week.", &["possible"]),
        ("uncertainty: possible ; not-after everything best", "Crews are doing everything possible.", &[]),
        ("uncertainty: possible ; not-after everything best", "It was the best possible outcome.", &[]),
        // Only the word right before the match counts, in any case.
        ("uncertainty: possible ; not-after everything best", "Everything that was possible was tried.", &["possible"]),
        ("uncertainty: possible ; not-after everything best", "EVERYTHING POSSIBLE was done.", &[]),
        // A first word of the sentence has no word before it.
        ("uncertainty: possible ; not-after everything best", "Possible delays were announced.", &["Possible"]),
        // The word before the whole match, not before a later element.
        ("uncertainty: cast doubt ; not-after never", "They never cast doubt on it.", &[]),
        ("uncertainty: cast doubt ; not-after never", "Critics cast doubt on it.", &["cast doubt"]),
    ];

    const NOT_BEFORE: &[Case] = &[
        ("uncertainty: likely ; not-before voters", "The likely winner spoke.", &["likely"]),
        ("uncertainty: likely ; not-before voters", "The poll reached 800 likely voters.", &[]),
        ("uncertainty: likely ; not-before voters", "The poll reached 800 likely Voters.", &[]),
        // The last word of a sentence has nothing after it.
        ("uncertainty: likely ; not-before voters", "A delay is likely.", &["likely"]),
        ("uncertainty: believe~ ; not-before in", "Fans believe in the coach.", &[]),
        ("uncertainty: believe~ ; not-before in", "Fans believe the coach.", &["believe"]),
        // The word after the whole match counts, not the one after its first word.
        ("uncertainty: not ...1 clear ; not-before yet", "It is not yet clear.", &["not yet clear"]),
        ("uncertainty: not ...1 clear ; not-before yet", "It is not clear yet.", &[]),
        ("uncertainty: appear~ to ; not-before in", "The mayor appeared to relent.", &["appeared to"]),
        ("uncertainty: appear~ ; not-before in on", "The mayor appeared on television.", &[]),
        // Both options on one pattern.
        ("uncertainty: possible ; not-after everything ; not-before to", "Everything possible was done.", &[]),
        ("uncertainty: possible ; not-after everything ; not-before to", "It is possible to win.", &[]),
        ("uncertainty: possible ; not-after everything ; not-before to", "A win is possible.", &["possible"]),
    ];

    const NOT_NEGATED: &[Case] = &[
        ("denial: deny~ ; not-negated", "The ministry denied the report.", &["denied"]),
        ("denial: deny~ ; not-negated", "The ministry did not deny the report.", &[]),
        ("denial: deny~ ; not-negated", "The ministry didn't deny the report.", &[]),
        ("denial: deny~ ; not-negated", "The ministry didn\u{2019}t deny the report.", &[]),
        ("denial: deny~ ; not-negated", "The ministry has never denied the report.", &[]),
        // Up to three words before the match...
        ("denial: deny~ ; not-negated", "The ministry did not publicly or formally deny it.", &["deny"]),
        ("denial: deny~ ; not-negated", "The ministry did not formally deny it.", &[]),
        ("denial: deny~ ; not-negated", "The ministry did not immediately or formally deny it.", &["deny"]),
        // ...within the same clause.
        ("denial: deny~ ; not-negated", "Not long after, the ministry denied it.", &["denied"]),
        ("uncertainty: indication ; not-negated", "Police found no indication of a break-in.", &[]),
        ("uncertainty: indication ; not-negated", "Police found an indication of a break-in.", &["indication"]),
        // Without the option a negation changes nothing.
        ("denial: deny~", "The ministry did not deny the report.", &["deny"]),
    ];

    #[test]
    fn words_match_in_any_case_and_every_match_is_reported() {
        run(WORDS);
    }

    #[test]
    fn a_tilde_matches_the_four_forms_of_a_regular_verb() {
        run(VERB_FORMS);
    }

    #[test]
    fn alternatives_match_any_one_of_their_words() {
        run(ALTERNATIVES);
    }

    #[test]
    fn a_class_matches_any_of_its_words() {
        run(CLASSES_IN_PATTERNS);
    }

    #[test]
    fn optional_words_are_taken_when_present_and_skipped_when_missing() {
        run(OPTIONAL_WORDS);
    }

    #[test]
    fn gaps_stay_within_their_width_and_their_clause() {
        run(GAPS);
    }

    #[test]
    fn not_after_rejects_a_match_after_a_listed_word() {
        run(NOT_AFTER);
    }

    #[test]
    fn not_before_rejects_a_match_before_a_listed_word() {
        run(NOT_BEFORE);
    }

    #[test]
    fn not_negated_rejects_a_match_with_a_negation_shortly_before_it() {
        run(NOT_NEGATED);
    }
}
