//! How entity names compare across articles: folded like search terms, so
//! "ZELENSKYY", "Zelenskyy" and "Zelenskyy’s" are one name, and "U.S." is "US".

use crate::tokens::for_each_token;

/// The words of a name, folded, joined by single spaces; a leading "the" is
/// dropped ("the White House" is "White House").
pub fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for_each_token(name, |term, _| {
        if key.is_empty() && term == "the" {
            return;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(term);
    });
    key
}
