use lector_text::Span;

use crate::entity_index::{build, list, SortBy};
use crate::{ArticleEntities, ArticleEntity, Kind, MentionSpan};

/// An article's entities: (names, kind, mentions); names are separated by
/// '|', the article's canonical name first.
fn article(entities: &[(&str, Kind, usize)]) -> ArticleEntities {
    let entities = entities
        .iter()
        .map(|&(names, kind, mentions)| ArticleEntity {
            name: names.split('|').next().unwrap_or("").to_string(),
            kind,
            names: names.split('|').map(str::to_string).collect(),
            mentions: (0..mentions)
                .map(|i| MentionSpan { span: Span::new(i * 10, i * 10 + 3), context: Span::new(i * 10, i * 10 + 9) })
                .collect(),
            claims: 0,
            hedged_claims: 0,
            anonymous_claims: 0,
        })
        .collect();
    ArticleEntities { entities }
}

type Library<'a> = &'a [&'a [(&'a str, Kind, usize)]];
/// An entity of the library: name, kind, articles, mentions.
type Merged<'a> = (&'a str, Kind, usize, usize);

#[test]
fn entities_merge_across_articles_by_name() {
    use Kind::*;
    let table: &[(&str, Library, &[Merged])] = &[
        (
            "a surname joins the one full name in the library",
            &[&[("John Kirby", Person, 3)], &[("Kirby", Person, 2)]],
            &[("John Kirby", Person, 2, 5)],
        ),
        (
            "a surname two full names share stays apart",
            &[&[("John Kirby", Person, 1)], &[("Ann Kirby", Person, 1)], &[("Kirby", Person, 1)]],
            &[("Ann Kirby", Person, 1, 1), ("John Kirby", Person, 1, 1), ("Kirby", Person, 1, 1)],
        ),
        (
            "case, a leading 'the' and accents do not split a name",
            &[
                &[("White House", Organization, 2)],
                &[("the White House", Organization, 1)],
                &[("WHITE HOUSE", Organization, 1)],
            ],
            &[("White House", Organization, 3, 4)],
        ),
        (
            "a place is not a person's surname",
            &[&[("John Kirby", Person, 1)], &[("Kirby", Place, 1)]],
            &[("John Kirby", Person, 1, 1), ("Kirby", Place, 1, 1)],
        ),
        (
            "the fullest, not all-capitals name is shown",
            &[&[("ZELENSKYY", Person, 1)], &[("Volodymyr Zelenskyy", Person, 1)], &[("Zelenskyy", Person, 2)]],
            &[("Volodymyr Zelenskyy", Person, 3, 4)],
        ),
        (
            "an organization joins across another name one article gives it",
            &[&[("National Security Council|NSC", Organization, 2)], &[("NSC", Organization, 1)]],
            &[("National Security Council", Organization, 2, 3)],
        ),
        (
            "people sharing a short name are not joined through it",
            &[&[("John Kirby|Kirby", Person, 2)], &[("Ann Kirby|Kirby", Person, 2)]],
            &[("Ann Kirby", Person, 1, 2), ("John Kirby", Person, 1, 2)],
        ),
        (
            "a place goes by the name most articles use",
            &[&[("Iran", Place, 2)], &[("Islamic Republic of Iran|Iran", Place, 1)], &[("Iran", Place, 1)]],
            &[("Iran", Place, 3, 4)],
        ),
        (
            "a person goes by the fullest name even when most articles use the short one",
            &[
                &[("Volodymyr Zelenskyy|Zelenskyy", Person, 2)],
                &[("Zelenskyy", Person, 1)],
                &[("Zelenskyy", Person, 1)],
            ],
            &[("Volodymyr Zelenskyy", Person, 3, 4)],
        ),
        (
            "the type most mentions have wins",
            &[&[("Jordan", Place, 3)], &[("Jordan", Person, 1)]],
            &[("Jordan", Place, 2, 4)],
        ),
    ];
    for (why, library, want) in table {
        let articles: Vec<(String, ArticleEntities)> =
            library.iter().enumerate().map(|(i, a)| (format!("article-{i}"), article(a))).collect();
        let index = build(articles.iter().map(|(id, a)| (id.as_str(), a)));
        let got: Vec<Merged> = list(&index.entities, None, SortBy::Name)
            .into_iter()
            .map(|i| {
                let e = &index.entities[i];
                (e.name.as_str(), e.kind, e.articles, e.mentions)
            })
            .collect();
        assert_eq!(got, *want, "{why}");
    }
}

#[test]
fn mentions_in_context_link_to_every_article() {
    let a = article(&[("John Kirby", Kind::Person, 2)]);
    let b = article(&[("Kirby", Kind::Person, 1)]);
    let index = build([("a", &a), ("b", &b)]);
    let kirby = index.find("Kirby").expect("Kirby is listed");
    assert_eq!(index.find("john kirby"), Some(kirby));
    let mentions = index.mentions(kirby);
    let articles: Vec<&str> = mentions.iter().map(|m| m.article.as_str()).collect();
    assert_eq!(articles, ["a", "a", "b"]);
    assert!(mentions.iter().all(|m| m.context.contains(&m.span)));
    let members: Vec<&str> = index.members(kirby).into_iter().map(|(article, _)| article).collect();
    assert_eq!(members, ["a", "b"]);
}

#[test]
fn lists_sort_and_filter_by_type() {
    use Kind::*;
    let a = article(&[("Kirby", Person, 1), ("Pentagon", Organization, 5), ("Ukraine", Place, 3)]);
    let b = article(&[("Ukraine", Place, 1), ("Austin", Person, 2)]);
    let index = build([("a", &a), ("b", &b)]);
    let names = |kind, sort| -> Vec<&str> {
        list(&index.entities, kind, sort).into_iter().map(|i| index.entities[i].name.as_str()).collect()
    };
    let table: &[(Option<Kind>, SortBy, &[&str])] = &[
        (None, SortBy::Mentions, &["Pentagon", "Ukraine", "Austin", "Kirby"]),
        (None, SortBy::Articles, &["Ukraine", "Pentagon", "Austin", "Kirby"]),
        (None, SortBy::Name, &["Austin", "Kirby", "Pentagon", "Ukraine"]),
        (Some(Person), SortBy::Mentions, &["Austin", "Kirby"]),
        (Some(Other), SortBy::Mentions, &[]),
    ];
    for (kind, sort, want) in table {
        assert_eq!(names(*kind, *sort), *want, "{kind:?} {sort:?}");
    }
}

#[test]
fn claims_are_counted_from_the_analysis() {
    let text = "Talks stall\n\n\
        John Kirby said the talks might collapse next week. \
        Kirby said the ship arrived on Monday. \
        Pentagon officials said the deal was close.";
    let analysis = lector_analysis::analyze(text);
    let entities = ArticleEntities::from_analysis(text, &analysis);
    let find = |name: &str| entities.entities.iter().find(|e| e.names.iter().any(|n| n == name));
    let kirby = find("John Kirby").expect("John Kirby is found");
    assert_eq!((kirby.claims, kirby.hedged_claims), (2, 1), "{kirby:?}");
    assert_eq!(kirby.mentions.len(), 2);
    let pentagon = find("Pentagon").expect("the Pentagon is found");
    assert_eq!(pentagon.anonymous_claims, 1, "{pentagon:?}");
    let json = serde_json::to_string(&entities).expect("serialises");
    assert_eq!(serde_json::from_str::<ArticleEntities>(&json).expect("deserialises"), entities);
}
