//! The versions of an article, in the reader's panel: each version (newest
//! first) with when it was added, a link to read an earlier one, "what
//! changed since you annotated", and how the reader's annotations followed
//! onto the version shown (moved exactly, re-found approximately, orphaned).
//! The decisions are `lector_versions`'; this renders them.

use std::rc::Rc;

use lector_annotations::{ArticleAnchors, Timestamp};
use lector_article::IsoDate;
use lector_versions::{FollowReport, Versions};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::task;
use crate::own_library;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct ArticleVersionsProps {
    pub id: String,
    /// The reader's annotations as anchored on the version shown.
    pub annotations: Rc<ArticleAnchors>,
    /// The version shown; `None` for the newest.
    pub shown: Option<usize>,
    /// How many versions the library lists (reloads the list when it grows).
    pub versions: usize,
}

fn added_on(millis: u64) -> String {
    Timestamp::from_millis(millis)
        .ok()
        .and_then(|t| IsoDate::parse(&t.utc_date().to_string()))
        .map(|d| d.human())
        .unwrap_or_default()
}

#[component(ArticleVersions)]
pub fn article_versions(props: &ArticleVersionsProps) -> Html {
    let list = use_state(|| None::<Result<Versions, String>>);
    {
        let list = list.clone();
        use_effect_with((props.id.clone(), props.versions), move |(id, _)| {
            let id = id.clone();
            task::spawn(async move { list.set(Some(own_library::record(&id).await.map(|r| r.versions()))) });
        });
    }
    let report = use_memo(props.annotations.clone(), |anchors| FollowReport::of(&**anchors));
    let versions = match &*list {
        None => return html! {},
        Some(Err(why)) => {
            return html! { <p class="notice" role="alert">{ format!("The versions could not be read: {why}.") }</p> }
        }
        Some(Ok(versions)) => versions,
    };
    let shown = props.shown.unwrap_or(versions.newest());
    let annotated: Vec<u64> = props
        .annotations
        .placed
        .iter()
        .map(|p| p.annotation.modified())
        .chain(props.annotations.orphaned.iter().map(|o| o.annotation.modified()))
        .map(Timestamp::millis)
        .collect();
    let since = versions.since(&annotated);
    let id = props.id.clone();
    let retitled = versions.retitled();
    let item = |(number, version): (usize, &lector_versions::Version)| {
        let when = added_on(version.added);
        let from = version.from.as_deref().map(|f| format!(", from {f}")).unwrap_or_default();
        let to = if number == versions.newest() {
            Route::Article { id: id.clone() }
        } else {
            Route::Version { id: id.clone(), number }
        };
        html! {
            <li class={classes!("article-version", (number == shown).then_some("shown"))}>
                if number == shown {
                    <span aria-current="page">{ versions.label(number) }</span>
                } else {
                    <Link<Route> to={to}>{ versions.label(number) }</Link<Route>>
                }
                <span class="version-added">{ format!(" · added {when}{from}") }</span>
                if retitled {
                    <span class="version-title">{ format!(" · \u{201c}{}\u{201d}", version.title) }</span>
                }
            </li>
        }
    };
    let changes_label = if annotated.is_empty() { "What changed" } else { "What changed since you annotated" };
    html! {
        <section class="article-versions" aria-labelledby="versions-heading">
            <h2 id="versions-heading">{ format!("Versions ({})", versions.len()) }</h2>
            <ul class="version-list">{ for versions.newest_first().map(item) }</ul>
            if let (Some(since), true) = (since, shown == versions.newest()) {
                <p class="version-changes-link">
                    <Link<Route> to={Route::Changes { id: id.clone(), number: since }}>
                        { format!("{changes_label} (version {since} to {})", versions.newest()) }
                    </Link<Route>>
                </p>
            }
            if !report.items.is_empty() {
                <h3>{ format!("Your annotations on version {shown}") }</h3>
                <p class="follow-summary" role="status">{ report.summary() }</p>
                <ul class="follow-list">
                    { for report.items.iter().map(|item| html! {
                        <li class={classes!("followed", format!("followed-{}", item.followed.code()))}>
                            <q>{ &item.quote }</q>{ format!(" \u{2014} {}", item.followed.label()) }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
