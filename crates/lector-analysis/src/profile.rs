//! An article's sourcing profile: how much of it is hedged, with what kinds of
//! cue, and who it cites. The reader draws it as a small chart above the text
//! so that two outlets' versions of a story can be compared at a glance ("this
//! one rests on anonymous officials, that one quotes the spokesman").
//!
//! Plain numbers and names, no layout: rates are per 1,000 words so articles
//! of different lengths compare.

use serde::Serialize;

use crate::hedges::CueKind;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SourcingProfile {
    pub words: usize,
    pub sentences: usize,
    pub hedged_sentences: usize,
    /// Cues of each kind, in the order of [`CueKind::ALL`].
    pub cues: Vec<KindCount>,
    /// Attributions to a named source, and to unnamed ones.
    pub named_attributions: usize,
    pub anonymous_attributions: usize,
    /// Who is cited: named sources and unnamed ones by description, most
    /// cited first (then in order of first citation).
    pub sources: Vec<SourceCount>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KindCount {
    pub kind: CueKind,
    pub count: usize,
    pub per_thousand_words: f64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceCount {
    /// "John Kirby", or for an unnamed source its description ("two people
    /// familiar with the matter").
    pub name: String,
    pub count: usize,
    pub named: bool,
}

impl SourcingProfile {
    /// `hedged` holds one verdict per sentence; `cues` are the kinds of the
    /// cues found; `attributions` are (source, named) in text order.
    pub fn new<'a>(
        words: usize,
        hedged: impl IntoIterator<Item = bool>,
        cues: impl IntoIterator<Item = CueKind>,
        attributions: impl IntoIterator<Item = (&'a str, bool)>,
    ) -> SourcingProfile {
        let mut profile = SourcingProfile { words, ..SourcingProfile::default() };
        for h in hedged {
            profile.sentences += 1;
            profile.hedged_sentences += usize::from(h);
        }
        let mut counts = [0usize; CueKind::ALL.len()];
        for kind in cues {
            counts[kind as usize] += 1;
        }
        for (name, named) in attributions {
            if named {
                profile.named_attributions += 1;
            } else {
                profile.anonymous_attributions += 1;
            }
            match profile.sources.iter_mut().find(|s| s.named == named && s.name.eq_ignore_ascii_case(name)) {
                Some(s) => s.count += 1,
                None => profile.sources.push(SourceCount { name: name.to_string(), count: 1, named }),
            }
        }
        // Stable: equal counts keep the order of first citation.
        profile.sources.sort_by_key(|s| std::cmp::Reverse(s.count));
        profile.cues = CueKind::ALL
            .into_iter()
            .map(|kind| KindCount {
                kind,
                count: counts[kind as usize],
                per_thousand_words: per_thousand(counts[kind as usize], words),
            })
            .collect();
        profile
    }

    /// The share of sentences that are hedged, 0.0 to 1.0 (0.0 for no text).
    pub fn hedged_share(&self) -> f64 {
        if self.sentences == 0 {
            0.0
        } else {
            self.hedged_sentences as f64 / self.sentences as f64
        }
    }

    pub fn count(&self, kind: CueKind) -> usize {
        self.cues.iter().find(|k| k.kind == kind).map_or(0, |k| k.count)
    }

    pub fn per_thousand_words(&self, kind: CueKind) -> f64 {
        self.cues.iter().find(|k| k.kind == kind).map_or(0.0, |k| k.per_thousand_words)
    }
}

fn per_thousand(count: usize, words: usize) -> f64 {
    if words == 0 {
        0.0
    } else {
        count as f64 * 1000.0 / words as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CueKind::*;

    #[test]
    fn counts_sentences_cues_and_rates_per_thousand_words() {
        let profile = SourcingProfile::new(
            500,
            [true, false, true, false],
            [Uncertainty, Uncertainty, AnonymousSource, Denial],
            [("two officials", false)],
        );
        assert_eq!((profile.sentences, profile.hedged_sentences), (4, 2));
        assert_eq!(profile.hedged_share(), 0.5);
        assert_eq!(profile.count(Uncertainty), 2);
        assert_eq!(profile.per_thousand_words(Uncertainty), 4.0);
        assert_eq!(profile.per_thousand_words(Denial), 2.0);
        assert_eq!(profile.count(Allegation), 0);
        assert_eq!(profile.cues.iter().map(|k| k.kind).collect::<Vec<_>>(), CueKind::ALL);
        assert_eq!((profile.anonymous_attributions, profile.named_attributions), (1, 0));
    }

    #[test]
    fn lists_named_and_unnamed_sources_most_cited_first_then_in_order_of_appearance() {
        let profile = SourcingProfile::new(
            1000,
            [false],
            [],
            [
                ("White House", true),
                ("John Kirby", true),
                ("two people familiar with the matter", false),
                ("Kremlin", true),
                ("John Kirby", true),
                ("white house", true),
                ("Two people familiar with the matter", false),
                ("Kremlin", true),
                ("Reuters", true),
                ("U.S. officials", false),
            ],
        );
        let sources: Vec<(&str, usize, bool)> =
            profile.sources.iter().map(|s| (s.name.as_str(), s.count, s.named)).collect();
        assert_eq!(
            sources,
            [
                ("White House", 2, true),
                ("John Kirby", 2, true),
                ("two people familiar with the matter", 2, false),
                ("Kremlin", 2, true),
                ("Reuters", 1, true),
                ("U.S. officials", 1, false)
            ]
        );
        assert_eq!((profile.named_attributions, profile.anonymous_attributions), (7, 3));
    }

    #[test]
    fn an_empty_text_has_a_zero_profile_not_a_division_by_zero() {
        let profile = SourcingProfile::new(0, [], [], []);
        assert_eq!(profile.hedged_share(), 0.0);
        assert_eq!(profile.per_thousand_words(Uncertainty), 0.0);
        assert!(profile.sources.is_empty());
    }
}
