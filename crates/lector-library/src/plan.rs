//! What importing a library file changes here: which articles are added,
//! which are here already, and the annotations to merge.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::file::{LibraryArticle, LibraryFile};

/// One of the reader's own articles already in this browser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HereArticle {
    pub id: String,
    /// Its stable IRI ([`crate::stable_iri`]).
    pub iri: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    /// Articles not here yet, to store.
    pub add: Vec<LibraryArticle>,
    /// Ids of the file's articles that are here already (same id: the same
    /// title and text); the copy here is kept.
    pub already_here: Vec<String>,
    /// The file's articles whose story is here under another id (the same
    /// page address, extracted differently): `(id in the file, id here)`.
    /// The copy here is kept, and the file's annotations of that article
    /// are moved to it (they anchor by their quote).
    pub same_story: Vec<(String, String)>,
    /// The Lector JSON export to merge into the annotations (by id, newer
    /// wins), with annotations and corrections of `same_story` articles
    /// pointed at the copy here.
    pub annotations: Option<String>,
}

/// Plans the import of a validated file against the own articles `here`.
/// Never adds an article twice.
pub fn plan_import(file: LibraryFile, here: &[HereArticle]) -> ImportPlan {
    let mut plan = ImportPlan { add: Vec::new(), already_here: Vec::new(), same_story: Vec::new(), annotations: None };
    for article in file.articles {
        let id = article.id.as_str();
        if here.iter().any(|h| h.id == id) {
            plan.already_here.push(id.to_owned());
        } else if let Some(same) = here.iter().find(|h| h.iri == article.iri) {
            plan.same_story.push((id.to_owned(), same.id.clone()));
        } else {
            plan.add.push(article);
        }
    }
    let moved: BTreeMap<&str, &str> = plan.same_story.iter().map(|(from, to)| (from.as_str(), to.as_str())).collect();
    plan.annotations = file.annotations.map(|text| if moved.is_empty() { text } else { repoint(&text, &moved) });
    plan
}

/// The export with each annotation's and correction's `article` renamed by `moved`.
fn repoint(text: &str, moved: &BTreeMap<&str, &str>) -> String {
    let Ok(mut document) = serde_json::from_str::<Value>(text) else { return text.to_owned() };
    for list in ["annotations", "corrections"] {
        let Some(Value::Array(items)) = document.get_mut(list) else { continue };
        for item in items {
            let Some(article) = item.get_mut("article") else { continue };
            if let Some(to) = article.as_str().and_then(|from| moved.get(from)) {
                *article = Value::String((*to).to_owned());
            }
        }
    }
    document.to_string()
}
