//! The importer worker (`crates/lector-extract-web`): started the first time
//! the reader adds an article, then kept for the page's lifetime. One file
//! at a time: each request waits for its answer.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

/// Trunk's loader for the worker (index.html), relative to the page's base.
const LOADER: &str = "lector-importer_loader.js";

thread_local! {
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
}

/// The worker, started (and waited for: it says "ready") on first use.
async fn worker() -> Result<Worker, String> {
    if let Some(worker) = WORKER.with(|slot| slot.borrow().clone()) {
        return Ok(worker);
    }
    let worker = Worker::new(LOADER).map_err(|e| format!("the importer could not start ({e:?})"))?;
    next_message(&worker).await.map_err(|_| "the importer could not start; reload the page".to_string())?;
    WORKER.with(|slot| *slot.borrow_mut() = Some(worker.clone()));
    Ok(worker)
}

/// The worker's next message (or its error).
fn next_message(worker: &Worker) -> JsFuture {
    let answer = js_sys::Promise::new(&mut |resolve: js_sys::Function, reject: js_sys::Function| {
        let on_message = Closure::once_into_js(move |event: MessageEvent| resolve.call1(&JsValue::NULL, &event.data()));
        let on_error = Closure::once_into_js(move |event: web_sys::Event| reject.call1(&JsValue::NULL, &event));
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(answer)
}

/// Sends a file to the importer; returns its answer (JSON, see
/// `own::extraction`) or why there is none.
pub async fn extract(name: Option<&str>, bytes: &[u8]) -> Result<String, String> {
    let worker = worker().await?;
    let message = js_sys::Object::new();
    let name = name.map_or(JsValue::NULL, JsValue::from_str);
    let _ = js_sys::Reflect::set(&message, &"name".into(), &name);
    let _ = js_sys::Reflect::set(&message, &"bytes".into(), &js_sys::Uint8Array::from(bytes));
    let answer = next_message(&worker);
    worker.post_message(&message).map_err(|e| format!("the importer could not be reached ({e:?})"))?;
    let answer = answer.await.map_err(|_| {
        // A crashed worker is replaced on the next file.
        WORKER.with(|slot| slot.borrow_mut().take().map(|w| w.terminate()));
        "the importer stopped on this file (it may be too complex); nothing was changed".to_string()
    })?;
    answer.as_string().ok_or_else(|| "the importer gave no answer".to_string())
}
