//! The preview of an article before it is saved: the blocks the importer
//! kept and, dimmed, the ones it dropped with the reason; each can be
//! reversed. Title, outlet, author and date show what the page stated (empty
//! when it stated nothing) and can be corrected. Save stores; Cancel drops
//! the draft; nothing is stored before Save.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::dom;
use crate::own::draft::{Draft, Finished};

#[derive(Properties, PartialEq)]
pub struct ArticlePreviewProps {
    pub draft: Rc<Draft>,
    /// How many more drafts wait after this one.
    pub waiting: usize,
    /// Why the last Save failed (the quota, say); the draft stays.
    pub error: Option<String>,
    /// `Some` to save (the article and where it came from), `None` to cancel.
    pub on_done: Callback<Option<(Finished, String)>>,
}

#[component(ArticlePreview)]
pub fn article_preview(props: &ArticlePreviewProps) -> Html {
    let draft = use_state(|| (*props.draft).clone());
    let problem = use_state(|| None::<String>);
    let field = |apply: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |event: InputEvent| {
            let mut next = (*draft).clone();
            apply(&mut next, dom::value_of(&event).unwrap_or_default());
            draft.set(next);
        })
    };
    let toggle = |index: usize| {
        let draft = draft.clone();
        Callback::from(move |_| {
            let mut next = (*draft).clone();
            next.toggle(index);
            draft.set(next);
        })
    };
    let save = {
        let (draft, problem, on_done) = (draft.clone(), problem.clone(), props.on_done.clone());
        Callback::from(move |_| match draft.finish() {
            Ok(finished) => {
                problem.set(None);
                on_done.emit(Some((finished, draft.from.clone())));
            }
            Err(why) => problem.set(Some(why.to_string())),
        })
    };
    let cancel = {
        let on_done = props.on_done.clone();
        Callback::from(move |_| on_done.emit(None))
    };
    let message = (*problem).clone().or_else(|| props.error.clone());
    html! {
        <section class="article-preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{ format!("Preview: {}", draft.from) }</h2>
            <p class="preview-summary">
                { format!("{} blocks kept, {} left out (dimmed). Keep or drop any block, correct the details, then save.",
                    draft.kept(), draft.items.len() - draft.kept()) }
                if props.waiting > 0 { { format!(" {} more waiting.", props.waiting) } }
            </p>
            <div class="preview-fields">
                <label>{ "Title" }<input type="text" value={draft.title.clone()} oninput={field(|d, v| d.title = v)} /></label>
                <label>{ "Outlet" }<input type="text" value={draft.outlet.clone()} oninput={field(|d, v| d.outlet = v)} /></label>
                <label>{ "Author" }<input type="text" value={draft.author.clone()} oninput={field(|d, v| d.author = v)} /></label>
                <label>{ "Date (YYYY-MM-DD)" }<input type="text" value={draft.date.clone()} oninput={field(|d, v| d.date = v)} /></label>
            </div>
            <ol class="preview-blocks">
                { for draft.items.iter().enumerate().map(|(index, item)| html! {
                    <li class={classes!("preview-block", (!item.kept).then_some("dropped"))}>
                        <p class="preview-text">{ &item.text }</p>
                        if let Some(why) = &item.why {
                            <p class="preview-why">{ format!("Left out: {why}") }</p>
                        }
                        <button type="button" class="preview-toggle" onclick={toggle(index)}>
                            { if item.kept { "Drop" } else { "Keep" } }
                        </button>
                    </li>
                }) }
            </ol>
            if let Some(message) = message {
                <p class="preview-problem" role="alert">{ message }</p>
            }
            <div class="preview-actions">
                <button type="button" class="preview-save" onclick={save}>{ "Save" }</button>
                <button type="button" class="preview-cancel" onclick={cancel}>{ "Cancel" }</button>
            </div>
        </section>
    }
}
