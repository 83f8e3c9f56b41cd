//! The examples in SCHEMA.md and the README are real: they load, and they
//! describe the same annotation; the README's is exactly what Lector exports.

use lector_annotations::{
    decode_stored, default_article_iri, read_import, read_import_with, ExportFormat, ExportOptions, ImportFormat,
    Scope, Timestamp,
};
use serde_json::Value;

const SCHEMA_MD: &str = include_str!("../SCHEMA.md");
const README_MD: &str = include_str!("../../../README.md");
const V1_FIXTURE: &str = include_str!("fixtures/schema-v1.json");

fn blocks_of(markdown: &'static str) -> Vec<&'static str> {
    markdown.split("```json\n").skip(1).filter_map(|rest| rest.split("\n```").next()).collect()
}

fn json_blocks() -> Vec<&'static str> {
    blocks_of(SCHEMA_MD)
}

#[test]
fn the_documented_examples_load_and_agree() {
    let blocks = json_blocks();
    assert_eq!(blocks.len(), 3, "SCHEMA.md should hold the Lector, the W3C and the corrections example");
    let correction: Value = serde_json::from_str(blocks[2]).expect("the corrections example is JSON");
    assert_eq!(correction["fix"], "set_source", "the corrections example sets a source");
    let lector = decode_stored(blocks[0]).expect("the Lector example loads");
    assert!(lector.skipped.is_empty(), "{:?}", lector.skipped);
    assert_eq!((lector.store.len(), lector.store.tombstones().count()), (1, 1));
    let documented = lector.store.iter().next().unwrap();

    let fixture = decode_stored(V1_FIXTURE).unwrap().store;
    assert_eq!(fixture.get(documented.id()), Some(documented), "SCHEMA.md and the v1 fixture disagree");

    let now = Timestamp::parse_rfc3339("2026-11-25T08:00:00Z").unwrap();
    // The example names the story by its original URL: the library knows it as article 000_….
    let library =
        |iri: &str| (iri == "https://news.example.org/2026/11/23/iran-missiles").then(|| documented.article().clone());
    let w3c = read_import_with(blocks[1], now, &library).expect("the W3C example imports");
    assert_eq!(w3c.format, ImportFormat::W3c);
    assert_eq!(w3c.annotations().get(documented.id()), Some(documented), "the W3C example is the same annotation");
}

#[test]
fn the_readme_example_is_a_lector_export_of_the_documented_annotation() {
    let examples: Vec<&str> =
        blocks_of(README_MD).into_iter().filter(|block| block.contains("\"schema\": \"lector-annotations\"")).collect();
    assert_eq!(examples.len(), 1, "README.md should hold one Lector JSON example");
    let now = Timestamp::parse_rfc3339("2026-11-25T08:00:00Z").unwrap();
    let file = read_import(examples[0], now).expect("the README's example imports");
    assert_eq!((file.format, file.len()), (ImportFormat::Lector, 1));

    let documented = decode_stored(json_blocks()[0]).unwrap().store;
    let documented = documented.iter().next().unwrap();
    assert_eq!(file.annotations().get(documented.id()), Some(documented), "README.md and SCHEMA.md disagree");

    // Not just readable: field for field what an export of it writes (no `deleted`, nothing extra).
    let options = ExportOptions { now, article_iri: &default_article_iri, article_title: &|_| None };
    let exported = file.annotations().export(ExportFormat::Lector, Scope::All, &options);
    let as_value = |text: &str| serde_json::from_str::<Value>(text).unwrap();
    assert_eq!(as_value(examples[0]), as_value(&exported), "Lector exports this instead:\n{exported}");
}
