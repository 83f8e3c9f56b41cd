//! The trained weights in the form the recognizer runs and ships them:
//! 8-bit integers in a table indexed by hashed feature, and its file format.
//!
//! Why this shape: every reader downloads the model, so a file holds only
//! rows that survived pruning. The repository's form (`model/ner.bin`) is
//! three plain streams: delta-coded row numbers, bit masks of each row's
//! non-zero tags, and one byte per such weight; the app fetches the same rows
//! range-coded ([`packed`], a fifth smaller). Loading either expands it once
//! into a table of live rows (`live_rows.rs`), so scoring a feature is a bit
//! test and, for a live row, one read of 17 bytes, with no hashing of keys
//! and no probing.

use std::fmt;

use super::features;
use super::features::SentenceFeatures;
use super::live_rows::LiveRows;
use super::tags::COUNT;

mod packed;

const MAGIC: &[u8; 4] = b"LNER";
/// Format 3 stores the rows column by column (all row deltas, then all tag
/// masks, then all weights): the same bytes as format 2's row-by-row
/// layout, but each stream is alike, so gzip shrinks the file 8% more.
const FORMAT: u32 = 3;

/// Why a weights file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModelError {
    NotAModel,
    Truncated,
    UnknownFormat(u32),
    /// The file was trained with other feature templates than this build's.
    FeaturesChanged {
        file: u32,
        build: u32,
    },
    /// The file was trained with other gazetteer lists than this build's.
    GazetteersChanged,
    Inconsistent(&'static str),
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const RETRAIN: &str = "retrain with scripts/train-ner.sh";
        match self {
            ModelError::NotAModel => write!(f, "not a Lector entity model (bad magic bytes)"),
            ModelError::Truncated => write!(f, "the entity model file is truncated"),
            ModelError::UnknownFormat(v) => write!(f, "entity model format {v} is not supported by this build"),
            ModelError::FeaturesChanged { file, build } => {
                write!(
                    f,
                    "entity model was trained with feature set {file}, this build extracts set {build}: {RETRAIN}"
                )
            }
            ModelError::GazetteersChanged => {
                write!(f, "entity model was trained with other gazetteer lists than this build's: {RETRAIN}")
            }
            ModelError::Inconsistent(what) => write!(f, "entity model file is inconsistent: {what}"),
        }
    }
}

impl std::error::Error for ModelError {}

/// Quantized weights, ready to score sentences.
pub struct Model {
    pub bits: u32,
    /// `COUNT` weights per row of `2^bits`.
    weights: LiveRows,
    pub transitions: [[i32; COUNT]; COUNT],
    pub start: [i32; COUNT],
    #[cfg_attr(not(feature = "training"), allow(dead_code))] // lector-train uses it
    pub gazetteer_fingerprint: u64,
    /// The float value of one quantization step (for reports).
    #[cfg_attr(not(feature = "training"), allow(dead_code))] // lector-train uses it
    pub scale: f32,
    /// Sentences on each side that count as the same document
    /// ([`super::document`]).
    pub window: usize,
}

impl Model {
    /// Quantizes float weights (`COUNT` per row) to `i8` steps of `scale`,
    /// dropping those that round to zero.
    #[cfg_attr(not(feature = "training"), allow(dead_code))] // lector-train uses it
    pub fn quantize(
        bits: u32,
        weights: &[f32],
        transitions: &[[f32; COUNT]; COUNT],
        start: &[f32; COUNT],
        scale: f32,
        window: usize,
        gazetteer_fingerprint: u64,
    ) -> Model {
        let q = |w: f32| (w / scale).round().clamp(-127.0, 127.0) as i8;
        let qt = |w: f32| (w / scale).round() as i32;
        Model {
            bits,
            weights: LiveRows::from_dense(&weights.iter().map(|&w| q(w)).collect::<Vec<i8>>()),
            transitions: transitions.map(|row| row.map(qt)),
            start: start.map(qt),
            gazetteer_fingerprint,
            scale,
            window,
        }
    }

    #[cfg_attr(not(feature = "training"), allow(dead_code))] // lector-train uses it
    pub fn rows(&self) -> usize {
        1 << self.bits
    }

    /// Rows with at least one non-zero weight.
    #[cfg_attr(not(feature = "training"), allow(dead_code))] // lector-train uses it
    pub fn live_rows(&self) -> usize {
        self.weights.live()
    }

    /// Appends each token's score for each tag: the sum of its features' rows.
    pub fn emissions(&self, features: &SentenceFeatures, out: &mut Vec<[i32; COUNT]>) {
        for i in 0..features.len() {
            let mut acc = [0i32; COUNT];
            self.add_rows(features.token(i), &mut acc);
            out.push(acc);
        }
    }

    /// Adds the weights of `rows` to `acc`.
    pub fn add_rows(&self, rows: &[u32], acc: &mut [i32; COUNT]) {
        for &row in rows {
            let Some(weights) = self.weights.get(row as usize) else { continue };
            for (a, &w) in acc.iter_mut().zip(weights) {
                *a += i32::from(w);
            }
        }
    }

    /// The repository's form (`model/ner.bin`, format 3): what training
    /// writes and `scripts/requantize-model.py` reads. The app fetches the
    /// smaller [`Model::to_packed`] form.
    #[cfg_attr(not(feature = "training"), allow(dead_code))] // lector-train uses it
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.header(FORMAT);
        let live = self.live();
        out.extend_from_slice(&(live.len() as u32).to_le_bytes());
        let mut previous = 0usize;
        for &(index, _) in &live {
            write_varint(&mut out, (index - previous) as u64);
            previous = index;
        }
        for &(_, row) in &live {
            write_varint(&mut out, u64::from(tag_mask(row)));
        }
        for &(_, row) in &live {
            out.extend(row.iter().filter(|&&w| w != 0).map(|&w| w as u8));
        }
        out
    }

    /// Both forms begin alike: magic, format, feature-set version, lists'
    /// fingerprint, scale, table size, tags, window, transitions, start.
    fn header(&self, format: u32) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&format.to_le_bytes());
        out.extend_from_slice(&features::VERSION.to_le_bytes());
        out.extend_from_slice(&self.gazetteer_fingerprint.to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.push(self.bits as u8);
        out.push(COUNT as u8);
        out.extend_from_slice(&(self.window as u16).to_le_bytes());
        for row in self.transitions.iter().chain(std::iter::once(&self.start)) {
            for &w in row {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out
    }

    /// The rows with a non-zero weight, by index.
    fn live(&self) -> Vec<(usize, &[i8])> {
        self.weights.iter().collect()
    }

    /// Reads either form: the repository's ([`Model::to_bytes`]) or the
    /// packed one the app fetches ([`Model::to_packed`]).
    pub fn from_bytes(bytes: &[u8], gazetteer_fingerprint: u64) -> Result<Model, ModelError> {
        let mut r = Reader { bytes, pos: 0 };
        let (format, mut model) = Model::read_header(&mut r, gazetteer_fingerprint)?;
        if format == packed::FORMAT {
            packed::read_rows(&bytes[r.pos..], &mut model)?;
            return Ok(model);
        }
        let rows = 1usize << model.bits;
        let live = r.u32()? as usize;
        if live > rows {
            return Err(ModelError::Inconsistent("more rows than the table"));
        }
        let mut indices = Vec::with_capacity(live);
        let mut index = 0usize;
        for _ in 0..live {
            index = index.saturating_add(r.varint()? as usize);
            if index >= rows {
                return Err(ModelError::Inconsistent("row index beyond the table"));
            }
            indices.push(index);
        }
        let mut masks = Vec::with_capacity(live);
        for _ in 0..live {
            let mask = r.varint()?;
            if mask >> COUNT != 0 {
                return Err(ModelError::Inconsistent("tag mask"));
            }
            masks.push(mask);
        }
        let mut dense = vec![0i8; live * COUNT];
        for (row, &mask) in dense.chunks_exact_mut(COUNT).zip(&masks) {
            for t in (0..COUNT).filter(|t| mask & (1 << t) != 0) {
                row[t] = r.take(1)?[0] as i8;
            }
        }
        model.weights = LiveRows::from_rows(rows, indices.iter().copied().zip(dense.chunks_exact(COUNT)))
            .ok_or(ModelError::Inconsistent("row indices out of order"))?;
        if r.pos != bytes.len() {
            return Err(ModelError::Inconsistent("trailing bytes"));
        }
        Ok(model)
    }

    /// Reads the header ([`Model::header`]): the format and a model with
    /// every weight zero.
    fn read_header(r: &mut Reader<'_>, gazetteer_fingerprint: u64) -> Result<(u32, Model), ModelError> {
        if r.take(4)? != MAGIC {
            return Err(ModelError::NotAModel);
        }
        let format = r.u32()?;
        if format != FORMAT && format != packed::FORMAT {
            return Err(ModelError::UnknownFormat(format));
        }
        let version = r.u32()?;
        if version != features::VERSION {
            return Err(ModelError::FeaturesChanged { file: version, build: features::VERSION });
        }
        if r.u64()? != gazetteer_fingerprint {
            return Err(ModelError::GazetteersChanged);
        }
        let scale = f32::from_le_bytes(r.array()?);
        let bits = u32::from(r.take(1)?[0]);
        if !(8..=26).contains(&bits) {
            return Err(ModelError::Inconsistent("table size out of range"));
        }
        if usize::from(r.take(1)?[0]) != COUNT {
            return Err(ModelError::Inconsistent("number of tags"));
        }
        let window = usize::from(u16::from_le_bytes(r.array()?));
        let mut transitions = [[0i32; COUNT]; COUNT];
        for row in &mut transitions {
            for w in row.iter_mut() {
                *w = i32::from_le_bytes(r.array()?);
            }
        }
        let mut start = [0i32; COUNT];
        for w in &mut start {
            *w = i32::from_le_bytes(r.array()?);
        }
        let weights = LiveRows::default();
        Ok((format, Model { bits, weights, transitions, start, gazetteer_fingerprint, scale, window }))
    }
}

/// Bit `t` set when tag `t` has a weight in the row.
fn tag_mask(row: &[i8]) -> u32 {
    row.iter().enumerate().filter(|(_, &w)| w != 0).fold(0u32, |m, (t, _)| m | 1 << t)
}

#[cfg_attr(not(feature = "training"), allow(dead_code))] // lector-train uses it
fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Reader<'b> {
    bytes: &'b [u8],
    pos: usize,
}

impl<'b> Reader<'b> {
    fn take(&mut self, n: usize) -> Result<&'b [u8], ModelError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or(ModelError::Truncated)?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        self.take(N)?.try_into().map_err(|_| ModelError::Truncated)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    fn u64(&mut self) -> Result<u64, ModelError> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    fn varint(&mut self) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ModelError::Inconsistent("varint too long"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small_model() -> Model {
        let bits = 8;
        let mut weights = vec![0.0f32; (1 << bits) * COUNT];
        weights[3 * COUNT + 1] = 0.5;
        weights[3 * COUNT + 16] = -1.0;
        weights[200 * COUNT] = 0.004; // under half a step: rounds to zero, pruned
        weights[255 * COUNT + 4] = 0.25;
        let mut transitions = [[0.0f32; COUNT]; COUNT];
        transitions[0][1] = -2.0;
        Model::quantize(bits, &weights, &transitions, &[0.1; COUNT], 1.0 / 100.0, 25, 42)
    }

    #[test]
    fn saved_weights_load_back_identically() {
        let model = small_model();
        let loaded = Model::from_bytes(&model.to_bytes(), 42).expect("round trip");
        assert_eq!(loaded.weights, model.weights);
        assert_eq!(loaded.transitions, model.transitions);
        assert_eq!(loaded.start, model.start);
        assert_eq!(loaded.window, 25);
        assert_eq!(loaded.live_rows(), 2);
        assert_eq!(loaded.weights.get(3).map(|w| w[1]), Some(50));
    }

    #[test]
    fn rejects_damaged_or_mismatched_files() {
        let bytes = small_model().to_bytes();
        assert_eq!(Model::from_bytes(b"GIF89a", 42).err(), Some(ModelError::NotAModel));
        assert_eq!(Model::from_bytes(&bytes[..bytes.len() - 1], 42).err(), Some(ModelError::Truncated));
        assert_eq!(Model::from_bytes(&bytes, 7).err(), Some(ModelError::GazetteersChanged));
        let mut other_features = bytes.clone();
        other_features[8] ^= 0xff;
        assert!(matches!(Model::from_bytes(&other_features, 42), Err(ModelError::FeaturesChanged { .. })));
        let message = ModelError::GazetteersChanged.to_string();
        assert!(message.contains("scripts/train-ner.sh"), "{message}");
    }
}
