//! What changed between counterparts, in words a reader understands: the
//! kinds of shift, and hedges added, dropped or reworded and sources named or
//! made anonymous inside each pair. Misquotes are found in `quotes.rs`, names
//! in one version only in `names.rs`, credits in `credit.rs`.

use lector_analysis::hedges::CueKind;
use lector_analysis::{Analysis, Cue};
use lector_text::{CharIndex, Span};
use serde::Serialize;

use crate::align::{Link, Sentences};
use crate::names::{mentioned, NamesIn};
use crate::stem::stem;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ShiftKind {
    /// A hedge cue with other words or of another kind in the counterpart.
    HedgeChanged,
    HedgeAdded,
    HedgeDropped,
    AnonymousSourceAdded,
    AnonymousSourceDropped,
    /// A named source in A, an anonymous one in B.
    NamedBecameAnonymous,
    AnonymousBecameNamed,
    /// A credits the claim to someone; B states it without a source.
    AttributionDropped,
    AttributionAdded,
    /// A quotation whose words differ between versions.
    Misquote,
    /// The later article reuses the earlier's reporting without naming its outlet.
    UncreditedReuse,
    /// The outlet is named, but only in a closing credit line.
    CreditOnlyInClosingLine,
    EntityOnlyInA,
    EntityOnlyInB,
}

impl ShiftKind {
    pub fn code(self) -> &'static str {
        match self {
            ShiftKind::HedgeChanged => "hedge_changed",
            ShiftKind::HedgeAdded => "hedge_added",
            ShiftKind::HedgeDropped => "hedge_dropped",
            ShiftKind::AnonymousSourceAdded => "anonymous_source_added",
            ShiftKind::AnonymousSourceDropped => "anonymous_source_dropped",
            ShiftKind::NamedBecameAnonymous => "named_became_anonymous",
            ShiftKind::AnonymousBecameNamed => "anonymous_became_named",
            ShiftKind::AttributionDropped => "attribution_dropped",
            ShiftKind::AttributionAdded => "attribution_added",
            ShiftKind::Misquote => "misquote",
            ShiftKind::UncreditedReuse => "uncredited_reuse",
            ShiftKind::CreditOnlyInClosingLine => "credit_only_in_closing_line",
            ShiftKind::EntityOnlyInA => "entity_only_in_a",
            ShiftKind::EntityOnlyInB => "entity_only_in_b",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Shift {
    pub kind: ShiftKind,
    pub a: Option<Span>,
    pub b: Option<Span>,
    /// One line for the reader: "“believes” became “suspects”".
    pub text: String,
}

/// One side of the comparison as the shift finders read it.
pub struct View<'a> {
    pub text: &'a str,
    pub index: CharIndex,
    pub analysis: &'a Analysis,
    pub sentences: &'a Sentences,
}

impl View<'_> {
    pub fn slice(&self, span: Span) -> &str {
        &self.text[self.index.byte_of_char(span.start)..self.index.byte_of_char(span.end)]
    }

    fn range_span(&self, range: &std::ops::Range<usize>) -> Span {
        Span::new(self.sentences.spans[range.start].start, self.sentences.spans[range.end - 1].end)
    }

    fn cues_in(&self, span: Span) -> Vec<&Cue> {
        self.analysis.cues.iter().filter(|c| span.contains(&c.span)).collect()
    }
}

/// Hedging and sourcing shifts inside each pair of counterparts.
pub fn within_pairs(a: &View, b: &View, links: &[Link]) -> Vec<Shift> {
    let mut shifts = Vec::new();
    for link in links {
        let (span_a, span_b) = (a.range_span(&link.a), b.range_span(&link.b));
        let (cues_a, cues_b) = (a.cues_in(span_a), b.cues_in(span_b));
        hedges(a, b, &cues_a, &cues_b, &mut shifts);
        sources(a, b, (span_a, span_b), &cues_a, &cues_b, &mut shifts);
    }
    shifts
}

fn hedges(a: &View, b: &View, cues_a: &[&Cue], cues_b: &[&Cue], shifts: &mut Vec<Shift>) {
    let is_hedge = |c: &&&Cue| c.kind.is_hedge() && c.kind != CueKind::AnonymousSource;
    let mut left_a: Vec<&Cue> = cues_a.iter().filter(is_hedge).copied().collect();
    let mut left_b: Vec<&Cue> = cues_b.iter().filter(is_hedge).copied().collect();
    // The same words on both sides: no shift.
    left_a.retain(|ca| {
        let key = wording(a.slice(ca.span));
        match left_b.iter().position(|cb| wording(b.slice(cb.span)) == key) {
            Some(k) => {
                left_b.remove(k);
                false
            }
            None => true,
        }
    });
    // Left on both sides: changed, same kind first.
    while let Some(ca) = left_a.first().copied() {
        let Some(k) =
            left_b.iter().position(|cb| cb.kind == ca.kind).or(if left_b.is_empty() { None } else { Some(0) })
        else {
            break;
        };
        let cb = left_b.remove(k);
        left_a.remove(0);
        let text = if ca.kind == cb.kind {
            format!("“{}” became “{}” ({})", a.slice(ca.span), b.slice(cb.span), ca.kind.label().to_lowercase())
        } else {
            format!(
                "“{}” ({}) became “{}” ({})",
                a.slice(ca.span),
                ca.kind.label().to_lowercase(),
                b.slice(cb.span),
                cb.kind.label().to_lowercase()
            )
        };
        shifts.push(Shift { kind: ShiftKind::HedgeChanged, a: Some(ca.span), b: Some(cb.span), text });
    }
    for ca in left_a {
        let text = format!("“{}” ({}) is not in the other version", a.slice(ca.span), ca.kind.label().to_lowercase());
        shifts.push(Shift { kind: ShiftKind::HedgeDropped, a: Some(ca.span), b: None, text });
    }
    for cb in left_b {
        let text = format!("“{}” ({}) was added", b.slice(cb.span), cb.kind.label().to_lowercase());
        shifts.push(Shift { kind: ShiftKind::HedgeAdded, a: None, b: Some(cb.span), text });
    }
}

fn sources(
    a: &View,
    b: &View,
    (span_a, span_b): (Span, Span),
    cues_a: &[&Cue],
    cues_b: &[&Cue],
    shifts: &mut Vec<Shift>,
) {
    let anonymous = |cues: &[&Cue]| cues.iter().find(|c| c.kind == CueKind::AnonymousSource).map(|c| c.span);
    // A named source is a person or body credited with a verb or "according to",
    // not a bare name the attribution finder also lists.
    // (named in the cue itself, not a pronoun the analyzer resolved: "he said").
    let named = |cues: &[&Cue], view: &View| {
        cues.iter()
            .find(|c| {
                let text = view.slice(c.span);
                let last_name_word = c.source.as_deref().and_then(|s| s.split_whitespace().last());
                c.kind == CueKind::Attribution && text.contains(' ') && last_name_word.is_some_and(|w| text.contains(w))
            })
            .map(|c| (*c).clone())
    };
    let (anon_a, anon_b) = (anonymous(cues_a), anonymous(cues_b));
    let (named_a, named_b) = (named(cues_a, a), named(cues_b, b));
    let who = |c: &Cue, v: &View| c.source.clone().unwrap_or_else(|| v.slice(c.span).to_string());
    // A source the counterpart still names ("As stated by X") is not dropped,
    // even where the attribution finder does not read it as one.
    let names = |c: &Option<Cue>, from: &View, other: &View, span: Span| {
        c.as_ref().is_some_and(|c| mentioned(&who(c, from), &NamesIn::new(other.slice(span))))
    };
    let (kept_a, kept_b) = (names(&named_a, a, b, span_b), names(&named_b, b, a, span_a));
    let named_a = named_a.filter(|_| !kept_a || anon_b.is_some());
    let named_b = named_b.filter(|_| !kept_b || anon_a.is_some());
    match (&named_a, anon_a, &named_b, anon_b) {
        (Some(na), None, None, Some(ab)) => shifts.push(Shift {
            kind: ShiftKind::NamedBecameAnonymous,
            a: Some(na.span),
            b: Some(ab),
            text: format!("credited to {} in one version, to “{}” in the other", who(na, a), b.slice(ab)),
        }),
        (None, Some(aa), Some(nb), None) => shifts.push(Shift {
            kind: ShiftKind::AnonymousBecameNamed,
            a: Some(aa),
            b: Some(nb.span),
            text: format!("“{}” in one version is named as {} in the other", a.slice(aa), who(nb, b)),
        }),
        (Some(na), None, None, None) => shifts.push(Shift {
            kind: ShiftKind::AttributionDropped,
            a: Some(na.span),
            b: Some(span_b),
            text: format!("credited to {} in one version, stated without a source in the other", who(na, a)),
        }),
        (None, None, Some(nb), None) => shifts.push(Shift {
            kind: ShiftKind::AttributionAdded,
            a: Some(span_a),
            b: Some(nb.span),
            text: format!("stated without a source in one version, credited to {} in the other", who(nb, b)),
        }),
        (_, Some(aa), _, None) if named_b.is_none() => shifts.push(Shift {
            kind: ShiftKind::AnonymousSourceDropped,
            a: Some(aa),
            b: Some(span_b),
            text: format!("“{}” is not in the other version", a.slice(aa)),
        }),
        (None, None, _, Some(ab)) => shifts.push(Shift {
            kind: ShiftKind::AnonymousSourceAdded,
            a: Some(span_a),
            b: Some(ab),
            text: format!("“{}” was added", b.slice(ab)),
        }),
        _ => {}
    }
}

/// A cue's words, lower-cased and stemmed, so "believes" and "believe" agree
/// but "believes" and "suspects" do not.
fn wording(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| stem(&w.to_lowercase()))
        .collect::<Vec<_>>()
        .join(" ")
}
