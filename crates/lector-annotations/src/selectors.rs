//! Where an annotation points: the W3C `TextQuoteSelector` and
//! `TextPositionSelector` of a selection.
//!
//! Both are stored because each covers the other's weakness: the position is
//! exact and fast but breaks as soon as text is inserted before it; the quote
//! with its context survives edits but can be ambiguous. Anchoring
//! (`anchoring.rs`) uses them together.

use lector_text::Span;
use serde::{Serialize, Serializer};

use crate::article_text::ArticleText;
use crate::error::FieldError;
use crate::limits::{MAX_CONTEXT_CHARS, MAX_OFFSET, MAX_QUOTE_CHARS};

/// How much text before and after the quote is kept to tell repeated quotes
/// apart and to re-find an edited one (the length Hypothesis uses).
pub const CONTEXT_CHARS: usize = 32;

/// The quoted text with some context on either side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TextQuoteSelector {
    pub(crate) exact: String,
    pub(crate) prefix: String,
    pub(crate) suffix: String,
}

impl TextQuoteSelector {
    pub fn exact(&self) -> &str {
        &self.exact
    }

    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    pub fn suffix(&self) -> &str {
        &self.suffix
    }
}

/// What an annotation is attached to. `position` is in characters of the
/// article's rendered text, end exclusive, and spans exactly `quote.exact`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    quote: TextQuoteSelector,
    position: Span,
    /// False for a target that came with a quote only (as DOM-based tools
    /// write them): `position` is then a guess (the quote's length from 0)
    /// that anchoring corrects by finding the quote, and no export claims it.
    positioned: bool,
}

impl Target {
    /// The target of a reader's selection. Whitespace at either end is left
    /// out (a double-click or drag often takes a trailing space).
    pub fn from_selection(text: &ArticleText, selection: Span) -> Result<Target, FieldError> {
        let chars = text.chars();
        if selection.start > selection.end || selection.end > chars.len() {
            return Err(FieldError::new(format!(
                "the selection {}..{} is outside the article's text ({} characters); reload the article and select again",
                selection.start,
                selection.end,
                chars.len()
            )));
        }
        let (mut start, mut end) = (selection.start, selection.end);
        while start < end && chars[start].is_whitespace() {
            start += 1;
        }
        while end > start && chars[end - 1].is_whitespace() {
            end -= 1;
        }
        if start == end {
            return Err(FieldError::new("the selection is empty or only spaces; select some words first"));
        }
        if end - start > MAX_QUOTE_CHARS {
            return Err(FieldError::new(format!(
                "the selection is {} characters long; an annotation can quote up to {MAX_QUOTE_CHARS}",
                end - start
            )));
        }
        let quote = TextQuoteSelector {
            exact: chars[start..end].iter().collect(),
            prefix: chars[start.saturating_sub(CONTEXT_CHARS)..start].iter().collect(),
            suffix: chars[end..(end + CONTEXT_CHARS).min(chars.len())].iter().collect(),
        };
        Ok(Target { quote, position: Span::new(start, end), positioned: true })
    }

    /// A target read from a file. Checks what the file alone can tell: limits,
    /// and that the position spans as many characters as the quote (a
    /// mismatch usually means another tool counted UTF-16 units or bytes).
    pub(crate) fn from_parts(
        exact: String,
        prefix: String,
        suffix: String,
        position: Span,
    ) -> Result<Target, (&'static str, FieldError)> {
        let exact_chars = exact.chars().count();
        if exact_chars == 0 {
            return Err(("quote.exact", FieldError::new("the quote is empty; an annotation must quote some text")));
        }
        if exact_chars > MAX_QUOTE_CHARS {
            return Err((
                "quote.exact",
                FieldError::new(format!("the quote is {exact_chars} characters long; the limit is {MAX_QUOTE_CHARS}")),
            ));
        }
        for (field, context) in [("quote.prefix", &prefix), ("quote.suffix", &suffix)] {
            let n = context.chars().count();
            if n > MAX_CONTEXT_CHARS {
                return Err((
                    field,
                    FieldError::new(format!("{n} characters of context; the limit is {MAX_CONTEXT_CHARS}")),
                ));
            }
        }
        for (field, offset) in [("position.start", position.start), ("position.end", position.end)] {
            if offset > MAX_OFFSET {
                return Err((field, FieldError::new(crate::fields::too_large(offset as u128))));
            }
        }
        if position.start > position.end {
            return Err((
                "position.start",
                FieldError::new(format!("{} is after end ({})", position.start, position.end)),
            ));
        }
        if position.end - position.start != exact_chars {
            return Err((
                "position",
                FieldError::new(format!(
                    "{}..{} spans {} characters but the quote has {exact_chars}; positions must count Unicode characters \
                     (code points), not UTF-16 units or bytes",
                    position.start,
                    position.end,
                    position.end - position.start
                )),
            ));
        }
        Ok(Target { quote: TextQuoteSelector { exact, prefix, suffix }, position, positioned: true })
    }

    /// A target read from a file that gives only the quote: anchored by the quote alone.
    pub(crate) fn from_quote(
        exact: String,
        prefix: String,
        suffix: String,
    ) -> Result<Target, (&'static str, FieldError)> {
        let guess = Span::new(0, exact.chars().count());
        let mut target = Target::from_parts(exact, prefix, suffix, guess)?;
        target.positioned = false;
        Ok(target)
    }

    /// Whether [`Target::position`] was given (by a selection or a file), rather than guessed from a quote-only target.
    pub fn has_position(&self) -> bool {
        self.positioned
    }

    pub fn quote(&self) -> &TextQuoteSelector {
        &self.quote
    }

    /// The `TextPositionSelector`: where the quote was when the annotation was made or last re-attached.
    pub fn position(&self) -> Span {
        self.position
    }
}

impl Serialize for Target {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Position {
            start: usize,
            end: usize,
        }
        #[derive(Serialize)]
        struct Wire<'a> {
            quote: &'a TextQuoteSelector,
            #[serde(skip_serializing_if = "Option::is_none")]
            position: Option<Position>,
        }
        let position = self.positioned.then_some(Position { start: self.position.start, end: self.position.end });
        Wire { quote: &self.quote, position }.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selection_keeps_context_and_trims_spaces() {
        let text = ArticleText::new("Officials, who spoke on condition of anonymity, said the talks had stalled.");
        let target = Target::from_selection(&text, Span::new(10, 48)).unwrap();
        assert_eq!(target.quote().exact(), "who spoke on condition of anonymity,");
        assert_eq!(target.position(), Span::new(11, 47));
        assert_eq!(target.quote().prefix(), "Officials, ");
        assert_eq!(target.quote().suffix(), " said the talks had stalled.");
    }

    #[test]
    fn positions_count_characters_not_bytes_or_utf16_units() {
        // 🇺🇦 is two code points (8 bytes, 4 UTF-16 units); é is one code point.
        let text = ArticleText::new("🇺🇦 Zelenskyy’s café: “we will not yield”");
        let start = 3 + "Zelenskyy’s café: “".chars().count();
        let target = Target::from_selection(&text, Span::new(start, start + 17)).unwrap();
        assert_eq!(target.quote().exact(), "we will not yield");
        assert_eq!(target.quote().prefix(), "🇺🇦 Zelenskyy’s café: “");
        assert_eq!(target.quote().suffix(), "”");
    }

    #[test]
    fn context_is_capped_at_the_context_length() {
        let text = ArticleText::new(&format!("{}QUOTE{}", "a".repeat(100), "b".repeat(100)));
        let target = Target::from_selection(&text, Span::new(100, 105)).unwrap();
        assert_eq!(target.quote().prefix().chars().count(), CONTEXT_CHARS);
        assert_eq!(target.quote().suffix().chars().count(), CONTEXT_CHARS);
    }

    #[test]
    fn bad_selections_are_refused() {
        let text = ArticleText::new("short text");
        for (start, end) in [(3, 3), (5, 6), (0, 11), (6, 2)] {
            assert!(Target::from_selection(&text, Span { start, end }).is_err(), "{start}..{end}");
        }
    }

    #[test]
    fn file_targets_must_be_consistent() {
        let ok = |exact: &str, start, end| {
            Target::from_parts(exact.into(), String::new(), String::new(), Span { start, end })
        };
        assert!(ok("café", 10, 14).is_ok());
        assert_eq!(ok("café", 10, 15).unwrap_err().0, "position"); // counted bytes
        assert_eq!(ok("🎉 yes", 0, 6).unwrap_err().0, "position"); // counted UTF-16 units
        assert_eq!(ok("", 0, 0).unwrap_err().0, "quote.exact");
        assert_eq!(ok("abc", 9, 6).unwrap_err().0, "position.start");
    }
}
