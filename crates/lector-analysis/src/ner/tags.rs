//! BILOU tags: how a sequence model spells entity spans token by token.
//!
//! BILOU (Begin, Inside, Last, Outside, Unit) rather than BIO because the last
//! and single-token positions get weights of their own; on CoNLL-2003 that is
//! worth about a point of F1 over BIO (Ratinov & Roth, 2009). The scheme also
//! makes ill-formed sequences impossible to decode: [`allowed`] is the grammar
//! the Viterbi decoder enforces.

use std::ops::Range;

use super::EntityLabel;

/// Number of tags: O plus B/I/L/U for each of the four labels.
pub const COUNT: usize = 1 + 4 * EntityLabel::ALL.len();

/// The outside tag.
pub const O: Tag = Tag(0);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag(pub u8);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    Begin,
    Inside,
    Last,
    Unit,
}

impl Tag {
    #[cfg_attr(not(feature = "training"), allow(dead_code))] // lector-train uses it
    pub fn new(position: Position, label: EntityLabel) -> Tag {
        let p = match position {
            Position::Begin => 0,
            Position::Inside => 1,
            Position::Last => 2,
            Position::Unit => 3,
        };
        Tag(1 + 4 * label_index(label) as u8 + p)
    }

    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The tag's label and position, or `None` for O.
    pub fn parts(self) -> Option<(Position, EntityLabel)> {
        if self.0 == 0 {
            return None;
        }
        let i = self.0 - 1;
        let position = [Position::Begin, Position::Inside, Position::Last, Position::Unit][(i % 4) as usize];
        Some((position, EntityLabel::ALL[(i / 4) as usize]))
    }

    /// Whether an entity continues after this tag (B or I).
    fn opens(self) -> bool {
        matches!(self.parts(), Some((Position::Begin | Position::Inside, _)))
    }

    /// Whether this tag may start a sequence (no entity is open before it).
    pub fn may_start(self) -> bool {
        !matches!(self.parts(), Some((Position::Inside | Position::Last, _)))
    }

    /// Whether this tag may end a sequence (it leaves no entity open).
    pub fn may_end(self) -> bool {
        !self.opens()
    }

    pub fn all() -> impl Iterator<Item = Tag> {
        (0..COUNT as u8).map(Tag)
    }
}

#[cfg_attr(not(feature = "training"), allow(dead_code))] // lector-train uses it
fn label_index(label: EntityLabel) -> usize {
    EntityLabel::ALL.iter().position(|&l| l == label).unwrap_or(0)
}

/// Whether `next` may follow `prev`: after B or I of a label only I or L of
/// the same label; anywhere else only O, B or U.
#[cfg_attr(not(feature = "training"), allow(dead_code))] // lector-train uses it
pub fn allowed(prev: Tag, next: Tag) -> bool {
    match prev.parts() {
        Some((Position::Begin | Position::Inside, label)) => {
            matches!(next.parts(), Some((Position::Inside | Position::Last, l)) if l == label)
        }
        _ => next.may_start(),
    }
}

/// Tags for entity spans given as token index ranges (non-overlapping, in
/// order) over `len` tokens.
#[cfg_attr(not(feature = "training"), allow(dead_code))] // lector-train uses it
pub fn encode(len: usize, spans: &[(Range<usize>, EntityLabel)]) -> Vec<Tag> {
    let mut tags = vec![O; len];
    for (range, label) in spans {
        match range.len() {
            0 => {}
            1 => tags[range.start] = Tag::new(Position::Unit, *label),
            _ => {
                tags[range.start] = Tag::new(Position::Begin, *label);
                for t in &mut tags[range.start + 1..range.end - 1] {
                    *t = Tag::new(Position::Inside, *label);
                }
                tags[range.end - 1] = Tag::new(Position::Last, *label);
            }
        }
    }
    tags
}

/// Entity spans (token index ranges) of a well-formed tag sequence. An
/// ill-formed one (which the decoder never produces) is read leniently: an
/// entity runs from B or U until L, U, O or a change of label.
pub fn decode(tags: &[Tag]) -> Vec<(Range<usize>, EntityLabel)> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, EntityLabel)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let parts = tag.parts();
        if let Some((start, label)) = open {
            let continues = matches!(parts, Some((Position::Inside | Position::Last, l)) if l == label);
            if !continues {
                spans.push((start..i, label));
                open = None;
            }
        }
        match parts {
            None => {}
            Some((Position::Unit, label)) => spans.push((i..i + 1, label)),
            Some((Position::Last, label)) => {
                let start = open.take().map_or(i, |(s, _)| s);
                spans.push((start..i + 1, label));
            }
            Some((_, label)) if open.is_none() => open = Some((i, label)),
            Some(_) => {}
        }
    }
    if let Some((start, label)) = open {
        spans.push((start..tags.len(), label));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityLabel::*;
    use Position::*;

    #[test]
    fn every_tag_round_trips_through_its_parts() {
        for tag in Tag::all().skip(1) {
            let (position, label) = tag.parts().expect("only O has no parts");
            assert_eq!(Tag::new(position, label), tag);
        }
        assert_eq!(O.parts(), None);
    }

    type Parts = (Position, EntityLabel);

    /// (previous tag, next tag, allowed)
    const TRANSITIONS: &[(Parts, Parts, bool)] = &[
        ((Begin, Per), (Inside, Per), true),
        ((Begin, Per), (Last, Per), true),
        ((Begin, Per), (Last, Org), false),
        ((Begin, Per), (Begin, Per), false),
        ((Begin, Per), (Unit, Loc), false),
        ((Inside, Org), (Inside, Org), true),
        ((Inside, Org), (Inside, Misc), false),
        ((Last, Loc), (Inside, Loc), false),
        ((Last, Loc), (Begin, Loc), true),
        ((Unit, Misc), (Unit, Misc), true),
        ((Unit, Misc), (Last, Misc), false),
    ];

    #[test]
    fn transitions_follow_the_bilou_grammar() {
        for &(prev, next, expected) in TRANSITIONS {
            assert_eq!(allowed(Tag::new(prev.0, prev.1), Tag::new(next.0, next.1)), expected, "{prev:?} -> {next:?}");
        }
        assert!(!allowed(O, Tag::new(Inside, Per)), "I after O");
        assert!(!allowed(O, Tag::new(Last, Per)), "L after O");
        assert!(!allowed(Tag::new(Begin, Loc), O), "O inside an open entity");
        assert!(allowed(Tag::new(Last, Loc), O));
        assert!(!Tag::new(Inside, Per).may_start() && !Tag::new(Begin, Per).may_end());
    }

    #[test]
    fn spans_encode_and_decode_back() {
        let spans = vec![(0..1, Loc), (2..5, Org), (5..7, Per)];
        let tags = encode(8, &spans);
        assert_eq!(tags[2], Tag::new(Begin, Org));
        assert_eq!(tags[3], Tag::new(Inside, Org));
        assert_eq!(tags[4], Tag::new(Last, Org));
        assert_eq!(tags[7], O);
        assert_eq!(decode(&tags), spans);
    }

    #[test]
    fn ill_formed_sequences_decode_leniently() {
        let tags = [Tag::new(Begin, Per), Tag::new(Inside, Org), O, Tag::new(Inside, Loc)];
        assert_eq!(decode(&tags), vec![(0..1, Per), (1..2, Org), (3..4, Loc)]);
    }
}
