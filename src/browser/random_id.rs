//! New annotation ids: random version 4 UUIDs, so that two tabs or two
//! colleagues never make the same id (the merge relies on it).

use lector_annotations::AnnotationId;
use wasm_bindgen::JsCast;

/// `crypto.randomUUID()`, or the same made from `crypto.getRandomValues()`
/// where `randomUUID` is missing: browsers offer it only in secure contexts,
/// and a reader may open Lector over plain http on a local network.
pub fn new_annotation_id() -> Result<AnnotationId, String> {
    let crypto = web_sys::window().and_then(|w| w.crypto().ok()).ok_or_else(|| {
        "this browser offers no random numbers (window.crypto); annotations cannot be created".to_string()
    })?;
    let has_random_uuid = js_sys::Reflect::get(&crypto, &"randomUUID".into()).is_ok_and(|f| f.is_function());
    let text = if has_random_uuid { crypto.random_uuid() } else { uuid_from_random_bytes(&crypto)? };
    AnnotationId::parse(&text).map_err(|e| format!("the browser made an unusable id: {e}"))
}

fn uuid_from_random_bytes(crypto: &web_sys::Crypto) -> Result<String, String> {
    let mut bytes = [0u8; 16];
    crypto.get_random_values_with_u8_array(&mut bytes).map_err(|e| {
        format!("crypto.getRandomValues failed: {:?}", e.dyn_ref::<js_sys::Error>().map(|e| e.message()))
    })?;
    Ok(format_v4(bytes))
}

/// Formats 16 random bytes as a version 4, variant 1 UUID (RFC 9562).
pub fn format_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}
