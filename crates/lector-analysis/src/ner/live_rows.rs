//! The weight table as the recognizer holds it in memory: only the rows
//! with a non-zero weight, found through a bit per row.
//!
//! Why: scoring a token reads ~40 rows picked by hash, so nearly every read
//! lands somewhere new in the table. Dense, the table is 2^18 rows of 17
//! bytes (4.5 MB) of which under a quarter are live; reads missed the
//! processor's caches and dominated recognition on a large library. Here a
//! read first tests the row's bit (32 KB of bits with a running count, small
//! enough to stay cached), and only a live row touches the packed weights
//! (~1 MB). The weights are the same, so recognition's output is unchanged.

use super::tags::COUNT;

/// 64 rows' bits with the number of live rows before them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Block {
    live: u64,
    before: u32,
}

/// A table of `COUNT` weights per row, storing only live rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LiveRows {
    blocks: Vec<Block>,
    /// `COUNT` weights per live row, in row order.
    weights: Vec<i8>,
}

impl LiveRows {
    /// Packs a dense table (`COUNT` weights per row).
    #[cfg_attr(not(feature = "training"), allow(dead_code))] // lector-train quantizes
    pub fn from_dense(dense: &[i8]) -> LiveRows {
        let rows = dense.len() / COUNT;
        LiveRows::from_rows(rows, dense.chunks_exact(COUNT).enumerate()).unwrap_or_default()
    }

    /// A table of `rows` rows from its non-zero rows, in increasing row
    /// order (rows of zeros may be given; they are left out). `None` when a
    /// row is out of order, repeated or beyond the table, or not `COUNT`
    /// weights long.
    pub fn from_rows<'w>(rows: usize, given: impl IntoIterator<Item = (usize, &'w [i8])>) -> Option<LiveRows> {
        let mut blocks = vec![Block::default(); rows.div_ceil(64)];
        let mut weights = Vec::new();
        let mut next = 0usize;
        for (row, w) in given {
            if row < next || row >= rows || w.len() != COUNT {
                return None;
            }
            next = row + 1;
            if w.iter().any(|&x| x != 0) {
                blocks[row / 64].live |= 1 << (row % 64);
                weights.extend_from_slice(w);
            }
        }
        let mut count = 0u32;
        for block in &mut blocks {
            block.before = count;
            count += block.live.count_ones();
        }
        Some(LiveRows { blocks, weights })
    }

    /// Row `row`'s weights, `None` when they are all zero (or the row is
    /// beyond the table).
    #[inline]
    pub fn get(&self, row: usize) -> Option<&[i8]> {
        let block = self.blocks.get(row / 64)?;
        let bit = row % 64;
        if block.live >> bit & 1 == 0 {
            return None;
        }
        let below = (block.live & ((1u64 << bit) - 1)).count_ones();
        let start = (block.before + below) as usize * COUNT;
        self.weights.get(start..start + COUNT)
    }

    /// Rows with at least one non-zero weight.
    pub fn live(&self) -> usize {
        self.weights.len() / COUNT
    }

    /// Every live row with its weights, in row order.
    pub fn iter(&self) -> impl Iterator<Item = (usize, &[i8])> + '_ {
        let rows =
            self.blocks.iter().enumerate().flat_map(|(b, block)| {
                (0..64).filter(move |bit| block.live >> bit & 1 != 0).map(move |bit| b * 64 + bit)
            });
        rows.zip(self.weights.chunks_exact(COUNT))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_reads_as_in_the_dense_table() {
        // Live rows at block edges, a lone row in a late block, a partial last block.
        let rows = 64 * 3 + 5;
        let mut dense = vec![0i8; rows * COUNT];
        for (row, tag, w) in [(0, 0, 3), (63, 16, -7), (64, 4, 1), (64, 5, 2), (130, 9, 127), (rows - 1, 1, -128)] {
            dense[row * COUNT + tag] = w;
        }
        let packed = LiveRows::from_dense(&dense);
        assert_eq!(packed.live(), 5);
        for row in 0..rows {
            let expected = &dense[row * COUNT..(row + 1) * COUNT];
            match packed.get(row) {
                Some(w) => assert_eq!(w, expected, "row {row}"),
                None => assert!(expected.iter().all(|&x| x == 0), "row {row} lost"),
            }
        }
        assert_eq!(packed.get(rows), None);
        assert_eq!(packed.get(usize::MAX / 2), None);
        let listed: Vec<usize> = packed.iter().map(|(row, _)| row).collect();
        assert_eq!(listed, [0, 63, 64, 130, rows - 1]);
        let rebuilt = LiveRows::from_rows(
            rows,
            packed.iter().map(|(r, w)| (r, w.to_vec())).collect::<Vec<_>>().iter().map(|(r, w)| (*r, w.as_slice())),
        );
        assert_eq!(rebuilt, Some(packed));
    }

    #[test]
    fn rows_out_of_order_or_beyond_the_table_are_refused() {
        let w = [1i8; COUNT];
        assert_eq!(LiveRows::from_rows(10, [(3, &w[..]), (3, &w[..])]), None);
        assert_eq!(LiveRows::from_rows(10, [(5, &w[..]), (2, &w[..])]), None);
        assert_eq!(LiveRows::from_rows(10, [(10, &w[..])]), None);
        assert_eq!(LiveRows::from_rows(10, [(1, &w[..2])]), None);
    }
}
