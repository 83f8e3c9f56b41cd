//! Saved web pages.

use super::{article_html, page, reasons_of, run, STORY};
use crate::{DropReason, Format};

#[test]
fn html_pages_keep_the_article_and_only_stated_metadata() {
    let nav = "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World news section</a></li></ul></nav>";
    let json_ld = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebPage","name":"Eastmere Gazette"},
        {"@type":"NewsArticle","headline":"Bridge to close for repairs","datePublished":"2023-05-04T23:30:00-04:00",
         "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Bell"}],
         "publisher":{"@type":"Organization","name":"Eastmere Gazette"}}]}</script>"#;
    let meta = r#"<meta property="og:site_name" content="The Quay Post"><meta name="author" content="Lena Marsh"><meta property="article:published_time" content="2022-11-30T08:00:00Z">"#;
    let time = r#"<p class="meta"><time datetime="2021-02-03T10:00">3 February</time></p>"#;
    struct Case {
        name: &'static str,
        html: String,
        title: Option<&'static str>,
        byline: Option<&'static str>,
        outlet: Option<&'static str>,
        published: Option<&'static str>,
    }
    let cases = [
        Case {
            name: "a page that states nothing but its title",
            html: page("", &format!("{nav}{}", article_html(""))),
            title: Some("Bridge to close for repairs"),
            byline: None,
            outlet: None,
            published: None,
        },
        Case {
            name: "JSON-LD article inside @graph, date in the page's own time zone",
            html: page(json_ld, &article_html("")),
            title: Some("Bridge to close for repairs"),
            byline: Some("Ana Ruiz, Tom Bell"),
            outlet: Some("Eastmere Gazette"),
            published: Some("2023-05-04"),
        },
        Case {
            name: "meta tags",
            html: page(meta, &article_html("")),
            title: Some("Bridge to close for repairs"),
            byline: Some("Lena Marsh"),
            outlet: Some("The Quay Post"),
            published: Some("2022-11-30"),
        },
        Case {
            name: "a <time datetime> in the article",
            html: page("", &article_html(time)),
            title: Some("Bridge to close for repairs"),
            byline: None,
            outlet: None,
            published: Some("2021-02-03"),
        },
        Case {
            name: "a byline element",
            html: page("", &article_html(r#"<p class="byline">Ana Ruiz</p>"#)),
            title: Some("Bridge to close for repairs"),
            byline: Some("Ana Ruiz"),
            outlet: None,
            published: None,
        },
    ];
    for case in cases {
        let out = run(case.html.as_bytes(), Format::Html);
        let text = out.text();
        for paragraph in STORY {
            assert!(text.contains(paragraph), "{}: lost a paragraph: {text}", case.name);
        }
        assert!(!text.contains("Bridge to close"), "{}: the headline is the title, not body text: {text}", case.name);
        assert!(!text.contains("World news section"), "{}: navigation kept: {text}", case.name);
        assert_eq!(out.title.as_deref(), case.title, "{}", case.name);
        assert_eq!(out.byline.as_deref(), case.byline, "{}", case.name);
        assert_eq!(out.outlet.as_deref(), case.outlet, "{}", case.name);
        assert_eq!(out.published.map(|d| d.to_string()).as_deref(), case.published, "{}", case.name);
    }
}

#[test]
fn nothing_from_a_page_runs_or_becomes_markup() {
    let hostile = r#"<script>document.title = "pwned";</script>
        <p>Witnesses <a href="javascript:alert(2)">described the scene</a> at length.<img src="x" onerror="alert(1)"></p>
        <style>p { color: red }</style><noscript>Enable scripts to read comments.</noscript>"#;
    let html = page("<script>window.track = 1;</script>", &article_html(hostile));
    let out = run(html.as_bytes(), Format::Html);
    let everything = format!("{}\n{:?}", out.text(), out.dropped);
    for needle in ["pwned", "alert", "javascript", "onerror", "window.track", "color: red", "<", "Enable scripts"] {
        assert!(!everything.contains(needle), "'{needle}' leaked: {everything}");
    }
    assert!(out.text().contains("Witnesses described the scene at length."), "{}", out.text());
}

#[test]
fn comment_sections_and_related_lists_are_dropped_with_their_reason() {
    let comments = r#"<section id="comments"><h3>Comments</h3><p>Gordon: About time they fixed that bridge, it has been rusting for years and nobody listened.</p></section>"#;
    let related = r#"<aside class="related-stories"><h3>More stories</h3><ul><li><a href="/a">Ferry fares rise again</a></li></ul></aside>"#;
    let html = page("", &format!("{}{comments}{related}", article_html("")));
    let out = run(html.as_bytes(), Format::Html);
    assert!(!out.text().contains("Gordon"), "{}", out.text());
    assert!(!out.text().contains("Ferry fares"), "{}", out.text());
    assert_eq!(reasons_of(&out, "Gordon"), [DropReason::Comments]);
    let gordon = out.dropped.iter().find(|d| d.text.contains("Gordon")).map(|d| d.at);
    assert_eq!(gordon, Some(out.blocks.len()), "the comments stood after the article");
    assert_eq!(reasons_of(&out, "Ferry fares"), [DropReason::OutsideArticle]);
}

#[test]
fn declared_encodings_are_honoured() {
    let declarations = [
        ("<meta charset=\"windows-1252\">", "windows-1252"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", "latin1 via http-equiv"),
        ("<meta charset='latin1'>", "a label in single quotes"),
    ];
    for (declaration, name) in declarations {
        let html = format!(
            "<html><head>{declaration}<title>Caf\u{e9} on the quay reopens after a year</title></head><body>{}</body></html>",
            article_html("<p>The caf\u{e9} on the quay served its first cr\u{e8}me br\u{fb}l\u{e9}e in a year, and the queue reached the harbour wall before noon.</p>")
        );
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&html);
        let out = run(&bytes, Format::Html);
        assert!(out.text().contains("The café on the quay served its first crème brûlée"), "{name}: {}", out.text());
        assert_eq!(out.title.as_deref(), Some("Café on the quay reopens after a year"), "{name}");
    }
    // The browser decodes with TextDecoder: the label it needs, and the same
    // article from the decoded text.
    let html = format!("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=Shift_JIS\"></head><body>{}</body></html>", article_html(""));
    assert_eq!(crate::declared_charset(html.as_bytes()).as_deref(), Some("shift_jis"));
    assert_eq!(
        crate::extract_text(&html, Format::Html).map(|a| a.text()),
        Ok(run(html.as_bytes(), Format::Html).text())
    );
    // UTF-8 bytes under a single-byte label: the words win over the label.
    let html = format!(
        "<html><head><meta charset=\"iso-8859-1\"></head><body>{}</body></html>",
        article_html(
            "<p>Zoë Ångström spoke for the residents’ association at every one of the meetings this spring.</p>"
        )
    );
    assert!(run(html.as_bytes(), Format::Html).text().contains("Zoë Ångström spoke for the residents’ association"));
}

#[test]
fn the_page_address_is_taken_only_when_the_page_states_an_absolute_one() {
    let cases = [
        ("", None),
        (r#"<link rel="canonical" href="https://news.example/bridge">"#, Some("https://news.example/bridge")),
        (r#"<meta property="og:url" content="http://news.example/b">"#, Some("http://news.example/b")),
        (r#"<link rel="canonical" href="/relative/only">"#, None),
        (r#"<link rel="canonical" href="javascript:alert(1)">"#, None),
    ];
    for (head, expected) in cases {
        let out = run(page(head, &article_html("")).as_bytes(), Format::Html);
        assert_eq!(out.url.as_deref(), expected, "{head}");
    }
}
