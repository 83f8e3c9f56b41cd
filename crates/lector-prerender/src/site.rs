//! The whole pre-rendered page: the site header and `main` as the app's
//! `App` renders them (src/app.rs, components/header.rs), holding the library
//! and every bundled article, each hidden until the boot script picks the
//! one the URL's hash asks for. The app renders into an element the boot
//! script keeps out of the document, and the boot script swaps it in for the
//! pre-rendered page once it shows the same view (web/boot.js).

use lector_article::Article;
use lector_search::{ArticleSummary, Origin};

use crate::article_page::reader_page;
use crate::highlights::Highlights;
use crate::library_page::library;
use crate::markup::Markup;

pub fn prerendered(articles: &[Article], boot_script: &str) -> String {
    let mut m = Markup::new();
    m.open("div", &[("id", Some("prerendered")), ("class", Some("prerendered"))]);
    m.element("a", &[("class", Some("skip-link")), ("href", Some("#main"))], "Skip to content");
    header(&mut m);
    m.open("main", &[("id", Some("main")), ("tabindex", Some("-1"))]);
    let metas: Vec<_> = articles.iter().map(|a| a.meta.clone()).collect();
    let analyses: Vec<_> = articles.iter().map(|a| lector_analysis::analyze(&a.document.text)).collect();
    let summaries: Vec<_> = articles
        .iter()
        .zip(&analyses)
        .map(|(a, analysis)| {
            let meta = &a.meta;
            ArticleSummary::new(&meta.id, meta.outlet.as_deref(), meta.date, Origin::Sample, analysis)
        })
        .collect();
    library(&mut m, &metas, &lector_search::facets(&summaries));
    for (article, analysis) in articles.iter().zip(analyses) {
        reader_page(&mut m, article, Some(&Highlights::new(analysis)));
    }
    m.close("main");
    m.close("div");
    // Runs as soon as the markup above is parsed, before the first paint, so
    // the right view is the first thing drawn. Inline (no extra round trip);
    // scripts/add_csp.py allows it by its hash, never by 'unsafe-inline'.
    m.open("script", &[]).trusted(boot_script).close("script");
    m.into_string()
}

fn header(m: &mut Markup) {
    m.open("header", &[("class", Some("site-header"))]);
    m.open("a", &[("class", Some("brand")), ("href", Some("#/"))]);
    m.element("span", &[("class", Some("brand-name"))], "Lector");
    m.element("span", &[("class", Some("brand-tag"))], "let the reader beware");
    m.close("a");
    search_box(m);
    m.open("nav", &[("class", Some("site-tools")), ("aria-label", Some("Display"))]);
    let label = Some("Switch to dark theme");
    m.open(
        "button",
        &[
            ("type", Some("button")),
            ("class", Some("theme-toggle")),
            ("aria-label", label),
            ("title", label),
            ("aria-pressed", Some("false")),
            // It works once the app is in; until then it says so.
            ("disabled", Some("")),
        ],
    );
    m.element("span", &[("aria-hidden", Some("true"))], "☾");
    m.element("span", &[("class", Some("theme-toggle-text"))], "Dark");
    m.close("button");
    m.close("nav");
    m.close("header");
}

/// The header's search box (src/components/search_box.rs), closed, so the
/// header is as tall as the app's where it wraps (a phone). It searches
/// nothing until the app is in, so it is disabled; its id is not the app's
/// (`#search-input`), which means "the app's search box is here".
fn search_box(m: &mut Markup) {
    m.open("div", &[("class", Some("site-search")), ("role", Some("search"))]);
    m.element(
        "label",
        &[("for", Some("prerender-search-input")), ("class", Some("visually-hidden"))],
        "Search the library",
    );
    m.open(
        "input",
        &[
            ("id", Some("prerender-search-input")),
            ("type", Some("search")),
            ("placeholder", Some("Search  /")),
            ("disabled", Some("")),
        ],
    );
    m.close("div");
}

/// Puts the pre-rendered markup at the start of `<body>` of Trunk's page, and
/// moves the page's preloads (the WebAssembly and its glue) to the end of the
/// body: they would otherwise start while the text is still downloading and
/// share a slow connection with it. The app needs the whole page parsed
/// before it starts anyway (Trunk's loader is a module script).
pub fn insert_into_page(page: &str, prerendered: &str) -> Result<String, String> {
    if page.contains("id=\"prerendered\"") {
        return Err("the page is already pre-rendered: build it again with Trunk first".into());
    }
    let mut page = page.to_string();
    let mut preloads = String::new();
    while let Some(start) = find_preload(&page) {
        let end = start + page[start..].find('>').ok_or("a <link> tag in the page is not closed")? + 1;
        preloads.push_str(&page[start..end]);
        page.replace_range(start..end, "");
    }
    let at = page.find("<body>").ok_or("the page has no <body> tag to put the articles after")? + "<body>".len();
    page.insert_str(at, &format!("\n{prerendered}"));
    let end = page.rfind("</body>").ok_or("the page has no </body> tag")?;
    page.insert_str(end, &preloads);
    Ok(page)
}

fn find_preload(page: &str) -> Option<usize> {
    let head_end = page.find("</head>")?;
    ["<link rel=\"preload\"", "<link rel=\"modulepreload\""].iter().filter_map(|tag| page[..head_end].find(tag)).min()
}
