//! `validate_value` on structured inputs: an arbitrary JSON value (keys often the format's), or
//! a list of edits of the complete (or draft) example: deleted fields, wrong types, huge strings,
//! deep nesting, many list items. Each document is checked (fuzz/src/properties.rs) and, when
//! its JSON text is within 5 MiB, `validate_json` on that text must give the same report.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sefcheck_fuzz::{build, properties, Structured};

fuzz_target!(|input: Structured| {
    let doc = build(&input);
    let report = properties::check_validate_value(&doc);
    if let Ok(text) = serde_json::to_string(&doc) {
        if text.len() <= sefcheck::json::MAX_BYTES {
            let via_text = properties::check_validate_json(&text);
            assert_eq!(
                report, via_text,
                "property broken: validate_value and validate_json of its text agree"
            );
        }
    }
});
