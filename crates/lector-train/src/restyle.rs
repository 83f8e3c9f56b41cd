//! Training documents rewritten in the style of today's wire copy.
//!
//! CoNLL-2003 is Reuters from 1996: a dateline stands alone ("LONDON
//! 1996-08-30"), U.S. states are spelled out, and the people are that year's
//! politicians and athletes, whom a model learns by name. News today opens
//! "SEATTLE (AP) —", writes "Everett, Wash." and names people from
//! everywhere. A restyled copy of a document keeps its gold labels and
//! changes three things, consistently through the document:
//! - the dateline is joined to the lead in AP or Reuters style;
//! - some sentences end with a photo credit as captions carry them
//!   ("(AP Photo/Ann Lee)", "(Ann Lee/Pool Photo via AP)"), the photographer
//!   named from the lists;
//! - a U.S. state after a place and a comma is abbreviated AP style;
//! - every person's name is replaced by first names and surnames drawn from
//!   the Census lists and the commonest names of 105 countries, so that the model learns to
//!   recognise a person by context and by the lists, not by having seen the
//!   name in 1996. The same original word always gets the same new name
//!   within a document, so "Peter Blackburn ... Blackburn said" stays one
//!   person for the document-level features.

use std::collections::HashMap;
use std::ops::Range;

use crate::conll::{Document, Sentence};
use lector_analysis::training::gazetteer::{entries, lines, List};
use lector_analysis::training::hashing::{combine, finish, of_str};
use lector_analysis::training::tags;
use lector_analysis::training::tokenize::{tokenize, Token};
use lector_analysis::EntityLabel;

const AP_STATES: &str = include_str!("../../lector-analysis/gazetteers/ap_states.txt");
/// Names of people from everywhere, for renaming only: as model features they
/// did not pay for their size (see lector-analysis/gazetteers/README.md,
/// where every list lives with its source and licence).
const WORLD_FIRST_NAMES: &str = include_str!("../../lector-analysis/gazetteers/world_first_names.txt");
const WORLD_SURNAMES: &str = include_str!("../../lector-analysis/gazetteers/world_surnames.txt");

/// What a restyled copy draws from.
pub struct Styles {
    first_names: Vec<&'static str>,
    surnames: Vec<&'static str>,
    /// Lower-case state name -> AP abbreviation.
    states: HashMap<String, &'static str>,
}

impl Styles {
    /// The shipped name lists and AP state abbreviations.
    pub fn shipped() -> Styles {
        let first_names = entries(List::FirstName).chain(lines(WORLD_FIRST_NAMES)).collect();
        let surnames = entries(List::Surname).chain(lines(WORLD_SURNAMES)).collect();
        let states = lines(AP_STATES)
            .filter_map(|l| l.split_once(" = "))
            .map(|(name, abbreviation)| (name.trim().to_lowercase(), abbreviation.trim()))
            .collect();
        Styles { first_names, surnames, states }
    }
}

/// A word or mark of a sentence being rewritten, and whether a space
/// precedes it.
#[derive(Clone, Debug)]
struct Piece {
    text: String,
    space: bool,
}

/// A sentence as pieces with entity spans over piece indices.
struct Draft {
    pieces: Vec<Piece>,
    spans: Vec<(Range<usize>, EntityLabel)>,
}

/// The restyled copy of `doc`; `seed` picks the names and the agency.
pub fn restyle(doc: &Document, seed: u64, styles: &Styles) -> Document {
    let mut names: HashMap<String, String> = HashMap::new();
    let drafts: Vec<Draft> = doc
        .iter()
        .enumerate()
        .map(|(i, sentence)| {
            let mut draft = draft_of(sentence);
            rename_people(&mut draft, seed, styles, &mut names);
            abbreviate_states(&mut draft, styles);
            let pick = finish(combine(seed ^ 0x4352_4544, i as u64));
            if pick.is_multiple_of(8) && draft.pieces.last().is_some_and(|p| p.text == ".") {
                credit_photo(&mut draft, pick, styles);
            }
            draft
        })
        .collect();
    let mut out = Vec::with_capacity(doc.len());
    let mut i = 0;
    while i < drafts.len() {
        let joined = drafts.get(i + 1).and_then(|lead| join_dateline(&drafts[i], lead, combine(seed, i as u64)));
        if let Some(sentence) = joined.as_ref().and_then(rebuild) {
            out.push(sentence);
            i += 2;
            continue;
        }
        // A draft whose text would tokenize across its pieces stays as it was.
        out.push(rebuild(&drafts[i]).unwrap_or_else(|| doc[i].clone()));
        i += 1;
    }
    out
}

fn draft_of(sentence: &Sentence) -> Draft {
    let mut previous_end = 0;
    let pieces = sentence
        .tokens
        .iter()
        .map(|t| {
            let piece = Piece { text: t.text(&sentence.text).to_string(), space: t.bytes.start > previous_end };
            previous_end = t.bytes.end;
            piece
        })
        .collect();
    Draft { pieces, spans: tags::decode(&sentence.tags) }
}

fn is_name_word(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase) && !text.contains('.') && text.chars().all(char::is_alphabetic)
}

/// Replaces the words of every person's name: the last capitalised word is
/// a surname, earlier ones first names; initials and particles stay.
fn rename_people(draft: &mut Draft, seed: u64, styles: &Styles, names: &mut HashMap<String, String>) {
    for (range, label) in &draft.spans {
        if *label != EntityLabel::Per {
            continue;
        }
        let words: Vec<usize> = range.clone().filter(|&k| is_name_word(&draft.pieces[k].text)).collect();
        for (n, &k) in words.iter().enumerate() {
            let original = &draft.pieces[k].text;
            let key = original.to_lowercase();
            let pool = if n + 1 == words.len() { &styles.surnames } else { &styles.first_names };
            if pool.is_empty() {
                return;
            }
            let new = names
                .entry(key)
                .or_insert_with_key(|key| {
                    let pick = finish(combine(seed, of_str(key))) as usize % pool.len();
                    pool[pick].to_string()
                })
                .clone();
            let all_caps = original.chars().count() > 1 && original.chars().all(char::is_uppercase);
            draft.pieces[k].text = if all_caps { new.to_uppercase() } else { new };
        }
    }
}

/// Appends a photo credit in one of the forms AP captions use.
fn credit_photo(draft: &mut Draft, pick: u64, styles: &Styles) {
    if styles.first_names.is_empty() || styles.surnames.is_empty() {
        return;
    }
    let first = styles.first_names[(pick >> 8) as usize % styles.first_names.len()];
    let last = styles.surnames[(pick >> 24) as usize % styles.surnames.len()];
    let form = (pick >> 4) % 3;
    let agency = Some(EntityLabel::Org);
    let head: &[(&str, bool, Option<EntityLabel>)] = if form == 0 {
        &[("(", true, None), ("AP", false, agency), ("Photo", true, None), ("/", false, None)]
    } else {
        &[("(", true, None)]
    };
    let tail: &[(&str, bool, Option<EntityLabel>)] = match form {
        0 => &[(")", false, None)],
        1 => &[("/", false, None), ("AP", false, agency), ("Photo", true, None), (")", false, None)],
        _ => &[
            ("/", false, None),
            ("Pool", false, None),
            ("Photo", true, None),
            ("via", true, None),
            ("AP", true, agency),
            (")", false, None),
        ],
    };
    let name: &[(&str, bool, Option<EntityLabel>)] = &[(first, false, None), (last, true, None)];
    let name_at = draft.pieces.len() + head.len();
    for &(text, space, label) in head.iter().chain(name).chain(tail) {
        if let Some(label) = label {
            let k = draft.pieces.len();
            draft.spans.push((k..k + 1, label));
        }
        draft.pieces.push(Piece { text: text.to_string(), space });
    }
    draft.spans.push((name_at..name_at + 2, EntityLabel::Per));
}

/// "Orlando , Florida" -> "Orlando , Fla.": a state named right after a
/// place and a comma, as AP writes datelines and captions.
fn abbreviate_states(draft: &mut Draft, styles: &Styles) {
    let mut k = 0;
    while k < draft.spans.len() {
        let (range, label) = draft.spans[k].clone();
        let after_place = k > 0
            && range.start >= 2
            && draft.pieces[range.start - 1].text == ","
            && draft.spans[k - 1].0.end == range.start - 1
            && draft.spans[k - 1].1 == EntityLabel::Loc;
        let name = draft.pieces[range.clone()].iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join(" ");
        if let (true, EntityLabel::Loc, Some(abbreviation)) =
            (after_place, label, styles.states.get(&name.to_lowercase()))
        {
            let piece = Piece { text: abbreviation.to_string(), space: draft.pieces[range.start].space };
            let removed = range.len() - 1;
            draft.pieces.splice(range.clone(), [piece]);
            draft.spans[k].0 = range.start..range.start + 1;
            for (later, _) in &mut draft.spans[k + 1..] {
                *later = later.start - removed..later.end - removed;
            }
        }
        k += 1;
    }
}

/// A CoNLL dateline ("LONDON 1996-08-30": places and commas, then a date)
/// joined to the lead that follows it: "LONDON (AP) — The ...".
fn join_dateline(dateline: &Draft, lead: &Draft, seed: u64) -> Option<Draft> {
    // The date may be several tokens ("1996", "-", "08", ...) written as one word.
    let date_start = dateline.pieces.iter().rposition(|p| p.space)?;
    let date: String = dateline.pieces[date_start..].iter().map(|p| p.text.as_str()).collect();
    let is_date = date.len() == 10 && date.chars().filter(|c| c.is_ascii_digit()).count() == 8;
    let places = &dateline.pieces[..date_start];
    let in_place = |k: usize| dateline.spans.iter().any(|(r, l)| *l == EntityLabel::Loc && r.contains(&k));
    let all_places = !places.is_empty() && (0..places.len()).all(|k| in_place(k) || places[k].text == ",");
    if !is_date || !all_places || lead.pieces.is_empty() {
        return None;
    }
    let (agency, dash) = if finish(seed).is_multiple_of(4) { ("Reuters", "-") } else { ("AP", "\u{2014}") };
    let mut pieces = places.to_vec();
    let agency_at = pieces.len() + 1;
    for (text, space) in [("(", true), (agency, false), (")", false), (dash, true)] {
        pieces.push(Piece { text: text.to_string(), space });
    }
    let offset = pieces.len();
    pieces.extend(lead.pieces.iter().cloned());
    if let Some(first) = pieces.get_mut(offset) {
        first.space = true;
    }
    let mut spans: Vec<(Range<usize>, EntityLabel)> =
        dateline.spans.iter().filter(|(r, _)| r.end <= places.len()).cloned().collect();
    spans.push((agency_at..agency_at + 1, EntityLabel::Org));
    spans.extend(lead.spans.iter().map(|(r, l)| (r.start + offset..r.end + offset, *l)));
    Some(Draft { pieces, spans })
}

/// The draft as a sentence of Lector's tokens, or `None` if a token would
/// straddle two pieces (so its label could not be told).
fn rebuild(draft: &Draft) -> Option<Sentence> {
    let mut text = String::new();
    let mut bounds = Vec::with_capacity(draft.pieces.len());
    for piece in &draft.pieces {
        if piece.space && !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(&piece.text);
        bounds.push(start..text.len());
    }
    let tokens: Vec<Token> = tokenize(&text);
    // Token range of each piece.
    let mut ranges = Vec::with_capacity(bounds.len());
    let mut t = 0;
    for b in &bounds {
        let first = t;
        while t < tokens.len() && tokens[t].bytes.end <= b.end {
            if tokens[t].bytes.start < b.start {
                return None;
            }
            t += 1;
        }
        if t == first && !b.is_empty() {
            return None;
        }
        ranges.push(first..t);
    }
    if t != tokens.len() {
        return None;
    }
    let spans: Vec<(Range<usize>, EntityLabel)> =
        draft.spans.iter().map(|(r, l)| (ranges[r.start].start..ranges[r.end - 1].end, *l)).collect();
    let tags = tags::encode(tokens.len(), &spans);
    Some(Sentence { text, tokens, tags })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conll;

    fn entities(s: &Sentence) -> Vec<(&str, &str)> {
        s.entities().into_iter().map(|(r, l)| (&s.text[r], l.code())).collect()
    }

    fn styles() -> Styles {
        Styles {
            first_names: vec!["Amina"],
            surnames: vec!["Okafor"],
            states: [("florida".to_string(), "Fla.")].into_iter().collect(),
        }
    }

    const DOC: &str = "\
ORLANDO B-LOC
1996-08-30 O

Peter B-PER
Blackburn I-PER
visited O
Orlando B-LOC
, O
Florida B-LOC
. O

Blackburn B-PER
said O
Florida B-LOC
was O
hot O
. O
";

    #[test]
    fn joins_the_dateline_abbreviates_states_and_renames_people_consistently() {
        let docs = conll::read(DOC).expect("valid");
        let copy = restyle(&docs[0], 1, &styles());
        assert_eq!(copy.len(), 2, "dateline joined to the lead");
        let first = &copy[0];
        assert!(first.text.starts_with("ORLANDO ("), "{}", first.text);
        assert!(first.text.contains("Amina Okafor visited Orlando , Fla."), "{}", first.text);
        let found = entities(first);
        assert_eq!(found[0], ("ORLANDO", "LOC"));
        assert!(matches!(found[1], ("AP" | "Reuters", "ORG")), "{found:?}");
        assert_eq!(&found[2..], [("Amina Okafor", "PER"), ("Orlando", "LOC"), ("Fla.", "LOC")]);
        assert_eq!(
            &entities(&copy[1])[..2],
            [("Okafor", "PER"), ("Florida", "LOC")],
            "a state not after a place stays"
        );
    }

    #[test]
    fn photo_credits_name_the_photographer_and_the_agency() {
        let docs = conll::read("Smoke O\nrises O\n. O\n").expect("valid");
        for (pick, expected) in [
            (0x00, "Smoke rises . (AP Photo/Amina Okafor)"),
            (0x10, "Smoke rises . (Amina Okafor/AP Photo)"),
            (0x20, "Smoke rises . (Amina Okafor/Pool Photo via AP)"),
        ] {
            let mut draft = draft_of(&docs[0][0]);
            credit_photo(&mut draft, pick, &styles());
            let sentence = rebuild(&draft).expect("tokens line up");
            assert_eq!(sentence.text, expected);
            let mut found = entities(&sentence);
            found.sort();
            assert_eq!(found, [("AP", "ORG"), ("Amina Okafor", "PER")], "{expected}");
        }
    }
}
