//! The sentence splitter for news text.
//!
//! A hedge makes its *sentence* hedged, so a wrong cut either spreads a cue
//! over two sentences' worth of text or hides it in the wrong one. News breaks
//! the textbook rule "a period then a capital" all the time: "U.S. officials",
//! "Sept. 8", "Gov. Newsom", "Edith M. Lederer", "9 a.m. Tuesday", "No. 2".
//! Quotations end inside their marks ('."', '?”'), ellipses may or may not end
//! a sentence, and headlines, datelines and captions often end without any
//! punctuation: a line break always ends a sentence.
//!
//! The splitter scans the text itself, not tokens, so it does not depend on
//! how the tokenizer treats periods. Abbreviations are data:
//! `lexicons/abbreviations.txt`.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

/// Byte ranges of the sentences of `text`, in order, trimmed of surrounding
/// white space; text between sentences is only white space.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let rules = Abbreviations::shipped();
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        split_line(text, line_start, line_start + line.len(), rules, &mut out);
        line_start += line.len();
    }
    out
}

/// Splits `text[start..end]`, a part without line breaks (but a final one).
fn split_line(text: &str, start: usize, end: usize, rules: &Abbreviations, out: &mut Vec<Range<usize>>) {
    let line = &text[start..end];
    let mut sentence_start = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let terminator_end = match c {
            '.' | '?' | '!' | '\u{2026}' => {
                // Take the whole run ("...", "?!").
                let mut e = i + c.len_utf8();
                while let Some(&(j, d)) = chars.peek() {
                    if matches!(d, '.' | '?' | '!' | '\u{2026}') {
                        e = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                e
            }
            _ => continue,
        };
        let run = &line[i..terminator_end];
        // Closing quotes and brackets belong to the sentence they close.
        let mut close_end = terminator_end;
        while let Some(&(j, d)) = chars.peek() {
            if is_closer(d) {
                close_end = j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let after = &line[close_end..];
        if !after.starts_with(char::is_whitespace) {
            continue; // "3.5", "U.S.-made", "?!" inside a word
        }
        let next = next_word(after);
        let ends = if next.is_none() {
            true
        } else if run == "." {
            period_ends_sentence(&line[sentence_start..i], next, rules)
        } else if run.chars().all(|c| c == '.' || c == '\u{2026}') {
            // An ellipsis ends a sentence only when a capital follows.
            next.is_some_and(starts_upper)
        } else {
            // "?" and "!": unless the sentence goes on ('?" she asked').
            !next.is_some_and(|w| w.starts_with(char::is_lowercase))
        };
        if ends {
            push_trimmed(text, start + sentence_start, start + close_end, out);
            sentence_start = close_end;
        }
    }
    push_trimmed(text, start + sentence_start, end, out);
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']' | '\u{00BB}')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201C}' | '\u{2018}' | '(' | '[' | '\u{00AB}')
}

fn starts_upper(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// The next word after white space and opening quotes or brackets, up to a
/// space or punctuation; `None` at the end of the line.
fn next_word(after: &str) -> Option<&str> {
    let rest = after.trim_start().trim_start_matches(is_opener);
    if rest.is_empty() {
        return None;
    }
    let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}')).unwrap_or(rest.len());
    Some(if end == 0 { &rest[..rest.chars().next().map_or(0, char::len_utf8)] } else { &rest[..end] })
}

/// Whether the period after the last word of `before` ends a sentence, given
/// the word that follows.
fn period_ends_sentence(before: &str, next: Option<&str>, rules: &Abbreviations) -> bool {
    let Some(next) = next else { return true };
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("").trim_start_matches(is_opener);
    let dotted = word.contains('.') && word.chars().any(char::is_alphabetic);
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    if rules.title.contains(word) {
        return false;
    }
    if dotted || initial || rules.other.contains(word) {
        return rules.starter.contains(next);
    }
    // A plain word: a new sentence starts with a capital, a digit or a
    // quotation; "a lowercase word" means the period was inside a sentence.
    !next.starts_with(char::is_lowercase)
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(start + lead..start + lead + trimmed.len());
    }
}

/// The abbreviation lists of `lexicons/abbreviations.txt`. Titles and other
/// abbreviations are also held in capitals, as all-caps datelines write them
/// ("ST. LOUIS", "FT. WORTH").
struct Abbreviations {
    title: HashSet<String>,
    other: HashSet<String>,
    starter: HashSet<&'static str>,
}

impl Abbreviations {
    fn shipped() -> &'static Abbreviations {
        static SHIPPED: OnceLock<Abbreviations> = OnceLock::new();
        SHIPPED.get_or_init(|| Abbreviations::parse(include_str!("../lexicons/abbreviations.txt")))
    }

    /// Reads `title:`, `other:` and `starter:` lines; comments and blank lines
    /// are skipped. Unknown line heads are ignored here and rejected by a test.
    fn parse(source: &'static str) -> Abbreviations {
        let mut lists = Abbreviations { title: HashSet::new(), other: HashSet::new(), starter: HashSet::new() };
        for line in source.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let Some((head, words)) = line.split_once(':') else { continue };
            let set = match head.trim() {
                "title" => &mut lists.title,
                "other" => &mut lists.other,
                "starter" => {
                    lists.starter.extend(words.split_whitespace());
                    continue;
                }
                _ => continue,
            };
            for word in words.split_whitespace() {
                set.insert(word.to_string());
                set.insert(word.to_uppercase());
            }
        }
        lists
    }
}

#[cfg(test)]
mod tests;
