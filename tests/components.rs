//! Component tests in headless Chromium (wasm-bindgen-test): what the
//! components put in the DOM for a given state.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use lector_analysis::hedges::CueKind;
use lector_analysis::ner::EntityLabel;
use lector_analysis::{Analysis, Cue, EntityMention, Sentence};
use lector_app::components::article_body::ArticleBody;
use lector_app::highlights;
use lector_app::layer::Layer;
use lector_app::opened::OpenedArticle;
use lector_app::state::prefs::Prefs;
use lector_article::Article;
use lector_text::Span;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> Element {
    let document = gloo::utils::document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

fn span_of(text: &str, needle: &str) -> Span {
    let byte = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    let start = text[..byte].chars().count();
    Span::new(start, start + needle.chars().count())
}

#[derive(Properties, PartialEq)]
struct BodyProps {
    opened: Rc<OpenedArticle>,
    prefs: Prefs,
}

#[component(Body)]
fn body(props: &BodyProps) -> Html {
    let highlights = Rc::new(highlights::collect(&props.opened, &props.prefs));
    html! { <ArticleBody opened={props.opened.clone()} {highlights} /> }
}

/// An article with a hand-made analysis: the test controls the spans.
fn sample() -> Rc<OpenedArticle> {
    let source = "---\ntitle: Kirby’s claim\n---\n\nThe White House *declined to confirm* it, officials said. 🎉 Kirby said so.\n";
    let article = Article::parse("sample", source).unwrap();
    let text = article.document.text.clone();
    let sentence_one = span_of(&text, "The White House declined to confirm it, officials said.");
    let analysis = Analysis {
        entities: vec![
            EntityMention { span: span_of(&text, "Kirby"), label: EntityLabel::Per },
            EntityMention { span: span_of(&text, "White House"), label: EntityLabel::Org },
        ],
        entity_groups: Vec::new(),
        attributions: Vec::new(),
        cues: vec![
            Cue { span: span_of(&text, "declined to confirm"), kind: CueKind::Uncertainty, source: None },
            // Overlaps the entity "White House" partly: must cut it, not lose it.
            Cue { span: span_of(&text, "House declined"), kind: CueKind::AnonymousSource, source: None },
        ],
        sentences: vec![
            Sentence { span: span_of(&text, "Kirby’s claim"), hedged: false },
            Sentence { span: sentence_one, hedged: true },
        ],
        profile: Default::default(),
    };
    Rc::new(OpenedArticle::with_analysis(article, analysis))
}

async fn render(opened: Rc<OpenedArticle>, prefs: Prefs) -> Element {
    let root = container();
    yew::Renderer::<Body>::with_root_and_props(root.clone(), BodyProps { opened, prefs }).render();
    yew::scheduler::flush().await;
    root
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

#[wasm_bindgen_test]
async fn overlapping_layers_render_nested_without_losing_text() {
    let root = render(sample(), Prefs::default()).await;
    // The paragraph's DOM text is exactly the article's text: badges and
    // icons are pseudo-elements, not text.
    assert_eq!(
        texts(&root, "p.text-block"),
        ["The White House declined to confirm it, officials said. 🎉 Kirby said so."]
    );
    // "White House" is cut by the anonymous-source cue that starts inside it.
    assert_eq!(texts(&root, "[data-entity=ORG]"), ["White ", "House"]);
    let org = root.query_selector_all("[data-entity=ORG]").unwrap();
    let badges: Vec<Option<String>> = (0..org.length())
        .map(|i| org.item(i).unwrap().dyn_into::<Element>().unwrap().get_attribute("data-badge"))
        .collect();
    assert_eq!(badges, [None, Some("ORG".to_string())], "one badge, on the last fragment");
    assert_eq!(texts(&root, "[data-hedge=anonymous_source]"), ["House declined"]);
    assert_eq!(texts(&root, "[data-hedge=uncertainty]").concat(), "declined to confirm");
    assert_eq!(texts(&root, "em").concat(), "declined to confirm");
    assert_eq!(texts(&root, "[data-hedged=true]"), ["The White House declined to confirm it, officials said."]);
    assert_eq!(texts(&root, "h1 [data-entity=PER]"), ["Kirby"]);
    // The ORG fragment inside the cue is nested in it, not beside it.
    assert_eq!(texts(&root, "[data-hedge=anonymous_source] [data-entity=ORG]"), ["House"]);
}

#[wasm_bindgen_test]
async fn a_hidden_layer_is_not_drawn_but_its_text_stays() {
    let mut prefs = Prefs::default();
    prefs.hidden_layers.insert(Layer::Entity(EntityLabel::Org));
    prefs.hidden_layers.insert(Layer::Cue(CueKind::Uncertainty));
    let root = render(sample(), prefs).await;
    assert!(texts(&root, "[data-entity=ORG]").is_empty());
    assert!(texts(&root, "[data-hedge=uncertainty]").is_empty());
    assert_eq!(texts(&root, "[data-entity=PER]"), ["Kirby"]);
    assert_eq!(
        texts(&root, "p.text-block"),
        ["The White House declined to confirm it, officials said. 🎉 Kirby said so."]
    );
}

#[wasm_bindgen_test]
async fn markup_in_an_article_never_becomes_elements() {
    let source = "---\ntitle: <b>t</b>\n---\n\n<script>window.pwned = 1</script>\n\nText <img src=x onerror=\"window.pwned = 2\"> [a](javascript:alert(1))\n";
    let opened =
        Rc::new(OpenedArticle::open("hostile", source, Some(lector_analysis::AnalyzerData::embedded())).unwrap());
    let root = render(opened, Prefs::default()).await;
    for selector in ["script", "img", "b", "a"] {
        assert!(root.query_selector(selector).unwrap().is_none(), "found a <{selector}> element");
    }
    assert!(root.text_content().unwrap().contains("<script>window.pwned = 1</script>"));
    let pwned = js_sys::Reflect::get(&gloo::utils::window(), &"pwned".into()).unwrap();
    assert!(pwned.is_undefined());
}
