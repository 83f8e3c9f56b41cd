//! One sentence's words with the look-arounds the judgements and the
//! attribution finder need ("the word before", "is it 'not'"), bounded by the
//! sentence so no rule reads into its neighbour.

use std::collections::HashSet;
use std::ops::Range;

use super::lexicon::{ClassId, Lexicon, LexiconError};
use super::words::{Shape, Word};
use crate::ner::Mention;
use crate::tokenize::fold;

/// The classes the code relies on, resolved once from the lexicon files.
pub(crate) struct Classes {
    pub negation: ClassId,
    pub auxiliary: ClassId,
    pub determiner: ClassId,
    pub clause_word: ClassId,
    pub anonymous_noun: ClassId,
    pub attributing_verb: ClassId,
    pub inverted_verb: ClassId,
    pub person_pronoun: ClassId,
    pub pronoun: ClassId,
    pub role_noun: ClassId,
    pub institution_noun: ClassId,
    pub organization_word: ClassId,
    pub document_noun: ClassId,
    pub source_postmodifier: ClassId,
    pub time_word: ClassId,
    pub insurance_word: ClassId,
    pub reporting_verb: ClassId,
    pub content_verb: ClassId,
    pub collective_source: ClassId,
}

impl Classes {
    pub fn resolve(lexicon: &Lexicon) -> Result<Classes, LexiconError> {
        Ok(Classes {
            negation: lexicon.class("negation")?,
            auxiliary: lexicon.class("auxiliary")?,
            determiner: lexicon.class("determiner")?,
            clause_word: lexicon.class("clause_word")?,
            anonymous_noun: lexicon.class("anonymous_noun")?,
            attributing_verb: lexicon.class("attributing_verb")?,
            inverted_verb: lexicon.class("inverted_verb")?,
            person_pronoun: lexicon.class("person_pronoun")?,
            pronoun: lexicon.class("pronoun")?,
            role_noun: lexicon.class("role_noun")?,
            institution_noun: lexicon.class("institution_noun")?,
            organization_word: lexicon.class("organization_word")?,
            document_noun: lexicon.class("document_noun")?,
            source_postmodifier: lexicon.class("source_postmodifier")?,
            time_word: lexicon.class("time_word")?,
            insurance_word: lexicon.class("insurance_word")?,
            reporting_verb: lexicon.class("reporting_verb")?,
            content_verb: lexicon.class("content_verb")?,
            collective_source: lexicon.class("collective_source")?,
        })
    }
}

pub(crate) struct SentenceView<'a> {
    pub text: &'a str,
    pub words: &'a [Word],
    /// Word indices of this sentence.
    pub range: Range<usize>,
    pub classes: &'a Classes,
    pub mentions: &'a [Mention],
    /// A headline in title case ("Storm Could Bring Rain, Forecasters Say"):
    /// a capital says nothing about names there.
    pub title_case: bool,
    /// Insurance is talked about in or near this sentence, so "claims" are
    /// most likely demands for payment.
    pub insurance_nearby: bool,
    /// Words the text capitalizes inside a sentence (after a word or a
    /// comma): names, not sentence starts ("Kirby" after "John Kirby").
    pub capitalized_inside: &'a HashSet<&'a str>,
}

/// The words of a text capitalized inside a sentence, found once per text.
pub(crate) fn capitalized_inside<'a>(text: &'a str, words: &[Word]) -> HashSet<&'a str> {
    words
        .iter()
        .filter(|w| w.shape == Shape::Capital)
        .filter(|w| {
            let before = text[..w.bytes.start].trim_end().chars().next_back();
            before.is_some_and(|c| c.is_alphanumeric() || c == ',')
        })
        .map(|w| &text[w.bytes.clone()])
        .collect()
}

impl<'a> SentenceView<'a> {
    pub fn word(&self, i: usize) -> &'a Word {
        &self.words[i]
    }

    pub fn surface(&self, i: usize) -> &'a str {
        &self.text[self.words[i].bytes.clone()]
    }

    /// Whether word `i` reads as `lowercase` (any case, curly apostrophes).
    pub fn is(&self, i: usize, lowercase: &str) -> bool {
        let mut mine = self.surface(i).chars().map(fold);
        let mut theirs = lowercase.chars();
        loop {
            match (mine.next(), theirs.next()) {
                (None, None) => return true,
                (Some(a), Some(b)) if a == b => {}
                _ => return false,
            }
        }
    }

    /// Whether word `i` is written as an ordinary word, in lower case or
    /// capitalized only by a title-case headline.
    pub fn lowered(&self, i: usize) -> bool {
        match self.words[i].shape {
            Shape::Lower => true,
            Shape::Capital => self.title_case && !self.surface(i).chars().skip(1).any(char::is_uppercase),
            _ => false,
        }
    }

    pub fn is_any(&self, i: usize, lowercase: &[&str]) -> bool {
        lowercase.iter().any(|w| self.is(i, w))
    }

    /// The previous token that is not minor punctuation, within the sentence.
    pub fn prev(&self, i: usize) -> Option<usize> {
        (self.range.start..i).rev().find(|&j| self.words[j].shape != Shape::Minor)
    }

    /// The next token that is not minor punctuation, within the sentence.
    pub fn next(&self, i: usize) -> Option<usize> {
        (i + 1..self.range.end).find(|&j| self.words[j].shape != Shape::Minor)
    }

    pub fn prev_is_any(&self, i: usize, lowercase: &[&str]) -> bool {
        self.prev(i).is_some_and(|j| self.is_any(j, lowercase))
    }

    pub fn next_is_any(&self, i: usize, lowercase: &[&str]) -> bool {
        self.next(i).is_some_and(|j| self.is_any(j, lowercase))
    }

    /// Up to `n` words before `i`, nearest first, stopping at the start of the
    /// clause (a comma, quote, bracket or dash).
    pub fn clause_before(&self, i: usize, n: usize) -> impl Iterator<Item = usize> + '_ {
        let mut j = i;
        let mut left = n;
        std::iter::from_fn(move || {
            if left == 0 {
                return None;
            }
            let k = self.prev(j)?;
            if self.words[k].shape == Shape::Break {
                return None;
            }
            left -= 1;
            j = k;
            Some(k)
        })
    }

    /// Whether a negation (the `@negation` class of `lexicons/cues.txt`:
    /// "not", "n't", "never", "no", "nobody" ...) stands within three words
    /// before `i` in the same clause.
    pub fn negated(&self, i: usize) -> bool {
        self.clause_before(i, 3).any(|j| self.words[j].in_class(self.classes.negation))
    }

    /// Whether `i` is the first word of its sentence, after any opening quote
    /// or bracket.
    pub fn is_first_word(&self, i: usize) -> bool {
        (self.range.start..i).all(|j| !self.words[j].is_word() && self.words[j].shape != Shape::Number)
    }

    /// Whether word `i` is a pronoun: "US" in capitals is a country, not "us".
    pub fn is_pronoun(&self, i: usize) -> bool {
        let s = self.surface(i);
        self.words[i].in_class(self.classes.pronoun) && !(s.len() > 1 && s.chars().all(|c| c.is_uppercase()))
    }

    /// The entity mention covering word `i`, if any.
    pub fn mention_at(&self, i: usize) -> Option<&'a Mention> {
        let bytes = &self.words[i].bytes;
        self.mentions.iter().find(|m| m.bytes.start <= bytes.start && bytes.end <= m.bytes.end)
    }
}

/// Whether a sentence is a headline in title case: nearly every longer word
/// after the first is capitalized, which running text never does, however many
/// names it holds ("Senate Majority Leader Dana Whitfield told reporters").
pub(crate) fn is_title_case(text: &str, words: &[Word]) -> bool {
    let mut capital = 0;
    let mut lower = 0;
    // Short words are left out: title case keeps "of", "with", "from" small.
    for w in words.iter().filter(|w| w.is_word()).skip(1).filter(|w| w.bytes.len() >= 5) {
        if w.shape == Shape::Capital && !text[w.bytes.clone()].chars().skip(1).any(char::is_uppercase) {
            capital += 1;
        } else if w.shape == Shape::Lower {
            lower += 1;
        }
        if lower > 1 {
            return false;
        }
    }
    capital >= 3 && capital > 4 * lower
}
