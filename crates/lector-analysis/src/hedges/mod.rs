//! Hedging and sourcing language: the cues that make a claim uncertain,
//! alleged, denied or anonymously sourced, and the named sources a text
//! cites.
//!
//! Two finders run over each sentence's words:
//! - [`matcher`] matches the lexicon's patterns (`lexicons/cues.txt`: words,
//!   verb forms, classes, gaps), with [`judgement`] deciding ambiguous words
//!   ("may" the month, "could" of ability, "would" of intent, "claims" of an
//!   insurer) and negation ("did not deny", "no indication");
//! - [`attribution`] finds who claims are attributed to ("officials said",
//!   "according to the White House") and whether that source is named.
//!
//! Where their cues overlap, the lexicon's cue keeps its words and a source
//! frame is trimmed around it ("Iranian officials" + "denied").

mod attribution;
mod discourse;
mod inflection;
mod judgement;
mod kind;
mod lexicon;
mod matcher;
mod phrase;
mod resolve;
mod sentence_view;
mod source_name;
mod words;

#[cfg(test)]
mod attribution_tests;
#[cfg(test)]
mod tests;

use std::ops::Range;
use std::sync::OnceLock;

pub use kind::CueKind;
pub(crate) use lexicon::LexiconError;

use crate::ner::Mention;
use crate::tokenize::Token;
use lexicon::Lexicon;
use sentence_view::{Classes, SentenceView};
use words::Word;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FoundCue {
    pub bytes: Range<usize>,
    pub kind: CueKind,
    /// Who is cited: the named source of an `attribution` cue ("John
    /// Kirby"), or how an `anonymous_source` cue describes its unnamed source
    /// ("two people familiar with the matter").
    pub source: Option<String>,
}

/// The lexicon compiled into this build, parsed once.
struct Shipped {
    lexicon: Lexicon,
    classes: Classes,
}

const LEXICON_FILES: [(&str, &str); 2] = [
    ("lexicons/cues.txt", include_str!("../../lexicons/cues.txt")),
    ("lexicons/sources.txt", include_str!("../../lexicons/sources.txt")),
];

fn load(files: &[(&'static str, &str)]) -> Result<Shipped, LexiconError> {
    let lexicon = Lexicon::parse(files)?;
    let classes = Classes::resolve(&lexicon)?;
    Ok(Shipped { lexicon, classes })
}

fn shipped() -> &'static Shipped {
    static SHIPPED: OnceLock<Shipped> = OnceLock::new();
    // The files are part of the build, and a test parses them: an error here is
    // a bad edit to them, caught before it ships.
    SHIPPED.get_or_init(|| load(&LEXICON_FILES).unwrap_or_else(|e| panic!("the built-in lexicon is broken: {e}")))
}

/// Every cue in the text, in text order, none overlapping another. Sentences
/// are processed in order: "he said" resolves to a person named earlier.
pub(crate) fn find_cues(
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    mentions: &[Mention],
) -> Vec<FoundCue> {
    let Shipped { lexicon, classes } = shipped();
    let words = words::words(text, tokens, lexicon);
    let mut matches = Vec::new();
    let mut frames = Vec::new();
    let mut out = Vec::new();
    let ranges: Vec<Range<usize>> = sentences.iter().map(|s| words::sentence_words(&words, s)).collect();
    let capitalized_inside = sentence_view::capitalized_inside(text, &words);
    let mut discourse = discourse::Discourse::new(text, &words, &ranges, classes, mentions);
    let insurance = insurance_nearby(&words, &ranges, classes.insurance_word);
    for (k, range) in ranges.into_iter().enumerate() {
        if range.is_empty() {
            continue;
        }
        let title_case = sentence_view::is_title_case(text, &words[range.clone()]);
        let insurance_nearby = insurance.iter().any(|&s| s.abs_diff(k) <= INSURANCE_REACH);
        let view = SentenceView {
            text,
            words: &words,
            range,
            classes,
            mentions,
            title_case,
            insurance_nearby,
            capitalized_inside: &capitalized_inside,
        };
        matches.clear();
        frames.clear();
        matcher::find(lexicon, &view, &mut matches);
        attribution::find(&view, &mut discourse, &mut frames);
        let sentence_end = words[view.range.end - 1].bytes.end;
        for verb in frames.iter().filter_map(|f| f.content_from) {
            discourse.forget_reported(words[verb].bytes.end..sentence_end);
        }
        let lexical = matches.iter().map(|m| Candidate {
            first: m.first,
            last: m.last,
            source_last: m.last,
            kind: lexicon.patterns[m.pattern].kind,
            source: None,
        });
        let frames = frames.drain(..).map(|f| Candidate {
            first: f.first,
            last: f.last,
            source_last: f.source_last,
            kind: f.kind,
            source: f.source,
        });
        for mut c in merge(&words, classes, lexical.collect(), frames.collect()) {
            // "They spoke on condition of anonymity": the unnamed source
            // described last.
            if c.kind == CueKind::AnonymousSource && c.source.is_none() {
                // "an official familiar with the case": the cue's own noun.
                let noun = (c.first..=c.last).find(|&j| words[j].in_class(classes.anonymous_noun));
                let described = noun.and_then(|n| phrase::phrase_before(&view, n));
                match described.map(|phrase| source_name::describe(&view, phrase)) {
                    Some(description) => {
                        discourse.remember_anonymous(&description);
                        c.source = Some(description);
                    }
                    None => c.source = Some(discourse.anonymous().unwrap_or(UNNAMED).to_string()),
                }
            }
            out.push(FoundCue {
                bytes: words[c.first].bytes.start..words[c.last].bytes.end,
                kind: c.kind,
                source: c.source,
            });
        }
    }
    out
}

/// How an anonymous-source cue is described when the text describes no
/// unnamed source before it.
const UNNAMED: &str = "unnamed sources";

/// How many sentences away talk of insurance still makes "claims" demands for
/// payment: a story about a storm's insured losses goes on to count "auto and
/// home claims" a few sentences later.
const INSURANCE_REACH: usize = 5;

/// The sentences that mention insurance, in order.
fn insurance_nearby(words: &[Word], sentences: &[Range<usize>], class: lexicon::ClassId) -> Vec<usize> {
    let mut out = Vec::new();
    for (k, range) in sentences.iter().enumerate() {
        if words[range.clone()].iter().any(|w| w.in_class(class)) {
            out.push(k);
        }
    }
    out
}

/// A cue over words `first..=last`.
#[derive(Clone, Debug)]
struct Candidate {
    first: usize,
    last: usize,
    /// For a source frame, the last word of the source: where the frame is cut
    /// when a cue of another kind overlaps its end.
    source_last: usize,
    kind: CueKind,
    source: Option<String>,
}

impl Candidate {
    fn overlaps(&self, other: &Candidate) -> bool {
        self.first <= other.last && other.first <= self.last
    }

    fn len(&self) -> usize {
        self.last - self.first
    }
}

/// One sentence's cues without overlaps: lexicon cues of one kind join, of
/// different kinds the longer wins; a source frame joins a lexicon cue of its
/// kind, or is trimmed around one of another kind; an anonymous frame beats a
/// named one.
fn merge(words: &[Word], classes: &Classes, mut lexical: Vec<Candidate>, frames: Vec<Candidate>) -> Vec<Candidate> {
    lexical.sort_by_key(|c| (c.first, std::cmp::Reverse(c.last)));
    let mut kept: Vec<Candidate> = Vec::with_capacity(lexical.len() + frames.len());
    for c in lexical {
        join_or_choose(&mut kept, c);
    }
    let mut framed: Vec<Candidate> = Vec::new();
    'frames: for mut f in frames {
        for l in kept.iter_mut().filter(|l| l.overlaps(&f)) {
            if l.kind == f.kind {
                l.first = l.first.min(f.first);
                l.last = l.last.max(f.last);
                l.source = l.source.take().or(f.source);
                continue 'frames;
            }
        }
        // "Patel alleged in Washington ..., claiming that": when the verb is
        // the whole frame and a cue of its own, that cue carries the source.
        if f.kind == CueKind::Attribution && f.first == f.last {
            if let Some(l) = kept.iter_mut().find(|l| l.overlaps(&f) && l.source.is_none()) {
                l.source = f.source;
                continue;
            }
        }
        for l in &kept {
            if !l.overlaps(&f) {
                continue;
            }
            if l.first > f.first {
                f.last = f.last.min(l.first - 1).min(f.source_last.max(f.first));
            } else {
                f.first = f.first.max(l.last + 1);
            }
        }
        // "Iranian officials have | denied": the auxiliary goes with the verb.
        while f.first < f.last && (!is_content(&words[f.last]) || words[f.last].in_class(classes.auxiliary)) {
            f.last -= 1;
        }
        while f.first < f.last && !is_content(&words[f.first]) {
            f.first += 1;
        }
        if f.first > f.last || !is_content(&words[f.first]) || kept.iter().any(|l| l.overlaps(&f)) {
            continue;
        }
        match framed.iter_mut().find(|g| g.overlaps(&f)) {
            Some(g) if g.kind == f.kind => {
                g.first = g.first.min(f.first);
                g.last = g.last.max(f.last);
                g.source = g.source.take().or(f.source);
            }
            Some(g) if f.kind == CueKind::AnonymousSource => *g = f,
            Some(_) => {}
            None => framed.push(f),
        }
    }
    // Joining frames into lexicon cues can make two of those meet.
    let mut all: Vec<Candidate> = kept.into_iter().chain(framed).collect();
    all.sort_by_key(|c| (c.first, std::cmp::Reverse(c.last)));
    let mut out: Vec<Candidate> = Vec::with_capacity(all.len());
    for c in all {
        join_or_choose(&mut out, c);
    }
    out
}

fn join_or_choose(kept: &mut Vec<Candidate>, c: Candidate) {
    match kept.last_mut() {
        Some(k) if k.overlaps(&c) && k.kind == c.kind => {
            k.last = k.last.max(c.last);
            k.source = k.source.take().or(c.source);
        }
        Some(k) if k.overlaps(&c) => {
            if c.len() > k.len() {
                *k = c;
            }
        }
        _ => kept.push(c),
    }
}

fn is_content(word: &Word) -> bool {
    word.is_word() || word.shape == words::Shape::Number
}
