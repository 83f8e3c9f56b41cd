//! `lector analyze` as scripts and the maintainers' scorer use it.

mod common;

use serde_json::Value;

const ARTICLE: &str = "WASHINGTON (AP) — Iran’s mission denied it. “We never did,” said Sean Savett of the \
National Security Council. Officials believe the missiles may have arrived, according to two people familiar \
with the matter. 🎉 Done.\n";

fn lector(args: &[&str], stdin: Option<&str>) -> (Value, String) {
    let out = common::run_lector(args, stdin.map(str::as_bytes));
    assert!(out.status.success(), "lector {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    (serde_json::from_slice(&out.stdout).expect("one JSON object"), String::from_utf8_lossy(&out.stderr).into())
}

fn chars(text: &str, start: &Value, end: &Value) -> String {
    let (start, end) = (start.as_u64().unwrap() as usize, end.as_u64().unwrap() as usize);
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn offsets_are_characters_and_every_text_matches_its_span() {
    let (out, _) = lector(&["analyze", "-"], Some(ARTICLE));
    for key in ["entities", "hedges", "attributions"] {
        for item in out[key].as_array().unwrap_or_else(|| panic!("{key} is a list")) {
            assert_eq!(chars(ARTICLE, &item["start"], &item["end"]), item["text"].as_str().unwrap(), "{key}: {item}");
        }
    }
    let labels: Vec<(&str, &str)> = out["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["text"].as_str().unwrap(), e["label"].as_str().unwrap()))
        .collect();
    assert!(labels.contains(&("Sean Savett", "PER")), "{labels:?}");
    assert!(labels.contains(&("WASHINGTON", "LOC")), "{labels:?}");
    let kinds: Vec<&str> = out["hedges"].as_array().unwrap().iter().map(|h| h["kind"].as_str().unwrap()).collect();
    for kind in ["denial", "uncertainty", "anonymous_source"] {
        assert!(kinds.contains(&kind), "{kind} missing from {kinds:?}");
    }
    assert!(!kinds.contains(&"attribution"), "attributions are not hedges: {kinds:?}");
    let sources: Vec<&str> =
        out["attributions"].as_array().unwrap().iter().filter_map(|a| a["source"].as_str()).collect();
    assert!(sources.contains(&"Sean Savett"), "{sources:?}");
}

#[test]
fn sentences_cover_the_text_in_order_and_say_which_are_hedged() {
    let (out, _) = lector(&["analyze", "-"], Some(ARTICLE));
    let sentences = out["sentences"].as_array().unwrap();
    let texts: Vec<String> = sentences.iter().map(|s| chars(ARTICLE, &s["start"], &s["end"])).collect();
    assert_eq!(texts.len(), 4, "{texts:?}");
    assert!(texts[0].starts_with("WASHINGTON") && texts[3] == "🎉 Done.", "{texts:?}");
    let hedged: Vec<bool> = sentences.iter().map(|s| s["hedged"].as_bool().unwrap()).collect();
    assert_eq!(hedged, [true, false, true, false]);
}

#[test]
fn a_markdown_article_is_analyzed_on_its_rendered_text() {
    let dir = std::env::temp_dir().join(format!("lector-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("story.md");
    std::fs::write(&path, "---\ntitle: Kirby speaks\n---\n\nThe **White House** said so.\n").unwrap();
    let (out, _) = lector(&["analyze", path.to_str().unwrap()], None);
    let rendered = "Kirby speaks\n\nThe White House said so.";
    let entities: Vec<String> =
        out["entities"].as_array().unwrap().iter().map(|e| chars(rendered, &e["start"], &e["end"])).collect();
    assert!(entities.contains(&"White House".to_string()), "{entities:?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let out = common::run_lector(&["analyze", "/no/such/file.txt"], None);
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(message.contains("cannot read /no/such/file.txt"), "{message}");
}
