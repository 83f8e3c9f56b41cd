//! Importing by dropping a file anywhere on the page. While a file is
//! dragged over the page an overlay says what dropping will do; text or
//! links being dragged are left alone.

use yew::prelude::*;

use crate::browser::file_drop::use_file_drop;
use crate::components::transfer_panel::import_files;
use crate::state::annotations::AnnotationsContext;
use crate::state::corrections::CorrectionsContext;

#[component(DropImport)]
pub fn drop_import() -> Html {
    let state = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    let may_import = state.may_annotate();
    let corrections = use_context::<CorrectionsContext>().expect("rendered inside CorrectionsProvider");
    let dragging = use_state_eq(|| false);
    let on_dragging = {
        let dragging = dragging.clone();
        Callback::from(move |over: bool| dragging.set(over))
    };
    use_file_drop(on_dragging, Callback::from(move |files| import_files(state.clone(), corrections.clone(), files)));
    html! {
        if *dragging {
            <div class="drop-overlay" aria-hidden="true">
                if may_import {
                    <p>{ "Drop a Lector JSON or W3C Web Annotation file to import its annotations" }</p>
                } else {
                    <p>{ "Importing is off while Lector is shown inside another website" }</p>
                }
            </div>
        }
    }
}
