//! `lector extract`: the article in a saved page, a text scrape or a Markdown
//! file, as the app's importer sees it, printed as one JSON object.

use std::io::Read;

use lector_extract::{extract, ExtractError, Extracted, Format, MAX_INPUT_BYTES};

pub const USAGE: &str = "\
usage: lector extract FILE [--format html|text|md]

Prints the article in FILE as one JSON object:
  {\"title\": ..., \"byline\": ..., \"outlet\": ..., \"published\": \"YYYY-MM-DD\",
   \"text\": ..., \"dropped\": [{\"text\": ..., \"reason\": ..., \"why\": ..., \"at\": N}]}

FILE is a saved web page (.html, .htm; any encoding the page declares), a
plain-text scrape (.txt: one paragraph per line, with the site's furniture
around it) or Markdown (.md, plain or with Lector's front matter); '-' reads
stdin. Without a known extension the content decides (markup is HTML, a
'---' line opening front matter is Markdown, anything else a scrape);
--format overrides both.

title, byline, outlet and published are what the page states (meta tags,
JSON-LD, a byline, <time>, a dateline or timestamp line), null when it states
nothing: they are never guessed. text is the article body without the
headline, blocks (paragraphs, subheadings, quotes, list items, captions)
separated by a blank line: what the reader shows below the headline. dropped
lists the page's other text with the reason it was left out (reason is a
stable code, why says it in words) and where it stood (at: the number of
text blocks before it).

A file over 16 MB, a binary file, text that is not valid in its declared
encoding, or a page with no article text is refused with a message and exit
status 1.";

pub fn run(args: &[String]) -> Result<(), String> {
    let mut path = None;
    let mut format = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            "--format" => {
                let value = args.next().ok_or_else(|| format!("--format needs a value\n\n{USAGE}"))?;
                format = Some(match value.as_str() {
                    "html" | "htm" => Format::Html,
                    "text" | "txt" => Format::Text,
                    "md" | "markdown" => Format::Markdown,
                    other => return Err(format!("unknown format '{other}': use html, text or md")),
                });
            }
            other if path.is_none() => path = Some(other.to_string()),
            other => return Err(format!("unexpected argument '{other}'\n\n{USAGE}")),
        }
    }
    let path = path.ok_or_else(|| format!("extract needs a FILE\n\n{USAGE}"))?;
    let bytes = read_bytes(&path)?;
    let name = (path != "-").then_some(path.as_str());
    let format = format.unwrap_or_else(|| Format::detect(name, &bytes));
    let article = extract(&bytes, format).map_err(|e| format!("{path}: {e}"))?;
    println!("{}", to_json(&article));
    Ok(())
}

/// Reads at most one byte past the limit, so a huge file is refused by the
/// extractor's own message without being read whole.
fn read_bytes(path: &str) -> Result<Vec<u8>, String> {
    let limit = MAX_INPUT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    let result = if path == "-" {
        std::io::stdin().lock().take(limit).read_to_end(&mut bytes)
    } else {
        let file = std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        let metadata = file.metadata().map_err(|e| format!("cannot read {path}: {e}"))?;
        if metadata.is_dir() {
            return Err(format!("{path} is a folder: name a file"));
        }
        if metadata.len() > MAX_INPUT_BYTES as u64 {
            let bytes = usize::try_from(metadata.len()).unwrap_or(usize::MAX);
            return Err(format!("{path}: {}", ExtractError::TooLarge { bytes, limit: MAX_INPUT_BYTES }));
        }
        file.take(limit).read_to_end(&mut bytes)
    };
    result.map_err(|e| format!("cannot read {path}: {e}"))?;
    Ok(bytes)
}

/// The object in the documented key order.
pub fn to_json(article: &Extracted) -> String {
    let string = |value: &Option<String>| serde_json::to_string(value).unwrap_or_else(|_| "null".into());
    let published = article.published.map(|d| d.to_string());
    let dropped: Vec<String> = article
        .dropped
        .iter()
        .map(|d| {
            format!(
                "{{\"text\": {}, \"reason\": \"{}\", \"why\": {}, \"at\": {}}}",
                serde_json::Value::from(d.text.as_str()),
                d.reason.code(),
                serde_json::Value::from(d.reason.to_string()),
                d.at
            )
        })
        .collect();
    format!(
        "{{\"title\": {}, \"byline\": {}, \"outlet\": {}, \"published\": {}, \"text\": {}, \"dropped\": [{}]}}",
        string(&article.title),
        string(&article.byline),
        string(&article.outlet),
        string(&published),
        serde_json::Value::from(article.text()),
        dropped.join(", ")
    )
}
