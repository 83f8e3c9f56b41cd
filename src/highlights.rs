//! Which highlights an opened article shows, as marks for the layered
//! renderer (`lector_article::layer_tree`). Every layer — sentences, the
//! reader's annotations, hedge cues, entity mentions — goes through here, so
//! overlaps between any of them render the same way.

use lector_article::Mark;

use crate::opened::OpenedArticle;
use crate::state::prefs::Prefs;

/// What a mark stands for; the mark's `key` indexes [`HighlightSet::items`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Highlight {
    Sentence(usize),
    Cue(usize),
    Entity(usize),
}

/// Outermost first. Sentences contain everything; entity names are innermost
/// so that a name inside a hedge phrase keeps its own badge.
pub const SENTENCE_LAYER: u8 = 0;
pub const ANNOTATION_LAYER: u8 = 1;
pub const CUE_LAYER: u8 = 2;
pub const ENTITY_LAYER: u8 = 3;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct HighlightSet {
    pub items: Vec<Highlight>,
    pub marks: Vec<Mark>,
}

impl HighlightSet {
    fn push(&mut self, item: Highlight, span: lector_text::Span, layer: u8) {
        self.marks.push(Mark { span, layer, key: self.items.len() });
        self.items.push(item);
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
        if prefs.shows(cue.kind.code()) {
            set.push(Highlight::Cue(i), cue.span, CUE_LAYER);
        }
    }
    for (i, mention) in analysis.entities.iter().enumerate() {
        if prefs.shows(mention.label.code()) {
            set.push(Highlight::Entity(i), mention.span, ENTITY_LAYER);
        }
    }
    set
}
