//! An adaptive binary range coder: the entropy coder of the model's shipped
//! form ([`super::model`]).
//!
//! Why not leave it to gzip: the model's streams are small integers whose
//! distributions depend on their context (which tag a weight belongs to, the
//! bits of a row's tag mask already seen), and gzip codes bytes with one
//! Huffman table and no context. Coding each decision with a probability
//! learned in its own context takes the model from 175 to about 142 KiB
//! (measured in `model/README.md`); the decoder is a hundred lines.
//!
//! The coder is LZMA's carry-less range coder; each context's probability is
//! its counts of zeros and ones so far (a Krichevsky–Trofimov estimate,
//! counts halved past a limit), which fits these near-static streams better
//! than LZMA's shift-based update. Encoding and decoding walk the same code
//! ([`BitCoder`]), so the two cannot drift apart.

/// Bits of a probability: 4096 is certainty.
const PROB_BITS: u32 = 12;
/// The range is renormalised below this.
const TOP: u32 = 1 << 24;
/// Counts are halved past this total, so a context follows slow drift.
const LIMIT: u16 = 255;

/// `2^22 / (2 t + 2)` for every total `t` of counts: a probability is then a
/// multiplication, not a division (decoding is a few million decisions).
const RECIPROCALS: [u32; LIMIT as usize + 2] = {
    let mut table = [0u32; LIMIT as usize + 2];
    let mut t = 0;
    while t < table.len() {
        table[t] = (1 << 22) / (2 * t as u32 + 2);
        t += 1;
    }
    table
};

/// The learned probability of one binary decision in one context.
#[derive(Clone, Copy, Default)]
pub struct BitModel {
    counts: [u16; 2],
}

impl BitModel {
    /// The probability of a zero, in 1/4096ths, strictly between 0 and 4096.
    fn zero(self) -> u32 {
        let (zeros, ones) = (u32::from(self.counts[0]), u32::from(self.counts[1]));
        (((2 * zeros + 1) * RECIPROCALS[(zeros + ones) as usize]) >> (22 - PROB_BITS)).clamp(1, (1 << PROB_BITS) - 1)
    }

    fn learn(&mut self, bit: bool) {
        self.counts[usize::from(bit)] += 1;
        if self.counts[0] + self.counts[1] > LIMIT {
            self.counts = self.counts.map(|c| c.div_ceil(2));
        }
    }
}

/// One side of the coder: the encoder codes the bit it is given, the decoder
/// ignores it and returns the bit it reads.
pub trait BitCoder {
    fn code(&mut self, model: &mut BitModel, bit: bool) -> bool;
}

/// Writes coded bits.
pub struct Encoder {
    low: u64,
    range: u32,
    cache: u8,
    pending: u64,
    out: Vec<u8>,
}

impl Default for Encoder {
    fn default() -> Encoder {
        Encoder { low: 0, range: u32::MAX, cache: 0, pending: 1, out: Vec::new() }
    }
}

impl Encoder {
    /// The coded bytes (5 more than the last decision needs, which the
    /// decoder reads ahead).
    pub fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift_low();
        }
        self.out
    }

    fn shift_low(&mut self) {
        if self.low < 0xFF00_0000 || self.low >> 32 != 0 {
            let carry = (self.low >> 32) as u8;
            let mut byte = self.cache;
            loop {
                self.out.push(byte.wrapping_add(carry));
                byte = 0xFF;
                self.pending -= 1;
                if self.pending == 0 {
                    break;
                }
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.pending += 1;
        self.low = (self.low & 0x00FF_FFFF) << 8;
    }
}

impl BitCoder for Encoder {
    fn code(&mut self, model: &mut BitModel, bit: bool) -> bool {
        let bound = (self.range >> PROB_BITS) * model.zero();
        if bit {
            self.low += u64::from(bound);
            self.range -= bound;
        } else {
            self.range = bound;
        }
        model.learn(bit);
        while self.range < TOP {
            self.range <<= 8;
            self.shift_low();
        }
        bit
    }
}

/// Reads coded bits. Reading past the end yields zeros and is remembered
/// ([`Decoder::overran`]): a stream cut short is refused, not misread.
pub struct Decoder<'b> {
    bytes: &'b [u8],
    pos: usize,
    code: u32,
    range: u32,
}

impl<'b> Decoder<'b> {
    pub fn new(bytes: &'b [u8]) -> Decoder<'b> {
        let mut d = Decoder { bytes, pos: 0, code: 0, range: u32::MAX };
        for _ in 0..5 {
            d.code = d.code << 8 | u32::from(d.next_byte());
        }
        d
    }

    fn next_byte(&mut self) -> u8 {
        let byte = self.bytes.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        byte
    }

    /// Whether decoding needed bytes the stream does not have.
    pub fn overran(&self) -> bool {
        self.pos > self.bytes.len()
    }

    /// The bytes read so far (all of them, for a whole stream).
    pub fn consumed(&self) -> usize {
        self.pos
    }
}

impl BitCoder for Decoder<'_> {
    fn code(&mut self, model: &mut BitModel, _: bool) -> bool {
        let bound = (self.range >> PROB_BITS) * model.zero();
        let bit = self.code >= bound;
        if bit {
            self.code -= bound;
            self.range -= bound;
        } else {
            self.range = bound;
        }
        model.learn(bit);
        while self.range < TOP {
            self.range <<= 8;
            self.code = self.code << 8 | u32::from(self.next_byte());
        }
        bit
    }
}

/// Codes the low `bits` bits of `value`, high bit first, each decision in
/// the context of the bits before it (`models` holds `2^bits` entries).
pub fn code_tree<C: BitCoder>(coder: &mut C, models: &mut [BitModel], bits: u32, value: u32) -> u32 {
    let mut node = 1usize;
    for i in (0..bits).rev() {
        let bit = coder.code(&mut models[node], value >> i & 1 == 1);
        node = node << 1 | usize::from(bit);
    }
    (node - (1 << bits)) as u32
}

/// Contexts for [`code_gamma`].
#[derive(Default)]
pub struct GammaModels {
    length: [BitModel; 32],
    mantissa: [[BitModel; 3]; 32],
}

/// Codes a number below `u32::MAX` as Elias gamma does, its bit length then
/// its bits below the leading one, with learned probabilities: the length in
/// its own tree, the two bits after the leading one in contexts of their own,
/// the rest in one shared context per length.
pub fn code_gamma<C: BitCoder>(coder: &mut C, models: &mut GammaModels, value: u32) -> u32 {
    let shifted = value.saturating_add(1);
    let length = code_tree(coder, &mut models.length, 5, 31 - shifted.leading_zeros()) as usize;
    let mut decoded = 1u32;
    for i in (0..length).rev() {
        let context = (length - 1 - i).min(2);
        let bit = coder.code(&mut models.mantissa[length][context], shifted >> i & 1 == 1);
        decoded = decoded << 1 | u32::from(bit);
    }
    decoded - 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(values: &[u32]) -> (Vec<u32>, usize) {
        let mut encoder = Encoder::default();
        let (mut gamma, mut tree) = (GammaModels::default(), vec![BitModel::default(); 256]);
        for &v in values {
            code_gamma(&mut encoder, &mut gamma, v);
            code_tree(&mut encoder, &mut tree, 8, v & 0xFF);
        }
        let bytes = encoder.finish();
        let mut decoder = Decoder::new(&bytes);
        let (mut gamma, mut tree) = (GammaModels::default(), vec![BitModel::default(); 256]);
        let mut back = Vec::new();
        for _ in values {
            back.push(code_gamma(&mut decoder, &mut gamma, 0));
            assert_eq!(code_tree(&mut decoder, &mut tree, 8, 0), back[back.len() - 1] & 0xFF);
        }
        assert!(!decoder.overran());
        assert_eq!(decoder.consumed(), bytes.len());
        (back, bytes.len())
    }

    #[test]
    fn numbers_round_trip() {
        let cases: &[&[u32]] = &[&[], &[0], &[1, 2, 3, 255, 256, 65_535], &[u32::MAX - 1, 0, u32::MAX - 1], &[7; 500]];
        for &values in cases {
            assert_eq!(round_trip(values).0, values);
        }
    }

    #[test]
    fn a_predictable_stream_costs_little() {
        // 10,000 numbers that are nearly always 3: a byte each would be
        // 10,000 bytes; learned probabilities need well under a bit each.
        let values: Vec<u32> = (0..10_000u32).map(|i| if i % 50 == 0 { i } else { 3 }).collect();
        let (back, size) = round_trip(&values);
        assert_eq!(back, values);
        assert!(size < 1_500, "{size} bytes");
    }

    #[test]
    fn a_stream_cut_short_is_noticed() {
        let mut encoder = Encoder::default();
        let mut models = vec![BitModel::default(); 1 << 16];
        for v in 0..2_000u32 {
            code_tree(&mut encoder, &mut models, 16, v.wrapping_mul(40_503));
        }
        let bytes = encoder.finish();
        let mut decoder = Decoder::new(&bytes[..bytes.len() - 6]);
        let mut models = vec![BitModel::default(); 1 << 16];
        for _ in 0..2_000 {
            code_tree(&mut decoder, &mut models, 16, 0);
        }
        assert!(decoder.overran());
    }
}
