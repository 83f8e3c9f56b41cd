//! What changed between two versions of one article, read off
//! `lector_compare`'s comparison of the older (A) with the newer (B): the
//! same pairing and the same hedge and source shifts the comparison view
//! shows for two outlets, worded for versions.

use lector_compare::{Comparison, Shift, ShiftKind};
use lector_text::{CharIndex, Span};

/// A sentence of the older version and what it became.
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    /// In the older version's text.
    pub before: Span,
    /// In the newer version's text.
    pub after: Span,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changes {
    /// Sentences whose words changed, in the older version's order.
    pub edited: Vec<Edit>,
    /// Sentences of the newer version with no counterpart in the older.
    pub added: Vec<Span>,
    /// Sentences of the older version with no counterpart in the newer.
    pub cut: Vec<Span>,
    /// Hedges and sources added, dropped or changed, and quotes reworded.
    pub sourcing: Vec<Shift>,
}

/// Whether a shift is about hedging, sourcing or quoting (what "what
/// changed" lists), rather than credits between outlets or names.
pub fn is_sourcing(kind: ShiftKind) -> bool {
    !matches!(
        kind,
        ShiftKind::UncreditedReuse
            | ShiftKind::CreditOnlyInClosingLine
            | ShiftKind::EntityOnlyInA
            | ShiftKind::EntityOnlyInB
    )
}

/// The changes from `older` to `newer`, given their comparison
/// (`lector_compare::compare(older, newer)`).
pub fn changes(older: &str, newer: &str, comparison: &Comparison) -> Changes {
    let (index_a, index_b) = (CharIndex::new(older), CharIndex::new(newer));
    let slice = |text: &'_ str, index: &CharIndex, span: Span| {
        text[index.byte_of_char(span.start)..index.byte_of_char(span.end)].trim().to_string()
    };
    let mut edited: Vec<Edit> = Vec::new();
    for pair in &comparison.pairs {
        if slice(older, &index_a, pair.a) == slice(newer, &index_b, pair.b) {
            continue;
        }
        // A sentence split in two is one edit with both halves.
        match edited.iter_mut().find(|e| e.before == pair.a || e.after == pair.b) {
            Some(edit) => {
                edit.before = Span::new(edit.before.start.min(pair.a.start), edit.before.end.max(pair.a.end));
                edit.after = Span::new(edit.after.start.min(pair.b.start), edit.after.end.max(pair.b.end));
            }
            None => edited.push(Edit { before: pair.a, after: pair.b }),
        }
    }
    edited.sort_by_key(|e| (e.before.start, e.after.start));
    let sourcing = comparison.shifts.iter().filter(|s| is_sourcing(s.kind)).cloned().collect();
    Changes { edited, added: comparison.only_b.clone(), cut: comparison.only_a.clone(), sourcing }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.edited.is_empty() && self.added.is_empty() && self.cut.is_empty() && self.sourcing.is_empty()
    }

    /// "2 sentences edited, 1 added, none cut; 1 hedge or source changed."
    pub fn summary(&self) -> String {
        if self.is_empty() {
            return "The two versions say the same.".to_string();
        }
        let count = |n: usize| if n == 0 { "none".to_string() } else { n.to_string() };
        format!(
            "{} edited, {} added, {} cut; {} changed.",
            plural(self.edited.len(), "sentence", "sentences"),
            count(self.added.len()),
            count(self.cut.len()),
            plural(self.sourcing.len(), "hedge, source or quote", "hedges, sources or quotes"),
        )
    }
}

#[cfg(test)]
mod tests {
    use lector_analysis::analyze;
    use lector_compare::{compare, Side};

    use super::*;

    fn changed(older: &str, newer: &str) -> Changes {
        let (a, b) = (analyze(older), analyze(newer));
        let side = |text, analysis| Side { text, analysis, outlet: None, date: None };
        changes(older, newer, &compare(&side(older, &a), &side(newer, &b)))
    }

    fn text_of(text: &str, span: Span) -> String {
        let index = CharIndex::new(text);
        text[index.byte_of_char(span.start)..index.byte_of_char(span.end)].trim().to_string()
    }

    const OLDER: &str =
        "Officials said the bridge closed on Monday after inspectors found cracks in two support beams.\n\n\
        The repairs are expected to take three weeks, the transport department said.\n\n\
        Drivers were told to use the northern ring road while the work goes on.";

    #[test]
    fn edits_added_and_cut_sentences_are_listed() {
        // (newer text, sentences edited, added, cut)
        let table: &[(&str, usize, usize, usize)] = &[
            (OLDER, 0, 0, 0),
            // A word changed in the second sentence.
            (
                "Officials said the bridge closed on Monday after inspectors found cracks in two support beams.\n\n\
                 The repairs are expected to take four weeks, the transport department said.\n\n\
                 Drivers were told to use the northern ring road while the work goes on.",
                1,
                0,
                0,
            ),
            // A sentence added at the end, none changed.
            (
                "Officials said the bridge closed on Monday after inspectors found cracks in two support beams.\n\n\
                 The repairs are expected to take three weeks, the transport department said.\n\n\
                 Drivers were told to use the northern ring road while the work goes on.\n\n\
                 The city council will vote on emergency funding for the school district next Thursday.",
                0,
                1,
                0,
            ),
            // The last sentence cut.
            (
                "Officials said the bridge closed on Monday after inspectors found cracks in two support beams.\n\n\
                 The repairs are expected to take three weeks, the transport department said.",
                0,
                0,
                1,
            ),
        ];
        for &(newer, edited, added, cut) in table {
            let c = changed(OLDER, newer);
            assert_eq!((c.edited.len(), c.added.len(), c.cut.len()), (edited, added, cut), "{newer}");
        }
    }

    #[test]
    fn an_edit_names_both_wordings() {
        let newer = OLDER.replace("three weeks", "four weeks");
        let c = changed(OLDER, &newer);
        let edit = &c.edited[0];
        assert!(text_of(OLDER, edit.before).contains("three weeks"));
        assert!(text_of(&newer, edit.after).contains("four weeks"));
    }

    #[test]
    fn hedges_and_sources_added_or_dropped_are_sourcing_changes() {
        // (edit of OLDER, kind expected among the sourcing changes)
        let table: &[(&str, &str, ShiftKind)] = &[
            ("Officials said the bridge closed", "Officials said the bridge may have closed", ShiftKind::HedgeAdded),
            ("The repairs are expected to take", "The repairs will take", ShiftKind::HedgeDropped),
            (
                "Drivers were told to use the northern ring road while the work goes on.",
                "Drivers were told to use the northern ring road while the work goes on, according to two officials familiar with the plans.",
                ShiftKind::AnonymousSourceAdded,
            ),
        ];
        for &(from, to, kind) in table {
            let newer = OLDER.replace(from, to);
            let found = changed(OLDER, &newer).sourcing;
            assert!(found.iter().any(|s| s.kind == kind), "{to}: {kind:?} in {found:?}");
            // The other way round, the same change is a drop.
            let dropped = changed(&newer, OLDER);
            assert!(!dropped.sourcing.is_empty(), "{to} removed");
        }
        let unchanged = changed(OLDER, OLDER);
        assert!(unchanged.is_empty());
        assert_eq!(unchanged.summary(), "The two versions say the same.");
    }
}
