//! Publication dates as pages state them. Only unambiguous forms are read:
//! ISO 8601 (`2024-09-08`, `2024-09-08T03:34:00-04:00`: the date the page
//! states, in its own time zone, never shifted) and dates with a month name
//! ("September 8, 2024", "8 Sept. 2024"). "08/09/2024" is left alone: it means
//! two different days on the two sides of the Atlantic.

use lector_article::IsoDate;

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// A date value from a meta tag, JSON-LD or a `datetime` attribute.
pub fn parse_stated(value: &str) -> Option<IsoDate> {
    let value = value.trim();
    iso_at_start(value).or_else(|| find_date(value).map(|(date, _)| date))
}

/// `YYYY-MM-DD` (or `YYYY/MM/DD`) at the start of `text`, not followed by
/// another digit.
fn iso_at_start(text: &str) -> Option<IsoDate> {
    let bytes = text.as_bytes();
    if bytes.len() < 10 || !bytes[..10].is_ascii() || bytes.get(10).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let separator = bytes[4];
    if !matches!(separator, b'-' | b'/') || bytes[7] != separator {
        return None;
    }
    let candidate: String = text[..10].chars().map(|c| if c == '/' { '-' } else { c }).collect();
    IsoDate::parse(&candidate)
}

/// The first date stated anywhere in `text`, with its byte range.
pub fn find_date(text: &str) -> Option<(IsoDate, std::ops::Range<usize>)> {
    let starts = text.char_indices().map(|(i, _)| i).filter(|&i| i == 0 || !is_word_byte(text.as_bytes()[i - 1]));
    for start in starts {
        let rest = &text[start..];
        if let Some(date) = iso_at_start(rest) {
            return Some((date, start..start + 10));
        }
        if let Some((date, len)) = month_name_date(rest) {
            return Some((date, start..start + len));
        }
    }
    None
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// "September 8, 2024", "Sept. 8 2024", "8 September 2024", "8 Sep, 2024".
fn month_name_date(text: &str) -> Option<(IsoDate, usize)> {
    let mut words = Tokens { text, at: 0 };
    let first = words.next()?;
    let (month, day) = match (month_of(first), first.parse::<u8>().ok()) {
        (Some(month), _) => (month, words.next()?.parse::<u8>().ok()?),
        (None, Some(day)) => (month_of(words.next()?)?, day),
        _ => return None,
    };
    let year: u16 = words.next()?.parse().ok().filter(|y| (1900..=2200).contains(y))?;
    let date = IsoDate::parse(&format!("{year:04}-{month:02}-{day:02}"))?;
    Some((date, words.at))
}

fn month_of(word: &str) -> Option<u8> {
    let lower = word.to_ascii_lowercase();
    let lower = lower.trim_end_matches('.');
    if lower.len() < 3 {
        return None;
    }
    let index = MONTHS.iter().position(|m| lower.starts_with(m))?;
    // "Mar" and "March" but not "Marches"; "Sept" is the one common
    // four-letter abbreviation.
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    (lower.len() == 3 || lower == "sept" || FULL[index] == lower).then_some(index as u8 + 1)
}

/// Words of a date: runs of letters or digits, skipping spaces, commas and
/// the period of an abbreviation.
struct Tokens<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let rest = &self.text[self.at..];
        let skip = rest.len() - rest.trim_start_matches([' ', ',', '.', '\u{a0}']).len();
        if self.at > 0 && skip == 0 {
            return None;
        }
        let rest = &rest[skip..];
        let len = rest.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(rest.len());
        if len == 0 {
            return None;
        }
        let word = &rest[..len];
        self.at += skip + len;
        Some(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stated_dates() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2024-09-08", Some("2024-09-08")),
            ("2015-07-10T09:53:00-04:00", Some("2015-07-10")),
            ("2019-04-28 06:01:07", Some("2019-04-28")),
            ("2024/03/05", Some("2024-03-05")),
            ("September 8, 2024", Some("2024-09-08")),
            ("Sept. 8, 2024 at 3:34 a.m.", Some("2024-09-08")),
            ("Updated 8 March 2021", Some("2021-03-08")),
            ("Sun, 08 Sep 2024 03:34:00 GMT", Some("2024-09-08")),
            ("08/09/2024", None),
            ("2024-02-30", None),
            ("12345-01-01", None),
            ("Marches 3, 2020", None),
            ("May 2024", None),
            ("", None),
            (" ·5 min read", None),
            ("2024-09-0·", None),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_stated(input).map(|d| d.to_string()).as_deref(), *expected, "{input}");
        }
    }
}
