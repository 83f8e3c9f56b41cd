//! The article as the reader corrected it: placed corrections
//! (`lector_annotations::corrections`) become edits of the analysis
//! (`lector_analysis::Edit`), applied before highlights, legend, profile and
//! "Who is cited" are drawn, so all of them agree; and what each correction
//! says, in the reader's words.

use lector_analysis::{CueKind, Edit, EntityLabel};
use lector_annotations::corrections::{Fix, Layer, PlacedCorrection};
use lector_text::Span;

use crate::opened::OpenedArticle;

fn entity_label(code: &str) -> Option<EntityLabel> {
    EntityLabel::ALL.into_iter().find(|l| l.code() == code)
}

/// The edit a placed correction makes; `None` when its words are gone or a
/// kind is one this Lector does not know (a file from another version).
pub fn edit_of(placed: &PlacedCorrection) -> Option<Edit> {
    let span = placed.span?;
    Some(match placed.correction.fix() {
        Fix::DismissCue { kind } => Edit::DismissCue { span, kind: CueKind::from_code(kind)? },
        Fix::DismissEntity { label } => Edit::DismissEntity { span, label: entity_label(label)? },
        Fix::RelabelEntity { to, .. } => Edit::RelabelEntity { span, to: entity_label(to)? },
        Fix::SetSource { to, named, .. } => Edit::SetSource { span, source: to.clone(), named: *named },
        Fix::AddCue { kind } => Edit::AddCue { span, kind: CueKind::from_code(kind)? },
        Fix::AddAttribution { source, named } => Edit::AddAttribution { span, source: source.clone(), named: *named },
    })
}

/// A kind's or label's name as the legend shows it.
pub fn label_name(code: &str) -> String {
    CueKind::from_code(code)
        .map(|k| k.label().to_string())
        .or_else(|| entity_label(code).map(|l| l.display_name().to_string()))
        .unwrap_or_else(|| code.to_string())
}

/// What a correction says: "Not a cue (Uncertainty)", "Person, not Place"…
pub fn describe(fix: &Fix) -> String {
    match fix {
        Fix::DismissCue { kind } => format!("Not a cue ({})", label_name(kind)),
        Fix::DismissEntity { label } => format!("Not a name ({})", label_name(label)),
        Fix::RelabelEntity { from, to } => format!("{}, not {}", label_name(to), label_name(from)),
        Fix::SetSource { from, to, named } => {
            let who = if *named { to.clone() } else { format!("{to} (unnamed)") };
            match from {
                Some(from) => format!("Cites {who}, not {from}"),
                None => format!("Cites {who}"),
            }
        }
        Fix::AddCue { kind } => format!("Missed cue: {}", label_name(kind)),
        Fix::AddAttribution { source, named } => {
            format!("Missed attribution: {source}{}", if *named { "" } else { " (unnamed)" })
        }
    }
}

impl OpenedArticle {
    /// This article with `placed` corrections applied to its analysis.
    pub fn with_corrections(&self, placed: Vec<PlacedCorrection>) -> OpenedArticle {
        let edits: Vec<Edit> = placed.iter().filter_map(edit_of).collect();
        let analysis = self.analysis.corrected(&edits);
        let mut opened = OpenedArticle::with_analysis(self.article.clone(), analysis);
        opened.corrections = placed;
        opened.analyzed = self.analyzed;
        opened
    }

    /// The reader's correction that made the cue or name at `span` what it is
    /// (not a dismissal: dismissed ones are no longer there).
    pub fn correction_at(&self, span: Span, layer: Layer) -> Option<&PlacedCorrection> {
        let layers: &[Layer] = match layer {
            Layer::Entity => &[Layer::Entity],
            _ => &[Layer::Cue, Layer::Attribution],
        };
        self.corrections.iter().rev().find(|p| {
            p.span == Some(span) && !p.correction.fix().is_dismissal() && layers.contains(&p.correction.fix().layer())
        })
    }
}
