//! `validate_json` on arbitrary bytes: as text when they are UTF-8, and always through
//! `from_utf8_lossy`. Every report is checked (fuzz/src/properties.rs), and compared with
//! `validate_value` on what serde_json reads from the same text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sefcheck_fuzz::properties::check_validate_json;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check_validate_json(text);
    } else {
        check_validate_json(&String::from_utf8_lossy(data));
    }
});
