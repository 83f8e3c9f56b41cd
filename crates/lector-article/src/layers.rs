//! One renderer for every highlight layer.
//!
//! Sentences, user annotations, hedge cues and entity mentions all mark spans
//! of the same text, and they overlap freely: an entity inside a hedge phrase,
//! an annotation that starts in the middle of a name, two annotations over one
//! another. HTML needs properly nested elements, so this module turns a text
//! block plus any set of marks into a tree: marks of outer layers contain marks
//! of inner layers, and a mark that crosses the boundary of an outer one is cut
//! into fragments (each fragment knows whether it starts or ends its mark, so
//! a label badge is drawn once). Inline markup (emphasis, links) is innermost.
//!
//! Marks within one layer may also overlap (two annotations); they are spread
//! over sub-levels first-fit, earlier and longer marks outside.

use lector_text::Span;

use crate::document::TextBlock;

/// A span to highlight. `layer` orders layers from outside (0) inwards;
/// `key` is the caller's own handle (an index into its list of mentions,
/// cues, annotations...), returned untouched in the tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    pub span: Span,
    pub layer: u8,
    pub key: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LayerNode {
    /// Text of `block.runs[run]` restricted to `span`.
    Text { span: Span, run: usize },
    /// A fragment of `marks[mark]` covering `span`.
    Mark { mark: usize, span: Span, starts: bool, ends: bool, children: Vec<LayerNode> },
}

/// Nests `marks` (any order, any overlaps) over `block`'s runs.
pub fn layer_tree(block: &TextBlock, marks: &[Mark]) -> Vec<LayerNode> {
    let mut relevant: Vec<usize> =
        (0..marks.len()).filter(|&i| marks[i].span.overlaps(&block.span) && !marks[i].span.is_empty()).collect();
    relevant.sort_by_key(|&i| (marks[i].layer, marks[i].span.start, std::cmp::Reverse(marks[i].span.end), i));

    // Spread each layer over sub-levels so that marks on one level never overlap.
    let mut levels: Vec<Vec<usize>> = Vec::new();
    let mut layer_first_level = 0;
    let mut current_layer = None;
    let mut level_ends: Vec<usize> = Vec::new();
    for &i in &relevant {
        let mark = &marks[i];
        if current_layer != Some(mark.layer) {
            current_layer = Some(mark.layer);
            layer_first_level = levels.len();
            level_ends.clear();
        }
        let sub = match level_ends.iter().position(|&end| end <= mark.span.start) {
            Some(sub) => sub,
            None => {
                level_ends.push(0);
                levels.push(Vec::new());
                level_ends.len() - 1
            }
        };
        level_ends[sub] = mark.span.end;
        levels[layer_first_level + sub].push(i);
    }

    let builder = TreeBuilder { block, marks, levels };
    builder.build(block.span, 0)
}

struct TreeBuilder<'a> {
    block: &'a TextBlock,
    marks: &'a [Mark],
    /// Mark indices per nesting level, outermost first, each sorted by start.
    levels: Vec<Vec<usize>>,
}

impl TreeBuilder<'_> {
    fn build(&self, range: Span, level: usize) -> Vec<LayerNode> {
        let Some(level_marks) = self.levels.get(level) else {
            return self.text_nodes(range);
        };
        let mut nodes = Vec::new();
        let mut at = range.start;
        for &i in level_marks {
            let mark = self.marks[i].span;
            let (start, end) = (mark.start.max(range.start), mark.end.min(range.end));
            if start >= end {
                continue;
            }
            let piece = Span::new(start, end);
            if at < piece.start {
                nodes.extend(self.build(Span::new(at, piece.start), level + 1));
            }
            nodes.push(LayerNode::Mark {
                mark: i,
                span: piece,
                starts: piece.start == mark.start,
                ends: piece.end == mark.end,
                children: self.build(piece, level + 1),
            });
            at = piece.end;
        }
        if at < range.end {
            nodes.extend(self.build(Span::new(at, range.end), level + 1));
        }
        nodes
    }

    fn text_nodes(&self, range: Span) -> Vec<LayerNode> {
        let first = self.block.runs.partition_point(|run| run.span.end <= range.start);
        self.block.runs[first..]
            .iter()
            .enumerate()
            .take_while(|(_, run)| run.span.start < range.end)
            .map(|(offset, run)| LayerNode::Text {
                span: Span::new(run.span.start.max(range.start), run.span.end.min(range.end)),
                run: first + offset,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::parse_markdown;

    /// Draws a tree as `[key:...]` brackets around text, with `~` on a side
    /// where a fragment continues a mark cut by an outer one.
    fn draw(text: &str, nodes: &[LayerNode], marks: &[Mark], names: &[&str]) -> String {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::new();
        for node in nodes {
            match node {
                LayerNode::Text { span, .. } => out.extend(&chars[span.start..span.end]),
                LayerNode::Mark { mark, starts, ends, children, .. } => {
                    out.push('[');
                    if !starts {
                        out.push('~');
                    }
                    out.push_str(names[marks[*mark].key]);
                    out.push(':');
                    out.push_str(&draw(text, children, marks, names));
                    if !ends {
                        out.push('~');
                    }
                    out.push(']');
                }
            }
        }
        out
    }

    fn find(text: &str, needle: &str) -> Span {
        let byte = text.find(needle).expect("needle in text");
        let start = text[..byte].chars().count();
        Span::new(start, start + needle.chars().count())
    }

    #[test]
    fn nests_and_fragments_overlapping_layers() {
        let text = "The White House declined to confirm the report, officials said.";
        /// (name, needle, layer)
        type MarkSpec<'a> = (&'a str, &'a str, u8);
        let table: [(&[MarkSpec], &str); 5] = [
            (&[], "The White House declined to confirm the report, officials said."),
            (
                &[("e", "White House", 3), ("h", "declined to confirm", 2)],
                "The [e:White House] [h:declined to confirm] the report, officials said.",
            ),
            (
                // An annotation (layer 1) crossing an entity's end cuts the entity.
                &[("e", "White House", 3), ("a", "House declined", 1)],
                "The [e:White ~][a:[~e:House] declined] to confirm the report, officials said.",
            ),
            (
                // Two annotations overlapping each other.
                &[("a", "White House declined", 1), ("b", "declined to confirm", 1)],
                "The [a:White House [b:declined~]][~b: to confirm] the report, officials said.",
            ),
            (
                // A sentence (layer 0) containing everything.
                &[("s", text, 0), ("e", "White House", 3)],
                "[s:The [e:White House] declined to confirm the report, officials said.]",
            ),
        ];
        let document = parse_markdown(None, text);
        let block = document.text_blocks()[0].clone();
        for (specs, want) in table {
            let names: Vec<&str> = specs.iter().map(|s| s.0).collect();
            let marks: Vec<Mark> = specs
                .iter()
                .enumerate()
                .map(|(key, (_, needle, layer))| Mark { span: find(text, needle), layer: *layer, key })
                .collect();
            let tree = layer_tree(&block, &marks);
            assert_eq!(draw(text, &tree, &marks, &names), want);
        }
    }

    #[test]
    fn inline_markup_is_innermost_and_text_is_never_lost() {
        let document = parse_markdown(None, "Iran *has denied* the **claims**.");
        let block = document.text_blocks()[0].clone();
        assert_eq!(document.text, "Iran has denied the claims.");
        let marks = [Mark { span: find(&document.text, "denied the claims"), layer: 2, key: 0 }];
        let tree = layer_tree(&block, &marks);
        let LayerNode::Mark { children, .. } = &tree[2] else { panic!("expected the cue third: {tree:?}") };
        // "denied" (emphasis), " the " (plain), "claims" (strong): three runs inside the cue.
        let runs: Vec<usize> = children
            .iter()
            .map(|n| match n {
                LayerNode::Text { run, .. } => *run,
                other => panic!("expected text, got {other:?}"),
            })
            .collect();
        assert_eq!(runs.len(), 3);
        assert!(block.runs[runs[0]].emphasis && block.runs[runs[2]].strong && !block.runs[runs[1]].strong);
    }

    /// Whatever the marks, the leaves spell the block's text in order, and
    /// each mark's fragments cover exactly its part of the block.
    #[test]
    fn any_marks_keep_text_and_coverage_exact() {
        let text = "Kirby said Moscow and Tehran “are considering” a joint line, officials said.";
        let document = parse_markdown(None, text);
        let block = document.text_blocks()[0].clone();
        let len = block.span.end;
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |bound: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % bound as u64) as usize
        };
        for _ in 0..300 {
            let marks: Vec<Mark> = (0..next(8))
                .map(|key| {
                    let a = next(len + 1);
                    let b = next(len + 1);
                    Mark { span: Span::new(a.min(b), a.max(b)), layer: next(4) as u8, key }
                })
                .collect();
            let tree = layer_tree(&block, &marks);
            let mut leaves = Vec::new();
            let mut covered = vec![Vec::new(); marks.len()];
            fn walk(nodes: &[LayerNode], leaves: &mut Vec<Span>, covered: &mut [Vec<Span>]) {
                for node in nodes {
                    match node {
                        LayerNode::Text { span, .. } => leaves.push(*span),
                        LayerNode::Mark { mark, span, children, .. } => {
                            covered[*mark].push(*span);
                            walk(children, leaves, covered);
                        }
                    }
                }
            }
            walk(&tree, &mut leaves, &mut covered);
            let mut at = block.span.start;
            for leaf in &leaves {
                assert_eq!(leaf.start, at, "gap or overlap in leaves for {marks:?}");
                at = leaf.end;
            }
            assert_eq!(at, block.span.end);
            for (i, mark) in marks.iter().enumerate() {
                let total: usize = covered[i].iter().map(Span::len).sum();
                assert_eq!(total, mark.span.len(), "mark {mark:?} covered by {:?}", covered[i]);
            }
        }
    }
}
