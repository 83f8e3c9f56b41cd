//! Fetching an article's Markdown from the site itself.

use gloo::net::http::Request;

/// Fetches text from a URL relative to the page's `<base>`. The message is
/// what the reader sees if it fails.
pub async fn text(url: &str) -> Result<String, String> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| format!("could not load {url}: {e}. Check your connection and reload."))?;
    if !response.ok() {
        return Err(format!(
            "could not load {url}: the server answered {} {}",
            response.status(),
            response.status_text()
        ));
    }
    response.text().await.map_err(|e| format!("could not read {url}: {e}"))
}
