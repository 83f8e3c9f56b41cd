//! Prints how long storage and anchoring take, next to a baseline measured in the same run.
//!
//!     cargo run --release -p lector-annotations --example bench
//!
//! 1. Save and load a store of 10,000 annotations (`encode_for_storage`,
//!    `decode_stored`) against plain serde_json (derived Serialize/Deserialize)
//!    of the same data, without validation or error paths.
//! 2. Anchor all 300 annotations of a 5,000-word article, unchanged and after
//!    edits, against the naive baseline "find each exact quote" (str::find).
//!
//! 3. Checks where the edited article's annotations landed (the paragraph
//!    each came from is known); `DEBUG=1` prints any that went elsewhere.
//!
//! Figures are medians of several runs, ours and the baseline alternating;
//! nothing is asserted. Runs with the workspace's release profile (opt-level
//! "z", as shipped to the browser).

use std::time::{Duration, Instant};

use lector_annotations::{
    anchor, decode_stored, encode_for_storage, AnnotationId, AnnotationStore, ArticleId, ArticleText, Body, Colour,
    Placement, Target, Timestamp,
};
use lector_text::Span;
use serde::{Deserialize, Serialize};

/// Deterministic pseudo-random numbers (the bench must be repeatable).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % below.max(1)
    }
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

/// Times `ours` and `baseline` alternately, so that a load from other
/// processes on this shared machine weighs on both alike; returns both medians.
fn time_pair<T, U>(
    repeats: usize,
    mut ours: impl FnMut() -> T,
    mut baseline: impl FnMut() -> U,
) -> (Duration, Duration) {
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for _ in 0..repeats {
        let start = Instant::now();
        std::hint::black_box(ours());
        a.push(start.elapsed());
        let start = Instant::now();
        std::hint::black_box(baseline());
        b.push(start.elapsed());
    }
    (median(a), median(b))
}

fn ratio(ours: Duration, baseline: Duration) -> f64 {
    ours.as_secs_f64() / baseline.as_secs_f64()
}

fn ms(d: Duration) -> String {
    format!("{:8.2} ms", d.as_secs_f64() * 1000.0)
}

/// The rendered text of the sample articles (front matter dropped), then
/// generated news-like paragraphs up to `words` words.
fn long_article(words: usize, rng: &mut Lcg) -> String {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data");
    let mut paragraphs: Vec<String> = Vec::new();
    if let Ok(entries) = std::fs::read_dir(data) {
        let mut paths: Vec<_> =
            entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "md")).collect();
        paths.sort();
        for path in paths.iter().filter(|p| !p.ends_with("README.md")) {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            let body = text.splitn(3, "---\n").nth(2).unwrap_or(&text);
            paragraphs.extend(body.split("\n\n").map(|p| p.trim().replace('\n', " ")).filter(|p| !p.is_empty()));
        }
    }
    const WORDS: &[&str] = &[
        "officials",
        "said",
        "the",
        "ministry",
        "denied",
        "allegedly",
        "according",
        "to",
        "people",
        "familiar",
        "with",
        "matter",
        "Kyiv",
        "Zürich",
        "São",
        "Paulo",
        "report",
        "sources",
        "anonymity",
        "believes",
        "talks",
        "resume",
        "week",
        "deal",
        "sanctions",
        "president",
        "spokesperson",
        "évalué",
        "naïve",
        "claims",
        "🎉",
        "weapons",
        "transfer",
        "confirmed",
        "statement",
        "analysts",
        "expected",
        "in",
        "of",
        "and",
        "a",
    ];
    let mut count: usize = paragraphs.iter().map(|p| p.split_whitespace().count()).sum();
    while count < words {
        let length = 30 + rng.next(60);
        let sentence: Vec<&str> = (0..length).map(|_| WORDS[rng.next(WORDS.len())]).collect();
        paragraphs.push(format!("{}.", sentence.join(" ")));
        count += length;
    }
    paragraphs.join("\n\n")
}

/// Plain mirror of the stored data, for the serde_json baseline.
#[derive(Serialize, Deserialize)]
struct PlainDoc {
    schema: String,
    version: u64,
    annotations: Vec<PlainAnnotation>,
}

#[derive(Serialize, Deserialize)]
struct PlainAnnotation {
    id: String,
    article: String,
    created: String,
    modified: String,
    note: String,
    tags: Vec<String>,
    colour: String,
    exact: String,
    prefix: String,
    suffix: String,
    start: usize,
    end: usize,
}

fn plain(store: &AnnotationStore) -> PlainDoc {
    let annotations = store
        .iter()
        .map(|a| PlainAnnotation {
            id: a.id().to_string(),
            article: a.article().to_string(),
            created: a.created().to_rfc3339(),
            modified: a.modified().to_rfc3339(),
            note: a.body().note().to_owned(),
            tags: a.body().tags().to_vec(),
            colour: a.body().colour().to_string(),
            exact: a.target().quote().exact().to_owned(),
            prefix: a.target().quote().prefix().to_owned(),
            suffix: a.target().quote().suffix().to_owned(),
            start: a.target().position().start,
            end: a.target().position().end,
        })
        .collect();
    PlainDoc { schema: "lector-annotations".into(), version: 1, annotations }
}

fn uuid(rng: &mut Lcg) -> AnnotationId {
    let hex = |rng: &mut Lcg, n: usize| (0..n).map(|_| format!("{:x}", rng.next(16))).collect::<String>();
    let text = format!("{}-{}-4{}-a{}-{}", hex(rng, 8), hex(rng, 4), hex(rng, 3), hex(rng, 3), hex(rng, 12));
    AnnotationId::parse(&text).expect("generated UUIDs are valid")
}

/// Word-aligned selections of 3 to 12 words.
fn selections(text: &str, count: usize, rng: &mut Lcg) -> Vec<Span> {
    let starts: Vec<usize> = {
        let chars: Vec<char> = text.chars().collect();
        (0..chars.len()).filter(|&i| chars[i].is_alphanumeric() && (i == 0 || chars[i - 1] == ' ')).collect()
    };
    let chars: Vec<char> = text.chars().collect();
    (0..count)
        .map(|_| {
            let w = rng.next(starts.len() - 20);
            let mut end = starts[w + 3 + rng.next(10)];
            while end > 0 && chars[end - 1] == ' ' {
                end -= 1;
            }
            Span::new(starts[w], end)
        })
        .collect()
}

fn main() {
    let mut rng = Lcg(2026);
    let now = Timestamp::from_millis(1_795_457_660_000).expect("valid time");
    let article_text = long_article(5_000, &mut rng);
    let text = ArticleText::new(&article_text);

    // 1. Storage of 10,000 annotations.
    let mut store = AnnotationStore::new();
    for (n, span) in selections(&article_text, 10_000, &mut rng).into_iter().enumerate() {
        let note = if n % 3 == 0 { String::new() } else { format!("Check this claim against the wire copy ({n}).") };
        let tags = [["anonymous", "denial", "two sources", "check"][n % 4]];
        let body = Body::new(note, tags, Colour::ALL[n % 5]).expect("valid body");
        let article = ArticleId::parse(&format!("article-{:03}", n % 200)).expect("valid article id");
        let stamp = Timestamp::from_millis(now.millis() + n as u64).expect("valid time");
        store.create(uuid(&mut rng), article, &text, span, body, stamp).expect("valid annotation");
    }
    let plain_doc = plain(&store);
    let saved = encode_for_storage(&store);
    let plain_saved = serde_json::to_string(&plain_doc).expect("serialises");
    assert!(decode_stored(&saved).expect("reads back").store == store, "round trip");
    let (save, plain_save) =
        time_pair(15, || encode_for_storage(&store), || serde_json::to_string(&plain_doc).expect("serialises"));
    let (load, plain_load) = time_pair(
        15,
        || decode_stored(&saved).expect("reads back"),
        || serde_json::from_str::<PlainDoc>(&plain_saved).expect("parses"),
    );
    println!(
        "store of {} annotations: {:.1} MB stored ({:.1} MB as plain serde_json)",
        store.len(),
        saved.len() as f64 / 1e6,
        plain_saved.len() as f64 / 1e6
    );
    println!("  save  {}   plain serde_json {}   ratio {:.2}", ms(save), ms(plain_save), ratio(save, plain_save));
    println!("  load  {}   plain serde_json {}   ratio {:.2}", ms(load), ms(plain_load), ratio(load, plain_load));

    // 2. Anchoring the annotations of one long article.
    let words = article_text.split_whitespace().count();
    let targets: Vec<Target> = selections(&article_text, 300, &mut rng)
        .into_iter()
        .map(|span| Target::from_selection(&text, span).expect("valid selection"))
        .collect();
    let naive = |text: &str, targets: &[Target]| targets.iter().filter(|t| text.contains(t.quote().exact())).count();
    let anchor_all = |text: &ArticleText| targets.iter().map(|t| anchor(text, t)).collect::<Vec<_>>();

    let results = anchor_all(&text);
    let (unchanged, baseline) = time_pair(15, || anchor_all(&text), || naive(&article_text, &targets));
    let at_position = results
        .iter()
        .filter(|r| matches!(r, lector_annotations::Anchoring::Placed { how: Placement::Position, .. }))
        .count();
    println!("anchoring {} annotations in a {words}-word article ({} characters)", targets.len(), text.len());
    println!(
        "  unchanged text   {}   naive exact search {}   ratio {:.2}   ({at_position} at their position)",
        ms(unchanged),
        ms(baseline),
        ratio(unchanged, baseline)
    );

    // Edits: a paragraph at the top, a word changed in every 7th paragraph, every 11th paragraph removed.
    let edited: String = {
        let paragraphs: Vec<&str> = article_text.split("\n\n").collect();
        let mut out = vec!["Editor's note: this article was updated with the ministry's response.".to_owned()];
        for (i, p) in paragraphs.iter().enumerate() {
            if i % 11 == 5 {
                continue;
            }
            out.push(if i % 7 == 3 { p.replacen(" the ", " a ", 2) } else { (*p).to_owned() });
        }
        out.join("\n\n")
    };
    let edited_text = ArticleText::new(&edited);
    let results = anchor_all(&edited_text);
    let (changed, baseline) = time_pair(9, || anchor_all(&edited_text), || naive(&edited, &targets));
    let count = |f: fn(&lector_annotations::Anchoring) -> bool| results.iter().filter(|r| f(r)).count();
    println!(
        "  edited text      {}   naive exact search {}   ratio {:.2}   (moved {}, fuzzy {}, orphaned {})",
        ms(changed),
        ms(baseline),
        ratio(changed, baseline),
        count(|r| matches!(r, lector_annotations::Anchoring::Placed { how: Placement::Moved, .. })),
        count(|r| matches!(r, lector_annotations::Anchoring::Placed { how: Placement::Fuzzy { .. }, .. })),
        count(|r| r.is_orphaned()),
    );
    println!("  per annotation (edited text): {:.3} ms", changed.as_secs_f64() * 1000.0 / targets.len() as f64);

    // Where did they land? Each paragraph of the edited text comes from a known original paragraph.
    let paragraph_of = |text: &str, offset: usize| -> usize {
        let before: String = text.chars().take(offset).collect();
        before.matches("\n\n").count()
    };
    let original_of_edited: Vec<Option<usize>> = std::iter::once(None)
        .chain((0..article_text.split("\n\n").count()).filter(|i| i % 11 != 5).map(Some))
        .collect();
    let (mut right, mut wrong, mut lost, mut rightly_orphaned) = (0, 0, 0, 0);
    for (target, result) in targets.iter().zip(&results) {
        // A quote may run over two paragraphs: it is in place if it lands on (what is left of) them.
        let old = paragraph_of(&article_text, target.position().start)
            ..=paragraph_of(&article_text, target.position().end - 1);
        let removed = old.clone().any(|p| p % 11 == 5);
        let lands_in_old = |span: Span| {
            [span.start, span.end - 1]
                .iter()
                .any(|&o| original_of_edited[paragraph_of(&edited, o)].is_some_and(|p| old.contains(&p)))
        };
        match result.span() {
            Some(span) if lands_in_old(span) => right += 1,
            Some(span) => {
                wrong += 1;
                if std::env::var("DEBUG").is_ok() {
                    eprintln!(
                        "WRONG {:?} {:?} -> {:?} {:?} removed={removed}",
                        target.quote(),
                        target.position(),
                        result,
                        edited_text.slice(span)
                    );
                }
            }
            None if removed => rightly_orphaned += 1,
            None => {
                lost += 1;
                if std::env::var("DEBUG").is_ok() {
                    eprintln!("LOST {:?} {:?} -> {:?}", target.quote(), target.position(), result);
                }
            }
        }
    }
    println!(
        "  placed in their own paragraph(s) {right}, placed elsewhere {wrong}; orphaned as (part of) their text was removed {rightly_orphaned}, orphaned though it is still there {lost}"
    );
}
