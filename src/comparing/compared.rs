//! Two library articles compared for the side-by-side view: which one is
//! the original (shown first), the verdict in a reader's words, the shifts
//! worded for these two articles, and the word-level differences inside
//! each pair of counterparts.

use std::rc::Rc;

use lector_compare::{Comparison, CreditPlace, Link, Shift, ShiftKind};
use lector_text::Span;

use super::analysed::{compare_pair, Analysed};
use super::word_diff::word_diff;

/// Share of an article's sentences with a counterpart under which the two
/// are said to share little (the unrelated sample pair shares 8%).
pub const LITTLE: f32 = 0.15;
/// Share above which the later article reuses the earlier's reporting and
/// so owes it a credit (the crate's own threshold for the credit shift).
pub const REUSES: f32 = 0.3;

pub struct Compared {
    /// The original: the earlier when dates say so, else the one whose
    /// outlet the other credits, else the article the reader came from.
    pub first: Rc<Analysed>,
    pub second: Rc<Analysed>,
    /// `first` as A, `second` as B.
    pub comparison: Comparison,
    pub verdict: String,
    /// Words of each side missing from its counterpart, in that side's
    /// character offsets.
    pub diff_first: Vec<Span>,
    pub diff_second: Vec<Span>,
}

impl PartialEq for Compared {
    fn eq(&self, other: &Self) -> bool {
        self.first == other.first && self.second == other.second
    }
}

/// `from` (the article the reader came from) compared with `other`.
pub fn compared(from: Rc<Analysed>, other: Rc<Analysed>) -> Compared {
    let comparison = compare_pair(&from, &other);
    let credited = |c: &Option<lector_compare::Credit>| c.as_ref().is_some_and(|c| c.place != CreditPlace::None);
    let other_first = match (from.entry.meta.date, other.entry.meta.date) {
        (Some(f), Some(o)) if f != o => o < f,
        _ => credited(&comparison.credits.a_credits_b) && !credited(&comparison.credits.b_credits_a),
    };
    let this = from.id().to_owned();
    if other_first {
        let swapped = compare_pair(&other, &from);
        in_order(other, from, swapped, &this)
    } else {
        in_order(from, other, comparison, &this)
    }
}

/// `first` (the original) and `second` as given, e.g. two versions of one
/// article, older first; `this` is the id the verdict calls "this article"
/// (none of the two when empty: each is called by its name).
pub fn compared_in_order(first: Rc<Analysed>, second: Rc<Analysed>, this: &str) -> Compared {
    let comparison = compare_pair(&first, &second);
    in_order(first, second, comparison, this)
}

fn in_order(first: Rc<Analysed>, second: Rc<Analysed>, comparison: Comparison, this: &str) -> Compared {
    let verdict = verdict(&first, &second, &comparison, this);
    let (diff_first, diff_second) = diffs(&first, &second, &comparison.links);
    Compared { first, second, comparison, verdict, diff_first, diff_second }
}

/// How the verdict names an article: "this article" for the one the reader
/// came from, else by its outlet or title.
pub fn label(article: &Analysed, from: &str) -> String {
    if article.id() == from {
        "this article".to_owned()
    } else {
        article.named()
    }
}

fn percent(share: f32) -> u32 {
    (share * 100.0).round() as u32
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "79% of this article restates AP's report (18% copied, 61% reworded); AP
/// is credited only in a closing line; 9 hedges changed."
pub fn verdict(first: &Analysed, second: &Analysed, comparison: &Comparison, from: &str) -> String {
    let (reuse, credits) = (&comparison.reuse, &comparison.credits);
    let (one, two) = (label(first, from), label(second, from));
    let mut parts = Vec::new();
    if reuse.share_of_b >= LITTLE {
        parts.push(format!(
            "{}% of {two} restates {one} ({}% copied, {}% reworded)",
            percent(reuse.share_of_b),
            percent(reuse.copied_of_b),
            percent(reuse.reworded_of_b)
        ));
    } else {
        parts.push(format!(
            "{two} shares little with {one}: {}% of its sentences have a counterpart there",
            percent(reuse.share_of_b)
        ));
    }
    if credits.earlier.is_some() {
        parts.push(format!("{one} is earlier"));
    }
    if let Some(credit) = &credits.b_credits_a {
        match credit.place {
            CreditPlace::InText => parts.push(format!("{} is credited in the text", credit.outlet)),
            CreditPlace::ClosingLine => parts.push(format!("{} is credited only in a closing line", credit.outlet)),
            CreditPlace::None if reuse.share_of_b >= REUSES => {
                parts.push(format!("{} is never credited", credit.outlet))
            }
            CreditPlace::None => {}
        }
    }
    let count = |kinds: &[ShiftKind]| comparison.shifts.iter().filter(|s| kinds.contains(&s.kind)).count();
    let hedges = count(&[ShiftKind::HedgeChanged, ShiftKind::HedgeAdded, ShiftKind::HedgeDropped]);
    if hedges > 0 {
        parts.push(format!("{} changed", plural(hedges, "hedge", "hedges")));
    }
    let sourcing = count(&[
        ShiftKind::AnonymousSourceAdded,
        ShiftKind::AnonymousSourceDropped,
        ShiftKind::NamedBecameAnonymous,
        ShiftKind::AnonymousBecameNamed,
        ShiftKind::AttributionDropped,
        ShiftKind::AttributionAdded,
    ]);
    if sourcing > 0 {
        parts.push(format!("{} changed", plural(sourcing, "source", "sources")));
    }
    let misquotes = count(&[ShiftKind::Misquote]);
    if misquotes > 0 {
        parts.push(plural(misquotes, "quote worded differently", "quotes worded differently"));
    }
    let mut text = parts.join("; ");
    if let Some(first_char) = text.get(..1) {
        text = first_char.to_uppercase() + &text[1..];
    }
    text.push('.');
    text
}

/// A shift in words naming these two articles (the crate says "A" and "B",
/// or "one version").
pub fn shift_text(shift: &Shift, first: &Analysed, second: &Analysed, from: &str) -> String {
    let (one, two) = (label(first, from), label(second, from));
    let outlet = |a: &Analysed| a.entry.meta.outlet.clone().unwrap_or_else(|| a.entry.meta.title.clone());
    let who = |reuser: Option<Span>| {
        if reuser.is_some() {
            (one.clone(), outlet(second))
        } else {
            (two.clone(), outlet(first))
        }
    };
    match shift.kind {
        ShiftKind::CreditOnlyInClosingLine => {
            let (reuser, credited) = who(shift.a);
            format!("{reuser} names {credited} only in a closing credit line")
        }
        ShiftKind::UncreditedReuse => {
            let (reuser, credited) = who(shift.a);
            format!("{reuser} reuses {credited}'s reporting without credit")
        }
        ShiftKind::EntityOnlyInA | ShiftKind::EntityOnlyInB => {
            let name = shift.text.split(" is named in one version only").next().unwrap_or(&shift.text);
            let only = if shift.kind == ShiftKind::EntityOnlyInA { one } else { two };
            format!("{name} is named only in {only}")
        }
        _ => shift.text.clone(),
    }
}

/// The link (pair of counterparts) whose sentences hold `span` on side A
/// (`on_a`) or B.
pub fn link_at(comparison: &Comparison, first: &Analysed, second: &Analysed, span: Span, on_a: bool) -> Option<usize> {
    let sentences = if on_a { &first.opened.analysis.sentences } else { &second.opened.analysis.sentences };
    comparison.links.iter().position(|link| {
        let range = if on_a { &link.a } else { &link.b };
        range.clone().any(|i| sentences.get(i).is_some_and(|s| s.span.overlaps(&span) || s.span.contains(&span)))
    })
}

/// The sentence span covering a link's range on one side.
pub fn range_span(article: &Analysed, range: &std::ops::Range<usize>) -> Option<Span> {
    let sentences = &article.opened.analysis.sentences;
    let (start, end) = (sentences.get(range.start)?, sentences.get(range.end.checked_sub(1)?)?);
    Some(Span::new(start.span.start, end.span.end))
}

fn diffs(first: &Analysed, second: &Analysed, links: &[Link]) -> (Vec<Span>, Vec<Span>) {
    let (mut out_a, mut out_b) = (Vec::new(), Vec::new());
    for link in links {
        let (Some(span_a), Some(span_b)) = (range_span(first, &link.a), range_span(second, &link.b)) else {
            continue;
        };
        let (a, b) = word_diff(first.opened.slice(span_a), second.opened.slice(span_b));
        let shift = |spans: Vec<Span>, by: usize| spans.into_iter().map(move |s| Span::new(s.start + by, s.end + by));
        out_a.extend(shift(a, span_a.start));
        out_b.extend(shift(b, span_b.start));
    }
    (out_a, out_b)
}
