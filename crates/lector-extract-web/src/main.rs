//! The importer: `lector-extract` in a web worker, a WebAssembly module of
//! its own (Trunk builds it from index.html, `data-type="worker"`). The app
//! starts it only when the reader first adds an article, so its ~480 KiB
//! (gzip) are not part of the first visit, and a large page is parsed off
//! the page's thread, which stays responsive.
//!
//! Protocol: the app posts `{name, bytes}` (the file name or null, and a
//! Uint8Array); the worker answers with one JSON string,
//! `{"extracted": {...}}` or `{"refused": "why"}` (read by the app's
//! `own::extraction`). Once started it posts `"ready"`.

use js_sys::{Reflect, Uint8Array};
use lector_extract::{extract, BlockKind, Extracted, Format};
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let name = Reflect::get(&data, &"name".into()).ok().and_then(|n| n.as_string());
        let bytes = Reflect::get(&data, &"bytes".into()).map(|b| Uint8Array::new(&b).to_vec()).unwrap_or_default();
        let _ = reply_to.post_message(&JsValue::from_str(&reply(name.as_deref(), &bytes)));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages that arrive before the handler is set are lost: the app
    // waits for this one before sending a file.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

fn reply(name: Option<&str>, bytes: &[u8]) -> String {
    let format = Format::detect(name, bytes);
    match extract(bytes, format) {
        Ok(extracted) => json!({ "extracted": to_json(&extracted) }).to_string(),
        Err(error) => json!({ "refused": error.to_string() }).to_string(),
    }
}

fn to_json(article: &Extracted) -> Value {
    let blocks: Vec<Value> = article
        .blocks
        .iter()
        .map(|block| {
            let (kind, level) = match block.kind {
                BlockKind::Paragraph | BlockKind::Preformatted => ("paragraph", 0),
                BlockKind::Heading(level) => ("heading", level),
                BlockKind::Quote => ("quote", 0),
                BlockKind::ListItem => ("list_item", 0),
                BlockKind::Caption => ("caption", 0),
            };
            json!({ "kind": kind, "level": level, "text": block.text })
        })
        .collect();
    let dropped: Vec<Value> =
        article.dropped.iter().map(|d| json!({ "text": d.text, "why": d.reason.to_string(), "at": d.at })).collect();
    json!({
        "title": article.title,
        "byline": article.byline,
        "outlet": article.outlet,
        "published": article.published.map(|d| d.to_string()),
        "url": article.url,
        "blocks": blocks,
        "dropped": dropped,
    })
}
