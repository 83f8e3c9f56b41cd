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

/// What a `paste` event carries, preferring HTML (a page's markup keeps its
/// paragraphs and headings) over plain text. `None` when the paste goes into
/// a text field (the field takes it) or carries no text.
pub fn pasted(event: &web_sys::Event) -> Option<(String, bool)> {
    use wasm_bindgen::JsCast;
    let editable = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()).is_some_and(|element| {
        matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || element.is_content_editable()
    });
    if editable {
        return None;
    }
    let data = event.dyn_ref::<web_sys::ClipboardEvent>()?.clipboard_data()?;
    let html = data.get_data("text/html").ok().filter(|h| !h.trim().is_empty());
    let found = match html {
        Some(html) => Some((html, true)),
        None => data.get_data("text/plain").ok().filter(|t| !t.trim().is_empty()).map(|t| (t, false)),
    };
    if found.is_some() {
        event.prevent_default();
    }
    found
}
