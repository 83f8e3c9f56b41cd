use std::cmp::Ordering;

use crate::article::ArticleMeta;

/// The library's order: newest first (news is read for what is current),
/// undated articles last, ties by title so the order never depends on file
/// system listing order.
pub fn sort_for_library(articles: &mut [ArticleMeta]) {
    articles.sort_by(library_order);
}

/// [`sort_for_library`]'s comparison, for lists that hold more than the
/// metadata (the app's library entries).
pub fn library_order(a: &ArticleMeta, b: &ArticleMeta) -> Ordering {
    match (a.date, b.date) {
        (Some(x), Some(y)) => y.cmp(&x).then_with(|| a.title.cmp(&b.title)),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => a.title.cmp(&b.title),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::IsoDate;

    fn meta(title: &str, date: Option<&str>) -> ArticleMeta {
        ArticleMeta {
            id: title.to_lowercase(),
            title: title.into(),
            outlet: None,
            author: None,
            date: date.and_then(IsoDate::parse),
            source: None,
            words: 0,
            reading_minutes: 1,
        }
    }

    #[test]
    fn newest_first_and_undated_last() {
        let mut list = vec![
            meta("Undated B", None),
            meta("Old", Some("2022-12-09")),
            meta("Undated A", None),
            meta("New", Some("2024-09-08")),
            meta("Same day", Some("2024-09-08")),
        ];
        sort_for_library(&mut list);
        let titles: Vec<&str> = list.iter().map(|m| m.title.as_str()).collect();
        assert_eq!(titles, ["New", "Same day", "Old", "Undated A", "Undated B"]);
    }
}
