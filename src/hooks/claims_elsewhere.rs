//! `use_claims_elsewhere`: for the article in the reader, the counterparts
//! of each of its sentences in the library's other articles (from the
//! analysed library; empty until it has compared them).

use std::collections::BTreeMap;
use std::rc::Rc;

use lector_article::{Block, TextRole};
use yew::prelude::*;

use crate::comparing::claims::{claims_elsewhere, Counterpart};
use crate::hooks::analysed::use_analysed;
use crate::opened::OpenedArticle;

pub type Claims = Rc<BTreeMap<usize, Vec<Counterpart>>>;

#[hook]
pub fn use_claims_elsewhere(id: String) -> Claims {
    let analysed = use_analysed();
    use_memo((id, (*analysed).clone()), |(id, analysed)| {
        let articles = &analysed.articles;
        articles.get(id).map(|this| claims_elsewhere(this, articles, &analysed.comparisons)).unwrap_or_default()
    })
}

/// Sentence index → how many other articles hold a counterpart, for the
/// body's sentences (the headline is a heading: a button in it would become
/// part of its name).
pub fn marker_counts(claims: &Claims, opened: &OpenedArticle) -> Vec<(usize, usize)> {
    let title = match opened.article.document.blocks.first() {
        Some(Block::Text(block)) if block.role == TextRole::Title => Some(block.span),
        _ => None,
    };
    let sentences = &opened.analysis.sentences;
    claims
        .iter()
        .filter(|(i, _)| {
            let span = sentences.get(**i).map(|s| s.span);
            !matches!((title, span), (Some(title), Some(span)) if title.overlaps(&span))
        })
        .map(|(sentence, counterparts)| {
            let mut ids: Vec<&str> = counterparts.iter().map(|c| c.id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            (*sentence, ids.len())
        })
        .collect()
}
