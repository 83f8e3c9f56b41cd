//! What the "who and what" index keeps of one article: its entities with
//! their mentions and how often each is cited, taken from the analysis once
//! and serialisable to keep with the stored article.

use lector_analysis::hedges::CueKind;
use lector_analysis::ner::EntityLabel;
use lector_analysis::Analysis;
use lector_text::{CharIndex, Span};
use serde::{Deserialize, Serialize};

use crate::names::name_key;

/// The type of an entity, as the reader sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Kind {
    #[serde(rename = "PER")]
    Person,
    #[serde(rename = "ORG")]
    Organization,
    #[serde(rename = "LOC")]
    Place,
    #[serde(rename = "MISC")]
    Other,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Person, Kind::Organization, Kind::Place, Kind::Other];

    /// The code used in URLs and JSON ("PER").
    pub fn code(self) -> &'static str {
        match self {
            Kind::Person => "PER",
            Kind::Organization => "ORG",
            Kind::Place => "LOC",
            Kind::Other => "MISC",
        }
    }

    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code().eq_ignore_ascii_case(code))
    }
}

impl From<EntityLabel> for Kind {
    fn from(label: EntityLabel) -> Kind {
        match label {
            EntityLabel::Per => Kind::Person,
            EntityLabel::Org => Kind::Organization,
            EntityLabel::Loc => Kind::Place,
            EntityLabel::Misc => Kind::Other,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleEntities {
    pub entities: Vec<ArticleEntity>,
}

/// One entity of one article ("John Kirby", with "Kirby" and "Mr. Kirby").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArticleEntity {
    /// The article's canonical name for it.
    pub name: String,
    pub kind: Kind,
    /// Every way the article names it, canonical name first.
    pub names: Vec<String>,
    pub mentions: Vec<MentionSpan>,
    /// Claims attributed to it by name ("Kirby said").
    pub claims: u32,
    /// Of those, claims in a hedged sentence.
    pub hedged_claims: u32,
    /// Anonymous-source cues naming it ("White House officials said").
    pub anonymous_claims: u32,
}

/// A mention and the sentence around it, in characters of the rendered text.
/// Stored as four numbers: an article has hundreds of mentions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "[usize; 4]", from = "[usize; 4]")]
pub struct MentionSpan {
    pub span: Span,
    pub context: Span,
}

impl From<MentionSpan> for [usize; 4] {
    fn from(m: MentionSpan) -> [usize; 4] {
        [m.span.start, m.span.end, m.context.start, m.context.end]
    }
}

impl From<[usize; 4]> for MentionSpan {
    /// A reversed span read back from storage becomes empty rather than
    /// reversed.
    fn from([start, end, context_start, context_end]: [usize; 4]) -> MentionSpan {
        MentionSpan {
            span: Span { start, end: end.max(start) },
            context: Span { start: context_start, end: context_end.max(context_start) },
        }
    }
}

impl ArticleEntities {
    /// Collects the entities of `analysis`, the analysis of `text`.
    pub fn from_analysis(text: &str, analysis: &Analysis) -> ArticleEntities {
        let index = CharIndex::new(text);
        let slice = |s: Span| &text[index.byte_of_char(s.start)..index.byte_of_char(s.end)];
        let sentence_of = |s: Span| {
            let i = analysis.sentences.partition_point(|x| x.span.end <= s.start);
            analysis.sentences.get(i).filter(|x| x.span.start <= s.start)
        };
        // Each cue's source, as a name key, once per article.
        let source_keys: Vec<Option<String>> =
            analysis.cues.iter().map(|c| c.source.as_deref().map(name_key)).collect();
        let entities = analysis
            .entity_groups
            .iter()
            .map(|group| {
                let spans: Vec<Span> =
                    group.mentions.iter().filter_map(|&i| analysis.entities.get(i)).map(|m| m.span).collect();
                let mut names = vec![group.canonical.clone()];
                let mut keys = vec![name_key(&group.canonical)];
                for &span in &spans {
                    let name = slice(span);
                    let key = name_key(name);
                    if !keys.contains(&key) {
                        names.push(name.to_string());
                        keys.push(key);
                    }
                }
                let mentions_in = |cue: Span| spans.iter().any(|m| cue.contains(m));
                let (mut claims, mut hedged_claims, mut anonymous_claims) = (0, 0, 0);
                for (cue, source) in analysis.cues.iter().zip(&source_keys) {
                    match cue.kind {
                        CueKind::Attribution => {
                            let named = source.as_ref().is_some_and(|s| keys.contains(s));
                            if named || mentions_in(cue.span) {
                                claims += 1;
                                hedged_claims += u32::from(sentence_of(cue.span).is_some_and(|s| s.hedged));
                            }
                        }
                        CueKind::AnonymousSource => anonymous_claims += u32::from(mentions_in(cue.span)),
                        _ => {}
                    }
                }
                let mentions = spans
                    .iter()
                    .map(|&span| MentionSpan { span, context: sentence_of(span).map_or(span, |s| s.span) })
                    .collect();
                ArticleEntity {
                    name: group.canonical.clone(),
                    kind: group.label.into(),
                    names,
                    mentions,
                    claims,
                    hedged_claims,
                    anonymous_claims,
                }
            })
            .collect();
        ArticleEntities { entities }
    }
}
