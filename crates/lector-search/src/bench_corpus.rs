//! A library to measure with: news articles made from CoNLL-2003 documents
//! (Reuters, 1996), so the benchmark runs on real news text and names without
//! copying Lector's own articles.

/// One generated article: its headline and rendered text (headline, blank
/// line, paragraphs), as `Document::text` would give.
#[derive(Clone, Debug)]
pub struct BenchArticle {
    pub title: String,
    pub text: String,
}

/// `count` articles of about `target_chars` characters each, from the
/// documents of a CoNLL-format file. Each article takes documents in turn
/// (wrapping around) until it is long enough; its headline is its first
/// document's first sentence, and each sentence of the source becomes a
/// paragraph's sentence, six to a paragraph.
pub fn articles(conll: &str, count: usize, target_chars: usize) -> Vec<BenchArticle> {
    let documents = documents(conll);
    if documents.is_empty() {
        return Vec::new();
    }
    let mut next = 0;
    (0..count)
        .map(|_| {
            let mut sentences: Vec<String> = Vec::new();
            let mut chars = 0;
            while chars < target_chars {
                for s in &documents[next % documents.len()] {
                    chars += s.len() + 1;
                    sentences.push(s.clone());
                }
                next += 1;
            }
            let title = sentences.remove(0);
            let mut text = title.clone();
            for paragraph in sentences.chunks(6) {
                text.push_str("\n\n");
                text.push_str(&paragraph.join(" "));
            }
            BenchArticle { title, text }
        })
        .collect()
}

/// The sentences of each `-DOCSTART-` document, detokenised.
fn documents(conll: &str) -> Vec<Vec<String>> {
    let mut docs: Vec<Vec<String>> = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    let flush = |words: &mut Vec<&str>, docs: &mut Vec<Vec<String>>| {
        if !words.is_empty() {
            if docs.is_empty() {
                docs.push(Vec::new());
            }
            let sentence = detokenize(words);
            if let Some(doc) = docs.last_mut() {
                doc.push(sentence);
            }
            words.clear();
        }
    };
    for line in conll.lines() {
        let word = line.split_whitespace().next();
        match word {
            Some("-DOCSTART-") => {
                flush(&mut words, &mut docs);
                docs.push(Vec::new());
            }
            Some(w) => words.push(w),
            None => flush(&mut words, &mut docs),
        }
    }
    flush(&mut words, &mut docs);
    docs.retain(|d| !d.is_empty());
    docs
}

/// Words joined as print sets them: no space before punctuation or a
/// possessive, none after an opening bracket or quote.
fn detokenize(words: &[&str]) -> String {
    let mut out = String::new();
    let mut open_quote = false;
    let mut glue_next = false;
    for &w in words {
        let attaches = matches!(w, "." | "," | ";" | ":" | "?" | "!" | ")" | "%" | "'s" | "'" | "n't")
            || (w == "\"" && open_quote);
        if !out.is_empty() && !attaches && !glue_next {
            out.push(' ');
        }
        glue_next = matches!(w, "(" | "$") || (w == "\"" && !open_quote);
        if w == "\"" {
            open_quote = !open_quote;
        }
        out.push_str(w);
    }
    out
}
