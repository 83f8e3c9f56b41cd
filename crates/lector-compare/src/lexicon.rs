//! The word lists the similarity model reads (`lexicons/*.txt`): data, so that
//! they can grow without touching code. Parsed once.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::stem::stem;

pub struct Lexicon {
    stopwords: HashSet<String>,
    /// Stem -> the stem of its group's first word.
    synonyms: HashMap<String, String>,
    negations: HashSet<String>,
    /// Negations that count only before "to" ("declined to").
    negations_before_to: HashSet<String>,
    /// Stem -> (pair number, pole).
    opposites: HashMap<String, (u32, bool)>,
}

impl Lexicon {
    pub fn shipped() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| {
            Lexicon::parse(
                include_str!("../lexicons/stopwords.txt"),
                include_str!("../lexicons/synonyms.txt"),
                include_str!("../lexicons/negations.txt"),
                include_str!("../lexicons/opposites.txt"),
            )
        })
    }

    fn parse(stopwords: &str, synonyms: &str, negations: &str, opposites: &str) -> Lexicon {
        let stopwords = lines(stopwords).flat_map(str::split_whitespace).map(str::to_string).collect();
        let mut synonym_map = HashMap::new();
        for line in lines(synonyms) {
            let mut words = line.split_whitespace().map(stem);
            let Some(head) = words.next() else { continue };
            synonym_map.entry(head.clone()).or_insert_with(|| head.clone());
            for word in words {
                synonym_map.entry(word).or_insert_with(|| head.clone());
            }
        }
        let mut always = HashSet::new();
        let mut before_to = HashSet::new();
        for line in lines(negations) {
            match line.split_whitespace().collect::<Vec<_>>().as_slice() {
                [word] => always.insert(word.to_string()),
                [word, "to"] => before_to.insert(word.to_string()),
                _ => false,
            };
        }
        let mut opposite_map = HashMap::new();
        for (n, line) in lines(opposites).enumerate() {
            if let [a, b] = line.split_whitespace().collect::<Vec<_>>().as_slice() {
                opposite_map.insert(stem(a), (n as u32, false));
                opposite_map.insert(stem(b), (n as u32, true));
            }
        }
        Lexicon {
            stopwords,
            synonyms: synonym_map,
            negations: always,
            negations_before_to: before_to,
            opposites: opposite_map,
        }
    }

    pub fn is_stopword(&self, lower: &str) -> bool {
        self.stopwords.contains(lower)
    }

    /// The word a stem stands for in comparisons: its synonym group, or itself.
    pub fn canonical<'s>(&'s self, stem: &'s str) -> &'s str {
        self.synonyms.get(stem).map_or(stem, String::as_str)
    }

    /// `before_to`: the next word is "to", itself followed by a word.
    pub fn is_negation(&self, lower: &str, before_to: bool) -> bool {
        self.negations.contains(lower) || (before_to && self.negations_before_to.contains(lower))
    }

    pub fn opposite(&self, stem: &str) -> Option<(u32, bool)> {
        self.opposites.get(stem).copied()
    }
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}
