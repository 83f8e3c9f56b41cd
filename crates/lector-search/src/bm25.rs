//! Okapi BM25, the ranking Lucene uses: rare words weigh more, repeats count
//! with diminishing returns, and long articles do not win by length alone.

const K1: f32 = 1.2;
const B: f32 = 0.75;

/// How much a term found in `df` of `docs` articles tells apart.
pub fn idf(docs: usize, df: usize) -> f32 {
    let (n, df) = (docs as f32, df as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// The score of a term seen `tf` times (headline-weighted) in an article of
/// `len` tokens, where articles average `average_len`.
pub fn score(idf: f32, tf: f32, len: usize, average_len: f32) -> f32 {
    let norm = 1.0 - B + B * len as f32 / average_len.max(1.0);
    idf * tf * (K1 + 1.0) / (tf + K1 * norm)
}
