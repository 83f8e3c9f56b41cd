//! Listeners as hooks: a component says which event of the window, the
//! document or one of its elements it wants handled, and the hook adds the
//! listener once and removes it on unmount. The handler may change on every
//! render (it sees the component's current state) without the listener being
//! added again.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::dom;
use crate::keymap::KeyPress;

type Handler<E, R = ()> = Rc<RefCell<Option<Rc<dyn Fn(&E) -> R>>>>;

/// Keeps the latest `handler` in a cell the listener reads at each event.
#[hook]
fn use_latest<E: 'static, R: 'static>(handler: impl Fn(&E) -> R + 'static) -> Handler<E, R> {
    let cell: Handler<E, R> = use_mut_ref(|| None);
    *cell.borrow_mut() = Some(Rc::new(handler));
    cell
}

fn call<E, R: Default>(cell: &Handler<E, R>, event: &E) -> R {
    // Cloned out first: the handler may re-render the component, which
    // replaces the handler in the cell.
    let handler = cell.borrow().clone();
    handler.map(|handler| handler(event)).unwrap_or_default()
}

/// Handles `name` events of the window.
#[hook]
pub fn use_window_event(name: &'static str, handler: impl Fn(&Event) + 'static) {
    let cell = use_latest(handler);
    use_effect_with(name, move |name| {
        let listener = EventListener::new(&gloo::utils::window(), *name, move |event| call(&cell, event));
        move || drop(listener)
    });
}

/// Handles `name` events of the document.
#[hook]
pub fn use_document_event(name: &'static str, handler: impl Fn(&Event) + 'static) {
    let cell = use_latest(handler);
    use_effect_with(name, move |name| {
        let listener = EventListener::new(&gloo::utils::document(), *name, move |event| call(&cell, event));
        move || drop(listener)
    });
}

/// Handles `name` events of the element `node` refers to (once it is mounted).
#[hook]
pub fn use_element_event(node: NodeRef, name: &'static str, handler: impl Fn(&Event) + 'static) {
    let cell = use_latest(handler);
    use_effect_with((node, name), move |(node, name)| {
        let listener = node
            .cast::<web_sys::Element>()
            .map(|target| EventListener::new(&target, *name, move |event| call(&cell, event)));
        move || drop(listener)
    });
}

/// The page's shortcuts: `handler` sees each key pressed outside text
/// fields (and not already handled) and answers whether it used it; a used
/// key does nothing else (no scrolling, no type-ahead find).
#[hook]
pub fn use_keydown(handler: impl Fn(&KeyPress) -> bool + 'static) {
    let cell = use_latest(handler);
    use_effect_with((), move |_| {
        // Not passive: a used key's default action is prevented.
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&gloo::utils::window(), "keydown", options, move |event| {
            let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
            if dom::typing_in_field() || event.default_prevented() {
                return;
            }
            if call(&cell, &key_press(event)) {
                event.prevent_default();
            }
        });
        move || drop(listener)
    });
}

/// A keydown as the [`KEYMAP`](crate::keymap::KEYMAP) reads it (Cmd counts as Ctrl).
pub fn key_press(event: &web_sys::KeyboardEvent) -> KeyPress {
    KeyPress::new(event.key(), event.ctrl_key() || event.meta_key(), event.alt_key(), event.shift_key())
}

/// Calls `callback` once, `millis` after `key` last changed (`None`: never).
/// Changing `key` or unmounting cancels a pending call.
#[hook]
pub fn use_timeout<K: PartialEq + 'static>(key: K, millis: Option<u32>, callback: impl Fn() + 'static) {
    let cell = use_latest(move |_: &()| callback());
    use_effect_with(key, move |_| {
        let timer = millis.map(|ms| Timeout::new(ms, move || call(&cell, &())));
        move || drop(timer)
    });
}
