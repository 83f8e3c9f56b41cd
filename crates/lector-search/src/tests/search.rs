use lector_text::Span;

use crate::normalize::fold;
use crate::tokens::tokenize;
use crate::{ArticleIndex, Clause, Query, SearchIndex};

/// An invented article: id, headline, body.
type Article<'a> = (&'a str, &'a str, &'a str);
/// A token: term, start, end.
type Expected<'a> = (&'a str, usize, usize);

/// Builds an index of invented articles: (id, headline, body).
fn library(articles: &[(&str, &str, &str)]) -> SearchIndex {
    let mut index = SearchIndex::new();
    for (id, title, body) in articles {
        index.add(id, article(title, body));
    }
    index
}

fn article(title: &str, body: &str) -> ArticleIndex {
    let text = format!("{title}\n\n{body}");
    let title_chars = title.chars().count();
    // One passage per sentence ending in ". ", as the analysis would give.
    let mut sentences = vec![Span::new(0, title_chars)];
    let body_start = title_chars + 2;
    let mut start = body_start;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate().skip(body_start) {
        if c == '.' && chars.get(i + 1).is_none_or(|&n| n == ' ') {
            sentences.push(Span::new(start, i + 1));
            start = i + 2;
        }
    }
    ArticleIndex::build(&text, title_chars, &sentences)
}

fn ids(index: &SearchIndex, query: &str) -> Vec<String> {
    index.search(&Query::parse(query, true), 10, |_| true).hits.into_iter().map(|h| h.id).collect()
}

#[test]
fn folding_ignores_case_accents_and_apostrophes() {
    let table = [
        ("ZELENSKYY", "zelenskyy"),
        ("Zelenskyy", "zelenskyy"),
        ("Đoković", "dokovic"),
        ("São", "sao"),
        ("Müller", "muller"),
        ("Straße", "strasse"),
        ("Œuvre", "oeuvre"),
        ("Ș\u{0103}n", "san"),
        ("Cafe\u{0301}", "cafe"),
        ("don’t", "dont"),
        ("Ελλάδα", "ελλάδα"),
    ];
    for (word, want) in table {
        assert_eq!(fold(word), want, "{word}");
    }
}

#[test]
fn tokens_carry_character_offsets_and_drop_possessives() {
    let table: &[(&str, &[Expected])] = &[
        ("Ukraine’s army", &[("ukraine", 0, 7), ("army", 10, 14)]),
        ("Ukraine's", &[("ukraine", 0, 7)]),
        ("the U.S. said", &[("the", 0, 3), ("us", 4, 7), ("said", 9, 13)]),
        ("Kim Jong-un", &[("kim", 0, 3), ("jong", 4, 8), ("un", 9, 11)]),
        ("“Café” — naïve", &[("cafe", 1, 5), ("naive", 9, 14)]),
        ("students’ fees", &[("students", 0, 8), ("fees", 10, 14)]),
        ("$3.5 billion", &[("35", 1, 4), ("billion", 5, 12)]),
        ("it’s", &[("it", 0, 2)]),
        ("", &[]),
    ];
    for (text, want) in table {
        let got: Vec<(String, usize, usize)> =
            tokenize(text).into_iter().map(|t| (t.term, t.span.start, t.span.end)).collect();
        let want: Vec<(String, usize, usize)> = want.iter().map(|&(t, s, e)| (t.to_string(), s, e)).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn queries_parse_into_words_phrases_and_a_prefix() {
    let w = |s: &str| Clause::Word(s.into());
    let p = |s: &str| Clause::Prefix(s.into());
    let ph = |s: &[&str]| Clause::Phrase(s.iter().map(|x| x.to_string()).collect());
    let table: Vec<(&str, bool, Vec<Clause>)> = vec![
        ("Kirby", false, vec![w("kirby")]),
        ("Kirby", true, vec![p("kirby")]),
        ("Kirby ", true, vec![w("kirby")]),
        ("white house", true, vec![w("white"), p("house")]),
        ("\"White House\" said", false, vec![ph(&["white", "house"]), w("said")]),
        ("“White House”", true, vec![ph(&["white", "house"])]),
        ("Jong-un", false, vec![ph(&["jong", "un"])]),
        ("Ukraine’s", true, vec![w("ukraine")]),
        ("  ", true, vec![]),
        ("\"unclosed phrase", true, vec![ph(&["unclosed", "phrase"])]),
    ];
    for (input, as_you_type, want) in table {
        assert_eq!(Query::parse(input, as_you_type).clauses, want, "{input:?}");
    }
}

#[test]
fn search_is_case_accent_and_possessive_insensitive() {
    let index = library(&[
        ("a", "Talks resume", "ZELENSKYY met the envoy. Ukraine’s army held the line."),
        ("b", "Markets", "The Café opened on Monday. Shares rose."),
        ("c", "Weather", "Rain is expected."),
    ]);
    let table: &[(&str, &[&str])] = &[
        ("Zelenskyy ", &["a"]),
        ("zelenskyy ", &["a"]),
        ("Ukraine ", &["a"]),
        ("Ukraine's ", &["a"]),
        ("cafe ", &["b"]),
        ("CAFÉ ", &["b"]),
        ("snow ", &[]),
        ("rain monday ", &[]),
    ];
    for (query, want) in table {
        assert_eq!(ids(&index, query), *want, "{query}");
    }
}

#[test]
fn ranking_prefers_the_headline_and_repetition() {
    let table: &[(&[Article], &str, &str)] = &[
        // Same body length; one has the word in the headline.
        (
            &[
                ("body", "Talks in Geneva", "Officials met. The tariff was discussed briefly today."),
                ("title", "Tariff talks in Geneva", "Officials met. The rates were discussed briefly today."),
            ],
            "tariff ",
            "title",
        ),
        // Same length; one repeats the word.
        (
            &[
                ("once", "Budget", "The senator spoke. Farmers waited for news of rain and prices."),
                ("thrice", "Budget", "The senator spoke. Farmers waited. Farmers marched. Farmers left."),
            ],
            "farmers ",
            "thrice",
        ),
        // A rare word counts more than a common one.
        (
            &[
                ("common", "Day one", "The vote was held. The vote was held. Ballot counted."),
                ("rare", "Day two", "The vote was held. An embargo followed."),
                ("other", "Day three", "The vote was held again."),
            ],
            "vote embargo ",
            "rare",
        ),
    ];
    for (articles, query, want) in table {
        let index = library(articles);
        assert_eq!(ids(&index, query).first().map(String::as_str), Some(*want), "{query}");
    }
}

#[test]
fn phrases_need_the_words_in_order() {
    let index = library(&[
        ("together", "Briefing", "The White House said nothing."),
        ("apart", "Garden", "A white fence stood by the house."),
        ("reversed", "Paint", "The house was white."),
    ]);
    let table: &[(&str, &[&str])] = &[
        ("\"white house\"", &["together"]),
        ("white house ", &["together", "apart", "reversed"]),
        ("\"house white\"", &[]),
        ("\"house was white\"", &["reversed"]),
    ];
    for (query, want) in table {
        let mut got = ids(&index, query);
        let mut want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        if query.starts_with('"') {
            assert_eq!(got, want, "{query}");
        } else {
            got.sort();
            want.sort();
            assert_eq!(got, want, "{query}");
        }
    }
}

#[test]
fn the_word_being_typed_matches_as_a_prefix() {
    let index = library(&[
        ("a", "Envoy", "Zelenskyy spoke to reporters."),
        ("b", "Zeal", "Zeal is not a policy."),
        ("c", "Other", "Nothing here."),
    ]);
    let table: &[(&str, &[&str])] =
        &[("zel", &["a"]), ("ze", &["b", "a"]), ("zel ", &[]), ("zelenskyy", &["a"]), ("spoke zel", &["a"])];
    for (query, want) in table {
        let mut got = ids(&index, query);
        got.sort();
        let mut want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        want.sort();
        assert_eq!(got, want, "{query}");
    }
}

#[test]
fn results_show_the_best_sentence_with_highlights() {
    let title = "Envoy visits";
    let body = "The weather was mild. Kirby said the White House would respond. Nobody else spoke.";
    let text = format!("{title}\n\n{body}");
    let mut index = SearchIndex::new();
    index.add("a", article(title, body));
    let table: &[(&str, &str, &[&str])] = &[
        ("Kirby ", "Kirby said the White House would respond.", &["Kirby"]),
        ("\"white house\" respond", "Kirby said the White House would respond.", &["White House", "respond"]),
        ("weather", "The weather was mild.", &["weather"]),
    ];
    for (query, passage, highlights) in table {
        let results = index.search(&Query::parse(query, true), 10, |_| true);
        let hit = &results.hits[0];
        let p = hit.passage.as_ref().expect("a passage");
        assert_eq!(p.text(&text), *passage, "{query}");
        let marked: Vec<&str> =
            p.highlights.iter().map(|h| crate::Passage { span: *h, highlights: vec![] }.text(&text)).collect();
        assert_eq!(marked, *highlights, "{query}");
    }
}

#[test]
fn long_sentences_are_cut_around_the_match() {
    let filler = "word ".repeat(120);
    let body = format!("Start {filler}then the envoy arrived {filler}end.");
    let mut index = SearchIndex::new();
    index.add("a", article("Long", &body));
    let results = index.search(&Query::parse("envoy", false), 10, |_| true);
    let passage = results.hits[0].passage.clone().expect("a passage");
    assert!(passage.span.len() <= crate::passage::MAX_PASSAGE_CHARS, "{:?}", passage.span);
    assert_eq!(passage.highlights.len(), 1);
    assert!(passage.span.contains(&passage.highlights[0]));
}

#[test]
fn articles_come_and_go_one_at_a_time() {
    let mut index = library(&[("a", "One", "Kirby spoke."), ("b", "Two", "Kirby left.")]);
    assert_eq!(ids(&index, "kirby ").len(), 2);
    assert!(index.remove("a"));
    assert!(!index.remove("a"));
    assert_eq!(ids(&index, "kirby "), vec!["b"]);
    assert_eq!(ids(&index, "spoke "), Vec::<String>::new());
    // Re-adding an id replaces the old text.
    index.add("b", article("Two", "Nobody left."));
    assert_eq!(ids(&index, "kirby "), Vec::<String>::new());
    assert_eq!(ids(&index, "nobody "), vec!["b"]);
    assert_eq!(index.len(), 1);
}

#[test]
fn an_article_index_survives_serialisation() {
    let built = article("Envoy", "Kirby said the White House would respond.");
    let json = serde_json::to_string(&built).expect("serialises");
    let back: ArticleIndex = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, built);
    let mut index = SearchIndex::new();
    index.add("a", back);
    assert_eq!(ids(&index, "\"white house\""), vec!["a"]);
}

#[test]
fn filtered_out_articles_are_not_counted() {
    let index = library(&[("a", "One", "Kirby spoke."), ("b", "Two", "Kirby left.")]);
    let results = index.search(&Query::parse("kirby", false), 10, |id| id == "b");
    assert_eq!(results.total, 1);
    assert_eq!(results.hits[0].id, "b");
}

#[test]
fn a_damaged_stored_index_is_refused_with_a_reason() {
    let built = article("Envoy", "Kirby said the White House would respond.");
    let json = serde_json::to_value(&built).expect("serialises");
    let damage: &[(&str, serde_json::Value)] = &[
        ("v", serde_json::json!(99)),
        ("lens", serde_json::json!([1, 2])),
        ("counts", serde_json::json!([1])),
        ("steps", serde_json::json!([0, 0, 0])),
        ("terms", serde_json::json!("zebra apple")),
        ("title_tokens", serde_json::json!(10_000)),
        ("passages", serde_json::json!([5])),
    ];
    for (field, value) in damage {
        let mut broken = json.clone();
        broken[*field] = value.clone();
        let error = serde_json::from_value::<ArticleIndex>(broken).expect_err(field);
        assert!(error.to_string().contains("damaged"), "{field}: {error}");
    }
    // Steps that walk past the last token.
    let mut broken = json.clone();
    let last = broken["steps"].as_array().map_or(0, Vec::len) - 1;
    broken["steps"][last] = serde_json::json!(1_000_000);
    assert!(serde_json::from_value::<ArticleIndex>(broken).is_err());
}

#[test]
fn without_sentences_a_window_of_words_is_shown() {
    let body = format!("{}the envoy arrived late {}", "early words ".repeat(30), "closing words ".repeat(30));
    let text = format!("Plain\n\n{body}");
    let mut index = SearchIndex::new();
    index.add("a", ArticleIndex::build(&text, 5, &[]));
    let results = index.search(&Query::parse("envoy arrived", false), 10, |_| true);
    let passage = results.hits[0].passage.clone().expect("a passage");
    let shown = passage.text(&text);
    assert!(shown.contains("the envoy arrived late"), "{shown}");
    assert!(passage.span.len() <= crate::passage::MAX_PASSAGE_CHARS, "{shown}");
    assert!(shown.starts_with("words") || shown.starts_with("early"), "{shown}");
    assert_eq!(passage.highlights.len(), 2);
}

#[test]
fn a_passage_is_drawn_as_plain_and_marked_pieces() {
    let text = "Zoë met Kirby. Kirby’s aide spoke to Zoë.";
    type Case<'a> = (lector_text::Span, &'a [lector_text::Span], &'a [(&'a str, bool)]);
    let span = |start, end| lector_text::Span { start, end };
    let table: &[Case] = &[
        (span(0, 14), &[span(8, 13)], &[("Zoë met ", false), ("Kirby", true), (".", false)]),
        (
            span(15, 41),
            &[span(15, 20), span(37, 40)],
            &[("Kirby", true), ("’s aide spoke to ", false), ("Zoë", true), (".", false)],
        ),
        (span(0, 3), &[], &[("Zoë", false)]),
        (span(0, 3), &[span(0, 3)], &[("Zoë", true)]),
    ];
    for (passage_span, highlights, pieces) in table {
        let passage = crate::Passage { span: *passage_span, highlights: highlights.to_vec() };
        assert_eq!(passage.pieces(text), *pieces, "{passage_span:?}");
    }
}
