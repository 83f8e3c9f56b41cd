//! Whether a text the reader adds is a newer version of an article already
//! in the library, and of which.
//!
//! **The rule** (measured by `examples/version_threshold.rs`, figures in
//! ARCHITECTURE.md):
//! 1. the same text as one of an article's versions: nothing new to keep;
//! 2. the same page address (its canonical link or the address it states,
//!    spelled as `address::page_key` reduces it) as any version: a newer
//!    version, however much was rewritten;
//! 3. else a text whose fingerprint similarity (`lector_compare::Fingerprint`,
//!    content words and content-word pairs) to any version is at least
//!    [`SIMILAR`]: a newer version, unless both state addresses on different
//!    sites (another outlet's copy of a wire story is another article, for
//!    the comparison view, not a version).
//!
//! The most similar article wins when several qualify.

use lector_compare::Fingerprint;

use crate::address::{host, same_page};

/// Fingerprint similarity at and above which a text is a version of another.
/// Measured (`scripts/bench-versions.sh`, 477 CoNLL-2003 articles and the
/// samples): every edited copy stays above it up to 30% of words edited, and
/// 96% of copies with a paragraph added, one cut and 5% of words edited
/// (short articles lose a third of their words so); different prose articles
/// stay below (the closest pair 0.36, two same-day reports of one vote; the
/// sample AP story and its rewrite by another outlet 0.32). The 30 different
/// pairs above it are all sports results and standings of one competition a
/// day apart.
pub const SIMILAR: f32 = 0.4;

/// A library article as matching needs it.
pub struct Known<'a> {
    pub id: &'a str,
    /// The addresses its versions state (canonical link or page address).
    pub addresses: Vec<&'a str>,
    /// Every version's rendered text, oldest first.
    pub texts: Vec<&'a str>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum VersionOf {
    /// The text is one of the article's versions already (1-based number).
    Same { id: String, version: usize },
    /// A newer version of the article `id`.
    Newer { id: String, because: Because },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Because {
    SameAddress,
    SimilarText { similarity: f32 },
}

impl VersionOf {
    pub fn id(&self) -> &str {
        match self {
            VersionOf::Same { id, .. } | VersionOf::Newer { id, .. } => id,
        }
    }
}

impl Because {
    /// Why, in the reader's words.
    pub fn explanation(&self) -> String {
        match self {
            Because::SameAddress => "it has the same web address".to_string(),
            Because::SimilarText { similarity } => {
                format!("its text matches closely ({:.0}% of its words and word pairs)", similarity * 100.0)
            }
        }
    }
}

/// Which article, if any, `text` (stating `address`) is a version of.
pub fn version_of(address: Option<&str>, text: &str, library: &[Known]) -> Option<VersionOf> {
    for known in library {
        if let Some(k) = known.texts.iter().position(|t| *t == text) {
            return Some(VersionOf::Same { id: known.id.to_string(), version: k + 1 });
        }
    }
    let fingerprint = Fingerprint::of_text(text);
    // Each article's closest version.
    let scores: Vec<f32> = library
        .iter()
        .map(|k| k.texts.iter().map(|t| Fingerprint::of_text(t).similarity(&fingerprint)).fold(0.0f32, f32::max))
        .collect();
    let best_of =
        |candidates: &mut dyn Iterator<Item = usize>| candidates.max_by(|&x, &y| scores[x].total_cmp(&scores[y]));
    let newer = |i: usize, because| VersionOf::Newer { id: library[i].id.to_string(), because };
    if let Some(address) = address {
        let same = &mut (0..library.len()).filter(|&i| library[i].addresses.iter().any(|a| same_page(a, address)));
        if let Some(i) = best_of(same) {
            return Some(newer(i, Because::SameAddress));
        }
    }
    let mine = address.and_then(host);
    let other_site = |k: &Known| {
        let theirs: Vec<String> = k.addresses.iter().filter_map(|a| host(a)).collect();
        mine.as_ref().is_some_and(|mine| !theirs.is_empty() && !theirs.contains(mine))
    };
    let close = &mut (0..library.len()).filter(|&i| scores[i] >= SIMILAR && !other_site(&library[i]));
    best_of(close).map(|i| newer(i, Because::SimilarText { similarity: scores[i] }))
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Officials said the bridge over the Elm River closed on Monday after inspectors found \
        cracks in two of its support beams.\n\nThe repairs are expected to take three weeks, a spokeswoman for \
        the state transport department said on Tuesday.\n\nDrivers were told to use the northern ring road, \
        which adds about twenty minutes to the journey into the city centre, while the work goes on.\n\n\
        Local businesses near the bridge said they feared losing customers during the closure.";
    const OTHER: &str = "The city council voted on Thursday to fund two new libraries in the eastern districts, \
        ending a dispute that had lasted most of the year.\n\nThe mayor said construction would begin in the \
        spring and that both buildings should open before the next election.";

    const RAIN: &str = "Heavy rain is forecast for the weekend across the south of the country, with flooding \
        possible in low-lying areas near the coast.";

    fn edited() -> String {
        STORY.replace("three weeks", "four weeks").replace("Monday", "Sunday night").replace(
            "Local businesses near the bridge said they feared losing customers during the closure.",
            "Local businesses near the bridge said they feared losing customers. The department denied that the closure was avoidable.",
        )
    }

    fn known<'a>(id: &'a str, addresses: &[&'a str], texts: &[&'a str]) -> Known<'a> {
        Known { id, addresses: addresses.to_vec(), texts: texts.to_vec() }
    }

    #[test]
    fn a_version_is_found_by_address_or_by_text() {
        let edited = edited();
        let first = "https://news.example.com/2024/bridge-closed";
        let library = [
            known("bridge", &[first], &[STORY]),
            known("libraries", &["https://news.example.com/libraries"], &[OTHER]),
        ];
        let unaddressed = [known("bridge", &[], &[STORY]), known("libraries", &[], &[OTHER])];
        type Expect = Option<(&'static str, &'static str)>;
        // (library, address, text, expected: id and how)
        let table: &[(&[Known], Option<&str>, &str, Expect)] = &[
            (&library, Some(first), STORY, Some(("bridge", "same"))),
            (&library, None, STORY, Some(("bridge", "same"))),
            // The same page, rewritten beyond recognition: still its version.
            (
                &library,
                Some("http://www.news.example.com/2024/bridge-closed/?utm_source=x"),
                RAIN,
                Some(("bridge", "address")),
            ),
            // No address, an edited text: by its words.
            (&library, None, &edited, Some(("bridge", "text"))),
            (&unaddressed, None, &edited, Some(("bridge", "text"))),
            // The same site under a new address (a changed slug): by its words.
            (
                &library,
                Some("https://news.example.com/2024/bridge-closed-for-four-weeks"),
                &edited,
                Some(("bridge", "text")),
            ),
            // Another site's copy of the story is another article.
            (&library, Some("https://other.example.org/bridge"), &edited, None),
            (&unaddressed, Some("https://other.example.org/bridge"), &edited, Some(("bridge", "text"))),
            // Unrelated text.
            (&unaddressed, None, RAIN, None),
            (&[], None, STORY, None),
        ];
        for (library, address, text, expected) in table {
            let found = version_of(*address, text, library);
            let got = found.as_ref().map(|f| {
                let how = match f {
                    VersionOf::Same { .. } => "same",
                    VersionOf::Newer { because: Because::SameAddress, .. } => "address",
                    VersionOf::Newer { because: Because::SimilarText { .. }, .. } => "text",
                };
                (f.id(), how)
            });
            assert_eq!(got, *expected, "address {address:?}, text {:.60}", text);
        }
    }

    #[test]
    fn an_older_version_added_again_is_already_kept() {
        let edited = edited();
        let library = [known("bridge", &[], &[STORY, &edited])];
        assert_eq!(version_of(None, STORY, &library), Some(VersionOf::Same { id: "bridge".into(), version: 1 }));
        assert_eq!(version_of(None, &edited, &library), Some(VersionOf::Same { id: "bridge".into(), version: 2 }));
    }

    #[test]
    fn the_most_similar_article_wins() {
        let edited = edited();
        let library =
            [known("libraries", &[], &[OTHER]), known("bridge", &[], &[STORY]), known("bridge-2", &[], &[&edited])];
        let again = edited.replace("twenty minutes", "half an hour");
        assert_eq!(version_of(None, &again, &library).as_ref().map(VersionOf::id), Some("bridge-2"));
    }
}
