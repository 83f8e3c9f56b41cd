//! Placeholder grouping (one entity per distinct surface form); replaced by
//! alias grouping of the entity issue.

use serde::Serialize;

use crate::ner::{EntityLabel, Mention};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entity {
    pub canonical: String,
    pub label: EntityLabel,
    /// Indices into the mention list, in text order.
    pub mentions: Vec<usize>,
}

pub fn group(text: &str, mentions: &[Mention]) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let surface = &text[m.bytes.clone()];
        match out.iter_mut().find(|e| e.canonical == surface && e.label == m.label) {
            Some(e) => e.mentions.push(i),
            None => out.push(Entity { canonical: surface.to_string(), label: m.label, mentions: vec![i] }),
        }
    }
    out
}
