//! Where a mention's span starts, as the guidelines mark it: a courtesy
//! title stays outside a person's name ("Kirby" in "Mr. Kirby"), and so does
//! an article at the start of a sentence that the model ran into a name
//! ("An Ivanti spokesperson" begins a sentence; "A Coruña" mid-sentence is
//! a city).

use super::scope::{token_at, Scope};
use super::{EntityLabel, Mention};
use crate::tokenize::{Token, TokenKind};

/// Courtesy titles that are never part of a person's name.
pub(crate) const COURTESY: &[&str] = &["mr.", "mrs.", "ms.", "mx.", "dr.", "mr", "mrs", "ms", "mx", "dr"];

/// Articles that never begin a name when they begin a sentence ("A Coruña"
/// and "An Post" do, mid-sentence; "The" does in "The Hague", and the model
/// is trained without it on organizations, see `conll.rs`).
const ARTICLES: &[&str] = &["a", "an"];

/// Moves the start of a mention past a leading courtesy title (people only)
/// or a sentence-initial article, when a word of the name follows, written
/// apart ("A-League" stays whole).
pub fn trim_starts(text: &str, tokens: &[Token], scope: &Scope, mentions: &mut [Mention]) {
    for mention in mentions.iter_mut() {
        let first = token_at(tokens, mention.bytes.start);
        let Some(lead) = tokens.get(first) else { continue };
        let Some(next) = tokens.get(first + 1).filter(|t| t.bytes.end <= mention.bytes.end) else { continue };
        if !next.is_word() || next.glued {
            continue;
        }
        let courtesy = mention.label == EntityLabel::Per && COURTESY.iter().any(|w| lead.is(text, w));
        let article = ARTICLES.iter().any(|w| lead.is(text, w)) && starts_sentence(tokens, scope, first);
        if courtesy || article {
            mention.bytes.start = next.bytes.start;
        }
    }
}

/// Whether token `i` is the first word of its sentence (after any quotes or
/// brackets that open it).
fn starts_sentence(tokens: &[Token], scope: &Scope, i: usize) -> bool {
    let run = &scope.runs[scope.sentence_of(i)];
    (run.start..i).all(|t| !tokens[t].is_word() && tokens[t].kind != TokenKind::Number)
}

#[cfg(test)]
mod tests {
    use crate::ner::recognizer::analyzed_mentions as mentions;

    #[test]
    fn titles_and_articles_stay_outside_the_name() {
        let table: &[(&str, &str)] = &[
            ("The plan was dead, Mr. Quillby said.", "Quillby"),
            ("On Monday, Mrs. Okonjo-Adeyemi met the press.", "Okonjo-Adeyemi"),
            ("On Monday, Dr. Halvorsen met the press.", "Halvorsen"),
        ];
        for (text, want) in table {
            let found = mentions(text);
            assert!(found.iter().any(|(m, _)| m == want), "{text}: {found:?}");
            assert!(found.iter().all(|(m, _)| !m.starts_with("Mr") && !m.starts_with("Dr")), "{text}: {found:?}");
        }
        // Mid-sentence, an article can be part of a name.
        let found = mentions("Deportivo played in A Coruña on Sunday.");
        assert!(found.contains(&("A Coruña".to_string(), "LOC")), "{found:?}");
        // A sentence-initial article run into a name the model does not know.
        let text = "The flaw was in software made by Ivanti. An Ivanti spokesperson said a fix was ready.";
        let found = mentions(text);
        assert_eq!(found.iter().filter(|(m, _)| m == "Ivanti").count(), 2, "{found:?}");
        assert!(found.iter().all(|(m, _)| !m.starts_with("An ")), "{found:?}");
    }
}
