//! sefcheck: checks that a self-evaluation of frontline practice (Cafcass, for Ofsted) is
//! complete, consistent and safe to share.
//!
//! The core knows nothing of JavaScript: it reads a document ([`validate_json`],
//! [`validate_value`]) and returns a [`Report`]. The WebAssembly binding (`wasm` module, only
//! on `wasm32`) is a thin pipeline over these functions.

pub mod catalogue;
pub mod count;
pub mod disclosure;
pub mod form;
pub mod json;
pub mod report;
pub mod rules;
pub mod value;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use catalogue::{rule_catalogue, RuleInfo};
pub use count::{count_characters, count_words};
pub use disclosure::{scan as scan_disclosure, DisclosureKind, Finding};
pub use form::{form_definition, FormDefinition};
pub use json::{InputError, InputErrorKind, Position};
pub use report::{Diagnostic, Report, SectionReport, Severity, Span, Status};
pub use value::Value;

/// Validates a document given as JSON text. Refuses (rules.md "Limits on input") text over
/// 5 MiB, text that is not JSON, nesting deeper than 64 levels, numbers beyond a double and
/// lone surrogates; everything else gives a report.
pub fn validate_json(text: &str) -> Result<Report, InputError> {
    let document = json::parse(text)?;
    Ok(rules::validate(&document))
}

/// Validates an already parsed document. A `serde_json::Value` cannot hold a lone surrogate or
/// a number beyond a double, but it can nest too deeply, which is refused as in
/// [`validate_json`].
pub fn validate_value(document: &serde_json::Value) -> Result<Report, InputError> {
    if nesting_depth(document) > json::MAX_DEPTH {
        return Err(InputError {
            kind: InputErrorKind::TooDeep,
            position: None,
        });
    }
    Ok(rules::validate(&Value::from_serde(document)))
}

/// A new draft as JSON text: `formVersion: 1` and nothing answered. The one source of the
/// empty document (the WebAssembly binding passes this text on without serde_json's `Value`).
pub const EMPTY_DOCUMENT_JSON: &str = r#"{"formVersion":1}"#;

/// A new draft: `formVersion: 1` and nothing answered.
pub fn empty_document() -> serde_json::Value {
    serde_json::from_str(EMPTY_DOCUMENT_JSON).unwrap_or_default()
}

fn nesting_depth(value: &serde_json::Value) -> usize {
    // Iterative, so that a deep value cannot overflow the stack before it is refused.
    let mut deepest = 0;
    let mut stack = vec![(value, 1usize)];
    while let Some((v, depth)) = stack.pop() {
        deepest = deepest.max(depth);
        match v {
            serde_json::Value::Array(items) => stack.extend(items.iter().map(|x| (x, depth + 1))),
            serde_json::Value::Object(members) => {
                stack.extend(members.values().map(|x| (x, depth + 1)))
            }
            _ => {}
        }
    }
    deepest
}
