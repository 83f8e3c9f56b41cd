//! What the similarity model knows about one sentence (or two adjacent ones
//! read together, for split and merged sentences): its words reduced to
//! comparable ids, built once per sentence so that comparing two articles
//! never re-reads text.

use crate::lexicon::Lexicon;
use crate::stem::stem_into;

/// A sentence as sets of word ids (FNV hashes of canonical stems), sorted, so
/// overlaps are linear merges.
#[derive(Clone, Debug, Default)]
pub struct Profile {
    /// Every word's id, in order (for bigrams and the longest common run).
    pub sequence: Vec<u32>,
    pub words: Vec<u32>,
    pub content: Vec<u32>,
    pub bigrams: Vec<u32>,
    pub trigrams: Vec<u32>,
    /// Lower-case word forms before stemming and synonyms: rewording changes these.
    pub surface: Vec<u32>,
    /// First five letters of each content word: "Iranian" meets "Iran".
    pub prefixes: Vec<u32>,
    /// Letter trigrams of the words as written (with word edges): spelling
    /// variants and derived forms the stemmer misses ("Baghdad's",
    /// "pre-tax" / "pretax") still share most of them. A set of
    /// [`GRAM_BITS`] bits (each trigram sets one): sentences hold a hundred or
    /// so, so few collide, and comparing two is a few dozen instructions.
    pub grams: [u64; GRAM_BITS / 64],
    pub numbers: Vec<u32>,
    /// Capitalised words not at the start of the sentence: names, mostly.
    pub names: Vec<u32>,
    pub negations: u32,
    /// (pair, pole) of words that have an opposite ("rose" / "fell").
    pub poles: Vec<(u32, bool)>,
}

/// One word of a sentence as the model sees it.
#[derive(Clone, Debug)]
pub struct Word {
    pub id: u32,
    pub content: bool,
    pub number: bool,
    pub name: bool,
    pub negation: bool,
    pub pole: Option<(u32, bool)>,
    pub surface: u32,
    pub prefix: u32,
    /// Bits of its letter trigrams (the first [`GRAMS`]), kept inline: words
    /// are made by the thousand when a library is ranked, and an allocation
    /// each doubled the time.
    pub grams: [u16; GRAMS],
    pub gram_count: u8,
}

impl Profile {
    pub fn of_text(text: &str) -> Profile {
        Profile::of_words(&words(text))
    }

    pub fn of_words(words: &[Word]) -> Profile {
        let sequence: Vec<u32> = words.iter().map(|w| w.id).collect();
        let bigrams = sequence.windows(2).map(|p| p[0].rotate_left(7) ^ p[1].wrapping_mul(0x9e37_79b9)).collect();
        let trigrams = sequence
            .windows(3)
            .map(|t| {
                t[0].rotate_left(13) ^ t[1].rotate_left(5).wrapping_mul(0x85eb_ca6b) ^ t[2].wrapping_mul(0x9e37_79b9)
            })
            .collect();
        Profile {
            trigrams: sorted(trigrams),
            surface: sorted(words.iter().map(|w| w.surface).collect()),
            prefixes: sorted(words.iter().filter(|w| w.content).map(|w| w.prefix).collect()),
            grams: gram_bits(words),
            words: sorted(sequence.clone()),
            content: sorted(words.iter().filter(|w| w.content).map(|w| w.id).collect()),
            bigrams: sorted(bigrams),
            numbers: sorted(words.iter().filter(|w| w.number).map(|w| w.id).collect()),
            names: sorted(words.iter().filter(|w| w.name).map(|w| w.id).collect()),
            negations: words.iter().filter(|w| w.negation).count() as u32,
            poles: words.iter().filter_map(|w| w.pole).collect(),
            sequence,
        }
    }
}

fn sorted(mut v: Vec<u32>) -> Vec<u32> {
    v.sort_unstable();
    v.dedup();
    v
}

/// Splits a sentence into words: letters and digits, with "U.S." and "1,300"
/// kept whole, "Iran's" read as "Iran" and "didn't" as "did not".
pub fn words(text: &str) -> Vec<Word> {
    read_words(text, true)
}

/// [`words`] without their letter trigrams, which ranking a library (every
/// word of hundreds of articles) never reads.
pub fn words_without_grams(text: &str) -> Vec<Word> {
    read_words(text, false)
}

fn read_words(text: &str, letter_grams: bool) -> Vec<Word> {
    let lexicon = Lexicon::shipped();
    let raw = raw_words(text);
    let mut out = Vec::with_capacity(raw.len() + 2);
    let (mut lower, mut stemmed) = (String::new(), String::new());
    for (i, &(surface, first)) in raw.iter().enumerate() {
        lower.clear();
        lower.extend(surface.chars().flat_map(char::to_lowercase).filter(|c| *c != '.'));
        let mut negated_contraction = false;
        for suffix in ["'s", "\u{2019}s"] {
            if lower.ends_with(suffix) {
                lower.truncate(lower.len() - suffix.len());
            }
        }
        for suffix in ["n't", "n\u{2019}t"] {
            if lower.ends_with(suffix) {
                lower.truncate(lower.len() - suffix.len());
                negated_contraction = true;
            }
        }
        let number = lower.starts_with(|c: char| c.is_ascii_digit());
        if number {
            lower.retain(|c| c != ',');
        }
        if lower.is_empty() {
            continue;
        }
        let next = |k: usize| raw.get(i + k).map_or("", |(w, _)| *w);
        // "declined to comment" negates; "declined to $5 billion" does not.
        let before_to = next(1).eq_ignore_ascii_case("to") && next(2).starts_with(|c: char| c.is_lowercase());
        // "not only ... but also" adds rather than denies.
        let adding = ["only", "just", "merely"].iter().any(|w| next(1).eq_ignore_ascii_case(w));
        let negation = lexicon.is_negation(&lower, before_to) && !(lower == "not" && adding);
        // "U.S." folds to "us", which is not the pronoun.
        let letters = || surface.chars().filter(|c| c.is_alphabetic());
        let acronym = letters().count() >= 2 && letters().all(char::is_uppercase);
        let stop = !acronym && lexicon.is_stopword(&lower);
        if number {
            stemmed.clear();
            stemmed.push_str(&lower);
        } else {
            stem_into(&lower, &mut stemmed);
        }
        let canonical = lexicon.canonical(&stemmed);
        let (grams, gram_count) = if letter_grams { trigrams(&lower) } else { ([0; GRAMS], 0) };
        let name = !first && !number && surface.starts_with(char::is_uppercase) && !stop;
        out.push(Word {
            id: fnv(canonical),
            content: !stop && !negation && (number || lower.chars().count() > 1),
            number,
            name,
            negation,
            pole: lexicon.opposite(&stemmed),
            surface: fnv(&lower),
            prefix: fnv(&lower[..lower.char_indices().nth(PREFIX).map_or(lower.len(), |(b, _)| b)]),
            grams,
            gram_count,
        });
        if negated_contraction {
            let not = fnv("not");
            out.push(Word {
                id: not,
                content: false,
                number: false,
                name: false,
                negation: true,
                pole: None,
                surface: not,
                prefix: not,
                grams: trigrams("not").0,
                gram_count: trigrams("not").1,
            });
        }
    }
    out
}

/// (word, whether it starts its sentence or line).
fn raw_words(text: &str) -> Vec<(&str, bool)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut line_start = true;
    for (k, &(byte, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|n| n.1);
        let joins = match c {
            '.' => {
                // "U.S." and "3.5": a period between a letter or digit and another.
                prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(|n| n.is_alphanumeric() && (n.is_ascii_digit() || n.is_uppercase()))
            }
            ',' => prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit()),
            '\'' | '\u{2019}' => prev.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic),
            _ => c.is_alphanumeric(),
        };
        if joins {
            start.get_or_insert(byte);
        } else if let Some(s) = start.take() {
            out.push((&text[s..byte], line_start));
            line_start = false;
        }
        if c == '\n' {
            line_start = true;
        }
    }
    if let Some(s) = start {
        out.push((&text[s..], line_start));
    }
    out
}

/// Letter trigrams a word keeps: all of a word of up to 14 letters.
pub const GRAMS: usize = 16;

pub const GRAM_BITS: usize = 1024;

fn gram_bits(words: &[Word]) -> [u64; GRAM_BITS / 64] {
    let mut bits = [0u64; GRAM_BITS / 64];
    for w in words {
        for &bit in &w.grams[..usize::from(w.gram_count)] {
            bits[usize::from(bit) / 64] |= 1 << (bit % 64);
        }
    }
    bits
}

/// The bits of a word's letter trigrams, its edges marked ("^ca", "at$"),
/// and how many there are.
fn trigrams(word: &str) -> ([u16; GRAMS], u8) {
    let mut out = [0u16; GRAMS];
    let mut n = 0;
    let (mut before, mut last, mut seen) = (0u32, u32::from('^'), 1);
    for c in word.chars().chain(['$']) {
        let c = u32::from(c);
        if seen >= 2 && n < GRAMS {
            let hash =
                (before.wrapping_mul(0x9e37_79b9) ^ last).wrapping_mul(0x85eb_ca6b) ^ c.wrapping_mul(0xc2b2_ae35);
            out[n] = (hash >> 16) as u16 % GRAM_BITS as u16;
            n += 1;
        }
        (before, last, seen) = (last, c, seen + 1);
    }
    (out, n as u8)
}

/// Letters of a word's start that stand for it in the prefix overlap.
const PREFIX: usize = 5;

pub fn fnv(text: &str) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}
