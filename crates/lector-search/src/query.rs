//! What the reader typed, as clauses that must all match.
//!
//! Words outside quotes are separate clauses; words in quotes, or joined by
//! punctuation without a space ("Jong-un", "U.S.-led"), form a phrase. While
//! the reader is typing, the last word is a prefix, so results appear after a
//! keystroke or two ("Zel" finds "Zelenskyy").

use crate::tokens::tokenize;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Clause {
    Word(String),
    /// Any term starting with this: the word being typed.
    Prefix(String),
    Phrase(Vec<String>),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub clauses: Vec<Clause>,
}

impl Query {
    /// Parses `input`; with `as_you_type`, a last word not yet followed by a
    /// space or closing quote is a prefix.
    pub fn parse(input: &str, as_you_type: bool) -> Query {
        let mut clauses = Vec::new();
        let mut typed_last_word = false;
        for (i, part) in input.split(['"', '\u{201C}', '\u{201D}']).enumerate() {
            let quoted = i % 2 == 1;
            let tokens = tokenize(part);
            if quoted {
                let words: Vec<String> = tokens.into_iter().map(|t| t.term).collect();
                push_phrase(&mut clauses, words);
                typed_last_word = false;
                continue;
            }
            let chars: Vec<char> = part.chars().collect();
            let mut group: Vec<String> = Vec::new();
            let mut previous_end = None;
            for token in tokens {
                let joined = previous_end
                    .is_some_and(|end: usize| !chars[end..token.span.start].iter().any(|c| c.is_whitespace()));
                if !joined && !group.is_empty() {
                    push_phrase(&mut clauses, std::mem::take(&mut group));
                }
                previous_end = Some(token.span.end);
                group.push(token.term);
            }
            typed_last_word = previous_end.is_some_and(|end| end == chars.len()) && !group.is_empty();
            if !group.is_empty() {
                push_phrase(&mut clauses, group);
            }
        }
        if as_you_type && typed_last_word {
            if let Some(Clause::Word(word)) = clauses.last() {
                let word = word.clone();
                *clauses.last_mut().expect("a last clause") = Clause::Prefix(word);
            }
        }
        Query { clauses }
    }

    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }
}

fn push_phrase(clauses: &mut Vec<Clause>, mut words: Vec<String>) {
    match words.len() {
        0 => {}
        1 => clauses.push(Clause::Word(words.remove(0))),
        _ => clauses.push(Clause::Phrase(words)),
    }
}
