//! The patterns of the kinds of value that are strings of a fixed form, for editors and front
//! ends.

use crate::digest::digest_length;
use crate::limits::max_id_length;

/// The form of a valid value of each kind that is a string of a fixed form (document.md,
/// "Kinds of value"), as an ECMAScript regular expression (`u` flag), anchored: what an editor
/// or a front end can check as the user types. A date's form only: whether it is a real
/// calendar date is the rules' to say. The rules' own checks (rules/values.rs, rules/time.rs,
/// digest.rs) are the reference; tests/json-schema.test.mjs holds each pattern to them.
#[derive(Debug)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS))]
pub struct Patterns {
    pub date: &'static str,
    pub id: &'static str,
    pub digest: &'static str,
    pub pointer: &'static str,
}

pub(super) const PATTERNS: Patterns = Patterns {
    date: "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$",
    id: concat!("^[A-Za-z0-9_.-]{1,", max_id_length!(), "}$"),
    digest: concat!("^[0-9a-f]{", digest_length!(), "}$"),
    pointer: "^(?:/(?:[^~]|~[01])*)*$",
};
