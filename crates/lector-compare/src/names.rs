//! Whether a text names someone: a name, its surname, its initials ("NSC"),
//! or the name an acronym stands for ("AP" in "Associated Press"); and the
//! entities that one version of a story names and the other never does.

use std::collections::HashSet;

use crate::shifts::{Shift, ShiftKind, View};

/// Entities that one version names and the other never mentions.
pub fn entities_in_one(a: &View, b: &View) -> Vec<Shift> {
    let mut shifts = Vec::new();
    for (from, to, kind) in [(a, b, ShiftKind::EntityOnlyInA), (b, a, ShiftKind::EntityOnlyInB)] {
        let other = NamesIn::new(to.text);
        for entity in &from.analysis.entity_groups {
            let Some(&first) = entity.mentions.first() else { continue };
            let mentions = entity.mentions.iter().filter_map(|&m| from.analysis.entities.get(m));
            let named_in_other = std::iter::once(entity.canonical.clone())
                .chain(mentions.map(|m| from.slice(m.span).to_string()))
                .any(|name| mentioned(&name, &other));
            if named_in_other {
                continue;
            }
            let Some(mention) = from.analysis.entities.get(first) else { continue };
            let text = format!("{} ({}) is named in one version only", entity.canonical, entity.label.code());
            let (a_span, b_span) =
                if kind == ShiftKind::EntityOnlyInA { (Some(mention.span), None) } else { (None, Some(mention.span)) };
            shifts.push(Shift { kind, a: a_span, b: b_span, text });
        }
    }
    shifts
}

/// The text's words, lower-cased, periods and possessives dropped, with a
/// space at both ends so a name is found only as whole words.
fn folded_words(text: &str) -> String {
    let mut out = String::from(" ");
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '.')) {
        let folded: String = word.chars().filter(|c| *c != '.').flat_map(char::to_lowercase).collect();
        if !folded.is_empty() {
            out.push_str(&folded);
            out.push(' ');
        }
    }
    out
}

/// Whether a name, or its initials when it is an organization-like name,
/// appears in folded text. "Sean Savett" is mentioned where "Savett" is.
pub fn mentioned(name: &str, other: &NamesIn) -> bool {
    let words: Vec<String> = name
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map(|w| w.chars().filter(|c| *c != '.').flat_map(char::to_lowercase).collect::<String>())
        .filter(|w| !w.is_empty() && w != "the")
        .collect();
    if words.is_empty() {
        return true;
    }
    let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
    let acronym = name.len() >= 2 && name.len() <= 6 && name.chars().all(|c| c.is_ascii_uppercase());
    // Every word present first: a cheap test that spares most phrase searches.
    (words.iter().all(|w| other.words.contains(w)) && other.folded.contains(&format!(" {} ", words.join(" "))))
        || (acronym && other.initials.contains(&words[0]))
        || (words.len() > 1 && other.words.contains(&words[words.len() - 1]))
        || (words.len() > 1 && initials.len() > 1 && other.words.contains(&initials))
}

/// A text as names are looked up in it: its folded words (as a phrase and as
/// a set) and the initials of its runs of capitalised words.
pub struct NamesIn {
    folded: String,
    words: HashSet<String>,
    initials: HashSet<String>,
}

impl NamesIn {
    pub fn new(text: &str) -> NamesIn {
        let folded = folded_words(text);
        let words = folded.split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect();
        NamesIn { folded, words, initials: initials_of_names(text) }
    }
}

/// Initials of every run of two to six capitalised words in the text
/// ("AP" for "Associated Press"), so an acronym counts as a mention.
fn initials_of_names(text: &str) -> HashSet<String> {
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let mut out = HashSet::new();
    for start in 0..words.len() {
        let mut initials = String::new();
        for w in words[start..].iter().take(6) {
            let Some(first) = w.chars().next().filter(|c| c.is_uppercase()) else { break };
            initials.extend(first.to_lowercase());
            if initials.chars().count() >= 2 {
                out.insert(initials.clone());
            }
        }
    }
    out
}
