//! Metadata a page states in its markup beyond what the Readability pass
//! reads: JSON-LD articles inside an `@graph` (the form WordPress and most
//! news CMSs emit) and `<time datetime>` / `itemprop="datePublished"`.
//! Each value is copied from the page, never inferred from its text.

use dom_query::Document;
use serde_json::Value;

use crate::date::parse_stated;
use lector_article::IsoDate;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Stated {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<IsoDate>,
    pub url: Option<String>,
}

/// Schema.org types that are an article (NewsArticle, ReportageNewsArticle,
/// BlogPosting, …).
fn is_article_type(value: &Value) -> bool {
    let is = |t: &str| t.ends_with("Article") || t.ends_with("BlogPosting") || t == "Report";
    match value {
        Value::String(t) => is(t),
        Value::Array(types) => types.iter().any(|t| t.as_str().is_some_and(is)),
        _ => false,
    }
}

pub fn read(document: &Document) -> Stated {
    let mut stated = Stated::default();
    for script in document.select(r#"script[type="application/ld+json"]"#).nodes() {
        let Ok(json) = serde_json::from_str::<Value>(script.text().trim()) else { continue };
        if let Some(article) = article_in(&json) {
            stated.title = string_of(article.get("headline")).or_else(|| string_of(article.get("name")));
            stated.byline = names_of(article.get("author"));
            stated.outlet = article.get("publisher").and_then(|p| names_of(Some(p)));
            stated.published = string_of(article.get("datePublished")).as_deref().and_then(parse_stated);
            break;
        }
    }
    if stated.published.is_none() {
        stated.published = published_in_markup(document);
    }
    stated.url = stated_url(document);
    stated
}

/// The first article object: the top level, an array, or an `@graph`.
fn article_in(json: &Value) -> Option<&Value> {
    match json {
        Value::Array(items) => items.iter().find_map(article_in),
        Value::Object(map) => {
            if map.get("@type").is_some_and(is_article_type) {
                return Some(json);
            }
            map.get("@graph").and_then(article_in)
        }
        _ => None,
    }
}

fn string_of(value: Option<&Value>) -> Option<String> {
    let text = crate::extracted::squash(value?.as_str()?);
    (!text.is_empty()).then_some(text)
}

/// `"Jane Doe"`, `{"name": "Jane Doe"}` or a list of either, joined.
fn names_of(value: Option<&Value>) -> Option<String> {
    let names: Vec<String> = match value? {
        Value::Array(items) => items.iter().filter_map(|i| names_of(Some(i))).collect(),
        Value::Object(map) => string_of(map.get("name")).into_iter().collect(),
        other => string_of(Some(other)).into_iter().collect(),
    };
    (!names.is_empty()).then(|| names.join(", "))
}

/// A date the markup marks as the publication date, else the first
/// `<time datetime>` inside the page's `<article>` (a comment's time sits in
/// its own region, which is skipped).
fn published_in_markup(document: &Document) -> Option<IsoDate> {
    let marked = document.select(r#"[itemprop="datePublished"], time[pubdate], meta[name="date"], meta[name="pubdate"], meta[property="article:published"]"#);
    for node in marked.nodes() {
        let value = node.attr("datetime").or_else(|| node.attr("content")).unwrap_or_else(|| node.text());
        if let Some(date) = parse_stated(&value) {
            return Some(date);
        }
    }
    for node in document.select("article time[datetime]").nodes() {
        let in_comments = node.ancestors_it(None).any(|a| {
            let names = format!("{} {}", a.attr_or("class", ""), a.attr_or("id", "")).to_ascii_lowercase();
            names.contains("comment")
        });
        if in_comments {
            continue;
        }
        if let Some(date) = node.attr("datetime").as_deref().and_then(parse_stated) {
            return Some(date);
        }
    }
    None
}

/// The page's canonical address (`<link rel="canonical">`, else `og:url`),
/// when it is an absolute http(s) URL.
fn stated_url(document: &Document) -> Option<String> {
    let link = document.select(r#"link[rel="canonical"]"#).attr("href");
    let og = document.select(r#"meta[property="og:url"]"#).attr("content");
    [link, og]
        .into_iter()
        .flatten()
        .map(|url| url.trim().to_string())
        .find(|url| url.starts_with("https://") || url.starts_with("http://"))
}
