//! The annotations the bench makes, and whether a re-anchoring result is
//! right, given where every original character went.

use lector_annotations::{Anchoring, OrphanReason};
use lector_text::Span;

use crate::edits::{paragraphs, sentences, Cell};
use crate::rng::Rng;

/// A quote counts as still findable when at least this share of its
/// characters are in the new text unchanged (and in their order): a reader
/// would say the words are still there.
const FINDABLE_SHARE: f64 = 2.0 / 3.0;

/// Reader-like selections, within one paragraph: one word (25%), 2–5 words
/// (30%), 6–15 words (20%), a sentence (15%), two sentences (10%).
pub fn selections(text: &[char], count: usize, rng: &mut Rng) -> Vec<Span> {
    let words: Vec<(usize, usize)> = {
        let mut out = Vec::new();
        let mut start = None;
        for i in 0..=text.len() {
            match (start, i < text.len() && text[i].is_alphanumeric()) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    out.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        out
    };
    let paragraphs = paragraphs(text);
    let paragraph_of = |offset: usize| paragraphs.iter().position(|&(s, e)| s <= offset && offset < e);
    let sentences = sentences(text);
    (0..count)
        .map(|_| {
            let roll = rng.below(100);
            if roll >= 75 {
                let k = rng.below(sentences.len());
                let (start, mut end) = sentences[k];
                if roll >= 90 {
                    if let Some(&(s, e)) = sentences.get(k + 1) {
                        if paragraph_of(s) == paragraph_of(start) {
                            end = e;
                        }
                    }
                }
                return Span::new(start, end);
            }
            let length = match roll {
                0..25 => 1,
                25..55 => 2 + rng.below(4),
                _ => 6 + rng.below(10),
            };
            let w = rng.below(words.len());
            let (start, _) = words[w];
            let last = (w..(w + length).min(words.len()))
                .take_while(|&i| paragraph_of(words[i].0) == paragraph_of(start))
                .last()
                .unwrap_or(w);
            Span::new(start, words[last].1)
        })
        .collect()
}

/// Where an old span's words are in the edited text.
pub struct Truth {
    /// For each character of the edited text, whether it came from the span.
    from_old: Vec<bool>,
    /// How many characters of the edited text came from the span.
    left: usize,
    /// From the first to the last character that came from the span, trimmed of spaces.
    pub span: Option<Span>,
    /// Enough of the quote is left, unchanged and in order (see [`FINDABLE_SHARE`]).
    pub findable: bool,
}

pub fn truth(cells: &[Cell], old: Span) -> Truth {
    let from_old = |c: &Cell| c.origin.is_some_and(|o| old.start <= o && o < old.end);
    let (Some(first), Some(last)) = (cells.iter().position(from_old), cells.iter().rposition(from_old)) else {
        return Truth { from_old: Vec::new(), left: 0, span: None, findable: false };
    };
    let (mut start, mut end) = (first, last + 1);
    while start < end && cells[start].ch.is_whitespace() {
        start += 1;
    }
    while end > start && cells[end - 1].ch.is_whitespace() {
        end -= 1;
    }
    let kept = cells.iter().filter(|c| c.kept && from_old(c)).count();
    // Original text from elsewhere inside it: a paragraph moved into the quote.
    let split = cells[start..end].iter().any(|c| c.origin.is_some() && !from_old(c));
    let findable = !split && kept as f64 >= FINDABLE_SHARE * old.len() as f64;
    let from_old: Vec<bool> = cells.iter().map(from_old).collect();
    let left = from_old.iter().filter(|&&b| b).count();
    Truth { from_old, left, span: Some(Span::new(start, end)), findable }
}

#[derive(Default, Clone, Copy)]
pub struct Tally {
    pub annotations: usize,
    /// Counted: findable, or placed although not findable.
    pub counted: usize,
    pub right: usize,
    pub exact: usize,
    pub wrong: usize,
    pub orphaned_findable: usize,
    /// Of those: the reason was Weak with a suggestion on the right words.
    pub weak_right_suggestion: usize,
    pub not_found: usize,
    pub ambiguous: usize,
    /// Not findable and orphaned: the words are gone.
    pub gone: usize,
    /// Findable orphans whose first (one of whose first three) re-attach
    /// candidates is on the right words.
    pub first_candidate_right: usize,
    pub top3_candidate_right: usize,
}

pub enum Verdict {
    Right,
    Wrong,
    OrphanedFindable,
    Gone,
}

impl Truth {
    /// The placed characters cover at least half of what is left of the
    /// quote, and either at least half of them came from it or they all lie
    /// within its new extent (words inserted into it included).
    fn on_the_right_words(&self, placed: Span) -> bool {
        let from_old = self.from_old.get(placed.start..placed.end).map_or(0, |c| c.iter().filter(|&&b| b).count());
        let within = self.span.is_some_and(|t| t.contains(&placed));
        self.left > 0 && from_old * 2 >= self.left && (within || from_old * 2 >= placed.len().max(1))
    }
}

impl Tally {
    /// Counts whether the re-attach candidates offered for a findable orphan include its place.
    pub fn add_candidates(&mut self, truth: &Truth, candidates: &[Span]) {
        let right = |span: &Span| Some(*span) == truth.span || truth.on_the_right_words(*span);
        if candidates.first().is_some_and(right) {
            self.first_candidate_right += 1;
        }
        if candidates.iter().take(3).any(right) {
            self.top3_candidate_right += 1;
        }
    }

    pub fn add(&mut self, truth: &Truth, result: &Anchoring) -> Verdict {
        self.annotations += 1;
        match (result.span(), truth.findable) {
            (None, false) => {
                self.gone += 1;
                Verdict::Gone
            }
            (None, true) => {
                self.counted += 1;
                self.orphaned_findable += 1;
                match result {
                    Anchoring::Orphaned(OrphanReason::Weak { suggestion, .. }) => {
                        if truth.on_the_right_words(*suggestion) {
                            self.weak_right_suggestion += 1;
                        }
                    }
                    Anchoring::Orphaned(OrphanReason::NotFound) => self.not_found += 1,
                    Anchoring::Orphaned(OrphanReason::Ambiguous { .. }) => self.ambiguous += 1,
                    Anchoring::Placed { .. } => {}
                }
                Verdict::OrphanedFindable
            }
            (Some(placed), _) => {
                self.counted += 1;
                match truth.span {
                    Some(t) if placed == t || truth.on_the_right_words(placed) => {
                        self.right += 1;
                        if placed == t {
                            self.exact += 1;
                        }
                        Verdict::Right
                    }
                    _ => {
                        self.wrong += 1;
                        Verdict::Wrong
                    }
                }
            }
        }
    }

    pub fn merge(&mut self, other: &Tally) {
        self.annotations += other.annotations;
        self.counted += other.counted;
        self.right += other.right;
        self.exact += other.exact;
        self.wrong += other.wrong;
        self.orphaned_findable += other.orphaned_findable;
        self.weak_right_suggestion += other.weak_right_suggestion;
        self.not_found += other.not_found;
        self.ambiguous += other.ambiguous;
        self.gone += other.gone;
        self.first_candidate_right += other.first_candidate_right;
        self.top3_candidate_right += other.top3_candidate_right;
    }
}
