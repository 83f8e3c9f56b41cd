//! Reading CoNLL-2003-style files as training and evaluation data, on
//! Lector's own tokens.
//!
//! The format: one token per line, the NER tag in the last column (IOB1 or
//! IOB2, labels PER/ORG/LOC/MISC), blank lines between sentences, `-DOCSTART-`
//! between documents. Each sentence is rebuilt as text (tokens joined by
//! single spaces, as the maintainers' `conll_to_gold.py` does) and
//! re-tokenized with [`tokenize`], so the model learns on exactly the
//! tokens it will see in an article.
//!
//! One adjustment brings the data in line with the gold guidelines: in a
//! hyphenated compound only the name is an entity ("Iran" in "Iran-made",
//! "Toronto" in "Toronto-based"), where CoNLL-2003 marks the whole token
//! MISC. The trimmed name takes the label the same name has most often
//! elsewhere in the file (so "Toronto" becomes LOC), or keeps its label if it
//! never occurs alone.
//!
//! Two more follow the guidelines: a leading "the" stays outside the name
//! of an organization or work ("The Times" becomes "Times"), and a
//! seat of government named for the institution in it ("the White House
//! said", "the Kremlin denied") is ORG, where CoNLL-2003 mostly marks it LOC.

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use lector_analysis::training::tags::{self, Tag};
use lector_analysis::training::tokenize::{tokenize, Token, TokenKind};
use lector_analysis::EntityLabel;

/// A line of a CoNLL file that cannot be read, with its number (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConllError {
    pub line: usize,
    pub problem: String,
}

impl fmt::Display for ConllError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

impl std::error::Error for ConllError {}

/// One sentence: its text, Lector's tokens of it and their gold tags.
#[derive(Clone, Debug)]
pub struct Sentence {
    pub text: String,
    pub tokens: Vec<Token>,
    pub tags: Vec<Tag>,
}

impl Sentence {
    /// Gold entities as byte ranges of `text`.
    pub fn entities(&self) -> Vec<(Range<usize>, EntityLabel)> {
        tags::decode(&self.tags)
            .into_iter()
            .map(|(r, label)| (self.tokens[r.start].bytes.start..self.tokens[r.end - 1].bytes.end, label))
            .collect()
    }
}

pub type Document = Vec<Sentence>;

/// A sentence as the file gives it: tokens and entity spans over them.
struct RawSentence {
    tokens: Vec<String>,
    entities: Vec<(Range<usize>, EntityLabel)>,
}

fn label_of(code: &str) -> Option<EntityLabel> {
    EntityLabel::ALL.into_iter().find(|l| l.code() == code)
}

/// Reads a CoNLL file into documents of sentences.
pub fn read(content: &str) -> Result<Vec<Document>, ConllError> {
    let raw = read_raw(content)?;
    let majority = majority_labels(&raw);
    Ok(raw.into_iter().map(|doc| doc.into_iter().map(|s| retokenize(&s, &majority)).collect()).collect())
}

fn read_raw(content: &str) -> Result<Vec<Vec<RawSentence>>, ConllError> {
    let mut docs: Vec<Vec<RawSentence>> = vec![Vec::new()];
    let mut sentence = RawSentence { tokens: Vec::new(), entities: Vec::new() };
    let mut open: Option<(usize, EntityLabel)> = None;
    let flush =
        |sentence: &mut RawSentence, open: &mut Option<(usize, EntityLabel)>, docs: &mut Vec<Vec<RawSentence>>| {
            if let Some((start, label)) = open.take() {
                sentence.entities.push((start..sentence.tokens.len(), label));
            }
            if !sentence.tokens.is_empty() {
                let done = std::mem::replace(sentence, RawSentence { tokens: Vec::new(), entities: Vec::new() });
                if let Some(doc) = docs.last_mut() {
                    doc.push(done);
                }
            }
        };
    for (n, line) in content.lines().enumerate() {
        let columns: Vec<&str> = line.split_whitespace().collect();
        if columns.is_empty() {
            flush(&mut sentence, &mut open, &mut docs);
            continue;
        }
        if columns[0] == "-DOCSTART-" {
            flush(&mut sentence, &mut open, &mut docs);
            if docs.last().is_some_and(|d| !d.is_empty()) {
                docs.push(Vec::new());
            }
            continue;
        }
        let error = |problem: String| ConllError { line: n + 1, problem };
        let (token, tag) = match columns.as_slice() {
            [token, .., tag] => (*token, *tag),
            _ => return Err(error(format!("expected a token and a tag, found {line:?}"))),
        };
        let i = sentence.tokens.len();
        let (kind, code) = tag.split_once('-').unwrap_or((tag, ""));
        match kind {
            "O" if code.is_empty() => {
                if let Some((start, label)) = open.take() {
                    sentence.entities.push((start..i, label));
                }
            }
            "B" | "I" => {
                let label = label_of(code).ok_or_else(|| {
                    error(format!("unknown entity label {code:?} in tag {tag:?} (expected PER, ORG, LOC or MISC)"))
                })?;
                let continues = kind == "I" && open.is_some_and(|(_, l)| l == label);
                if !continues {
                    if let Some((start, l)) = open.take() {
                        sentence.entities.push((start..i, l));
                    }
                    open = Some((i, label));
                }
            }
            _ => return Err(error(format!("unknown tag {tag:?} (expected O, B-LABEL or I-LABEL)"))),
        }
        sentence.tokens.push(token.to_string());
    }
    flush(&mut sentence, &mut open, &mut docs);
    docs.retain(|d| !d.is_empty());
    Ok(docs)
}

/// For each entity text, the label it carries most often in the file.
fn majority_labels(docs: &[Vec<RawSentence>]) -> HashMap<String, EntityLabel> {
    let mut counts: HashMap<String, [usize; 4]> = HashMap::new();
    for s in docs.iter().flatten() {
        for (range, label) in &s.entities {
            let text = s.tokens[range.clone()].join(" ");
            let index = EntityLabel::ALL.iter().position(|l| l == label).unwrap_or(0);
            counts.entry(text).or_default()[index] += 1;
        }
    }
    counts
        .into_iter()
        .map(|(text, c)| {
            // Ties go to the earlier label in ALL order, deterministically.
            let best = (0..4).fold(0, |b, i| if c[i] > c[b] { i } else { b });
            (text, EntityLabel::ALL[best])
        })
        .collect()
}

/// Seats of government that news names for the institution (metonymy);
/// the guidelines label them ORG.
const SEATS_OF_GOVERNMENT: &[&str] = &["White House", "Kremlin", "Pentagon", "Downing Street", "Elysee", "Whitehall"];

/// English prefixes that stay outside a name: "pro-Western", "anti-American".
const LEADING_PREFIXES: &[&str] =
    &["pro", "anti", "non", "ex", "post", "pre", "mid", "neo", "pan", "trans", "inter", "sub", "ultra", "semi", "un"];

fn retokenize(raw: &RawSentence, majority: &HashMap<String, EntityLabel>) -> Sentence {
    let text = raw.tokens.join(" ");
    let mut starts = Vec::with_capacity(raw.tokens.len());
    let mut pos = 0;
    for t in &raw.tokens {
        starts.push(pos);
        pos += t.len() + 1;
    }
    let tokens = tokenize(&text);
    let mut spans: Vec<(Range<usize>, EntityLabel)> = Vec::new();
    for (range, label) in &raw.entities {
        let bytes = starts[range.start]..starts[range.end - 1] + raw.tokens[range.end - 1].len();
        let mut inside: Range<usize> = {
            let first = tokens.partition_point(|t| t.bytes.start < bytes.start);
            let end = tokens.partition_point(|t| t.bytes.end <= bytes.end);
            first..end
        };
        if inside.is_empty() {
            continue;
        }
        let original = inside.clone();
        trim_compound(&text, &tokens, &mut inside);
        let name = &text[tokens[inside.start].bytes.start..tokens[inside.end - 1].bytes.end];
        let mut label = *label;
        if inside != original {
            label = majority.get(name).copied().unwrap_or(label);
        }
        // "the Wall Street Journal": the guidelines leave a leading "the"
        // out. Places keep theirs ("The Hague", "The Netherlands").
        if label != EntityLabel::Loc && inside.len() > 1 && tokens[inside.start].is(&text, "the") {
            inside.start += 1;
        }
        if label == EntityLabel::Loc && SEATS_OF_GOVERNMENT.contains(&name) {
            label = EntityLabel::Org;
        }
        spans.push((inside, label));
    }
    let tags = tags::encode(tokens.len(), &spans);
    Sentence { text, tokens, tags }
}

/// Narrows a token range to the name inside a hyphenated compound: drops a
/// lower-case part glued after it ("-made", "-based", "-led") or a known
/// prefix glued before it ("pro-"). Inner lower-case parts ("Inzamam-ul-Haq",
/// "Weston-super-Mare") stay, and a range with no capital left is kept whole.
fn trim_compound(text: &str, tokens: &[Token], range: &mut Range<usize>) {
    let is_hyphen = |t: &Token| t.kind == TokenKind::Punct && t.text(text) == "-";
    let lowercase_word = |t: &Token| t.is_word() && !t.text(text).chars().next().is_some_and(char::is_uppercase);
    let mut r = range.clone();
    while r.len() >= 3 {
        let (last, hyphen) = (&tokens[r.end - 1], &tokens[r.end - 2]);
        if last.glued && hyphen.glued && is_hyphen(hyphen) && lowercase_word(last) {
            r.end -= 2;
        } else {
            break;
        }
    }
    while r.len() >= 3 {
        let (first, hyphen) = (&tokens[r.start], &tokens[r.start + 1]);
        let prefix = LEADING_PREFIXES.iter().any(|p| first.is(text, p));
        if prefix && hyphen.glued && is_hyphen(hyphen) && tokens[r.start + 2].glued {
            r.start += 2;
        } else {
            break;
        }
    }
    if tokens[r.clone()].iter().any(|t| t.starts_upper(text)) {
        *range = r;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entities(doc: &Sentence) -> Vec<(&str, &str)> {
        doc.entities().into_iter().map(|(r, l)| (&doc.text[r], l.code())).collect()
    }

    const FILE: &str = "\
-DOCSTART- -X- -X- O

EU NNP B-NP B-ORG
rejects VBZ B-VP O
German JJ B-NP B-MISC
call NN I-NP O
. . O O

Peter NNP B-NP B-PER
Blackburn NNP I-NP I-PER

-DOCSTART- -X- -X- O

Toronto NNP B-NP B-LOC
Toronto-based JJ I-NP B-MISC
U.S.-led JJ I-NP B-MISC
pro-Western JJ I-NP B-MISC
Inzamam-ul-Haq NNP I-NP B-PER
self-rule NN I-NP B-ORG

the DT B-NP O
Kremlin NNP I-NP B-LOC

The DT B-NP B-ORG
Times NNP I-NP I-ORG
The DT B-NP B-LOC
Hague NNP I-NP I-LOC
";

    #[test]
    fn reads_documents_sentences_and_entities() {
        let docs = read(FILE).expect("valid file");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].len(), 2);
        assert_eq!(entities(&docs[0][0]), [("EU", "ORG"), ("German", "MISC")]);
        assert_eq!(entities(&docs[0][1]), [("Peter Blackburn", "PER")]);
    }

    #[test]
    fn marks_only_the_name_in_hyphenated_compounds() {
        let docs = read(FILE).expect("valid file");
        assert_eq!(
            entities(&docs[1][0]),
            [
                ("Toronto", "LOC"),
                ("Toronto", "LOC"),
                ("U.S.", "MISC"),
                ("Western", "MISC"),
                ("Inzamam-ul-Haq", "PER"),
                ("self-rule", "ORG")
            ]
        );
    }

    #[test]
    fn seats_of_government_are_organizations() {
        let docs = read(FILE).expect("valid file");
        assert_eq!(entities(&docs[1][1]), [("Kremlin", "ORG")]);
    }

    #[test]
    fn a_leading_the_stays_outside_all_but_place_names() {
        let docs = read(FILE).expect("valid file");
        assert_eq!(entities(&docs[1][2]), [("Times", "ORG"), ("The Hague", "LOC")]);
    }

    #[test]
    fn reads_iob1_where_i_opens_an_entity() {
        let docs = read("The O\nRed I-ORG\nCross I-ORG\nand O\nUN I-ORG\nWHO B-ORG\n").expect("valid");
        assert_eq!(entities(&docs[0][0]), [("Red Cross", "ORG"), ("UN", "ORG"), ("WHO", "ORG")]);
    }

    #[test]
    fn reports_bad_lines_with_their_number() {
        let err = read("EU B-ORG\nrejects B-FOO\n").expect_err("unknown label");
        assert_eq!(err.line, 2);
        assert!(err.to_string().contains("FOO"), "{err}");
        assert_eq!(read("EU\n").expect_err("no tag column").line, 1);
    }
}
