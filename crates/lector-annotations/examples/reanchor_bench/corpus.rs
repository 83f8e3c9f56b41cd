//! The texts the bench annotates, in two groups: those the anchoring rule
//! was tuned on, and those it was not (looked at only as totals).

use std::path::{Path, PathBuf};

pub struct Text {
    pub name: String,
    pub body: String,
}

pub struct Corpus {
    /// The sample articles (`data/*.md`, rendered), `eval/probe/dev/` and `eval/probe-hedges/`.
    pub tuned: Vec<Text>,
    /// `eval/fresh/`, `eval/probe/held/`, `eval/probe-hedges/heldout/` and CoNLL-2003 documents.
    pub held_out: Vec<Text>,
}

/// CoNLL-2003 training documents used: the first ones of at least this many
/// words that are mostly prose (not results tables).
const CONLL_DOCUMENTS: usize = 12;
const CONLL_MIN_WORDS: usize = 250;

pub fn load(root: &Path) -> Corpus {
    let mut tuned = markdown_articles(&root.join("data"));
    tuned.extend(plain_texts(&root.join("eval/probe/dev")));
    tuned.extend(plain_texts(&root.join("eval/probe-hedges")));
    let mut held_out = plain_texts(&root.join("eval/fresh"));
    held_out.extend(plain_texts(&root.join("eval/probe/held")));
    held_out.extend(plain_texts(&root.join("eval/probe-hedges/heldout")));
    held_out.extend(conll_documents(&root.join("../shared/data/conll2003/train.txt")));
    Corpus { tuned, held_out }
}

fn sorted_files(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(dir).map(|entries| entries.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|x| x == extension) && !p.ends_with("README.md"));
    paths.sort();
    paths
}

fn name(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

fn markdown_articles(dir: &Path) -> Vec<Text> {
    sorted_files(dir, "md")
        .into_iter()
        .filter_map(|path| {
            let source = std::fs::read_to_string(&path).ok()?;
            let article = lector_article::Article::parse(&name(&path), &source).ok()?;
            Some(Text { name: name(&path), body: article.document.text })
        })
        .collect()
}

fn plain_texts(dir: &Path) -> Vec<Text> {
    sorted_files(dir, "txt")
        .into_iter()
        .filter_map(|path| {
            let body = std::fs::read_to_string(&path).ok()?;
            Some(Text { name: name(&path), body: body.trim().to_owned() })
        })
        .collect()
}

/// CoNLL-2003 documents as plain text: tokens joined with news spacing,
/// the headline and dateline as paragraphs, then two sentences a paragraph.
fn conll_documents(path: &Path) -> Vec<Text> {
    let Ok(source) = std::fs::read_to_string(path) else { return Vec::new() };
    let mut documents: Vec<Vec<Vec<String>>> = Vec::new();
    let mut sentence: Vec<String> = Vec::new();
    for line in source.lines() {
        if line.starts_with("-DOCSTART-") {
            documents.push(Vec::new());
        } else if line.trim().is_empty() {
            if !sentence.is_empty() {
                if let Some(doc) = documents.last_mut() {
                    doc.push(std::mem::take(&mut sentence));
                }
                sentence.clear();
            }
        } else if let Some(token) = line.split(' ').next() {
            sentence.push(token.to_owned());
        }
    }
    documents
        .into_iter()
        .enumerate()
        .filter(|(_, doc)| {
            let tokens: Vec<&String> = doc.iter().flatten().collect();
            let numeric = tokens.iter().filter(|t| t.chars().any(|c| c.is_ascii_digit())).count();
            tokens.len() >= CONLL_MIN_WORDS && numeric * 10 < tokens.len()
        })
        .take(CONLL_DOCUMENTS)
        .map(|(n, doc)| {
            let sentences: Vec<String> = doc.iter().map(|s| detokenise(s)).collect();
            let mut paragraphs: Vec<String> = sentences.iter().take(2).cloned().collect();
            paragraphs.extend(sentences[2.min(sentences.len())..].chunks(2).map(|pair| pair.join(" ")));
            Text { name: format!("conll-train-{n}"), body: paragraphs.join("\n\n") }
        })
        .collect()
}

fn detokenise(tokens: &[String]) -> String {
    let mut out = String::new();
    let mut open_quote = false;
    let mut glue_next = false;
    for token in tokens {
        let closing = matches!(token.as_str(), "." | "," | ";" | ":" | "!" | "?" | ")" | "%" | "'s" | "n't" | "'")
            || token == "\"" && open_quote;
        if !out.is_empty() && !closing && !glue_next {
            out.push(' ');
        }
        out.push_str(token);
        glue_next = matches!(token.as_str(), "(" | "$") || token == "\"" && !open_quote;
        if token == "\"" {
            open_quote = !open_quote;
        }
    }
    out
}
