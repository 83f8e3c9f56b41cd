//! DOM selections ↔ characters of the rendered text, on the real article
//! renderer in headless Chromium: code points, not UTF-16 units; boundaries
//! inside highlight spans, across blocks and in the gaps between them.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use lector_analysis::hedges::CueKind;
use lector_analysis::ner::EntityLabel;
use lector_analysis::{Analysis, Cue, EntityMention, Sentence};
use lector_annotations::{AnnotationId, AnnotationStore, ArticleId, ArticleText, Body, Colour, Timestamp};
use lector_app::browser::selection::{self, Edge};
use lector_app::components::article_body::ArticleBody;
use lector_app::highlights::{self, HighlightSet};
use lector_app::opened::OpenedArticle;
use lector_app::state::prefs::Prefs;
use lector_article::Article;
use lector_text::Span;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Node};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Emoji (one of them a ZWJ sequence of several code points, each two UTF-16
/// units), accents, a hard line break, a list and a quote.
const SOURCE: &str = "---\ntitle: Zoë’s 🎉 story\n---\n\n\
Officials 👩‍⚕️ *who spoke* on condition of anonymity said Zoë denied it.  \n\
Second line 😀 here.\n\n\
- An item with Café\n- Another 🙂 item\n\n\
> Quoted words 𝒜 end.\n";

fn chars_of(text: &str, needle: &str) -> Span {
    let byte = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    let start = text[..byte].chars().count();
    Span::new(start, start + needle.chars().count())
}

fn opened() -> Rc<OpenedArticle> {
    let article = Article::parse("sample", SOURCE).unwrap();
    let text = article.document.text.clone();
    let analysis = Analysis {
        entities: vec![
            EntityMention { span: chars_of(&text, "Zoë denied"), label: EntityLabel::Per },
            EntityMention { span: chars_of(&text, "Officials"), label: EntityLabel::Org },
        ],
        entity_groups: Vec::new(),
        attributions: Vec::new(),
        cues: vec![Cue {
            span: chars_of(&text, "on condition of anonymity"),
            kind: CueKind::AnonymousSource,
            source: None,
        }],
        sentences: vec![Sentence { span: chars_of(&text, "Officials"), hedged: true }],
        profile: Default::default(),
    };
    Rc::new(OpenedArticle::with_analysis(article, analysis))
}

#[derive(Properties, PartialEq)]
struct PageProps {
    opened: Rc<OpenedArticle>,
    highlights: Rc<HighlightSet>,
}

#[component(Page)]
fn page(props: &PageProps) -> Html {
    html! { <article class="reader"><ArticleBody opened={props.opened.clone()} highlights={props.highlights.clone()} /></article> }
}

async fn render(opened: Rc<OpenedArticle>, highlights: HighlightSet) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = PageProps { opened, highlights: Rc::new(highlights) };
    yew::Renderer::<Page>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root.query_selector("article.reader").unwrap().unwrap()
}

/// Every text node and `<br>` of `root` with the character offset (in the
/// rendered text) where it starts, counted here independently of the module under test.
fn text_pieces(root: &Element) -> Vec<(Node, usize, String)> {
    fn walk(node: &Node, base: usize, out: &mut Vec<(Node, usize, String)>, offset: &mut usize) {
        let children = node.child_nodes();
        for i in 0..children.length() {
            let child = children.item(i).unwrap();
            if child.node_type() == Node::TEXT_NODE {
                let text = child.node_value().unwrap();
                out.push((child.clone(), base + *offset, text.clone()));
                *offset += text.chars().count();
            } else if child.node_name() == "BR" {
                out.push((child.clone(), base + *offset, "\n".into()));
                *offset += 1;
            } else {
                walk(&child, base, out, offset);
            }
        }
    }
    let blocks = root.query_selector_all("[data-start]").unwrap();
    let mut out = Vec::new();
    for i in 0..blocks.length() {
        let block = blocks.item(i).unwrap().dyn_into::<Element>().unwrap();
        let start: usize = block.get_attribute("data-start").unwrap().parse().unwrap();
        walk(&block, start, &mut out, &mut 0);
    }
    out
}

fn range(start: (&Node, u32), end: (&Node, u32)) -> web_sys::Range {
    let range = gloo::utils::document().create_range().unwrap();
    range.set_start(start.0, start.1).unwrap();
    range.set_end(end.0, end.1).unwrap();
    range
}

#[wasm_bindgen_test]
async fn every_boundary_inside_text_maps_to_its_code_point() {
    let opened = opened();
    let text = opened.text().to_string();
    let root = render(opened.clone(), highlights::collect(&opened, &Prefs::default())).await;
    let pieces: Vec<_> =
        text_pieces(&root).into_iter().filter(|(node, ..)| node.node_type() == Node::TEXT_NODE).collect();
    assert!(pieces.len() > 8, "highlights split the text into many nodes");
    let chars: Vec<char> = text.chars().collect();
    let (first_node, first_offset, _) = &pieces[0];
    assert_eq!(*first_offset, 0);
    for (node, offset, content) in &pieces {
        // Every UTF-16 position in this node, as the end of a selection from the very start.
        let mut units = 0u32;
        for (i, c) in content.chars().enumerate() {
            for inside in 1..=c.len_utf16() as u32 {
                let end = units + inside;
                let span = selection::span_of_range(&root, &range((first_node, 0), (node, end))).unwrap();
                // A boundary in the middle of a surrogate pair takes the whole character.
                assert_eq!(span, Span::new(0, offset + i + 1), "end at {:?} unit {end}", content);
                let selected: String = chars[span.start..span.end].iter().collect();
                assert!(selected.ends_with(c));
            }
            units += c.len_utf16() as u32;
        }
        // And as a start, to the end of the text.
        let (last_node, _, last_content) = pieces.last().unwrap();
        let last_units = last_content.encode_utf16().count() as u32;
        let mut units = 0u32;
        for (i, c) in content.chars().enumerate() {
            let span = selection::span_of_range(&root, &range((node, units), (last_node, last_units))).unwrap();
            assert_eq!(span, Span::new(offset + i, chars.len()), "start at {:?} unit {units}", content);
            units += c.len_utf16() as u32;
        }
    }
}

#[wasm_bindgen_test]
async fn selections_across_blocks_and_from_gaps_snap_to_text() {
    let opened = opened();
    let text = opened.text().to_string();
    let root = render(opened.clone(), HighlightSet::default()).await;
    let article_text = root.query_selector(".article-text").unwrap().unwrap();
    let list = root.query_selector("ul").unwrap().unwrap();
    let pieces = text_pieces(&root);
    let node_with = |needle: &str| pieces.iter().find(|(_, _, t)| t.contains(needle)).unwrap().0.clone();

    // From inside the paragraph to inside the quote: the blocks' separators are included.
    let start_node = node_with("Second line");
    let end_node = node_with("Quoted words");
    let span = selection::span_of_range(&root, &range((&start_node, 0), (&end_node, 6))).unwrap();
    let selected: String = text.chars().skip(span.start).take(span.len()).collect();
    assert_eq!(selected, "Second line 😀 here.\n\nAn item with Café\n\nAnother 🙂 item\n\nQuoted");

    // A start in the gap before the list (a boundary in the container) goes to the next block's start.
    let list_index = (0..article_text.child_nodes().length())
        .find(|&i| article_text.child_nodes().item(i).unwrap() == *list.unchecked_ref::<Node>())
        .unwrap();
    let span =
        selection::span_of_range(&root, &range((&article_text, list_index), (&node_with("An item"), 7))).unwrap();
    assert_eq!(span, chars_of(&text, "An item"));
    // An end in that gap goes back to the end of the paragraph before it.
    let span =
        selection::span_of_range(&root, &range((&node_with("Second line"), 0), (&article_text, list_index))).unwrap();
    assert_eq!(span, chars_of(&text, "Second line 😀 here."));
    // Both ends in gaps or outside text: nothing is selected.
    assert_eq!(selection::span_of_range(&root, &range((&article_text, list_index), (&article_text, list_index))), None);
}

#[wasm_bindgen_test]
async fn spans_become_dom_selections_and_back() {
    let opened = opened();
    let text = opened.text().to_string();
    let root = render(opened.clone(), highlights::collect(&opened, &Prefs::default())).await;
    let n = text.chars().count();
    let blocks: Vec<Span> = opened.article.document.text_blocks().iter().map(|b| b.span).collect();
    // Starts on a character of a block, ends after one: the spans a reader can select.
    let can_start = |i: usize| blocks.iter().any(|b| b.start <= i && i < b.end);
    let can_end = |i: usize| blocks.iter().any(|b| b.start < i && i <= b.end);
    for start in (0..n).filter(|&i| can_start(i)) {
        for end in [start + 1, start + 3, start + 17, n].into_iter().filter(|&e| e <= n && can_end(e) && e > start) {
            let span = Span::new(start, end);
            assert!(selection::select_span(&root, span));
            assert_eq!(
                selection::selected_span(&root),
                Some(span),
                "{span:?}: {:?}",
                &text.chars().skip(start).take(end - start).collect::<String>()
            );
        }
    }
    // A point in the separator between two blocks is placed on the nearest text inward.
    let title_end = blocks[0].end;
    assert!(selection::point_at(&root, title_end + 1, Edge::Start).is_some());
}

#[wasm_bindgen_test]
async fn annotations_render_as_marks_nested_with_entities_and_cues() {
    let opened = opened();
    let text = opened.text().to_string();
    let article_text = ArticleText::new(&text);
    let article = ArticleId::parse("sample").unwrap();
    let now = Timestamp::from_millis(1_795_457_660_123).unwrap();
    let mut store = AnnotationStore::new();
    let a = AnnotationId::parse("3f2b8c1e-9d4a-4c6b-8e21-000000000001").unwrap();
    let b = AnnotationId::parse("3f2b8c1e-9d4a-4c6b-8e21-000000000002").unwrap();
    // Starts inside the entity "Officials", ends inside the cue; the second overlaps the first.
    store
        .create(
            a.clone(),
            article.clone(),
            &article_text,
            chars_of(&text, "cials 👩‍⚕️ who spoke on condition"),
            Body::new("a note", ["t"], Colour::Pink).unwrap(),
            now,
        )
        .unwrap();
    store
        .create(
            b.clone(),
            article.clone(),
            &article_text,
            chars_of(&text, "spoke on condition of anonymity said"),
            Body::highlight(Colour::Blue),
            now,
        )
        .unwrap();
    let anchored = store.anchor_article(&article, &article_text).into_owned();
    let mut set = highlights::collect(&opened, &Prefs::default());
    set.add_annotations(&anchored);
    let root = render(opened.clone(), set).await;

    let text_of = |selector: &str| {
        let list = root.query_selector_all(selector).unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap()).collect::<Vec<_>>().concat()
    };
    assert_eq!(text_of(&format!("mark[data-annotation-id=\"{a}\"]")), "cials 👩‍⚕️ who spoke on condition");
    assert_eq!(text_of(&format!("mark[data-annotation-id=\"{b}\"]")), "spoke on condition of anonymity said");
    assert_eq!(
        root.query_selector_all(&format!("mark.annotation-pink[data-annotation-id=\"{a}\"]")).unwrap().length(),
        root.query_selector_all(&format!("mark[data-annotation-id=\"{a}\"]")).unwrap().length(),
        "every fragment has its colour"
    );
    // Annotations are outside entities and cues: the entity is cut, not the annotation lost.
    assert_eq!(text_of("mark.annotation [data-entity=ORG]"), "cials");
    assert_eq!(text_of("[data-hedge=anonymous_source]"), "on condition of anonymity");
    // The note marker is drawn once, on the last fragment, and adds no text.
    assert_eq!(root.query_selector_all(&format!("mark[data-annotation-id=\"{a}\"][data-note]")).unwrap().length(), 1);
    assert_eq!(root.query_selector_all(&format!("mark[data-annotation-id=\"{b}\"][data-note]")).unwrap().length(), 0);
    let paragraph = root.query_selector("p.text-block").unwrap().unwrap();
    assert!(paragraph
        .text_content()
        .unwrap()
        .starts_with("Officials 👩‍⚕️ who spoke on condition of anonymity said Zoë denied it."));
    // Selecting inside a mark still maps to the right characters.
    let inner = text_pieces(&root).into_iter().find(|(_, _, t)| t.contains("who")).unwrap();
    let span = selection::span_of_range(&root, &range((&inner.0, 0), (&inner.0, 3))).unwrap();
    assert_eq!(span, Span::new(inner.1, inner.1 + 3));
}
