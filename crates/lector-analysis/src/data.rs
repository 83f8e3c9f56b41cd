//! The analyzer's data, the entity model and the word lists, as one asset
//! that the app can fetch beside its code instead of inside it.
//!
//! Why: the data is most of the first visit's bytes and changes only when
//! the model is retrained, so as a separate, content-hashed file it streams
//! in parallel with the code and stays cached across releases. The build
//! still embeds the model and the lists as text (feature `embedded`, on by
//! default) for the CLI, the pre-renderer, the tests and any caller that does
//! not load its own; packing is lossless, so both analyse alike (a test).
//!
//! Format (`analyzer-<hash>.bin`, little-endian): magic `LDAT`, format,
//! feature-set version, the lists' fingerprint, the lengths of the two
//! parts, the packed lists ([`Gazetteer::to_bytes`]), the weights
//! ([`Model::to_packed`]), and an FNV-1a checksum of everything before it,
//! so a damaged download is refused rather than analysed with.

use std::fmt;

use crate::ner::features;
use crate::ner::gazetteer::{Gazetteer, ListsError};
use crate::ner::model::{Model, ModelError};
use crate::ner::Recognizer;

const MAGIC: &[u8; 4] = b"LDAT";
/// Format 2: the model in its packed form ([`Model::to_packed`]).
const FORMAT: u32 = 2;
const HEADER: usize = 4 + 4 + 4 + 8 + 4 + 4;

/// Why an analyzer-data file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    NotAnalyzerData,
    UnknownFormat(u32),
    Truncated,
    /// The checksum does not match: the file was damaged on the way.
    Damaged,
    /// The data was built for another version of the analyzer.
    OtherBuild,
    Lists(ListsError),
    Model(ModelError),
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const REBUILD: &str = "reload the page to fetch the matching one";
        match self {
            DataError::NotAnalyzerData => write!(f, "not a Lector analyzer-data file (bad magic bytes)"),
            DataError::UnknownFormat(v) => write!(f, "analyzer-data format {v} is not supported by this build"),
            DataError::Truncated => write!(f, "the analyzer-data file is truncated: download it again"),
            DataError::Damaged => write!(f, "the analyzer-data file is damaged (checksum mismatch): download it again"),
            DataError::OtherBuild => {
                write!(f, "the analyzer-data file was built for another version of Lector: {REBUILD}")
            }
            DataError::Lists(e) => write!(f, "analyzer data: {e}"),
            DataError::Model(e) => write!(f, "analyzer data: {e}"),
        }
    }
}

impl std::error::Error for DataError {}

/// A loaded model with its word lists, ready to analyse with
/// ([`crate::analyze_with`]).
pub struct AnalyzerData {
    recognizer: Recognizer,
}

impl AnalyzerData {
    /// Reads and checks an `analyzer-data.bin`.
    pub fn from_bytes(bytes: &[u8]) -> Result<AnalyzerData, DataError> {
        if bytes.get(..4) != Some(MAGIC.as_slice()) {
            return Err(DataError::NotAnalyzerData);
        }
        let header = bytes.get(..HEADER).ok_or(DataError::Truncated)?;
        let u32_at = |at: usize| u32::from_le_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]);
        let format = u32_at(4);
        if format != FORMAT {
            return Err(DataError::UnknownFormat(format));
        }
        let (lists_len, model_len) = (u32_at(20) as usize, u32_at(24) as usize);
        let end = HEADER + lists_len + model_len;
        let sum = bytes.get(end..end + 8).ok_or(DataError::Truncated)?;
        if bytes.len() > end + 8 || checksum(&bytes[..end]).to_le_bytes() != sum {
            return Err(DataError::Damaged);
        }
        let mut fingerprint = [0u8; 8];
        fingerprint.copy_from_slice(&header[12..20]);
        if u32_at(8) != features::VERSION {
            return Err(DataError::OtherBuild);
        }
        let gazetteer = Gazetteer::from_bytes(&bytes[HEADER..HEADER + lists_len]).map_err(DataError::Lists)?;
        if gazetteer.fingerprint() != u64::from_le_bytes(fingerprint) {
            return Err(DataError::OtherBuild);
        }
        let model =
            Model::from_bytes(&bytes[HEADER + lists_len..end], gazetteer.fingerprint()).map_err(DataError::Model)?;
        Ok(AnalyzerData { recognizer: Recognizer::from_parts(model, gazetteer) })
    }

    /// The file [`AnalyzerData::from_bytes`] reads (the pre-renderer writes
    /// it beside the app as `analyzer-<hash>.bin`).
    pub fn to_bytes(&self) -> Vec<u8> {
        let gazetteer = self.recognizer.gazetteer();
        let lists = gazetteer.to_bytes();
        let model = self.recognizer.model().to_packed();
        let mut out = Vec::with_capacity(HEADER + lists.len() + model.len() + 8);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT.to_le_bytes());
        out.extend_from_slice(&features::VERSION.to_le_bytes());
        out.extend_from_slice(&gazetteer.fingerprint().to_le_bytes());
        out.extend_from_slice(&(lists.len() as u32).to_le_bytes());
        out.extend_from_slice(&(model.len() as u32).to_le_bytes());
        out.extend_from_slice(&lists);
        out.extend_from_slice(&model);
        out.extend_from_slice(&checksum(&out).to_le_bytes());
        out
    }

    /// The data compiled into this build, loaded once.
    ///
    /// # Panics
    /// If the embedded weights do not match this build's features or lists:
    /// a build mistake that the crate's tests catch, never something a
    /// reader's input can cause.
    #[cfg(feature = "embedded")]
    pub fn embedded() -> &'static AnalyzerData {
        static EMBEDDED: std::sync::OnceLock<AnalyzerData> = std::sync::OnceLock::new();
        EMBEDDED.get_or_init(|| match Recognizer::from_bytes(crate::ner::recognizer::SHIPPED_MODEL) {
            Ok(recognizer) => AnalyzerData { recognizer },
            Err(e) => panic!("the embedded entity model cannot be used: {e}"),
        })
    }

    pub(crate) fn recognizer(&self) -> &Recognizer {
        &self.recognizer
    }
}

/// FNV-1a over bytes.
fn checksum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

#[cfg(all(test, feature = "embedded"))]
mod tests;
