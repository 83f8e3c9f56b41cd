//! An HTML note (a `text/html` body from another tool) as a tree of safe
//! elements, for showing its formatting where markup must not run.
//!
//! The result is a tree, not a string of HTML: the app builds elements from
//! it one by one and never hands markup to a parser, so however the input is
//! written nothing in it can become a script, a handler, a style or a frame.
//! Only an allow-list survives: `b`, `i`, `em`, `strong`, `code`, `p`, `br`,
//! `ul`, `ol`, `li`, `blockquote`, and `a` with an `http(s)` address and no
//! other attribute. Other elements give their text (block ones such as `div`
//! or `h1` become paragraphs, so a note cannot forge a heading of the page);
//! `script`, `style` and other containers of non-text lose their content.
//! An allow-list walker instead of a full HTML5 parser (`ammonia` pulls in
//! `html5ever`, a large share of the app's size budget): a tag it reads
//! differently from a browser can only lose formatting, never gain behaviour.

use crate::html_text::decode_references;

/// The elements a note may keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SafeTag {
    B,
    I,
    Em,
    Strong,
    Code,
    P,
    Br,
    Ul,
    Ol,
    Li,
    Blockquote,
    A,
}

impl SafeTag {
    /// The element's name, as the DOM creates it.
    pub fn name(self) -> &'static str {
        match self {
            SafeTag::B => "b",
            SafeTag::I => "i",
            SafeTag::Em => "em",
            SafeTag::Strong => "strong",
            SafeTag::Code => "code",
            SafeTag::P => "p",
            SafeTag::Br => "br",
            SafeTag::Ul => "ul",
            SafeTag::Ol => "ol",
            SafeTag::Li => "li",
            SafeTag::Blockquote => "blockquote",
            SafeTag::A => "a",
        }
    }

    /// The tag a name stands for: kept, or a block shown as a paragraph.
    fn of(name: &str) -> Option<SafeTag> {
        let kept = [
            SafeTag::B,
            SafeTag::I,
            SafeTag::Em,
            SafeTag::Strong,
            SafeTag::Code,
            SafeTag::P,
            SafeTag::Br,
            SafeTag::Ul,
            SafeTag::Ol,
            SafeTag::Li,
            SafeTag::Blockquote,
            SafeTag::A,
        ];
        kept.into_iter().find(|t| t.name() == name).or_else(|| AS_PARAGRAPH.contains(&name).then_some(SafeTag::P))
    }
}

/// Blocks shown as paragraphs (their text stays apart, their look does not come along).
const AS_PARAGRAPH: &[&str] = &[
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "address",
    "dd",
    "dt",
    "tr",
    "table",
    "form",
    "fieldset",
    "details",
    "summary",
];
/// Elements whose content is not text a reader wrote (or would be parsed otherwise): dropped with it.
const DROPPED: &[&str] = &[
    "script",
    "style",
    "template",
    "noscript",
    "iframe",
    "object",
    "svg",
    "math",
    "textarea",
    "title",
    "xmp",
    "noembed",
    "noframes",
    "select",
    "head",
    "frameset",
    "plaintext",
];
/// Nesting kept; deeper elements give their text only (a note of 20,000
/// `<b>` must not make the page's renderer recurse 20,000 times).
pub const MAX_HTML_DEPTH: usize = 16;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HtmlNode {
    Text(String),
    Element {
        tag: SafeTag,
        /// For `a` only: an `http:` or `https:` address (every link has one).
        href: Option<String>,
        children: Vec<HtmlNode>,
    },
}

/// The safe tree of an HTML note (see the module's comment).
pub fn sanitize_html(html: &str) -> Vec<HtmlNode> {
    let mut tree = Builder::default();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        tree.text(&rest[..open]);
        rest = &rest[open..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        let Some(tag) = read_tag(rest) else {
            // A '<' that opens no tag is text.
            tree.text("<");
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.length..];
        if tag.closing {
            if let Some(safe) = SafeTag::of(&tag.name) {
                tree.close(safe);
            }
        } else if DROPPED.contains(&tag.name.as_str()) {
            rest = skip_past_end_tag(rest, &tag.name);
        } else if let Some(safe) = SafeTag::of(&tag.name) {
            let href = tag.href.as_deref().and_then(safe_href);
            match safe {
                SafeTag::Br => tree.push(HtmlNode::Element { tag: SafeTag::Br, href: None, children: Vec::new() }),
                // A link without a safe address is its text.
                SafeTag::A if href.is_none() => {}
                _ if tag.self_closing => {}
                _ => tree.open(safe, href),
            }
        }
    }
    tree.text(rest);
    tree.finish()
}

/// A tag read from `<` on: its name (lower case), whether it closes, its `href`, and its length in bytes.
struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    href: Option<String>,
    length: usize,
}

fn read_tag(at: &str) -> Option<Tag> {
    let body = &at[1..];
    let (closing, body) = match body.strip_prefix('/') {
        Some(after) => (true, after),
        None => (false, body),
    };
    let declaration = body.starts_with('!') || body.starts_with('?');
    if !declaration && !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name_len = body.find(|c: char| !c.is_ascii_alphanumeric() && c != '!' && c != '?').unwrap_or(body.len());
    let name = body[..name_len].to_ascii_lowercase();
    // Attributes, quote-aware, up to the '>' that ends the tag.
    let mut href = None;
    let mut self_closing = false;
    let mut rest = &body[name_len..];
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace());
        if let Some(after) = rest.strip_prefix('>') {
            rest = after;
            break;
        }
        if let Some(after) = rest.strip_prefix('/') {
            self_closing = after.starts_with('>');
            rest = after;
            continue;
        }
        if rest.is_empty() {
            // Cut off inside a tag: nothing of it is kept.
            return Some(Tag { name: String::new(), closing: true, self_closing: false, href: None, length: at.len() });
        }
        let attr_len = rest.find(|c: char| c.is_ascii_whitespace() || "=>/".contains(c)).unwrap_or(rest.len());
        let attr = rest[..attr_len.max(1)].to_ascii_lowercase();
        rest = rest[attr_len.max(1)..].trim_start_matches(|c: char| c.is_ascii_whitespace());
        let mut value = None;
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start_matches(|c: char| c.is_ascii_whitespace());
            let (raw, remaining) = match after.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let inner = &after[1..];
                    let end = inner.find(quote).unwrap_or(inner.len());
                    (&inner[..end], inner.get(end + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after.find(|c: char| c.is_ascii_whitespace() || c == '>').unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            value = Some(decode_references(raw));
            rest = remaining;
        }
        if attr == "href" && href.is_none() {
            href = value;
        }
    }
    let length = at.len() - rest.len();
    Some(Tag { name: if declaration { String::new() } else { name }, closing, self_closing, href, length })
}

/// After `<name …>` of a dropped element: past its `</name>`, or to the end.
fn skip_past_end_tag<'a>(rest: &'a str, name: &str) -> &'a str {
    let lower = rest.to_ascii_lowercase();
    let end = format!("</{name}");
    match lower.find(&end) {
        Some(at) => rest[at..].find('>').map_or("", |gt| &rest[at + gt + 1..]),
        None => "",
    }
}

/// `href` if it is an `http:` or `https:` address, as a browser would read it
/// (tabs and line breaks anywhere, and leading spaces or controls, ignored).
fn safe_href(href: &str) -> Option<String> {
    let cleaned: String = href
        .trim_start_matches(|c: char| c <= ' ')
        .trim_end_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let lower = cleaned.to_ascii_lowercase();
    let web = lower.starts_with("http://") || lower.starts_with("https://");
    (web && cleaned.len() > "https://".len() && !cleaned.contains(char::is_control)).then_some(cleaned)
}

/// The tree under construction: the open elements, innermost last.
#[derive(Default)]
struct Builder {
    open: Vec<(SafeTag, Option<String>, Vec<HtmlNode>)>,
    done: Vec<HtmlNode>,
}

impl Builder {
    fn push(&mut self, node: HtmlNode) {
        match self.open.last_mut() {
            Some((_, _, children)) => children.push(node),
            None => self.done.push(node),
        }
    }

    fn text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let text = decode_references(raw);
        let last = match self.open.last_mut() {
            Some((_, _, children)) => children.last_mut(),
            None => self.done.last_mut(),
        };
        match last {
            Some(HtmlNode::Text(before)) => before.push_str(&text),
            _ => self.push(HtmlNode::Text(text)),
        }
    }

    fn open(&mut self, tag: SafeTag, href: Option<String>) {
        // No link inside a link; nothing nested past the depth kept.
        let in_link = tag == SafeTag::A && self.open.iter().any(|(t, _, _)| *t == SafeTag::A);
        if !in_link && self.open.len() < MAX_HTML_DEPTH {
            self.open.push((tag, href, Vec::new()));
        }
    }

    /// Closes the innermost open `tag` (and what is open inside it); a stray end tag does nothing.
    fn close(&mut self, tag: SafeTag) {
        let Some(at) = self.open.iter().rposition(|(t, _, _)| *t == tag) else { return };
        while self.open.len() > at {
            self.close_innermost();
        }
    }

    fn close_innermost(&mut self) {
        // An element left empty (its content was dropped) shows nothing.
        if let Some((tag, href, children)) = self.open.pop().filter(|(_, _, children)| !children.is_empty()) {
            self.push(HtmlNode::Element { tag, href, children });
        }
    }

    fn finish(mut self) -> Vec<HtmlNode> {
        while !self.open.is_empty() {
            self.close_innermost();
        }
        self.done
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree written back as HTML, escaped, to compare with what is expected.
    fn written(nodes: &[HtmlNode]) -> String {
        let mut out = String::new();
        for node in nodes {
            match node {
                HtmlNode::Text(text) => {
                    out.push_str(&text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;"))
                }
                HtmlNode::Element { tag: SafeTag::Br, .. } => out.push_str("<br>"),
                HtmlNode::Element { tag, href, children } => {
                    let href = href.as_ref().map(|h| format!(" href=\"{}\"", h.replace('"', "&quot;")));
                    out.push_str(&format!(
                        "<{}{}>{}</{}>",
                        tag.name(),
                        href.unwrap_or_default(),
                        written(children),
                        tag.name()
                    ));
                }
            }
        }
        out
    }

    #[test]
    fn safe_formatting_is_kept() {
        let table = [
            ("<p>Who <b>said</b> <i>this</i>?</p>", "<p>Who <b>said</b> <i>this</i>?</p>"),
            ("<em>a</em><strong>b</strong><code>c()</code>", "<em>a</em><strong>b</strong><code>c()</code>"),
            ("one<br>two<br/>three", "one<br>two<br>three"),
            ("<ul><li>a</li><li>b</li></ul><ol><li>c</ol>", "<ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>"),
            ("<blockquote>quoted</blockquote>", "<blockquote>quoted</blockquote>"),
            (
                "<a href=\"https://example.org/a?b=1&amp;c=2\">source</a>",
                "<a href=\"https://example.org/a?b=1&c=2\">source</a>",
            ),
            ("<A HREF='http://example.org/'>caps</A>", "<a href=\"http://example.org/\">caps</a>"),
            ("<h1>Not a heading</h1><div>block</div>", "<p>Not a heading</p><p>block</p>"),
            ("<span class=x>plain</span> <u>text</u>", "plain text"),
            ("&lt;b&gt; &amp; &#233;", "&lt;b&gt; &amp; é"),
            ("2 < 3 and 5 > 4", "2 &lt; 3 and 5 &gt; 4"),
            ("<b>unclosed <i>both", "<b>unclosed <i>both</i></b>"),
            ("</b>stray end<p>", "stray end"),
        ];
        for (html, want) in table {
            assert_eq!(written(&sanitize_html(html)), want, "{html:?}");
        }
    }

    #[test]
    fn nothing_that_runs_or_loads_survives() {
        // Hostile payloads of the kinds sanitiser test suites use; the expected
        // result is what a reader should see of each.
        let table = [
            ("<script>alert(1)</script>safe", "safe"),
            ("<SCRIPT SRC=//evil.example/x.js></SCRIPT>safe", "safe"),
            ("<scr<script>ipt>alert(1)</script>", "ipt&gt;alert(1)"),
            ("<img src=x onerror=alert(1)>caption", "caption"),
            ("<b onmouseover=alert(1)>bold</b>", "<b>bold</b>"),
            ("<p style=\"background:url(javascript:alert(1))\">styled</p>", "<p>styled</p>"),
            ("<style>*{display:none}</style>shown", "shown"),
            ("<a href=\"javascript:alert(1)\">js</a>", "js"),
            ("<a href=\"  JaVaScRiPt:alert(1)\">js</a>", "js"),
            ("<a href=\"java\tscript:alert(1)\">tab</a>", "tab"),
            ("<a href=\"&#106;avascript:alert(1)\">entity</a>", "entity"),
            ("<a href=\"data:text/html,<script>alert(1)</script>\">data</a>", "data"),
            ("<a href=\"vbscript:msgbox(1)\">vb</a>", "vb"),
            ("<a href=\"//evil.example/\">relative</a>", "relative"),
            (
                "<a href=\"https://ok.example/\" onclick=\"alert(1)\" target=_self>ok</a>",
                "<a href=\"https://ok.example/\">ok</a>",
            ),
            (
                "<a href=\"https://a.example/\"><a href=\"https://b.example/\">inner</a></a>",
                "<a href=\"https://a.example/\">inner</a>",
            ),
            ("<iframe src=\"https://evil.example/\">fallback</iframe>after", "after"),
            ("<svg><script>alert(1)</script></svg>after", "after"),
            ("<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>after", "after"),
            ("<object data=\"x.swf\"></object><embed src=x.swf>after", "after"),
            ("<form action=\"https://evil.example/\"><input value=x>sent</form>", "<p>sent</p>"),
            ("<meta http-equiv=refresh content=\"0;url=https://evil.example\">after", "after"),
            ("<base href=\"https://evil.example/\">after", "after"),
            ("<!-- <script>alert(1)</script> -->after", "after"),
            ("<!--[if IE]><script>alert(1)</script><![endif]-->after", "after"),
            ("<b title=\"a>b\" onclick=alert(1)>quoted gt</b>", "<b>quoted gt</b>"),
            ("<textarea><script>alert(1)</script></textarea>after", "after"),
            ("<template><img src=x onerror=alert(1)></template>after", "after"),
            ("<b", ""),
            ("<a href=https://ok.example/ x", ""),
        ];
        for (html, want) in table {
            let got = written(&sanitize_html(html));
            assert_eq!(got, want, "{html:?}");
            for forbidden in ["<script", "<img", "<iframe", "<svg", "onerror", "onclick", "javascript:", "data:"] {
                assert!(!got.to_ascii_lowercase().contains(forbidden), "{forbidden} in {got:?} from {html:?}");
            }
        }
    }

    #[test]
    fn deep_nesting_keeps_the_text_and_a_bounded_depth() {
        let note = format!("{}deep{}", "<b>".repeat(20_000), "</b>".repeat(20_000));
        fn depth(nodes: &[HtmlNode]) -> usize {
            nodes
                .iter()
                .map(|n| match n {
                    HtmlNode::Element { children, .. } => 1 + depth(children),
                    HtmlNode::Text(_) => 0,
                })
                .max()
                .unwrap_or(0)
        }
        let tree = sanitize_html(&note);
        assert_eq!(depth(&tree), MAX_HTML_DEPTH);
        assert!(written(&tree).contains("deep"));
    }
}
