//! A name given in full once, and short after that.
//!
//! News names a person in full once ("Donald Trump", "Emmanuel Macron") and
//! by surname after that, and a company once with its kind ("Ostara Pharma",
//! "Harwell Capital") and by its first word after that. The short form alone
//! is where a model trained on 1996 wire copy goes wrong: a surname that is
//! also an English word ("Trump", "Macron", "Cook") looks like any capitalised
//! word at the start of a sentence, and an unknown word before "said" looks
//! like a person ("Ostara said"). Readers resolve the short form from the full
//! one; so does this pass, after decoding: a lone capitalised word that is the
//! short form of a name given in full nearby is that person or organization.
//!
//! It stays out of the way of longer names and of the model's own evidence:
//! a short form next to another capitalised word ("Trump Tower", "Cook
//! County") is left to the model; a short form that is itself a listed place
//! or organization ("George Washington", "Boston University") never spreads,
//! nor one that would name both a person and an organization nearby, nor a
//! surname whose word alone the model labels otherwise nearby ("Chechnya");
//! and a full name reaches only the sentences within the model's document
//! window, since one text may hold several stories.

use std::collections::HashMap;

use super::forms::SentenceCase;
use super::gazetteer::{Gazetteer, List};
use super::scope::{token_at, Scope};
use super::spans::COURTESY;
use super::{EntityLabel, Mention};
use crate::tokenize::Token;

/// Words that end a full name without being its surname.
const SUFFIXES: &[&str] = &["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];

/// Titles, besides the courtesy ones, that may stand right before a lone
/// surname ("President Macron"), unlike the first word of a longer name.
const TITLES: &[&str] = &[
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

fn is_title(token: &Token, text: &str) -> bool {
    COURTESY.iter().chain(TITLES).any(|title| token.is(text, title))
}

/// Adds and corrects the lone short forms of names given in full nearby in
/// the mentions of one text (in text order; the result is in text order too).
pub fn resolve(text: &str, tokens: &[Token], scope: &Scope, gazetteer: &Gazetteer, mentions: &mut Vec<Mention>) {
    let short_forms = ShortForms::gather(text, tokens, scope, gazetteer, mentions);
    if short_forms.full.is_empty() {
        return;
    }
    // In a headline every word is capitalised: there a neighbour that is an
    // ordinary English word ("Trump Says", "Macron Calls") is not part of a
    // longer name. Neighbours are looked for in the token's own sentence only.
    let headline = |run: usize| scope.cases.get(run).is_some_and(|&c| c != SentenceCase::Normal);
    let joins_name = |i: usize, run: usize| {
        scope.runs[run].contains(&i)
            && tokens[i].is_word()
            && tokens[i].starts_upper(text)
            && !(headline(run) && gazetteer.is_lowercase_word(scope.keys[i]))
    };
    let mut added = Vec::new();
    // Mentions are in text order and do not overlap: one cursor walks them
    // alongside the tokens.
    let mut next = 0;
    for (i, token) in tokens.iter().enumerate() {
        while next < mentions.len() && mentions[next].bytes.end <= token.bytes.start {
            next += 1;
        }
        if !token.is_word() || !token.starts_upper(text) {
            continue;
        }
        let run = scope.sentence_of(i);
        let Some(label) = short_forms.label_near(scope.keys[i], run, scope.window) else { continue };
        let covering = mentions.get_mut(next).filter(|m| m.bytes.start < token.bytes.end);
        match covering {
            // "Ostara said" read as a person: the article named the company.
            Some(m)
                if m.bytes == token.bytes
                    && label == EntityLabel::Org
                    && matches!(m.label, EntityLabel::Per | EntityLabel::Loc) =>
            {
                m.label = EntityLabel::Org
            }
            Some(_) => {}
            None => {
                let after_title = label == EntityLabel::Per && i > 0 && is_title(&tokens[i - 1], text);
                let alone = (i == 0 || !joins_name(i - 1, run) || after_title) && !joins_name(i + 1, run);
                // A hyphenated compound ("Trump-backed") is the model's call.
                let compound = tokens.get(i + 1).is_some_and(|t| t.glued && t.text(text) == "-");
                if alone && !compound {
                    added.push(Mention { bytes: token.bytes.clone(), label });
                }
            }
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.bytes.start);
    }
}

/// Sentences (in order) where something was seen, with its label.
type Sightings = Vec<(usize, EntityLabel)>;

/// Short forms of the names given in full (by the short form's lower-case
/// hash), with the sentences where they are given, and the sentences where a
/// short form's word alone is labelled by the model.
#[derive(Default)]
struct ShortForms {
    full: HashMap<u64, Sightings>,
    alone: HashMap<u64, Sightings>,
}

impl ShortForms {
    fn gather(text: &str, tokens: &[Token], scope: &Scope, gazetteer: &Gazetteer, mentions: &[Mention]) -> Self {
        let mut forms = ShortForms::default();
        let usable = |t: usize| {
            let word = &tokens[t];
            word.starts_upper(text)
                && word.text(text).chars().count() >= 3
                && !word.text(text).ends_with('.')
                && !gazetteer.names_a_place_or_organization(scope.keys[t])
        };
        for mention in mentions {
            let (start, end) = (token_at(tokens, mention.bytes.start), token_at(tokens, mention.bytes.end));
            let words: Vec<usize> = (start..end).filter(|&t| tokens[t].is_word()).collect();
            let here = scope.sentence_of(start);
            if let [word] = words[..] {
                forms.alone.entry(scope.keys[word]).or_default().push((here, mention.label));
                continue;
            }
            let short = match mention.label {
                // The surname: the last word that is not "Jr." and the like.
                EntityLabel::Per => {
                    words.iter().rev().copied().find(|&t| !SUFFIXES.iter().any(|s| tokens[t].is(text, s)))
                }
                // "Ostara" of "Ostara Pharma": a word and the kind of company;
                // not a nationality ("European" of "European Commission") nor
                // an English word ("Commerce" of "Commerce Department"), which
                // stand alone in other senses.
                EntityLabel::Org => match words[..] {
                    [name, kind]
                        if gazetteer.is_listed_word(scope.keys[kind], List::OrgHead)
                            && !gazetteer.is_listed_word(scope.keys[name], List::Demonym)
                            && !gazetteer.is_lowercase_word(scope.keys[name]) =>
                    {
                        Some(name)
                    }
                    _ => None,
                },
                _ => None,
            };
            if let Some(short) = short.filter(|&t| usable(t)) {
                forms.full.entry(scope.keys[short]).or_default().push((here, mention.label));
            }
        }
        forms
    }

    /// What a lone word (by its key) in sentence `here` names, if a full
    /// name nearby says so unambiguously.
    fn label_near(&self, key: u64, here: usize, window: usize) -> Option<EntityLabel> {
        // Sightings are pushed in text order, so the window is one slice.
        fn near(list: &[(usize, EntityLabel)], here: usize, window: usize) -> impl Iterator<Item = EntityLabel> + '_ {
            let from = list.partition_point(|&(s, _)| s + window < here);
            list[from..].iter().take_while(move |&&(s, _)| s <= here + window).map(|&(_, label)| label)
        }
        let mut labels = near(self.full.get(&key)?, here, window);
        let label = labels.next()?;
        if labels.any(|other| other != label) {
            return None;
        }
        // A surname the model reads as something else nearby has evidence
        // of its own; an organization's short form overrules the model.
        let contested = self.alone.get(&key).is_some_and(|list| near(list, here, window).any(|other| other != label));
        (label == EntityLabel::Org || !contested).then_some(label)
    }
}

#[cfg(test)]
mod tests {
    use crate::ner::recognizer::analyzed_mentions as labelled;

    /// The PER mentions of a text, as strings.
    fn people(text: &str) -> Vec<String> {
        labelled(text).into_iter().filter(|(_, label)| *label == "PER").map(|(m, _)| m).collect()
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
            // A paragraph that opens with the surname, under a headline that
            // has no full stop: the headline's last word is not a neighbour.
            (
                "The Senate Passes the Budget After Long Summit\n\nTrump said on Monday that the vote was close. \
                 Senator Willa Trump voted yes.",
                &["Trump", "Willa Trump"],
            ),
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
    fn a_company_named_with_its_kind_is_that_company_by_its_first_word() {
        let table: &[(&str, &str)] = &[
            (
                "Ostara Pharma, a Danish drugmaker, reported trial results. Ostara said it would seek approval.",
                "Ostara",
            ),
            ("Shares of Veltrix Holdings fell on Monday. Veltrix did not respond to a request for comment.", "Veltrix"),
            ("Quorvan Capital led the round. Quorvan declined to comment.", "Quorvan"),
        ];
        for (text, short) in table {
            let found = labelled(text);
            let lone: Vec<_> = found.iter().filter(|(m, _)| m == short).collect();
            assert!(!lone.is_empty(), "{text}: {found:?}");
            assert!(lone.iter().all(|(_, label)| *label == "ORG"), "{text}: {found:?}");
        }
    }

    #[test]
    fn nationalities_common_words_and_places_keep_their_own_reading() {
        let found = labelled("The European Commission proposed a ban. European officials said it would pass.");
        assert!(found.contains(&("European".to_string(), "MISC")), "{found:?}");
        let found = labelled("Dallas Capital led the round. The fund is based in Dallas.");
        assert!(found.contains(&("Dallas".to_string(), "LOC")), "{found:?}");
        let found = labelled("Researchers at Boston University studied the data. The team later moved to Boston.");
        assert!(found.contains(&("Boston".to_string(), "LOC")), "{found:?}");
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
