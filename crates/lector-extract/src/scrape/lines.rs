//! A scrape as units: one unit per line, as copy-paste and text scrapes give
//! one paragraph per line, except where a paragraph was hard-wrapped (every
//! line of a blank-line-separated group but the last is long), which is
//! joined back into one unit.

use super::shapes::ends_sentence;

/// A candidate block of a scrape: its text and the source lines it spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    pub text: String,
    /// First source line, 1-based (for reasons a reader can look up).
    pub line: usize,
}

/// Lines shorter than this end a wrapped paragraph; at least this long, they
/// may be a wrapped line.
const WRAP_WIDTH: usize = 55;

pub fn units(text: &str) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut group: Vec<(usize, &str)> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            flush(&mut group, &mut units);
        } else {
            group.push((index + 1, line));
        }
    }
    flush(&mut group, &mut units);
    units
}

fn flush(group: &mut Vec<(usize, &str)>, units: &mut Vec<Unit>) {
    if group.is_empty() {
        return;
    }
    if is_wrapped(group) {
        let text = group.iter().map(|(_, l)| *l).collect::<Vec<_>>().join(" ");
        units.push(Unit { text, line: group[0].0 });
    } else {
        units.extend(group.iter().map(|&(line, text)| Unit { text: text.to_string(), line }));
    }
    group.clear();
}

/// A hard-wrapped paragraph: several lines, all but the last of similar,
/// long width, ending like a sentence (a headline over a one-word label is
/// not a paragraph), and no line after the first starts a bullet.
fn is_wrapped(group: &[(usize, &str)]) -> bool {
    if group.len() < 2 {
        return false;
    }
    let (body, last) = group.split_at(group.len() - 1);
    let widths: Vec<usize> = body.iter().map(|(_, l)| l.chars().count()).collect();
    let (min, max) = (widths.iter().copied().min().unwrap_or(0), widths.iter().copied().max().unwrap_or(0));
    let last_width = last[0].1.chars().count();
    let joined_is_prose = group.last().is_some_and(|(_, l)| ends_sentence(l));
    min >= WRAP_WIDTH
        && max - min <= 25
        && last_width <= max + 2
        && joined_is_prose
        && group[1..].iter().all(|(_, l)| !l.starts_with(['•', '·', '*', '-', '–', '—']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_wrapped_paragraphs() {
        let wrapped = "The council voted on Tuesday to close the old bridge for repairs, a\n\
                       decision that residents of the east bank had opposed for months at\n\
                       public meetings.\n\nNext paragraph.";
        let cases: &[(&str, &[&str])] = &[
            ("One line.\nAnother line.\n\nThird.", &["One line.", "Another line.", "Third."]),
            ("  Indented  \n\n\n", &["Indented"]),
            (wrapped, &[
                "The council voted on Tuesday to close the old bridge for repairs, a decision that residents of the east bank had opposed for months at public meetings.",
                "Next paragraph.",
            ]),
        ];
        for (input, expected) in cases {
            let got: Vec<String> = units(input).into_iter().map(|u| u.text).collect();
            assert_eq!(got, *expected, "{input}");
        }
    }
}
