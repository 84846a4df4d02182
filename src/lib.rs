//! sefcheck: checks that a self-evaluation of frontline practice (Cafcass, for Ofsted) is
//! complete, consistent and safe to share.
//!
//! The core knows nothing of JavaScript: it reads a document ([`validate_json`],
//! [`validate_value`]) and returns a [`Report`]. The WebAssembly binding (`wasm` module, only
//! on `wasm32`) is a thin pipeline over these functions.

// Slicing a `str` by index can panic, and one such slice brings core's panic formatting (char's
// `Debug`, Unicode's printable tables) into the module: 3.9 KB gzipped. `get` instead.
#![cfg_attr(not(test), deny(clippy::string_slice))]

pub mod code;
pub mod count;
mod decimal;
pub mod digest;
pub mod disclosure;
pub mod form;
mod graphemes;
pub mod json;
pub mod json_write;
mod keyset;
pub mod limits;
mod locate;
pub mod migrate;
pub mod number;
pub mod pointer;
pub mod refusal;
pub mod report;
pub mod rules;
pub mod section;
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod simd;
pub mod stringify;
/// The package's TypeScript types, written from the Rust types (tests only).
#[cfg(test)]
mod typescript;
pub mod value;
pub mod yearly;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use code::{rule_catalogue, rule_catalogue_json, Code, RuleInfo};
pub use count::{count_characters, count_words};
pub use disclosure::{scan as scan_disclosure, DisclosureFinding, DisclosureKind, Finding};
pub use form::{form_definition, FormDefinition};
pub use limits::{Limits, LIMITS};
pub use refusal::{InputError, InputErrorKind, Position};
pub use report::{Diagnostic, Report, SectionReport, Severity, Span, Status};
pub use section::SectionId;
pub use value::Value;

/// What `validate_json_with` adds to a report; the default adds nothing, and gives exactly
/// what [`validate_json`] gives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ValidateOptions {
    /// Give each diagnostic the `line` and `column` (both from 1, the column in UTF-16 code
    /// units) of where its value starts in the text, or of its disclosure finding (and then
    /// where the finding ends too). For a missing field: where the nearest enclosing value
    /// that is present starts.
    pub positions: bool,
}

/// Validates a document given as JSON text. Refuses (rules.md "Limits on input") text over
/// 5 MiB, text that is not JSON, nesting deeper than 64 levels, numbers beyond a double and
/// lone surrogates; everything else gives a report.
pub fn validate_json(text: &str) -> Result<Report, InputError> {
    validate_json_with(text, ValidateOptions::default())
}

/// [`validate_json`], with what `options` asks for added to the report.
pub fn validate_json_with(text: &str, options: ValidateOptions) -> Result<Report, InputError> {
    let document = json::parse(text)?;
    Ok(report_of(text, &document, options))
}

/// The report of a document parsed from `text`, with what `options` asks for.
fn report_of(text: &str, document: &Value, options: ValidateOptions) -> Report {
    let mut report = rules::validate(document);
    if options.positions {
        locate::locate(text, &mut report.diagnostics);
    }
    report
}

/// Validates an already parsed document. A `serde_json::Value` cannot hold a lone surrogate or
/// a number beyond a double, but it can nest too deeply, which is refused as in
/// [`validate_json`].
pub fn validate_value(document: &serde_json::Value) -> Result<Report, InputError> {
    refusal::admit_nesting(nesting_depth(document))?;
    Ok(rules::validate(&Value::from_serde(document)))
}

/// A new draft as JSON text: `formVersion: 2` and nothing answered. The one source of the
/// empty document (the WebAssembly binding passes this text on without serde_json's `Value`).
pub const EMPTY_DOCUMENT_JSON: &str = r#"{"formVersion":2}"#;

/// A new draft: `formVersion: 2` and nothing answered.
pub fn empty_document() -> serde_json::Value {
    serde_json::from_str(EMPTY_DOCUMENT_JSON).unwrap_or_default()
}

/// The content digest of a document given as JSON text (rules.md, "The approval"): refused as
/// [`validate_json`] refuses.
pub fn content_digest_json(text: &str) -> Result<String, InputError> {
    Ok(digest::content_digest(&json::parse(text)?))
}

/// The content digest of an already parsed document; refused when it nests too deeply.
pub fn content_digest_value(document: &serde_json::Value) -> Result<String, InputError> {
    refusal::admit_nesting(nesting_depth(document))?;
    Ok(digest::content_digest(&Value::from_serde(document)))
}

/// The format-2 document made from a format-1 one given as JSON text, or a copy of a format-2
/// one (migration.md), as the JSON text `JSON.stringify` gives for it: refused as
/// [`validate_json`] refuses, and `not-migratable` for anything else.
pub fn migrate_json(text: &str) -> Result<String, InputError> {
    let migrated = migrate::migrate(&json::parse(text)?)?;
    Ok(stringify::to_string(
        &migrated,
        stringify::Order::JavaScript,
    ))
}

/// [`migrate_json`] of an already parsed document.
pub fn migrate_value(document: &serde_json::Value) -> Result<serde_json::Value, InputError> {
    refusal::admit_nesting(nesting_depth(document))?;
    let migrated = migrate::migrate(&Value::from_serde(document))?;
    let text = stringify::to_string(&migrated, stringify::Order::JavaScript);
    // The text is JSON written from a document that was JSON: serde_json reads it back.
    Ok(serde_json::from_str(&text).unwrap_or_default())
}

/// Next year's draft made from a format-2 document given as JSON text (docs/spec/yearly.md),
/// as the JSON text `JSON.stringify` gives for it: refused as [`validate_json`] refuses, and
/// `migrate-first`, `not-format-2` or `no-period` for what it cannot start a year from.
pub fn next_year_json(text: &str) -> Result<String, InputError> {
    let next = yearly::next_year(&json::parse(text)?)?;
    Ok(stringify::to_string(&next, stringify::Order::JavaScript))
}

/// [`next_year_json`] of an already parsed document.
pub fn next_year_value(document: &serde_json::Value) -> Result<serde_json::Value, InputError> {
    refusal::admit_nesting(nesting_depth(document))?;
    let next = yearly::next_year(&Value::from_serde(document))?;
    let text = stringify::to_string(&next, stringify::Order::JavaScript);
    Ok(serde_json::from_str(&text).unwrap_or_default())
}

/// What changed from last year's document to this year's, both given as JSON text
/// (docs/spec/yearly.md), as the comparison's JSON text: refused only as [`validate_json`]
/// refuses either text (the previous one first).
pub fn compare_json(previous: &str, current: &str) -> Result<String, InputError> {
    let previous = json::parse(previous)?;
    let current = json::parse(current)?;
    Ok(yearly::compare(&previous, &current))
}

/// [`compare_json`] of two already parsed documents.
pub fn compare_value(
    previous: &serde_json::Value,
    current: &serde_json::Value,
) -> Result<serde_json::Value, InputError> {
    refusal::admit_nesting(nesting_depth(previous))?;
    refusal::admit_nesting(nesting_depth(current))?;
    let text = yearly::compare(&Value::from_serde(previous), &Value::from_serde(current));
    Ok(serde_json::from_str(&text).unwrap_or_default())
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

    #[test]
    fn positions_only_when_asked_for_and_otherwise_the_same_report() {
        let text = "{\"formVersion\": 2,\n \"about\": {\"preparedBy\": \"Mr Smith\"}}";
        let plain = validate_json(text).unwrap_or_else(|e| panic!("{e}"));
        let options = ValidateOptions { positions: true };
        let located = validate_json_with(text, options).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(plain.diagnostics.len(), located.diagnostics.len());
        for (a, b) in plain.diagnostics.iter().zip(&located.diagnostics) {
            assert_eq!(
                (a.code, &a.path, &a.message, a.span),
                (b.code, &b.path, &b.message, b.span)
            );
            assert!(a.position.is_none() && b.position.is_some());
        }
        let name = located
            .diagnostics
            .iter()
            .find(|d| d.code == Code::DisclosureNamedPerson)
            .map(|d| (d.position, d.end));
        assert_eq!(
            name,
            Some((
                Some(Position {
                    line: 2,
                    column: 27
                }),
                Some(Position {
                    line: 2,
                    column: 35
                })
            ))
        );
        let json = located.to_json();
        assert!(
            json.contains(
                r#""span":{"start":0,"end":8},"line":2,"column":27,"endLine":2,"endColumn":35}"#
            ),
            "{json}"
        );
        assert!(!plain.to_json().contains("\"line\""));
    }
}
