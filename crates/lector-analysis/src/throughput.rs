//! Throughput measurement of the analyzer, stage by stage, shared by the
//! native `lector bench` and an in-browser (WebAssembly) harness: the caller
//! supplies the clock (`Instant` natively, `performance.now()` in a page).
//!
//! Absolute times on a shared machine are noisy, so every run also measures
//! tokenization alone, and the report gives each stage's cost as a multiple
//! of it: a ratio measured in the same run survives load on the machine
//! better than a megabytes-per-second figure does.

use std::fmt::Write;
use std::hint::black_box;

use crate::hedges;
use crate::ner::Recognizer;
use crate::profile::SourcingProfile;
use crate::{analyze, sentences, tokenize};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Tokenization alone: the baseline.
    Tokenize,
    /// Tokens, sentences and entity recognition.
    Entities,
    /// Everything [`analyze`] does (entities, hedges, sentences, grouping,
    /// character offsets).
    Analyze,
}

impl Stage {
    pub const ALL: [Stage; 3] = [Stage::Tokenize, Stage::Entities, Stage::Analyze];

    pub fn name(self) -> &'static str {
        match self {
            Stage::Tokenize => "tokenize",
            Stage::Entities => "entities",
            Stage::Analyze => "analyze",
        }
    }

    fn run(self, text: &str) -> usize {
        match self {
            Stage::Tokenize => tokenize::tokenize(text).len(),
            Stage::Entities => {
                let tokens = tokenize::tokenize(text);
                let sentences = sentences::split(text);
                Recognizer::shipped().recognize(text, &tokens, &sentences).len()
            }
            Stage::Analyze => analyze(text).entities.len(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Measurement {
    pub stage: Stage,
    pub bytes: usize,
    /// Seconds for one pass over all texts: fastest and median of the runs.
    pub best: f64,
    pub median: f64,
}

impl Measurement {
    pub fn megabytes_per_second(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.best
    }
}

/// Times `runs` passes of `stage` over `texts` (each analyzed on its own, as
/// the app analyzes one article at a time). `now` returns seconds.
pub fn measure(stage: Stage, texts: &[String], runs: usize, now: &dyn Fn() -> f64) -> Measurement {
    // Load the model and gazetteers before timing.
    black_box(Stage::Analyze.run("Warm-up in Paris."));
    let mut times = Vec::with_capacity(runs.max(1));
    for _ in 0..runs.max(1) {
        let start = now();
        for text in texts {
            black_box(stage.run(black_box(text)));
        }
        times.push(now() - start);
    }
    times.sort_by(f64::total_cmp);
    Measurement {
        stage,
        bytes: texts.iter().map(String::len).sum(),
        best: times[0].max(1e-9),
        median: times[times.len() / 2].max(1e-9),
    }
}

/// One line per stage: MB/s (best run), median, and time relative to
/// tokenization measured in the same run.
pub fn report(measurements: &[Measurement]) -> String {
    let baseline = measurements.iter().find(|m| m.stage == Stage::Tokenize).map(|m| m.best);
    let mut out = String::new();
    for m in measurements {
        let _ = write!(
            out,
            "{:<9} {:8.2} MB/s (best; median {:6.2} MB/s) over {:.2} MB",
            m.stage.name(),
            m.megabytes_per_second(),
            m.bytes as f64 / 1e6 / m.median,
            m.bytes as f64 / 1e6
        );
        if let Some(base) = baseline {
            let _ = write!(out, "  {:5.1}x tokenize time", m.best / base);
        }
        out.push('\n');
    }
    out
}

/// What the hedge layer (cue finding and the sourcing profile) adds to an
/// analysis, measured on tokens, sentences and entities prepared beforehand,
/// against the whole analysis of the same texts in the same run.
#[derive(Clone, Debug)]
pub struct HedgeLayerCost {
    pub words: usize,
    /// Microseconds per 1,000 words (best run).
    pub hedge_layer: f64,
    pub whole_analysis: f64,
}

impl HedgeLayerCost {
    pub fn report(&self) -> String {
        format!(
            "hedge layer {:.0} us per 1,000 words, whole analysis {:.0} us per 1,000 words ({:.1}% of it), {} words\n",
            self.hedge_layer,
            self.whole_analysis,
            100.0 * self.hedge_layer / self.whole_analysis,
            self.words
        )
    }
}

pub fn measure_hedge_layer(texts: &[String], runs: usize, now: &dyn Fn() -> f64) -> HedgeLayerCost {
    let prepared: Vec<_> = texts
        .iter()
        .map(|text| {
            let tokens = tokenize::tokenize(text);
            let sentences = sentences::split(text);
            let mentions = Recognizer::shipped().recognize(text, &tokens, &sentences);
            let words = tokens.iter().filter(|t| t.is_word()).count();
            (text.as_str(), tokens, sentences, mentions, words)
        })
        .collect();
    let words: usize = prepared.iter().map(|p| p.4).sum::<usize>().max(1);
    let hedges = best_of(runs, now, || {
        for (text, tokens, sentences, mentions, words) in &prepared {
            let cues = hedges::find_cues(text, tokens, sentences, mentions);
            let profile = SourcingProfile::new(
                *words,
                sentences.iter().map(|_| false),
                cues.iter().map(|c| c.kind),
                cues.iter().filter_map(|c| {
                    let named = c.kind == hedges::CueKind::Attribution;
                    let anonymous = c.kind == hedges::CueKind::AnonymousSource;
                    c.source.as_deref().filter(|_| named || anonymous).map(|s| (s, named))
                }),
            );
            black_box((cues, profile));
        }
    });
    let whole = best_of(runs, now, || {
        for text in texts {
            black_box(analyze(black_box(text)));
        }
    });
    let per_thousand = |seconds: f64| seconds * 1e6 / words as f64 * 1000.0;
    HedgeLayerCost { words, hedge_layer: per_thousand(hedges), whole_analysis: per_thousand(whole) }
}

fn best_of(runs: usize, now: &dyn Fn() -> f64, mut pass: impl FnMut()) -> f64 {
    pass(); // warm up: lexicons and model load once
    (0..runs.max(1))
        .map(|_| {
            let start = now();
            pass();
            now() - start
        })
        .fold(f64::INFINITY, f64::min)
        .max(1e-9)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_every_stage_against_the_tokenizer() {
        let texts = vec!["WASHINGTON (AP) — The United States said on Monday.".to_string()];
        let clock = std::cell::Cell::new(0.0);
        // A fake clock that advances one second per reading: every pass
        // takes one second whatever the stage.
        let now = || {
            clock.set(clock.get() + 1.0);
            clock.get()
        };
        let measurements: Vec<_> = Stage::ALL.iter().map(|&s| measure(s, &texts, 3, &now)).collect();
        let report = report(&measurements);
        assert_eq!(report.lines().count(), 3);
        assert!(report.contains("analyze") && report.contains("1.0x tokenize time"), "{report}");
        assert_eq!(measurements[0].bytes, texts[0].len());
    }
}
