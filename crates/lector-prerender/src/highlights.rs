//! The analyzers' highlights drawn into the pre-rendered article, as the
//! app draws them with the reader's default settings (every layer shown):
//! the same marks in the same layers (src/highlights.rs) and the same
//! elements, classes and data attributes (src/components/article_body.rs).
//! The highlights are on screen with the text, and when the app takes over
//! they are already where it puts them, so nothing moves. Only the reader's
//! own annotations and non-default layer switches wait for the app.

use lector_analysis::Analysis;
use lector_article::Mark;

use crate::markup::Markup;

const SENTENCE_LAYER: u8 = 0;
const CUE_LAYER: u8 = 2;
const ENTITY_LAYER: u8 = 3;

#[derive(Clone, Copy)]
enum Highlight {
    Sentence(usize),
    Cue(usize),
    Entity(usize),
}

pub struct Highlights {
    analysis: Analysis,
    items: Vec<Highlight>,
    pub marks: Vec<Mark>,
    entity_of_mention: Vec<usize>,
}

impl Highlights {
    pub fn new(analysis: Analysis) -> Highlights {
        let mut items = Vec::new();
        let mut marks = Vec::new();
        let mut push = |item, span, layer| {
            marks.push(Mark { span, layer, key: items.len() });
            items.push(item);
        };
        for (i, sentence) in analysis.sentences.iter().enumerate() {
            push(Highlight::Sentence(i), sentence.span, SENTENCE_LAYER);
        }
        for (i, cue) in analysis.cues.iter().enumerate() {
            push(Highlight::Cue(i), cue.span, CUE_LAYER);
        }
        for (i, mention) in analysis.entities.iter().enumerate() {
            push(Highlight::Entity(i), mention.span, ENTITY_LAYER);
        }
        let mut entity_of_mention = vec![usize::MAX; analysis.entities.len()];
        for (group, entity) in analysis.entity_groups.iter().enumerate() {
            for &mention in &entity.mentions {
                if let Some(slot) = entity_of_mention.get_mut(mention) {
                    *slot = group;
                }
            }
        }
        Highlights { analysis, items, marks, entity_of_mention }
    }

    /// Opens the element of mark `mark` (a fragment: `starts`/`ends` say
    /// whether the mark begins or finishes inside it); returns its tag.
    pub fn open(&self, m: &mut Markup, mark: usize, starts: bool, ends: bool) -> &'static str {
        let continues = match (starts, ends) {
            (true, true) => "",
            (false, true) => " cont-start",
            (true, false) => " cont-end",
            (false, false) => " cont-start cont-end",
        };
        let analysis = &self.analysis;
        match self.items[self.marks[mark].key] {
            Highlight::Sentence(i) => {
                let class = format!("sentence{continues}");
                let index = i.to_string();
                let hedged = if analysis.sentences[i].hedged { "true" } else { "false" };
                m.open(
                    "span",
                    &[("class", Some(&class)), ("data-sentence", Some(&index)), ("data-hedged", Some(hedged))],
                );
            }
            Highlight::Cue(i) => {
                let cue = &analysis.cues[i];
                let code = cue.kind.code();
                let title = match &cue.source {
                    Some(source) => format!("{}: {source}. {}", cue.kind.label(), cue.kind.explanation()),
                    None => format!("{}: {}", cue.kind.label(), cue.kind.explanation()),
                };
                let index = i.to_string();
                if cue.kind.is_hedge() {
                    let class = format!("cue cue-{code}{continues}");
                    m.open(
                        "span",
                        &[
                            ("class", Some(&class)),
                            ("data-hedge", Some(code)),
                            ("tabindex", Some("-1")),
                            ("data-cue", Some(&index)),
                            ("data-icon", starts.then_some(cue_icon(code))),
                            ("title", Some(&title)),
                        ],
                    );
                } else {
                    let class = format!("cue cue-attribution{continues}");
                    m.open(
                        "span",
                        &[
                            ("class", Some(&class)),
                            ("tabindex", Some("-1")),
                            ("data-attribution", Some(cue.source.as_deref().unwrap_or_default())),
                            ("data-cue", Some(&index)),
                            ("title", Some(&title)),
                        ],
                    );
                }
            }
            Highlight::Entity(i) => {
                let mention = &analysis.entities[i];
                let code = mention.label.code();
                let group = self.entity_of_mention.get(i).copied().unwrap_or(usize::MAX);
                let title = analysis.entity_groups.get(group).map(|entity| {
                    let n = entity.mentions.len();
                    let plural = if n == 1 { "" } else { "s" };
                    format!("{}: {} ({n} mention{plural})", mention.label.display_name(), entity.canonical)
                });
                let class = format!("entity entity-{}{continues}", code.to_lowercase());
                let (group, index) = (group.to_string(), i.to_string());
                m.open(
                    "span",
                    &[
                        ("class", Some(&class)),
                        ("data-entity", Some(code)),
                        ("data-entity-id", Some(&group)),
                        ("data-mention", Some(&index)),
                        ("tabindex", Some("-1")),
                        ("data-badge", ends.then_some(code)),
                        ("title", title.as_deref()),
                    ],
                );
            }
        }
        "span"
    }
}

/// The app's `cue_icon`: plain glyphs every font has.
fn cue_icon(code: &str) -> &'static str {
    match code {
        "anonymous_source" => "?",
        "uncertainty" => "~",
        "allegation" => "!",
        "denial" => "✕",
        _ => "",
    }
}
