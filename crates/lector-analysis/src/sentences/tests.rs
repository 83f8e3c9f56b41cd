use super::*;

/// Text, then the sentences the splitter must return, in order.
const SPLITS: &[(&str, &[&str])] = &[
    // Plain sentences.
    ("The vote failed. Lawmakers left.", &["The vote failed.", "Lawmakers left."]),
    ("Is it over? Nobody knows! The count goes on.", &["Is it over?", "Nobody knows!", "The count goes on."]),
    // Abbreviations inside a sentence.
    ("U.S. officials met on Sept. 8 in Sacramento.", &["U.S. officials met on Sept. 8 in Sacramento."]),
    ("Gov. Gavin Newsom signed it. He smiled.", &["Gov. Gavin Newsom signed it.", "He smiled."]),
    ("Martin Luther King Jr. spoke there.", &["Martin Luther King Jr. spoke there."]),
    ("The meeting starts at 9 a.m. Tuesday in Geneva.", &["The meeting starts at 9 a.m. Tuesday in Geneva."]),
    ("It ranked No. 2 in the poll.", &["It ranked No. 2 in the poll."]),
    ("Dr. Anthony Fauci and Sen. Rand Paul clashed.", &["Dr. Anthony Fauci and Sen. Rand Paul clashed."]),
    ("He lives in Austin, Tex. with his wife.", &["He lives in Austin, Tex. with his wife."]),
    // Abbreviations that do end a sentence.
    ("The troops returned to the U.S. They were tired.", &["The troops returned to the U.S.", "They were tired."]),
    ("The deal closed at 5 p.m. The shares rose.", &["The deal closed at 5 p.m.", "The shares rose."]),
    (
        "He works for Acme Inc. The firm declined to comment.",
        &["He works for Acme Inc.", "The firm declined to comment."],
    ),
    // All-caps datelines abbreviate too.
    (
        "FT. WORTH, Texas (AP) \u{2014} A rail yard reopened Monday. Crews worked overnight.",
        &["FT. WORTH, Texas (AP) \u{2014} A rail yard reopened Monday.", "Crews worked overnight."],
    ),
    ("MT. PLEASANT, S.C. \u{2014} The bridge is closed.", &["MT. PLEASANT, S.C. \u{2014} The bridge is closed."]),
    // Initials.
    ("Edith M. Lederer reported from the United Nations.", &["Edith M. Lederer reported from the United Nations."]),
    ("John F. Kennedy Airport was closed.", &["John F. Kennedy Airport was closed."]),
    // Quotations.
    (
        "\u{201C}We will respond,\u{201D} she said. \u{201C}Nobody should doubt it.\u{201D} The room went quiet.",
        &[
            "\u{201C}We will respond,\u{201D} she said.",
            "\u{201C}Nobody should doubt it.\u{201D}",
            "The room went quiet.",
        ],
    ),
    ("\"It is over.\" Then he left.", &["\"It is over.\"", "Then he left."]),
    (
        "\u{201C}Why now?\u{201D} she asked. Nobody answered.",
        &["\u{201C}Why now?\u{201D} she asked.", "Nobody answered."],
    ),
    ("\u{201C}Why now?\u{201D} The question hung there.", &["\u{201C}Why now?\u{201D}", "The question hung there."]),
    ("He called it \"inhumane\". The envoy left.", &["He called it \"inhumane\".", "The envoy left."]),
    // Ellipses.
    ("It is bad because\u{2026} this is dangerous.", &["It is bad because\u{2026} this is dangerous."]),
    ("We waited... and waited.", &["We waited... and waited."]),
    ("We waited... Nothing came.", &["We waited...", "Nothing came."]),
    // Datelines stay with their sentence.
    (
        "WASHINGTON (AP) \u{2014} The United States has informed allies. The talks go on.",
        &["WASHINGTON (AP) \u{2014} The United States has informed allies.", "The talks go on."],
    ),
    (
        "KYIV, Ukraine (AP) \u{2014} Drones hit the city overnight.",
        &["KYIV, Ukraine (AP) \u{2014} Drones hit the city overnight."],
    ),
    // Headlines and captions without final punctuation end at their line.
    (
        "Iran denies arms shipments\n\nTEHRAN \u{2014} The ministry spoke. It was brief.",
        &["Iran denies arms shipments", "TEHRAN \u{2014} The ministry spoke.", "It was brief."],
    ),
    ("First line without stop\nSecond line", &["First line without stop", "Second line"]),
    // Numbers and compounds keep their periods.
    ("Prices rose 3.5% in 2023. Rents fell.", &["Prices rose 3.5% in 2023.", "Rents fell."]),
    ("U.S.-made missiles were used.", &["U.S.-made missiles were used."]),
    // Parenthesized sentences and photo credits.
    ("He spoke in Washington. (AP Photo/Mark Lennihan)", &["He spoke in Washington.", "(AP Photo/Mark Lennihan)"]),
    // Empty and blank text.
    ("", &[]),
    ("  \n\n  ", &[]),
];

#[test]
fn splits_news_text_into_sentences() {
    for (text, expected) in SPLITS {
        let got: Vec<&str> = split(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(&got, expected, "splitting {text:?}");
    }
}

#[test]
fn sentences_are_in_order_and_cover_all_but_white_space() {
    let text = "Iran denies it\n\n\u{201C}No,\u{201D} he said. U.S. officials, who spoke on Sept. 3, disagree... Why?";
    let ranges = split(text);
    let mut last = 0;
    for r in &ranges {
        assert!(r.start >= last && r.start < r.end, "{ranges:?}");
        assert!(text[last..r.start].trim().is_empty(), "lost text between sentences: {:?}", &text[last..r.start]);
        last = r.end;
    }
    assert!(text[last..].trim().is_empty());
}

#[test]
fn abbreviation_lists_have_only_known_heads() {
    for line in include_str!("../../lexicons/abbreviations.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let head = line.split_once(':').map(|(h, _)| h.trim());
        assert!(matches!(head, Some("title" | "other" | "starter")), "unknown line in abbreviations.txt: {line}");
    }
}
