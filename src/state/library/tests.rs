use std::rc::Rc;

use lector_article::{ArticleMeta, IsoDate};
use yew::Reducible;

use super::{Library, LibraryAction, Origin, OwnArticle, OwnArticles};

fn meta(id: &str, date: Option<&str>) -> ArticleMeta {
    ArticleMeta {
        id: id.into(),
        title: format!("Title of {id}"),
        outlet: None,
        author: None,
        date: date.and_then(IsoDate::parse),
        source: None,
        words: 10,
        reading_minutes: 1,
    }
}

fn own(id: &str, date: Option<&str>) -> OwnArticle {
    OwnArticle { meta: meta(id, date), iri: format!("https://news.example.org/{id}"), versions: 1 }
}

fn samples() -> Rc<Library> {
    Rc::new(Library::with_samples(&[meta("sample-new", Some("2024-05-01")), meta("sample-old", Some("2020-01-01"))]))
}

fn ids(library: &Library) -> Vec<(&str, Origin)> {
    library.entries().iter().map(|entry| (entry.meta.id.as_str(), entry.origin)).collect()
}

#[test]
fn own_articles_join_the_samples_in_library_order() {
    let library = samples()
        .reduce(LibraryAction::OwnLoaded(vec![own("own-undated", None), own("own-middle", Some("2022-03-04"))]));
    assert_eq!(
        ids(&library),
        [
            ("sample-new", Origin::Sample),
            ("own-middle", Origin::Own),
            ("sample-old", Origin::Sample),
            ("own-undated", Origin::Own),
        ]
    );
    assert_eq!(library.own, OwnArticles::Loaded);
}

#[test]
fn an_unknown_id_is_missing_only_once_own_articles_are_read() {
    let library = samples();
    assert!(!library.surely_missing("own-later"), "own articles may still arrive");
    let library = library.reduce(LibraryAction::OwnLoaded(vec![own("own-later", None)]));
    assert!(!library.surely_missing("own-later"));
    assert!(library.surely_missing("never-added"));
}

#[test]
fn adding_an_article_again_replaces_it() {
    let library = samples().reduce(LibraryAction::OwnLoaded(vec![]));
    let library = library.reduce(LibraryAction::Added(own("own", None)));
    let mut newer = own("own", Some("2023-01-01"));
    newer.meta.title = "Corrected title".into();
    let library = library.reduce(LibraryAction::Added(newer));
    let own: Vec<_> = library.entries().iter().filter(|entry| entry.meta.id == "own").collect();
    assert_eq!(own.len(), 1);
    assert_eq!(own[0].meta.title, "Corrected title");
}

#[test]
fn an_own_article_never_hides_a_sample_of_the_same_id() {
    let mut impostor = own("sample-old", None);
    impostor.meta.title = "Impostor".into();
    let library = samples().reduce(LibraryAction::Added(impostor));
    let found = library.find("sample-old").expect("the sample is still there");
    assert_eq!((found.origin, found.meta.title.as_str()), (Origin::Sample, "Title of sample-old"));
    assert_eq!(library.entries().len(), 2);
}

#[test]
fn only_own_articles_can_be_removed() {
    let library = samples().reduce(LibraryAction::OwnLoaded(vec![own("own", None)]));
    let library = library.reduce(LibraryAction::Removed("sample-new".into()));
    assert!(library.find("sample-new").is_some(), "a sample cannot be deleted");
    let library = library.reduce(LibraryAction::Removed("own".into()));
    assert!(library.find("own").is_none());
    assert_eq!(library.entries().len(), 2);
}

#[test]
fn an_own_article_is_named_by_the_iri_it_was_read_with() {
    let library = samples().reduce(LibraryAction::OwnLoaded(vec![own("own", None)]));
    assert_eq!(library.stable_iri("own").as_deref(), Some("https://news.example.org/own"));
    assert_eq!(library.stable_iri("never-added"), None);
}
