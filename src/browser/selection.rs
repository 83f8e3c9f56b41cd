//! The reader's DOM selection as characters of the article's rendered text,
//! and back.
//!
//! Annotations store offsets in Unicode code points of the rendered text
//! (`lector_text::Span`); the DOM counts UTF-16 units inside text nodes. The
//! article body marks each text block with `data-start`/`data-end` (its span
//! in the rendered text) and puts exactly the block's text in text nodes,
//! `<br>` standing for a "\n"; badges and icons are CSS pseudo-elements, not
//! text. So a boundary point inside a block is the block's start plus the
//! code points of the text before it; one between blocks (in a list's
//! margin, the byline, a separator) snaps to the nearest block edge inward,
//! so a drag that starts in a margin still selects whole words.

use lector_text::Span;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Range};
use yew::NodeRef;

use crate::browser::dom;
use crate::geometry::Anchor;

/// Which way a boundary falling inside a character (half of a surrogate
/// pair) is rounded: a selection never keeps half an emoji.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    /// A selection's start: rounds down, so the whole character is selected.
    Start,
    /// A selection's end: rounds up.
    End,
}

const TEXT_BLOCKS: &str = "[data-start][data-end]";

/// The page's selection as a span of the text rendered in `root`, or `None`
/// when nothing (or nothing but the space between blocks) is selected there.
pub fn selected_span(root: &Element) -> Option<Span> {
    let selection = web_sys::window()?.get_selection().ok().flatten()?;
    if selection.range_count() == 0 || selection.is_collapsed() {
        return None;
    }
    let first = selection.get_range_at(0).ok()?;
    let last = selection.get_range_at(selection.range_count() - 1).ok()?;
    let range = first.clone_range();
    range.set_end(&last.end_container().ok()?, last.end_offset().ok()?).ok()?;
    span_of_range(root, &range)
}

/// A DOM range as a span of the text rendered in `root`.
pub fn span_of_range(root: &Element, range: &Range) -> Option<Span> {
    if !range.intersects_node(root).ok()? {
        return None;
    }
    let blocks = text_blocks(root);
    let start = boundary_offset(&blocks, &range.start_container().ok()?, range.start_offset().ok()?, Edge::Start)?;
    let end = boundary_offset(&blocks, &range.end_container().ok()?, range.end_offset().ok()?, Edge::End)?;
    (start < end).then(|| Span::new(start, end))
}

/// The text blocks under `root` in document order, with their spans.
fn text_blocks(root: &Element) -> Vec<(Element, Span)> {
    let Ok(list) = root.query_selector_all(TEXT_BLOCKS) else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|el| {
            let start = el.get_attribute("data-start")?.parse().ok()?;
            let end = el.get_attribute("data-end")?.parse().ok()?;
            Some((el, Span::new(start, end)))
        })
        .collect()
}

/// The character offset of one boundary point (see the module docs).
pub fn boundary_offset(blocks: &[(Element, Span)], node: &Node, offset: u32, edge: Edge) -> Option<usize> {
    let probe = gloo::utils::document().create_range().ok()?;
    let mut previous_end = None;
    for (block, span) in blocks {
        probe.select_node_contents(block).ok()?;
        match probe.compare_point(node, offset).ok()? {
            0 => {
                let inside = chars_before(block, node, offset, edge).unwrap_or(0);
                return Some((span.start + inside).min(span.end));
            }
            n if n < 0 => {
                return Some(match edge {
                    Edge::Start => span.start,
                    Edge::End => previous_end.unwrap_or(span.start),
                })
            }
            _ => previous_end = Some(span.end),
        }
    }
    previous_end
}

/// Code points of rendered text between the start of `block` and the point
/// (`node`, `offset`), `<br>` counting as its "\n". `None` if the point is not in `block`.
fn chars_before(block: &Node, node: &Node, offset: u32, edge: Edge) -> Option<usize> {
    let mut count = 0;
    walk_until(block, node, offset, edge, &mut count).then_some(count)
}

fn walk_until(current: &Node, target: &Node, offset: u32, edge: Edge, count: &mut usize) -> bool {
    if current == target {
        if current.node_type() == Node::TEXT_NODE {
            *count += code_points_in_prefix(&current.node_value().unwrap_or_default(), offset, edge);
        } else {
            let children = current.child_nodes();
            for i in 0..offset.min(children.length()) {
                if let Some(child) = children.item(i) {
                    *count += rendered_len(&child);
                }
            }
        }
        return true;
    }
    match current.node_type() {
        Node::TEXT_NODE => *count += current.node_value().map_or(0, |t| t.chars().count()),
        Node::ELEMENT_NODE if is_line_break(current) => *count += 1,
        Node::ELEMENT_NODE => {
            let children = current.child_nodes();
            for i in 0..children.length() {
                if let Some(child) = children.item(i) {
                    if walk_until(&child, target, offset, edge, count) {
                        return true;
                    }
                }
            }
        }
        _ => {}
    }
    false
}

/// Code points of rendered text inside `node`.
fn rendered_len(node: &Node) -> usize {
    match node.node_type() {
        Node::TEXT_NODE => node.node_value().map_or(0, |t| t.chars().count()),
        Node::ELEMENT_NODE if is_line_break(node) => 1,
        Node::ELEMENT_NODE => {
            let children = node.child_nodes();
            (0..children.length()).filter_map(|i| children.item(i)).map(|c| rendered_len(&c)).sum()
        }
        _ => 0,
    }
}

fn is_line_break(node: &Node) -> bool {
    node.node_name().eq_ignore_ascii_case("br")
}

/// How many code points of `text` lie before UTF-16 offset `units`.
pub fn code_points_in_prefix(text: &str, units: u32, edge: Edge) -> usize {
    let mut seen = 0u32;
    let mut count = 0;
    for c in text.chars() {
        let next = seen + c.len_utf16() as u32;
        if next <= units {
            count += 1;
            seen = next;
            continue;
        }
        if seen < units && edge == Edge::End {
            count += 1;
        }
        break;
    }
    count
}

/// The DOM point at character `offset` of the text rendered in `root`. An
/// offset between two blocks goes to the next block's start for
/// [`Edge::Start`] and to the previous block's end for [`Edge::End`].
pub fn point_at(root: &Element, offset: usize, edge: Edge) -> Option<(Node, u32)> {
    let blocks = text_blocks(root);
    let index = match edge {
        Edge::Start => blocks.iter().position(|(_, span)| offset < span.end).or(blocks.len().checked_sub(1))?,
        Edge::End => blocks.iter().rposition(|(_, span)| offset > span.start).unwrap_or(0),
    };
    let (block, span) = blocks.get(index)?;
    let within = offset.clamp(span.start, span.end) - span.start;
    let mut remaining = within;
    point_in(block, &mut remaining).or_else(|| Some((block.clone().into(), block.child_nodes().length())))
}

fn point_in(node: &Node, remaining: &mut usize) -> Option<(Node, u32)> {
    let children = node.child_nodes();
    for i in 0..children.length() {
        let child = children.item(i)?;
        match child.node_type() {
            Node::TEXT_NODE => {
                let text = child.node_value().unwrap_or_default();
                let len = text.chars().count();
                if *remaining <= len {
                    let units: usize = text.chars().take(*remaining).map(char::len_utf16).sum();
                    return Some((child, units as u32));
                }
                *remaining -= len;
            }
            Node::ELEMENT_NODE if is_line_break(&child) => {
                if *remaining == 0 {
                    return Some((node.clone(), i));
                }
                *remaining -= 1;
            }
            Node::ELEMENT_NODE => {
                if let Some(point) = point_in(&child, remaining) {
                    return Some(point);
                }
            }
            _ => {}
        }
    }
    None
}

/// A DOM range over characters `span` of the text rendered in `root`.
pub fn range_of_span(root: &Element, span: Span) -> Option<Range> {
    let (start_node, start_offset) = point_at(root, span.start, Edge::Start)?;
    let (end_node, end_offset) = point_at(root, span.end, Edge::End)?;
    let range = gloo::utils::document().create_range().ok()?;
    range.set_start(&start_node, start_offset).ok()?;
    range.set_end(&end_node, end_offset).ok()?;
    Some(range)
}

/// Makes `span` the page's selection (used by tests and to show an orphan's suggested place).
pub fn select_span(root: &Element, span: Span) -> bool {
    let Some(range) = range_of_span(root, span) else { return false };
    let Some(selection) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) else { return false };
    selection.remove_all_ranges().is_ok() && selection.add_range(&range).is_ok()
}

/// Empties the page's selection (after an annotation was made from it).
pub fn clear() {
    if let Some(selection) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = selection.remove_all_ranges();
    }
}

/// Where the selection is drawn, relative to `container`'s top-left corner,
/// for placing a popover under it.
pub fn selection_box(container: &Element) -> Option<Anchor> {
    let selection = web_sys::window()?.get_selection().ok().flatten()?;
    if selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(selection.range_count() - 1).ok()?;
    let rect = range.get_bounding_client_rect();
    let base = container.get_bounding_client_rect();
    Some(Anchor { top: rect.top() - base.top(), left: rect.left() - base.left(), bottom: rect.bottom() - base.top() })
}

/// The reader's selection inside the article shown in `page` (its
/// `article.reader`), with where it is drawn relative to `page`.
pub fn in_reader(page: &NodeRef) -> Option<(Span, Anchor)> {
    let article = dom::article_in(page)?;
    Some((selected_span(&article)?, selection_box(&dom::element(page)?)?))
}

/// Puts a collapsed selection (the caret) at character `offset` of the text
/// rendered in `root`: after an annotation is made, the keyboard reader
/// goes on from its end.
pub fn collapse_at(root: &Element, offset: usize) -> bool {
    let Some((node, units)) = point_at(root, offset, Edge::End) else { return false };
    let Some(selection) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) else { return false };
    selection.collapse_with_offset(Some(&node), units).is_ok()
}

/// True when the page has no selection, or only a caret: a click then means
/// "open this", while a click that ends a drag means "I selected text".
pub fn is_empty() -> bool {
    web_sys::window().and_then(|w| w.get_selection().ok().flatten()).is_none_or(|s| s.is_collapsed())
}

/// [`collapse_at`] in the article shown in the reader `page`.
pub fn collapse_in_article(page: &NodeRef, offset: usize) -> bool {
    dom::article_in(page).is_some_and(|article| collapse_at(&article, offset))
}
