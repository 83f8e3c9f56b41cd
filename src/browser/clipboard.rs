//! Copying a link for the reader.

use wasm_bindgen_futures::JsFuture;

/// Copies `text`; false when the browser refuses (no permission, or an
/// insecure context where `navigator.clipboard` does not exist).
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
    if !has_clipboard {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}
