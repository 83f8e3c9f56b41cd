//! Approximate string matching: where does a quote occur in a text with at
//! most k edits (insertions, deletions, substitutions)?
//!
//! Myers' bit-parallel algorithm (J. ACM 1999) with blocks of 64 pattern
//! characters, the method Hypothesis re-anchors with (approx-string-match).
//! It costs O(n · ⌈m/64⌉) word operations for a text of n characters and a
//! quote of m, whatever k is: a 30,000-character article is scanned for a
//! 60-character quote in about 30,000 steps.
//!
//! Everything works on `char`s (Unicode scalar values), the unit of selectors.

/// A quote prepared for matching: for every distinct character, the bit
/// vector of the pattern positions holding it ("Peq" in Myers' paper).
struct Pattern {
    len: usize,
    blocks: usize,
    /// Row of `peq` for each ASCII character, or `NONE`.
    ascii: [u32; 128],
    /// Rows for other characters, sorted by character for binary search.
    wide: Vec<(char, u32)>,
    /// `blocks` words per row.
    peq: Vec<u64>,
}

const NONE: u32 = u32::MAX;

impl Pattern {
    fn new(chars: &[char]) -> Pattern {
        let blocks = chars.len().div_ceil(64).max(1);
        let mut ascii = [NONE; 128];
        let mut wide: Vec<(char, u32)> = Vec::new();
        let mut peq: Vec<u64> = Vec::new();
        for (i, &c) in chars.iter().enumerate() {
            let existing = if c.is_ascii() {
                ascii[c as usize]
            } else {
                wide.iter().find(|&&(w, _)| w == c).map_or(NONE, |&(_, row)| row)
            };
            let row = if existing == NONE {
                let row = (peq.len() / blocks) as u32;
                peq.resize(peq.len() + blocks, 0);
                if c.is_ascii() {
                    ascii[c as usize] = row;
                } else {
                    wide.push((c, row));
                }
                row
            } else {
                existing
            };
            peq[row as usize * blocks + i / 64] |= 1 << (i % 64);
        }
        wide.sort_unstable();
        Pattern { len: chars.len(), blocks, ascii, wide, peq }
    }

    fn row(&self, c: char) -> Option<&[u64]> {
        let row = if c.is_ascii() {
            self.ascii[c as usize]
        } else {
            self.wide.binary_search_by_key(&c, |&(w, _)| w).map_or(NONE, |i| self.wide[i].1)
        };
        (row != NONE).then(|| &self.peq[row as usize * self.blocks..(row as usize + 1) * self.blocks])
    }

    /// Feeds `text` through the automaton and calls `visit(consumed, distance)`
    /// after each character, where `distance` is the edit distance between the
    /// whole pattern and the best-matching substring ending there. With
    /// `pinned_start` the substring must begin at the first character of
    /// `text` (plain edit distance of a prefix of `text`); without it, it may
    /// begin anywhere (search).
    fn scan(&self, text: impl Iterator<Item = char>, pinned_start: bool, mut visit: impl FnMut(usize, usize)) {
        let mut pv = vec![!0u64; self.blocks];
        let mut mv = vec![0u64; self.blocks];
        let last_row_bit = 1u64 << ((self.len.max(1) - 1) % 64);
        let mut score = self.len as isize;
        for (j, c) in text.enumerate() {
            let row = self.row(c);
            // Horizontal delta entering the top of block 0: the first DP row
            // is 0,0,0… for a search and 0,1,2… for a pinned start.
            let mut carry: i8 = if pinned_start { 1 } else { 0 };
            for b in 0..self.blocks {
                let eq = row.map_or(0, |r| r[b]);
                let high = if b + 1 == self.blocks { last_row_bit } else { 1 << 63 };
                (pv[b], mv[b], carry) = advance_block(pv[b], mv[b], eq, carry, high);
            }
            score += carry as isize;
            visit(j + 1, score as usize);
        }
    }
}

/// One column step of one 64-row block (Myers 1999, fig. 9): updates the
/// vertical deltas `pv`/`mv` and returns the horizontal delta leaving the
/// block's last row.
#[inline]
fn advance_block(pv: u64, mv: u64, mut eq: u64, h_in: i8, high: u64) -> (u64, u64, i8) {
    let xv = eq | mv;
    if h_in < 0 {
        eq |= 1;
    }
    let xh = ((eq & pv).wrapping_add(pv) ^ pv) | eq;
    let mut ph = mv | !(xh | pv);
    let mut mh = pv & xh;
    let h_out = if ph & high != 0 {
        1
    } else if mh & high != 0 {
        -1
    } else {
        0
    };
    ph <<= 1;
    mh <<= 1;
    if h_in < 0 {
        mh |= 1;
    } else if h_in > 0 {
        ph |= 1;
    }
    (mh | !(xv | ph), ph & xv, h_out)
}

/// Finds approximate occurrences of one quote.
pub(crate) struct Matcher {
    forward: Pattern,
    backward: Pattern,
}

/// An approximate occurrence: `start..end` in characters, with `errors` edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Occurrence {
    pub start: usize,
    pub end: usize,
    pub errors: usize,
}

impl Matcher {
    pub(crate) fn new(quote: &[char]) -> Matcher {
        let reversed: Vec<char> = quote.iter().rev().copied().collect();
        Matcher { forward: Pattern::new(quote), backward: Pattern::new(&reversed) }
    }

    /// Ends of the best occurrences with at most `max_errors` edits: one per
    /// local minimum of the distance, so an exact match is not reported again
    /// one character to the left with one error more.
    pub(crate) fn ends(&self, text: &[char], max_errors: usize) -> Vec<(usize, usize)> {
        let mut ends = Vec::new();
        // (end, errors) of a descending or flat run not yet reported.
        let mut pending: Option<(usize, usize)> = None;
        let mut previous = usize::MAX;
        self.forward.scan(text.iter().copied(), false, |end, distance| {
            if let Some((e, d)) = pending {
                if distance > d {
                    ends.push((e, d));
                    pending = None;
                }
            }
            if distance <= max_errors && distance <= previous && pending.is_none_or(|(_, d)| distance <= d) {
                pending = Some((end, distance));
            }
            previous = distance;
        });
        ends.extend(pending);
        ends
    }

    /// Where the occurrence ending at `end` with `errors` edits begins: the
    /// start that needs the fewest edits, and among those the earliest (a
    /// changed first letter is then a substitution, not a deletion plus a
    /// lost character).
    pub(crate) fn occurrence_ending_at(&self, text: &[char], end: usize, errors: usize) -> Occurrence {
        let len = self.forward.len;
        let window_start = end.saturating_sub(len + errors);
        let mut best = Occurrence { start: end, end, errors: len };
        self.backward.scan(text[window_start..end].iter().rev().copied(), true, |taken, distance| {
            if distance <= best.errors {
                best = Occurrence { start: end - taken, end, errors: distance };
            }
        });
        best
    }
}

impl Matcher {
    /// Edit distance between the whole quote and the whole of `other`, in
    /// O(|other| · ⌈|quote|/64⌉): cheap even for a long quote.
    pub(crate) fn distance_to(&self, other: &[char]) -> usize {
        self.distances_to_prefixes(other).last().copied().unwrap_or(self.forward.len)
    }

    /// For each `j` from 1, the edit distance between the quote and `other[..j]`.
    pub(crate) fn distances_to_prefixes(&self, other: &[char]) -> Vec<usize> {
        let mut out = Vec::with_capacity(other.len());
        self.forward.scan(other.iter().copied(), true, |_, distance| out.push(distance));
        out
    }

    /// For each `j` from 1, the edit distance between the quote and the last `j` characters of `other`.
    pub(crate) fn distances_to_suffixes(&self, other: &[char]) -> Vec<usize> {
        let mut out = Vec::with_capacity(other.len());
        self.backward.scan(other.iter().rev().copied(), true, |_, distance| out.push(distance));
        out
    }
}

/// Levenshtein distance of two short strings (contexts), in characters.
pub(crate) fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Textbook semi-global DP: best distance of `pattern` to a substring of `text` ending at each position.
    fn naive_search(pattern: &[char], text: &[char]) -> Vec<usize> {
        let mut column: Vec<usize> = (0..=pattern.len()).collect();
        let mut out = Vec::new();
        for &t in text {
            let mut next = vec![0; pattern.len() + 1];
            for i in 1..=pattern.len() {
                next[i] = (column[i - 1] + usize::from(pattern[i - 1] != t)).min(column[i] + 1).min(next[i - 1] + 1);
            }
            out.push(next[pattern.len()]);
            column = next;
        }
        out
    }

    /// Deterministic pseudo-random strings over a small alphabet (so matches happen), with non-ASCII letters.
    fn random_chars(seed: &mut u64, len: usize) -> Vec<char> {
        const ALPHABET: [char; 6] = ['a', 'b', 'c', 'é', '🎉', ' '];
        (0..len)
            .map(|_| {
                *seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                ALPHABET[(*seed >> 33) as usize % ALPHABET.len()]
            })
            .collect()
    }

    #[test]
    fn bit_parallel_search_agrees_with_the_textbook_dp() {
        let mut seed = 7;
        // Pattern lengths around the 64-character block boundaries.
        for pattern_len in [1, 2, 5, 63, 64, 65, 127, 128, 129, 200] {
            for _ in 0..4 {
                let pattern = random_chars(&mut seed, pattern_len);
                let text = random_chars(&mut seed, 300);
                let want = naive_search(&pattern, &text);
                let mut got = Vec::new();
                Pattern::new(&pattern).scan(text.iter().copied(), false, |_, d| got.push(d));
                assert_eq!(got, want, "pattern length {pattern_len}");
            }
        }
    }

    #[test]
    fn pinned_scan_gives_plain_edit_distance() {
        let mut seed = 11;
        for pattern_len in [1, 7, 64, 65, 130] {
            let pattern = random_chars(&mut seed, pattern_len);
            let text = random_chars(&mut seed, 150);
            let mut got = Vec::new();
            Pattern::new(&pattern).scan(text.iter().copied(), true, |_, d| got.push(d));
            for (j, &d) in got.iter().enumerate() {
                assert_eq!(d, edit_distance(&pattern, &text[..=j]), "pattern length {pattern_len}, prefix {j}");
            }
        }
    }

    #[test]
    fn finds_occurrences_with_their_spans() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        // (text, quote, max errors, expected occurrences as (start, end, errors))
        type Row<'a> = (&'a str, &'a str, usize, &'a [(usize, usize, usize)]);
        let table: &[Row] = &[
            ("the cat sat on the mat", "the", 0, &[(0, 3, 0), (15, 18, 0)]),
            ("officials said it", "oficials sad", 2, &[(0, 14, 2)]),
            ("café crème 🎉 fête", "fete", 1, &[(13, 17, 1)]),
            ("café crème 🎉 fête", "🎉 fête", 0, &[(11, 17, 0)]),
            ("nothing here", "absent words", 2, &[]),
        ];
        for &(text, quote, k, want) in table {
            let (text_chars, matcher) = (chars(text), Matcher::new(&chars(quote)));
            let got: Vec<(usize, usize, usize)> = matcher
                .ends(&text_chars, k)
                .into_iter()
                .map(|(end, errors)| matcher.occurrence_ending_at(&text_chars, end, errors))
                .map(|o| (o.start, o.end, o.errors))
                .collect();
            assert_eq!(got, want, "{quote:?} in {text:?}");
        }
    }

    #[test]
    fn matcher_distance_is_the_edit_distance() {
        let mut seed = 5;
        for (a_len, b_len) in [(1, 0), (3, 9), (64, 60), (70, 90), (130, 128)] {
            let a = random_chars(&mut seed, a_len);
            let b = random_chars(&mut seed, b_len);
            let matcher = Matcher::new(&a);
            assert_eq!(matcher.distance_to(&b), edit_distance(&a, &b), "{a_len} vs {b_len}");
            for (j, d) in matcher.distances_to_suffixes(&b).into_iter().enumerate() {
                assert_eq!(d, edit_distance(&a, &b[b.len() - j - 1..]), "{a_len} vs the last {} of {b_len}", j + 1);
            }
        }
    }

    #[test]
    fn edit_distance_table() {
        let table = [("", "", 0), ("abc", "", 3), ("kitten", "sitting", 3), ("café", "cafe", 1), ("🎉a", "a🎉", 2)];
        for (a, b, want) in table {
            let (a_chars, b_chars): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            assert_eq!(edit_distance(&a_chars, &b_chars), want, "{a:?} {b:?}");
        }
    }
}
