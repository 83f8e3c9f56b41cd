//! `lector compare A B`: two versions of a story, sentence by sentence.

use lector_article::IsoDate;
use lector_compare::{compare, Comparison, Side};
use lector_text::Span;
use serde_json::{json, Value};

use crate::input::{read_text, rendered_text};

pub const USAGE: &str = "\
usage: lector compare A B [--date-a YYYY-MM-DD] [--date-b YYYY-MM-DD]
                          [--outlet-a NAME] [--outlet-b NAME]

Compares two articles (plain text, or .md articles read on their rendered
text, as `lector analyze` takes them; '-' reads one of them from stdin) and
prints one JSON object. Offsets are characters (Unicode scalar values) into
each article's text, end exclusive.

  pairs     each sentence of A with its counterpart in B when they state the
            same thing: {\"a\": {start, end}, \"b\": {start, end},
            \"relation\": \"copied\" (same words, small edits) or \"reworded\"
            (same claim, other words), \"similarity\": 0..1}. A sentence split
            in two is paired with each half.
  only_a, only_b   sentences with no counterpart in the other article.
  shifts    what changed between counterparts: {\"kind\", \"a\", \"b\", \"text\"}
            with kind one of hedge_changed, hedge_added, hedge_dropped,
            anonymous_source_added, anonymous_source_dropped,
            named_became_anonymous, anonymous_became_named,
            attribution_dropped, attribution_added, misquote,
            uncredited_reuse, credit_only_in_closing_line,
            entity_only_in_a, entity_only_in_b; a or b is null when the
            shift has no place on that side.
  reuse     share_of_a: share of A's sentences with a counterpart in B;
            share_of_b: of B's in A; and the copied and reworded parts.
  credits   earlier (\"a\", \"b\" or null when dates do not say), and how each
            credits the other's outlet: {\"outlet\", \"where\": \"in_text\" |
            \"closing_line\" | \"none\", \"span\"} (null when the outlet is unknown).
  verdict   one line for a reader, and the count of shifts by kind.

Dates and outlets come from a .md article's front matter; the options set or
override them.";

pub fn run(args: &[String]) -> Result<(), String> {
    let mut paths = Vec::new();
    let (mut dates, mut outlets): ([Option<String>; 2], [Option<String>; 2]) = Default::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().cloned().ok_or_else(|| format!("{name} needs a value\n\n{USAGE}"));
        match arg.as_str() {
            "--date-a" => dates[0] = Some(value("--date-a")?),
            "--date-b" => dates[1] = Some(value("--date-b")?),
            "--outlet-a" => outlets[0] = Some(value("--outlet-a")?),
            "--outlet-b" => outlets[1] = Some(value("--outlet-b")?),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            path if !path.starts_with("--") || path == "-" => paths.push(path.to_string()),
            other => return Err(format!("unknown option '{other}'\n\n{USAGE}")),
        }
    }
    let [path_a, path_b] = paths.as_slice() else {
        return Err(format!("compare takes two articles, got {}\n\n{USAGE}", paths.len()));
    };
    if path_a == "-" && path_b == "-" {
        return Err("only one of the two articles can be read from stdin".into());
    }
    let a = Loaded::read(path_a, dates[0].take(), outlets[0].take())?;
    let b = Loaded::read(path_b, dates[1].take(), outlets[1].take())?;
    let (analysis_a, analysis_b) = (lector_analysis::analyze(&a.text), lector_analysis::analyze(&b.text));
    let comparison = compare(
        &Side { text: &a.text, analysis: &analysis_a, outlet: a.outlet.as_deref(), date: a.date },
        &Side { text: &b.text, analysis: &analysis_b, outlet: b.outlet.as_deref(), date: b.date },
    );
    println!("{}", to_json(&comparison));
    Ok(())
}

/// An article read from a file: its rendered text, and the outlet and date
/// its front matter states (or the command line gives).
struct Loaded {
    text: String,
    outlet: Option<String>,
    date: Option<IsoDate>,
}

impl Loaded {
    fn read(path: &str, date: Option<String>, outlet: Option<String>) -> Result<Loaded, String> {
        let source = read_text(path)?;
        let meta = front_matter(path, &source);
        let text = rendered_text(path, source)?;
        let date = match date {
            Some(d) => Some(IsoDate::parse(&d).ok_or_else(|| format!("'{d}' is not a date of the form YYYY-MM-DD"))?),
            None => meta.as_ref().and_then(|m| m.date),
        };
        let outlet = outlet.or_else(|| meta.and_then(|m| m.outlet));
        Ok(Loaded { text, outlet, date })
    }
}

fn front_matter(path: &str, source: &str) -> Option<lector_article::ArticleMeta> {
    if !path.ends_with(".md") || !source.trim_start_matches('\u{feff}').starts_with("---") {
        return None;
    }
    lector_article::Article::parse("compare", source).ok().map(|a| a.meta)
}

fn span(s: Span) -> Value {
    json!({"start": s.start, "end": s.end})
}

fn round(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

fn to_json(c: &Comparison) -> Value {
    let pairs: Vec<Value> = c
        .pairs
        .iter()
        .map(|p| json!({"a": span(p.a), "b": span(p.b), "relation": p.relation, "similarity": round(p.similarity)}))
        .collect();
    let shifts: Vec<Value> = c
        .shifts
        .iter()
        .map(|s| json!({"kind": s.kind.code(), "a": s.a.map(span), "b": s.b.map(span), "text": s.text}))
        .collect();
    let r = &c.reuse;
    json!({
        "pairs": pairs,
        "only_a": c.only_a.iter().map(|s| span(*s)).collect::<Vec<_>>(),
        "only_b": c.only_b.iter().map(|s| span(*s)).collect::<Vec<_>>(),
        "shifts": shifts,
        "reuse": {
            "share_of_a": round(r.share_of_a), "share_of_b": round(r.share_of_b),
            "copied_of_a": round(r.copied_of_a), "reworded_of_a": round(r.reworded_of_a),
            "copied_of_b": round(r.copied_of_b), "reworded_of_b": round(r.reworded_of_b),
        },
        "credits": c.credits,
        "verdict": c.verdict,
    })
}
