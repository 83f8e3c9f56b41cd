//! Hashing of token strings and feature conjunctions.
//!
//! Features are never materialised as strings: each token's forms (exact,
//! lower case, shape, affixes) are hashed once while reading its characters,
//! and a feature is a mix of a template number with one or more of those
//! hashes. The top bits of the mix pick the feature's row in the weight table
//! (the "hashing trick"), so neither training nor recognition allocates per
//! token, and the model needs no vocabulary. The functions are fixed,
//! platform-independent arithmetic: a model trained on one machine loads on
//! any other, native or WebAssembly.

use std::hash::Hasher;

/// FNV-1a offset basis: the hash of the empty string.
pub const EMPTY: u64 = 0xcbf2_9ce4_8422_2325;

/// Extends a string hash by one character.
#[inline]
pub fn push(hash: u64, c: char) -> u64 {
    (hash ^ c as u64).wrapping_mul(0x0000_0100_0000_01b3)
}

/// A string hashed character by character.
#[cfg_attr(not(feature = "embedded"), allow(dead_code))] // lists are hashed from text natively
pub fn of_str(s: &str) -> u64 {
    s.chars().fold(EMPTY, push)
}

/// The final avalanche of MurmurHash3: spreads every input bit over the
/// whole word, so the top bits of a mix are good bucket indices.
#[inline]
pub fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Combines a running hash with one more value, order-sensitively.
#[inline]
pub fn combine(h: u64, v: u64) -> u64 {
    (h.rotate_left(27) ^ v).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// A `Hasher` for keys that are already well-mixed hashes (phrase and word
/// hashes): uses them as they are.
#[derive(Default)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
    /// A key of a packed list (the top bits of a hash): spread over the
    /// whole word, as the hash table reads both its high and low bits.
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_strings_hash_equal_and_order_matters() {
        assert_eq!(of_str("Iran"), of_str("Iran"));
        assert_ne!(of_str("Iran"), of_str("Iraq"));
        assert_ne!(combine(combine(EMPTY, 1), 2), combine(combine(EMPTY, 2), 1));
    }

    #[test]
    fn hashes_do_not_depend_on_the_platform() {
        // The published FNV-1a test vector: a trained model stays valid only
        // while string hashing does not change.
        assert_eq!(of_str("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(of_str("foobar"), 0x85944171f73967e8);
    }
}
