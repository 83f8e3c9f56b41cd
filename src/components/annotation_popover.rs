//! The card of an annotation opened in the text, under its mark.

use lector_annotations::Placed;
use yew::prelude::*;

use crate::components::annotation_card::AnnotationCard;
use crate::components::selection_popover::below;
use crate::geometry::Anchor;
use crate::shared_text::SharedText;

#[derive(Properties, PartialEq)]
pub struct AnnotationPopoverProps {
    pub text: SharedText,
    pub placed: Placed,
    pub anchor: Anchor,
    pub on_close: Callback<()>,
}

#[component(AnnotationPopover)]
pub fn annotation_popover(props: &AnnotationPopoverProps) -> Html {
    let style = below(props.anchor, "26rem");
    let on_close = props.on_close.clone();
    html! {
        <div class="popover annotation-popover" role="dialog" aria-label="Your annotation" {style}>
            <button type="button" class="popover-close" onclick={move |_| on_close.emit(())} aria-label="Close">{ "×" }</button>
            <AnnotationCard id_prefix="card" annotation={props.placed.annotation.clone()}
                quote={AttrValue::from(props.text.slice(props.placed.span))} />
        </div>
    }
}
