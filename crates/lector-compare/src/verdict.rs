//! The verdict on a pair of articles: how much of each has a counterpart in
//! the other, which came first, whether the later one credits the earlier,
//! and how many shifts of each kind — the line a reader sees first.

use std::collections::BTreeMap;

use lector_article::IsoDate;
use serde::Serialize;

use crate::align::{Link, Relation};
use crate::credit::{Credit, CreditPlace};
use crate::shifts::{Shift, ShiftKind};

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Reuse {
    /// Share of A's sentences with a counterpart in B.
    pub share_of_a: f32,
    /// Share of B's sentences with a counterpart in A.
    pub share_of_b: f32,
    pub copied_of_a: f32,
    pub reworded_of_a: f32,
    pub copied_of_b: f32,
    pub reworded_of_b: f32,
}

impl Reuse {
    pub fn new(links: &[Link], sentences_a: usize, sentences_b: usize) -> Reuse {
        let count = |relation: Option<Relation>, side_a: bool| -> usize {
            links
                .iter()
                .filter(|l| relation.is_none_or(|r| l.relation == r))
                .map(|l| if side_a { l.a.len() } else { l.b.len() })
                .sum()
        };
        let share = |n: usize, total: usize| if total == 0 { 0.0 } else { n as f32 / total as f32 };
        Reuse {
            share_of_a: share(count(None, true), sentences_a),
            share_of_b: share(count(None, false), sentences_b),
            copied_of_a: share(count(Some(Relation::Copied), true), sentences_a),
            reworded_of_a: share(count(Some(Relation::Reworded), true), sentences_a),
            copied_of_b: share(count(Some(Relation::Copied), false), sentences_b),
            reworded_of_b: share(count(Some(Relation::Reworded), false), sentences_b),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Which {
    A,
    B,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Credits {
    /// Which article is earlier, when both are dated and the dates differ.
    pub earlier: Option<Which>,
    /// How B credits A's outlet (when A's outlet is known).
    pub b_credits_a: Option<Credit>,
    /// How A credits B's outlet (when B's outlet is known).
    pub a_credits_b: Option<Credit>,
}

impl Credits {
    pub fn new(
        dates: (Option<IsoDate>, Option<IsoDate>),
        b_credits_a: Option<Credit>,
        a_credits_b: Option<Credit>,
    ) -> Credits {
        let earlier = match dates {
            (Some(a), Some(b)) if a < b => Some(Which::A),
            (Some(a), Some(b)) if b < a => Some(Which::B),
            _ => None,
        };
        Credits { earlier, b_credits_a, a_credits_b }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Verdict {
    /// "74% of B's sentences have a counterpart in A (52% copied, 22%
    /// reworded); B credits AP only in a closing line; 3 hedges changed."
    pub text: String,
    pub shift_counts: BTreeMap<&'static str, usize>,
}

impl Verdict {
    pub fn new(reuse: &Reuse, credits: &Credits, shifts: &[Shift]) -> Verdict {
        let mut shift_counts = BTreeMap::new();
        for shift in shifts {
            *shift_counts.entry(shift.kind.code()).or_insert(0) += 1;
        }
        let percent = |x: f32| (x * 100.0).round() as u32;
        let mut parts = vec![
            format!(
                "{}% of B's sentences have a counterpart in A ({}% copied, {}% reworded)",
                percent(reuse.share_of_b),
                percent(reuse.copied_of_b),
                percent(reuse.reworded_of_b)
            ),
            format!("{}% of A's sentences have one in B", percent(reuse.share_of_a)),
        ];
        match credits.earlier {
            Some(Which::A) => parts.push("A is earlier".into()),
            Some(Which::B) => parts.push("B is earlier".into()),
            None => {}
        }
        for (credit, later) in [(&credits.b_credits_a, "B"), (&credits.a_credits_b, "A")] {
            if let Some(credit) = credit {
                parts.push(match credit.place {
                    CreditPlace::InText => format!("{later} credits {} in its text", credit.outlet),
                    CreditPlace::ClosingLine => format!("{later} credits {} only in a closing line", credit.outlet),
                    CreditPlace::None => format!("{later} never names {}", credit.outlet),
                });
            }
        }
        let hedges = shifts
            .iter()
            .filter(|s| matches!(s.kind, ShiftKind::HedgeChanged | ShiftKind::HedgeAdded | ShiftKind::HedgeDropped))
            .count();
        if hedges > 0 {
            parts.push(format!("{hedges} hedge{} changed, added or dropped", if hedges == 1 { "" } else { "s" }));
        }
        let sourcing = shifts
            .iter()
            .filter(|s| {
                matches!(
                    s.kind,
                    ShiftKind::AnonymousSourceAdded
                        | ShiftKind::AnonymousSourceDropped
                        | ShiftKind::NamedBecameAnonymous
                        | ShiftKind::AnonymousBecameNamed
                        | ShiftKind::AttributionDropped
                        | ShiftKind::AttributionAdded
                )
            })
            .count();
        if sourcing > 0 {
            parts.push(format!("{sourcing} sourcing shift{}", if sourcing == 1 { "" } else { "s" }));
        }
        let misquotes = shifts.iter().filter(|s| s.kind == ShiftKind::Misquote).count();
        if misquotes > 0 {
            parts.push(format!("{misquotes} quote{} worded differently", if misquotes == 1 { "" } else { "s" }));
        }
        Verdict { text: format!("{}.", parts.join("; ")), shift_counts }
    }
}
