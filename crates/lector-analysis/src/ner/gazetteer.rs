//! Lists of general world knowledge (countries, cities, regions,
//! nationalities, organizations, first names, surnames, and acronyms that
//! are not names) matched against tokens, as features for the model.
//!
//! A match is evidence, not a verdict: "Jordan" is a country and a first name,
//! "Nice" a city and an adjective. The model weighs each list by what it saw
//! in training, so the lists may be broad. They are general knowledge, built
//! reproducibly by `scripts/build-gazetteers.sh` (sources and licences in each
//! file's header); none exists to fix a particular article.

use std::collections::HashMap;
use std::fmt;
use std::hash::BuildHasherDefault;

use super::forms::Forms;
use super::golomb;
use super::hashing::{self, combine, PassThrough};
#[cfg(feature = "embedded")]
use crate::tokenize::tokenize;

/// The lists, in the order of their bits in a token's match mask.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Country,
    City,
    Region,
    Demonym,
    Organization,
    FirstName,
    Surname,
    /// Acronyms of things and roles ("AI", "CEO", "GDP"): capitals that,
    /// unlike "NATO" or "FBI", name no organization.
    Acronym,
    /// Words that end organizations' names ("Health", "Capital", "Corp.").
    OrgHead,
    /// Words that end places' names ("County", "Creek", "Stadium").
    PlaceHead,
}

impl List {
    pub const ALL: [List; 10] = [
        List::Country,
        List::City,
        List::Region,
        List::Demonym,
        List::Organization,
        List::FirstName,
        List::Surname,
        List::Acronym,
        List::OrgHead,
        List::PlaceHead,
    ];

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// The shipped lists as text, compiled into native builds (feature
/// `embedded`); the app loads their packed form ([`Gazetteer::to_bytes`]).
#[cfg(feature = "embedded")]
const SHIPPED: [(List, &str); 10] = [
    (List::Country, include_str!("../../gazetteers/countries.txt")),
    (List::City, include_str!("../../gazetteers/cities.txt")),
    (List::Region, include_str!("../../gazetteers/regions.txt")),
    (List::Demonym, include_str!("../../gazetteers/demonyms.txt")),
    (List::Organization, include_str!("../../gazetteers/organizations.txt")),
    (List::FirstName, include_str!("../../gazetteers/first_names.txt")),
    (List::Surname, include_str!("../../gazetteers/surnames.txt")),
    (List::Acronym, include_str!("../../gazetteers/acronyms.txt")),
    (List::OrgHead, include_str!("../../gazetteers/org_heads.txt")),
    (List::PlaceHead, include_str!("../../gazetteers/place_heads.txt")),
];

/// The entries of one shipped list, as written (for training copies that
/// draw names from them).
#[cfg(feature = "training")]
pub fn entries(list: List) -> impl Iterator<Item = &'static str> {
    SHIPPED.iter().filter(move |(l, _)| *l == list).flat_map(|(_, content)| lines(content))
}

/// The entries of a list file: one per line, `#` comments.
#[cfg(feature = "embedded")]
pub fn lines(content: &str) -> impl Iterator<Item = &str> {
    content.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// English words spelled in lower case (no names), compiled into native builds.
#[cfg(feature = "embedded")]
const LOWERCASE_WORDS: &str = include_str!("../../gazetteers/lowercase_words.txt");

/// A set of word hashes as a Bloom filter: 2^20 bits (128 KB) with two probes
/// hold the 64,000 words with about 2% false positives, and a lookup is two
/// memory reads.
#[derive(Clone)]
struct WordFilter {
    bits: Vec<u64>,
}

impl WordFilter {
    const BITS: u32 = 20;

    fn probes(word: u64) -> [usize; 2] {
        let h = hashing::finish(word);
        let mask = (1u64 << Self::BITS) - 1;
        [(h & mask) as usize, ((h >> 32) & mask) as usize]
    }

    fn new() -> WordFilter {
        WordFilter { bits: vec![0; 1 << (Self::BITS - 6)] }
    }

    #[cfg(feature = "embedded")]
    fn insert(&mut self, word: u64) {
        for p in Self::probes(word) {
            self.bits[p >> 6] |= 1 << (p & 63);
        }
    }

    fn contains(&self, word: u64) -> bool {
        Self::probes(word).iter().all(|&p| self.bits[p >> 6] & (1 << (p & 63)) != 0)
    }

    /// The positions of the set bits, ascending: what the packed form codes.
    fn set_bits(&self) -> Vec<u32> {
        (0..1u32 << Self::BITS).filter(|&p| self.bits[(p >> 6) as usize] & (1 << (p & 63)) != 0).collect()
    }

    fn set(&mut self, position: u32) {
        self.bits[(position >> 6) as usize] |= 1 << (position & 63);
    }
}

/// Bits of a phrase's hash kept as its key. With the 24,500 phrases of all
/// lists, a phrase that is not listed passes for a listed one once in 685
/// lookups (about one capitalised word in 685: once in a few articles), and
/// a key costs about 11 bits packed instead of 19 at 32 bits: 140 -> 113 KiB
/// gzip for the lists, with every entity and hedge figure of the evaluation
/// scripts unchanged at 24, 26 and 32 bits (ARCHITECTURE.md; the model was
/// trained with 32-bit keys and needed no retraining).
pub const PHRASE_BITS: u32 = 24;

/// The key of a phrase (a [`combine`] of its tokens' lower-case hashes).
fn phrase_key(hash: u64) -> u32 {
    (hashing::finish(hash) >> (64 - PHRASE_BITS)) as u32
}

type KeyMap<V> = HashMap<u32, V, BuildHasherDefault<PassThrough>>;

const MAGIC: &[u8; 4] = b"LGAZ";
const FORMAT: u8 = 1;

/// Why packed lists cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListsError {
    NotLists,
    UnknownFormat(u8),
    Truncated,
    /// Packed with another key size than this build looks phrases up with.
    KeySize,
    Corrupt(golomb::CodingError),
    TrailingBytes,
}

impl fmt::Display for ListsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ListsError::NotLists => write!(f, "not Lector word lists (bad magic bytes)"),
            ListsError::UnknownFormat(v) => write!(f, "word-list format {v} is not supported by this build"),
            ListsError::Truncated => write!(f, "the word lists are truncated"),
            ListsError::KeySize => write!(f, "the word lists were packed for another build of Lector"),
            ListsError::Corrupt(e) => write!(f, "the word lists are corrupt: {e}"),
            ListsError::TrailingBytes => write!(f, "the word lists have trailing bytes"),
        }
    }
}

impl std::error::Error for ListsError {}

/// Where a token sits in a matched phrase: bit `4 * list + position` of a
/// token's mask, position 0 = begin, 1 = inside, 2 = last, 3 = unit.
pub type MatchMask = u64;

#[derive(Clone)]
pub struct Gazetteer {
    /// Key of a phrase's lower-case token sequence -> bit set of lists.
    phrases: KeyMap<u16>,
    /// Keys of every proper prefix of a phrase, so a scan stops early.
    prefixes: KeyMap<()>,
    longest: usize,
    lowercase_words: WordFilter,
    /// Identifies the lists' contents: a model records it and refuses to run
    /// against other lists.
    fingerprint: u64,
}

impl Gazetteer {
    /// The lists compiled into this build, parsed once.
    #[cfg(feature = "embedded")]
    pub fn shipped() -> &'static Gazetteer {
        static SHIPPED_GAZETTEER: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
        SHIPPED_GAZETTEER.get_or_init(|| Gazetteer::from_lists(&SHIPPED, LOWERCASE_WORDS))
    }

    /// Builds a gazetteer from list files (one phrase per line, `#`
    /// comments) and a list of English words in lower case.
    #[cfg(feature = "embedded")]
    pub fn from_lists(lists: &[(List, &str)], lowercase_words: &str) -> Gazetteer {
        let mut g = Gazetteer {
            phrases: HashMap::default(),
            prefixes: HashMap::default(),
            longest: 0,
            lowercase_words: WordFilter::new(),
            fingerprint: hashing::EMPTY,
        };
        for word in lines(lowercase_words) {
            g.fingerprint = combine(g.fingerprint, hashing::of_str(word));
            g.lowercase_words.insert(Forms::lower_of(word));
        }
        for &(list, content) in lists {
            g.fingerprint = combine(g.fingerprint, list as u64);
            for line in lines(content) {
                g.fingerprint = combine(g.fingerprint, hashing::of_str(line));
                let tokens = tokenize(line);
                let mut h = hashing::EMPTY;
                for (i, t) in tokens.iter().enumerate() {
                    h = combine(h, Forms::lower_of(t.text(line)));
                    if i + 1 < tokens.len() {
                        g.prefixes.insert(phrase_key(h), ());
                    }
                }
                *g.phrases.entry(phrase_key(h)).or_insert(0) |= list.bit();
                g.longest = g.longest.max(tokens.len());
            }
        }
        g
    }

    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// Whether a word (by its [`Forms::lower`] hash) is an English word
    /// written in lower case: "Suspects" in a headline is, "Biden" is not.
    pub fn is_lowercase_word(&self, lower: u64) -> bool {
        self.lowercase_words.contains(lower)
    }

    /// Whether one word alone (by its [`Forms::lower`] hash) is a listed
    /// country, city, region or organization: "Washington" and "Jordan" are,
    /// so a person's surname that is also a place is not taken for the person
    /// everywhere it appears.
    pub fn names_a_place_or_organization(&self, lower: u64) -> bool {
        [List::Country, List::City, List::Region, List::Organization].iter().any(|&l| self.is_listed_word(lower, l))
    }

    /// Whether one word alone (by its [`Forms::lower`] hash) is an entry of `list`.
    pub fn is_listed_word(&self, lower: u64, list: List) -> bool {
        self.phrases.get(&phrase_key(combine(hashing::EMPTY, lower))).is_some_and(|&bits| bits & list.bit() != 0)
    }

    /// The packed form: magic, format, key size, fingerprint, longest
    /// phrase, then Golomb-coded sets ([`golomb`]): the set bits of the
    /// lower-case words' filter, the phrase prefixes' keys, and the phrase
    /// keys of each list in the order of [`List::ALL`]. The text of the
    /// lists takes 263 KB gzip; this, about 140 KB, and it answers every
    /// lookup as the text does.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.push(FORMAT);
        out.push(PHRASE_BITS as u8);
        out.extend_from_slice(&self.fingerprint.to_le_bytes());
        out.push(self.longest.min(255) as u8);
        golomb::encode(&self.lowercase_words.set_bits(), WordFilter::BITS, &mut out);
        golomb::encode(&self.prefixes.keys().copied().collect::<Vec<u32>>(), PHRASE_BITS, &mut out);
        for list in List::ALL {
            let listed: Vec<u32> = self.phrases.iter().filter(|(_, &b)| b & list.bit() != 0).map(|(&k, _)| k).collect();
            golomb::encode(&listed, PHRASE_BITS, &mut out);
        }
        out
    }

    /// Reads lists written by [`Gazetteer::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Gazetteer, ListsError> {
        if bytes.get(..4) != Some(MAGIC.as_slice()) {
            return Err(ListsError::NotLists);
        }
        let header = bytes.get(4..15).ok_or(ListsError::Truncated)?;
        if header[0] != FORMAT {
            return Err(ListsError::UnknownFormat(header[0]));
        }
        if u32::from(header[1]) != PHRASE_BITS {
            return Err(ListsError::KeySize);
        }
        let mut fingerprint = [0u8; 8];
        fingerprint.copy_from_slice(&header[2..10]);
        let mut g = Gazetteer {
            phrases: HashMap::default(),
            prefixes: HashMap::default(),
            longest: usize::from(header[10]),
            lowercase_words: WordFilter::new(),
            fingerprint: u64::from_le_bytes(fingerprint),
        };
        let error = |e: golomb::CodingError| if e == golomb::SHORT { ListsError::Truncated } else { ListsError::Corrupt(e) };
        let mut pos = 15;
        pos += golomb::decode(&bytes[pos..], WordFilter::BITS, |p| g.lowercase_words.set(p)).map_err(error)?;
        pos += golomb::decode(&bytes[pos..], PHRASE_BITS, |k| {
            g.prefixes.insert(k, ());
        })
        .map_err(error)?;
        for list in List::ALL {
            pos += golomb::decode(&bytes[pos..], PHRASE_BITS, |k| *g.phrases.entry(k).or_insert(0) |= list.bit())
                .map_err(error)?;
        }
        if pos != bytes.len() {
            return Err(ListsError::TrailingBytes);
        }
        Ok(g)
    }

    /// Marks every token covered by a listed phrase, for each list. A phrase
    /// matches case-insensitively ("WASHINGTON") but must start with a
    /// capital letter, so "nice" and "may" stay unmarked.
    pub fn mark(&self, forms: &[Forms], out: &mut Vec<MatchMask>) {
        out.clear();
        out.resize(forms.len(), 0);
        for start in 0..forms.len() {
            if !forms[start].starts_upper() {
                continue;
            }
            let mut h = hashing::EMPTY;
            for end in start + 1..=forms.len().min(start + self.longest) {
                h = combine(h, forms[end - 1].lower);
                let key = phrase_key(h);
                if let Some(&bits) = self.phrases.get(&key) {
                    for list in List::ALL.iter().filter(|l| bits & l.bit() != 0) {
                        let base = 4 * *list as u64;
                        if end - start == 1 {
                            out[start] |= 1 << (base + 3);
                        } else {
                            out[start] |= 1 << base;
                            for m in &mut out[start + 1..end - 1] {
                                *m |= 1 << (base + 1);
                            }
                            out[end - 1] |= 1 << (base + 2);
                        }
                    }
                }
                if !self.prefixes.contains_key(&key) {
                    break;
                }
            }
        }
    }
}

#[cfg(all(test, feature = "embedded"))]
mod tests {
    use super::*;

    fn marks(g: &Gazetteer, text: &str) -> Vec<MatchMask> {
        let forms: Vec<Forms> = tokenize(text).iter().map(|t| Forms::of(t.text(text))).collect();
        let mut out = Vec::new();
        g.mark(&forms, &mut out);
        out
    }

    const UNIT: u64 = 3;
    const BEGIN: u64 = 0;
    const LAST: u64 = 2;

    fn bit(list: List, position: u64) -> MatchMask {
        1 << (4 * list as u64 + position)
    }

    #[test]
    fn marks_single_and_multi_token_phrases_case_insensitively() {
        let g =
            Gazetteer::from_lists(&[(List::Country, "# header\nIran\nUnited States\n"), (List::City, "Moscow")], "");
        let m = marks(&g, "the UNITED STATES and Iran , not moscow");
        assert_eq!(m[0], 0);
        assert_eq!(m[1], bit(List::Country, BEGIN));
        assert_eq!(m[2], bit(List::Country, LAST));
        assert_eq!(m[4], bit(List::Country, UNIT));
        assert_eq!(m[7], 0, "a lower-case word does not start a match");
    }

    #[test]
    fn packed_lists_mark_what_the_text_lists_mark() {
        let g = Gazetteer::from_lists(
            &[(List::Country, "Iran\nUnited States\n"), (List::City, "New York\nMoscow"), (List::FirstName, "Jordan")],
            "suspects\nmissiles\n",
        );
        let bytes = g.to_bytes();
        let back = Gazetteer::from_bytes(&bytes).expect("packed lists load");
        let text = "New York and the United States , not Iran or Jordan ; Suspects";
        assert_eq!(marks(&back, text), marks(&g, text));
        assert_eq!(back.fingerprint(), g.fingerprint());
        assert!(back.is_lowercase_word(Forms::lower_of("Missiles")));
        assert!(!back.is_lowercase_word(Forms::lower_of("Biden")));
        for cut in 0..bytes.len() {
            assert!(Gazetteer::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn a_phrase_in_two_lists_marks_both() {
        let g = Gazetteer::from_lists(&[(List::Country, "Jordan"), (List::FirstName, "Jordan")], "");
        assert_eq!(marks(&g, "Jordan")[0], bit(List::Country, UNIT) | bit(List::FirstName, UNIT));
    }

    #[test]
    fn knows_lower_case_english_words_but_not_names() {
        let g = Gazetteer::from_lists(&[], "# header\nsuspects\nmissiles\n");
        assert!(g.is_lowercase_word(Forms::lower_of("Suspects")));
        assert!(g.is_lowercase_word(Forms::lower_of("MISSILES")));
        assert!(!g.is_lowercase_word(Forms::lower_of("Biden")));
        let shipped = Gazetteer::shipped();
        assert!(shipped.is_lowercase_word(Forms::lower_of("transferred")));
        assert!(!shipped.is_lowercase_word(Forms::lower_of("Zelenskyy")));
    }

    #[test]
    fn shipped_lists_know_general_places_and_names() {
        let g = Gazetteer::shipped();
        let m = marks(g, "Germany Tokyo Ohio French NATO Michael Johnson GDP");
        let lists = [
            List::Country,
            List::City,
            List::Region,
            List::Demonym,
            List::Organization,
            List::FirstName,
            List::Surname,
            List::Acronym,
        ];
        for (i, list) in lists.iter().enumerate() {
            assert!(m[i] & bit(*list, UNIT) != 0, "token {i} should be in {list:?}");
        }
    }

    #[test]
    fn ap_state_abbreviations_are_regions() {
        let g = Gazetteer::shipped();
        let m = marks(g, "Everett , Wash. , and Portland , Ore. , and Trenton , N.J.");
        for i in [2, 7, 12] {
            assert!(m[i] & bit(List::Region, UNIT) != 0, "token {i} should be a region");
        }
    }
}
