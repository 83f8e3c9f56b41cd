//! `lector compare A B` as scripts use it: one JSON object, character offsets
//! into each article's rendered text.

mod common;

use serde_json::Value;

const ORIGINAL: &str = "---
title: Portugal to raise minimum wage by 6%
outlet: Meridian
date: 2025-03-04
---

LISBON (Meridian) — Portugal will raise its minimum wage by 6 percent next year, Labour Minister Rita Sousa said on Tuesday.

The increase was agreed with two of the country’s three main unions. The ministry believes that employers will accept it.

“This is a fair deal for workers and for employers,” Sousa told reporters.
";

const REWRITE: &str = "---
title: Portugal raises minimum wage
date: 2025-03-05
---

Portugal is to raise the minimum wage by 6 percent next year, Labour Minister Rita Sousa said on Tuesday.

The increase was agreed with two of the nation’s three main unions. The ministry suspects that employers will accept it.

“This is a fair deal for all workers,” Sousa told reporters.

Café owners in São Paulo were not consulted.

Source: Meridian
";

fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write article");
    path.to_string_lossy().into_owned()
}

fn lector(args: &[&str]) -> std::process::Output {
    common::run_lector(args, None)
}

fn render(path: &str) -> String {
    String::from_utf8(lector(&["render", path]).stdout).expect("utf-8")
}

fn chars(text: &str, span: &Value) -> String {
    let (start, end) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn compare_prints_pairs_shifts_and_a_verdict_with_character_offsets() {
    let dir = std::env::temp_dir().join(format!("lector-compare-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let (a, b) = (write(&dir, "original.md", ORIGINAL), write(&dir, "rewrite.md", REWRITE));
    let out = lector(&["compare", &a, &b]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let (text_a, text_b) = (render(&a), render(&b));

    let pairs: Vec<(String, String)> = json["pairs"]
        .as_array()
        .expect("pairs")
        .iter()
        .map(|p| (chars(&text_a, &p["a"]), chars(&text_b, &p["b"])))
        .collect();
    assert!(
        pairs.iter().any(|(x, y)| x.starts_with("LISBON") && y.starts_with("Portugal is to raise")),
        "the wage sentences pair: {pairs:?}"
    );
    for p in json["pairs"].as_array().unwrap() {
        assert!(["copied", "reworded"].contains(&p["relation"].as_str().unwrap()), "{p}");
        let s = p["similarity"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&s), "{p}");
    }
    let only_b: Vec<String> = json["only_b"].as_array().unwrap().iter().map(|s| chars(&text_b, s)).collect();
    assert!(only_b.contains(&"Café owners in São Paulo were not consulted.".to_string()), "{only_b:?}");

    let shifts = json["shifts"].as_array().expect("shifts");
    let hedge = shifts.iter().find(|s| s["kind"] == "hedge_changed").expect("believe → suspect is a shift");
    assert_eq!(chars(&text_a, &hedge["a"]), "believes");
    assert_eq!(chars(&text_b, &hedge["b"]), "suspects");
    let misquote = shifts.iter().find(|s| s["kind"] == "misquote").expect("the quote lost words");
    assert!(chars(&text_a, &misquote["a"]).contains("for employers"), "{misquote}");
    assert!(shifts.iter().any(|s| s["kind"] == "credit_only_in_closing_line"), "{shifts:?}");

    let share_of_b = json["reuse"]["share_of_b"].as_f64().unwrap();
    let sentences_b = json["pairs"].as_array().unwrap().len() + only_b.len();
    assert!(share_of_b > 0.5 && share_of_b < 1.0, "{share_of_b} of {sentences_b}");
    assert_eq!(json["credits"]["earlier"], "a");
    assert_eq!(json["credits"]["b_credits_a"]["where"], "closing_line");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn compare_explains_itself_and_refuses_bad_input() {
    let help = lector(&["compare", "--help"]);
    assert!(help.status.success());
    let help = String::from_utf8_lossy(&help.stdout);
    for word in ["pairs", "only_a", "shifts", "share_of_b", "credits", "copied", "reworded"] {
        assert!(help.contains(word), "--help mentions {word}");
    }
    let one = lector(&["compare", "only-one.txt"]);
    assert!(!one.status.success());
    assert!(String::from_utf8_lossy(&one.stderr).contains("two articles"));
    let missing = lector(&["compare", "no-such-a.txt", "no-such-b.txt"]);
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read no-such-a.txt"));
    let date = lector(&["compare", "a", "b", "--date-a", "yesterday"]);
    assert!(!date.status.success());
}
