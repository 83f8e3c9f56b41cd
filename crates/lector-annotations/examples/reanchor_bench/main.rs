//! How well annotations follow an article through editorial edits.
//!
//!     cargo run --release -p lector-annotations --example reanchor_bench [SEED]
//!     (or scripts/bench-reanchor.sh)
//!
//! On every text of the corpus (`corpus.rs`), 200 reader-like annotations
//! (one word to two sentences); the text is then edited at random (word
//! substitutions, insertions and deletions, typo fixes, sentences inserted
//! and deleted, paragraphs swapped) until the edits touch 1%, 5% or 15% of
//! its words, while every original character is followed (`edits.rs`), so
//! the true new place of each quote is known (`truth.rs`). Each annotation
//! is re-anchored in the edited text and counted:
//!
//! - **right words**: the placed characters cover at least half of what is
//!   left of the quote (unchanged or as the words that replaced its words),
//!   and either at least half of them came from the quote or all lie within
//!   its new extent; or **exact**: the span from the first to the last
//!   character left of the quote, no more, no less (words inserted into the
//!   quote included);
//! - **silently wrong**: placed anywhere else;
//! - **orphaned although findable**: not placed though at least two thirds
//!   of the quote are still there unchanged; for those, whether the first
//!   (one of the first three) of the places `reattach_candidates` offers is
//!   on the right words.
//!
//! Shares are of the annotations that are findable or were placed; those
//! whose words are gone and that were orphaned are counted apart.
//!
//! Then the time to re-anchor 1,000 annotations on a long article after 5%
//! edits, against a naive baseline measured in the same run (an exact
//! search for each quote). Deterministic for a given seed; nothing is asserted.
//! `DEBUG=1` prints every misplaced annotation and every findable orphan of
//! the texts tuned on (the others are looked at only as totals).

mod corpus;
mod edits;
mod rng;
mod truth;

use std::path::Path;
use std::time::{Duration, Instant};

use lector_annotations::{anchor, reattach_candidates, Anchoring, ArticleText, Target};

use corpus::Text;
use rng::Rng;
use truth::{selections, truth, Tally, Truth, Verdict};

const ANNOTATIONS_PER_TEXT: usize = 200;
const LEVELS: [f64; 3] = [0.01, 0.05, 0.15];
const DEFAULT_SEED: u64 = 17;

fn main() {
    let seed = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(DEFAULT_SEED);
    let debug = std::env::var("DEBUG").is_ok();
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let corpus = corpus::load(root);
    let all: Vec<&Text> = corpus.tuned.iter().chain(&corpus.held_out).collect();
    let sentence_pool: Vec<(usize, String)> = all
        .iter()
        .enumerate()
        .flat_map(|(n, text)| {
            let chars: Vec<char> = text.body.chars().collect();
            edits::sentences(&chars)
                .into_iter()
                .map(|(s, e)| chars[s..e].iter().collect::<String>())
                .filter(|s| s.split_whitespace().count() >= 4 && s.ends_with('.'))
                .map(move |s| (n, s))
                .collect::<Vec<_>>()
        })
        .collect();

    println!(
        "re-anchoring after random edits: {ANNOTATIONS_PER_TEXT} annotations on each of {} texts ({} tuned on, {} not), seed {seed}",
        all.len(),
        corpus.tuned.len(),
        corpus.held_out.len()
    );
    let mut totals = [Tally::default(); 3];
    let mut held_out = [Tally::default(); 3];
    let mut tuned = [Tally::default(); 3];
    for (n, text) in all.iter().enumerate() {
        // Sentences of other texts, leaving out any that shares five words
        // in a row with this one (the sample articles retell one story): an
        // inserted copy of a deleted sentence would be a copy, not an edit.
        let shingles = five_word_runs(&text.body);
        let others: Vec<String> = sentence_pool
            .iter()
            .filter(|(m, s)| *m != n && five_word_runs(s).is_disjoint(&shingles))
            .map(|(_, s)| s.clone())
            .collect();
        for (level_index, &level) in LEVELS.iter().enumerate() {
            let mut rng = Rng::new(seed ^ ((n as u64) << 20) ^ ((level_index as u64) << 40));
            let tuned_on = n < corpus.tuned.len();
            let tally = run_text(text, level, &others, &mut rng, debug && tuned_on);
            totals[level_index].merge(&tally);
            if n < corpus.tuned.len() {
                tuned[level_index].merge(&tally);
            } else {
                held_out[level_index].merge(&tally);
            }
        }
    }
    print_table("all texts", &totals);
    print_table("texts tuned on", &tuned);
    print_table("texts not tuned on", &held_out);
    timing(&corpus.tuned, &sentence_pool, seed);
}

fn five_word_runs(text: &str) -> std::collections::HashSet<Vec<&str>> {
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.windows(5).map(<[&str]>::to_vec).collect()
}

fn vocabulary(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

fn run_text(text: &Text, level: f64, sentences: &[String], rng: &mut Rng, debug: bool) -> Tally {
    let original = ArticleText::new(&text.body);
    let spans = selections(original.chars(), ANNOTATIONS_PER_TEXT, rng);
    let targets: Vec<Target> =
        spans.into_iter().filter_map(|span| Target::from_selection(&original, span).ok()).collect();
    let edited = edits::edit(&text.body, level, &vocabulary(&text.body), sentences, rng);
    let edited_text = ArticleText::new(&edited.text());
    let mut tally = Tally::default();
    for target in &targets {
        let truth = truth(&edited.cells, target.position());
        let result = anchor(&edited_text, target);
        let verdict = tally.add(&truth, &result);
        if matches!(verdict, Verdict::OrphanedFindable) {
            let offered: Vec<lector_text::Span> =
                reattach_candidates(&edited_text, target, 3).into_iter().map(|c| c.span).collect();
            tally.add_candidates(&truth, &offered);
        }
        if debug {
            print_case(&text.name, level, target, &truth, &result, &verdict, &edited_text);
        }
    }
    tally
}

fn print_case(
    name: &str,
    level: f64,
    target: &Target,
    truth: &Truth,
    result: &Anchoring,
    verdict: &Verdict,
    edited_text: &ArticleText,
) {
    if !matches!(verdict, Verdict::Wrong | Verdict::OrphanedFindable) {
        return;
    }
    let label = if matches!(verdict, Verdict::Wrong) { "WRONG" } else { "ORPHAN" };
    eprintln!(
        "{label} {name} {:.0}% {:?} [{:?} | {:?}] -> {:?} = {:?}; truth {:?} = {:?}",
        level * 100.0,
        target.quote().exact(),
        target.quote().prefix(),
        target.quote().suffix(),
        result,
        result.span().map(|s| edited_text.slice(s)),
        truth.span,
        truth.span.map(|s| {
            let wide = lector_text::Span::new(s.start.saturating_sub(30), (s.end + 30).min(edited_text.len()));
            edited_text.slice(wide)
        }),
    );
}

fn percent(part: usize, whole: usize) -> f64 {
    100.0 * part as f64 / whole.max(1) as f64
}

fn print_table(title: &str, tallies: &[Tally; 3]) {
    println!("\n{title}");
    println!("| edits | annotations | right words | exact | silently wrong | orphaned although findable | (weak, right suggestion / not found / ambiguous) | orphans whose first / top-3 re-attach candidate is right | words gone, orphaned |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for (level, t) in LEVELS.iter().zip(tallies) {
        println!(
            "| {:.0}% | {} | {:.2}% | {:.2}% | {:.2}% | {:.2}% | {} / {} / {} | {} / {} of {} | {} |",
            level * 100.0,
            t.annotations,
            percent(t.right, t.counted),
            percent(t.exact, t.counted),
            percent(t.wrong, t.counted),
            percent(t.orphaned_findable, t.counted),
            t.weak_right_suggestion,
            t.not_found,
            t.ambiguous,
            t.first_candidate_right,
            t.top3_candidate_right,
            t.orphaned_findable,
            t.gone,
        );
    }
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

/// Re-anchoring 1,000 annotations on a long article (the paragraphs of the
/// tuned texts joined up to 5,000 words) after 5% edits, against an exact search for each
/// quote, timed alternately so a load on the machine weighs on both alike.
fn timing(texts: &[Text], pool: &[(usize, String)], seed: u64) {
    // The sample articles retell one story: a paragraph sharing five words
    // in a row with one already taken is left out, as an article does not
    // repeat its own sentences.
    let mut body = String::new();
    let mut seen = std::collections::HashSet::new();
    'texts: for text in texts {
        for paragraph in text.body.split("\n\n") {
            if body.split_whitespace().count() >= 5_000 {
                break 'texts;
            }
            let runs = five_word_runs(paragraph);
            if !runs.is_disjoint(&seen) {
                continue;
            }
            seen.extend(runs);
            if !body.is_empty() {
                body.push_str("\n\n");
            }
            body.push_str(paragraph);
        }
    }
    let sentences: Vec<String> =
        pool.iter().filter(|(_, s)| five_word_runs(s).is_disjoint(&seen)).map(|(_, s)| s.clone()).collect();
    let mut rng = Rng::new(seed ^ 0xBEEF);
    let original = ArticleText::new(&body);
    let targets: Vec<Target> = selections(original.chars(), 1_000, &mut rng)
        .into_iter()
        .filter_map(|span| Target::from_selection(&original, span).ok())
        .collect();
    let edited = edits::edit(&body, 0.05, &vocabulary(&body), &sentences, &mut rng);
    let edited_string = edited.text();
    let edited_text = ArticleText::new(&edited_string);
    let anchor_all = || targets.iter().map(|t| anchor(&edited_text, t)).collect::<Vec<Anchoring>>();
    let naive = || targets.iter().filter(|t| edited_string.contains(t.quote().exact())).count();
    let (mut ours, mut baseline) = (Vec::new(), Vec::new());
    for _ in 0..9 {
        let start = Instant::now();
        std::hint::black_box(anchor_all());
        ours.push(start.elapsed());
        let start = Instant::now();
        std::hint::black_box(naive());
        baseline.push(start.elapsed());
    }
    let (ours, baseline) = (median(ours), median(baseline));
    let mut tally = Tally::default();
    for (target, result) in targets.iter().zip(anchor_all()) {
        let truth = truth(&edited.cells, target.position());
        let verdict = tally.add(&truth, &result);
        if std::env::var("DEBUG").is_ok() {
            print_case("long article", 0.05, target, &truth, &result, &verdict, &edited_text);
        }
    }
    println!(
        "\nre-anchoring {} annotations on a {}-word article after 5% edits: {:.1} ms; exact search for each quote {:.2} ms; ratio {:.0} \
         (right words {:.2}%, silently wrong {:.2}%)",
        targets.len(),
        body.split_whitespace().count(),
        ours.as_secs_f64() * 1000.0,
        baseline.as_secs_f64() * 1000.0,
        ours.as_secs_f64() / baseline.as_secs_f64(),
        percent(tally.right, tally.counted),
        percent(tally.wrong, tally.counted),
    );
}
