//! Quotations in a text: the words between quotation marks, so that two
//! versions of a quote can be held against each other.

use lector_text::Span;

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
