//! Measures where `matching::SIMILAR` must sit: the fingerprint similarity
//! of an article with edited copies of itself (words substituted, inserted
//! and deleted at 5% to 50% of words; a paragraph added and one cut) against
//! the similarity of different articles (CoNLL-2003 Reuters documents; the
//! sample articles, two of which are one story told by two outlets).
//! Deterministic. Run by `scripts/bench-versions.sh`:
//!
//! `cargo run --release -p lector-versions --example version_threshold -- CONLL_TRAIN DATA_DIR [ARTICLES]`

use lector_article::Article;
use lector_compare::bench_corpus::{documents, join, paragraphs};
use lector_compare::Fingerprint;
use lector_versions::SIMILAR;

/// A small deterministic generator (SplitMix64), so every run edits alike.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

/// Substitutes, inserts or deletes (one third each) a share `rate` of words,
/// new words drawn from `vocabulary`; paragraph breaks kept.
fn edit_words(text: &str, rate: f64, vocabulary: &[&str], rng: &mut Rng) -> String {
    let paragraphs: Vec<String> = text
        .split("\n\n")
        .map(|p| {
            let mut out: Vec<&str> = Vec::new();
            for word in p.split(' ') {
                if !rng.chance(rate) {
                    out.push(word);
                    continue;
                }
                match rng.below(3) {
                    0 => out.push(vocabulary[rng.below(vocabulary.len())]),
                    1 => {
                        out.push(word);
                        out.push(vocabulary[rng.below(vocabulary.len())]);
                    }
                    _ => {}
                }
            }
            out.join(" ")
        })
        .collect();
    paragraphs.join("\n\n")
}

/// A paragraph from another article added, one of this one's cut.
fn update(text: &str, other: &str, rng: &mut Rng) -> String {
    let mut paragraphs: Vec<&str> = text.split("\n\n").collect();
    if paragraphs.len() > 2 {
        paragraphs.remove(1 + rng.below(paragraphs.len() - 1));
    }
    let extra: Vec<&str> = other.split("\n\n").collect();
    paragraphs.push(extra[rng.below(extra.len())]);
    paragraphs.join("\n\n")
}

fn percentile(values: &mut [f32], p: f64) -> f32 {
    values.sort_by(f32::total_cmp);
    let k = ((values.len() - 1) as f64 * p).round() as usize;
    values[k]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (conll, data) = match (args.get(1), args.get(2)) {
        (Some(c), Some(d)) => (c, d),
        _ => {
            eprintln!("usage: version_threshold CONLL_TRAIN DATA_DIR [ARTICLES]");
            std::process::exit(2);
        }
    };
    let wanted: usize = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(500);
    let conll = std::fs::read_to_string(conll).expect("read the CoNLL file");
    let mut texts: Vec<String> = documents(&conll)
        .iter()
        .map(|doc| join(&paragraphs(doc)))
        .filter(|text| text.split(' ').count() >= 150)
        .take(wanted)
        .collect();
    let conll_count = texts.len();
    let mut samples: Vec<(String, String)> = std::fs::read_dir(data)
        .expect("read the data directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md") && p.file_name().is_some_and(|n| n != "README.md"))
        .filter_map(|p| {
            let id = p.file_stem()?.to_string_lossy().to_string();
            let article = Article::parse(&id, &std::fs::read_to_string(&p).ok()?).ok()?;
            Some((id, article.document.text))
        })
        .collect();
    samples.sort();
    texts.extend(samples.iter().map(|(_, t)| t.clone()));
    let prints: Vec<Fingerprint> = texts.iter().map(|t| Fingerprint::of_text(t)).collect();

    let mut distinct: Vec<f32> = Vec::new();
    let mut closest = (0.0f32, 0, 0);
    for i in 0..prints.len() {
        for j in i + 1..prints.len() {
            let s = prints[i].similarity(&prints[j]);
            distinct.push(s);
            if s > closest.0 {
                closest = (s, i, j);
            }
        }
    }
    println!(
        "articles: {conll_count} CoNLL-2003 documents of 150+ words and {} samples; SIMILAR = {SIMILAR}",
        samples.len()
    );
    println!("\n| pairs | n | median | 99th pct | 99.9th pct | max | at or above SIMILAR |");
    println!("|---|---|---|---|---|---|---|");
    let n = distinct.len();
    let above = distinct.iter().filter(|s| **s >= SIMILAR).count();
    let (median, p99, p999) =
        (percentile(&mut distinct, 0.5), percentile(&mut distinct, 0.99), percentile(&mut distinct, 0.999));
    println!("| different articles | {n} | {median:.3} | {p99:.3} | {p999:.3} | {:.3} | {above} |", closest.0);
    let name = |k: usize| if k >= conll_count { samples[k - conll_count].0.clone() } else { format!("conll#{k}") };
    println!("closest different pair: {} / {} ({:.3})", name(closest.1), name(closest.2), closest.0);
    for i in 0..samples.len() {
        for j in i + 1..samples.len() {
            let s = prints[conll_count + i].similarity(&prints[conll_count + j]);
            println!("samples {} / {}: {s:.3}", samples[i].0, samples[j].0);
        }
    }

    let vocabulary: Vec<&str> = texts.iter().flat_map(|t| t.split_whitespace()).collect();
    let mut rng = Rng(17);
    let mut scenarios: Vec<(String, Vec<f32>)> = Vec::new();
    println!("\n| edited copy of each article | min | 1st pct | median | below SIMILAR |");
    println!("|---|---|---|---|---|");
    for rate in [0.05, 0.15, 0.30, 0.50] {
        let mut sims: Vec<f32> = texts
            .iter()
            .zip(&prints)
            .map(|(t, f)| Fingerprint::of_text(&edit_words(t, rate, &vocabulary, &mut rng)).similarity(f))
            .collect();
        let below = sims.iter().filter(|s| **s < SIMILAR).count();
        let (p1, median) = (percentile(&mut sims, 0.01), percentile(&mut sims, 0.5));
        println!(
            "| {:.0}% of words edited | {:.3} | {p1:.3} | {median:.3} | {below} of {} |",
            rate * 100.0,
            sims[0],
            sims.len()
        );
        scenarios.push((format!("{:.0}% edited", rate * 100.0), sims));
    }
    let mut sims: Vec<f32> = (0..texts.len())
        .map(|i| {
            let other = &texts[(i + 1) % texts.len()];
            let edited = edit_words(&update(&texts[i], other, &mut rng), 0.05, &vocabulary, &mut rng);
            Fingerprint::of_text(&edited).similarity(&prints[i])
        })
        .collect();
    let below = sims.iter().filter(|s| **s < SIMILAR).count();
    let (p1, median) = (percentile(&mut sims, 0.01), percentile(&mut sims, 0.5));
    println!(
        "| a paragraph added, one cut, 5% of words edited | {:.3} | {p1:.3} | {median:.3} | {below} of {} |",
        sims[0],
        sims.len()
    );
    scenarios.push(("paragraph +1 -1, 5% edited".to_string(), sims));

    println!(
        "\n| threshold | different pairs at or above | {} |",
        scenarios.iter().map(|s| format!("{} below", s.0)).collect::<Vec<_>>().join(" | ")
    );
    println!("|---|---|{}", "---|".repeat(scenarios.len()));
    for t in [0.3f32, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6] {
        let wrong = distinct.iter().filter(|s| **s >= t).count();
        let missed: Vec<String> =
            scenarios.iter().map(|(_, sims)| sims.iter().filter(|s| **s < t).count().to_string()).collect();
        println!("| {t:.2} | {wrong} | {} |", missed.join(" | "));
    }
    let mut close: Vec<(f32, usize, usize)> = Vec::new();
    for i in 0..prints.len() {
        for j in i + 1..prints.len() {
            let s = prints[i].similarity(&prints[j]);
            if s >= 0.3 {
                close.push((s, i, j));
            }
        }
    }
    close.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("\ndifferent articles at 0.3 or above (their first words):");
    let opening = |k: usize| texts[k].chars().take(70).collect::<String>().replace('\n', " ");
    for (s, i, j) in close {
        println!("{s:.3}  {}  |  {}", opening(i), opening(j));
    }
}
