//! Notes are the reader's own text, but they also arrive in imported files
//! from anyone: rendered as Markdown, never as HTML.
#![cfg(target_arch = "wasm32")]

use lector_app::components::note_text::NoteText;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn render(note: &str) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    #[derive(Properties, PartialEq)]
    struct Props {
        note: AttrValue,
    }
    #[component(Host)]
    fn host(props: &Props) -> Html {
        html! { <NoteText note={props.note.clone()} /> }
    }
    yew::Renderer::<Host>::with_root_and_props(root.clone(), Props { note: AttrValue::from(note.to_string()) })
        .render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn markup_in_a_note_is_shown_as_text_and_never_runs() {
    let hostile = [
        "<script>window.__notePwned = 1</script>",
        "before <img src=x onerror=\"window.__notePwned = 2\"> after",
        "<iframe src=\"javascript:window.__notePwned=3\"></iframe>",
        "[click](javascript:window.__notePwned=4) and <a href=\"javascript:alert(1)\">a</a>",
        "<svg onload=\"window.__notePwned=5\"></svg>",
        "![x](https://example.com/tracker.png)",
    ];
    for note in hostile {
        let root = render(note).await;
        for tag in ["script", "img", "iframe", "svg", "[onerror]", "[onload]", "a[href^='javascript']"] {
            assert!(root.query_selector(tag).unwrap().is_none(), "{note:?} made a {tag} element");
        }
        let pwned = js_sys::Reflect::get(&gloo::utils::window(), &"__notePwned".into()).unwrap();
        assert!(pwned.is_undefined(), "{note:?} ran");
    }
    let root = render("<script>window.__notePwned = 1</script>").await;
    assert!(
        root.text_content().unwrap().contains("<script>window.__notePwned = 1</script>"),
        "shown as the text it is"
    );
}

#[wasm_bindgen_test]
async fn markdown_in_a_note_is_rendered() {
    let root = render("Who are the **two people**?\n\n- ask *the desk*\n- [memo](https://example.org/memo)").await;
    assert_eq!(root.query_selector("strong").unwrap().unwrap().text_content().unwrap(), "two people");
    assert_eq!(root.query_selector("li em").unwrap().unwrap().text_content().unwrap(), "the desk");
    let link = root.query_selector("a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("https://example.org/memo"));
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener noreferrer nofollow"));
}
