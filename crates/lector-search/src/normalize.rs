//! How words compare in search: case-, accent- and apostrophe-insensitive,
//! so "ZELENSKYY" is found by "Zelenskyy", "Đoković" by "djokovic"'s cousin
//! "dokovic", and "Ukraine’s" by "Ukraine".
//!
//! A fixed table for Latin letters rather than Unicode normalisation tables:
//! news in Latin scripts is what Lector reads, and the full tables would cost
//! the WebAssembly bundle more than the whole index.

/// Base letters of U+00C0..U+017F, lower case; `\0` marks a letter that folds
/// to two (see [`push_folded`]) or a sign that is not a letter.
const LATIN: &str = "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\0\0jjkkkllllllllllnnnnnnnnnoooooo\0\0rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// Whether `c` is a combining mark (decomposed accents, "e" + U+0301): part of
/// the word it follows, dropped when folding.
pub fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}')
}

/// Apostrophes as they appear in news copy: straight, curly, modifier letter.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// Appends the folded form of `c` (lower case, accents removed) to `out`;
/// apostrophes and combining marks add nothing.
pub fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        }
        return;
    }
    if is_combining(c) || is_apostrophe(c) {
        return;
    }
    let code = c as u32;
    if (0xC0..0x180).contains(&code) {
        let base = LATIN.as_bytes()[(code - 0xC0) as usize];
        if base != 0 {
            out.push(base as char);
            return;
        }
    }
    let pair = match c {
        'ß' => "ss",
        'Æ' | 'æ' => "ae",
        'Œ' | 'œ' => "oe",
        'Þ' | 'þ' => "th",
        'Ĳ' | 'ĳ' => "ij",
        'Ș' | 'ș' | 'Ş' | 'ş' => "s",
        'Ț' | 'ț' | 'Ţ' | 'ţ' => "t",
        '×' | '÷' => "",
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push_str(pair);
}

/// The folded form of a whole word.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        push_folded(c, &mut out);
    }
    out
}
