//! `lector analyze FILE`: the JSON the maintainers' scorer reads.

use lector_text::{CharIndex, Span};

use crate::input::{read_text, rendered_text};

pub fn run(args: &[String]) -> Result<(), String> {
    let [path] = args else {
        return Err("usage: lector analyze FILE   (FILE '-' reads stdin)".into());
    };
    let text = rendered_text(path, read_text(path)?)?;
    let analysis = lector_analysis::analyze(&text);
    let index = CharIndex::new(&text);
    let slice = |span: Span| &text[index.byte_of_char(span.start)..index.byte_of_char(span.end)];
    let entities: Vec<_> = analysis
        .entities
        .iter()
        .map(|m| {
            serde_json::json!({
                "start": m.span.start, "end": m.span.end, "label": m.label.code(),
                "text": slice(m.span),
            })
        })
        .collect();
    let hedges: Vec<_> = analysis
        .cues
        .iter()
        .map(|c| {
            let mut cue = serde_json::json!({
                "start": c.span.start, "end": c.span.end, "kind": c.kind.code(),
                "text": slice(c.span),
            });
            if let Some(source) = &c.source {
                cue["source"] = source.clone().into();
            }
            cue
        })
        .collect();
    let sentences: Vec<_> = analysis
        .sentences
        .iter()
        .map(|s| serde_json::json!({"start": s.span.start, "end": s.span.end, "hedged": s.hedged}))
        .collect();
    let out = serde_json::json!({"entities": entities, "hedges": hedges, "sentences": sentences});
    println!("{out}");
    Ok(())
}
