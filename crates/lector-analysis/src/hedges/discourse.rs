//! What a reader remembers of the text at each point, so that a source can be
//! named as the reader would name it: "he said" is the person last named as
//! speaking or introduced before, "the spokesman" is the person the article
//! gave that role, "the company" the company it is about, a bare "Kirby" is
//! "John Kirby", and "they spoke on condition of anonymity" are the unnamed
//! people described before.
//!
//! People and organizations come from the entity recognizer's mentions
//! (outside quotations: a name inside a quote is someone the speaker talks
//! about, not a speaker) and from the sources cited so far, so the rules work
//! with or without the trained model.

use std::ops::Range;

use super::sentence_view::Classes;
use super::source_name::clean;
use super::words::{Shape, Word};
use crate::ner::{EntityLabel, Mention};

pub(crate) struct Discourse {
    /// Byte ranges inside quotation marks.
    quoted: Vec<Range<usize>>,
    /// The full names of the people the text names anywhere, in text order:
    /// "Kirby" becomes "John Kirby" even in a headline before the full name.
    full_names: Vec<String>,
    /// Every name of more than one word the recognizer found, for spelling
    /// out a short form ("US" → "United States").
    long_names: Vec<(String, EntityLabel)>,
    /// People a "he" or "she" can point back to, sorted by where they were
    /// named: the recognizer's (subjects, not people named after a
    /// preposition; `false` once found inside what a source said) and the
    /// sources cited.
    mentioned: Vec<(usize, String, bool)>,
    speakers: Vec<(usize, String)>,
    /// Roles the text gave people ("spokesman", "minister"), in text order.
    roles: Vec<(usize, &'static str, String)>,
    /// Organizations named, and organizations cited, sorted by position.
    organizations: Vec<(usize, String)>,
    organizations_cited: Vec<(usize, String)>,
    /// The last unnamed source described ("two people familiar with the
    /// matter"), for cues that only say someone spoke anonymously.
    anonymous: Option<String>,
    /// The named source cited last and whether it was a person; `None`
    /// when an unnamed source came after it.
    last_named: Option<(String, bool)>,
}

/// Words after which a name is an object ("talks with Putin"), not someone
/// who could be speaking.
const OBJECT_PREPOSITIONS: &[&str] =
    &["with", "to", "by", "for", "against", "of", "on", "from", "about", "at", "between", "and", "or", "than"];

/// Nouns by which a story goes on to call a company it has named.
const COMPANY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "utility",
    "carrier",
    "maker",
    "drugmaker",
    "automaker",
    "chipmaker",
    "retailer",
    "airline",
    "bank",
    "lender",
    "insurer",
    "group",
    "business",
    "manufacturer",
    "operator",
    "developer",
];

impl Discourse {
    /// `sentences` are the word ranges of the sentences, in order.
    pub fn new(
        text: &str,
        words: &[Word],
        sentences: &[Range<usize>],
        classes: &Classes,
        mentions: &[Mention],
    ) -> Discourse {
        let quoted = quotations(text);
        let mut d = Discourse {
            quoted,
            full_names: Vec::new(),
            long_names: Vec::new(),
            mentioned: Vec::new(),
            speakers: Vec::new(),
            roles: Vec::new(),
            organizations: Vec::new(),
            organizations_cited: Vec::new(),
            anonymous: None,
            last_named: None,
        };
        for m in mentions.iter().filter(|m| m.label != EntityLabel::Misc) {
            let name = clean(&text[m.bytes.clone()]);
            if name.contains(' ') && !d.long_names.iter().any(|(n, _)| n == name) {
                d.long_names.push((name.to_string(), m.label));
            }
        }
        for m in mentions.iter().filter(|m| m.label == EntityLabel::Per) {
            let name = clean(&text[m.bytes.clone()]);
            if name.contains(' ') && !d.full_names.iter().any(|n| n == name) {
                d.full_names.push(name.to_string());
            }
        }
        for m in mentions {
            if d.in_quote(m.bytes.start) {
                continue;
            }
            let name = clean(&text[m.bytes.clone()]).to_string();
            match m.label {
                EntityLabel::Per => {
                    let name = d.full_name(&name);
                    let first = words.partition_point(|w| w.bytes.start < m.bytes.start);
                    let last = words.partition_point(|w| w.bytes.start < m.bytes.end);
                    let k = sentences.partition_point(|s| s.end <= first);
                    let sentence = sentences.get(k).cloned().unwrap_or(first..last);
                    let (before, roles) = roles_around(text, words, classes, sentence, first, last);
                    for role in roles {
                        d.roles.push((m.bytes.start, role, name.clone()));
                    }
                    let object = before.is_some_and(|b| {
                        let w = &text[words[b].bytes.clone()];
                        OBJECT_PREPOSITIONS.iter().any(|p| w.eq_ignore_ascii_case(p))
                    });
                    if !object {
                        d.mentioned.push((m.bytes.start, name, true));
                    }
                }
                EntityLabel::Org => d.organizations.push((m.bytes.start, name)),
                _ => {}
            }
        }
        d
    }

    pub fn in_quote(&self, byte: usize) -> bool {
        let k = self.quoted.partition_point(|q| q.end <= byte);
        self.quoted.get(k).is_some_and(|q| q.start <= byte)
    }

    /// A bare surname as the full name the text gives it ("Savett" → "Sean
    /// Savett").
    pub fn full_name(&self, name: &str) -> String {
        if let Some(long) = self.spelled_out(name) {
            return long.to_string();
        }
        if !name.contains(' ') {
            if let Some(full) = self.full_names.iter().find(|p| surname(p) == name) {
                return full.clone();
            }
            // "the Guard" is the "Tennessee National Guard", "Bellmont" the
            // company "Bellmont Health".
            let body = self.long_names.iter().find(|(long, label)| {
                *label != EntityLabel::Per
                    && long.chars().any(char::is_lowercase)
                    && (long.rsplit(' ').next() == Some(name)
                        || *label == EntityLabel::Org && long.split(' ').next() == Some(name))
            });
            if let Some((long, _)) = body {
                return long.clone();
            }
        }
        name.to_string()
    }

    /// The long form the text gives a short one: "US" or "U.S." → "United
    /// States", "FDA" → "Food and Drug Administration".
    fn spelled_out(&self, short: &str) -> Option<&str> {
        let letters: String = short.chars().filter(|c| *c != '.').collect();
        if letters.len() < 2 || letters.len() > 6 || !letters.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        // A dateline in capitals ("UNITED NATIONS (AP) —") is no way to name it.
        self.long_names
            .iter()
            .map(|(long, _)| long)
            .filter(|long| long.chars().any(char::is_lowercase))
            .find(|long| {
                let initials: String = long
                    .split(' ')
                    .filter(|w| !["of", "and", "the", "for"].contains(w))
                    .filter_map(|w| w.chars().next())
                    .collect();
                initials == letters
            })
            .map(String::as_str)
    }

    /// Who "he" or "she" at `byte` stands for: the person named last before
    /// it, outside quotations and not as an object.
    pub fn person_before(&self, byte: usize) -> Option<&str> {
        let k = self.mentioned.partition_point(|(at, _, _)| *at < byte);
        let mentioned = self.mentioned[..k].iter().rev().find(|(_, _, alive)| *alive).map(|(at, n, _)| (*at, n));
        let k = self.speakers.partition_point(|(at, _)| *at < byte);
        let speaker = k.checked_sub(1).map(|k| (self.speakers[k].0, &self.speakers[k].1));
        match (mentioned, speaker) {
            (Some(m), Some(s)) => Some(if m.0 > s.0 { m.1 } else { s.1 }),
            (m, s) => m.or(s).map(|(_, n)| n),
        }
        .map(String::as_str)
    }

    /// Names inside what a source said are not people "he" can mean.
    pub fn forget_reported(&mut self, reported: Range<usize>) {
        let from = self.mentioned.partition_point(|(at, _, _)| *at < reported.start);
        let to = self.mentioned.partition_point(|(at, _, _)| *at < reported.end);
        for entry in &mut self.mentioned[from..to] {
            entry.2 = false;
        }
    }

    /// Who "they said" stands for when the text last cited an organization.
    pub fn organization_cited_last(&self) -> Option<&str> {
        self.last_named.as_ref().filter(|(_, person)| !person).map(|(n, _)| n.as_str())
    }

    /// Who "the statement" or "the report" is from: the source named last.
    pub fn named_last(&self) -> Option<(&str, bool)> {
        self.last_named.as_ref().map(|(n, p)| (n.as_str(), *p))
    }

    /// The person the text named in a role ("the spokesman" → the last
    /// person introduced as a spokesman or spokeswoman).
    pub fn role_holder(&self, role: &str, byte: usize) -> Option<&str> {
        let role = normal_role(role);
        self.roles.iter().rev().find(|(at, r, _)| *at < byte && *r == role).map(|(_, _, n)| n.as_str())
    }

    /// The organization "the company" or "the alliance" stands for: the last
    /// one whose name has the word, else for a company noun the last
    /// organization cited.
    pub fn organization_for(&self, noun: &str, byte: usize) -> Option<&str> {
        let latest = |wanted: &dyn Fn(&str) -> bool| {
            let found =
                (latest_in(&self.organizations, byte, wanted), latest_in(&self.organizations_cited, byte, wanted));
            match found {
                (Some(a), Some(b)) => Some(if a.0 > b.0 { a.1 } else { b.1 }),
                (a, b) => a.or(b).map(|(_, n)| n),
            }
        };
        let named = latest(&|n: &str| n.split(' ').any(|w| w.eq_ignore_ascii_case(noun)));
        let company = COMPANY_NOUNS.iter().any(|c| c.eq_ignore_ascii_case(noun));
        named.or_else(|| if company { latest(&|_: &str| true) } else { None })
    }

    pub fn anonymous(&self) -> Option<&str> {
        self.anonymous.as_deref()
    }

    pub fn remember_anonymous(&mut self, description: &str) {
        self.anonymous = Some(description.to_string());
        self.last_named = None;
    }

    /// A source cited at `byte`: a person becomes the one "he said" points to
    /// next; an organization the one "the company" or "they" can mean.
    pub fn remember_source(&mut self, byte: usize, name: &str, person: bool) {
        self.last_named = Some((name.to_string(), person));
        if person {
            let k = self.speakers.partition_point(|(at, _)| *at <= byte);
            self.speakers.insert(k, (byte, name.to_string()));
            if name.contains(' ') && !self.full_names.iter().any(|n| n == name) {
                self.full_names.push(name.to_string());
            }
        } else {
            let k = self.organizations_cited.partition_point(|(at, _)| *at <= byte);
            self.organizations_cited.insert(k, (byte, name.to_string()));
        }
    }
}

/// The last entry of a list sorted by position that comes before `byte` and
/// is `wanted`.
fn latest_in<'a>(list: &'a [(usize, String)], byte: usize, wanted: &dyn Fn(&str) -> bool) -> Option<(usize, &'a str)> {
    let k = list.partition_point(|(at, _)| *at < byte);
    list[..k].iter().rev().find(|(_, n)| wanted(n)).map(|(at, n)| (*at, n.as_str()))
}

/// The last name of a full name, past "Jr." or "III".
fn surname(full: &str) -> &str {
    let mut words = full.split(' ').rev();
    let last = words.next().unwrap_or(full);
    let suffix = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"].contains(&last);
    if suffix {
        words.next().map_or(last, |w| w.trim_end_matches(','))
    } else {
        last
    }
}

/// Spokesman, spokeswoman and spokesperson are one role.
fn normal_role(role: &str) -> &'static str {
    let lower = role.to_lowercase();
    if lower.starts_with("spokes") {
        return "spokesperson";
    }
    ROLES.iter().find(|r| **r == lower).copied().unwrap_or("")
}

/// Roles "the X said" can name a person by.
const ROLES: &[&str] = &[
    "mayor",
    "sheriff",
    "chancellor",
    "premier",
    "secretary",
    "minister",
    "president",
    "director",
    "chief",
    "adviser",
    "advisor",
    "ambassador",
    "envoy",
    "commander",
    "general",
    "governor",
    "senator",
    "lawmaker",
    "leader",
    "chairman",
    "chairwoman",
    "chair",
    "executive",
    "officer",
    "prosecutor",
    "attorney",
    "lawyer",
    "judge",
    "economist",
    "analyst",
    "counsel",
    "negotiator",
    "coach",
    "manager",
    "founder",
    "owner",
];

/// The roles written with a name (over words `first..last`): titles before it
/// ("National Security Council spokesman Sean Savett"), an appositive before
/// ("Congo's government spokesman, Patrick Muyaya,") or after ("Tomas Ibarra,
/// the board's general counsel,"). Also returns the word before the name and
/// its titles, which says whether the name is an object.
fn roles_around(
    text: &str,
    words: &[Word],
    classes: &Classes,
    sentence: Range<usize>,
    first: usize,
    last: usize,
) -> (Option<usize>, Vec<&'static str>) {
    let mut roles = Vec::new();
    let mut take = |j: usize| {
        let role = normal_role(&text[words[j].bytes.clone()]);
        if !role.is_empty() && !roles.contains(&role) {
            roles.push(role);
        }
    };
    // "Secretary of State Antony Blinken": "of" joins two capitals.
    let is_title = |j: usize| {
        let w = &words[j];
        w.shape == Shape::Capital
            || w.shape == Shape::Minor
            || w.in_class(classes.role_noun)
            || &text[w.bytes.clone()] == "of" && j > sentence.start && words[j - 1].shape == Shape::Capital
    };
    let mut j = first;
    let mut steps = 0;
    while j > sentence.start && steps < 6 && is_title(j - 1) {
        j -= 1;
        steps += 1;
        take(j);
    }
    let mut before = j.checked_sub(1).filter(|&b| b >= sentence.start);
    // "Congo's government spokesman, Patrick Muyaya": an appositive.
    if let Some(comma) = before.filter(|&b| &text[words[b].bytes.clone()] == ",") {
        let mut k = comma;
        let mut steps = 0;
        while k > sentence.start && steps < 6 && words[k - 1].shape != Shape::Break {
            k -= 1;
            steps += 1;
            take(k);
        }
        before = None;
    }
    // "Tomas Ibarra, the board's general counsel,".
    if words.get(last).is_some_and(|w| &text[w.bytes.clone()] == ",") {
        let mut k = last + 1;
        let mut steps = 0;
        while k < sentence.end && steps < 8 && words[k].shape != Shape::Break {
            take(k);
            k += 1;
            steps += 1;
        }
    }
    (before, roles)
}

/// Quotations as byte ranges: curly quotes open and close, a straight quote
/// toggles; a paragraph break ends any quotation left open (news quotes that
/// run on into the next paragraph reopen there).
pub(crate) fn quotations(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (at, c) in text.char_indices() {
        match (c, open) {
            ('\u{201C}', None) | ('"', None) => open = Some(at),
            ('\u{201D}', Some(start)) | ('"', Some(start)) => {
                out.push(start..at + c.len_utf8());
                open = None;
            }
            ('\n', Some(start)) => {
                out.push(start..at);
                open = None;
            }
            _ => {}
        }
    }
    if let Some(start) = open {
        out.push(start..text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotations_close_at_their_mark_or_at_the_end_of_the_paragraph() {
        let cases: &[(&str, &[&str])] = &[
            ("\"Go,\" he said.", &["\"Go,\""]),
            ("\u{201C}One\u{201D} and \u{201C}two\u{201D}", &["\u{201C}One\u{201D}", "\u{201C}two\u{201D}"]),
            ("\"Mixed marks\u{201D} close too", &["\"Mixed marks\u{201D}"]),
            ("\u{201C}Runs on\nNext \u{201C}para\u{201D}", &["\u{201C}Runs on", "\u{201C}para\u{201D}"]),
            ("No quotes here.", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = quotations(text).into_iter().map(|r| &text[r]).collect();
            assert_eq!(&got, want, "{text:?}");
        }
    }
}
