//! Bounds on what Lector stores and reads.
//!
//! They exist so that a hostile or broken file cannot freeze the tab or fill
//! localStorage (about 5 MB in most browsers), while leaving ample room for
//! real reading: a whole long article can be quoted, a note can run to a few
//! pages.

/// Largest stored value or imported file, in bytes (UTF-8). 10,000 annotations take about 6 MB.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;
/// Deepest nesting of JSON arrays and objects; Lector's and W3C files need 6.
/// Checked before parsing, well under serde_json's own recursion limit (128).
pub const MAX_NESTING: usize = 32;
/// Most annotations in an imported file, that an import may bring the store
/// to (a file that would pass it is refused whole), and that the reader can
/// create. Not applied to what is loaded from storage or merged from another tab
/// (that must never be refused); localStorage's quota (about 5 MB, some
/// 11,000 annotations) is the practical bound there.
pub const MAX_ITEMS: usize = 50_000;
/// Longest note, in characters (a few printed pages).
pub const MAX_NOTE_CHARS: usize = 20_000;
/// Longest tag, in characters.
pub const MAX_TAG_CHARS: usize = 64;
/// Most tags on one annotation.
pub const MAX_TAGS: usize = 32;
/// Longest quote, in characters: a long article's whole text.
pub const MAX_QUOTE_CHARS: usize = 100_000;
/// Longest prefix or suffix accepted from a file (Lector itself writes [`crate::CONTEXT_CHARS`]).
pub const MAX_CONTEXT_CHARS: usize = 256;
/// Largest character offset accepted in a position selector.
pub const MAX_OFFSET: usize = 10_000_000;
/// How far in the future an imported time may be (clocks differ), in milliseconds: one day.
/// Further is refused, because "newer wins" would let such an item override every later edit.
pub const MAX_FUTURE_MILLIS: u64 = 24 * 60 * 60 * 1000;
