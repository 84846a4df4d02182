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

/// The level of the deepest array or object, the top-level value being level 1 (rules.md: "a
/// container at level 65 is refused"). A string or number inside a level-64 container is at
/// level 65 but nests nothing, so it does not count: `validate_json` and the package agree.
fn nesting_depth(value: &serde_json::Value) -> usize {
    // Iterative, so that a deep value cannot overflow the stack before it is refused.
    let mut deepest = 0;
    let mut stack = vec![(value, 1usize)];
    while let Some((v, depth)) = stack.pop() {
        let children: &mut dyn Iterator<Item = &serde_json::Value> = match v {
            serde_json::Value::Array(items) => &mut items.iter(),
            serde_json::Value::Object(members) => &mut members.values(),
            _ => continue,
        };
        deepest = deepest.max(depth);
        stack.extend(children.map(|x| (x, depth + 1)));
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `levels` arrays, one inside the other, around `inner`.
    fn nested(levels: usize, inner: serde_json::Value) -> serde_json::Value {
        (0..levels).fold(inner, |v, _| serde_json::Value::Array(vec![v]))
    }

    #[test]
    fn validate_value_refuses_a_container_at_level_65_like_validate_json() {
        for inner in [
            serde_json::json!("a string at level 65"),
            serde_json::json!(1),
            serde_json::json!(null),
        ] {
            let doc = nested(64, inner);
            let text = serde_json::to_string(&doc).unwrap_or_default();
            assert!(
                validate_value(&doc).is_ok(),
                "64 levels of containers are accepted"
            );
            assert!(validate_json(&text).is_ok());
        }
        for inner in [serde_json::json!([]), serde_json::json!({})] {
            let doc = nested(64, inner);
            let text = serde_json::to_string(&doc).unwrap_or_default();
            assert_eq!(
                validate_value(&doc).map_err(|e| e.kind),
                Err(InputErrorKind::TooDeep)
            );
            assert_eq!(
                validate_json(&text).map_err(|e| e.kind),
                Err(InputErrorKind::TooDeep)
            );
        }
    }
}
