//! The shell's view models on the host: which marks an opened article
//! shows, and how its annotations are placed and explained.

use std::collections::BTreeSet;

use lector_annotations::{AnnotationId, AnnotationStore, ArticleId, ArticleText, Body, Colour, NoteFormat, Timestamp};
use lector_text::Span;

use crate::highlights::{self, Highlight, ANNOTATION_LAYER, CUE_LAYER, ENTITY_LAYER, SENTENCE_LAYER};
use crate::layer::Layer;
use crate::opened::OpenedArticle;
use crate::state::prefs::Prefs;

const SOURCE: &str = "---\ntitle: Talks in Geneva\n---\n\nOfficials in Geneva said the talks would allegedly resume.\n\nJohn Kirby denied the report.\n";

fn opened() -> OpenedArticle {
    OpenedArticle::open("talks_in_geneva", SOURCE, Some(lector_analysis::AnalyzerData::embedded()))
        .expect("the invented article parses")
}

fn id(n: u32) -> AnnotationId {
    AnnotationId::parse(&format!("3f2b8c1e-9d4a-4c6b-8e21-{n:012x}")).expect("a valid id")
}

fn article() -> ArticleId {
    ArticleId::parse("talks_in_geneva").expect("a valid article id")
}

fn at() -> Timestamp {
    Timestamp::from_millis(1_795_457_660_000).expect("a valid time")
}

/// A store with one note on `phrase` of `text`.
fn annotated(text: &str, phrase: &str, note: &str) -> AnnotationStore {
    let start = text.find(phrase).map(|b| text[..b].chars().count()).expect("the phrase is in the text");
    let span = Span::new(start, start + phrase.chars().count());
    let mut store = AnnotationStore::new();
    let body = Body::new(note, ["geneva"], Colour::Blue).expect("a valid body");
    store.create(id(1), article(), &ArticleText::new(text), span, body, at()).expect("created");
    store
}

#[test]
fn every_layer_shows_until_the_reader_hides_it() {
    let opened = opened();
    let layers =
        |prefs: &Prefs| -> BTreeSet<u8> { highlights::collect(&opened, prefs).marks.iter().map(|m| m.layer).collect() };
    assert_eq!(layers(&Prefs::default()), BTreeSet::from([SENTENCE_LAYER, CUE_LAYER, ENTITY_LAYER]));

    let mut prefs = Prefs::default();
    for cue in &opened.analysis.cues {
        prefs.hidden_layers.insert(Layer::Cue(cue.kind));
    }
    for mention in &opened.analysis.entities {
        prefs.hidden_layers.insert(Layer::Entity(mention.label));
    }
    assert_eq!(layers(&prefs), BTreeSet::from([SENTENCE_LAYER]), "sentences are never hidden");
}

#[test]
fn each_mark_stands_for_the_highlight_at_its_key() {
    let opened = opened();
    let set = highlights::collect(&opened, &Prefs::default());
    for mark in &set.marks {
        let span = match set.items[mark.key] {
            Highlight::Sentence(i) => opened.analysis.sentences[i].span,
            Highlight::Cue(i) => opened.analysis.cues[i].span,
            Highlight::Entity(i) => opened.analysis.entities[i].span,
            Highlight::Annotation(_) | Highlight::Pair { .. } | Highlight::Changed => {
                unreachable!("no annotation or comparison was added")
            }
            Highlight::Dismissed(_) => unreachable!("no correction was made"),
        };
        assert_eq!(mark.span, span);
    }
}

#[test]
fn an_html_note_from_another_tool_is_summarised_by_its_text_not_its_markup() {
    let opened = opened();
    let text = ArticleText::new(opened.text());
    let start = opened.text().find("John Kirby").map(|b| opened.text()[..b].chars().count()).expect("in the text");
    let body = Body::new("<p>Who <b>briefed</b> him?</p><script>alert(1)</script>", [] as [&str; 0], Colour::Blue)
        .expect("a valid body")
        .with_format(NoteFormat::Html);
    let mut store = AnnotationStore::new();
    store.create(id(1), article(), &text, Span::new(start, start + 10), body, at()).expect("created");
    let mut set = highlights::collect(&opened, &Prefs::default());
    set.add_annotations(&store.anchor_article(&article(), &text).into_owned());
    let summary = &set.annotations[0].summary;
    assert!(summary.contains("Who briefed him?"), "{summary:?}");
    assert!(!summary.contains('<') && !summary.contains("alert"), "{summary:?}");
}

#[test]
fn a_placed_annotation_is_drawn_with_its_colour_and_a_summary_of_note_and_tags() {
    let opened = opened();
    let store = annotated(opened.text(), "John Kirby", "Who briefed him?");
    let anchored = store.anchor_article(&article(), &ArticleText::new(opened.text())).into_owned();
    assert_eq!(anchored.placed.len(), 1);
    let mut set = highlights::collect(&opened, &Prefs::default());
    set.add_annotations(&anchored);
    let mark = set.marks.iter().find(|m| m.layer == ANNOTATION_LAYER).expect("the annotation is drawn");
    assert_eq!(opened.slice(mark.span), "John Kirby");
    let drawn = &set.annotations[0];
    assert_eq!((drawn.colour, drawn.has_note, drawn.approximate), (Colour::Blue, true, false));
    assert_eq!(drawn.summary, "Who briefed him?\n#geneva");
}

#[test]
fn an_annotation_whose_words_are_gone_is_an_orphan_explained_to_the_reader() {
    let opened = opened();
    let store = annotated("Officials in Lausanne said nothing at all about it.", "said nothing at all", "");
    let anchored = store.anchor_article(&article(), &ArticleText::new(opened.text())).into_owned();
    assert!(anchored.placed.is_empty());
    assert_eq!(anchored.orphaned.len(), 1);
    assert!(anchored.is_orphaned(&id(1)));
    assert!(!anchored.orphaned[0].reason.explanation().is_empty());
}

#[test]
fn an_opened_article_knows_the_entity_group_of_each_mention() {
    let opened = opened();
    for (mention, &group) in opened.analysis.entities.iter().zip(&opened.entity_of_mention) {
        let entity = opened.analysis.entity_groups.get(group).expect("every mention belongs to an entity");
        assert_eq!(entity.label, mention.label);
    }
}

#[test]
fn thousands_of_annotations_on_the_same_words_draw_a_bounded_stack_and_the_rest_elsewhere() {
    let opened = opened();
    let text = ArticleText::new(opened.text());
    let at_char =
        |phrase: &str| opened.text().find(phrase).map(|b| opened.text()[..b].chars().count()).expect("in text");
    let (geneva, kirby) = (at_char("Geneva said"), at_char("John Kirby"));
    let mut store = AnnotationStore::new();
    // 5,000 on one word, then one word that overlaps them, then one on other words.
    let mut spans: Vec<Span> = vec![Span::new(geneva, geneva + 6); 5_000];
    spans.push(Span::new(geneva + 3, geneva + 11));
    spans.push(Span::new(kirby, kirby + 10));
    for (n, span) in spans.iter().enumerate() {
        let body = Body::new("", [] as [&str; 0], Colour::Yellow).expect("a valid body");
        let id = AnnotationId::parse(&format!("3f2b8c1e-9d4a-4c6b-8e21-{n:012x}")).expect("a valid id");
        store.create(id, article(), &text, *span, body, at()).expect("created");
    }
    let mut set = highlights::collect(&opened, &Prefs::default());
    set.add_annotations(&store.anchor_article(&article(), &text).into_owned());
    let drawn: Vec<Span> = set.marks.iter().filter(|m| m.layer == ANNOTATION_LAYER).map(|m| m.span).collect();
    let deepest = (0..opened.text().chars().count())
        .map(|c| drawn.iter().filter(|s| s.start <= c && c < s.end).count())
        .max()
        .unwrap_or(0);
    assert_eq!(deepest, highlights::MAX_STACKED_ANNOTATIONS, "a bounded stack over the crowded word");
    assert!(drawn.contains(&Span::new(kirby, kirby + 10)), "annotations elsewhere are still drawn");
    // The page's renderer gets a tree no deeper than that (plus the other layers).
    let block = opened.article.document.blocks.iter().find_map(|b| match b {
        lector_article::Block::Text(t) if t.span.contains_offset(geneva) => Some(t),
        _ => None,
    });
    let tree = lector_article::layer_tree(block.expect("the paragraph"), &set.marks);
    fn depth(nodes: &[lector_article::LayerNode]) -> usize {
        nodes
            .iter()
            .map(|n| match n {
                lector_article::LayerNode::Mark { children, .. } => 1 + depth(children),
                lector_article::LayerNode::Text { .. } => 0,
            })
            .max()
            .unwrap_or(0)
    }
    assert!(depth(&tree) <= highlights::MAX_STACKED_ANNOTATIONS + 3, "depth {}", depth(&tree));
}
