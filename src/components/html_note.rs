//! An HTML note from another tool, with its safe formatting: the tree of
//! `lector_annotations::sanitize_html` built into elements one by one (never
//! parsed as markup, never through the Markdown renderer, so its format is
//! kept as it came and re-exported as `text/html`).

use lector_annotations::{sanitize_html, HtmlNode, SafeTag};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HtmlNoteProps {
    /// The note's HTML, as the file had it.
    pub note: AttrValue,
}

#[component(HtmlNote)]
pub fn html_note(props: &HtmlNoteProps) -> Html {
    let tree = use_memo(props.note.clone(), |note| sanitize_html(note));
    html! { <div class="note-text note-html">{ for tree.iter().map(node) }</div> }
}

/// One node; the tree is at most `MAX_HTML_DEPTH` deep.
fn node(node: &HtmlNode) -> Html {
    match node {
        HtmlNode::Text(text) => html! { { text.clone() } },
        HtmlNode::Element { tag: SafeTag::Br, .. } => html! { <br /> },
        HtmlNode::Element { tag: SafeTag::A, href, children } => html! {
            <a href={href.clone()} target="_blank" rel="noopener noreferrer nofollow">{ for children.iter().map(self::node) }</a>
        },
        HtmlNode::Element { tag, children, .. } => html! {
            <@{tag.name()}>{ for children.iter().map(self::node) }</@>
        },
    }
}
