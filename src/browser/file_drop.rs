//! Files dropped anywhere on the page. Text or links being dragged are left
//! alone; only a drag that carries files is taken over.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::file_read::{self, PickedFile};

/// While mounted, `on_dragging(true)` when files are dragged over the page,
/// `on_dragging(false)` when they leave or are dropped, and `on_files` with
/// what was dropped (the browser then does not open the file itself).
#[hook]
pub fn use_file_drop(on_dragging: Callback<bool>, on_files: Callback<Vec<PickedFile>>) {
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let active = EventListenerOptions::enable_prevent_default();
        let over = {
            let on_dragging = on_dragging.clone();
            EventListener::new_with_options(&window, "dragover", active, move |event| {
                let Some(event) = event.dyn_ref::<web_sys::DragEvent>() else { return };
                if file_read::drag_has_files(event) {
                    // Without this the browser would open the file instead of dropping it here.
                    event.prevent_default();
                    on_dragging.emit(true);
                }
            })
        };
        let leave = {
            let on_dragging = on_dragging.clone();
            EventListener::new(&window, "dragleave", move |event| {
                // Leaving the window, not moving between elements inside it.
                let outside = event.dyn_ref::<web_sys::DragEvent>().is_some_and(|e| e.related_target().is_none());
                if outside {
                    on_dragging.emit(false);
                }
            })
        };
        let on_drop = EventListener::new_with_options(&window, "drop", active, move |event| {
            let Some(event) = event.dyn_ref::<web_sys::DragEvent>() else { return };
            on_dragging.emit(false);
            if !file_read::drag_has_files(event) {
                return;
            }
            event.prevent_default();
            on_files.emit(file_read::dropped_files(event));
        });
        move || drop([over, leave, on_drop])
    });
}
