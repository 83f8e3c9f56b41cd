//! One person, one name, through an article.
//!
//! News names a person in full once ("Donald Trump", "Emmanuel Macron") and
//! by surname after that. A surname that is also an English word ("Trump",
//! "Macron", "Cook", "King") looks, to a model trained on 1996 wire copy, like
//! any capitalised word at the start of a sentence, so the lone surname is
//! missed or mislabelled just where the article is talking about the person.
//! Readers resolve it from the full name; so does this pass: after decoding,
//! a lone capitalised word that is the surname of a person the article names
//! in full is that person.
//!
//! It stays out of the way of longer names and of the model's own evidence:
//! a surname next to another capitalised word ("Trump Tower", "Cook County",
//! "Rice University") is left to the model; a surname that is itself a listed
//! place or organization ("George Washington", "Michael Jordan") never
//! spreads, nor does one whose word alone the model labels otherwise nearby;
//! and a full name reaches only the sentences within the model's document
//! window, since one text may hold several stories.

use std::collections::HashMap;
use std::ops::Range;

use super::forms::{Forms, SentenceCase};
use super::gazetteer::Gazetteer;
use super::{EntityLabel, Mention};
use crate::tokenize::Token;

/// Words that end a full name without being its surname.
const SUFFIXES: &[&str] = &["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];

/// Titles that may stand right before a lone surname ("Mr. Trump",
/// "President Macron"), unlike the first word of a longer name.
const TITLES: &[&str] = &[
    "mr.",
    "mrs.",
    "ms.",
    "mx.",
    "dr.",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof.",
    "sen.",
    "rep.",
    "gov.",
    "gen.",
    "lt.",
    "col.",
    "sgt.",
    "president",
    "senator",
    "minister",
    "chancellor",
    "premier",
    "king",
    "queen",
    "prince",
    "pope",
    "judge",
    "justice",
    "secretary",
    "governor",
    "mayor",
    "general",
    "coach",
];

/// Adds the lone surnames of people named in full nearby to the mentions of
/// one text (in text order; the result is in text order too).
pub fn resolve(text: &str, tokens: &[Token], scope: &Scope, gazetteer: &Gazetteer, mentions: &mut Vec<Mention>) {
    spread_surnames(text, tokens, scope, gazetteer, mentions);
}

fn folded(token: &Token, text: &str) -> String {
    token.text(text).chars().map(crate::tokenize::fold).collect()
}

/// Index of the first token starting at or after `byte`.
fn token_at(tokens: &[Token], byte: usize) -> usize {
    tokens.partition_point(|t| t.bytes.start < byte)
}

fn spread_surnames(text: &str, tokens: &[Token], scope: &Scope, gazetteer: &Gazetteer, mentions: &mut Vec<Mention>) {
    // Where each surname is named in full, and where its word alone is
    // labelled something other than a person (then it is not spread there:
    // the model has its own evidence, as for "Chechnya" or "Jones" stock).
    let mut named_in_full: HashMap<String, Vec<usize>> = HashMap::new();
    let mut read_otherwise: HashMap<String, Vec<usize>> = HashMap::new();
    for mention in mentions.iter() {
        let (start, end) = (token_at(tokens, mention.bytes.start), token_at(tokens, mention.bytes.end));
        let words: Vec<&Token> = tokens[start..end].iter().filter(|t| t.is_word()).collect();
        if mention.label != EntityLabel::Per {
            if let [word] = words[..] {
                read_otherwise.entry(folded(word, text)).or_default().push(scope.sentence_of(start));
            }
            continue;
        }
        let Some(last) = words.iter().rev().find(|t| !SUFFIXES.contains(&folded(t, text).as_str())) else {
            continue;
        };
        let is_surname = words.len() >= 2
            && last.text(text).chars().count() >= 3
            && !last.text(text).ends_with('.')
            && last.starts_upper(text)
            && !gazetteer.names_a_place_or_organization(Forms::lower_of(last.text(text)));
        if is_surname {
            named_in_full.entry(folded(last, text)).or_default().push(scope.sentence_of(start));
        }
    }
    if named_in_full.is_empty() {
        return;
    }
    let near = |sentences: Option<&Vec<usize>>, here: usize| {
        sentences.is_some_and(|list| list.iter().any(|&s| s.abs_diff(here) <= scope.window))
    };
    // In a headline every word is capitalised: there a neighbour that is an
    // ordinary English word ("Trump Says", "Macron Calls") is not part of a
    // longer name.
    let headline = |here: usize| scope.cases.get(here).is_some_and(|&c| c != SentenceCase::Normal);
    let joins_name = |i: usize, here: usize| {
        tokens.get(i).is_some_and(|t| {
            t.is_word()
                && t.starts_upper(text)
                && !(headline(here) && gazetteer.is_lowercase_word(Forms::lower_of(t.text(text))))
        })
    };
    let mut added = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        if !token.is_word() || !token.starts_upper(text) {
            continue;
        }
        let word = folded(token, text);
        let here = scope.sentence_of(i);
        if !near(named_in_full.get(&word), here) || near(read_otherwise.get(&word), here) {
            continue;
        }
        if mentions.iter().any(|m| m.bytes.start < token.bytes.end && token.bytes.start < m.bytes.end) {
            continue;
        }
        let after_title = i > 0 && TITLES.contains(&folded(&tokens[i - 1], text).as_str());
        let alone = (i == 0 || !joins_name(i - 1, here) || after_title) && !joins_name(i + 1, here);
        // A hyphenated compound ("Trump-backed") is the model's call.
        let compound = tokens.get(i + 1).is_some_and(|t| t.glued && t.text(text) == "-");
        if alone && !compound {
            added.push(Mention { bytes: token.bytes.clone(), label: EntityLabel::Per });
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.bytes.start);
    }
}

/// Which sentence (decoding run) each token is in, and how many sentences
/// either side count as "the same article": a text can hold many stories
/// (the CoNLL files do), so a full name reaches only so far.
pub struct Scope<'a> {
    pub runs: &'a [Range<usize>],
    /// The case of each run: headlines are written differently.
    pub cases: &'a [SentenceCase],
    pub window: usize,
}

impl Scope<'_> {
    fn sentence_of(&self, token: usize) -> usize {
        self.runs.partition_point(|run| run.end <= token)
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze;

    /// The PER mentions of a text, as strings.
    fn people(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        analyze(text)
            .entities
            .iter()
            .filter(|e| e.label.code() == "PER")
            .map(|e| chars[e.span.start..e.span.end].iter().collect())
            .collect()
    }

    #[test]
    fn a_surname_that_is_also_a_word_is_the_person_once_named_in_full() {
        let table: &[(&str, &[&str])] = &[
            (
                "Acme chief executive Tim Cook said sales rose. Cook added that prices would hold.",
                &["Tim Cook", "Cook"],
            ),
            (
                "Senator Willa Trump spoke first. Trump said the bill was dead. The aide said Trump would vote no.",
                &["Willa Trump", "Trump", "Trump"],
            ),
            ("Dana Price, the mayor, resigned. Price said she was tired.", &["Dana Price", "Price"]),
            // A Title Case headline above the story that names him in full.
            (
                "Trump Says Talks Will Resume After Summit\n\nSenator Willa Trump said on Monday that talks would resume.",
                &["Trump", "Willa Trump"],
            ),
        ];
        for (text, want) in table {
            assert_eq!(people(text), *want, "{text}");
        }
    }

    #[test]
    fn longer_names_and_places_are_left_alone() {
        // "Cook County" is a place, not the person; "Washington" is a listed
        // place and never spreads from "George Washington".
        let people_in = people("Tim Cook visited Cook County on Monday.");
        assert_eq!(people_in, ["Tim Cook"]);
        let people_in = people("A statue of George Washington stands in Washington.");
        assert_eq!(people_in, ["George Washington"]);
        // Lower case is the common word, never the person.
        assert_eq!(people("Ann King met voters. The king of pop was absent."), ["Ann King"]);
    }
}
