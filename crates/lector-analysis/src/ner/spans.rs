//! Where a mention's span starts, as the guidelines mark it: a courtesy
//! title stays outside a person's name ("Kirby" in "Mr. Kirby"), and so does
//! an article at the start of a sentence that the model ran into a name
//! ("An Ivanti spokesperson").

use super::{EntityLabel, Mention};
use crate::tokenize::{fold, Token};

/// Courtesy titles that are never part of a person's name.
const COURTESY: &[&str] = &["mr.", "mrs.", "ms.", "mx.", "dr.", "mr", "mrs", "ms", "mx", "dr"];

/// Articles that never begin a name ("The" does, in "The Hague", and the
/// model is trained without it on organizations; see `conll.rs`).
const ARTICLES: &[&str] = &["a", "an"];

fn folded(token: &Token, text: &str) -> String {
    token.text(text).chars().map(fold).collect()
}

/// Moves the start of a mention past a leading courtesy title (people only)
/// or article, when a word of the name follows inside the mention.
pub fn trim_starts(text: &str, tokens: &[Token], mentions: &mut [Mention]) {
    for mention in mentions.iter_mut() {
        let first = tokens.partition_point(|t| t.bytes.start < mention.bytes.start);
        let Some(lead) = tokens.get(first) else { continue };
        let lead = folded(lead, text);
        let trims = ARTICLES.contains(&lead.as_str())
            || (mention.label == EntityLabel::Per && COURTESY.contains(&lead.as_str()));
        if !trims {
            continue;
        }
        let mut rest = tokens[first + 1..].iter().take_while(|t| t.bytes.end <= mention.bytes.end);
        if let Some(name) = rest.find(|t| t.is_word()) {
            mention.bytes.start = name.bytes.start;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ner::analyzed_mentions as mentions;

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
        // A sentence-initial article run into a name the model does not know.
        let text = "The flaw was in software made by Ivanti. An Ivanti spokesperson said a fix was ready.";
        let found = mentions(text);
        assert_eq!(found.iter().filter(|(m, _)| m == "Ivanti").count(), 2, "{found:?}");
        assert!(found.iter().all(|(m, _)| !m.starts_with("An ")), "{found:?}");
    }
}
