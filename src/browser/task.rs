//! Work that waits for the browser (a fetch, the clipboard, a file read)
//! runs as a task on the page's event loop.

use std::future::Future;

/// Runs `task` to completion in the background.
pub fn spawn(task: impl Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(task);
}

/// Resolves on a later turn of the event loop (a zero-delay timer), so
/// that long background work lets the page render and answer between steps.
pub async fn next_turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
