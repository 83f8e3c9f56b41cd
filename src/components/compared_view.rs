//! Two articles side by side: the verdict first, then both texts with each
//! pair of counterparts linked (hover or focus one and its pair lights up;
//! `j` / `k` move pair by pair), then the shifts, each with buttons to its
//! place. On a phone the texts are stacked and a toggle shows one at a time.

use std::rc::Rc;

use lector_text::Span;
use yew::prelude::*;

use crate::browser::dom;
use crate::browser::events::use_keydown;
use crate::comparing::analysed::Analysed;
use crate::comparing::compared::{label, link_at, shift_text, Compared};
use crate::components::compare_column::CompareColumn;
use crate::keymap::{self, Command};

#[derive(Properties, PartialEq)]
pub struct ComparedViewProps {
    pub compared: Rc<Compared>,
    /// The article the reader came from.
    pub from: String,
    /// The page's heading, when not "Two versions of a story".
    #[prop_or_default]
    pub heading: Option<AttrValue>,
}

/// A pair to focus once the side holding it is shown.
#[derive(Clone, Copy, PartialEq)]
struct Focus {
    second: bool,
    link: usize,
}

fn pair_selector(second: bool, link: usize) -> String {
    let side = if second { "second" } else { "first" };
    format!(".compare-column[data-side=\"{side}\"] [data-pair=\"{link}\"][tabindex]")
}

fn pairs_of(
    article: &Analysed,
    ranges: impl Iterator<Item = (usize, bool, std::ops::Range<usize>)>,
) -> Vec<(usize, bool, Span)> {
    let sentences = &article.opened.analysis.sentences;
    ranges
        .flat_map(|(k, copied, range)| range.filter_map(move |i| sentences.get(i).map(|s| (k, copied, s.span))))
        .collect()
}

#[component(ComparedView)]
pub fn compared_view(props: &ComparedViewProps) -> Html {
    let c = &props.compared;
    let active = use_state(|| None::<usize>);
    let show_second = use_state(|| false);
    let focus = use_state(|| None::<Focus>);
    let columns_ref = use_node_ref();
    let sides = use_memo(props.compared.clone(), |c| {
        let links = &c.comparison.links;
        let copied = |l: &lector_compare::Link| l.relation == lector_compare::Relation::Copied;
        let first = pairs_of(&c.first, links.iter().enumerate().map(|(k, l)| (k, copied(l), l.a.clone())));
        let second = pairs_of(&c.second, links.iter().enumerate().map(|(k, l)| (k, copied(l), l.b.clone())));
        (Rc::new(first), Rc::new(second), Rc::new(c.diff_first.clone()), Rc::new(c.diff_second.clone()))
    });
    {
        let focus = focus.clone();
        use_effect_with(*focus, move |wanted| {
            if let Some(Focus { second, link }) = *wanted {
                dom::focus_selector(&pair_selector(second, link));
                focus.set(None);
            }
        });
    }
    let go = {
        let (active, show_second, focus) = (active.clone(), show_second.clone(), focus.clone());
        Callback::from(move |(second, link): (bool, usize)| {
            active.set(Some(link));
            show_second.set(second);
            focus.set(Some(Focus { second, link }));
        })
    };
    {
        let (active, show_second, go) = (active.clone(), show_second.clone(), go.clone());
        let count = c.comparison.links.len();
        use_keydown(move |press| match keymap::command(press) {
            Some(Command::StepPair(forward)) if count > 0 => {
                let next = match (*active, forward) {
                    (None, true) => 0,
                    (None, false) => count - 1,
                    (Some(k), true) => (k + 1) % count,
                    (Some(k), false) => (k + count - 1) % count,
                };
                go.emit((*show_second, next));
                true
            }
            _ => false,
        });
    }
    let light = {
        let (active, columns_ref) = (active.clone(), columns_ref.clone());
        move |event: &Event| {
            if let Some(hit) = dom::hit(event, &columns_ref, "data-pair") {
                if let Ok(link) = hit.item.parse::<usize>() {
                    if *active != Some(link) {
                        active.set(Some(link));
                    }
                }
            }
        }
    };
    let onmouseover = {
        let light = light.clone();
        Callback::from(move |e: MouseEvent| light(&e))
    };
    let onfocusin = Callback::from(move |e: FocusEvent| light(&e));
    let (name_first, name_second) = (label(&c.first, &props.from), label(&c.second, &props.from));
    let toggle = |second: bool, name: &str| {
        let show_second = show_second.clone();
        html! {
            <button type="button" aria-pressed={(*show_second == second).to_string()}
                onclick={Callback::from(move |_| show_second.set(second))}>{ capitalised(name) }</button>
        }
    };
    html! {
        <div class="compare">
            <h1 class="compare-heading">{ props.heading.clone().unwrap_or(AttrValue::Static("Two versions of a story")) }</h1>
            <p class="compare-verdict" role="status">{ &c.verdict }</p>
            <div class="compare-toggle" role="group" aria-label="Show on this screen">
                { toggle(false, &name_first) }{ toggle(true, &name_second) }
            </div>
            <div class="compare-columns" ref={columns_ref} {onmouseover} {onfocusin}>
                <CompareColumn article={c.first.clone()} pairs={sides.0.clone()} changed={sides.2.clone()} active={*active}
                    side="first" label={format!("{} (the original)", capitalised(&name_first))} hidden_on_phone={*show_second} />
                <CompareColumn article={c.second.clone()} pairs={sides.1.clone()} changed={sides.3.clone()} active={*active}
                    side="second" label={format!("{} (the later version)", capitalised(&name_second))} hidden_on_phone={!*show_second} />
            </div>
            { shifts_list(c, &props.from, &go) }
        </div>
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn shifts_list(c: &Compared, from: &str, go: &Callback<(bool, usize)>) -> Html {
    let place = |span: Option<Span>, second: bool| -> Option<Html> {
        let link = link_at(&c.comparison, &c.first, &c.second, span?, !second)?;
        let article = if second { &c.second } else { &c.first };
        let go = go.clone();
        Some(html! {
            <button type="button" class="shift-place" onclick={Callback::from(move |_| go.emit((second, link)))}>
                { format!("in {}", label(article, from)) }
            </button>
        })
    };
    html! {
        <section class="compare-shifts" aria-labelledby="shifts-heading">
            <h2 id="shifts-heading">{ format!("What changed ({})", c.comparison.shifts.len()) }</h2>
            <ul>
                { for c.comparison.shifts.iter().map(|shift| html! {
                    <li class={classes!("shift", format!("shift-{}", shift.kind.code()))}>
                        <span class="shift-text">{ shift_text(shift, &c.first, &c.second, from) }</span>
                        { for place(shift.a, false) }{ for place(shift.b, true) }
                    </li>
                }) }
            </ul>
        </section>
    }
}
