//! Word counts and reading time shown in the library.

/// A common figure for adult silent reading of non-fiction (Brysbaert 2019
/// puts it at about 238 wpm); rounded down because news readers skim less
/// when they read critically, which is what Lector is for.
pub const WORDS_PER_MINUTE: usize = 230;

/// Words as a reader counts them: runs of characters between whitespace
/// that contain at least one letter or digit ("—" alone is not a word,
/// "U.S." and "$725" are).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// Whole minutes, at least one.
pub fn reading_minutes(words: usize) -> usize {
    words.div_ceil(WORDS_PER_MINUTE).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_not_punctuation() {
        let table = [
            ("", 0),
            ("One.", 1),
            ("WASHINGTON (AP) — The U.S. paid $725 million", 7),
            ("  spaced\n\nout\ttext ", 3),
            ("Zelenskyy’s “offensive” …", 2),
        ];
        for (text, want) in table {
            assert_eq!(word_count(text), want, "{text:?}");
        }
    }

    #[test]
    fn reading_time_rounds_up_and_never_says_zero() {
        assert_eq!(reading_minutes(0), 1);
        assert_eq!(reading_minutes(230), 1);
        assert_eq!(reading_minutes(231), 2);
        assert_eq!(reading_minutes(1000), 5);
    }
}
