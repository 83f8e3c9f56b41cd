//! The library as the app's `LibraryView` renders it
//! (src/components/library.rs), from the same manifest the app embeds. The
//! reader's annotation counts live in their browser and are added by the app.
//! The library is the one view shown without JavaScript.

use lector_article::ArticleMeta;
use lector_search::Facets;

use crate::library_filters::{library_filters, library_views};
use crate::markup::Markup;

/// `facets`: the filters' counts for `articles`.
pub fn library(m: &mut Markup, articles: &[ArticleMeta], facets: &Facets) {
    m.open(
        "section",
        &[
            ("class", Some("library")),
            ("aria-labelledby", Some("library-heading")),
            ("data-prerender", Some("library")),
            ("data-title", Some("Library · Lector")),
        ],
    );
    m.element("h1", &[("id", Some("library-heading"))], "Library");
    m.element(
        "p",
        &[("class", Some("library-intro"))],
        &format!("{} articles. Open one to see who it is about and how sure it is.", articles.len()),
    );
    add_article(m);
    library_views(m);
    library_filters(m, facets);
    m.open("ol", &[("class", Some("article-list"))]);
    for meta in articles {
        card(m, meta);
    }
    m.close("ol");
    m.close("section");
}

/// The app's "Add article" control (`src/components/add_article.rs`) as it
/// first renders, closed, so the list does not move down when the app takes
/// over. It does nothing until then.
fn add_article(m: &mut Markup) {
    m.open("section", &[("class", Some("add-article")), ("aria-label", Some("Add your own articles"))]);
    m.element(
        "button",
        &[("type", Some("button")), ("class", Some("add-article-toggle")), ("aria-expanded", Some("false"))],
        "Add article",
    );
    m.close("section");
}

fn card(m: &mut Markup, meta: &ArticleMeta) {
    let sep = |m: &mut Markup| {
        m.element("span", &[("class", Some("sep")), ("aria-hidden", Some("true"))], " · ");
    };
    // No `data-article-id`: that marks the app's own card (with the reader's
    // annotation count), as on the reader page.
    m.open("li", &[("class", Some("article-card"))]);
    m.open("h2", &[("class", Some("article-card-title"))]);
    m.element("a", &[("href", Some(&format!("#/article/{}", meta.id)))], &meta.title);
    m.close("h2");
    m.open("p", &[("class", Some("article-card-meta"))]);
    m.element("span", &[("class", Some("outlet"))], meta.outlet.as_deref().unwrap_or("Outlet not stated"));
    sep(m);
    match meta.date {
        Some(date) => m.element("time", &[("datetime", Some(&date.to_string()))], &date.human()),
        None => m.element("span", &[("class", Some("undated"))], "Undated"),
    };
    sep(m);
    m.element("span", &[("class", Some("words"))], &format!("{} words", meta.words));
    sep(m);
    m.element("span", &[("class", Some("reading-time"))], &format!("{} min read", meta.reading_minutes));
    m.close("p");
    m.close("li");
}
