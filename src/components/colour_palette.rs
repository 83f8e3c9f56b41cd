//! Choosing an annotation's colour. Each swatch shows its name and the
//! pattern it is drawn with in the text, so the choice never depends on
//! telling hues apart.

use lector_annotations::Colour;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ColourPaletteProps {
    pub selected: Colour,
    pub on_select: Callback<Colour>,
    /// Radio group name, unique on the page (several editors may be open).
    pub name: AttrValue,
}

#[component(ColourPalette)]
pub fn colour_palette(props: &ColourPaletteProps) -> Html {
    html! {
        <fieldset class="colour-palette">
            <legend>{ "Colour" }</legend>
            { for Colour::ALL.iter().map(|&colour| {
                let on_select = props.on_select.clone();
                let onchange = Callback::from(move |_| on_select.emit(colour));
                let id = format!("{}-{}", props.name, colour.name());
                html! {
                    <span class="palette-option">
                        <input type="radio" id={id.clone()} name={props.name.clone()} value={colour.name()}
                            checked={colour == props.selected} {onchange} />
                        <label for={id} class={classes!("swatch", "annotation", format!("annotation-{}", colour.name()))}>
                            { display_name(colour) }
                        </label>
                    </span>
                }
            }) }
        </fieldset>
    }
}

/// The colour's name as shown to the reader, with the pattern that marks it.
pub fn display_name(colour: Colour) -> &'static str {
    match colour {
        Colour::Yellow => "Yellow (edged)",
        Colour::Blue => "Blue (underlined)",
        Colour::Pink => "Pink (striped)",
        Colour::Green => "Green (dashed box)",
        Colour::Purple => "Purple (dotted)",
    }
}
