use std::io::Read;

/// Reads a file argument, where `-` means stdin.
pub fn read_text(path: &str) -> Result<String, String> {
    if path == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map_err(|e| format!("cannot read stdin: {e}"))?;
        Ok(text)
    } else {
        std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
    }
}

/// What the analyzers read: a `.md` file's rendered text (title and blocks, as
/// the reader shows them and annotations anchor to), any other file as is.
pub fn rendered_text(path: &str, source: String) -> Result<String, String> {
    if !path.ends_with(".md") {
        return Ok(source);
    }
    if source.trim_start_matches('\u{feff}').starts_with("---") {
        let id = article_id(path);
        let article = lector_article::Article::parse(&id, &source).map_err(|e| format!("{path}: {e}"))?;
        Ok(article.document.text)
    } else {
        Ok(lector_article::parse_markdown(None, &source).text)
    }
}

/// The id an article file gets in the app: its name without `.md`.
fn article_id(path: &str) -> String {
    let name = std::path::Path::new(path).file_stem().and_then(|s| s.to_str()).unwrap_or("article");
    lector_article::ArticleId::from_file_stem(name).as_str().to_owned()
}
