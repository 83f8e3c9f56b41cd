//! Plain-text scrapes.

use super::{reasons_of, run, STORY};
use crate::{DropReason, Format};

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
