//! A plain HTML page of one article (headline, byline, text; no style, no
//! script): the baseline `scripts/bench-first-visit.sh` compares Lector with.

use lector_article::Article;

use crate::article_page::article_body;
use crate::markup::Markup;

pub fn plain_page(article: &Article) -> String {
    let mut m = Markup::new();
    m.trusted("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    m.trusted("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    m.element("title", &[], &article.meta.title);
    m.trusted("</head><body><article>");
    article_body(&mut m, article, None);
    m.trusted("</article></body></html>\n");
    m.into_string()
}
