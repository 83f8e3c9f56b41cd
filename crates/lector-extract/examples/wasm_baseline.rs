//! The baseline for `wasm_size.rs`: the same exports, and what the app's
//! bundle already holds that the extractor uses too (the Markdown article
//! model, serde_json), so the difference is what importing adds.

/// Hands the host a buffer for the page's bytes.
#[no_mangle]
pub extern "C" fn buffer(len: usize) -> *mut u8 {
    let mut bytes = Vec::with_capacity(len);
    let ptr = bytes.as_mut_ptr();
    std::mem::forget(bytes);
    ptr
}

/// Parses the buffer as Markdown and as JSON; returns a length.
///
/// # Safety
/// `ptr` and `len` must come from one call to `buffer`, filled by the host.
#[no_mangle]
pub unsafe extern "C" fn extract(ptr: *mut u8, len: usize) -> usize {
    let bytes = unsafe { Vec::from_raw_parts(ptr, len, len) };
    let text = String::from_utf8_lossy(&bytes);
    let json = serde_json::from_str::<serde_json::Value>(&text).map(|v| v.to_string().len()).unwrap_or(0);
    lector_article::parse_markdown(None, &text).text.len() + json
}
