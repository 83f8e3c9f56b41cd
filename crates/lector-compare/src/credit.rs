//! Whether, and where, an article credits an outlet: in its text ("(AP)",
//! "the Associated Press reported"), only in a closing line ("Source:
//! Associated Press"), or not at all.

use lector_text::Span;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CreditPlace {
    InText,
    /// Only in the last paragraph, a short credit line.
    ClosingLine,
    None,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Credit {
    pub outlet: String,
    #[serde(rename = "where")]
    pub place: CreditPlace,
    /// The first mention in the text, or the closing-line mention.
    pub span: Option<Span>,
}

/// Words a closing credit line starts with.
const CREDIT_LABELS: [&str; 7] = ["source", "sources", "via", "credit", "originally", "reporting", "adapted"];
/// Longest paragraph still read as a credit line rather than text.
const CLOSING_LINE_WORDS: usize = 6;
/// Small words inside a name that its acronym skips ("Bank of England").
const CONNECTORS: [&str; 5] = ["of", "the", "and", "for", "&"];

/// How `text` credits `outlet` ("AP", "Associated Press", "The Guardian"): an
/// all-capitals outlet also matches a name with those initials, and a name
/// matches its initials.
pub fn credit(outlet: &str, text: &str) -> Credit {
    let words = word_spans(text);
    let last_block = text.trim_end().rfind("\n\n").map_or(0, |b| text[..b + 2].chars().count());
    let closing_words: Vec<&(String, Span)> = words.iter().filter(|(_, s)| s.start >= last_block).collect();
    let closing = closing_words.len() <= CLOSING_LINE_WORDS
        || closing_words.first().is_some_and(|(w, _)| CREDIT_LABELS.contains(&w.to_lowercase().as_str()));
    let mut first_closing = None;
    for span in mentions(outlet, &words) {
        if closing && span.start >= last_block {
            first_closing.get_or_insert(span);
        } else {
            return Credit { outlet: outlet.to_string(), place: CreditPlace::InText, span: Some(span) };
        }
    }
    let place = if first_closing.is_some() { CreditPlace::ClosingLine } else { CreditPlace::None };
    Credit { outlet: outlet.to_string(), place, span: first_closing }
}

fn mentions(outlet: &str, words: &[(String, Span)]) -> Vec<Span> {
    let name: Vec<&str> = outlet
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .skip_while(|w| w.eq_ignore_ascii_case("the"))
        .collect();
    if name.is_empty() {
        return Vec::new();
    }
    let acronym = |ws: &[&str]| -> String {
        ws.iter()
            .filter(|w| !CONNECTORS.contains(&w.to_lowercase().as_str()))
            .filter_map(|w| w.chars().next())
            .collect::<String>()
    };
    let is_acronym = name.len() == 1 && name[0].len() >= 2 && name[0].chars().all(|c| c.is_ascii_uppercase());
    let initials = if is_acronym { name[0].to_string() } else { acronym(&name) };
    let mut found = Vec::new();
    for k in 0..words.len() {
        let matches_name =
            name.len() <= words.len() - k && name.iter().zip(&words[k..]).all(|(n, (w, _))| n.eq_ignore_ascii_case(w));
        if matches_name {
            found.push(Span::new(words[k].1.start, words[k + name.len() - 1].1.end));
            continue;
        }
        // The initials as a word ("AP" for "Associated Press").
        if !is_acronym && initials.len() >= 2 && words[k].0 == initials {
            found.push(words[k].1);
            continue;
        }
        // A capitalised name with the outlet's initials ("Associated Press" for "AP").
        let connector = CONNECTORS.contains(&words[k].0.to_lowercase().as_str());
        if is_acronym && !connector && words[k].0.starts_with(char::is_uppercase) {
            let mut got = String::new();
            for (w, span) in &words[k..] {
                if CONNECTORS.contains(&w.to_lowercase().as_str()) {
                    continue;
                }
                if !w.starts_with(char::is_uppercase) || !initials.starts_with(&format!("{got}{}", &w[..1])) {
                    break;
                }
                got.push_str(&w[..1]);
                if got == initials && got.len() > 1 {
                    found.push(Span::new(words[k].1.start, span.end));
                    break;
                }
            }
        }
    }
    found
}

/// Alphanumeric runs with their character spans.
fn word_spans(text: &str) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    for (ch, c) in text.chars().enumerate() {
        if c.is_alphanumeric() {
            if current.is_empty() {
                start = ch;
            }
            current.push(c);
        } else if !current.is_empty() {
            out.push((std::mem::take(&mut current), Span::new(start, ch)));
        }
    }
    if !current.is_empty() {
        let end = start + current.chars().count();
        out.push((current, Span::new(start, end)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn where_an_outlet_is_credited() {
        let body = "Officials met on Monday to discuss the plan.\n\nThey agreed on most points, the ministry said.";
        let table = [
            ("AP", format!("LONDON (AP) — {body}"), CreditPlace::InText, "AP"),
            ("AP", format!("{body} The Associated Press first reported it."), CreditPlace::InText, "Associated Press"),
            ("AP", format!("{body}\n\nSource: Associated Press"), CreditPlace::ClosingLine, "Associated Press"),
            ("Associated Press", format!("{body}\n\nSource: AP"), CreditPlace::ClosingLine, "AP"),
            ("The Guardian", format!("{body}\n\nVia the Guardian"), CreditPlace::ClosingLine, "Guardian"),
            ("AP", body.to_string(), CreditPlace::None, ""),
            ("Reuters", format!("{body}\n\nSource: Associated Press"), CreditPlace::None, ""),
        ];
        for (outlet, text, place, mention) in table {
            let got = credit(outlet, &text);
            assert_eq!(got.place, place, "{outlet} in {text:?}");
            let shown: String =
                got.span.map(|s| text.chars().skip(s.start).take(s.end - s.start).collect()).unwrap_or_default();
            assert_eq!(shown, mention, "{outlet} in {text:?}");
        }
    }
}
