//! Random editorial edits to a text, remembering where every original
//! character went, so that the true new place of any old span is known.

use crate::rng::Rng;

/// One character of the edited text and where it came from.
#[derive(Clone, Copy)]
pub struct Cell {
    pub ch: char,
    /// The original character this one is, or replaces (a substituted word's
    /// letters stand for the old word's); `None` for inserted text.
    pub origin: Option<usize>,
    /// True when this is the original character itself, unchanged.
    pub kept: bool,
}

/// The kinds of edit, with how often each is drawn (out of 100).
const KINDS: [(Kind, usize); 7] = [
    (Kind::SubstituteWord, 30),
    (Kind::InsertWords, 20),
    (Kind::DeleteWord, 20),
    (Kind::FixTypo, 10),
    (Kind::InsertSentence, 7),
    (Kind::DeleteSentence, 7),
    (Kind::SwapParagraphs, 6),
];

#[derive(Clone, Copy)]
enum Kind {
    SubstituteWord,
    InsertWords,
    DeleteWord,
    FixTypo,
    InsertSentence,
    DeleteSentence,
    SwapParagraphs,
}

pub struct Edited {
    pub cells: Vec<Cell>,
}

impl Edited {
    pub fn text(&self) -> String {
        self.cells.iter().map(|c| c.ch).collect()
    }
}

/// Edits `original` until the edits touch `share` of its words: a
/// substituted, inserted, deleted or retyped word counts one, an inserted or
/// deleted sentence its words, a paragraph swap one. `vocabulary` supplies
/// inserted and substituted words, `sentences` inserted sentences (from
/// other texts).
pub fn edit(original: &str, share: f64, vocabulary: &[String], sentences: &[String], rng: &mut Rng) -> Edited {
    let mut cells: Vec<Cell> =
        original.chars().enumerate().map(|(i, ch)| Cell { ch, origin: Some(i), kept: true }).collect();
    let words = words(&cells).len();
    let budget = ((words as f64 * share).round() as usize).max(1);
    let mut spent = 0;
    let mut attempts = 0;
    while spent < budget && attempts < budget * 20 {
        attempts += 1;
        let mut roll = rng.below(100);
        let kind = KINDS
            .iter()
            .find(|&&(_, weight)| {
                if roll < weight {
                    true
                } else {
                    roll -= weight;
                    false
                }
            })
            .map(|&(k, _)| k)
            .unwrap_or(Kind::SubstituteWord);
        spent += match kind {
            Kind::SubstituteWord => substitute_word(&mut cells, vocabulary, rng),
            Kind::InsertWords => insert_words(&mut cells, vocabulary, rng),
            Kind::DeleteWord => delete_word(&mut cells, rng),
            Kind::FixTypo => fix_typo(&mut cells, rng),
            Kind::InsertSentence => insert_sentence(&mut cells, sentences, rng),
            Kind::DeleteSentence => delete_sentence(&mut cells, rng),
            Kind::SwapParagraphs => swap_paragraphs(&mut cells, rng),
        };
    }
    Edited { cells }
}

/// Spans (start, end) of the words: runs of letters and digits.
pub fn words(cells: &[Cell]) -> Vec<(usize, usize)> {
    runs(cells.len(), |i| cells[i].ch.is_alphanumeric())
}

fn runs(len: usize, inside: impl Fn(usize) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for i in 0..=len {
        match (start, i < len && inside(i)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Paragraph spans: text between blank lines.
pub fn paragraphs(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i + 1 < chars.len() {
        if chars[i] == '\n' && chars[i + 1] == '\n' {
            out.push((start, i));
            start = i + 2;
            i += 2;
        } else {
            i += 1;
        }
    }
    out.push((start, chars.len()));
    out.retain(|&(s, e)| e > s);
    out
}

/// Sentence spans (end includes the closing punctuation), within paragraphs.
pub fn sentences(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (start, end) in paragraphs(chars) {
        let mut s = start;
        let mut i = start;
        while i < end {
            if matches!(chars[i], '.' | '!' | '?') {
                let mut j = i + 1;
                while j < end && matches!(chars[j], '"' | '”' | '’' | '\'' | ')') {
                    j += 1;
                }
                let next_starts = j + 1 < end
                    && chars[j] == ' '
                    && (chars[j + 1].is_uppercase()
                        || chars[j + 1].is_ascii_digit()
                        || matches!(chars[j + 1], '"' | '“'));
                if j == end || next_starts {
                    out.push((s, j));
                    s = j + 1;
                    i = j;
                }
            }
            i += 1;
        }
        if s < end {
            out.push((s, end));
        }
    }
    out
}

fn chars(cells: &[Cell]) -> Vec<char> {
    cells.iter().map(|c| c.ch).collect()
}

fn inserted(text: &str) -> Vec<Cell> {
    text.chars().map(|ch| Cell { ch, origin: None, kept: false }).collect()
}

fn pick_word(vocabulary: &[String], rng: &mut Rng) -> String {
    vocabulary[rng.below(vocabulary.len())].clone()
}

fn capitalised_like(word: &str, model: &[Cell]) -> String {
    if model.first().is_some_and(|c| c.ch.is_uppercase()) {
        let mut out: String = word.chars().take(1).flat_map(char::to_uppercase).collect();
        out.extend(word.chars().skip(1));
        out
    } else {
        word.to_owned()
    }
}

fn substitute_word(cells: &mut Vec<Cell>, vocabulary: &[String], rng: &mut Rng) -> usize {
    let words = words(cells);
    let (s, e) = words[rng.below(words.len())];
    let old: Vec<Cell> = cells[s..e].to_vec();
    let old_text: String = old.iter().map(|c| c.ch).collect();
    let mut word = pick_word(vocabulary, rng);
    if word.eq_ignore_ascii_case(&old_text) {
        word = pick_word(vocabulary, rng);
    }
    let word = capitalised_like(&word, &old);
    let n = word.chars().count();
    let replacement: Vec<Cell> = word
        .chars()
        .enumerate()
        .map(|(i, ch)| Cell { ch, origin: old[(i * old.len() / n).min(old.len() - 1)].origin, kept: false })
        .collect();
    cells.splice(s..e, replacement);
    1
}

/// One to three words before a random word ("arms deals" → "arms half deals").
fn insert_words(cells: &mut Vec<Cell>, vocabulary: &[String], rng: &mut Rng) -> usize {
    let words = words(cells);
    let (s, _) = words[rng.below(words.len())];
    let count = 1 + rng.below(3);
    let text: String = (0..count).map(|_| format!("{} ", pick_word(vocabulary, rng))).collect();
    cells.splice(s..s, inserted(&text));
    count
}

fn delete_word(cells: &mut Vec<Cell>, rng: &mut Rng) -> usize {
    let words = words(cells);
    let (s, e) = words[rng.below(words.len())];
    if s > 0 && cells[s - 1].ch == ' ' {
        cells.drain(s - 1..e);
    } else if e < cells.len() && cells[e].ch == ' ' {
        cells.drain(s..=e);
    } else {
        cells.drain(s..e);
    }
    1
}

/// A word of four letters or more gets one letter changed, dropped, added or
/// swapped with the next (the old version had the typo).
fn fix_typo(cells: &mut Vec<Cell>, rng: &mut Rng) -> usize {
    let long: Vec<(usize, usize)> = words(cells).into_iter().filter(|&(s, e)| e - s >= 4).collect();
    if long.is_empty() {
        return 1;
    }
    let (s, e) = long[rng.below(long.len())];
    let i = s + 1 + rng.below(e - s - 2);
    let letter = (b'a' + rng.below(26) as u8) as char;
    match rng.below(4) {
        0 => {
            cells[i].ch = letter;
            cells[i].kept = false;
        }
        1 => {
            cells.remove(i);
        }
        2 => cells.insert(i, Cell { ch: letter, origin: None, kept: false }),
        _ => cells.swap(i, i + 1),
    }
    1
}

fn insert_sentence(cells: &mut Vec<Cell>, sentences: &[String], rng: &mut Rng) -> usize {
    let here = self::sentences(&chars(cells));
    let sentence = &sentences[rng.below(sentences.len())];
    let (s, _) = here[rng.below(here.len())];
    cells.splice(s..s, inserted(&format!("{sentence} ")));
    sentence.split_whitespace().count()
}

fn delete_sentence(cells: &mut Vec<Cell>, rng: &mut Rng) -> usize {
    let text = chars(cells);
    let here = sentences(&text);
    let (s, e) = here[rng.below(here.len())];
    let count = text[s..e].iter().collect::<String>().split_whitespace().count();
    if e < cells.len() && cells[e].ch == ' ' {
        cells.drain(s..=e);
    } else if s > 0 && cells[s - 1].ch == ' ' {
        cells.drain(s - 1..e);
    } else {
        // The paragraph's only sentence: the paragraph goes, with a separator.
        let end = if cells.get(e).is_some_and(|c| c.ch == '\n') { (e + 2).min(cells.len()) } else { e };
        let start = if end == e && s >= 2 { s - 2 } else { s };
        cells.drain(start..end);
    }
    count
}

/// Two neighbouring paragraphs (not the headline) change places.
fn swap_paragraphs(cells: &mut Vec<Cell>, rng: &mut Rng) -> usize {
    let paragraphs = paragraphs(&chars(cells));
    if paragraphs.len() < 4 {
        return 1;
    }
    let k = 1 + rng.below(paragraphs.len() - 2);
    let ((a, a_end), (b, b_end)) = (paragraphs[k], paragraphs[k + 1]);
    let first: Vec<Cell> = cells[a..a_end].to_vec();
    let between: Vec<Cell> = cells[a_end..b].to_vec();
    let second: Vec<Cell> = cells[b..b_end].to_vec();
    let swapped: Vec<Cell> = second.into_iter().chain(between).chain(first).collect();
    cells.splice(a..b_end, swapped);
    1
}
