//! `lector analyze FILE`: the JSON the maintainers' scorer reads.

use lector_analysis::hedges::CueKind;
use lector_text::{CharIndex, Span};

use crate::input::{read_text, rendered_text};

pub fn run(args: &[String]) -> Result<(), String> {
    const USAGE: &str = "usage: lector analyze [--data ANALYZER.bin] FILE   (FILE '-' reads stdin; --data analyses \
                         with a packed model and word lists, as the app loads them, instead of the built-in ones)";
    let (data, path) = match args {
        [path] => (None, path),
        [flag, data, path] if flag == "--data" => (Some(data), path),
        _ => return Err(USAGE.into()),
    };
    let text = rendered_text(path, read_text(path)?)?;
    let analysis = match data {
        None => lector_analysis::analyze(&text),
        Some(file) => {
            let bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
            let data = lector_analysis::AnalyzerData::from_bytes(&bytes).map_err(|e| format!("{file}: {e}"))?;
            lector_analysis::analyze_with(&data, &text)
        }
    };
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
    // "hedges" holds exactly the cues that make a sentence hedged, as the
    // scorer reads it (GUIDELINES.md: "a plainly named attribution is not a
    // hedge cue"), anonymous-source cues included. "attributions" answers who
    // is cited: named sources and unnamed ones (with the span of their
    // anonymous-source cue), each with its source and `named`.
    let hedges: Vec<_> = analysis
        .cues
        .iter()
        .filter(|c| c.kind.is_hedge())
        .map(|c| {
            serde_json::json!({
                "start": c.span.start, "end": c.span.end, "kind": c.kind.code(), "text": slice(c.span),
            })
        })
        .collect();
    let attributions: Vec<_> = analysis
        .attributions
        .iter()
        .map(|a| {
            let kind = if a.named { CueKind::Attribution } else { CueKind::AnonymousSource };
            serde_json::json!({
                "start": a.span.start, "end": a.span.end, "kind": kind.code(), "text": slice(a.span),
                "source": a.source, "named": a.named,
            })
        })
        .collect();
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
