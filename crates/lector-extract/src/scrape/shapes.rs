//! What a line of a scrape looks like: prose, a headline, a byline, a
//! dateline, a caption. Shapes, not word lists: they hold for any outlet.

use crate::extracted::BlockKind;

/// Fewer words than this is never the start of an article.
const MIN_PROSE_WORDS: usize = 6;
/// This many words is prose whatever its punctuation.
const LONG_PROSE_WORDS: usize = 30;
const BULLETS: [char; 5] = ['•', '·', '▪', '●', '*'];
const CLOSERS: [char; 8] = ['"', '\'', '”', '’', '»', ')', ']', '*'];

/// Words, counting two characters of a script written without spaces
/// (Chinese, Japanese) as one.
pub fn words(text: &str) -> usize {
    let unspaced = text.chars().filter(|&c| is_unspaced_script(c)).count();
    text.split_whitespace().filter(|w| !w.chars().all(is_unspaced_script)).count() + unspaced.div_ceil(2)
}

fn is_unspaced_script(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Ends like a sentence, looking through closing quotes and a final
/// parenthetical photo credit.
pub fn ends_sentence(text: &str) -> bool {
    let mut core = text.trim_end();
    if core.ends_with(')') {
        if let Some(open) = core.rfind('(') {
            let before = core[..open].trim_end();
            if !before.is_empty() {
                core = before;
            }
        }
    }
    let core = core.trim_end_matches(CLOSERS);
    core.ends_with(['.', '!', '…', '。', '！']) || (core.ends_with(['?', '？']) && words(text) >= 15)
}

/// A paragraph of the article's prose rather than a label, a link or a
/// headline.
pub fn is_prose(text: &str) -> bool {
    let n = words(text);
    let cased_prose = text.chars().any(char::is_lowercase) || text.chars().any(is_unspaced_script);
    (n >= MIN_PROSE_WORDS && ends_sentence(text) && cased_prose) || n >= LONG_PROSE_WORDS
}

/// A line that could be a headline: some words, starting like a title, not
/// ending like a sentence.
pub fn is_headline_like(text: &str) -> bool {
    let n = words(text);
    (3..=40).contains(&n)
        && !ends_sentence(text)
        && text.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'".contains(c))
        && text.chars().filter(|c| c.is_alphabetic()).count() * 2 > text.chars().filter(|c| !c.is_whitespace()).count()
}

/// "By Jane Doe", "Jane Doe", "Jane Doe and John Roe": a name line as it sits
/// under a headline. Returns the name.
pub fn byline(text: &str) -> Option<&str> {
    let name = text.strip_prefix("By ").or_else(|| text.strip_prefix("by ")).or_else(|| text.strip_prefix("BY "));
    let explicit = name.is_some();
    let name = name.unwrap_or(text).trim();
    let parts: Vec<&str> = name.split_whitespace().collect();
    let connector = |w: &str| matches!(w, "and" | "&" | "de" | "van" | "von" | "der" | "la" | "da" | "bin" | "al");
    let capitalised = |w: &str| {
        let w = w.trim_end_matches(',');
        w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
    };
    let shaped = (2..=8).contains(&parts.len())
        && parts.iter().all(|w| capitalised(w) || connector(w))
        && !name.ends_with(['.', ':']);
    (shaped && (explicit || parts.len() <= 5)).then_some(name)
}

/// A wire dateline opening a story: "WASHINGTON (AP) — ", "KYIV, Ukraine
/// (Reuters) - ", "LONDON — ". Without an agency the dash must be a real
/// dash (— – --): "FILE - " opens captions, not stories.
pub fn is_dateline(text: &str) -> bool {
    dateline(text).is_some()
}

/// The agency a dateline names, "AP" of "WASHINGTON (AP) —".
pub fn dateline_agency(text: &str) -> Option<String> {
    dateline(text).flatten()
}

fn dateline(text: &str) -> Option<Option<String>> {
    let head: String = text.chars().take(80).collect();
    let cut = head.find(['—', '–']).or_else(|| head.find("--")).or_else(|| head.find(" -"))?;
    let before = head[..cut].trim_end();
    let dash_is_hyphen = head[cut..].trim_start().starts_with('-') && !head[cut..].trim_start().starts_with("--");
    let (place, agency) = match before.strip_suffix(')') {
        Some(inner) => {
            let open = inner.rfind('(')?;
            let agency = inner[open + 1..].trim();
            let ok = !agency.is_empty()
                && words(agency) <= 4
                && agency.chars().next().is_some_and(char::is_uppercase)
                && agency.chars().all(|c| c.is_alphanumeric() || " .&-/".contains(c));
            if !ok {
                return None;
            }
            (inner[..open].trim_end(), Some(agency.to_string()))
        }
        None => (before, None),
    };
    if agency.is_none() && dash_is_hyphen {
        return None;
    }
    let city = place.split(',').next()?.trim();
    let letters = city.chars().filter(|c| c.is_alphabetic()).count();
    let city_ok = letters >= 3
        && words(city) <= 4
        && city.chars().all(|c| c.is_uppercase() || " .'’-".contains(c))
        && words(place) <= 7;
    city_ok.then_some(agency)
}

/// A syndication footer ("For the latest news …, head to The Hill.", "This
/// article originally appeared on Example News."): the outlet it names, or
/// `Some("")` when it names none.
pub fn syndication_outlet(text: &str) -> Option<String> {
    if words(text) > 30 {
        return None;
    }
    // ASCII case folding keeps byte offsets, so `text` can be cut where
    // `lower` matched.
    let lower = text.to_ascii_lowercase();
    let opening = [
        "for the latest news",
        "for more news",
        "for more stories",
        "this article originally",
        "this story originally",
        "this article was originally",
        "this story was originally",
        "originally published",
    ];
    if !opening.iter().any(|o| lower.starts_with(o)) {
        return None;
    }
    let markers = [
        " head to ",
        " go to ",
        " visit ",
        " appeared on ",
        " appeared in ",
        " published on ",
        " published in ",
        " published by ",
        " published at ",
    ];
    let at = markers.iter().filter_map(|m| lower.rfind(m).map(|i| i + m.len())).max();
    let name = at.map(|i| text[i..].trim().trim_end_matches(['.', '!']).trim()).unwrap_or("");
    let ok = (1..=6).contains(&words(name)) && name.chars().next().is_some_and(char::is_uppercase);
    Some(if ok { name.to_string() } else { String::new() })
}

/// A credit closing an article: "Source: Associated Press", "Reporting by
/// Jane Doe; Editing by John Roe", "Photos by …" — a label with a colon, or
/// someone named with "by". Menu items ("About us", "Privacy") are neither.
pub fn is_credit(text: &str) -> bool {
    let lower = text.to_lowercase();
    words(text) >= 2 && (lower.contains(':') || lower.split_whitespace().any(|w| w == "by"))
}

pub fn strip_bullet(text: &str) -> &str {
    text.trim_start_matches(BULLETS).trim_start_matches(['-', '–']).trim_start()
}

fn is_caption(text: &str) -> bool {
    let lower = text.to_lowercase();
    if ["photo:", "photograph:", "image:", "caption:", "pictured:"].iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    let trimmed = text.trim_end();
    let credit = trimmed.strip_suffix(')').and_then(|inner| inner.rfind('(').map(|open| &inner[open + 1..]));
    credit.is_some_and(|c| {
        let c = c.to_lowercase();
        ["photo", "image", "getty", "credit", "pool", "afp", "reuters/", "ap/"].iter().any(|k| c.contains(k))
    })
}

/// The kind of a kept line, given the line after it (a subheading introduces
/// prose).
pub fn block_kind(text: &str, next: Option<&str>) -> BlockKind {
    if text.starts_with(BULLETS) || text.starts_with("- ") || text.starts_with("– ") {
        BlockKind::ListItem
    } else if is_caption(text) {
        BlockKind::Caption
    } else if words(text) <= 12 && !ends_sentence(text) && !text.ends_with([':', ',']) && next.is_some_and(is_prose) {
        BlockKind::Heading(2)
    } else {
        BlockKind::Paragraph
    }
}
