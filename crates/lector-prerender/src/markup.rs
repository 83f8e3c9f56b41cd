//! Writing HTML as text. Everything that comes from an article goes through
//! [`Markup::text`] or an attribute value, both escaped: an article can never
//! add markup to the page, exactly as in the app, where it only ever becomes
//! text nodes.
//!
//! No whitespace is written between elements: the app (Yew) creates none, and
//! a stray space between inline elements would move the text when the app
//! takes over.

/// An element's attributes; `None` values are left out.
pub type Attrs<'a> = [(&'a str, Option<&'a str>)];

#[derive(Default)]
pub struct Markup {
    out: String,
}

impl Markup {
    pub fn new() -> Markup {
        Markup::default()
    }

    /// Opens `<tag attr="value"...>`; attributes with `None` are left out.
    pub fn open(&mut self, tag: &str, attrs: &Attrs) -> &mut Markup {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            if let Some(value) = value {
                self.out.push(' ');
                self.out.push_str(name);
                self.out.push_str("=\"");
                escape_into(&mut self.out, value);
                self.out.push('"');
            }
        }
        self.out.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Markup {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// `<tag attrs>text</tag>`.
    pub fn element(&mut self, tag: &str, attrs: &Attrs, text: &str) -> &mut Markup {
        self.open(tag, attrs).text(text).close(tag)
    }

    pub fn text(&mut self, text: &str) -> &mut Markup {
        escape_into(&mut self.out, text);
        self
    }

    /// Markup this program wrote itself (never article content).
    pub fn trusted(&mut self, markup: &str) -> &mut Markup {
        self.out.push_str(markup);
        self
    }

    pub fn into_string(self) -> String {
        self.out
    }
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_cannot_become_markup() {
        let cases: &[(&str, &str)] = &[
            ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
            ("Fish & chips", "Fish &amp; chips"),
            ("\" onmouseover=\"x", "&quot; onmouseover=&quot;x"),
            ("it's", "it&#39;s"),
            ("Ünïcödé — “quotes”", "Ünïcödé — “quotes”"),
        ];
        for (input, escaped) in cases {
            let mut m = Markup::new();
            m.element("p", &[("title", Some(input))], input);
            assert_eq!(m.into_string(), format!("<p title=\"{escaped}\">{escaped}</p>"), "input {input:?}");
        }
    }

    #[test]
    fn absent_attributes_are_left_out() {
        let mut m = Markup::new();
        m.element("a", &[("href", Some("#/")), ("title", None)], "x");
        assert_eq!(m.into_string(), "<a href=\"#/\">x</a>");
    }
}
