//! Helpers shared by the integration tests: the shipped examples and small edits of them.
#![allow(dead_code)]

use sefcheck::Report;
use serde_json::Value;
use std::path::Path;

/// An example document of the contract (docs/spec/examples/NAME.json: complete or draft).
pub fn example(name: &str) -> Value {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("docs/spec/examples/{name}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("example is JSON")
}

pub fn complete() -> Value {
    example("complete")
}

pub fn report(document: &Value) -> Report {
    sefcheck::validate_value(document).expect("not refused")
}

/// Approves `document` as it is, as an approver would: its `approval.digest` becomes its
/// content digest (when it has an `approval` object).
pub fn approve(document: &mut Value) {
    let digest = sefcheck::content_digest_value(document).expect("not refused");
    if let Some(Value::Object(approval)) = document.get_mut("approval") {
        approval.insert("digest".into(), Value::String(digest));
    }
}

/// The report of `document` approved as it is: what an edit reports besides
/// `approval-changed`, which every edit of an approved document gives.
pub fn checked(document: &Value) -> Report {
    let mut document = document.clone();
    approve(&mut document);
    report(&document)
}

/// Sets the value at a JSON Pointer (the parent must exist), or removes it for `None`.
pub fn set(document: &mut Value, pointer: &str, value: Option<Value>) {
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
    let parent = document.pointer_mut(parent).expect("the parent exists");
    match (parent, value) {
        (Value::Object(map), Some(v)) => {
            map.insert(key.to_string(), v);
        }
        (Value::Object(map), None) => {
            map.shift_remove(key);
        }
        (Value::Array(items), Some(v)) => items[key.parse::<usize>().unwrap()] = v,
        (Value::Array(items), None) => {
            items.remove(key.parse::<usize>().unwrap());
        }
        _ => panic!("no container at {pointer}"),
    }
}

/// The complete example with one edit (not approved again: see [`checked`]).
pub fn edited(pointer: &str, value: Option<Value>) -> Value {
    let mut doc = complete();
    set(&mut doc, pointer, value);
    doc
}

/// The diagnostics as `code path` lines, in report order.
pub fn diagnostics(report: &Report) -> Vec<String> {
    report
        .diagnostics
        .iter()
        .map(|d| format!("{} {}", d.code, d.path))
        .collect()
}

pub fn status(report: &Report, section: &str) -> sefcheck::Status {
    report
        .sections
        .iter()
        .find(|s| s.id.as_str() == section)
        .expect("section")
        .status
}

/// Words a report may hold although a document can hold them too: option values, which
/// also name statuses and sections.
fn vocabulary(text: &str) -> bool {
    let definition = sefcheck::form_definition();
    definition.sections.iter().any(|s| s.id.as_str() == text)
        || ["notStarted", "inProgress", "completed", "cannotStartYet"].contains(&text)
        || text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-'
}

/// Every string value in a document of eight characters or more (what must never leak),
/// but for the report's own vocabulary.
pub fn document_strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) if s.trim().chars().count() >= 8 && !vocabulary(s.trim()) => {
            out.push(s.trim().to_string())
        }
        Value::Array(items) => items.iter().for_each(|v| document_strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| document_strings(v, out)),
        _ => {}
    }
}
