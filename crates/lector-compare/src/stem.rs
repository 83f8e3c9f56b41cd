//! A light suffix stripper, so "transferred", "transfers" and "transfer" count
//! as one word. Deliberately cruder than Porter: it only has to make two
//! versions of a sentence agree, and it runs on every word of every article in
//! a library, so it works in place on a short buffer without tables.

/// The stem of a lower-case word. Applied alike to both sides, so its errors
/// cancel out ("believe" and "believes" both become "believ").
pub fn stem(word: &str) -> String {
    let mut out = String::new();
    stem_into(word, &mut out);
    out
}

/// [`stem`] into a reused buffer: the comparison stems every word of every
/// article, and an allocation per word was most of its cost.
pub fn stem_into(word: &str, w: &mut String) {
    w.clear();
    w.push_str(word);
    if w.chars().count() <= 3 || !w.is_ascii() {
        return;
    }
    if w.ends_with("ies") && w.len() >= 5 {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.ends_with("sses") {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.truncate(w.len() - 1);
    }
    for suffix in ["ing", "ed", "ly"] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.len() >= 3 && base.bytes().any(is_vowel) {
                let keep = base.len();
                w.truncate(keep);
                break;
            }
        }
    }
    if w.len() > 3 && w.ends_with('e') {
        w.truncate(w.len() - 1);
    }
    let bytes = w.as_bytes();
    if bytes.len() > 3 && bytes[bytes.len() - 1] == bytes[bytes.len() - 2] && !is_vowel(bytes[bytes.len() - 1]) {
        w.truncate(w.len() - 1);
    }
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn forms_of_one_word_share_a_stem() {
        let table: &[&[&str]] = &[
            &["transfer", "transfers", "transferred", "transferring"],
            &["believe", "believes", "believed"],
            &["delivery", "deliveries"],
            &["missile", "missiles"],
            &["confirm", "confirmed", "confirms", "confirming"],
        ];
        for forms in table {
            let stems: Vec<String> = forms.iter().map(|f| stem(f)).collect();
            assert!(stems.windows(2).all(|w| w[0] == w[1]), "{forms:?} -> {stems:?}");
        }
    }

    #[test]
    fn different_words_keep_different_stems() {
        for (a, b) in [("confirm", "deny"), ("sale", "sail"), ("us", "use")] {
            assert_ne!(stem(a), stem(b), "{a} / {b}");
        }
    }
}
