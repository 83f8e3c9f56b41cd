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

use crate::ner::Recognizer;
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
