//! Golomb-Rice coded sets: the compact form in which the word lists ship.
//!
//! The recognizer only asks "is this word (or phrase) in the list", by hash,
//! so a list need not ship its text: the top `key_bits` bits of each entry's
//! hash, sorted, with the gaps between them Rice-coded, take about
//! `key_bits - log2(n) + 1.5` bits an entry. A word not in the list collides
//! with one that is with probability `n / 2^key_bits`, the false-positive
//! rate a list is packed at. Loading decodes a set once into a hash set.

use std::fmt;

/// Why a coded set cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodingError(pub &'static str);

impl fmt::Display for CodingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The error for a set cut short.
pub const SHORT: CodingError = CodingError("a word list ends early");

/// Rice-codes `keys` (each below `2^key_bits`; sorted and deduplicated
/// here) as: count (u32), Rice parameter (u8), coded length (u32), bits.
pub fn encode(keys: &[u32], key_bits: u32, out: &mut Vec<u8>) {
    let mut keys = keys.to_vec();
    keys.sort_unstable();
    keys.dedup();
    debug_assert!(keys.last().is_none_or(|&k| u64::from(k) < 1u64 << key_bits));
    let gaps: Vec<u32> = keys.iter().scan(0u32, |prev, &k| Some(k - std::mem::replace(prev, k))).collect();
    let cost = |r: u32| gaps.iter().map(|&g| u64::from(g >> r) + 1 + u64::from(r)).sum::<u64>();
    let rice = (0..key_bits.max(1)).min_by_key(|&r| cost(r)).unwrap_or(0);
    let mut bits = BitWriter::default();
    for &g in &gaps {
        for _ in 0..g >> rice {
            bits.push(true);
        }
        bits.push(false);
        for i in (0..rice).rev() {
            bits.push(g >> i & 1 == 1);
        }
    }
    out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
    out.push(rice as u8);
    out.extend_from_slice(&(bits.bytes.len() as u32).to_le_bytes());
    out.extend_from_slice(&bits.bytes);
}

/// Decodes one set written by [`encode`] from the start of `bytes`, calling
/// `each` with every key; returns the bytes it used.
pub fn decode(bytes: &[u8], key_bits: u32, mut each: impl FnMut(u32)) -> Result<usize, CodingError> {
    let header = bytes.get(..9).ok_or(SHORT)?;
    let count = u32::from_le_bytes([header[0], header[1], header[2], header[3]]);
    let rice = u32::from(header[4]);
    let length = u32::from_le_bytes([header[5], header[6], header[7], header[8]]) as usize;
    if rice >= 32 {
        return Err(CodingError("a word list has an impossible Rice parameter"));
    }
    let body = bytes.get(9..9 + length).ok_or(SHORT)?;
    let mut reader = BitReader { bytes: body, pos: 0 };
    let mut key = 0u64;
    for _ in 0..count {
        let mut q = 0u64;
        while reader.next().ok_or(SHORT)? {
            q += 1;
        }
        let mut low = 0u64;
        for _ in 0..rice {
            low = low << 1 | u64::from(reader.next().ok_or(SHORT)?);
        }
        key += q << rice | low;
        if key >> key_bits != 0 {
            return Err(CodingError("a word list holds a key beyond its range"));
        }
        each(key as u32);
    }
    Ok(9 + length)
}

#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    len: usize,
}

impl BitWriter {
    fn push(&mut self, bit: bool) {
        if self.len.is_multiple_of(8) {
            self.bytes.push(0);
        }
        if bit {
            let last = self.bytes.len() - 1;
            self.bytes[last] |= 0x80 >> (self.len % 8);
        }
        self.len += 1;
    }
}

struct BitReader<'b> {
    bytes: &'b [u8],
    pos: usize,
}

impl BitReader<'_> {
    fn next(&mut self) -> Option<bool> {
        let byte = *self.bytes.get(self.pos / 8)?;
        let bit = byte & (0x80 >> (self.pos % 8)) != 0;
        self.pos += 1;
        Some(bit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(keys: &[u32], key_bits: u32) -> Vec<u32> {
        let mut bytes = Vec::new();
        encode(keys, key_bits, &mut bytes);
        let mut back = Vec::new();
        let used = decode(&bytes, key_bits, |k| back.push(k)).expect("decodes");
        assert_eq!(used, bytes.len());
        back
    }

    #[test]
    fn sets_round_trip_sorted_and_deduplicated() {
        let cases: &[(&[u32], u32, &[u32])] = &[
            (&[], 20, &[]),
            (&[0], 1, &[0]),
            (&[5, 3, 5, 1 << 19], 20, &[3, 5, 1 << 19]),
            (&[u32::MAX, 0, 7], 32, &[0, 7, u32::MAX]),
        ];
        for &(keys, bits, expected) in cases {
            assert_eq!(round_trip(keys, bits), expected, "{keys:?} at {bits} bits");
        }
    }

    #[test]
    fn a_dense_set_costs_a_few_bits_a_key() {
        let keys: Vec<u32> = (0..10_000u32).map(|i| i.wrapping_mul(2_654_435_761) >> 10).collect();
        let mut bytes = Vec::new();
        encode(&keys, 22, &mut bytes);
        // 2^22 / 10,000 ≈ 2^8.7 between keys: about 10 bits a key.
        assert!(bytes.len() * 8 < 11 * keys.len(), "{} bytes", bytes.len());
        assert_eq!(round_trip(&keys, 22).len(), 10_000);
    }

    #[test]
    fn truncated_or_out_of_range_sets_are_errors_not_panics() {
        let mut bytes = Vec::new();
        encode(&[1, 900, 4000], 12, &mut bytes);
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut], 12, |_| {}).is_err(), "cut at {cut}");
        }
        assert!(decode(&bytes, 10, |_| {}).is_err(), "4000 is beyond 2^10");
    }
}
