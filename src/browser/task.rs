//! Work that waits for the browser (a fetch, the clipboard, a file read)
//! runs as a task on the page's event loop.

use std::future::Future;

/// Runs `task` to completion in the background.
pub fn spawn(task: impl Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(task);
}

/// Lets the page handle input and paint before the next piece of
/// background work (a zero-delay timer: a new task of the event loop).
pub async fn yield_now() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
