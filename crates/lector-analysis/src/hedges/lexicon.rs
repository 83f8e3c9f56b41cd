//! The cue lexicon: word classes and cue patterns read from
//! `lexicons/cues.txt` and `lexicons/sources.txt` (the format is described at
//! the top of `cues.txt`).
//!
//! Every word the lexicon mentions gets a number; a token is looked up once
//! (one hash probe on its folded text, without allocating) and from then on
//! patterns and classes compare numbers and bit masks. Patterns are indexed by
//! their first element, so each token only tries the few patterns that can
//! start on it.

use std::collections::HashMap;
use std::fmt;

use super::inflection::verb_forms;
use super::judgement::Judge;
use super::kind::CueKind;

pub(crate) type WordId = u32;
/// The id of a token the lexicon never mentions.
pub(crate) const UNKNOWN: WordId = WordId::MAX;
pub(crate) type ClassId = u8;
const MAX_CLASSES: usize = 64;

pub(crate) enum Element {
    Words(Box<[WordId]>),
    Class(ClassId),
    /// Up to this many words of anything within the clause.
    Gap(u8),
}

pub(crate) struct Step {
    pub element: Element,
    pub optional: bool,
}

pub(crate) struct Pattern {
    pub kind: CueKind,
    pub steps: Vec<Step>,
    pub not_after: Vec<WordId>,
    pub not_before: Vec<WordId>,
    pub not_negated: bool,
    pub judge: Option<Judge>,
}

pub(crate) struct Lexicon {
    vocabulary: HashMap<Box<str>, WordId>,
    /// Per word id, the classes it belongs to as bits.
    classes_of: Vec<u64>,
    class_names: HashMap<Box<str>, ClassId>,
    pub patterns: Vec<Pattern>,
    /// Per word id, the patterns whose first element matches it.
    starting: Vec<Vec<u16>>,
}

/// A line of a lexicon file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    pub file: &'static str,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} line {}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for LexiconError {}

impl Lexicon {
    /// Reads lexicon files given as (name, text): classes from all of them
    /// first, so a pattern may use a class defined in another file.
    pub fn parse(files: &[(&'static str, &str)]) -> Result<Lexicon, LexiconError> {
        let mut lexicon = Lexicon {
            vocabulary: HashMap::new(),
            classes_of: Vec::new(),
            class_names: HashMap::new(),
            patterns: Vec::new(),
            starting: Vec::new(),
        };
        let lines = || {
            files.iter().flat_map(|&(file, text)| {
                text.lines()
                    .enumerate()
                    .map(move |(i, l)| (file, i + 1, l.trim()))
                    .filter(|(_, _, l)| !l.is_empty() && !l.starts_with('#'))
            })
        };
        for (file, line, text) in lines() {
            let error = |message: String| LexiconError { file, line, message };
            if let Some(definition) = text.strip_prefix('@') {
                let (name, words) = definition.split_once('=').ok_or_else(|| error("a class needs '='".into()))?;
                lexicon.define_class(name.trim(), words).map_err(error)?;
            }
        }
        for (file, line, text) in lines() {
            if !text.starts_with('@') {
                let pattern = lexicon.parse_pattern(text).map_err(|message| LexiconError { file, line, message })?;
                lexicon.patterns.push(pattern);
            }
        }
        lexicon.index()?;
        Ok(lexicon)
    }

    /// The id of a word given folded (see [`crate::tokenize::fold`]).
    pub fn id(&self, folded: &str) -> WordId {
        self.vocabulary.get(folded).copied().unwrap_or(UNKNOWN)
    }

    pub fn classes_of(&self, id: WordId) -> u64 {
        self.classes_of.get(id as usize).copied().unwrap_or(0)
    }

    pub fn class(&self, name: &str) -> Result<ClassId, LexiconError> {
        self.class_names.get(name).copied().ok_or_else(|| LexiconError {
            file: "lexicons",
            line: 0,
            message: format!("the code needs a class @{name}, which no lexicon file defines"),
        })
    }

    /// The patterns that can start on a word.
    pub fn starting_with(&self, id: WordId) -> &[u16] {
        self.starting.get(id as usize).map_or(&[], Vec::as_slice)
    }

    fn intern(&mut self, word: &str) -> WordId {
        if let Some(&id) = self.vocabulary.get(word) {
            return id;
        }
        let id = self.classes_of.len() as WordId;
        self.vocabulary.insert(word.into(), id);
        self.classes_of.push(0);
        id
    }

    /// The ids a written word stands for: one, or four for "deny~".
    fn words(&mut self, written: &str) -> Result<Vec<WordId>, String> {
        let folded: String = written.chars().map(crate::tokenize::fold).collect();
        if folded.is_empty() || folded.contains(['@', '|', '?', ';']) {
            return Err(format!("'{written}' is not a word"));
        }
        Ok(match folded.strip_suffix('~') {
            Some(base) => verb_forms(base).iter().map(|f| self.intern(f)).collect(),
            None => vec![self.intern(&folded)],
        })
    }

    fn define_class(&mut self, name: &str, words: &str) -> Result<(), String> {
        if self.class_names.contains_key(name) {
            return Err(format!("class @{name} is defined twice"));
        }
        if self.class_names.len() == MAX_CLASSES {
            return Err(format!("more than {MAX_CLASSES} classes"));
        }
        let class = self.class_names.len() as ClassId;
        self.class_names.insert(name.into(), class);
        for written in words.split_whitespace() {
            for id in self.words(written)? {
                self.classes_of[id as usize] |= 1 << class;
            }
        }
        Ok(())
    }

    fn parse_pattern(&mut self, line: &str) -> Result<Pattern, String> {
        let (kind, rest) = line.split_once(':').ok_or("a cue line needs 'kind:'")?;
        let kind = CueKind::from_code(kind.trim())
            .filter(|k| k.is_hedge())
            .ok_or_else(|| format!("unknown cue kind '{}'", kind.trim()))?;
        let mut parts = rest.split(';').map(str::trim);
        let mut steps = Vec::new();
        for element in parts.next().unwrap_or("").split_whitespace() {
            steps.push(self.parse_step(element)?);
        }
        match (steps.first(), steps.last()) {
            (None, _) => return Err("empty pattern".into()),
            (Some(first), _) if first.optional || matches!(first.element, Element::Gap(_)) => {
                return Err("a pattern must start with a word or class that is always there".into())
            }
            (_, Some(last)) if matches!(last.element, Element::Gap(_)) => {
                return Err("a pattern cannot end with a gap".into())
            }
            _ => {}
        }
        let mut pattern =
            Pattern { kind, steps, not_after: Vec::new(), not_before: Vec::new(), not_negated: false, judge: None };
        for option in parts.filter(|p| !p.is_empty()) {
            let (name, args) = option.split_once(' ').unwrap_or((option, ""));
            match name {
                "not-after" | "not-before" => {
                    let mut ids = Vec::new();
                    for w in args.split_whitespace() {
                        ids.extend(self.words(w)?);
                    }
                    if ids.is_empty() {
                        return Err(format!("{name} needs words"));
                    }
                    if name == "not-after" {
                        pattern.not_after = ids;
                    } else {
                        pattern.not_before = ids;
                    }
                }
                "not-negated" => pattern.not_negated = true,
                "judge" => pattern.judge = Some(args.trim().parse()?),
                _ => return Err(format!("unknown option '{name}'")),
            }
        }
        Ok(pattern)
    }

    fn parse_step(&mut self, element: &str) -> Result<Step, String> {
        if let Some(n) = element.strip_prefix("...") {
            let n: u8 = n.parse().map_err(|_| format!("'{element}': a gap is ...N with N a small number"))?;
            return Ok(Step { element: Element::Gap(n), optional: false });
        }
        let (body, optional) = match element.strip_suffix('?') {
            Some(body) => (body, true),
            None => (element, false),
        };
        let element = if let Some(name) = body.strip_prefix('@') {
            Element::Class(*self.class_names.get(name).ok_or_else(|| format!("unknown class @{name}"))?)
        } else {
            let mut ids = Vec::new();
            for alternative in body.split('|') {
                ids.extend(self.words(alternative)?);
            }
            Element::Words(ids.into())
        };
        Ok(Step { element, optional })
    }

    fn index(&mut self) -> Result<(), LexiconError> {
        let mut starting = vec![Vec::new(); self.classes_of.len()];
        for (p, pattern) in self.patterns.iter().enumerate() {
            let p = u16::try_from(p).map_err(|_| LexiconError {
                file: "lexicons",
                line: 0,
                message: "too many patterns".into(),
            })?;
            match &pattern.steps[0].element {
                Element::Words(ids) => ids.iter().for_each(|&id| starting[id as usize].push(p)),
                Element::Class(c) => (0..self.classes_of.len())
                    .filter(|&id| self.classes_of[id] & (1 << c) != 0)
                    .for_each(|id| starting[id].push(p)),
                Element::Gap(_) => unreachable!("rejected by parse_pattern"),
            }
        }
        self.starting = starting;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(source: &str) -> String {
        let source: &'static str = Box::leak(source.to_string().into_boxed_str());
        match Lexicon::parse(&[("test.txt", source)]) {
            Ok(_) => panic!("{source:?} was accepted"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn rejects_lines_it_cannot_read_with_the_file_and_line() {
        const BAD: &[(&str, &str)] = &[
            ("# fine\nweasel: many", "test.txt line 2: unknown cue kind 'weasel'"),
            ("attribution: said", "unknown cue kind 'attribution'"),
            ("uncertainty: maybe ; sometimes", "unknown option 'sometimes'"),
            ("uncertainty: maybe ; judge guess", "unknown judgement 'guess'"),
            ("uncertainty: @hedge", "unknown class @hedge"),
            ("uncertainty: ...2 likely", "must start with a word"),
            ("uncertainty: likely? so", "must start with a word"),
            ("uncertainty: not ...2", "cannot end with a gap"),
            ("uncertainty: not ...x clear", "a gap is ...N"),
            ("@a = x\n@a = y", "defined twice"),
            ("@a x y", "needs '='"),
            ("uncertainty likely", "needs 'kind:'"),
        ];
        for (source, message) in BAD {
            let got = error_of(source);
            assert!(got.contains(message), "{source:?}: got {got:?}, want {message:?}");
        }
    }

    #[test]
    fn expands_verb_forms_alternatives_and_classes_to_shared_word_ids() {
        let lexicon = Lexicon::parse(&[
            ("a.txt", "@source = official officials\nuncertainty: deny~ ; not-negated"),
            ("b.txt", "anonymous_source: unnamed|anonymous @source"),
        ])
        .unwrap();
        for form in ["deny", "denies", "denied", "denying"] {
            assert_eq!(lexicon.starting_with(lexicon.id(form)), [0], "{form}");
        }
        assert_eq!(lexicon.starting_with(lexicon.id("anonymous")), [1]);
        let source = lexicon.class("source").unwrap();
        assert_ne!(lexicon.classes_of(lexicon.id("officials")) & (1 << source), 0);
        assert_eq!(lexicon.id("believes"), UNKNOWN);
        assert!(lexicon.class("speech").is_err());
    }
}
