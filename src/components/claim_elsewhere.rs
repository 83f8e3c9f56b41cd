//! "This claim elsewhere": the card that opens from a sentence's marker in
//! the reader, listing each counterpart of the sentence in other articles
//! with its article, outlet, date and how sure it is there, each a link to
//! the comparison.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::dom;
use crate::browser::events::use_element_event;
use crate::geometry::Anchor;
use crate::hooks::claims_elsewhere::Claims;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct ClaimElsewhereProps {
    /// The article in the reader.
    pub id: String,
    pub claims: Claims,
    /// The reader page, where markers are clicked.
    pub page: NodeRef,
}

#[component(ClaimElsewhere)]
pub fn claim_elsewhere(props: &ClaimElsewhereProps) -> Html {
    let open = use_state(|| None::<(usize, Anchor)>);
    {
        let (open, page) = (open.clone(), props.page.clone());
        use_element_event(props.page.clone(), "click", move |event| {
            if let Some(hit) = dom::hit(event, &page, "data-elsewhere") {
                if let Ok(sentence) = hit.item.parse() {
                    open.set(Some((sentence, hit.anchor)));
                }
            }
        });
    }
    let card_ref = use_node_ref();
    {
        let card_ref = card_ref.clone();
        use_effect_with(open.map(|(s, _)| s), move |_| dom::focus_ref(&card_ref));
    }
    let Some((sentence, anchor)) = *open else { return html! {} };
    let Some(counterparts) = props.claims.get(&sentence) else { return html! {} };
    let close = {
        let open = open.clone();
        Callback::from(move |_| {
            open.set(None);
            dom::focus_selector(&format!("[data-elsewhere=\"{sentence}\"]"));
        })
    };
    let onkeydown = {
        let close = close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                close.emit(());
            }
        })
    };
    let style = format!("top: {}px; left: {}px;", anchor.bottom + 6.0, anchor.left.max(0.0));
    html! {
        <div class="popover elsewhere-popover" role="dialog" aria-labelledby="elsewhere-heading" tabindex="-1"
            ref={card_ref} {style} {onkeydown}>
            <button type="button" class="popover-close" onclick={close.reform(|_| ())} aria-label="Close">{ "×" }</button>
            <h2 id="elsewhere-heading" class="popover-title">{ "This claim elsewhere" }</h2>
            <ul class="elsewhere-list">
                { for counterparts.iter().map(|c| html! {
                    <li data-elsewhere-article={c.id.clone()}>
                        <Link<Route> to={Route::Compare { a: props.id.clone(), b: c.id.clone() }}>{ &c.title }</Link<Route>>
                        <span class="elsewhere-meta">
                            { format!("{} · {} · {}", c.outlet.clone().unwrap_or_else(|| "Outlet not stated".into()),
                                c.date.map(|d| d.human()).unwrap_or_else(|| "Undated".into()), c.certainty.words()) }
                        </span>
                        <q class="elsewhere-quote">{ &c.quote }</q>
                    </li>
                }) }
            </ul>
        </div>
    }
}
