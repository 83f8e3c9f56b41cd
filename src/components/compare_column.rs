//! One article of a comparison, drawn by the reader's own renderer
//! (`ArticleBody`) with its entity and hedge highlights, each sentence
//! linked to its counterpart (`data-pair`) and the words it changed marked.

use std::rc::Rc;

use lector_text::Span;
use yew::prelude::*;

use crate::comparing::analysed::Analysed;
use crate::components::article_body::ArticleBody;
use crate::highlights;
use crate::state::prefs::PrefsContext;

#[derive(Properties, PartialEq)]
pub struct CompareColumnProps {
    pub article: Rc<Analysed>,
    /// (pair index, copied, sentence span) for each paired sentence.
    pub pairs: Rc<Vec<(usize, bool, Span)>>,
    pub changed: Rc<Vec<Span>>,
    pub active: Option<usize>,
    /// "first" or "second", for focusing a pair on one side.
    pub side: &'static str,
    /// How the column is named (its outlet or title, and its role).
    pub label: String,
    pub hidden_on_phone: bool,
}

#[component(CompareColumn)]
pub fn compare_column(props: &CompareColumnProps) -> Html {
    let prefs = use_context::<PrefsContext>().expect("rendered inside PrefsProvider");
    let highlights = use_memo(
        ((*prefs).clone(), props.article.clone(), props.pairs.clone(), props.changed.clone(), props.active),
        |(prefs, article, pairs, changed, active)| {
            let mut set = highlights::collect(&article.opened, prefs);
            set.add_pairs(pairs, changed);
            set.active_pair = *active;
            set
        },
    );
    let meta = &props.article.entry.meta;
    let byline = html! {
        <p class="byline">
            <span class="outlet">{ meta.outlet.clone().unwrap_or_else(|| "Outlet not stated".into()) }</span>
            <span class="sep" aria-hidden="true">{ " · " }</span>
            { meta.date.map(|d| html! { <time datetime={d.to_string()}>{ d.human() }</time> })
                .unwrap_or_else(|| html! { <span class="undated">{ "Undated" }</span> }) }
        </p>
    };
    html! {
        <section class={classes!("compare-column", props.hidden_on_phone.then_some("phone-hidden"))}
            data-side={props.side} aria-label={props.label.clone()}>
            <article class="reader compare-article" data-compared-id={meta.id.clone()}>
                <ArticleBody opened={props.article.opened.clone()} {highlights} after_title={byline} />
            </article>
        </section>
    }
}
