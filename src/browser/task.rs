//! Work that waits for the browser (a fetch, the clipboard, a file read)
//! runs as a task on the page's event loop.

use std::future::Future;

/// Runs `task` to completion in the background.
pub fn spawn(task: impl Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(task);
}
