//! `validate_value` on structured inputs: an arbitrary JSON value (keys often the format's), or
//! a list of edits of the complete (or draft) example: deleted fields, wrong types, huge strings,
//! deep nesting, many list items. Each document is checked (fuzz/src/properties.rs) and, when
//! its JSON text is within 5 MiB, `validate_json` on that text must give the same report.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sefcheck_fuzz::{build, properties, Structured};

fuzz_target!(|input: Structured| {
    properties::check_value_and_text(&build(&input));
});
