//! The versions of one article as the reader sees them: numbered from the
//! first the reader added, the newest marked, and the one the reader last
//! annotated, which "what changed since you annotated" compares with the
//! newest.

/// One kept version. Times are milliseconds since 1970 (UTC), as stored.
#[derive(Clone, Debug, PartialEq)]
pub struct Version {
    pub added: u64,
    /// The file it came from, or "Pasted text".
    pub from: Option<String>,
    pub title: String,
}

/// Every version of an article, oldest first. Numbers are 1-based (version
/// 1 is the first the reader added), as the addresses and labels show them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Versions {
    list: Vec<Version>,
}

impl Versions {
    /// `list` in the order the versions were kept (oldest first); a version
    /// is newer because it was added later, whatever dates its page states.
    pub fn new(list: Vec<Version>) -> Versions {
        Versions { list }
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Whether there is anything to choose between.
    pub fn has_older(&self) -> bool {
        self.list.len() > 1
    }

    /// The newest version's number.
    pub fn newest(&self) -> usize {
        self.list.len()
    }

    pub fn get(&self, number: usize) -> Option<&Version> {
        number.checked_sub(1).and_then(|i| self.list.get(i))
    }

    /// Numbered versions, newest first (as the reader looks for them).
    pub fn newest_first(&self) -> impl Iterator<Item = (usize, &Version)> {
        self.list.iter().enumerate().rev().map(|(i, v)| (i + 1, v))
    }

    /// Whether the versions' headlines differ (worth showing beside each).
    pub fn retitled(&self) -> bool {
        self.list.windows(2).any(|w| w[0].title != w[1].title)
    }

    /// "Version 1 of 3", "Version 3 of 3 (newest)".
    pub fn label(&self, number: usize) -> String {
        let newest = if number == self.newest() { " (newest)" } else { "" };
        format!("Version {number} of {}{newest}", self.len())
    }

    /// The version the reader last annotated: the newest one already kept
    /// when their latest annotation was made or edited (`annotated`: each
    /// annotation's last change). `None` without annotations.
    pub fn annotated_on(&self, annotated: &[u64]) -> Option<usize> {
        let latest = annotated.iter().copied().max()?;
        let kept_then = self.list.iter().filter(|v| v.added <= latest).count();
        Some(kept_then.max(1).min(self.len()))
    }

    /// The older version to compare with the newest for "what changed since
    /// you annotated": the one annotated when it is older than the newest,
    /// else (no annotations, or annotated on the newest) the version before
    /// the newest. `None` with a single version.
    pub fn since(&self, annotated: &[u64]) -> Option<usize> {
        if !self.has_older() {
            return None;
        }
        match self.annotated_on(annotated) {
            Some(n) if n < self.newest() => Some(n),
            _ => Some(self.newest() - 1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn versions(added: &[u64]) -> Versions {
        Versions::new(added.iter().map(|&added| Version { added, from: None, title: format!("at {added}") }).collect())
    }

    #[test]
    fn labels_number_from_the_first_version() {
        let v = versions(&[10, 20, 30]);
        assert_eq!(v.label(1), "Version 1 of 3");
        assert_eq!(v.label(3), "Version 3 of 3 (newest)");
        assert_eq!(v.newest_first().map(|(n, v)| (n, v.added)).collect::<Vec<_>>(), vec![(3, 30), (2, 20), (1, 10)]);
        assert_eq!(v.get(0), None);
        assert_eq!(v.get(4), None);
        assert_eq!(v.get(2).map(|v| v.added), Some(20));
        assert!(v.retitled(), "each has its own headline");
        let same = Versions::new(vec![v.get(1).cloned().unwrap(), Version { added: 40, ..v.get(1).cloned().unwrap() }]);
        assert!(!same.retitled(), "one headline: not repeated");
    }

    #[test]
    fn the_version_annotated_is_the_newest_kept_at_the_last_annotation() {
        // (versions added at, annotations last changed at, annotated on, compared with the newest)
        type Case<'a> = (&'a [u64], &'a [u64], Option<usize>, Option<usize>);
        let table: &[Case] = &[
            (&[10], &[15], Some(1), None),
            (&[10, 20], &[15], Some(1), Some(1)),
            (&[10, 20], &[12, 15], Some(1), Some(1)),
            // An annotation made after the second version came: annotated on it.
            (&[10, 20], &[15, 25], Some(2), Some(1)),
            (&[10, 20, 30], &[25], Some(2), Some(2)),
            // No annotations: what changed since the version before.
            (&[10, 20, 30], &[], None, Some(2)),
            // Annotations older than every kept version (imported): the first.
            (&[10, 20], &[5], Some(1), Some(1)),
            (&[10, 20], &[20], Some(2), Some(1)),
        ];
        for &(added, annotated, on, since) in table {
            let v = versions(added);
            assert_eq!(v.annotated_on(annotated), on, "added {added:?}, annotated {annotated:?}");
            assert_eq!(v.since(annotated), since, "added {added:?}, annotated {annotated:?}");
        }
    }
}
