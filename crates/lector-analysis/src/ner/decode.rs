//! Viterbi decoding under the BILOU grammar: the best-scoring tag sequence
//! among those that spell well-formed entities.
//!
//! Forbidden transitions are not merely scored low: the decoder never
//! considers them, so no weight, however trained, can produce an I- after O
//! or a B- that is never closed.

use std::ops::Add;

use super::tags::{self, Tag, COUNT};

/// A score the decoder can add and compare: `i32` when recognising with the
/// quantized model, `f32` while training.
pub trait Score: Copy + PartialOrd + Add<Output = Self> + Default {
    const WORST: Self;
}

impl Score for i32 {
    const WORST: i32 = i32::MIN / 4;
}

impl Score for f32 {
    const WORST: f32 = f32::MIN / 4.0;
}

/// Reusable buffers for [`viterbi`].
#[derive(Default)]
pub struct Lattice<S> {
    best: Vec<[S; COUNT]>,
    back: Vec<[u8; COUNT]>,
}

/// Fills `out` with the best tag sequence for `emissions` (one score per tag
/// per token), given `transitions[prev][next]` and `start[tag]` scores.
pub fn viterbi<S: Score>(
    emissions: &[[S; COUNT]],
    transitions: &[[S; COUNT]; COUNT],
    start: &[S; COUNT],
    lattice: &mut Lattice<S>,
    out: &mut Vec<Tag>,
) {
    out.clear();
    let n = emissions.len();
    if n == 0 {
        return;
    }
    lattice.best.clear();
    lattice.back.clear();
    let mut first = [S::WORST; COUNT];
    for tag in Tag::all().filter(|t| t.may_start()) {
        first[tag.index()] = start[tag.index()] + emissions[0][tag.index()];
    }
    lattice.best.push(first);
    lattice.back.push([0; COUNT]);
    // The grammar's shape, spelled out so the loops have fixed bounds: O, B
    // and U follow a "closed" tag (O, L or U); I and L of a label follow its
    // B or I. See `tags::allowed`.
    const CLOSED: [usize; 9] = [0, 3, 4, 7, 8, 11, 12, 15, 16];
    const OPENING: [usize; 9] = [0, 1, 4, 5, 8, 9, 12, 13, 16];
    for emission in &emissions[1..] {
        let prev = *lattice.best.last().unwrap_or(&[S::WORST; COUNT]);
        let mut best = [S::WORST; COUNT];
        let mut back = [0u8; COUNT];
        // Every tag has a reachable predecessor after the first token (O, B
        // and U always are), so each `top` ends above WORST; a state that was
        // unreachable (I or L at the start) stays far below it.
        for next in OPENING {
            let (mut top, mut arg) = (S::WORST, 0);
            for from in CLOSED {
                let s = prev[from] + transitions[from][next];
                if s > top {
                    top = s;
                    arg = from;
                }
            }
            best[next] = top + emission[next];
            back[next] = arg as u8;
        }
        for label in 0..4 {
            let (b, i, l) = (1 + 4 * label, 2 + 4 * label, 3 + 4 * label);
            for next in [i, l] {
                let (from_b, from_i) = (prev[b] + transitions[b][next], prev[i] + transitions[i][next]);
                let (top, arg) = if from_i > from_b { (from_i, i) } else { (from_b, b) };
                best[next] = top + emission[next];
                back[next] = arg as u8;
            }
        }
        lattice.best.push(best);
        lattice.back.push(back);
    }
    let last = lattice.best[n - 1];
    let mut tag =
        Tag::all().filter(|t| t.may_end()).fold(tags::O, |a, b| if last[b.index()] > last[a.index()] { b } else { a });
    out.resize(n, tags::O);
    for i in (0..n).rev() {
        out[i] = tag;
        tag = Tag(lattice.back[i][tag.index()]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::tags::Position::*;
    use crate::ner::EntityLabel::*;

    fn scores(per_token: &[&[(Tag, i32)]]) -> Vec<[i32; COUNT]> {
        per_token
            .iter()
            .map(|prefs| {
                let mut row = [0; COUNT];
                for &(tag, s) in *prefs {
                    row[tag.index()] = s;
                }
                row
            })
            .collect()
    }

    fn best(emissions: &[[i32; COUNT]]) -> Vec<Tag> {
        let mut out = Vec::new();
        viterbi(emissions, &[[0; COUNT]; COUNT], &[0; COUNT], &mut Lattice::default(), &mut out);
        out
    }

    #[test]
    fn the_unrolled_grammar_is_the_bilou_grammar() {
        // The decoder spells the grammar out as index lists; compare them
        // with `tags::allowed` over every pair.
        for next in Tag::all() {
            let froms: Vec<u8> = Tag::all().filter(|&p| tags::allowed(p, next)).map(|t| t.0).collect();
            let expected: Vec<u8> = match next.parts() {
                None | Some((Begin | Unit, _)) => vec![0, 3, 4, 7, 8, 11, 12, 15, 16],
                Some((_, label)) => vec![Tag::new(Begin, label).0, Tag::new(Inside, label).0],
            };
            assert_eq!(froms, expected, "{next:?}");
        }
    }

    #[test]
    fn never_starts_inside_an_entity() {
        let e = scores(&[&[(Tag::new(Inside, Per), 100), (Tag::new(Unit, Per), 1)]]);
        assert_eq!(best(&e), [Tag::new(Unit, Per)]);
    }

    #[test]
    fn never_switches_label_inside_an_entity() {
        let b_per = Tag::new(Begin, Per);
        let l_org = Tag::new(Last, Org);
        let l_per = Tag::new(Last, Per);
        let e = scores(&[&[(b_per, 100)], &[(l_org, 100), (l_per, 10)]]);
        assert_eq!(best(&e), [b_per, l_per]);
    }

    #[test]
    fn never_leaves_an_entity_open_at_the_end() {
        let e = scores(&[&[(Tag::new(Begin, Loc), 100)]]);
        assert!(best(&e)[0].may_end());
        let e = scores(&[&[(Tag::new(Unit, Loc), 1)], &[(Tag::new(Inside, Loc), 100)]]);
        let tags = best(&e);
        assert!(tags::allowed(tags[0], tags[1]) && tags[1].may_end(), "{tags:?}");
    }

    #[test]
    fn never_puts_o_or_another_label_between_begin_and_last() {
        let e = scores(&[
            &[(Tag::new(Begin, Org), 100)],
            &[(tags::O, 100), (Tag::new(Inside, Org), 1)],
            &[(Tag::new(Last, Org), 100)],
        ]);
        let tags = best(&e);
        for pair in tags.windows(2) {
            assert!(tags::allowed(pair[0], pair[1]), "{tags:?}");
        }
    }

    #[test]
    fn transition_scores_change_the_path() {
        let u_per = Tag::new(Unit, Per);
        let e = scores(&[&[(u_per, 10)], &[(u_per, 10)]]);
        let mut out = Vec::new();
        let mut penalise_repeat = [[0; COUNT]; COUNT];
        penalise_repeat[u_per.index()][u_per.index()] = -100;
        viterbi(&e, &penalise_repeat, &[0; COUNT], &mut Lattice::default(), &mut out);
        assert_ne!(out, [u_per, u_per]);
    }
}
