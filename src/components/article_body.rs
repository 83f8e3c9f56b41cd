//! The article's blocks as HTML, every highlight drawn by one layered
//! renderer. Text reaches the DOM only as text nodes: nothing from an article
//! is ever parsed as HTML.
//!
//! Block elements carry `data-start`/`data-end` (character offsets into the
//! rendered text) so a DOM selection maps back to the offsets annotations
//! store. Badges and icons are CSS pseudo-elements (`::before`/`::after`
//! with `attr()`), so they are never part of the selected text.

use std::rc::Rc;

use lector_analysis::{CueKind, EntityLabel};
use lector_article::{layer_tree, Block, LayerNode, Run, RunKind, TextBlock, TextRole};
use yew::prelude::*;

use lector_annotations::corrections::{Layer as CorrectionLayer, PlacedCorrection};

use crate::corrected::describe;
use crate::highlights::{Highlight, HighlightSet};
use crate::layer::cue_icon;
use crate::opened::OpenedArticle;

#[derive(Properties, PartialEq)]
pub struct ArticleBodyProps {
    pub opened: Rc<OpenedArticle>,
    pub highlights: Rc<HighlightSet>,
    /// Rendered between the headline and the body (byline, summary).
    #[prop_or_default]
    pub after_title: Html,
}

#[component(ArticleBody)]
pub fn article_body(props: &ArticleBodyProps) -> Html {
    let ctx = RenderContext { opened: &props.opened, highlights: &props.highlights };
    let blocks = &props.opened.article.document.blocks;
    let (title, body) = match blocks.split_first() {
        Some((Block::Text(title), rest)) if title.role == TextRole::Title => (Some(title), rest),
        _ => (None, &blocks[..]),
    };
    html! {
        <>
            <header class="article-header">
                { for title.map(|t| ctx.text_block(t)) }
                { props.after_title.clone() }
            </header>
            <div class="article-text">
                { for body.iter().map(|b| ctx.block(b)) }
            </div>
        </>
    }
}

struct RenderContext<'a> {
    opened: &'a OpenedArticle,
    highlights: &'a HighlightSet,
}

impl RenderContext<'_> {
    fn block(&self, block: &Block) -> Html {
        match block {
            Block::Text(text) => self.text_block(text),
            Block::Quote(inner) => html! { <blockquote>{ for inner.iter().map(|b| self.block(b)) }</blockquote> },
            Block::List { start: Some(start), items } => html! {
                <ol start={start.to_string()}>{ for items.iter().map(|item| self.list_item(item)) }</ol>
            },
            Block::List { start: None, items } => html! {
                <ul>{ for items.iter().map(|item| self.list_item(item)) }</ul>
            },
            Block::Rule => html! { <hr /> },
        }
    }

    fn list_item(&self, blocks: &[Block]) -> Html {
        html! { <li>{ for blocks.iter().map(|b| self.block(b)) }</li> }
    }

    fn text_block(&self, block: &TextBlock) -> Html {
        let tree = layer_tree(block, &self.highlights.marks);
        let content = self.nodes(block, &tree);
        let start = block.span.start.to_string();
        let end = block.span.end.to_string();
        match block.role {
            TextRole::Title => html! {
                <h1 class="article-title text-block" tabindex="-1" data-start={start} data-end={end}>{ content }</h1>
            },
            TextRole::Heading(level) => {
                // The headline is the page's h1; the article's own headings sit below it.
                let tag = format!("h{}", (level + 1).min(6));
                html! { <@{tag} class="text-block" data-start={start} data-end={end}>{ content }</@> }
            }
            TextRole::Paragraph => html! { <p class="text-block" data-start={start} data-end={end}>{ content }</p> },
            TextRole::Caption => html! {
                <figure class="caption">
                    <figcaption class="text-block" data-start={start} data-end={end}>{ content }</figcaption>
                </figure>
            },
            TextRole::Preformatted => html! {
                <pre class="text-block" data-start={start} data-end={end}>{ content }</pre>
            },
        }
    }

    fn nodes(&self, block: &TextBlock, nodes: &[LayerNode]) -> Html {
        nodes.iter().map(|node| self.node(block, node)).collect()
    }

    fn node(&self, block: &TextBlock, node: &LayerNode) -> Html {
        match node {
            LayerNode::Text { span, run } => run_html(&block.runs[*run], self.opened.slice(*span)),
            LayerNode::Mark { mark, starts, ends, children, .. } => {
                let key = self.highlights.marks[*mark].key;
                let inner = self.nodes(block, children);
                self.mark_html(self.highlights.items[key], *starts, *ends, inner)
            }
        }
    }

    fn mark_html(&self, item: Highlight, starts: bool, ends: bool, inner: Html) -> Html {
        let analysis = &self.opened.analysis;
        let continues = classes!((!starts).then_some("cont-start"), (!ends).then_some("cont-end"));
        match item {
            Highlight::Sentence(i) => {
                let hedged = analysis.sentences[i].hedged;
                let elsewhere = self.highlights.elsewhere.iter().find(|(s, _)| *s == i).filter(|_| ends);
                html! {
                    <span class={classes!("sentence", continues)} data-sentence={i.to_string()}
                        data-hedged={if hedged { "true" } else { "false" }}>{ inner }
                        { for elsewhere.map(|(_, n)| elsewhere_marker(i, *n)) }</span>
                }
            }
            Highlight::Pair { link, copied } => {
                let lit = self.highlights.active_pair == Some(link);
                html! {
                    <span class={classes!("pair", if copied { "pair-copied" } else { "pair-reworded" },
                            lit.then_some("pair-lit"), continues)}
                        data-pair={link.to_string()} tabindex={starts.then_some("0")}>{ inner }</span>
                }
            }
            Highlight::Changed => html! { <span class="changed-word">{ inner }</span> },
            Highlight::Annotation(i) => {
                let Some(mark) = self.highlights.annotations.get(i) else { return inner };
                // The note marker is a pseudo-element (`data-note`), drawn once,
                // after the last fragment: it is never part of the selectable text.
                html! {
                    <mark class={classes!("annotation", format!("annotation-{}", mark.colour.name()), continues,
                            mark.approximate.then_some("approximate"))}
                        data-annotation-id={mark.id.as_str().to_string()} tabindex="-1"
                        data-note={(ends && mark.has_note).then_some("✎")}
                        title={(!mark.summary.is_empty()).then(|| mark.summary.clone())}>{ inner }</mark>
                }
            }
            Highlight::Cue(i) => {
                let cue = &analysis.cues[i];
                let code = cue.kind.code();
                let title = match &cue.source {
                    Some(source) => format!("{}: {source}. {}", cue.kind.label(), cue.kind.explanation()),
                    None => format!("{}: {}", cue.kind.label(), cue.kind.explanation()),
                };
                let described = highlight_type_id(code);
                let corrected = self.opened.correction_at(cue.span, CorrectionLayer::Cue);
                let title = corrected_title(corrected, title);
                let corrected = corrected.map(|p| p.correction.id().as_str().to_string());
                let classes =
                    classes!("cue", format!("cue-{code}"), continues, corrected.is_some().then_some("corrected"));
                if cue.kind.is_hedge() {
                    html! {
                        <span class={classes} data-hedge={code} tabindex="-1" data-correction={corrected}
                            role="mark" aria-describedby={described.clone()}
                            data-cue={i.to_string()} data-icon={starts.then_some(cue_icon(cue.kind))} {title}>{ inner }</span>
                    }
                } else {
                    html! {
                        <span class={classes} tabindex="-1" data-correction={corrected}
                            role="mark" aria-describedby={described} data-attribution={cue.source.clone().unwrap_or_default()}
                            data-cue={i.to_string()} {title}>{ inner }</span>
                    }
                }
            }
            Highlight::Dismissed(i) => {
                let Some(placed) = self.opened.corrections.get(i) else { return inner };
                html! {
                    <span class={classes!("dismissed", continues)} data-correction={placed.correction.id().as_str().to_string()}
                        data-dismissed={placed.correction.fix().old().map(str::to_string)}
                        title={format!("Your correction: {}", describe(placed.correction.fix()))}>{ inner }</span>
                }
            }
            Highlight::Entity(i) => {
                let mention = &analysis.entities[i];
                let code = mention.label.code();
                let group = self.opened.entity_of_mention.get(i).copied().unwrap_or(usize::MAX);
                let title = analysis.entity_groups.get(group).map(|entity| {
                    let n = entity.mentions.len();
                    format!(
                        "{}: {} ({n} mention{})",
                        mention.label.display_name(),
                        entity.canonical,
                        if n == 1 { "" } else { "s" }
                    )
                });
                let corrected = self.opened.correction_at(mention.span, CorrectionLayer::Entity);
                let title = title.map(|title| corrected_title(corrected, title));
                let corrected = corrected.map(|p| p.correction.id().as_str().to_string());
                let marked = corrected.is_some().then_some("corrected");
                html! {
                    <span class={classes!("entity", format!("entity-{}", code.to_lowercase()), continues, marked)}
                        data-correction={corrected}
                        data-entity={code} data-entity-id={group.to_string()} data-mention={i.to_string()} tabindex="-1"
                        role="mark" aria-describedby={highlight_type_id(code)}
                        data-badge={ends.then_some(code)} {title}>{ inner }</span>
                }
            }
        }
    }
}

/// The id of the hidden element naming a highlight's type (its `data-*`
/// code): the highlight's accessible description, so a screen reader says
/// "Kirby, Person" where the eye sees the badge (which carries no text for
/// assistive technology, see style/main.css).
pub fn highlight_type_id(code: &str) -> String {
    format!("highlight-type-{}", code.to_lowercase())
}

/// The descriptions [`highlight_type_id`] points to, rendered once per page
/// beside the article (hidden: they are read only as descriptions).
#[component(HighlightTypes)]
pub fn highlight_types() -> Html {
    let entities = EntityLabel::ALL.map(|label| (label.code(), label.display_name()));
    let cues = CueKind::ALL.map(|kind| (kind.code(), kind.label()));
    html! {
        <div hidden=true>
            { for entities.into_iter().chain(cues).map(|(code, name)| html! {
                <span id={highlight_type_id(code)}>{ name }</span>
            }) }
        </div>
    }
}

/// A corrected highlight's tooltip starts with what the reader changed.
fn corrected_title(corrected: Option<&PlacedCorrection>, title: String) -> String {
    match corrected {
        Some(placed) => format!("Your correction: {}. {title}", describe(placed.correction.fix())),
        None => title,
    }
}

/// The "this claim elsewhere" marker: a button without text (its icon is
/// a CSS pseudo-element), so the article's text and offsets stay the same.
fn elsewhere_marker(sentence: usize, articles: usize) -> Html {
    let label = format!("This claim elsewhere: {articles} other article{}", if articles == 1 { "" } else { "s" });
    html! {
        <button type="button" class="elsewhere-marker" data-elsewhere={sentence.to_string()}
            aria-label={label.clone()} title={label}></button>
    }
}

/// One inline run as elements: emphasis, code, links (only those the
/// Markdown parser let through). Shared with the rendering of notes.
pub fn run_html(run: &Run, text: &str) -> Html {
    let mut html = match run.kind {
        RunKind::LineBreak => return html! { <br /> },
        RunKind::Code => html! { <code>{ text }</code> },
        RunKind::Text => html! { { text } },
    };
    if run.strikethrough {
        html = html! { <del>{ html }</del> };
    }
    if run.emphasis {
        html = html! { <em>{ html }</em> };
    }
    if run.strong {
        html = html! { <strong>{ html }</strong> };
    }
    if let Some(href) = &run.link {
        html = html! { <a href={href.clone()} target="_blank" rel="noopener noreferrer nofollow">{ html }</a> };
    }
    html
}
