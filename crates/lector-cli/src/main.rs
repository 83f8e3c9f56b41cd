//! `lector`: the app's analyzers and article model on the command line.
//!
//! Each subcommand lives in its own module; this file only dispatches and turns
//! errors into a message and an exit status.

use std::process::ExitCode;

mod analyze;
mod bench;
mod bench_args;
mod bench_compare;
mod bench_extract;
mod compare;
mod eval_compare;
mod extract;
mod input;
mod msrp;
mod render;
mod train_compare;
mod train_ner;

const USAGE: &str = "\
usage: lector <command> [args]

commands:
  analyze FILE     print entities, hedge cues and sentences of FILE as JSON
                   (FILE '-' reads stdin; a .md file is analyzed on its rendered text;
                   --data ANALYZER.bin uses the app's packed model and word lists)
  compare A B      pair the sentences of two versions of a story, with shifts and
                   a verdict, as JSON (see lector compare --help)
  train-compare MSRP  fit the sentence-similarity weights of compare
  eval-compare MSRP   score compare on paraphrase pairs against baselines
  bench-compare    time compare and library ranking (see --help)
  train-ner TRAIN  train the entity model on a CoNLL file (see lector train-ner --help)
  bench [FILE...]  print the analyzer's throughput (see lector bench --help)
  extract FILE     print the article in a saved page, text scrape or Markdown
                   file as JSON: metadata, body text, dropped blocks
                   (see lector extract --help)
  bench-extract    print the extractor's time on a ~2 MB page (see --help)
  render FILE.md   print an article's rendered text (title and blocks): the text
                   that analyze offsets and annotation positions refer to
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let result = match command.as_str() {
        "analyze" => analyze::run(rest),
        "compare" => compare::run(rest),
        "train-compare" => train_compare::run(rest),
        "eval-compare" => eval_compare::run(rest),
        "bench-compare" => bench_compare::run(rest),
        "train-ner" => train_ner::run(rest),
        "bench" => bench::run(rest),
        "render" => render::run(rest),
        "extract" => extract::run(rest),
        "bench-extract" => bench_extract::run(rest),
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command '{other}'\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("lector: {message}");
            ExitCode::FAILURE
        }
    }
}
