//! Invented text:
//! "Officials said talks may resume. Mr. Lee said Paris could object."
//!  0         10        20        30        40        50        60

use super::*;
use crate::Entity;

fn span(start: usize, end: usize) -> Span {
    Span::new(start, end)
}

fn base() -> Analysis {
    let cue =
        |start, end, kind, source: Option<&str>| Cue { span: span(start, end), kind, source: source.map(Into::into) };
    let analysis = Analysis {
        entities: vec![
            EntityMention { span: span(37, 40), label: EntityLabel::Per },
            EntityMention { span: span(46, 51), label: EntityLabel::Loc },
        ],
        entity_groups: vec![
            Entity { canonical: "Lee".into(), label: EntityLabel::Per, mentions: vec![0] },
            Entity { canonical: "Paris".into(), label: EntityLabel::Loc, mentions: vec![1] },
        ],
        cues: vec![
            cue(0, 14, CueKind::AnonymousSource, Some("officials")),
            cue(21, 24, CueKind::Uncertainty, None),
            cue(33, 45, CueKind::Attribution, Some("Lee")),
            cue(52, 57, CueKind::Uncertainty, None),
        ],
        attributions: Vec::new(),
        sentences: vec![Sentence { span: span(0, 32), hedged: true }, Sentence { span: span(33, 65), hedged: true }],
        profile: SourcingProfile { words: 12, ..SourcingProfile::default() },
    };
    // Any edit that finds nothing derives the rest as `analyze` does.
    analysis.corrected(&[Edit::DismissCue { span: span(0, 1), kind: CueKind::Denial }])
}

/// What a reader sees: cue kinds, hedged sentences, who is cited, name types.
type Seen =
    (Vec<&'static str>, Vec<bool>, Vec<(String, usize, bool)>, Vec<&'static str>, Vec<(String, &'static str, usize)>);

/// How a case changes what the reader saw before.
type Change = Box<dyn Fn(&mut Seen)>;

fn seen(a: &Analysis) -> Seen {
    (
        a.cues.iter().map(|c| c.kind.code()).collect(),
        a.sentences.iter().map(|s| s.hedged).collect(),
        a.profile.sources.iter().map(|s| (s.name.clone(), s.count, s.named)).collect(),
        a.entities.iter().map(|m| m.label.code()).collect(),
        a.entity_groups.iter().map(|g| (g.canonical.clone(), g.label.code(), g.mentions.len())).collect(),
    )
}

#[test]
fn each_correction_changes_what_the_reader_sees_and_nothing_else() {
    let before = seen(&base());
    let s = |name: &str, n, named| (name.to_string(), n, named);
    let cases: Vec<(&str, Vec<Edit>, Change)> = vec![
        (
            "dismissing the only hedge of a sentence un-hedges it",
            vec![Edit::DismissCue { span: span(52, 57), kind: CueKind::Uncertainty }],
            Box::new(|x: &mut Seen| {
                x.0.remove(3);
                x.1[1] = false;
            }),
        ),
        (
            "dismissing a cue of another kind at the same place changes nothing",
            vec![Edit::DismissCue { span: span(21, 24), kind: CueKind::Denial }],
            Box::new(|_: &mut Seen| {}),
        ),
        (
            "dismissing an attribution removes its source from who is cited",
            vec![Edit::DismissCue { span: span(33, 45), kind: CueKind::Attribution }],
            Box::new(move |x: &mut Seen| {
                x.0.remove(2);
                x.2.retain(|(name, ..)| name != "Lee");
            }),
        ),
        (
            "setting a source renames it, and a named one stops being anonymous",
            vec![Edit::SetSource { span: span(0, 14), source: "Lee".into(), named: true }],
            Box::new(move |x: &mut Seen| {
                x.0[0] = "attribution";
                x.2 = vec![s("Lee", 2, true)];
            }),
        ),
        (
            "a missed attribution is cited and counted",
            vec![Edit::AddAttribution { span: span(58, 64), source: "French officials".into(), named: false }],
            Box::new(move |x: &mut Seen| {
                x.0.push("anonymous_source");
                x.2.push(s("French officials", 1, false));
            }),
        ),
        (
            "a missed hedge hedges its sentence",
            vec![
                Edit::DismissCue { span: span(21, 24), kind: CueKind::Uncertainty },
                Edit::AddCue { span: span(15, 20), kind: CueKind::Uncertainty },
            ],
            Box::new(|x: &mut Seen| {
                x.0 = vec!["anonymous_source", "uncertainty", "attribution", "uncertainty"];
            }),
        ),
        (
            "a dismissed name leaves its group, and an empty group goes",
            vec![Edit::DismissEntity { span: span(46, 51), label: EntityLabel::Loc }],
            Box::new(|x: &mut Seen| {
                x.3.pop();
                x.4.pop();
            }),
        ),
        (
            "a relabelled name changes type, its group with it",
            vec![Edit::RelabelEntity { span: span(46, 51), to: EntityLabel::Org }],
            Box::new(|x: &mut Seen| {
                x.3[1] = "ORG";
                x.4[1].1 = "ORG";
            }),
        ),
    ];
    for (what, edits, change) in cases {
        let mut expected = before.clone();
        change(&mut expected);
        let corrected = base().corrected(&edits);
        assert_eq!(seen(&corrected), expected, "{what}");
        // The profile's counts are the highlights' counts.
        let p = &corrected.profile;
        for kind in CueKind::ALL {
            assert_eq!(p.count(kind), corrected.cues.iter().filter(|c| c.kind == kind).count(), "{what}: {kind:?}");
        }
        assert_eq!(p.hedged_sentences, corrected.sentences.iter().filter(|s| s.hedged).count(), "{what}");
        assert_eq!(p.named_attributions + p.anonymous_attributions, corrected.attributions.len(), "{what}");
    }
}

#[test]
fn no_edits_is_the_analysis_as_it_was() {
    let analysis = crate::analyze("Officials said the talks may resume, according to two people familiar with them.");
    let same = analysis.corrected(&[]);
    assert_eq!((same.cues, same.attributions, same.profile), (analysis.cues, analysis.attributions, analysis.profile));
}
