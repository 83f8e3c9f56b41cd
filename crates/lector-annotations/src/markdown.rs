//! Export as Markdown, for memos: per article, its title, outlet, date and
//! link, then each quote with its note and tags.
//!
//! A memo is opened by programs that render Markdown as HTML, so nothing a
//! note (or an imported annotation, or an article's metadata) says may turn
//! into markup there:
//! - quotes, tags, titles and plain-text notes are escaped completely;
//! - Markdown notes keep their inline emphasis and code, but `<` is written
//!   `&lt;` (no HTML), `[` and `]` are escaped (no links, images or link
//!   definitions, so no `javascript:`/`data:` links and no remote images),
//!   and a line cannot start a heading, list, quote, table or fence, so a
//!   note cannot forge a heading or the **Tags** line that follows it;
//! - HTML notes (from other tools) are reduced to their text first;
//! - the article's link is written only for `http(s)` addresses.

use std::fmt::Write;

use crate::annotation::Annotation;
use crate::body::NoteFormat;
use crate::export::ExportContext;
use crate::foreign::ForeignAnnotation;
use crate::provenance::ArticleInfo;

pub(crate) fn to_markdown(
    annotations: &[&Annotation],
    foreign: &[&ForeignAnnotation],
    context: &ExportContext<'_>,
) -> String {
    let mut out = String::from("# Lector annotations\n\n");
    let articles = count_articles(annotations);
    let plural = |n: usize, word: &str| if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") };
    let _ = writeln!(
        out,
        "Exported {} · {} in {}",
        context.now.utc_date(),
        plural(annotations.len(), "annotation"),
        plural(articles, "article")
    );
    let mut current = None;
    for annotation in annotations {
        if current != Some(annotation.article()) {
            current = Some(annotation.article());
            let info = (context.article)(annotation.article());
            write_article_heading(&mut out, &info, annotation.article().as_str());
        }
        out.push('\n');
        write_quote(&mut out, annotation.target().quote().exact());
        let body = annotation.body();
        if !body.note().trim().is_empty() {
            let note = match body.format() {
                NoteFormat::Markdown => neutralise_note(body.note().trim()),
                NoteFormat::Html | NoteFormat::Plain => escape_text_block(body.note_text().trim()),
            };
            let _ = write!(out, "\n**Note:** {note}\n");
        }
        let mut details = Vec::new();
        if !body.tags().is_empty() {
            let tags: Vec<String> = body.tags().iter().map(|t| escape_inline(t)).collect();
            details.push(format!("**Tags:** {}", tags.join(", ")));
        }
        details.push(format!("**Colour:** {}", body.colour()));
        details.push(format!("**Noted:** {}", annotation.created().utc_date()));
        let _ = writeln!(out, "\n{}", details.join(" · "));
    }
    if !foreign.is_empty() {
        let _ = write!(out, "\n## For articles you don't have\n");
        for kept in foreign {
            let _ = write!(out, "\nSource: {}\n\n", code_span(kept.source()));
            if let Some(quote) = kept.quote() {
                write_quote(&mut out, quote);
            }
        }
    }
    out
}

/// `## Title`, then outlet · date, then the link (or the IRI as code when it is not a web address).
fn write_article_heading(out: &mut String, info: &ArticleInfo, fallback: &str) {
    let title = info.title.as_deref().map(str::trim).filter(|t| !t.is_empty());
    // Article ids are letters, digits and `-._~` (see `ArticleId`): nothing to escape.
    let heading = title.map_or_else(|| fallback.to_owned(), escape_inline);
    let _ = write!(out, "\n## {heading}\n\n");
    let mut line: Vec<String> = [&info.outlet, &info.date]
        .into_iter()
        .filter_map(|v| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(escape_inline))
        .collect();
    line.push(link(&info.iri));
    let _ = writeln!(out, "{}", line.join(" · "));
    if let Some(app_url) = info.app_url.as_deref().filter(|u| is_web_address(u)) {
        let _ = writeln!(out, "\nIn Lector: {}", link(app_url));
    }
}

fn write_quote(out: &mut String, quote: &str) {
    for line in quote.lines() {
        let line = escape_line(line);
        out.push_str(if line.is_empty() { ">" } else { "> " });
        out.push_str(&line);
        out.push('\n');
    }
}

fn is_web_address(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && url.chars().all(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>' | '"' | '\'' | '\\' | '`'))
}

/// An autolink for a web address; anything else (a `urn:`, a `javascript:` URL) as inert code.
fn link(iri: &str) -> String {
    if is_web_address(iri) {
        format!("<{iri}>")
    } else {
        code_span(iri)
    }
}

/// A code span that the text cannot close: fenced by more backticks than it holds in a row.
fn code_span(text: &str) -> String {
    let text: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    format!("{fence} {text} {fence}")
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
        if c == '\n' || c == '\r' {
            out.push(' ');
            continue;
        }
        out.push(c);
    }
    out
}

/// Escapes a line of text, including what would make it a list item, heading underline or break.
fn escape_line(line: &str) -> String {
    let escaped = escape_inline(line.trim_start());
    let digits = escaped.chars().take_while(char::is_ascii_digit).count();
    match escaped.chars().next() {
        Some('-' | '+' | '=') => format!("\\{escaped}"),
        Some(_) if digits > 0 && matches!(escaped[digits..].chars().next(), Some('.' | ')')) => {
            format!("{}\\{}", &escaped[..digits], &escaped[digits..])
        }
        _ => escaped,
    }
}

/// A text note, every line escaped, line breaks kept.
fn escape_text_block(text: &str) -> String {
    text.lines().map(escape_line).collect::<Vec<_>>().join("  \n")
}

/// A Markdown note with everything but inline emphasis and code made inert (see the module docs).
fn neutralise_note(note: &str) -> String {
    let mut lines = Vec::new();
    for line in note.lines() {
        let mut safe = String::with_capacity(line.len());
        for c in line.trim_start().chars() {
            match c {
                '<' => safe.push_str("&lt;"),
                '[' | ']' => {
                    safe.push('\\');
                    safe.push(c);
                }
                _ => safe.push(c),
            }
        }
        // Whatever starts a block (heading, quote, list, table, fence, rule, setext underline)
        // or a bold "Tags" label is escaped at the start of a line.
        // The whole leading run is escaped: `\**Tags:**` would still make emphasis.
        let is_marker = |c: char| matches!(c, '#' | '>' | '-' | '+' | '*' | '_' | '=' | '|' | '`' | '~' | ':');
        let run = safe.chars().take_while(|&c| is_marker(c)).count();
        let digits = safe.chars().take_while(char::is_ascii_digit).count();
        if run > 0 {
            let (markers, rest) = safe.split_at(run);
            safe = markers.chars().flat_map(|c| ['\\', c]).chain(rest.chars()).collect();
        } else if digits > 0 && matches!(safe[digits..].chars().next(), Some('.' | ')')) {
            safe.insert(digits, '\\');
        }
        lines.push(safe);
    }
    // Blank lines inside a note stay paragraph breaks; other line breaks are kept as hard breaks.
    lines.join("  \n").replace("  \n  \n", "\n\n")
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

    #[test]
    fn links_are_written_only_for_web_addresses() {
        assert_eq!(link("https://news.example/a"), "<https://news.example/a>");
        assert_eq!(link("javascript:alert(1)"), "` javascript:alert(1) `");
        assert_eq!(link("https://x.example/\"onmouseover=1"), "` https://x.example/\"onmouseover=1 `");
        assert_eq!(code_span("a`b``c"), "``` a`b``c ```");
    }

    #[test]
    fn note_lines_cannot_start_blocks_or_labels() {
        let table = [
            ("# heading", "\\# heading"),
            ("**Tags:** fake", "\\*\\*Tags:** fake"),
            ("--- rule", "\\-\\-\\- rule"),
            ("1. item", "1\\. item"),
            ("[x](javascript:y)", "\\[x\\](javascript:y)"),
            ("a <b>", "a &lt;b>"),
            ("*em* in the middle *stays*", "\\*em* in the middle *stays*"),
        ];
        for (note, want) in table {
            assert_eq!(neutralise_note(note), want, "{note:?}");
        }
    }
}
