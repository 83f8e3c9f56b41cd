//! Pairing the sentences of two articles: each sentence with the sentence, or
//! two adjacent sentences, of the other that state the same thing.
//!
//! Every 1:1, 1:2 and 2:1 candidate is scored by the similarity model; the
//! best-scoring candidates are taken first, each sentence at most once
//! (greedy best-first matching). Order plays no part, so reordered
//! paragraphs pair as well as unmoved ones; a sentence split in two pairs
//! with both halves read together, because that joined reading scores
//! higher than either half.
//!
//! A second pass reads context, as a reader does: a pair that scores below
//! the threshold but above [`IN_CONTEXT`] is taken when it continues an
//! accepted pair on both sides (the sentences right before, or right after,
//! are counterparts). Heavy rewording keeps the order of a story even when it
//! changes the words; two unrelated stories on one topic rarely line up so.
//! Likewise a pair of sentences that are each other's best counterpart among
//! several is taken above [`MUTUAL`]. A single sentence pair (no context, no
//! alternatives) is judged by the threshold alone.

use std::collections::HashSet;

use lector_text::{CharIndex, Span};
use serde::Serialize;

use crate::features::{common, lcs};
use crate::model::Model;
use crate::profile::{words, Profile, Word};

/// The sentences of one article, ready to compare.
#[derive(Clone, Debug)]
pub struct Sentences {
    pub spans: Vec<Span>,
    single: Vec<Profile>,
    /// Sentence `i` read together with `i + 1`.
    joined: Vec<Profile>,
}

impl Sentences {
    /// `sourcing`: spans of unnamed sources ("according to two people
    /// familiar with"), left out of the comparison: an anonymous source
    /// dropped is a shift between versions (`shifts.rs`), not a different
    /// claim. (Named sources stay: their names are what often ties two
    /// versions of a quote together.)
    pub fn new(text: &str, spans: &[Span], sourcing: &[Span]) -> Sentences {
        let index = CharIndex::new(text);
        let words: Vec<Vec<Word>> = spans
            .iter()
            .map(|s| {
                let inside: Vec<&Span> = sourcing.iter().filter(|c| s.contains(c)).collect();
                if inside.is_empty() {
                    return words(&text[index.byte_of_char(s.start)..index.byte_of_char(s.end)]);
                }
                let kept: String = (s.start..s.end)
                    .zip(text[index.byte_of_char(s.start)..index.byte_of_char(s.end)].chars())
                    .map(|(ch, c)| if inside.iter().any(|span| span.contains_offset(ch)) { ' ' } else { c })
                    .collect();
                words(&kept)
            })
            .collect();
        let single = words.iter().map(|w| Profile::of_words(w)).collect();
        let joined = words.windows(2).map(|pair| Profile::of_words(&[pair[0].as_slice(), &pair[1]].concat())).collect();
        Sentences { spans: spans.to_vec(), single, joined }
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The profile of `first..first + count` (count 1 or 2).
    fn profile(&self, first: usize, count: usize) -> &Profile {
        if count == 1 {
            &self.single[first]
        } else {
            &self.joined[first]
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// Same words, small edits.
    Copied,
    /// Same claim, different words.
    Reworded,
}

/// Sentences of A and of B that state the same thing: one or two adjacent
/// sentences on each side (never two on both).
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub a: std::ops::Range<usize>,
    pub b: std::ops::Range<usize>,
    pub similarity: f32,
    pub relation: Relation,
}

/// Share of the longer side's words that survive in order for a pair to count
/// as copied rather than reworded.
const COPIED: f32 = 0.7;

/// Lowest similarity a pair may have when its neighbours are counterparts.
pub const IN_CONTEXT: f32 = 0.2;

/// Lowest similarity a pair may have when each is the other's best counterpart.
pub const MUTUAL: f32 = 0.15;

/// Sentences each side needs before being someone's best counterpart counts.
const ALTERNATIVES: usize = 3;

pub fn align(a: &Sentences, b: &Sentences, model: &Model) -> Vec<Link> {
    let mut candidates: Vec<(f32, usize, usize, usize, usize)> = Vec::new();
    for i in 0..a.len() {
        for j in 0..b.len() {
            if common(&a.single[i].content, &b.single[j].content) == 0 {
                continue;
            }
            push(&mut candidates, model, a, b, (i, 1), (j, 1));
            // Splits and merges: only when the other half shares content too.
            if j + 1 < b.len() && common(&a.single[i].content, &b.single[j + 1].content) > 0 {
                push(&mut candidates, model, a, b, (i, 1), (j, 2));
            }
            if i + 1 < a.len() && common(&a.single[i + 1].content, &b.single[j].content) > 0 {
                push(&mut candidates, model, a, b, (i, 2), (j, 1));
            }
        }
    }
    // Best first; on a tie the simpler pairing, then text order.
    candidates
        .sort_by(|x, y| y.0.total_cmp(&x.0).then((x.2 + x.4).cmp(&(y.2 + y.4))).then((x.1, x.3).cmp(&(y.1, y.3))));
    let mut used_a = vec![false; a.len()];
    let mut used_b = vec![false; b.len()];
    let mut links = Vec::new();
    let free = |used: &[bool], first: usize, count: usize| !used[first..first + count].iter().any(|&u| u);
    for &(similarity, i, n, j, m) in &candidates {
        if similarity < model.threshold || !free(&used_a, i, n) || !free(&used_b, j, m) {
            continue;
        }
        used_a[i..i + n].iter_mut().for_each(|u| *u = true);
        used_b[j..j + m].iter_mut().for_each(|u| *u = true);
        links.push(link(a, b, (i, n), (j, m), similarity));
    }
    // Mutual best: the best counterpart of each other among all candidates,
    // which says something only when there are others to choose from.
    let alternatives = a.len() >= ALTERNATIVES && b.len() >= ALTERNATIVES;
    let best_a = best_for(&candidates, a.len(), |c| (c.1, c.2));
    let best_b = best_for(&candidates, b.len(), |c| (c.3, c.4));
    for &(similarity, i, n, j, m) in &candidates {
        let mutual = (i..i + n).all(|k| best_a[k] == Some((similarity, i, n, j, m)))
            && (j..j + m).all(|k| best_b[k] == Some((similarity, i, n, j, m)));
        if similarity < MUTUAL
            || !alternatives
            || !mutual
            || !free(&used_a, i, n)
            || !free(&used_b, j, m)
            || names_disagree(a.profile(i, n), b.profile(j, m))
        {
            continue;
        }
        used_a[i..i + n].iter_mut().for_each(|u| *u = true);
        used_b[j..j + m].iter_mut().for_each(|u| *u = true);
        links.push(link(a, b, (i, n), (j, m), similarity));
    }
    // In context: repeat until no candidate continues an accepted pair.
    // Where a candidate would have to end, or start, to continue a pair.
    let mut ends: HashSet<(usize, usize)> = links.iter().map(|l| (l.a.end, l.b.end)).collect();
    let mut starts: HashSet<(usize, usize)> = links.iter().map(|l| (l.a.start, l.b.start)).collect();
    loop {
        let next = candidates.iter().find(|&&(_, i, n, j, m)| {
            (ends.contains(&(i, j)) || starts.contains(&(i + n, j + m)))
                && free(&used_a, i, n)
                && free(&used_b, j, m)
                && !names_disagree(a.profile(i, n), b.profile(j, m))
        });
        let Some(&(similarity, i, n, j, m)) = next else { break };
        used_a[i..i + n].iter_mut().for_each(|u| *u = true);
        used_b[j..j + m].iter_mut().for_each(|u| *u = true);
        ends.insert((i + n, j + m));
        starts.insert((i, j));
        links.push(link(a, b, (i, n), (j, m), similarity));
    }
    links.sort_by_key(|l| (l.a.start, l.b.start));
    links
}

/// Whether two sentences name mostly different people, places and bodies
/// (three names or more unshared, over half of all): below the threshold,
/// that is two stories on one topic, not one story retold.
fn names_disagree(a: &Profile, b: &Profile) -> bool {
    let shared = common(&a.names, &b.names);
    let unshared = a.names.len() + b.names.len() - 2 * shared;
    unshared >= 3 && 2 * unshared > a.names.len() + b.names.len()
}

type Candidate = (f32, usize, usize, usize, usize);

/// For each sentence, the best candidate it takes part in.
fn best_for(
    candidates: &[Candidate],
    len: usize,
    side: impl Fn(&Candidate) -> (usize, usize),
) -> Vec<Option<Candidate>> {
    let mut best: Vec<Option<Candidate>> = vec![None; len];
    // Candidates are sorted best first: the first seen wins.
    for c in candidates {
        let (first, count) = side(c);
        for slot in &mut best[first..first + count] {
            slot.get_or_insert(*c);
        }
    }
    best
}

fn link(a: &Sentences, b: &Sentences, (i, n): (usize, usize), (j, m): (usize, usize), similarity: f32) -> Link {
    let (pa, pb) = (a.profile(i, n), b.profile(j, m));
    let longer = pa.sequence.len().max(pb.sequence.len()).max(1);
    let relation = if lcs(&pa.sequence, &pb.sequence) as f32 / longer as f32 >= COPIED {
        Relation::Copied
    } else {
        Relation::Reworded
    };
    Link { a: i..i + n, b: j..j + m, similarity, relation }
}

fn push(
    candidates: &mut Vec<(f32, usize, usize, usize, usize)>,
    model: &Model,
    a: &Sentences,
    b: &Sentences,
    (i, n): (usize, usize),
    (j, m): (usize, usize),
) {
    let similarity = model.similarity(a.profile(i, n), b.profile(j, m));
    if similarity >= IN_CONTEXT.min(MUTUAL).min(model.threshold) {
        candidates.push((similarity, i, n, j, m));
    }
}
