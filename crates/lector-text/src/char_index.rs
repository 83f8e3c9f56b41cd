/// Converts between byte offsets of a `&str` and character offsets.
///
/// Built once per text; both directions are O(log n) (binary search over the
/// positions of multi-byte characters), and pure-ASCII text costs nothing but
/// an empty vector. Analyzers work in bytes internally (that is what slicing
/// needs) and convert only the spans they hand out.
#[derive(Clone, Debug)]
pub struct CharIndex {
    /// For every character that is longer than one byte: (byte offset of the
    /// character, character offset of the character, its byte length).
    wide: Vec<(usize, usize, usize)>,
    byte_len: usize,
    char_len: usize,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let mut char_len = 0;
        if !text.is_ascii() {
            for (char_offset, (byte, ch)) in text.char_indices().enumerate() {
                if ch.len_utf8() > 1 {
                    wide.push((byte, char_offset, ch.len_utf8()));
                }
                char_len = char_offset + 1;
            }
        } else {
            char_len = text.len();
        }
        CharIndex { wide, byte_len: text.len(), char_len }
    }

    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn byte_len(&self) -> usize {
        self.byte_len
    }

    /// Character offset of a byte offset. A byte offset inside a multi-byte
    /// character maps to that character's offset.
    pub fn char_of_byte(&self, byte: usize) -> usize {
        // Wide characters strictly before `byte` each add (len - 1) extra bytes.
        let before = self.wide.partition_point(|&(b, _, _)| b < byte);
        let mut extra = 0;
        if before > 0 {
            let (b, c, len) = self.wide[before - 1];
            if byte < b + len {
                return c;
            }
            // Bytes up to the end of the last wide char before `byte`.
            extra = (b + len) - (c + 1);
        }
        byte.min(self.byte_len) - extra
    }

    /// Byte offset of a character offset (clamped to the end of the text).
    pub fn byte_of_char(&self, ch: usize) -> usize {
        let before = self.wide.partition_point(|&(_, c, _)| c < ch);
        let extra = if before > 0 {
            let (b, c, len) = self.wide[before - 1];
            (b + len) - (c + 1)
        } else {
            0
        };
        (ch + extra).min(self.byte_len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_boundary() {
        let texts = [
            "",
            "plain ascii",
            "Zelenskyy’s “offensive” — 500 km",
            "naïve café 🎉 emoji 👩‍👩‍👧 family",
            "日本語のテキスト",
        ];
        for text in texts {
            let index = CharIndex::new(text);
            assert_eq!(index.char_len(), text.chars().count(), "{text}");
            for (ch, (byte, _)) in text.char_indices().enumerate() {
                assert_eq!(index.char_of_byte(byte), ch, "{text} byte {byte}");
                assert_eq!(index.byte_of_char(ch), byte, "{text} char {ch}");
            }
            assert_eq!(index.char_of_byte(text.len()), index.char_len());
            assert_eq!(index.byte_of_char(index.char_len()), text.len());
        }
    }

    #[test]
    fn a_byte_inside_a_character_maps_to_that_character() {
        let text = "a’b";
        let index = CharIndex::new(text);
        assert_eq!(index.char_of_byte(2), 1);
        assert_eq!(index.char_of_byte(3), 1);
        assert_eq!(index.char_of_byte(4), 2);
    }
}
