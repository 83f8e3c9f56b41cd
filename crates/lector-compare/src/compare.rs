//! The comparison of two articles, end to end: align, find shifts, judge.

use lector_analysis::hedges::CueKind;
use lector_analysis::Analysis;
use lector_article::IsoDate;
use lector_text::{CharIndex, Span};
use serde::Serialize;

use crate::align::{align, Link, Relation, Sentences};
use crate::credit::{credit, Credit, CreditPlace};
use crate::model::Model;
use crate::shifts::{self, Shift, ShiftKind, View};
use crate::verdict::{Credits, Reuse, Verdict, Which};
use crate::{names, quotes};

/// One article as the comparison needs it. `outlet` and `date` come from the
/// article's metadata and are left out when it does not state them.
pub struct Side<'a> {
    pub text: &'a str,
    pub analysis: &'a Analysis,
    pub outlet: Option<&'a str>,
    pub date: Option<IsoDate>,
}

/// A sentence of A and its counterpart in B. A sentence split in two appears
/// in two pairs, once with each half.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Pair {
    pub a: Span,
    pub b: Span,
    pub relation: Relation,
    pub similarity: f32,
}

#[derive(Clone, Debug, Serialize)]
pub struct Comparison {
    pub pairs: Vec<Pair>,
    pub only_a: Vec<Span>,
    pub only_b: Vec<Span>,
    pub shifts: Vec<Shift>,
    pub reuse: Reuse,
    pub credits: Credits,
    pub verdict: Verdict,
    /// The pairing in sentence indices (for views that walk pair by pair).
    #[serde(skip)]
    pub links: Vec<Link>,
}

/// Share of the later article's sentences with a counterpart above which it
/// reuses the earlier's reporting (and so owes it a credit).
const REUSE: f32 = 0.3;

pub fn compare(a: &Side, b: &Side) -> Comparison {
    compare_with(a, b, &Model::SHIPPED)
}

pub fn compare_with(a: &Side, b: &Side, model: &Model) -> Comparison {
    let spans = |s: &Side| s.analysis.sentences.iter().map(|s| s.span).collect::<Vec<_>>();
    let sourcing = |s: &Side| {
        s.analysis.cues.iter().filter(|c| c.kind == CueKind::AnonymousSource).map(|c| c.span).collect::<Vec<_>>()
    };
    let sentences_a = Sentences::new(a.text, &spans(a), &sourcing(a));
    let sentences_b = Sentences::new(b.text, &spans(b), &sourcing(b));
    let links = align(&sentences_a, &sentences_b, model);

    let mut pairs = Vec::new();
    let (mut paired_a, mut paired_b) = (vec![false; sentences_a.len()], vec![false; sentences_b.len()]);
    for link in &links {
        for i in link.a.clone() {
            paired_a[i] = true;
            for j in link.b.clone() {
                paired_b[j] = true;
                pairs.push(Pair {
                    a: sentences_a.spans[i],
                    b: sentences_b.spans[j],
                    relation: link.relation,
                    similarity: link.similarity,
                });
            }
        }
    }
    let unpaired =
        |s: &Sentences, paired: &[bool]| s.spans.iter().zip(paired).filter(|(_, p)| !**p).map(|(s, _)| *s).collect();
    let only_a = unpaired(&sentences_a, &paired_a);
    let only_b = unpaired(&sentences_b, &paired_b);

    let view_a = View { text: a.text, index: CharIndex::new(a.text), analysis: a.analysis, sentences: &sentences_a };
    let view_b = View { text: b.text, index: CharIndex::new(b.text), analysis: b.analysis, sentences: &sentences_b };
    let mut shifts = shifts::within_pairs(&view_a, &view_b, &links);
    shifts.extend(quotes::misquotes(&view_a, &view_b));

    let reuse = Reuse::new(&links, sentences_a.len(), sentences_b.len());
    let b_credits_a = a.outlet.map(|outlet| credit(outlet, b.text));
    let a_credits_b = b.outlet.map(|outlet| credit(outlet, a.text));
    let credits = Credits::new((a.date, b.date), b_credits_a, a_credits_b);
    // The later (or either, undated) article owes the other a credit when it reuses it.
    if credits.earlier != Some(Which::B) && reuse.share_of_b >= REUSE {
        shifts.extend(credit_shift(credits.b_credits_a.as_ref(), Which::B));
    }
    if credits.earlier != Some(Which::A) && reuse.share_of_a >= REUSE {
        shifts.extend(credit_shift(credits.a_credits_b.as_ref(), Which::A));
    }
    shifts.extend(names::entities_in_one(&view_a, &view_b));
    let verdict = Verdict::new(&reuse, &credits, &shifts);
    Comparison { pairs, only_a, only_b, shifts, reuse, credits, verdict, links }
}

/// The shift for a reuse that credits the source outlet late or never.
fn credit_shift(credit: Option<&Credit>, reuser: Which) -> Option<Shift> {
    let credit = credit?;
    let name = if reuser == Which::A { "A" } else { "B" };
    let (kind, text) = match credit.place {
        CreditPlace::InText => return None,
        CreditPlace::ClosingLine => (
            ShiftKind::CreditOnlyInClosingLine,
            format!("{name} names {} only in a closing credit line", credit.outlet),
        ),
        CreditPlace::None => {
            (ShiftKind::UncreditedReuse, format!("{name} reuses {}'s reporting without credit", credit.outlet))
        }
    };
    let (a, b) = if reuser == Which::A { (credit.span, None) } else { (None, credit.span) };
    Some(Shift { kind, a, b, text })
}
