//! What the extractor adds to a WebAssembly bundle: built as a cdylib by
//! `scripts/extract-wasm-size.sh` with and without the `encodings` feature,
//! next to `wasm_baseline.rs`.

/// Hands the host a buffer for the page's bytes.
#[no_mangle]
pub extern "C" fn buffer(len: usize) -> *mut u8 {
    let mut bytes = Vec::with_capacity(len);
    let ptr = bytes.as_mut_ptr();
    std::mem::forget(bytes);
    ptr
}

/// Extracts the page in the buffer; returns the length of its text.
///
/// # Safety
/// `ptr` and `len` must come from one call to `buffer`, filled by the host.
#[no_mangle]
pub unsafe extern "C" fn extract(ptr: *mut u8, len: usize) -> usize {
    let bytes = unsafe { Vec::from_raw_parts(ptr, len, len) };
    let format = lector_extract::Format::detect(None, &bytes);
    // Without the `encodings` feature the browser decodes (TextDecoder).
    #[cfg(feature = "encodings")]
    let article = lector_extract::extract(&bytes, format);
    #[cfg(not(feature = "encodings"))]
    let article = lector_extract::extract_text(&String::from_utf8_lossy(&bytes), format);
    article.map(|a| a.text().len()).unwrap_or(0)
}
