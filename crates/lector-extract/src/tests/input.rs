//! Markdown, refused input and format detection.

use super::{page, run};
use crate::{extract, ExtractError, Format};

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
