//! The library's links across the library and its filters, as the app first
//! draws them (`src/components/library.rs`, `search_filters.rs`), with the
//! counts of the bundled articles: they sit above the list, so without them
//! the list would move down when the app takes over. The controls are
//! disabled until then (they filter nothing yet); the links work, as the app
//! opens the page they name when it arrives. Ids carry a `prerender-` prefix,
//! so that nothing mistakes these controls for the app's.

use lector_search::Facets;

use crate::markup::Markup;

/// The hedged-share thresholds the app offers, in percent.
const HEDGED_STEPS: [u8; 5] = [10, 20, 30, 40, 50];

pub fn library_views(m: &mut Markup) {
    m.open("nav", &[("class", Some("library-views")), ("aria-label", Some("Across the library"))]);
    m.element("a", &[("href", Some("#/entities"))], "Who and what");
    m.element("a", &[("href", Some("#/annotations"))], "Your annotations");
    m.close("nav");
}

pub fn library_filters(m: &mut Markup, facets: &Facets) {
    m.open("form", &[("class", Some("library-filters")), ("aria-label", Some("Search and filter the library"))]);
    m.open("div", &[("class", Some("filter filter-words"))]);
    label(m, "filter-q", "Words");
    let placeholder = Some("a name, a word, \"a phrase\"");
    m.open(
        "input",
        &[
            ("id", Some("prerender-filter-q")),
            ("type", Some("search")),
            ("placeholder", placeholder),
            ("disabled", Some("")),
        ],
    );
    m.close("div");
    let outlets: Vec<(String, String)> =
        facets.outlets.iter().map(|(name, n)| (name.clone(), format!("{name} ({n})"))).collect();
    select(m, "filter-outlet", "Outlet", "Any", &outlets);
    let (min, max) = facets.dates.map_or((String::new(), String::new()), |(lo, hi)| (lo.to_string(), hi.to_string()));
    for (id, name) in [("filter-from", "From"), ("filter-to", "To")] {
        m.open("div", &[("class", Some("filter"))]);
        label(m, id, name);
        let id = format!("prerender-{id}");
        let bound = |v: &str| (!v.is_empty()).then_some(v.to_string());
        let (min, max) = (bound(&min), bound(&max));
        m.open(
            "input",
            &[
                ("id", Some(&id)),
                ("type", Some("date")),
                ("min", min.as_deref()),
                ("max", max.as_deref()),
                ("disabled", Some("")),
            ],
        );
        m.close("div");
    }
    let origins = [
        ("sample".to_string(), format!("Samples ({})", facets.samples)),
        ("own".to_string(), format!("Your own ({})", facets.own)),
    ];
    select(m, "filter-origin", "Articles", "All", &origins);
    let hedged: Vec<(String, String)> = HEDGED_STEPS.iter().map(|p| (p.to_string(), format!("{p}% or more"))).collect();
    select(m, "filter-hedged", "Hedged sentences", "Any share", &hedged);
    let tags: Vec<(String, String)> =
        facets.tags.iter().map(|(tag, n)| (tag.clone(), format!("{tag} ({n})"))).collect();
    select(m, "filter-tag", "Tag", "Any", &tags);
    check(m, "filter-anonymous", &format!("Uses anonymous sources ({})", facets.anonymous));
    check(m, "filter-annotated", &format!("Has my annotations ({})", facets.annotated));
    m.close("form");
}

fn label(m: &mut Markup, id: &str, text: &str) {
    m.element("label", &[("for", Some(&format!("prerender-{id}")))], text);
}

fn select(m: &mut Markup, id: &str, name: &str, any: &str, options: &[(String, String)]) {
    m.open("div", &[("class", Some("filter"))]);
    label(m, id, name);
    m.open("select", &[("id", Some(&format!("prerender-{id}"))), ("disabled", Some(""))]);
    m.element("option", &[("value", Some("")), ("selected", Some(""))], any);
    for (value, text) in options {
        m.element("option", &[("value", Some(value))], text);
    }
    m.close("select");
    m.close("div");
}

fn check(m: &mut Markup, id: &str, text: &str) {
    m.open("div", &[("class", Some("filter filter-check"))]);
    m.open("input", &[("id", Some(&format!("prerender-{id}"))), ("type", Some("checkbox")), ("disabled", Some(""))]);
    label(m, id, text);
    m.close("div");
}
