//! Quotations: the words between quotation marks, and two versions of a
//! quote held against each other (a misquote is news in itself).

use lector_text::Span;

use crate::shifts::{Shift, ShiftKind, View};

/// A quotation's inner text (without the marks), in characters. Straight and
/// curly marks are read alike, since copy often mixes them; a paragraph break
/// closes an open quote (a quote running over paragraphs reopens each one).
pub fn find(text: &str) -> Vec<Span> {
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    let mut previous = ' ';
    let mut newline = false;
    for (ch, c) in text.chars().enumerate() {
        if c == '\n' {
            if newline {
                open = None;
            }
            newline = true;
        } else if !c.is_whitespace() {
            newline = false;
        }
        // An apostrophe-like straight quote inside a word ("5\"") is not a mark.
        let mark = matches!(c, '\u{201c}' | '\u{201d}' | '\u{201e}' | '"') && !(c == '"' && previous.is_ascii_digit());
        if mark {
            match open.take() {
                Some(start) if c != '\u{201c}' => quotes.push(Span::new(start, ch)),
                Some(_) => open = Some(ch + 1),
                None => open = Some(ch + 1),
            }
        }
        previous = c;
    }
    quotes
}

/// Share of words two quotes must share to be versions of one quote.
const SAME_QUOTE: f32 = 0.5;

/// Quotes of B whose counterpart in A has other words (and the reverse is
/// the same pairs): a quote cut short is not a misquote, changed words are.
pub fn misquotes(a: &View, b: &View) -> Vec<Shift> {
    let quotes_a: Vec<(Span, Vec<String>)> = quoted_words(a);
    let mut shifts = Vec::new();
    for (span_b, words_b) in quoted_words(b) {
        let best = quotes_a
            .iter()
            .map(|(span_a, words_a)| (overlap(words_a, &words_b), span_a, words_a))
            .max_by(|x, y| x.0.total_cmp(&y.0));
        let Some((share, &span_a, words_a)) = best else { continue };
        if share < SAME_QUOTE || contains_run(words_a, &words_b) || contains_run(&words_b, words_a) {
            continue;
        }
        let only_a: Vec<&str> = words_a.iter().filter(|w| !words_b.contains(w)).map(String::as_str).collect();
        let only_b: Vec<&str> = words_b.iter().filter(|w| !words_a.contains(w)).map(String::as_str).collect();
        let text = match (only_a.is_empty(), only_b.is_empty()) {
            (false, false) => format!("quoted words differ: “{}” became “{}”", only_a.join(" "), only_b.join(" ")),
            (false, true) => format!("quoted words left out: “{}”", only_a.join(" ")),
            (true, false) => format!("quoted words added: “{}”", only_b.join(" ")),
            (true, true) => "the quoted words are in another order".to_string(),
        };
        shifts.push(Shift { kind: ShiftKind::Misquote, a: Some(span_a), b: Some(span_b), text });
    }
    shifts
}

/// Quotes of at least three words, as lower-case words.
fn quoted_words(view: &View) -> Vec<(Span, Vec<String>)> {
    find(view.text)
        .into_iter()
        .map(|span| {
            let words = view
                .slice(span)
                .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
                .filter(|w| !w.is_empty())
                .map(|w| w.to_lowercase().replace('\u{2019}', "'"))
                .collect::<Vec<_>>();
            (span, words)
        })
        .filter(|(_, words)| words.len() >= 3)
        .collect()
}

fn overlap(a: &[String], b: &[String]) -> f32 {
    let shared = b.iter().filter(|w| a.contains(w)).count();
    2.0 * shared as f32 / (a.len() + b.len()) as f32
}

/// Whether `part` appears in `whole` word for word.
fn contains_run(whole: &[String], part: &[String]) -> bool {
    !part.is_empty() && whole.windows(part.len()).any(|w| w == part)
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn quotes_are_found_whatever_their_marks() {
        let table: &[(&str, &[&str])] = &[
            ("He said “we will win” today.", &["we will win"]),
            ("He said \"we will win\" today.", &["we will win"]),
            ("“Mixed marks\" and \"plain ones”.", &["Mixed marks", "plain ones"]),
            ("An open “quote\n\nnever closes.", &[]),
            ("A 5\" screen, “small”.", &["small"]),
        ];
        for (text, want) in table {
            let got: Vec<String> =
                find(text).iter().map(|s| text.chars().skip(s.start).take(s.end - s.start).collect()).collect();
            assert_eq!(&got, want, "{text:?}");
        }
    }
}
