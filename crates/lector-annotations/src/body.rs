//! What the reader wrote: a note, tags and a colour.
//!
//! The note is kept exactly as typed (plain text or Markdown *source*; the UI
//! renders it safely, this crate never interprets it, so `<script>` in a note
//! is just eight characters). Tags are normalised on the way in, so that
//! "Anonymous " and "anonymous" do not become two tags in completion.

use serde::Serialize;

use crate::colour::Colour;
use crate::error::FieldError;
use crate::limits::{MAX_NOTE_CHARS, MAX_TAGS, MAX_TAG_CHARS};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Body {
    note: String,
    tags: Vec<String>,
    colour: Colour,
    /// How the note is written; Markdown unless it came from another tool.
    #[serde(skip_serializing_if = "NoteFormat::is_markdown")]
    format: NoteFormat,
    /// The note's language (BCP 47) when a file said so; exports otherwise
    /// use the reader's language they are given.
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<String>,
}

/// The media type of a note. Lector's editor writes Markdown; notes from
/// other tools keep their own format so that an export says what they are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NoteFormat {
    #[default]
    Markdown,
    Html,
    Plain,
}

impl NoteFormat {
    pub fn mime_type(self) -> &'static str {
        match self {
            NoteFormat::Markdown => "text/markdown",
            NoteFormat::Html => "text/html",
            NoteFormat::Plain => "text/plain",
        }
    }

    /// Reads a `format` value (parameters such as `; charset=utf-8` are ignored).
    pub fn from_mime_type(mime: &str) -> Result<NoteFormat, FieldError> {
        let bare = mime.split(';').next().unwrap_or_default().trim();
        [NoteFormat::Markdown, NoteFormat::Html, NoteFormat::Plain]
            .into_iter()
            .find(|f| f.mime_type().eq_ignore_ascii_case(bare))
            .ok_or_else(|| {
                FieldError::new(format!(
                    "{} is not a note format Lector keeps; use text/markdown, text/html or text/plain",
                    crate::id::quoted(mime)
                ))
            })
    }

    fn is_markdown(&self) -> bool {
        *self == NoteFormat::Markdown
    }
}

impl Serialize for NoteFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.mime_type())
    }
}

impl Body {
    /// Validates the note and normalises the tags (see [`normalise_tags`]).
    pub fn new<T: AsRef<str>>(
        note: impl Into<String>,
        tags: impl IntoIterator<Item = T>,
        colour: Colour,
    ) -> Result<Body, FieldError> {
        Ok(Body {
            note: check_note(note.into())?,
            tags: normalise_tags(tags)?,
            colour,
            format: NoteFormat::Markdown,
            language: None,
        })
    }

    /// A plain highlight: no note, no tags.
    pub fn highlight(colour: Colour) -> Body {
        Body { colour, ..Body::default() }
    }

    pub fn note(&self) -> &str {
        &self.note
    }

    pub fn tags(&self) -> &[String] {
        &self.tags
    }

    pub fn colour(&self) -> Colour {
        self.colour
    }

    pub fn with_note(self, note: impl Into<String>) -> Result<Body, FieldError> {
        Ok(Body { note: check_note(note.into())?, ..self })
    }

    pub fn with_tags<T: AsRef<str>>(self, tags: impl IntoIterator<Item = T>) -> Result<Body, FieldError> {
        Ok(Body { tags: normalise_tags(tags)?, ..self })
    }

    pub fn with_colour(self, colour: Colour) -> Body {
        Body { colour, ..self }
    }

    pub fn format(&self) -> NoteFormat {
        self.format
    }

    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// The same note written in `format` (e.g. `text/html` from another tool).
    pub fn with_format(self, format: NoteFormat) -> Body {
        Body { format, ..self }
    }

    /// The note's language, a BCP 47 tag such as `en` or `pt-BR`.
    pub fn with_language(self, language: Option<&str>) -> Result<Body, FieldError> {
        let language = match language {
            None => None,
            Some(tag) => Some(check_language(tag)?),
        };
        Ok(Body { language, ..self })
    }

    /// The note as plain text, whatever its format: an HTML note (from
    /// another tool) loses its markup and scripts, keeps its text and line
    /// breaks. For showing where markup must not run; Markdown and plain
    /// notes are returned as written.
    pub fn note_text(&self) -> std::borrow::Cow<'_, str> {
        match self.format {
            NoteFormat::Html => std::borrow::Cow::Owned(crate::html_text::html_to_text(&self.note)),
            NoteFormat::Markdown | NoteFormat::Plain => std::borrow::Cow::Borrowed(&self.note),
        }
    }
}

/// A language tag as BCP 47 writes it: letters, digits and hyphens, starting with 2–3 letters.
fn check_language(tag: &str) -> Result<String, FieldError> {
    let primary = tag.split('-').next().unwrap_or_default();
    let well_formed = (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && tag.len() <= 35
        && tag.split('-').all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()));
    if well_formed {
        Ok(tag.to_owned())
    } else {
        Err(FieldError::new(format!("{} is not a language tag (such as en or pt-BR)", crate::id::quoted(tag))))
    }
}

fn check_note(note: String) -> Result<String, FieldError> {
    let chars = note.chars().count();
    if chars > MAX_NOTE_CHARS {
        return Err(FieldError::new(format!(
            "the note is {chars} characters long; notes hold up to {MAX_NOTE_CHARS} (split it, or link to a document)"
        )));
    }
    Ok(note)
}

/// Trims each tag and folds inner runs of whitespace to one space; drops
/// empty tags and later case-insensitive duplicates (the first spelling wins).
/// Refuses control characters, tags over [`MAX_TAG_CHARS`] and more than
/// [`MAX_TAGS`] tags, naming the tag.
pub fn normalise_tags<T: AsRef<str>>(tags: impl IntoIterator<Item = T>) -> Result<Vec<String>, FieldError> {
    let mut out: Vec<String> = Vec::new();
    for raw in tags {
        let raw = raw.as_ref();
        let tag = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if tag.is_empty() {
            continue;
        }
        if tag.chars().all(is_invisible) {
            let codes: Vec<String> = tag.chars().map(|c| format!("U+{:04X}", u32::from(c))).collect();
            return Err(FieldError::new(format!(
                "a tag is made only of invisible characters ({}); type a visible word",
                codes.join(" ")
            )));
        }
        if tag.chars().any(char::is_control) {
            return Err(FieldError::new(format!("the tag {} contains a control character", crate::id::quoted(raw))));
        }
        let chars = tag.chars().count();
        if chars > MAX_TAG_CHARS {
            return Err(FieldError::new(format!(
                "the tag {} is {chars} characters long; tags hold up to {MAX_TAG_CHARS} (use the note for longer text)",
                crate::id::quoted(&tag)
            )));
        }
        if out.iter().any(|t| same_tag(t, &tag)) {
            continue;
        }
        if out.len() == MAX_TAGS {
            return Err(FieldError::new(format!("more than {MAX_TAGS} tags on one annotation")));
        }
        out.push(tag);
    }
    Ok(out)
}

/// Characters that take no space and show nothing (Unicode's default-ignorable
/// format characters): a tag of only these would be an invisible tag.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}'
        | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{E0000}'..='\u{E0FFF}')
}

/// Splits what a reader typed in the tag field ("anonymous, two sources")
/// into tags: commas and line breaks separate, spaces do not (tags may be
/// several words, as in Hypothesis).
pub fn split_tag_input(input: &str) -> Vec<String> {
    input.split([',', '\n']).map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned).collect()
}

/// Tags compare without regard to case, in any script ("Anonymous" is
/// "anonymous", "Économie" is "économie"): the one rule for the store, the
/// tag list and the tag field.
pub fn same_tag(a: &str, b: &str) -> bool {
    a == b || tag_key(a) == tag_key(b)
}

/// What [`same_tag`] compares: equal for two tags exactly when they are the
/// same tag, so lists of tags can be grouped by it.
pub fn tag_key(tag: &str) -> String {
    tag.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_normalised() {
        // (typed tags, stored tags)
        let table: &[(&[&str], &[&str])] = &[
            (&["anonymous"], &["anonymous"]),
            (&["  two   sources "], &["two sources"]),
            (&["Anonymous", "anonymous", "ANONYMOUS"], &["Anonymous"]),
            (&["", "  ", "x"], &["x"]),
            (&["Élysée", "élysée"], &["Élysée"]),
            (&["<script>"], &["<script>"]),
            (&["a\u{3000}b"], &["a b"]),
        ];
        for &(typed, stored) in table {
            assert_eq!(normalise_tags(typed.iter()).unwrap(), stored, "{typed:?}");
        }
    }

    #[test]
    fn tags_over_the_limits_are_refused_by_name() {
        let long = "x".repeat(MAX_TAG_CHARS + 1);
        assert!(normalise_tags([long.as_str()]).unwrap_err().to_string().contains("tags hold up to 64"));
        assert!(normalise_tags(["bell\u{7}"]).unwrap_err().to_string().contains("control character"));
        for invisible in ["\u{feff}", "\u{200b}\u{200d}", " \u{2060} ", "\u{e0041}"] {
            let err = normalise_tags([invisible]).unwrap_err().to_string();
            assert!(err.contains("invisible characters"), "{invisible:?}: {err}");
        }
        // Joiners inside a visible tag are part of it (emoji sequences, scripts that need them).
        assert_eq!(normalise_tags(["👩\u{200d}🔬"]).unwrap(), ["👩\u{200d}🔬"]);
        let many: Vec<String> = (0..=MAX_TAGS).map(|i| format!("t{i}")).collect();
        assert!(normalise_tags(&many).is_err());
        assert!(normalise_tags(&many[..MAX_TAGS]).is_ok());
    }

    #[test]
    fn notes_are_kept_verbatim_up_to_the_limit() {
        let note = "  <script>alert('x')</script>\n\n**who** are the two people?  ";
        assert_eq!(Body::new(note, [""; 0], Colour::Pink).unwrap().note(), note);
        assert!(Body::new("é".repeat(MAX_NOTE_CHARS), [""; 0], Colour::Pink).is_ok());
        let err = Body::new("é".repeat(MAX_NOTE_CHARS + 1), [""; 0], Colour::Pink).unwrap_err();
        assert!(err.to_string().contains("20001 characters"), "{err}");
    }

    #[test]
    fn tags_are_the_same_whatever_their_case_in_any_script() {
        // (a, b, same)
        let table = [
            ("anonymous", "Anonymous", true),
            ("Économie", "économie", true),
            ("ÉCONOMIE", "économie", true),
            ("Αθήνα", "αθήνα", true),
            ("economie", "économie", false),
            ("two sources", "two  sources", false),
        ];
        for (a, b, same) in table {
            assert_eq!(same_tag(a, b), same, "{a:?} {b:?}");
            assert_eq!(tag_key(a) == tag_key(b), same, "grouped as compared: {a:?} {b:?}");
        }
    }

    #[test]
    fn tag_input_splits_on_commas_and_lines_only() {
        assert_eq!(split_tag_input("anonymous, two sources,\n, denial "), ["anonymous", "two sources", "denial"]);
    }
}
