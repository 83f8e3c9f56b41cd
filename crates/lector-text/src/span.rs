use serde::{Deserialize, Serialize};

/// A half-open range `[start, end)` of character offsets (see the crate docs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when the two spans share at least one character.
    pub fn overlaps(&self, other: &Span) -> bool {
        !self.is_empty() && !other.is_empty() && self.start < other.end && other.start < self.end
    }

    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn contains_offset(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_needs_a_shared_character() {
        let table = [((0, 4), (4, 6), false), ((0, 4), (3, 6), true), ((2, 3), (0, 9), true), ((5, 5), (0, 9), false)];
        for ((a0, a1), (b0, b1), want) in table {
            let (a, b) = (Span::new(a0, a1), Span::new(b0, b1));
            assert_eq!(a.overlaps(&b), want, "{a:?} vs {b:?}");
            assert_eq!(b.overlaps(&a), want, "{b:?} vs {a:?}");
        }
    }
}
