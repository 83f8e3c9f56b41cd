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
    // Named attributions ("Kirby said") are a layer of their own, not hedges
    // (GUIDELINES.md: "a plainly named attribution is not a hedge cue"): they
    // go under "attributions", with who is cited, so that "hedges" holds
    // exactly the cues that make a sentence hedged, as the scorer reads it.
    let cue_json = |c: &lector_analysis::Cue| {
        let mut cue = serde_json::json!({
            "start": c.span.start, "end": c.span.end, "kind": c.kind.code(),
            "text": slice(c.span),
        });
        if let Some(source) = &c.source {
            cue["source"] = source.clone().into();
        }
        cue
    };
    let (hedge_cues, attribution_cues): (Vec<_>, Vec<_>) = analysis.cues.iter().partition(|c| c.kind.is_hedge());
    let hedges: Vec<_> = hedge_cues.into_iter().map(cue_json).collect();
    let attributions: Vec<_> = attribution_cues.into_iter().map(cue_json).collect();
    let sentences: Vec<_> = analysis
        .sentences
        .iter()
        .map(|s| serde_json::json!({"start": s.span.start, "end": s.span.end, "hedged": s.hedged}))
        .collect();
    let out = serde_json::json!({
        "entities": entities, "hedges": hedges, "attributions": attributions, "sentences": sentences,
    });
    println!("{out}");
    Ok(())
}
