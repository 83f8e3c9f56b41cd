//! Feature extraction: for each token of a sentence, the rows of the weight
//! table that vote on its tag.
//!
//! The templates are the classic ones for CoNLL-style recognition (word,
//! lower case, shape, affixes, a two-token window, gazetteer matches), plus
//! two for fresh news: the sentence's capitalisation pattern conjoined with
//! shape (so a Title Case headline's capitals are discounted) and whether a
//! token is part of a hyphenated compound ("Iran-made", "Jean-Pierre").
//! Changing a template changes [`VERSION`]; a model trained with other
//! templates then refuses to load.

use super::document::Evidence;
use super::forms::{Case, Forms, SentenceCase};
use super::gazetteer::{Gazetteer, List, MatchMask};
use super::hashing::{combine, finish};
use super::tags::Tag;
use crate::tokenize::Token;

/// Bumped whenever a template changes meaning.
pub const VERSION: u32 = 12;

/// Feature templates: each is mixed into its features' hashes so that, say,
/// "previous word = iran" and "next word = iran" land in different rows.
#[derive(Clone, Copy)]
#[repr(u64)]
enum Template {
    Bias = 1,
    Word,
    Lower,
    LowerPrev,
    LowerNext,
    LowerPrev2,
    LowerNext2,
    BigramPrev,
    BigramNext,
    Shape,
    ShapePrev,
    ShapeNext,
    ShapePrevCur,
    ShapeCurNext,
    ShapeTrigram,
    Prefix,
    Suffix,
    FirstShape,
    SentenceShape,
    SentenceLower,
    Gazetteer,
    GazetteerCase,
    Compound,
    LowerPrevShape,
    ShapeLowerNext,
    Acronym,
    LowercaseWord,
    CapitalRun,
    Surrounding,
    DocFirstPass,
    DocAlone,
    DocHas,
    DocMajority,
    DocLowercase,
    DocInLonger,
    BeforePlace,
    RunHead,
}

/// Hashes standing in for neighbours beyond the sentence's edges.
const BEFORE_START: [u64; 2] = [0x5354_4152_5431, 0x5354_4152_5432];
const AFTER_END: [u64; 2] = [0x454e_4431, 0x454e_4432];

/// Features of one sentence: token `i`'s rows are
/// `rows[offsets[i]..offsets[i + 1]]`. Reused across sentences to avoid
/// allocating.
#[derive(Default)]
pub struct SentenceFeatures {
    pub rows: Vec<u32>,
    pub offsets: Vec<u32>,
    forms: Vec<Forms>,
    matches: Vec<MatchMask>,
    sentence: Option<SentenceCase>,
}

impl SentenceFeatures {
    pub fn token(&self, i: usize) -> &[u32] {
        &self.rows[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    #[cfg_attr(not(feature = "training"), allow(dead_code))] // lector-train uses it
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The hashed forms of the sentence's tokens.
    pub fn forms(&self) -> &[Forms] {
        &self.forms
    }

    /// Whether token `i` is, on its own, an entry of `list`.
    pub fn is_listed(&self, i: usize, list: List) -> bool {
        self.matches.get(i).is_some_and(|&m| m & (1 << (4 * list as u64 + 3)) != 0)
    }

    /// The capitalisation pattern of the sentence.
    pub fn sentence_case(&self) -> SentenceCase {
        self.sentence.unwrap_or(SentenceCase::Normal)
    }
}

pub struct Extractor<'g> {
    pub gazetteer: &'g Gazetteer,
    /// log2 of the number of rows in the weight table.
    pub bits: u32,
}

impl Extractor<'_> {
    /// Fills `out` with the features of `tokens`, one sentence of `text`.
    pub fn extract(&self, text: &str, tokens: &[Token], out: &mut SentenceFeatures) {
        out.rows.clear();
        out.offsets.clear();
        out.forms.clear();
        out.forms.extend(tokens.iter().map(|t| Forms::of(t.text(text))));
        self.gazetteer.mark(&out.forms, &mut out.matches);
        // Words in parentheses do not count: a photo credit ("(AP
        // Photo/Vahid Salemi)") or an agency tag is capitalised by
        // convention, not because its sentence is a headline.
        let mut depth = 0usize;
        let outside_parentheses = tokens.iter().zip(&out.forms).filter(|(t, _)| {
            match t.text(text) {
                "(" => depth += 1,
                ")" => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        });
        let sentence = SentenceCase::of(outside_parentheses.map(|(t, f)| (f.case, t.text(text).chars().count())));
        out.sentence = Some(sentence);
        let forms = &out.forms;
        let n = forms.len();
        let lower = |i: isize, side: usize| -> u64 {
            if i < 0 {
                BEFORE_START[side]
            } else if i as usize >= n {
                AFTER_END[side]
            } else {
                forms[i as usize].lower
            }
        };
        let shape = |i: isize| -> u64 {
            if i < 0 {
                BEFORE_START[0]
            } else if i as usize >= n {
                AFTER_END[0]
            } else {
                forms[i as usize].shape
            }
        };
        // "Boca Chica , Texas", "Fort Myers , Fla.": a run of capitalised
        // words followed by a comma and a listed country or region is
        // mostly a place (210 of 250 such runs in CoNLL-2003 train), known
        // or not.
        let place_bits: MatchMask =
            [List::Country, List::Region].iter().map(|&l| 0b1001 << (4 * l as u64)).fold(0, |a, b| a | b);
        // "Amberline Health", "Fulton County": the last word of a run of
        // capitalised words says what kind of name the whole run is, which
        // every word of the run hears (0 = no listed head word).
        let mut before_place = vec![false; n];
        let mut run_head = vec![0u64; n];
        let mut end = n;
        for i in (0..n).rev() {
            if !forms[i].starts_upper() {
                end = i;
                continue;
            }
            let comma_then_place = tokens.get(end).is_some_and(|t| t.text(text) == ",")
                && out.matches.get(end + 1).is_some_and(|&m| m & place_bits != 0);
            before_place[i] = comma_then_place;
            run_head[i] = if out.is_listed(end - 1, List::OrgHead) {
                1
            } else if out.is_listed(end - 1, List::PlaceHead) {
                2
            } else {
                0
            };
        }
        let bits = self.bits;
        for i in 0..n {
            out.offsets.push(out.rows.len() as u32);
            let rows = &mut out.rows;
            let mut emit = |template: Template, value: u64| {
                rows.push((finish(combine(template as u64, value)) >> (64 - bits)) as u32);
            };
            let f = &forms[i];
            let at = i as isize;
            let (l0, lp, ln) = (f.lower, lower(at - 1, 0), lower(at + 1, 0));
            let (s0, sp, sn) = (f.shape, shape(at - 1), shape(at + 1));

            emit(Template::Bias, 0);
            emit(Template::Word, f.word);
            emit(Template::Lower, l0);
            emit(Template::LowerPrev, lp);
            emit(Template::LowerNext, ln);
            emit(Template::LowerPrev2, lower(at - 2, 1));
            emit(Template::LowerNext2, lower(at + 2, 1));
            emit(Template::BigramPrev, combine(lp, l0));
            emit(Template::BigramNext, combine(l0, ln));
            emit(Template::Shape, s0);
            emit(Template::ShapePrev, sp);
            emit(Template::ShapeNext, sn);
            emit(Template::ShapePrevCur, combine(sp, s0));
            emit(Template::ShapeCurNext, combine(s0, sn));
            emit(Template::ShapeTrigram, combine(combine(sp, s0), sn));
            for (k, &p) in f.prefix.iter().enumerate().filter(|(_, &p)| p != 0) {
                emit(Template::Prefix, combine(k as u64, p));
            }
            for (k, &s) in f.suffix.iter().enumerate().filter(|(_, &s)| s != 0) {
                emit(Template::Suffix, combine(k as u64, s));
            }
            if i == 0 || (i == 1 && forms[0].case == Case::NoLetters) {
                emit(Template::FirstShape, s0);
            }
            emit(Template::SentenceShape, combine(sentence.code(), s0));
            if sentence != SentenceCase::Normal {
                emit(Template::SentenceLower, combine(sentence.code(), l0));
            }
            let mask = out.matches[i];
            for bit in (0..64).filter(|b| mask & (1 << b) != 0) {
                emit(Template::Gazetteer, bit);
                emit(Template::GazetteerCase, combine(bit, combine(sentence.code(), f.case as u64)));
            }
            // Hyphenated compounds only: CoNLL text has a space before every
            // comma and quote, news text does not, so glue to punctuation in
            // general would mean different things in training and use.
            let hyphen_at = |k: usize| tokens.get(k).is_some_and(|t| t.glued && t.text(text) == "-");
            let glued_next = |k: usize| tokens.get(k + 1).is_some_and(|t| t.glued);
            let joined_left = i >= 1 && tokens[i].glued && (hyphen_at(i) || hyphen_at(i - 1));
            let joined_right = (hyphen_at(i + 1) && glued_next(i + 1)) || (hyphen_at(i) && glued_next(i));
            if joined_left || joined_right {
                emit(Template::Compound, combine(u64::from(joined_left) | u64::from(joined_right) << 1, s0));
            }
            // Where the token sits in its run of capitalised words (B/I/L/U
            // or outside), with the sentence's case: runs delimit names in
            // running text, less so in headlines.
            let capital = |k: usize| forms.get(k).is_some_and(|f| f.starts_upper());
            let run_position = match (capital(i), i > 0 && capital(i - 1), capital(i + 1)) {
                (false, _, _) => 0,
                (true, false, false) => 1,
                (true, false, true) => 2,
                (true, true, true) => 3,
                (true, true, false) => 4,
            };
            emit(Template::CapitalRun, combine(run_position, sentence.code()));
            if run_position != 0 && before_place[i] {
                emit(Template::BeforePlace, combine(run_position, sentence.code()));
            }
            if run_head[i] != 0 {
                emit(Template::RunHead, combine(run_head[i], combine(run_position, sentence.code())));
            }
            emit(Template::Surrounding, combine(lp, ln));
            if f.case != Case::NoLetters {
                let known = self.gazetteer.is_lowercase_word(l0);
                emit(Template::LowercaseWord, combine(u64::from(known), combine(f.case as u64, sentence.code())));
            }
            if f.acronym != 0 {
                emit(Template::Acronym, f.acronym);
            }
            emit(Template::LowerPrevShape, combine(lp, s0));
            emit(Template::ShapeLowerNext, combine(s0, ln));
        }
        out.offsets.push(out.rows.len() as u32);
    }

    fn row(&self, template: Template, value: u64) -> u32 {
        (finish(combine(template as u64, value)) >> (64 - self.bits)) as u32
    }

    /// Appends the document-level rows of a token of case `case` in a
    /// sentence of case `sentence`: its first-pass tag and, for a capitalised
    /// word, the [`Evidence`] of its other occurrences (see
    /// [`super::document`]).
    pub fn document_rows(
        &self,
        case: Case,
        sentence: SentenceCase,
        first_pass: Tag,
        evidence: &Evidence,
        out: &mut Vec<u32>,
    ) {
        if case == Case::NoLetters {
            return;
        }
        let capitalized = matches!(case, Case::Capitalized | Case::AllCaps);
        out.push(self.row(Template::DocFirstPass, combine(first_pass.0 as u64, capitalized as u64)));
        if !capitalized {
            return;
        }
        let case = sentence.code();
        match evidence.majority() {
            None => out.push(self.row(Template::DocAlone, u64::from(evidence.lowercase > 0))),
            Some(m) => {
                out.push(self.row(Template::DocMajority, m as u64));
                for (l, &count) in evidence.labelled.iter().enumerate() {
                    if count > 0 {
                        out.push(self.row(Template::DocHas, l as u64));
                    }
                }
            }
        }
        if evidence.lowercase > 0 {
            out.push(self.row(Template::DocLowercase, case));
        }
        for (l, &count) in evidence.in_longer.iter().enumerate() {
            if count > 0 {
                out.push(self.row(Template::DocInLonger, combine(l as u64, first_pass.0 as u64)));
            }
        }
    }
}
