//! Export as Markdown, for memos: per article, each quote with its note and tags.
//!
//! Quotes are article text, so their Markdown punctuation is escaped (a `*`
//! in a quote stays a `*`). Notes are Markdown source already and are kept,
//! except that `<` is written `&lt;`: whatever renders the memo later will
//! show a note's `<script>` as text instead of running it.

use std::fmt::Write;

use crate::annotation::Annotation;
use crate::export::ExportOptions;

pub(crate) fn to_markdown(annotations: &[&Annotation], options: &ExportOptions<'_>) -> String {
    let mut out = String::from("# Lector annotations\n\n");
    let articles = count_articles(annotations);
    let plural = |n: usize, word: &str| if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") };
    let _ = writeln!(
        out,
        "Exported {} · {} in {}",
        options.now.utc_date(),
        plural(annotations.len(), "annotation"),
        plural(articles, "article")
    );
    let mut current = None;
    for annotation in annotations {
        if current != Some(annotation.article()) {
            current = Some(annotation.article());
            let title = (options.article_title)(annotation.article());
            let heading = title.map_or_else(|| annotation.article().to_string(), |t| escape_inline(t.trim()));
            let _ = write!(out, "\n## {heading}\n\nArticle `{}`\n", annotation.article());
        }
        out.push('\n');
        for line in annotation.target().quote().exact().lines() {
            let line = escape_line(line);
            out.push_str(if line.is_empty() { ">" } else { "> " });
            out.push_str(&line);
            out.push('\n');
        }
        let body = annotation.body();
        if !body.note().trim().is_empty() {
            let _ = write!(out, "\n{}\n", body.note().trim().replace('<', "&lt;"));
        }
        let mut details = Vec::new();
        if !body.tags().is_empty() {
            let tags: Vec<String> = body.tags().iter().map(|t| escape_inline(t)).collect();
            details.push(format!("Tags: {}", tags.join(", ")));
        }
        details.push(format!("Colour: {}", body.colour()));
        details.push(format!("Noted {}", annotation.created().utc_date()));
        let _ = writeln!(out, "\n*{}*", details.join(" · "));
    }
    out
}

fn count_articles(annotations: &[&Annotation]) -> usize {
    let mut articles: Vec<_> = annotations.iter().map(|a| a.article()).collect();
    articles.dedup();
    articles.len()
}

/// Backslash-escapes the ASCII punctuation that starts Markdown inline markup.
fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' | '&') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes a quote line, including what would make it a list item or heading underline.
fn escape_line(line: &str) -> String {
    let escaped = escape_inline(line);
    let digits = escaped.chars().take_while(char::is_ascii_digit).count();
    match escaped.chars().next() {
        Some('-' | '+' | '=') => format!("\\{escaped}"),
        Some(_) if digits > 0 && matches!(escaped[digits..].chars().next(), Some('.' | ')')) => {
            format!("{}\\{}", &escaped[..digits], &escaped[digits..])
        }
        _ => escaped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_lines_are_escaped() {
        let table = [
            ("plain words", "plain words"),
            ("*not* emphasis", "\\*not\\* emphasis"),
            ("- not a list", "\\- not a list"),
            ("1. not a list", "1\\. not a list"),
            ("2024) also not", "2024\\) also not"),
            ("<b>tag</b>", "\\<b\\>tag\\</b\\>"),
            ("café 🎉", "café 🎉"),
        ];
        for (line, want) in table {
            assert_eq!(escape_line(line), want, "{line:?}");
        }
    }
}
