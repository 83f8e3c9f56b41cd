//! The time, for the annotation store (which never reads a clock itself, so
//! that it stays testable on the host).

use lector_annotations::{CalendarDate, Timestamp};

/// `Date.now()`. A clock the crate refuses (before 1970, NaN) falls back to
/// the epoch rather than failing the reader's change: "newer wins" still
/// holds, because every edit is stamped after the version it replaces.
pub fn now() -> Timestamp {
    Timestamp::from_js_millis(js_sys::Date::now()).unwrap_or_else(|_| epoch())
}

fn epoch() -> Timestamp {
    Timestamp::from_millis(0).unwrap_or_else(|_| unreachable!("0 ms is a valid time"))
}

/// The reader's local calendar date at `at`, for export file names: a file
/// exported on the evening of the 23rd in New York is named for the 23rd,
/// not for the UTC date.
pub fn local_date(at: Timestamp) -> CalendarDate {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.millis() as f64));
    let local = CalendarDate::new(date.get_full_year() as u16, (date.get_month() + 1) as u8, date.get_date() as u8);
    local.unwrap_or_else(|_| at.utc_date())
}
