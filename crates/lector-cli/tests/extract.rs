//! `lector extract` as scripts and the eval script use it.

mod common;

use std::process::Output;

use serde_json::Value;

fn lector(args: &[&str], stdin: &[u8]) -> Output {
    common::run_lector(args, Some(stdin))
}

fn json(out: &Output) -> Value {
    assert!(out.status.success(), "failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

fn temp_file(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("lector-extract-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

const SCRAPE: &str = "Menu\nHarbour board votes to close the old swing bridge\nBy Ana Ruiz\n\n\
The harbour board of Eastmere voted on Tuesday to close the old swing bridge for repairs.\n\n\
Engineers said corrosion in the girders had advanced faster than expected.\n\n\
Share this article\n";

#[test]
fn a_scrape_on_stdin_prints_the_documented_object() {
    let out = lector(&["extract", "-"], SCRAPE.as_bytes());
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let value = json(&out);
    let keys: Vec<&str> = ["title", "byline", "outlet", "published", "text", "dropped"].to_vec();
    let positions: Vec<usize> = keys.iter().map(|k| stdout.find(&format!("\"{k}\"")).expect(k)).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "keys out of the documented order: {stdout}");
    assert_eq!(value["title"], "Harbour board votes to close the old swing bridge");
    assert_eq!(value["byline"], "Ana Ruiz");
    assert_eq!(value["outlet"], Value::Null);
    assert_eq!(value["published"], Value::Null);
    assert_eq!(
        value["text"],
        "The harbour board of Eastmere voted on Tuesday to close the old swing bridge for repairs.\n\n\
         Engineers said corrosion in the girders had advanced faster than expected."
    );
    let dropped: Vec<(String, String)> = value["dropped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["text"].as_str().unwrap().to_string(), d["reason"].as_str().unwrap().to_string()))
        .collect();
    for (text, reason) in [("Menu", "navigation"), ("By Ana Ruiz", "byline"), ("Share this article", "share")] {
        assert!(dropped.contains(&(text.to_string(), reason.to_string())), "{text}: {dropped:?}");
    }
    let last = value["dropped"].as_array().unwrap().last().unwrap();
    assert_eq!((last["text"].as_str(), last["at"].as_u64()), (Some("Share this article"), Some(2)));
}

#[test]
fn a_saved_page_in_its_declared_encoding() {
    let paragraph = "The caf\u{e9} on the quay reopened on Saturday after a year of repairs to its roof, and the queue for its cr\u{e8}me br\u{fb}l\u{e9}e reached the harbour wall before noon.";
    let html = format!(
        "<html><head><meta charset=\"windows-1252\"><title>Quay caf\u{e9} reopens after a year of repairs</title>\
         <meta property=\"article:published_time\" content=\"2024-06-01T09:00:00+01:00\"></head>\
         <body><nav><a href=\"/\">Home</a></nav><article><p>{paragraph}</p><p>{paragraph}</p></article>\
         <script>alert(1)</script></body></html>"
    );
    let bytes: Vec<u8> = html.chars().map(|c| u8::try_from(u32::from(c)).expect("latin-1 text")).collect();
    let path = temp_file("page.htm", &bytes);
    let value = json(&lector(&["extract", &path], b""));
    assert_eq!(value["title"], "Quay café reopens after a year of repairs");
    assert_eq!(value["published"], "2024-06-01");
    assert_eq!(value["text"], format!("{paragraph}\n\n{paragraph}"));
}

#[test]
fn help_describes_the_command() {
    let out = lector(&["extract", "--help"], b"");
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for needle in ["usage: lector extract FILE", "\"published\"", ".html", ".txt", ".md", "'-' reads", "never guessed"]
    {
        assert!(help.contains(needle), "help lacks {needle}: {help}");
    }
}

#[test]
fn bad_files_fail_with_a_message_and_no_output() {
    let binary = temp_file("photo.html", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let labels = temp_file("labels.txt", b"Home\nNews\nSport\n");
    let huge = temp_file("huge.html", &vec![b' '; 20_000_000]);
    let cases: [(&[&str], &[u8], &str); 5] = [
        (&["extract", &huge], b"", "20.0 MB"),
        (&["extract", &binary], b"", "binary"),
        (&["extract", &labels], b"", "no article text"),
        (&["extract", "/nonexistent/page.html"], b"", "cannot read"),
        (&["extract", "-", "--format", "pdf"], b"", "unknown format"),
    ];
    for (args, stdin, message) in cases {
        let out = lector(args, stdin);
        assert!(!out.status.success(), "{args:?} succeeded");
        assert!(out.stdout.is_empty(), "{args:?} printed output");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
    std::fs::remove_file(huge).expect("remove the 20 MB file");
}
