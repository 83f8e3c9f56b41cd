//! The pre-rendered page against the document model it comes from: what a
//! reader sees before the app arrives must be the app's text, in the app's
//! places, and never markup from an article.

use lector_article::{Article, ArticleMeta};

use crate::article_page::reader_page;
use crate::highlights::Highlights;
use crate::library_page::library;
use crate::markup::Markup;
use crate::site::{insert_into_page, prerendered};

const ARTICLES: &[(&str, &str)] = &[
    ("plain", "---\ntitle: Council votes on the bridge\noutlet: Example News\ndate: 2024-03-05\n---\nThe council met on Tuesday.\n\nIt voted 5-2.\n"),
    ("inline", "---\ntitle: A *styled* day\n---\nSome **strong**, *emphasised*, ~~struck~~ and `coded` words, a [link](https://example.org/a?b=1&c=2).\n"),
    ("nested", "---\ntitle: Lists and quotes\n---\n## A heading\n\n> A quoted line\n\n1. first item\n2. second item\n\n- bullet\n\n---\n\nLine one  \nline two\n"),
    ("hostile", "---\ntitle: <script>alert(1)</script> & \"quotes\"\n---\n<img src=x onerror=alert(2)>\n\nA <b>bold</b> claim & more.\n"),
    ("unicode", "---\ntitle: Café “Ünïcode” — 東京\n---\nEmoji 👍 and accents: naïve façade.\n"),
];

fn parsed() -> Vec<Article> {
    ARTICLES.iter().map(|(id, source)| Article::parse(id, source).expect("test articles parse")).collect()
}

/// The text of each element that carries `data-start`/`data-end`, as a
/// browser would show it: tags dropped, `<br>` a line break, entities decoded.
fn text_blocks(html: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(" data-start=\"") {
        rest = &rest[at + 13..];
        let start: usize = rest[..rest.find('"').unwrap()].parse().unwrap();
        rest = &rest[rest.find("data-end=\"").unwrap() + 10..];
        let end: usize = rest[..rest.find('"').unwrap()].parse().unwrap();
        rest = &rest[rest.find('>').unwrap() + 1..];
        let close = ["</p>", "</h1>", "</h2>", "</h3>", "</h4>", "</h5>", "</h6>", "</figcaption>", "</pre>"]
            .iter()
            .filter_map(|tag| rest.find(tag))
            .min()
            .unwrap();
        out.push((start, end, visible_text(&rest[..close])));
        rest = &rest[close..];
    }
    out
}

fn visible_text(inner: &str) -> String {
    let mut text = String::new();
    let mut rest = inner;
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        let gt = rest[lt..].find('>').unwrap() + lt;
        if rest[lt..gt].starts_with("<br") {
            text.push('\n');
        }
        rest = &rest[gt + 1..];
    }
    text.push_str(rest);
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

#[test]
fn every_text_block_shows_exactly_the_apps_text_at_its_offsets_with_or_without_highlights() {
    for (article, highlighted) in parsed().into_iter().flat_map(|a| [(a.clone(), false), (a, true)]) {
        let highlights = highlighted.then(|| Highlights::new(lector_analysis::analyze(&article.document.text)));
        let mut m = Markup::new();
        reader_page(&mut m, &article, highlights.as_ref());
        let html = m.into_string();
        let blocks = text_blocks(&html);
        let expected: Vec<(usize, usize, String)> = article
            .document
            .text_blocks()
            .iter()
            .map(|b| {
                let text: String = article.document.text.chars().skip(b.span.start).take(b.span.len()).collect();
                (b.span.start, b.span.end, text)
            })
            .collect();
        assert_eq!(blocks, expected, "article {} (highlighted: {highlighted})", article.meta.id);
    }
}

#[test]
fn markup_in_an_article_stays_text() {
    let article = &parsed()[3];
    let mut m = Markup::new();
    reader_page(&mut m, article, None);
    let html = m.into_string();
    for forbidden in ["<script", "<img", "<b>"] {
        assert!(!html.contains(forbidden), "{forbidden} reached the page as markup");
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the headline's text is shown");
}

#[test]
fn inline_styles_and_links_become_the_apps_elements() {
    let article = &parsed()[1];
    let mut m = Markup::new();
    reader_page(&mut m, article, None);
    let html = m.into_string();
    let cases = [
        "<strong>strong</strong>",
        "<em>emphasised</em>",
        "<del>struck</del>",
        "<code>coded</code>",
        "<a href=\"https://example.org/a?b=1&amp;c=2\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">link</a>",
    ];
    for case in cases {
        assert!(html.contains(case), "missing {case} in {html}");
    }
}

#[test]
fn byline_states_only_what_the_article_states() {
    let cases: &[(usize, &[&str], &[&str])] = &[
        (0, &["Example News", "5 March 2024", "datetime=\"2024-03-05\"", "min read"], &["By "]),
        (1, &["min read"], &["class=\"outlet\"", "<time"]),
    ];
    let articles = parsed();
    for (index, present, absent) in cases {
        let mut m = Markup::new();
        reader_page(&mut m, &articles[*index], None);
        let html = m.into_string();
        let byline = &html[html.find("class=\"byline\"").unwrap()..];
        let byline = &byline[..byline.find("</p>").unwrap()];
        present.iter().for_each(|p| assert!(byline.contains(p), "{p} missing in {byline}"));
        absent.iter().for_each(|a| assert!(!byline.contains(a), "{a} invented in {byline}"));
    }
}

#[test]
fn the_library_links_every_article_in_library_order() {
    let articles = parsed();
    let mut metas: Vec<ArticleMeta> = articles.iter().map(|a| a.meta.clone()).collect();
    lector_article::sort_for_library(&mut metas);
    let mut m = Markup::new();
    library(&mut m, &metas, &lector_search::Facets::default());
    let html = m.into_string();
    let mut last = 0;
    for meta in &metas {
        let link = format!("href=\"#/article/{}\"", meta.id);
        let at = html.find(&link).unwrap_or_else(|| panic!("no link to {}", meta.id));
        assert!(at >= last, "{} is out of library order", meta.id);
        last = at;
    }
    assert!(html.contains(&format!("{} articles.", metas.len())));
}

#[test]
fn the_library_holds_the_add_article_control_where_the_app_draws_it() {
    let mut m = Markup::new();
    library(&mut m, &[], &lector_search::Facets::default());
    let html = m.into_string();
    let control = "<section class=\"add-article\" aria-label=\"Add your own articles\">\
                   <button type=\"button\" class=\"add-article-toggle\" aria-expanded=\"false\">Add article</button></section>";
    let at = html.find(control).unwrap_or_else(|| panic!("no closed Add article control in {html}"));
    assert!(
        html.find("library-intro").unwrap() < at && at < html.find("article-list").unwrap(),
        "between intro and list"
    );
}

#[test]
fn articles_start_hidden_until_the_boot_script_picks_one() {
    let page = prerendered(&parsed(), "/* boot */");
    let views: Vec<&str> =
        page.split(" data-prerender=\"").skip(1).map(|tail| &tail[..tail.find('>').unwrap()]).collect();
    assert_eq!(views.len(), ARTICLES.len() + 1, "the library and each article");
    for view in views {
        // Without JavaScript the library is what a reader sees.
        assert_eq!(view.contains(" hidden"), !view.starts_with("library\""), "{view}");
    }
    assert!(page.ends_with("</main></div><script>/* boot */</script>"), "the boot script runs right after the views");
}

#[test]
fn the_page_is_pre_rendered_once_with_the_text_before_the_downloads_for_the_app() {
    let cases: &[(&str, Result<&str, ()>)] = &[
        ("<html><body><noscript>x</noscript></body></html>", Ok("<html><body>\nPRE<noscript>x</noscript></body></html>")),
        (
            "<html><head><link rel=\"modulepreload\" href=\"a.js\"><link rel=\"preload\" href=\"a.wasm\" as=\"fetch\">\
             <link rel=\"icon\" href=\"i.svg\"></head><body></body></html>",
            Ok("<html><head><link rel=\"icon\" href=\"i.svg\"></head><body>\nPRE\
                <link rel=\"modulepreload\" href=\"a.js\"><link rel=\"preload\" href=\"a.wasm\" as=\"fetch\"></body></html>"),
        ),
        ("<html></html>", Err(())),
        ("<html><body><div id=\"prerendered\"></div></body></html>", Err(())),
    ];
    for (page, expected) in cases {
        let got = insert_into_page(page, "PRE");
        match expected {
            Ok(want) => assert_eq!(got.as_deref(), Ok(*want)),
            Err(()) => assert!(got.is_err(), "{page} was accepted"),
        }
    }
}

#[test]
fn names_and_hedges_are_highlighted_before_the_app_arrives() {
    let article = Article::parse(
        "invented",
        "---\ntitle: Officials say Maria Lopez may resign\n---\nMaria Lopez, the mayor of Springfield, allegedly \
         misused funds, according to two people familiar with the matter. Lopez denied it.\n",
    )
    .expect("parses");
    let highlights = Highlights::new(lector_analysis::analyze(&article.document.text));
    let mut m = Markup::new();
    reader_page(&mut m, &article, Some(&highlights));
    let html = m.into_string();
    let cases = [
        ("a person", "class=\"entity entity-per\""),
        ("a badge on the mention's last fragment", "data-badge=\"PER\""),
        ("a hedge cue with its icon", "data-icon=\""),
        ("a sentence", "class=\"sentence\""),
    ];
    for (what, needle) in cases {
        assert!(html.contains(needle), "no {what} ({needle}) in {html}");
    }
}

#[test]
fn the_analyzer_data_is_named_by_its_content_and_preloaded_for_fetch() {
    let a = crate::analyzer_asset::file_name(b"model one");
    assert_ne!(a, crate::analyzer_asset::file_name(b"model two"), "another model, another name");
    assert_eq!(a, crate::analyzer_asset::file_name(b"model one"));
    assert!(a.starts_with("analyzer-") && a.ends_with(".bin"), "{a}");
    let page = crate::analyzer_asset::link_into_page(
        "<html><body>PRE<link rel=\"preload\" href=\"a.wasm\"></body></html>",
        &a,
    )
    .expect("the page has a body");
    let link = &page[page.find("a.wasm").expect("wasm preload kept")..];
    assert!(link.contains(&format!("id=\"{}\" href=\"{a}\" as=\"fetch\"", crate::analyzer_asset::LINK_ID)), "{page}");
    assert!(link.contains("crossorigin=\"anonymous\""), "the preload must match the app's fetch: {page}");
    assert!(crate::analyzer_asset::link_into_page("<html></html>", &a).is_err());
}

#[test]
fn the_library_filters_are_drawn_disabled_with_the_bundled_articles_counts_and_no_app_ids() {
    let facets = lector_search::Facets {
        outlets: vec![("Coast Wire".into(), 2), ("Island Post".into(), 1)],
        samples: 3,
        anonymous: 1,
        ..Default::default()
    };
    let mut m = Markup::new();
    library(&mut m, &[], &facets);
    let html = m.into_string();
    for shown in ["Coast Wire (2)", "Island Post (1)", "Samples (3)", "Your own (0)", "Uses anonymous sources (1)"] {
        assert!(html.contains(shown), "{shown:?} in {html}");
    }
    let filters = &html[html.find("<form").unwrap()..html.find("</form>").unwrap()];
    let controls = filters.matches("<input").count() + filters.matches("<select").count();
    assert_eq!(filters.matches(" disabled=\"\"").count(), controls, "every control is disabled: {filters}");
    for app_id in ["id=\"filter-q\"", "id=\"filter-outlet\"", "id=\"filter-anonymous\""] {
        assert!(!html.contains(app_id), "{app_id} is the app's control");
    }
    let (views, form, list) = (
        html.find("library-views").unwrap(),
        html.find("library-filters").unwrap(),
        html.find("article-list").unwrap(),
    );
    assert!(views < form && form < list, "links, then filters, then the list, as in the app");
}
