//! Offering text as a downloaded file (exports, backups of damaged data).

use wasm_bindgen::JsCast;

/// Starts the download of `content` as `file_name`. The file is made in the
/// page (a Blob), so nothing leaves the machine and no server is involved.
pub fn download(file_name: &str, mime_type: &str, content: &str) -> Result<(), String> {
    let fail =
        |what: &str| format!("the browser could not prepare the download ({what}); try again or use another browser");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| fail("Blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("object URL"))?;
    let document = gloo::utils::document();
    let link = document
        .create_element("a")
        .ok()
        .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or_else(|| fail("link"))?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document.body().ok_or_else(|| fail("page body"))?;
    let _ = body.append_child(&link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers; a minute is ample.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
