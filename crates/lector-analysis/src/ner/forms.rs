//! The hashed forms of one token and the case pattern of its sentence: what
//! every feature template is built from.

use super::hashing::{push, EMPTY};
use crate::tokenize::fold;

/// How a token is capitalised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// "said", "de"
    Lower,
    /// "Iran", "McDonald"
    Capitalized,
    /// "AP", "U.S.", "WASHINGTON"
    AllCaps,
    /// "iPhone", "eBay"
    Mixed,
    /// "1,300", "—"
    NoLetters,
}

/// A token's text hashed several ways, read in one pass over its characters.
#[derive(Clone, Copy, Debug)]
pub struct Forms {
    /// Exact form, with curly quotes and apostrophes folded to ASCII.
    pub word: u64,
    /// Lower case, digits folded to 0 ("1996" and "2024" read alike).
    pub lower: u64,
    /// Character classes with repeats collapsed: "Iran" -> "Xx", "U.S." ->
    /// "X.X.", "1,300" -> "d,d", "McDonald" -> "XxXx".
    pub shape: u64,
    /// Lower-case prefixes and suffixes of 1 to 4 characters (0 when the
    /// token is not longer than that).
    pub prefix: [u64; 4],
    pub suffix: [u64; 4],
    pub case: Case,
    /// For an acronym of up to six capitals, dotted or not, the hash of its
    /// letters: "U.S." and "US" (which news headlines use but CoNLL-2003
    /// rarely does) share it; 0 for other tokens.
    pub acronym: u64,
}

impl Forms {
    pub fn of(token: &str) -> Forms {
        let mut word = EMPTY;
        let mut lower = EMPTY;
        let mut shape = EMPTY;
        let mut prefix = [0; 4];
        let mut last_class = '\0';
        let (mut uppers, mut lowers, mut first_upper) = (0usize, 0usize, None);
        let mut chars = 0usize;
        for c in token.chars() {
            let typographic = fold(c);
            let folded = if c.is_ascii_digit() { '0' } else { typographic };
            let exact = if c.is_uppercase() { c } else { typographic };
            word = push(word, exact);
            lower = push(lower, folded);
            if chars < 4 {
                prefix[chars] = lower;
            }
            let class = if c.is_uppercase() {
                uppers += 1;
                first_upper.get_or_insert(chars == 0);
                'X'
            } else if c.is_alphabetic() {
                lowers += 1;
                first_upper.get_or_insert(false);
                'x'
            } else if c.is_numeric() {
                'd'
            } else {
                folded
            };
            if class != last_class {
                shape = push(shape, class);
                last_class = class;
            }
            chars += 1;
        }
        // Prefixes as long as the token carry no more than the word itself.
        for (k, p) in prefix.iter_mut().enumerate() {
            if k + 1 >= chars {
                *p = 0;
            }
        }
        let mut suffix = [0; 4];
        let mut h = EMPTY;
        for (k, c) in token.chars().rev().take(4).enumerate() {
            let folded = if c.is_ascii_digit() { '0' } else { fold(c) };
            h = push(h, folded);
            if k + 1 < chars {
                suffix[k] = h;
            }
        }
        let case = match (uppers, lowers, first_upper) {
            (0, 0, _) => Case::NoLetters,
            (0, _, _) => Case::Lower,
            (_, 0, _) => Case::AllCaps,
            (1, _, Some(true)) => Case::Capitalized,
            (_, _, Some(true)) if token.chars().nth(1).is_some_and(char::is_lowercase) => Case::Capitalized,
            _ => Case::Mixed,
        };
        let mut acronym = 0;
        if case == Case::AllCaps && uppers <= 6 && token.chars().all(|c| c.is_uppercase() || c == '.') {
            acronym = token.chars().filter(|&c| c != '.').fold(EMPTY, push);
        }
        Forms { word, lower, shape, prefix, suffix, case, acronym }
    }

    /// Hash of the lower-case form of a string, as [`Forms::lower`] computes it.
    #[cfg_attr(not(feature = "embedded"), allow(dead_code))] // lists are hashed from text natively
    pub fn lower_of(token: &str) -> u64 {
        Forms::of(token).lower
    }

    pub fn starts_upper(&self) -> bool {
        matches!(self.case, Case::Capitalized | Case::AllCaps)
    }
}

/// The capitalisation pattern of a whole sentence. In an all-caps or Title
/// Case headline a capital letter says nothing about names, so features
/// built on capitalisation are conjoined with it and the model learns to
/// lean on the words themselves there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SentenceCase {
    Normal,
    /// Every word of four or more letters capitalised, at least three of them:
    /// "US Suspects Iran Transferred Short-Range Ballistic Missiles to Russia".
    Title,
    /// Letters all upper case: "SOCCER - JAPAN GET LUCKY WIN".
    Caps,
}

impl SentenceCase {
    /// `words` gives each word token's case and its length in characters.
    pub fn of(words: impl Iterator<Item = (Case, usize)>) -> SentenceCase {
        let (mut caps, mut lettered, mut long, mut long_capitalized) = (0, 0, 0, 0);
        for (case, len) in words {
            if case == Case::NoLetters {
                continue;
            }
            lettered += 1;
            if case == Case::AllCaps && len > 1 {
                caps += 1;
            }
            if len >= 4 {
                long += 1;
                if matches!(case, Case::Capitalized | Case::AllCaps | Case::Mixed) {
                    long_capitalized += 1;
                }
            }
        }
        if caps >= 2 && caps * 10 >= lettered * 9 {
            SentenceCase::Caps
        } else if long >= 3 && long_capitalized == long {
            SentenceCase::Title
        } else {
            SentenceCase::Normal
        }
    }

    pub fn code(self) -> u64 {
        match self {
            SentenceCase::Normal => 0,
            SentenceCase::Title => 1,
            SentenceCase::Caps => 2,
        }
    }
}

/// The hash a string's shape would have.
#[cfg(test)]
fn shape_of(s: &str) -> u64 {
    Forms::of(s).shape
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (token, case)
    const CASES: &[(&str, Case)] = &[
        ("said", Case::Lower),
        ("Iran", Case::Capitalized),
        ("McDonald", Case::Capitalized),
        ("AP", Case::AllCaps),
        ("U.S.", Case::AllCaps),
        ("iPhone", Case::Mixed),
        ("1,300", Case::NoLetters),
        ("A", Case::AllCaps),
    ];

    #[test]
    fn reads_token_case() {
        for &(token, case) in CASES {
            assert_eq!(Forms::of(token).case, case, "{token}");
        }
    }

    #[test]
    fn shapes_collapse_repeats_and_keep_punctuation() {
        assert_eq!(shape_of("Iran"), shape_of("Russia"));
        assert_eq!(shape_of("U.S."), shape_of("U.N."));
        assert_ne!(shape_of("U.S."), shape_of("US"));
        assert_eq!(shape_of("1,300"), shape_of("25,000"));
    }

    #[test]
    fn lower_form_ignores_case_digits_and_curly_apostrophes() {
        assert_eq!(Forms::lower_of("IRAN"), Forms::lower_of("Iran"));
        assert_eq!(Forms::lower_of("1996"), Forms::lower_of("2024"));
        assert_eq!(Forms::lower_of("\u{2019}s"), Forms::lower_of("'s"));
        assert_ne!(Forms::of("IRAN").word, Forms::of("Iran").word);
    }

    #[test]
    fn dotted_and_plain_acronyms_share_a_form() {
        assert_eq!(Forms::of("U.S.").acronym, Forms::of("US").acronym);
        assert_ne!(Forms::of("US").acronym, Forms::of("UK").acronym);
        assert_eq!(Forms::of("Iran").acronym, 0);
        assert_eq!(Forms::of("WASHINGTON").acronym, 0, "too long for an acronym");
    }

    #[test]
    fn affixes_exist_only_for_longer_tokens() {
        let f = Forms::of("Iran");
        assert_eq!(f.prefix[0], Forms::lower_of("i"));
        assert_ne!(f.prefix[2], 0);
        assert_eq!(f.prefix[3], 0, "a 4-character prefix of a 4-character word is the word");
        assert_eq!(Forms::of("a").suffix, [0; 4]);
    }

    /// (sentence, expected case pattern)
    const SENTENCES: &[(&str, SentenceCase)] = &[
        ("US Suspects Iran Transferred Short-Range Ballistic Missiles to Russia", SentenceCase::Title),
        ("US believes Iran has transferred short-range ballistic missiles to Russia", SentenceCase::Normal),
        ("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .", SentenceCase::Caps),
        ("John Kirby of the White House said", SentenceCase::Normal),
        ("Peter Blackburn", SentenceCase::Normal),
    ];

    #[test]
    fn recognises_headline_capitalisation() {
        for &(sentence, expected) in SENTENCES {
            let tokens = crate::tokenize::tokenize(sentence);
            let words = tokens.iter().map(|t| {
                let s = t.text(sentence);
                (Forms::of(s).case, s.chars().count())
            });
            assert_eq!(SentenceCase::of(words), expected, "{sentence}");
        }
    }
}
