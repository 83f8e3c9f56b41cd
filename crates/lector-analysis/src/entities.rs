//! Mentions grouped into entities, each with a canonical name: "John Kirby",
//! "Kirby" and "Mr. Kirby" are one person; "U.S.", "US", "United States" and
//! "America" one country; "National Security Council" and "NSC" one body.
//!
//! Three rules, in order, always within one label:
//! 1. Same name: mentions that read alike ignoring case, periods and
//!    typographic quotes ("U.S." = "US"), or that a list of general aliases
//!    (`gazetteers/aliases.txt`) maps to one name ("America" = "United
//!    States").
//! 2. Surnames: a person mentioned by the last word(s) of a fuller name
//!    ("Kirby" after "John Kirby") joins the nearest such name before it, or
//!    else the first after it.
//! 3. Acronyms: an all-capitals organization equal to the initials of a
//!    longer organization's name ("NSC") joins it.
//! 4. Short names: an organization named by the first word of a longer
//!    organization's name ("Ostara" after "Ostara Pharma", "Goldman" after
//!    "Goldman Sachs") joins it, like a surname.
//!
//! The canonical name is the alias list's name if there is one, else the
//! longest mention (in words, then not in capitals, then in characters),
//! first occurrence first.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::ner::{EntityLabel, Mention};
use crate::tokenize::fold;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entity {
    pub canonical: String,
    pub label: EntityLabel,
    /// Indices into the mention list, in text order.
    pub mentions: Vec<usize>,
}

/// Alias -> canonical name, keyed by [`key`].
struct Aliases(HashMap<String, String>);

impl Aliases {
    fn shipped() -> &'static Aliases {
        static ALIASES: OnceLock<Aliases> = OnceLock::new();
        ALIASES.get_or_init(|| Aliases::parse(include_str!("../gazetteers/aliases.txt")))
    }

    fn parse(content: &str) -> Aliases {
        let mut map = HashMap::new();
        for line in content.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let Some((canonical, aliases)) = line.split_once('=') else { continue };
            let canonical = canonical.trim();
            map.insert(key(canonical), canonical.to_string());
            for alias in aliases.split(',').map(str::trim).filter(|a| !a.is_empty()) {
                map.insert(key(alias), canonical.to_string());
            }
        }
        Aliases(map)
    }
}

/// How names compare: lower case, typographic quotes folded, periods dropped,
/// runs of spaces as one.
fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter(|&c| c != '.').map(fold));
    }
    out
}

/// Words of a name that count for initials: capitalised, not "of", "the"...
fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

struct Group {
    key: String,
    label: EntityLabel,
    canonical: Option<String>,
    mentions: Vec<usize>,
}

pub(crate) fn group(text: &str, mentions: &[Mention]) -> Vec<Entity> {
    let aliases = Aliases::shipped();
    let surface = |i: usize| text.get(mentions[i].bytes.clone()).unwrap_or("");

    // 1. Same name, or same alias.
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: HashMap<(EntityLabel, String), usize> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let own = key(surface(i));
        let (k, canonical) = match aliases.0.get(&own) {
            Some(c) => (key(c), Some(c.clone())),
            None => (own, None),
        };
        let g = *by_key.entry((m.label, k.clone())).or_insert_with(|| {
            groups.push(Group { key: k, label: m.label, canonical, mentions: Vec::new() });
            groups.len() - 1
        });
        groups[g].mentions.push(i);
    }

    // 2 and 3. Merge a short group into a fuller one; `into[g]` is where
    // group g's mentions go. Fuller names are indexed by what may refer to
    // them: each proper tail of a person's name, an organization's initials.
    let mut fuller: HashMap<(EntityLabel, String), Vec<usize>> = HashMap::new();
    for (h, full) in groups.iter().enumerate() {
        let words: Vec<&str> = full.key.split(' ').collect();
        match full.label {
            EntityLabel::Per => {
                for k in 1..words.len() {
                    fuller.entry((full.label, words[k..].join(" "))).or_default().push(h);
                }
            }
            EntityLabel::Org if words.len() > 1 => {
                let initials = initials(surface(full.mentions[0]));
                if initials.chars().count() >= 2 {
                    fuller.entry((full.label, initials)).or_default().push(h);
                }
                fuller.entry((full.label, words[0].to_string())).or_default().push(h);
            }
            _ => {}
        }
    }
    let mut into: Vec<usize> = (0..groups.len()).collect();
    for (g, short) in groups.iter().enumerate() {
        let first_mention = short.mentions[0];
        let reference = match short.label {
            EntityLabel::Per => short.key.clone(),
            EntityLabel::Org => {
                let letters: String = surface(first_mention).chars().filter(|&c| c != '.').collect();
                let acronym = (2..=6).contains(&letters.chars().count()) && letters.chars().all(char::is_uppercase);
                if acronym {
                    letters
                } else if !short.key.contains(' ') {
                    short.key.clone()
                } else {
                    continue;
                }
            }
            _ => continue,
        };
        let Some(candidates) = fuller.get(&(short.label, reference)) else { continue };
        // The nearest fuller name before the first mention, else the first after.
        let best = candidates.iter().copied().filter(|&h| h != g).min_by_key(|&h| {
            let first = groups[h].mentions[0];
            if first < first_mention {
                (0, first_mention - first)
            } else {
                (1, first - first_mention)
            }
        });
        if let Some(h) = best {
            into[g] = h;
        }
    }
    // Follow chains ("Kirby" -> "John Kirby" -> ...) to their end; a cycle
    // cannot form since merges go from fewer words to more.
    let target = |mut g: usize| {
        for _ in 0..groups.len() {
            if into[g] == g {
                break;
            }
            g = into[g];
        }
        g
    };
    let mut merged: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    for g in 0..groups.len() {
        merged[target(g)].extend_from_slice(&groups[g].mentions);
    }

    let mut out: Vec<Entity> = Vec::new();
    for (g, mut members) in merged.into_iter().enumerate() {
        if members.is_empty() {
            continue;
        }
        members.sort_unstable();
        let canonical = groups[g].canonical.clone().unwrap_or_else(|| {
            let longest = members.iter().copied().fold(members[0], |best, i| {
                // More words first; then a name not in capitals (a headline's
                // "WASHINGTON" loses to "Washington"); then more characters.
                let size = |i: usize| {
                    let s = surface(i);
                    let not_in_capitals = s.chars().any(char::is_lowercase);
                    (s.split_whitespace().count(), not_in_capitals, s.chars().count())
                };
                if size(i) > size(best) {
                    i
                } else {
                    best
                }
            });
            surface(longest).to_string()
        });
        out.push(Entity { canonical, label: groups[g].label, mentions: members });
    }
    out.sort_by_key(|e| e.mentions[0]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds mentions by finding each (surface, label) in turn in `text`.
    fn mentions(text: &str, marks: &[(&str, EntityLabel)]) -> Vec<Mention> {
        let mut from = 0;
        marks
            .iter()
            .map(|&(s, label)| {
                let start = from + text[from..].find(s).unwrap_or_else(|| panic!("{s} not in text"));
                from = start + s.len();
                Mention { bytes: start..start + s.len(), label }
            })
            .collect()
    }

    fn grouped(text: &str, marks: &[(&str, EntityLabel)]) -> Vec<(String, Vec<usize>)> {
        group(text, &mentions(text, marks)).into_iter().map(|e| (e.canonical, e.mentions)).collect()
    }

    use EntityLabel::*;

    #[test]
    fn a_surname_joins_the_full_name() {
        let text = "John Kirby said. Kirby added that Mr. Kirby was right.";
        assert_eq!(
            grouped(text, &[("John Kirby", Per), ("Kirby", Per), ("Kirby", Per)]),
            [("John Kirby".to_string(), vec![0, 1, 2])]
        );
    }

    #[test]
    fn a_surname_joins_the_nearest_full_name_before_it() {
        let text = "Joe Biden met Hunter Biden. Biden left.";
        let groups = grouped(text, &[("Joe Biden", Per), ("Hunter Biden", Per), ("Biden", Per)]);
        assert_eq!(groups, [("Joe Biden".to_string(), vec![0]), ("Hunter Biden".to_string(), vec![1, 2])]);
    }

    #[test]
    fn country_aliases_and_spellings_are_one_entity() {
        let text = "U.S. officials: the US and America, the United States.";
        let marks = [("U.S.", Loc), ("US", Loc), ("America", Loc), ("United States", Loc)];
        assert_eq!(grouped(text, &marks), [("United States".to_string(), vec![0, 1, 2, 3])]);
    }

    #[test]
    fn an_acronym_joins_the_organization_it_abbreviates() {
        let text = "the National Security Council (NSC) said; the NSC";
        let marks = [("National Security Council", Org), ("NSC", Org), ("NSC", Org)];
        assert_eq!(grouped(text, &marks), [("National Security Council".to_string(), vec![0, 1, 2])]);
    }

    #[test]
    fn a_company_s_first_word_joins_its_full_name() {
        let text = "Ostara Pharma reported results. Ostara said sales rose; Goldman Sachs and Goldman agreed.";
        let marks = [("Ostara Pharma", Org), ("Ostara", Org), ("Goldman Sachs", Org), ("Goldman", Org)];
        assert_eq!(
            grouped(text, &marks),
            [("Ostara Pharma".to_string(), vec![0, 1]), ("Goldman Sachs".to_string(), vec![2, 3])]
        );
    }

    #[test]
    fn the_canonical_name_is_not_a_headline_in_capitals() {
        let text = "KIRBY SAYS. John Kirby said. WASHINGTON (AP) in Washington";
        let marks = [("KIRBY", Per), ("John Kirby", Per), ("WASHINGTON", Loc), ("Washington", Loc)];
        assert_eq!(
            grouped(text, &marks),
            [("John Kirby".to_string(), vec![0, 1]), ("Washington".to_string(), vec![2, 3])]
        );
    }

    #[test]
    fn different_labels_and_different_names_stay_apart() {
        let text = "Washington said Washington would visit Paris and Jordan.";
        let marks = [("Washington", Per), ("Washington", Loc), ("Paris", Loc), ("Jordan", Loc)];
        assert_eq!(group(text, &mentions(text, &marks)).len(), 4);
    }

    #[test]
    fn repeated_names_with_curly_or_straight_quotes_match() {
        let text = "Côte d’Ivoire and Cote d'Ivoire";
        let marks = [("Côte d’Ivoire", Loc), ("Cote d'Ivoire", Loc)];
        assert_eq!(grouped(text, &marks), [("Ivory Coast".to_string(), vec![0, 1])]);
    }
}
