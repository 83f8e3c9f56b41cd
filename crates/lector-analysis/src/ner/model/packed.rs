//! The model's packed form, the one the app fetches (inside
//! `analyzer-<hash>.bin`): the repository's header, then every live row
//! range-coded ([`super::super::range_coder`]) as its index gap, its tag
//! mask and its weights, each decision in a context that predicts it:
//! - the gap in rows since the previous live row, Elias-gamma style;
//! - the mask tag by tag, each bit in the context of the tags before it
//!   (so the common masks, "O and U-PER", cost a few bits);
//! - each weight bit by bit, in the context of its tag, how many weights the
//!   row has (up to 4) and the sign of the row's previous weight.
//!
//! Lossless: it loads into the same table as the repository's form (a test).

use crate::ner::live_rows::LiveRows;
use super::{tag_mask, Model, ModelError, COUNT};
use crate::ner::range_coder::{code_gamma, code_tree, BitCoder, BitModel, Decoder, Encoder, GammaModels};

/// The packed form's format number (the repository's form is 3).
pub const FORMAT: u32 = 4;

/// Weight contexts: tag × weights in the row (1, 2, 3, 4+) × sign of the
/// previous weight (none, positive, negative).
const WEIGHT_CONTEXTS: usize = COUNT * 4 * 3;

/// Every context's learned probabilities, fresh at the start of a file.
struct Contexts {
    gaps: GammaModels,
    masks: Vec<BitModel>,
    weights: Vec<BitModel>,
}

impl Contexts {
    fn new() -> Contexts {
        Contexts {
            gaps: GammaModels::default(),
            masks: vec![BitModel::default(); 1 << COUNT],
            weights: vec![BitModel::default(); WEIGHT_CONTEXTS * 256],
        }
    }

    /// Codes one row: its gap from the previous live row, its mask and its
    /// weights (`row`, written back when decoding). Returns the gap.
    fn code_row<C: BitCoder>(&mut self, coder: &mut C, gap: u32, row: &mut [i8; COUNT]) -> u32 {
        let gap = code_gamma(coder, &mut self.gaps, gap);
        let mut mask = tag_mask(row);
        let mut seen = 0u32;
        for t in 0..COUNT {
            let bit = coder.code(&mut self.masks[(1 << t) | seen as usize], mask >> t & 1 == 1);
            seen |= u32::from(bit) << t;
        }
        mask = seen;
        let weights = (mask.count_ones().clamp(1, 4) - 1) as usize;
        let mut previous_sign = 0;
        for (t, weight) in row.iter_mut().enumerate() {
            if mask >> t & 1 == 0 {
                *weight = 0;
                continue;
            }
            let context = ((t * 4 + weights) * 3 + previous_sign) * 256;
            let value = code_tree(coder, &mut self.weights[context..context + 256], 8, u32::from(*weight as u8));
            *weight = value as u8 as i8;
            previous_sign = if *weight < 0 { 2 } else { 1 };
        }
        gap
    }
}

impl Model {
    /// The packed form ([`self`](super::packed)): about a fifth smaller
    /// than the repository's form once both are gzipped.
    pub fn to_packed(&self) -> Vec<u8> {
        let mut out = self.header(FORMAT);
        let live = self.live();
        out.extend_from_slice(&(live.len() as u32).to_le_bytes());
        let (mut encoder, mut contexts) = (Encoder::default(), Contexts::new());
        let mut previous = 0usize;
        for (index, weights) in live {
            let mut row = [0i8; COUNT];
            row.copy_from_slice(weights);
            contexts.code_row(&mut encoder, (index - previous) as u32, &mut row);
            previous = index;
        }
        out.extend_from_slice(&encoder.finish());
        out
    }
}

/// Reads the rows of a packed model (what follows its header) into `model`.
pub fn read_rows(bytes: &[u8], model: &mut Model) -> Result<(), ModelError> {
    let count = bytes.get(..4).ok_or(ModelError::Truncated)?;
    let live = u32::from_le_bytes([count[0], count[1], count[2], count[3]]) as usize;
    let rows = 1usize << model.bits;
    if live > rows {
        return Err(ModelError::Inconsistent("more rows than the table"));
    }
    let (mut decoder, mut contexts) = (Decoder::new(&bytes[4..]), Contexts::new());
    let mut index = 0usize;
    let mut given = Vec::with_capacity(live);
    for _ in 0..live {
        let mut row = [0i8; COUNT];
        index = index.saturating_add(contexts.code_row(&mut decoder, 0, &mut row) as usize);
        if index >= rows {
            return Err(ModelError::Inconsistent("row index beyond the table"));
        }
        given.push((index, row));
    }
    model.weights = LiveRows::from_rows(rows, given.iter().map(|(i, row)| (*i, &row[..])))
        .ok_or(ModelError::Inconsistent("row indices out of order"))?;
    if decoder.overran() {
        return Err(ModelError::Truncated);
    }
    if decoder.consumed() != bytes.len() - 4 {
        return Err(ModelError::Inconsistent("trailing bytes"));
    }
    Ok(())
}

#[cfg(all(test, feature = "embedded"))]
mod tests {
    use super::*;
    use crate::ner::gazetteer::Gazetteer;
    use crate::ner::recognizer::SHIPPED_MODEL;

    fn shipped() -> Model {
        Model::from_bytes(SHIPPED_MODEL, Gazetteer::shipped().fingerprint()).expect("the shipped model loads")
    }

    #[test]
    fn the_packed_form_loads_the_same_weights_and_is_smaller() {
        let model = shipped();
        let packed = model.to_packed();
        let back = Model::from_bytes(&packed, model.gazetteer_fingerprint).expect("the packed model loads");
        assert!(back.weights == model.weights, "every weight survives packing");
        assert_eq!((back.transitions, back.start, back.window), (model.transitions, model.start, model.window));
        assert!(packed.len() < model.to_bytes().len() * 9 / 10, "{} bytes packed", packed.len());
    }

    #[test]
    fn a_damaged_packed_model_is_refused() {
        let model = shipped();
        let packed = model.to_packed();
        let mut extra = packed.clone();
        extra.push(0);
        let cases: [(&str, &[u8]); 3] = [
            ("cut short", &packed[..packed.len() - 200]),
            ("cut in its row count", &packed[..1254]),
            ("trailing bytes", &extra),
        ];
        for (what, bytes) in cases {
            assert!(Model::from_bytes(bytes, model.gazetteer_fingerprint).is_err(), "{what}");
        }
    }
}
