//! Training copies of sentences in headline capitalisation.
//!
//! CoNLL-2003 has all-caps headlines but almost no Title Case ones, while
//! fresh news headlines are mostly Title Case ("US Suspects Iran Transferred
//! Short-Range Ballistic Missiles to Russia"). Trained only on the corpus,
//! a model reads every capital in such a headline as a name. Adding Title
//! Case and all-caps copies of some sentences, with the same gold tags,
//! teaches it that in those sentences capitals say little and the words
//! themselves say more. An all-caps headline ("CLINTON SAYS ...", of which
//! CoNLL-2003 has hundreds) gets its Title Case copy by lower-casing first,
//! which gives the model Title Case headlines in headline syntax; short
//! capitalised names ("NATO", "U.S.") keep their capitals.

use crate::conll::Sentence;
use lector_analysis::training::tags;
use lector_analysis::training::tokenize::{tokenize, TokenKind};

/// Words a headline writer leaves in lower case (AP and Chicago style).
const MINOR_WORDS: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on", "per",
    "to", "up", "via", "vs", "'s", "n't",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    Title,
    Caps,
}

/// The sentence rewritten in `variant`'s capitalisation, or `None` if that
/// would change its tokenization (so tags would no longer line up).
pub fn recase(sentence: &Sentence, variant: Variant) -> Option<Sentence> {
    let mut text = String::with_capacity(sentence.text.len());
    let mut copied = 0;
    let words = sentence.tokens.iter().filter(|t| t.kind == TokenKind::Word);
    let all_caps = words.clone().count() >= 2 && words.into_iter().all(|t| t.is_all_caps(&sentence.text));
    for (i, token) in sentence.tokens.iter().enumerate() {
        text.push_str(&sentence.text[copied..token.bytes.start]);
        let word = token.text(&sentence.text);
        match variant {
            Variant::Caps => text.push_str(&word.to_uppercase()),
            Variant::Title => {
                let minor = i > 0 && MINOR_WORDS.iter().any(|m| token.is(&sentence.text, m));
                let short_name = sentence.tags[i] != tags::O && word.chars().filter(|c| c.is_alphabetic()).count() <= 4;
                let lowered;
                let word = if all_caps && !short_name {
                    lowered = word.to_lowercase();
                    lowered.as_str()
                } else {
                    word
                };
                if token.kind == TokenKind::Word && !minor {
                    let mut chars = word.chars();
                    if let Some(first) = chars.next() {
                        text.extend(first.to_uppercase());
                        text.push_str(chars.as_str());
                    }
                } else {
                    text.push_str(word);
                }
            }
        }
        copied = token.bytes.end;
    }
    text.push_str(&sentence.text[copied..]);
    let tokens = tokenize(&text);
    let same_tokens = tokens.len() == sentence.tokens.len()
        && tokens.iter().zip(&sentence.tokens).all(|(a, b)| a.kind == b.kind && a.glued == b.glued);
    same_tokens.then(|| Sentence { text, tokens, tags: sentence.tags.clone() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use lector_analysis::training::tags;

    fn sentence(text: &str) -> Sentence {
        let tokens = tokenize(text);
        let tags = vec![tags::O; tokens.len()];
        Sentence { text: text.to_string(), tokens, tags }
    }

    #[test]
    fn title_case_capitalises_all_but_minor_words() {
        let s = recase(&sentence("US suspects Iran of sending short-range missiles to Russia's army"), Variant::Title);
        assert_eq!(
            s.map(|s| s.text).as_deref(),
            Some("US Suspects Iran of Sending Short-Range Missiles to Russia's Army")
        );
    }

    #[test]
    fn caps_upper_cases_everything_and_keeps_tags() {
        let mut original = sentence("the U.S. Treasury");
        original.tags[1] = tags::Tag(4);
        let caps = recase(&original, Variant::Caps).expect("same tokens");
        assert_eq!(caps.text, "THE U.S. TREASURY");
        assert_eq!(caps.tags, original.tags);
    }

    #[test]
    fn an_all_caps_headline_becomes_title_case_keeping_short_names() {
        let mut headline = sentence("CLINTON SAYS NATO WILL ACT IN BOSNIA");
        headline.tags[0] = tags::Tag(1);
        headline.tags[2] = tags::Tag(5);
        headline.tags[6] = tags::Tag(9);
        let title = recase(&headline, Variant::Title).expect("same tokens");
        assert_eq!(title.text, "Clinton Says NATO Will Act in Bosnia");
    }

    #[test]
    fn refuses_a_copy_whose_tokens_would_differ() {
        // "Mr." keeps its period as a known abbreviation; "MR." does not.
        assert!(recase(&sentence("Mr. Kirby said"), Variant::Caps).is_none());
    }
}
