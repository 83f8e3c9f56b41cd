//! Behaviour a reader would notice, on small invented pages: what is kept,
//! what is dropped and why, and which metadata is (never) filled in.

use crate::{extract, DropReason, ExtractError, Extracted, Format};

/// Invented article prose, long enough for any page to be an article.
const STORY: [&str; 4] = [
    "The harbour board of Eastmere voted on Tuesday to close the old swing bridge for repairs, a decision that residents of the east bank had opposed for months at public meetings.",
    "Engineers told the board that corrosion in the bridge's lower girders had advanced faster than a survey two years ago predicted, and that heavy lorries would be barred from next week.",
    "“We cannot keep patching it and hoping for the best,” said Mara Quell, who chairs the board. She said the repairs would take about eighteen months and cost far less than a new crossing.",
    "Shop owners on Quay Street said the closure would halve the number of people passing their doors, and asked the council for help with rents while the work goes on.",
];

fn page(head: &str, body: &str) -> String {
    format!("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Bridge to close for repairs</title>{head}</head><body>{body}</body></html>")
}

fn article_html(extra_in_article: &str) -> String {
    let paragraphs: String = STORY.iter().map(|p| format!("<p>{p}</p>")).collect();
    format!("<article><h1>Bridge to close for repairs</h1>{extra_in_article}{paragraphs}</article>")
}

fn run(bytes: &[u8], format: Format) -> Extracted {
    extract(bytes, format).unwrap_or_else(|e| panic!("extraction failed: {e}"))
}

fn reasons_of(out: &Extracted, needle: &str) -> Vec<DropReason> {
    out.dropped.iter().filter(|d| d.text.contains(needle)).map(|d| d.reason).collect()
}

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

/// An invented scrape with the furniture news pages carry.
const SCRAPE: &str = "\
Skip to content
Home
Bridge to close for repairs after years of warnings

Bridge to close for repairs after years of warnings
By Ana Ruiz
Published March 3, 2024 10:15 a.m.
4 min read

The harbour board of Eastmere voted on Tuesday to close the old swing bridge for repairs, a decision that residents of the east bank had opposed for months.

Read more: Ferry fares rise for the third time this year

Engineers told the board that corrosion in the lower girders had advanced faster than a survey predicted, and that lorries would be barred from Monday.

“We cannot keep patching it,” said Mara Quell, who chairs the board.

She said the repairs would take about eighteen months.

The old swing bridge seen from the quay at low tide on Sunday. (Photo: Eastmere Gazette)

The old swing bridge seen from the quay at low tide on Sunday. (Photo: Eastmere Gazette)

We use cookies to improve your experience on our site.

Share this article
Facebook Twitter Email

PORTSMOUTH (Reuters) — A ferry operator said on Friday it would cut winter sailings to the islands because of rising fuel costs and a shortage of crew.

The company said the cuts would last until March.
";

#[test]
fn scrapes_keep_the_article_verbatim_and_say_why_the_rest_went() {
    let out = run(SCRAPE.as_bytes(), Format::Text);
    assert_eq!(out.title.as_deref(), Some("Bridge to close for repairs after years of warnings"));
    assert_eq!(out.byline.as_deref(), Some("Ana Ruiz"));
    assert_eq!(out.published.map(|d| d.to_string()).as_deref(), Some("2024-03-03"));
    assert_eq!(out.outlet, None, "the page never names its publisher");
    let text = out.text();
    let kept: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(kept.len(), 5, "{kept:#?}");
    assert!(kept[0].starts_with("The harbour board of Eastmere"));
    assert_eq!(kept[2], "“We cannot keep patching it,” said Mara Quell, who chairs the board.");
    assert_eq!(kept[4], "The old swing bridge seen from the quay at low tide on Sunday. (Photo: Eastmere Gazette)");
    for kept_block in &kept {
        assert!(SCRAPE.contains(kept_block), "not verbatim: {kept_block}");
    }
    let cases: &[(&str, DropReason)] = &[
        ("Skip to content", DropReason::Navigation),
        ("Home", DropReason::Navigation),
        ("By Ana Ruiz", DropReason::Byline),
        ("Published March 3", DropReason::Timestamp),
        ("4 min read", DropReason::ReadingTime),
        ("Read more: Ferry fares", DropReason::ReadMore),
        ("We use cookies", DropReason::Promotion),
        ("Share this article", DropReason::Share),
        ("Facebook Twitter Email", DropReason::Share),
        ("PORTSMOUTH (Reuters)", DropReason::AppendedStory),
        ("The company said the cuts", DropReason::AppendedStory),
    ];
    for (needle, reason) in cases {
        assert_eq!(reasons_of(&out, needle), [*reason], "{needle}");
    }
    // Each dropped block says where it stood, for a preview to show it in place.
    let at = |needle: &str| out.dropped.iter().find(|d| d.text.contains(needle)).map(|d| d.at);
    assert_eq!(at("Skip to content"), Some(0));
    assert_eq!(at("Read more: Ferry fares"), Some(1));
    assert_eq!(at("low tide on Sunday"), Some(5));
    assert_eq!(at("PORTSMOUTH"), Some(5));
    assert_eq!(reasons_of(&out, "Bridge to close for repairs"), [DropReason::Headline]);
    assert_eq!(reasons_of(&out, "low tide on Sunday"), [DropReason::Repeated]);
}

#[test]
fn scrape_judgement_case_by_case() {
    struct Case {
        name: &'static str,
        scrape: String,
        kept: usize,
        dropped_reason: Option<(&'static str, DropReason)>,
        outlet: Option<&'static str>,
    }
    let body = STORY.join("\n\n");
    let cases = [
        Case {
            name: "a dateline names the agency",
            scrape: format!("Bridge to close\n\nEASTMERE, England (AP) — {body}"),
            kept: 4,
            dropped_reason: None,
            outlet: Some("AP"),
        },
        Case {
            name: "a dateline inside a short article is not a new story",
            scrape: format!("Bridge to close\n\n{}\n\nLONDON — Officials in the capital said they would watch the repairs closely.", STORY[0]),
            kept: 2,
            dropped_reason: None,
            outlet: None,
        },
        Case {
            name: "a list of other stories ends the article",
            scrape: format!("Bridge to close\n\n{body}\n\nMost Read\n\nFerry fares rise again\n\nA ferry operator said on Friday it would cut winter sailings to the islands."),
            kept: 4,
            dropped_reason: Some(("A ferry operator", DropReason::OtherStories)),
            outlet: None,
        },
        Case {
            name: "a comment section ends the article",
            scrape: format!("Bridge to close\n\n{body}\n\n12 Comments\n\nGordon said this bridge has been rusting for years and nobody listened to us."),
            kept: 4,
            dropped_reason: Some(("Gordon said", DropReason::Comments)),
            outlet: None,
        },
        Case {
            name: "a syndication footer names the outlet",
            scrape: format!("Bridge to close\n\n{body}\n\nThis article originally appeared on Eastmere Gazette."),
            kept: 4,
            dropped_reason: Some(("originally appeared", DropReason::Syndication)),
            outlet: Some("Eastmere Gazette"),
        },
        Case {
            name: "a comment count beside the first paragraph does not end the article",
            scrape: format!("Bridge to close\n\n{}\n\n2 comments\n\n{}\n\n{}\n\n{}", STORY[0], STORY[1], STORY[2], STORY[3]),
            kept: 4,
            dropped_reason: Some(("2 comments", DropReason::Comments)),
            outlet: None,
        },
        Case {
            name: "a whole page copied: menus and a promotion above, footer links below, a credit kept",
            scrape: format!(
                "Home\nWorld\nSport\nOpinion\nCulture\nOur morning briefing brings the best stories to you every single day.\nMenu\nSearch\nAccount\nEdit\nCrosswords\nPodcasts\nBridge to close\n\n{body}\n\nReporting by Ana Ruiz; Editing by Tom Bell\nAbout us\nContact\nPrivacy Policy\nTerms of Service"
            ),
            kept: 5,
            dropped_reason: Some(("Privacy Policy", DropReason::OutsideArticle)),
            outlet: None,
        },
        Case {
            name: "a footer naming an outlet with letters that change length in lower case",
            scrape: format!("Bridge to close\n\n{body}\n\nThis article originally appeared on İstanbul Postası."),
            kept: 4,
            dropped_reason: Some(("originally appeared", DropReason::Syndication)),
            outlet: Some("İstanbul Postası"),
        },
        Case {
            name: "a hard-wrapped scrape is joined into paragraphs",
            scrape: "Bridge to close\n\nThe harbour board of Eastmere voted on Tuesday to close the old swing\nbridge for repairs, a decision that residents of the east bank had\nopposed for months at public meetings in the town hall.\n\nEngineers said corrosion had advanced faster than a survey predicted.".to_string(),
            kept: 2,
            dropped_reason: None,
            outlet: None,
        },
    ];
    for case in cases {
        let out = run(case.scrape.as_bytes(), Format::Text);
        assert_eq!(out.title.as_deref(), Some("Bridge to close"), "{}", case.name);
        assert_eq!(out.blocks.len(), case.kept, "{}: {:#?}", case.name, out.blocks);
        if let Some((needle, reason)) = case.dropped_reason {
            assert_eq!(reasons_of(&out, needle), [reason], "{}", case.name);
        }
        assert_eq!(out.outlet.as_deref(), case.outlet, "{}", case.name);
        assert_eq!(out.published, None, "{}: no timestamp, no date", case.name);
    }
}

#[test]
fn markdown_keeps_its_structure_and_front_matter() {
    let with_front_matter = "---\ntitle: Bridge to close\noutlet: Eastmere Gazette\nauthor: Ana Ruiz\ndate: 2024-03-03\n---\n\nThe board voted to close the bridge.\n\n> We cannot keep patching it.\n\n- Lorries barred from Monday\n";
    let out = run(with_front_matter.as_bytes(), Format::Markdown);
    assert_eq!(out.title.as_deref(), Some("Bridge to close"));
    assert_eq!(out.outlet.as_deref(), Some("Eastmere Gazette"));
    assert_eq!(out.byline.as_deref(), Some("Ana Ruiz"));
    assert_eq!(out.published.map(|d| d.to_string()).as_deref(), Some("2024-03-03"));
    assert_eq!(
        out.text(),
        "The board voted to close the bridge.\n\nWe cannot keep patching it.\n\nLorries barred from Monday"
    );
    let kinds: Vec<_> = out.blocks.iter().map(|b| b.kind).collect();
    use crate::BlockKind::*;
    assert_eq!(kinds, [Paragraph, Quote, ListItem]);

    let plain = run(b"# Bridge to close\n\nThe board voted.\n\n## What next\n\nRepairs.", Format::Markdown);
    assert_eq!(plain.title.as_deref(), Some("Bridge to close"));
    assert_eq!(plain.text(), "The board voted.\n\nWhat next\n\nRepairs.");
    assert_eq!((plain.byline, plain.outlet, plain.published), (None, None, None));
}

#[test]
fn bad_input_is_refused_with_a_reason() {
    let huge = vec![b'a'; crate::MAX_INPUT_BYTES + 1];
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend([0u8; 64]);
    let mut bad_utf8 = b"<html><head><meta charset=\"utf-8\"></head><body><p>".to_vec();
    bad_utf8.extend(std::iter::repeat_n(0xffu8, 400));
    let nav_only = page("", "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>");
    type IsExpected = fn(&ExtractError) -> bool;
    let cases: Vec<(&str, Vec<u8>, Format, IsExpected)> = vec![
        ("a 16 MB+ file", huge, Format::Html, |e| matches!(e, ExtractError::TooLarge { .. })),
        ("a PNG", png, Format::Html, |e| matches!(e, ExtractError::Binary)),
        ("NUL bytes in text", b"abc\0def\0".to_vec(), Format::Text, |e| matches!(e, ExtractError::Binary)),
        ("a UTF-16 page with its byte-order mark is text", b"\xff\xfe<\0p\0>\0".to_vec(), Format::Html, |e| {
            matches!(e, ExtractError::NoArticleText)
        }),
        ("invalid UTF-8 under a UTF-8 label", bad_utf8, Format::Html, |e| {
            matches!(e, ExtractError::Undecodable { .. })
        }),
        ("an unknown charset", b"<meta charset=\"klingon-8\"><p>Hello</p>".to_vec(), Format::Html, |e| {
            matches!(e, ExtractError::UnknownEncoding { .. })
        }),
        ("a page of links only", nav_only.into_bytes(), Format::Html, |e| matches!(e, ExtractError::NoArticleText)),
        ("a scrape of labels", b"Home\nNews\nSport\nWeather".to_vec(), Format::Text, |e| {
            matches!(e, ExtractError::NoArticleText)
        }),
        ("empty Markdown", b"   \n".to_vec(), Format::Markdown, |e| matches!(e, ExtractError::NoArticleText)),
        ("broken front matter", b"---\ntitle Bridge\n---\nText.".to_vec(), Format::Markdown, |e| {
            matches!(e, ExtractError::FrontMatter(_))
        }),
    ];
    for (name, bytes, format, expected) in cases {
        match extract(&bytes, format) {
            Ok(out) => panic!("{name}: accepted: {out:?}"),
            Err(error) => {
                assert!(expected(&error), "{name}: wrong error {error:?}");
                assert!(error.to_string().len() > 30, "{name}: the message must say what to do: {error}");
            }
        }
    }
}

#[test]
fn formats_come_from_the_name_or_the_content() {
    let cases: &[(Option<&str>, &[u8], Format)] = &[
        (Some("page.HTML"), b"plain words", Format::Html),
        (Some("story.htm"), b"", Format::Html),
        (Some("notes.md"), b"<html>", Format::Markdown),
        (Some("scrape.txt"), b"<html>", Format::Text),
        (None, b"\xef\xbb\xbf  <!DOCTYPE html><html>", Format::Html),
        (None, b"<!-- saved from url=(0014)about:internet -->\n<html>", Format::Html),
        (None, b"---\ntitle: A\n---\nBody", Format::Markdown),
        (Some("download"), b"Headline\n\nSome text.", Format::Text),
    ];
    for (name, bytes, expected) in cases {
        assert_eq!(Format::detect(*name, bytes), *expected, "{name:?}");
    }
}
