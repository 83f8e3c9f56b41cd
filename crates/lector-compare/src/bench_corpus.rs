//! The benchmark's articles, shared by `lector bench-compare` (native) and
//! `tests/compare_bench.rs` (WebAssembly in Chromium): CoNLL-2003 documents
//! (Reuters news) as articles, and a deterministic rewrite of one, so both
//! runs time the same work. Text in, text out; the caller reads the file.

/// CoNLL documents as lists of sentences (tokens joined with news spacing).
pub fn documents(conll: &str) -> Vec<Vec<String>> {
    let mut docs: Vec<Vec<String>> = Vec::new();
    let mut sentence: Vec<&str> = Vec::new();
    for line in conll.lines() {
        let token = line.split_whitespace().next();
        match token {
            Some("-DOCSTART-") => docs.push(Vec::new()),
            Some(t) => sentence.push(t),
            None => {
                if let (false, Some(doc)) = (sentence.is_empty(), docs.last_mut()) {
                    doc.push(detokenize(&sentence));
                }
                sentence.clear();
            }
        }
    }
    docs.retain(|d| d.len() >= 4);
    docs
}

fn detokenize(tokens: &[&str]) -> String {
    let mut out = String::new();
    for (k, t) in tokens.iter().enumerate() {
        let glue = matches!(*t, "." | "," | ":" | ";" | "?" | "!" | ")" | "'s" | "n't" | "%")
            || (k > 0 && tokens[k - 1] == "(");
        if k > 0 && !glue {
            out.push(' ');
        }
        out.push_str(t);
    }
    out
}

/// Paragraphs of up to three sentences; the headline and dateline alone.
pub fn paragraphs(doc: &[String]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = doc.iter().take(2).map(|s| vec![s.clone()]).collect();
    out.extend(doc[2.min(doc.len())..].chunks(3).map(<[String]>::to_vec));
    out
}

pub fn join(paragraphs: &[Vec<String>]) -> String {
    paragraphs.iter().map(|p| p.join(" ")).collect::<Vec<_>>().join("\n\n")
}

/// A deterministic rewrite: paragraphs in pairs swapped, every fifth sentence
/// dropped, every fourth split at its first comma, every third with its
/// clauses swapped around the first comma.
pub fn rewrite(original: &[Vec<String>]) -> Vec<Vec<String>> {
    let mut paragraphs: Vec<Vec<String>> = original.to_vec();
    for pair in paragraphs.chunks_mut(2) {
        pair.reverse();
    }
    let mut n = 0;
    paragraphs
        .into_iter()
        .map(|p| {
            p.into_iter()
                .filter_map(|s| {
                    n += 1;
                    let comma = s.find(", ");
                    match (n % 5, n % 4, n % 3, comma) {
                        (0, _, _, _) => None,
                        (_, 0, _, Some(c)) => Some(format!("{}. {}", &s[..c], capitalized(&s[c + 2..]))),
                        (_, _, 0, Some(c)) => Some(format!("{}, {}", s[c + 2..].trim_end_matches('.'), &s[..c]) + "."),
                        _ => Some(s),
                    }
                })
                .collect()
        })
        .collect()
}

fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The compared pair: ~1,000 words of the documents after the first
/// `library` ones, and its rewrite.
pub fn pair(documents: &[Vec<String>], library: usize) -> (String, String) {
    let mut original: Vec<Vec<String>> = Vec::new();
    for doc in documents.iter().skip(library) {
        if original.iter().flatten().map(|s| s.split(' ').count()).sum::<usize>() >= 1000 {
            break;
        }
        original.extend(paragraphs(doc));
    }
    (join(&original), join(&rewrite(&original)))
}
