//! The text of an HTML note, for showing it where markup must not run.
//!
//! Other tools (Hypothesis, annotation servers) write notes as `text/html`.
//! Lector keeps the HTML as it came (an export writes it back unchanged) and
//! shows its text: elements become nothing, except that block ends and
//! `<br>` become line breaks so paragraphs stay apart; `<script>` and
//! `<style>` lose their content too; character references are decoded. The
//! result is text, never markup: the UI shows it as text.

/// Elements whose end (or whose own tag, for `br`) starts a new line.
const LINE_BREAKING: &[&str] = &["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"];
/// Elements whose content is not text a reader wrote.
const HIDDEN: &[&str] = &["script", "style", "template", "noscript"];

pub(crate) fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&decode_references(&rest[..open]));
        rest = &rest[open..];
        // A comment runs to "-->"; a tag to the next '>'; a lone '<' is text.
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        let Some(close) = rest.find('>') else {
            out.push_str(&decode_references(rest));
            rest = "";
            break;
        };
        let tag = &rest[1..close];
        rest = &rest[close + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if name.is_empty() && !closing && !tag.starts_with('!') && !tag.starts_with('?') {
            out.push('<');
            out.push_str(&decode_references(tag));
            out.push('>');
            continue;
        }
        if !closing && HIDDEN.contains(&name.as_str()) {
            let end = format!("</{name}");
            rest = match rest.to_ascii_lowercase().find(&end) {
                Some(at) => rest[at..].find('>').map_or("", |gt| &rest[at + gt + 1..]),
                None => "",
            };
            continue;
        }
        if LINE_BREAKING.contains(&name.as_str()) && (closing || name == "br") && !out.ends_with('\n') {
            out.push('\n');
        }
    }
    out.push_str(&decode_references(rest));
    out.trim().to_owned()
}

/// Decodes `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and numeric references; others stay as written.
pub(crate) fn decode_references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest.find(';').filter(|&end| end <= 10);
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    let number = name.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(code).filter(|c| *c != '\0')
                }
            }?;
            Some((c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_notes_become_text() {
        let table = [
            ("<p>Who <b>said</b> this?</p>", "Who said this?"),
            ("<p>One</p><p>Two</p>", "One\nTwo"),
            ("a<br>b<br/>c", "a\nb\nc"),
            ("<script>alert(1)</script>safe", "safe"),
            ("<STYLE>p{}</STYLE>x", "x"),
            ("<img src=x onerror=alert(1)>caption", "caption"),
            ("&lt;script&gt; &amp; &#233;&#x1F600; &bogus;", "<script> & é😀 &bogus;"),
            ("2 < 3 and 5 > 4", "2 < 3 and 5 > 4"),
            ("<!-- hidden -->shown", "shown"),
            ("unclosed <b", "unclosed <b"),
        ];
        for (html, want) in table {
            assert_eq!(html_to_text(html), want, "{html:?}");
        }
    }
}
