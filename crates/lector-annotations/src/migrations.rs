//! Upgrading documents written by older versions of Lector.
//!
//! Each schema change adds one [`Migration`] from the previous version,
//! written as a function of the JSON document, so that readers' existing
//! notes keep loading after an update. Migrations run on the JSON value
//! before validation and only reshape it; whatever they cannot make sense of
//! is left for validation to report, item by item.
//!
//! To change the schema: bump [`crate::SCHEMA_VERSION`], add the function
//! and its entry in [`MIGRATIONS`], add `tests/fixtures/schema-vN.json`
//! written by the old version and a test that it loads; keep every older
//! fixture and its test. The storage key changes with the version (see
//! `storage.rs`), so the old key keeps the old data for a downgrade.

use serde_json::Value;

use crate::error::{DecodeError, Problem};
use crate::schema::SCHEMA_VERSION;

/// Upgrades a document from version `from` to `from + 1`.
pub(crate) struct Migration {
    pub from: u64,
    pub upgrade: fn(Value) -> Value,
}

/// Oldest first.
const MIGRATIONS: &[Migration] = &[Migration { from: 1, upgrade: v1_to_v2 }];

/// Version 2 added optional fields (a note's `format` and `language`, the
/// kept `w3c` fields, quote-only targets, `foreign` annotations) that a
/// version 1 Lector would drop on saving; a version 1 document has none of
/// them and means the same in version 2. Stored under its own key, so
/// going back to a version 1 Lector finds its data as it left it.
fn v1_to_v2(document: Value) -> Value {
    document
}

/// Brings `document`, found at version `found`, to [`SCHEMA_VERSION`].
pub(crate) fn upgrade(document: Value, found: u64) -> Result<Value, DecodeError> {
    upgrade_with(document, found, SCHEMA_VERSION, MIGRATIONS)
}

fn upgrade_with(mut document: Value, found: u64, target: u64, migrations: &[Migration]) -> Result<Value, DecodeError> {
    let mut version = found;
    while version < target {
        let Some(step) = migrations.iter().find(|m| m.from == version) else {
            return Err(DecodeError::Invalid {
                problems: vec![Problem {
                    item: None,
                    item_id: None,
                    field: "version".into(),
                    message: format!(
                        "{version} is a schema version this Lector cannot upgrade from (it reads {target})"
                    ),
                }],
                total: 1,
            });
        };
        document = (step.upgrade)(document);
        version += 1;
        if let Value::Object(map) = &mut document {
            map.insert("version".into(), Value::from(version));
        }
    }
    Ok(document)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_older_version_has_a_migration() {
        for version in (1..).take_while(|&v| v < SCHEMA_VERSION) {
            assert!(
                MIGRATIONS.iter().any(|m| m.from == version),
                "schema version {version} has no migration to {}",
                version + 1
            );
        }
    }

    /// A made-up change to exercise the chain: version 2 renamed `body.colour` to `body.color`, version 3 made tags a string.
    fn rename_colour(mut document: Value) -> Value {
        if let Some(items) = document.get_mut("annotations").and_then(Value::as_array_mut) {
            for body in items.iter_mut().filter_map(|item| item.get_mut("body")).filter_map(Value::as_object_mut) {
                if let Some(colour) = body.remove("colour") {
                    body.insert("color".into(), colour);
                }
            }
        }
        document
    }

    fn join_tags(mut document: Value) -> Value {
        if let Some(items) = document.get_mut("annotations").and_then(Value::as_array_mut) {
            for body in items.iter_mut().filter_map(|item| item.get_mut("body")) {
                let joined = body["tags"]
                    .as_array()
                    .map(|tags| tags.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(","));
                if let Some(joined) = joined {
                    body["tags"] = Value::from(joined);
                }
            }
        }
        document
    }

    #[test]
    fn migrations_chain_and_stamp_the_version() {
        let chain = [Migration { from: 2, upgrade: join_tags }, Migration { from: 1, upgrade: rename_colour }];
        let v1 = json!({"schema": "lector-annotations", "version": 1,
            "annotations": [{"body": {"colour": "pink", "tags": ["a", "b"]}}, "not an object"]});
        let v3 = upgrade_with(v1, 1, 3, &chain).unwrap();
        assert_eq!(
            v3,
            json!({"schema": "lector-annotations", "version": 3,
                "annotations": [{"body": {"color": "pink", "tags": "a,b"}}, "not an object"]})
        );
    }

    #[test]
    fn a_version_without_migration_is_refused_by_name() {
        let err = upgrade_with(json!({}), 1, 3, &[Migration { from: 2, upgrade: join_tags }]).unwrap_err();
        assert!(err.to_string().contains("1 is a schema version this Lector cannot upgrade from"), "{err}");
    }

    #[test]
    fn version_1_documents_upgrade_to_version_2_meaning_the_same() {
        let v1 = json!({"schema": "lector-annotations", "version": 1,
            "annotations": [{"id": "x", "body": {"note": "n", "tags": ["a"], "colour": "pink"}}]});
        let mut want = v1.clone();
        want["version"] = json!(2);
        assert_eq!(upgrade(v1, 1).unwrap(), want);
    }

    #[test]
    fn the_current_version_passes_unchanged() {
        let doc = json!({"schema": "lector-annotations", "version": SCHEMA_VERSION, "annotations": []});
        assert_eq!(upgrade(doc.clone(), SCHEMA_VERSION).unwrap(), doc);
    }
}
