//! `migrate_value` and `content_digest_value` on structured inputs: arbitrary JSON values, and
//! edits of the format-1 and format-2 examples (fuzz/src/lib.rs). `migrate` keeps every answer,
//! is idempotent, gives a format-2 document back as it is and refuses only what is not a format-1
//! or format-2 document; the migrated document keeps every invariant of the report; the content
//! digest is the same by the value and the text route and whatever the key order
//! (fuzz/src/properties.rs).
#![no_main]
use libfuzzer_sys::fuzz_target;
use sefcheck_fuzz::{build, properties, Structured};

fuzz_target!(|input: Structured| {
    let doc = build(&input);
    properties::check_migrate(&doc);
    properties::check_content_digest(&doc);
});
