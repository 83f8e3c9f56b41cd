//! The reader's vocabulary of tags, for completion in the tag field.

use std::collections::BTreeMap;

use crate::body::tag_key;
use crate::store::AnnotationStore;

/// A tag and how many annotations carry it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TagUse {
    /// The spelling most annotations use (ties: the first in id order).
    pub tag: String,
    pub count: usize,
}

/// Uses of one tag, whatever its case, and of each of its spellings.
#[derive(Default)]
struct Tally<'a> {
    count: usize,
    spellings: Vec<(&'a str, usize)>,
}

impl AnnotationStore {
    /// Every tag in use across all articles, most used first, then alphabetically.
    /// Tags differing only in case count as one (grouped by `tag_key`, `same_tag`'s rule).
    pub fn tags(&self) -> Vec<TagUse> {
        let mut by_key: BTreeMap<String, Tally> = BTreeMap::new();
        for tag in self.iter().flat_map(|a| a.body().tags()) {
            let tally = by_key.entry(tag_key(tag)).or_default();
            tally.count += 1;
            match tally.spellings.iter_mut().find(|(s, _)| *s == tag.as_str()) {
                Some((_, n)) => *n += 1,
                None => tally.spellings.push((tag, 1)),
            }
        }
        let mut uses: Vec<(String, TagUse)> = by_key
            .into_iter()
            .map(|(key, Tally { count, spellings })| {
                let mut best = spellings[0];
                for &(spelling, n) in &spellings[1..] {
                    if n > best.1 {
                        best = (spelling, n);
                    }
                }
                (key, TagUse { tag: best.0.to_owned(), count })
            })
            .collect();
        uses.sort_by(|(ka, a), (kb, b)| b.count.cmp(&a.count).then_with(|| ka.cmp(kb)));
        uses.into_iter().map(|(_, tag_use)| tag_use).collect()
    }

    /// Up to `limit` tags in use that start with what the reader typed (or
    /// have a word that does), ignoring case, most used first.
    pub fn complete_tag(&self, typed: &str, limit: usize) -> Vec<String> {
        let typed = tag_key(typed.trim());
        self.tags()
            .into_iter()
            .filter(|t| {
                let lower = tag_key(&t.tag);
                lower.split(' ').any(|word| word.starts_with(&typed)) || lower.starts_with(&typed)
            })
            .take(limit)
            .map(|t| t.tag)
            .collect()
    }
}
