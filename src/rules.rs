//! The rules (WIP).
use crate::report::Report;
use crate::value::Value;
pub fn validate(_document: &Value) -> Report {
    todo!()
}
