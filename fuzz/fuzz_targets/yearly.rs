//! `next_year_value` and `compare_value` on structured inputs: arbitrary JSON values, and edits
//! of the format-1 and format-2 examples (fuzz/src/lib.rs). The draft is format 2,
//! deterministic, checked without a refusal and linked to its document; refusals are exactly
//! yearly.md's; a document compared with itself shows no change (fuzz/src/properties.rs).
#![no_main]
use libfuzzer_sys::fuzz_target;
use sefcheck_fuzz::{build, properties, Structured};

fuzz_target!(|input: Structured| {
    properties::check_yearly(&build(&input));
});
