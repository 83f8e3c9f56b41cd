//! Importing by dropping a file anywhere on the page. While a file is
//! dragged over the page an overlay says what dropping will do; text or
//! links being dragged are left alone.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::file_read;
use crate::components::transfer_panel::import_files;
use crate::state::annotations::AnnotationsContext;

#[component(DropImport)]
pub fn drop_import() -> Html {
    let state = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    let dragging = use_state_eq(|| false);
    {
        let dragging = dragging.clone();
        let dispatcher_state = state.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let active = EventListenerOptions::enable_prevent_default();
            let over = {
                let dragging = dragging.clone();
                EventListener::new_with_options(&window, "dragover", active, move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::DragEvent>() else { return };
                    if file_read::drag_has_files(event) {
                        // Without this the browser would open the file instead of dropping it here.
                        event.prevent_default();
                        dragging.set(true);
                    }
                })
            };
            let leave = {
                let dragging = dragging.clone();
                EventListener::new(&window, "dragleave", move |event| {
                    // Leaving the window, not moving between elements inside it.
                    let outside = event.dyn_ref::<web_sys::DragEvent>().is_some_and(|e| e.related_target().is_none());
                    if outside {
                        dragging.set(false);
                    }
                })
            };
            let on_drop = EventListener::new_with_options(&window, "drop", active, move |event| {
                let Some(event) = event.dyn_ref::<web_sys::DragEvent>() else { return };
                dragging.set(false);
                if !file_read::drag_has_files(event) {
                    return;
                }
                event.prevent_default();
                import_files(dispatcher_state.clone(), file_read::dropped_files(event));
            });
            move || drop_all([over, leave, on_drop])
        });
    }
    html! {
        if *dragging {
            <div class="drop-overlay" aria-hidden="true">
                <p>{ "Drop a Lector JSON or W3C Web Annotation file to import its annotations" }</p>
            </div>
        }
    }
}

fn drop_all(listeners: [EventListener; 3]) {
    drop(listeners);
}
