//! The news tokenizer: turns text into word, number and punctuation tokens in
//! byte offsets, the unit every analyzer stage matches on.
//!
//! Choices follow what the entity model and the maintainers' gold need:
//! - Abbreviations keep their periods ("U.S.", "a.m.", "Mr.", "Calif.",
//!   initials such as "J."), so a sentence splitter does not cut at them and a
//!   mention can end on them.
//! - A possessive or contraction is its own token ("Iran" + "'s", "do" +
//!   "n't"), straight or curly apostrophe, so an entity span excludes it.
//! - Hyphenated compounds are split into parts and hyphens ("Iran" "-" "made")
//!   with [`Token::glued`] marking parts written without a space: the gold
//!   marks only the name part of "Iran-made", while "Jean-Pierre" stays one
//!   mention across the hyphen.
//! - Runs of one punctuation character ("--", "...") are one token; every
//!   other symbol ("$", "—", "“") is a token of its own.

use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Contains at least one letter ("Iran", "'s", "1990s", "U.S.").
    Word,
    /// Digits, possibly with inner separators ("725", "1,300", "3.5", "2:29").
    Number,
    /// Anything else: punctuation, quotes, dashes, currency signs.
    Punct,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the text.
    pub bytes: Range<usize>,
    pub kind: TokenKind,
    /// Written directly after the previous token, with no space between (the
    /// parts and hyphens of "Iran-made", the "'s" of "Iran's", a closing
    /// quote).
    pub glued: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.bytes.clone()]
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Whether the token reads as `word`, ignoring case and the difference
    /// between curly and straight apostrophes and quotes: how lexicons match
    /// tokens without allocating a lowercase copy. `word` must be lowercase.
    pub fn is(&self, text: &str, word: &str) -> bool {
        let mut mine = self.text(text).chars().map(fold);
        let mut theirs = word.chars();
        loop {
            match (mine.next(), theirs.next()) {
                (None, None) => return true,
                (Some(a), Some(b)) if a == b => {}
                _ => return false,
            }
        }
    }

    /// Whether the first character is an upper-case letter.
    pub fn starts_upper(&self, text: &str) -> bool {
        self.text(text).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether every letter is upper case (and there is at least one).
    #[cfg_attr(not(feature = "training"), allow(dead_code))] // lector-train uses it
    pub fn is_all_caps(&self, text: &str) -> bool {
        let mut letters = self.text(text).chars().filter(|c| c.is_alphabetic()).peekable();
        letters.peek().is_some() && letters.all(char::is_uppercase)
    }
}

/// How the tokenizer and the lexicons compare characters: lower case, and
/// typographic apostrophes, quotes and dashes as their ASCII forms, so that
/// "Iran’s" and "Iran's" or “ and " read alike.
pub fn fold(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' => '-',
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// Letters, digits and combining marks continue a word ("Zelenskyy",
/// decomposed accents).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Abbreviations that keep their period in news text: titles, company
/// suffixes, months and AP-style U.S. state abbreviations. Single capitals
/// ("J.") and dotted letter sequences ("U.S.", "a.m.") are handled by pattern.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Cmdr", "Sgt", "Adm",
    "Maj", "Pvt", "Cpl", "Pres", "Amb", "Hon", "Atty", "Supt", "Jr", "Sr", "St", "Mt", "Ft", "Inc", "Corp", "Co",
    "Ltd", "Bros", "Cos", "Assn", "Dept", "Univ", "No", "Nos", "vs", "etc", "approx", "Jan", "Feb", "Mar", "Apr",
    "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga",
    "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla",
    "Ore", "Pa", "Penn", "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wyo", "Ave", "Blvd", "Rd", "Sq",
];

pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut chunk_start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = chunk_start.take() {
                split_chunk(text, s, i, &mut tokens);
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
    }
    if let Some(s) = chunk_start {
        split_chunk(text, s, text.len(), &mut tokens);
    }
    tokens
}

/// Splits one run of non-space characters into tokens.
fn split_chunk(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let chunk = &text[start..end];
    let mut pos = 0;
    let mut first = true;
    while pos < chunk.len() {
        let rest = &chunk[pos..];
        let Some(c) = rest.chars().next() else { break };
        let (len, kind) = if is_word_char(c) {
            word_len(chunk, pos)
        } else if is_apostrophe(c) {
            let clitic = clitic_len(rest);
            if clitic > 0 {
                (clitic, TokenKind::Word)
            } else {
                (c.len_utf8(), TokenKind::Punct)
            }
        } else {
            // A run of the same punctuation character ("--", "...").
            let run: usize = rest.chars().take_while(|&d| d == c).map(char::len_utf8).sum();
            (run, TokenKind::Punct)
        };
        out.push(Token { bytes: start + pos..start + pos + len, kind, glued: !first });
        first = false;
        pos += len;
    }
}

/// A clitic starting at an apostrophe: "'s", "'re", "'ve", "'ll", "'m", "'d",
/// followed by the end of the chunk or a non-word character. Returns its byte
/// length, or 0.
fn clitic_len(rest: &str) -> usize {
    let mut chars = rest.char_indices();
    let Some((_, apostrophe)) = chars.next() else { return 0 };
    let after = &rest[apostrophe.len_utf8()..];
    for clitic in ["s", "re", "ve", "ll", "m", "d"] {
        if after.len() >= clitic.len()
            && after.is_char_boundary(clitic.len())
            && after[..clitic.len()].eq_ignore_ascii_case(clitic)
            && !after[clitic.len()..].chars().next().is_some_and(is_word_char)
        {
            return apostrophe.len_utf8() + clitic.len();
        }
    }
    0
}

/// The length of the word or number starting at `pos`, and its kind.
fn word_len(chunk: &str, pos: usize) -> (usize, TokenKind) {
    let bytes = chunk.as_bytes();
    let mut end = pos;
    let mut has_letter = false;
    loop {
        // A run of word characters.
        for c in chunk[end..].chars() {
            if !is_word_char(c) {
                break;
            }
            has_letter |= c.is_alphabetic();
            end += c.len_utf8();
        }
        let run = &chunk[pos..end];
        let Some(next) = chunk[end..].chars().next() else { break };
        let after = chunk[end + next.len_utf8()..].chars().next();
        match next {
            // "n't": "don't" -> "do" + "n't".
            c if is_apostrophe(c) && !has_letter => break,
            c if is_apostrophe(c) => {
                if run.len() > 1
                    && run.ends_with(['n', 'N'])
                    && after.is_some_and(|a| a == 't' || a == 'T')
                    && !chunk[end + next.len_utf8() + 1..].chars().next().is_some_and(is_word_char)
                {
                    return (end - 1 - pos, TokenKind::Word);
                }
                if clitic_len(&chunk[end..]) > 0 {
                    break;
                }
                // "O'Brien", "d'Outre": the apostrophe is part of the name.
                if after.is_some_and(char::is_alphabetic) {
                    end += next.len_utf8();
                    continue;
                }
                break;
            }
            // "S&P", "AT&T".
            '&' if has_letter && after.is_some_and(char::is_alphabetic) => {
                end += 1;
                continue;
            }
            // "1,300", "3.5", "2:29.34".
            ',' | '.' | ':' if !has_letter && after.is_some_and(|a| a.is_ascii_digit()) => {
                end += 1;
                continue;
            }
            '.' if has_letter => {
                // Dotted letters: "U.S.", "a.m.", "F.C.", "U.S" (the run so far
                // is one letter and a letter with a period follows).
                if run.chars().count() == 1 && after.is_some_and(char::is_alphabetic) {
                    let mut k = end;
                    let mut ok = false;
                    while k < bytes.len() && bytes[k] == b'.' {
                        let mut it = chunk[k + 1..].chars();
                        match (it.next(), it.next()) {
                            (Some(l), next2) if l.is_alphabetic() && !next2.is_some_and(is_word_char) => {
                                k += 1 + l.len_utf8();
                                ok = true;
                            }
                            _ => break,
                        }
                    }
                    if ok {
                        if k < bytes.len() && bytes[k] == b'.' {
                            k += 1;
                        }
                        return (k - pos, TokenKind::Word);
                    }
                }
                let single_capital = run.chars().count() == 1 && run.chars().all(char::is_uppercase);
                if single_capital || ABBREVIATIONS.contains(&run) {
                    end += 1;
                }
                break;
            }
            _ => break,
        }
    }
    (end - pos, if has_letter { TokenKind::Word } else { TokenKind::Number })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Text, then the expected tokens (texts) in order.
    const SPLITS: &[(&str, &[&str])] = &[
        ("U.S. officials said", &["U.S.", "officials", "said"]),
        ("in the U.S.", &["in", "the", "U.S."]),
        ("U.S.-led forces", &["U.S.", "-", "led", "forces"]),
        ("the U.N. Security Council", &["the", "U.N.", "Security", "Council"]),
        ("at 9 a.m. Tuesday", &["at", "9", "a.m.", "Tuesday"]),
        ("Jean-Pierre Raffarin", &["Jean", "-", "Pierre", "Raffarin"]),
        ("Hossein Amir-Abdollahian", &["Hossein", "Amir", "-", "Abdollahian"]),
        ("Iran-made drones", &["Iran", "-", "made", "drones"]),
        ("the Ghadr-H missile", &["the", "Ghadr", "-", "H", "missile"]),
        ("Iran's mission", &["Iran", "'s", "mission"]),
        ("Iran\u{2019}s support", &["Iran", "\u{2019}s", "support"]),
        ("the farmers' union", &["the", "farmers", "'", "union"]),
        ("they don't know", &["they", "do", "n't", "know"]),
        ("it isn\u{2019}t so", &["it", "is", "n\u{2019}t", "so"]),
        ("we're here", &["we", "'re", "here"]),
        ("Conan O'Brien", &["Conan", "O'Brien"]),
        ("\u{201C}Any transfer,\u{201D} he said", &["\u{201C}", "Any", "transfer", ",", "\u{201D}", "he", "said"]),
        ("the conflict \u{2014} which leads", &["the", "conflict", "\u{2014}", "which", "leads"]),
        ("the conflict\u{2014}which leads", &["the", "conflict", "\u{2014}", "which", "leads"]),
        ("$725 million", &["$", "725", "million"]),
        ("1,300 kilometers", &["1,300", "kilometers"]),
        ("rose 3.5%.", &["rose", "3.5", "%", "."]),
        ("WASHINGTON (AP) \u{2014} The", &["WASHINGTON", "(", "AP", ")", "\u{2014}", "The"]),
        ("Mr. Kirby said.", &["Mr.", "Kirby", "said", "."]),
        ("John F. Kennedy", &["John", "F.", "Kennedy"]),
        ("Sacramento, Calif., police", &["Sacramento", ",", "Calif.", ",", "police"]),
        ("S&P 500", &["S&P", "500"]),
        ("wait -- what...", &["wait", "--", "what", "..."]),
        ("Shahed-136 drones", &["Shahed", "-", "136", "drones"]),
        ("the 1990s", &["the", "1990s"]),
        ("Zelenskyy's", &["Zelenskyy", "'s"]),
        ("Montr\u{e9}al", &["Montr\u{e9}al"]),
        ("", &[]),
        ("   ", &[]),
    ];

    #[test]
    fn splits_news_text_into_tokens() {
        for (text, expected) in SPLITS {
            let got: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
            assert_eq!(&got, expected, "tokenizing {text:?}");
        }
    }

    #[test]
    fn marks_parts_written_without_space_as_glued() {
        let text = "Iran-made drones, Iran's";
        let glued: Vec<(&str, bool)> = tokenize(text).iter().map(|t| (t.text(text), t.glued)).collect();
        assert_eq!(
            glued,
            [
                ("Iran", false),
                ("-", true),
                ("made", true),
                ("drones", false),
                (",", true),
                ("Iran", false),
                ("'s", true)
            ]
        );
    }

    #[test]
    fn classifies_words_numbers_and_punctuation() {
        let text = "In 2024 , $ 5 U.S. 's";
        let kinds: Vec<TokenKind> = tokenize(text).iter().map(|t| t.kind).collect();
        use TokenKind::*;
        assert_eq!(kinds, [Word, Number, Punct, Punct, Number, Word, Word]);
    }

    #[test]
    fn compares_words_ignoring_case_and_curly_apostrophes() {
        let text = "Iran\u{2019}s BELIEVES";
        let tokens = tokenize(text);
        assert!(tokens[1].is(text, "'s"));
        assert!(tokens[2].is(text, "believes"));
        assert!(!tokens[2].is(text, "believe"));
        assert!(tokens[2].is_all_caps(text) && tokens[0].starts_upper(text));
    }

    /// Inputs that have broken tokenizers: lone marks and apostrophes, dots
    /// everywhere, scripts without spaces, emoji with joiners.
    pub(crate) const ODD_INPUTS: &[&str] = &[
        "\u{0301}",
        "e\u{0301}t\u{0301}e\u{0301}",
        "''''",
        "n't",
        "'s's's",
        "\u{2019}",
        "U.S.-.",
        "a.b.c.d.e.f.g",
        ".....",
        "O'",
        "x'y'z",
        "1,2,3,,4..5::6",
        "$$$",
        "\u{1F469}\u{200D}\u{1F52C} \u{1F1FA}\u{1F1F8}",
        "\u{5317}\u{4EAC}\u{5E02}",
        "\u{0627}\u{0644}\u{0642}\u{062F}\u{0633} - \u{05D9}\u{05E8}\u{05D5}\u{05E9}\u{05DC}\u{05D9}\u{05DD}",
        "\u{0E01}\u{0E23}\u{0E38}\u{0E07}\u{0E40}\u{0E17}\u{0E1E}",
        "A-",
        "-A",
        "\u{0}\u{7f}\u{feff}",
    ];

    #[test]
    fn odd_input_is_tokenized_without_losing_a_character() {
        for text in ODD_INPUTS {
            let tokens = tokenize(text);
            let joined: String = tokens.iter().map(|t| t.text(text)).collect();
            let visible: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(joined, visible, "{text:?}");
        }
    }

    #[test]
    fn byte_ranges_cover_the_text_exactly() {
        let text = "Zelenskyy\u{2019}s “war” — in Kyiv’s 1,300-km front, U.S.-made.";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.bytes.start) && text.is_char_boundary(t.bytes.end));
            assert!(!t.text(text).trim().is_empty() && t.text(text).trim() == t.text(text));
        }
        let joined: String = tokenize(text).iter().map(|t| t.text(text)).collect();
        assert_eq!(joined, text.replace(' ', ""));
    }
}
