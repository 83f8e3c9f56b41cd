//! Which highlights an opened article shows, as marks for the layered
//! renderer (`lector_article::layer_tree`). Every layer — sentences, the
//! reader's annotations, hedge cues, entity mentions — goes through here, so
//! overlaps between any of them render the same way.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use lector_analysis::{CueKind, EntityLabel};
use lector_annotations::corrections::Fix;
use lector_annotations::{AnnotationId, ArticleAnchors, Colour, Placement};
use lector_article::Mark;

use crate::layer::Layer;
use crate::opened::OpenedArticle;
use crate::state::prefs::Prefs;

/// What a mark stands for; the mark's `key` indexes [`HighlightSet::items`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Highlight {
    Sentence(usize),
    /// Index into [`HighlightSet::annotations`].
    Annotation(usize),
    Cue(usize),
    Entity(usize),
    /// A cue or name the reader dismissed: index into `OpenedArticle::corrections`.
    Dismissed(usize),
    /// A sentence with its counterpart in a comparison: the index of the
    /// pair (`Comparison::links`), and whether it was copied.
    Pair {
        link: usize,
        copied: bool,
    },
    /// A word missing from the counterpart.
    Changed,
}

/// Most annotations drawn one inside another over the same words (see
/// [`HighlightSet::add_annotations`]); more than a reader can tell apart anyway.
pub const MAX_STACKED_ANNOTATIONS: usize = 8;

/// Outermost first. Sentences contain everything; entity names are innermost
/// so that a name inside a hedge phrase keeps its own badge.
pub const SENTENCE_LAYER: u8 = 0;
pub const ANNOTATION_LAYER: u8 = 1;
pub const CUE_LAYER: u8 = 2;
pub const ENTITY_LAYER: u8 = 3;
/// The comparison view draws no annotations, so pairs take their layer.
pub const PAIR_LAYER: u8 = 1;
pub const CHANGED_LAYER: u8 = 4;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct HighlightSet {
    pub items: Vec<Highlight>,
    pub marks: Vec<Mark>,
    /// What the renderer needs of each placed annotation.
    pub annotations: Vec<AnnotationMark>,
    /// Sentences with counterparts in other articles, with how many.
    pub elsewhere: Vec<(usize, usize)>,
    /// The pair of counterparts the reader is on, drawn lit.
    pub active_pair: Option<usize>,
}

/// A reader's annotation as drawn in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct AnnotationMark {
    pub id: AnnotationId,
    pub colour: Colour,
    pub has_note: bool,
    /// Shown on hover: the start of the note, or the tags.
    pub summary: String,
    /// The quoted words were edited since the annotation was made.
    pub approximate: bool,
}

impl HighlightSet {
    fn push(&mut self, item: Highlight, span: lector_text::Span, layer: u8) {
        self.marks.push(Mark { span, layer, key: self.items.len() });
        self.items.push(item);
    }
}

impl HighlightSet {
    /// Adds a comparison's pairs (sentence spans with their pair index) and
    /// the words changed inside them.
    pub fn add_pairs(&mut self, pairs: &[(usize, bool, lector_text::Span)], changed: &[lector_text::Span]) {
        for &(link, copied, span) in pairs {
            self.push(Highlight::Pair { link, copied }, span, PAIR_LAYER);
        }
        for &span in changed {
            self.push(Highlight::Changed, span, CHANGED_LAYER);
        }
    }

    /// Adds the reader's annotations placed in this article (layer
    /// [`ANNOTATION_LAYER`]: inside sentences, outside cues and entities).
    ///
    /// At most [`MAX_STACKED_ANNOTATIONS`] are drawn over any one character:
    /// each drawn annotation is an element inside the previous one, and a
    /// file of thousands on one word (an import at the limit) would nest
    /// elements thousands deep, past the WebAssembly stack of every
    /// recursive step that renders them. Those not drawn stay in the sidebar.
    pub fn add_annotations(&mut self, annotations: &ArticleAnchors) {
        // Ends of the drawn annotations that cover the current start (`placed` is in text order).
        let mut covering: BinaryHeap<Reverse<usize>> = BinaryHeap::new();
        for placed in &annotations.placed {
            while covering.peek().is_some_and(|Reverse(end)| *end <= placed.span.start) {
                covering.pop();
            }
            if covering.len() >= MAX_STACKED_ANNOTATIONS {
                continue;
            }
            covering.push(Reverse(placed.span.end));
            let body = placed.annotation.body();
            let note = body.note_text();
            let mut summary: String = note.chars().take(140).collect();
            if note.chars().count() > 140 {
                summary.push('…');
            }
            if !body.tags().is_empty() {
                let tags = body.tags().iter().map(|t| format!("#{t}")).collect::<Vec<_>>().join(" ");
                summary = if summary.is_empty() { tags } else { format!("{summary}\n{tags}") };
            }
            let index = self.annotations.len();
            self.annotations.push(AnnotationMark {
                id: placed.annotation.id().clone(),
                colour: body.colour(),
                has_note: !body.note().trim().is_empty(),
                summary,
                approximate: matches!(placed.how, Placement::Fuzzy { .. }),
            });
            self.push(Highlight::Annotation(index), placed.span, ANNOTATION_LAYER);
        }
    }
}

/// The marks to draw for `opened` given the reader's layer toggles.
pub fn collect(opened: &OpenedArticle, prefs: &Prefs) -> HighlightSet {
    let analysis = &opened.analysis;
    let mut set = HighlightSet::default();
    for (i, sentence) in analysis.sentences.iter().enumerate() {
        set.push(Highlight::Sentence(i), sentence.span, SENTENCE_LAYER);
    }
    for (i, cue) in analysis.cues.iter().enumerate() {
        if prefs.shows(Layer::Cue(cue.kind)) {
            set.push(Highlight::Cue(i), cue.span, CUE_LAYER);
        }
    }
    for (i, mention) in analysis.entities.iter().enumerate() {
        if prefs.shows(Layer::Entity(mention.label)) {
            set.push(Highlight::Entity(i), mention.span, ENTITY_LAYER);
        }
    }
    // What the reader dismissed stays marked as their correction, in the
    // layer it was dismissed from (shown while that layer is).
    for (i, placed) in opened.corrections.iter().enumerate() {
        let Some(span) = placed.span else { continue };
        let shown = match placed.correction.fix() {
            Fix::DismissCue { kind } => CueKind::from_code(kind).map(|k| (Layer::Cue(k), CUE_LAYER)),
            Fix::DismissEntity { label } => {
                EntityLabel::ALL.into_iter().find(|l| l.code() == label).map(|l| (Layer::Entity(l), ENTITY_LAYER))
            }
            _ => None,
        };
        if let Some((_, depth)) = shown.filter(|(layer, _)| prefs.shows(*layer)) {
            set.push(Highlight::Dismissed(i), span, depth);
        }
    }
    set
}
