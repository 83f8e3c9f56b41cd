//! The examples in SCHEMA.md are real: they load, and they describe the same annotation.

use lector_annotations::{decode_stored, read_import, ImportFormat, Timestamp};

const SCHEMA_MD: &str = include_str!("../SCHEMA.md");
const V1_FIXTURE: &str = include_str!("fixtures/schema-v1.json");

fn json_blocks() -> Vec<&'static str> {
    SCHEMA_MD.split("```json\n").skip(1).filter_map(|rest| rest.split("\n```").next()).collect()
}

#[test]
fn the_documented_examples_load_and_agree() {
    let blocks = json_blocks();
    assert_eq!(blocks.len(), 2, "SCHEMA.md should hold the Lector and the W3C example");
    let lector = decode_stored(blocks[0]).expect("the Lector example loads");
    assert!(lector.skipped.is_empty(), "{:?}", lector.skipped);
    assert_eq!((lector.store.len(), lector.store.tombstones().count()), (1, 1));
    let documented = lector.store.iter().next().unwrap();

    let fixture = decode_stored(V1_FIXTURE).unwrap().store;
    assert_eq!(fixture.get(documented.id()), Some(documented), "SCHEMA.md and the v1 fixture disagree");

    let now = Timestamp::parse_rfc3339("2026-11-25T08:00:00Z").unwrap();
    let w3c = read_import(blocks[1], now).expect("the W3C example imports");
    assert_eq!(w3c.format, ImportFormat::W3c);
    assert_eq!(w3c.annotations().get(documented.id()), Some(documented), "the W3C example is the same annotation");
}
