//! Fetching an article's Markdown from the site itself.

use gloo::net::http::Request;

/// Fetches text from a URL relative to the page's `<base>`. The message is
/// what the reader sees if it fails: plain words on its first line, what the
/// browser or server said after it (shown one click away).
pub async fn text(url: &str) -> Result<String, String> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| format!("This article could not be loaded: check your connection and reload.\n{url}: {e}"))?;
    if !response.ok() {
        return Err(format!(
            "This article could not be loaded from the site: reload, or try again later.\n{url}: the server answered {} {}",
            response.status(),
            response.status_text()
        ));
    }
    response.text().await.map_err(|e| format!("This article could not be read: reload to try again.\n{url}: {e}"))
}
