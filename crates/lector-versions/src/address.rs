//! When two page addresses name the same page: a site serves one article
//! under `http` and `https`, with and without `www.`, with a trailing slash,
//! a fragment or tracking parameters; none of those make another page.

/// The address reduced to what names the page, or `None` when it is not an
/// http(s) address (a file name, a text's IRI).
pub fn page_key(address: &str) -> Option<String> {
    let address = address.trim();
    let rest = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("http://"))
        .or_else(|| address.strip_prefix("HTTPS://"))
        .or_else(|| address.strip_prefix("HTTP://"))?;
    let rest = rest.split('#').next().unwrap_or_default();
    let (before_query, query) = match rest.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (rest, None),
    };
    let (host, path) = before_query.split_once('/').unwrap_or((before_query, ""));
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let path = path.trim_end_matches('/');
    let kept: Vec<&str> =
        query.unwrap_or_default().split('&').filter(|pair| !pair.is_empty() && !is_tracking(pair)).collect();
    let mut key = format!("{host}/{path}");
    if !kept.is_empty() {
        key.push('?');
        key.push_str(&kept.join("&"));
    }
    Some(key)
}

/// The page's host, as [`page_key`] reduces it.
pub fn host(address: &str) -> Option<String> {
    page_key(address).map(|key| key.split('/').next().unwrap_or_default().to_string())
}

fn is_tracking(pair: &str) -> bool {
    let name = pair.split('=').next().unwrap_or_default().to_ascii_lowercase();
    name.starts_with("utm_") || matches!(name.as_str(), "fbclid" | "gclid" | "ocid" | "cmpid" | "smid" | "ref")
}

/// Whether two addresses name the same page.
pub fn same_page(a: &str, b: &str) -> bool {
    matches!((page_key(a), page_key(b)), (Some(a), Some(b)) if a == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_page_under_other_spellings() {
        let table: &[(&str, &str, bool)] = &[
            ("https://apnews.com/article/iran-russia", "https://apnews.com/article/iran-russia", true),
            ("https://apnews.com/article/iran-russia", "http://www.APNEWS.com/article/iran-russia/", true),
            ("https://apnews.com/article/iran-russia#comments", "https://apnews.com/article/iran-russia", true),
            (
                "https://apnews.com/article/iran-russia?utm_source=x&fbclid=1",
                "https://apnews.com/article/iran-russia",
                true,
            ),
            ("https://example.com/story?id=1", "https://example.com/story?id=2", false),
            ("https://apnews.com/article/iran-russia", "https://apnews.com/article/iran-russia-2", false),
            ("https://apnews.com/article/a", "https://thehill.com/article/a", false),
            ("000_729a53cc0895712a.txt", "000_729a53cc0895712a.txt", false),
            ("urn:x-lector:text:sha256:ab", "urn:x-lector:text:sha256:ab", false),
        ];
        for &(a, b, same) in table {
            assert_eq!(same_page(a, b), same, "{a} vs {b}");
        }
    }

    #[test]
    fn hosts_lose_www_and_case() {
        assert_eq!(host("https://WWW.Example.com/a").as_deref(), Some("example.com"));
        assert_eq!(host("pasted.txt"), None);
    }
}
