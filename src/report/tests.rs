//! The report's JSON text held byte for byte to serde_json's, over every example and
//! conformance case, generated reports and edited examples.

use super::*;
use crate::json_write::tests::{awkward_strings, same_as_serde_json};
use crate::{validate_json_with, ValidateOptions};
use proptest::prelude::*;
use std::path::{Path, PathBuf};

/// Every `.json` file of `dir`, sorted.
fn json_files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

/// The case in `path`; `None` for the few that serde_json cannot read (a lone surrogate,
/// which tests/conformance.rs leaves to the JavaScript runner too).
fn read_json(path: &Path) -> Option<serde_json::Value> {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_default()).ok()
}

/// The place `pointer` names: its parent and its last key.
fn parent<'v>(
    document: &'v mut serde_json::Value,
    pointer: &str,
) -> Option<(&'v mut serde_json::Value, String)> {
    let (parent, last) = pointer.rsplit_once('/')?;
    let last = last.replace("~1", "/").replace("~0", "~");
    Some((document.pointer_mut(parent)?, last))
}

fn add(document: &mut serde_json::Value, pointer: &str, value: serde_json::Value) -> Option<()> {
    if pointer.is_empty() {
        *document = value;
        return Some(());
    }
    match parent(document, pointer)? {
        (serde_json::Value::Array(items), last) if last == "-" => items.push(value),
        (serde_json::Value::Array(items), last) => items.insert(last.parse().ok()?, value),
        (serde_json::Value::Object(members), last) => {
            members.insert(last, value);
        }
        _ => return None,
    }
    Some(())
}

fn remove(document: &mut serde_json::Value, pointer: &str) -> Option<serde_json::Value> {
    match parent(document, pointer)? {
        (serde_json::Value::Array(items), last) => {
            let at: usize = last.parse().ok()?;
            (at < items.len()).then(|| items.remove(at))
        }
        (serde_json::Value::Object(members), last) => members.shift_remove(&last),
        _ => None,
    }
}

/// The document of a conformance case as tests/conformance.rs builds it (its `document`, or
/// its base with its patch applied, approved when it says so), as JSON text; or its `json`.
fn case_text(case: &serde_json::Value) -> Option<String> {
    if let Some(text) = case["json"].as_str() {
        return Some(text.to_owned());
    }
    let mut document = match (case.get("document"), case["base"].as_str()) {
        (Some(document), _) => document.clone(),
        (None, Some("empty")) => serde_json::from_str(crate::EMPTY_DOCUMENT_JSON).ok()?,
        (None, base) => read_json(&Path::new(env!("CARGO_MANIFEST_DIR")).join(format!(
            "docs/spec/examples/{}.json",
            base.unwrap_or("complete")
        )))?,
    };
    for op in case["patch"].as_array().into_iter().flatten() {
        let path = op["path"].as_str()?;
        let from = op["from"].as_str().unwrap_or_default();
        match op["op"].as_str()? {
            "add" => add(&mut document, path, op["value"].clone())?,
            "remove" => remove(&mut document, path).map(drop)?,
            "replace" => {
                remove(&mut document, path)?;
                add(&mut document, path, op["value"].clone())?;
            }
            "copy" => {
                let value = document.pointer(from)?.clone();
                add(&mut document, path, value)?;
            }
            "move" => {
                let value = remove(&mut document, from)?;
                add(&mut document, path, value)?;
            }
            _ => {}
        }
    }
    if case["approve"] == true {
        let digest = crate::content_digest_value(&document).ok()?;
        if let Some(serde_json::Value::Object(approval)) = document.get_mut("approval") {
            approval.insert("digest".into(), digest.into());
        }
    }
    serde_json::to_string_pretty(&document).ok()
}

/// The report's text against serde_json's of the serde-derived reference, with and without
/// positions; the number of diagnostics, or `None` when the text is refused.
fn report_as_serde_json_writes_it(text: &str) -> Option<usize> {
    let mut diagnostics = None;
    for positions in [false, true] {
        if let Ok(report) = validate_json_with(text, ValidateOptions { positions }) {
            same_as_serde_json(&report.to_json(), &report);
            diagnostics = Some(report.diagnostics.len());
        }
    }
    diagnostics
}

#[test]
fn the_report_of_every_example_and_conformance_case_as_serde_json_writes_it() {
    let mut texts: Vec<String> = json_files("docs/spec/examples")
        .iter()
        .map(|path| std::fs::read_to_string(path).unwrap_or_default())
        .collect();
    let mut cases = json_files("tests/conformance/cases");
    cases.extend(json_files("tests/conformance/format-1"));
    texts.extend(cases.iter().filter_map(|path| case_text(&read_json(path)?)));
    let (mut reports, mut diagnostics) = (0, 0);
    for text in &texts {
        if let Some(n) = report_as_serde_json_writes_it(text) {
            reports += 1;
            diagnostics += n;
        }
    }
    assert!(cases.len() > 300, "{} cases", cases.len());
    assert!(
        reports > 250 && diagnostics > 2000,
        "{reports} reports, {diagnostics} diagnostics"
    );
}

fn any_diagnostic() -> impl Strategy<Value = Diagnostic> {
    let text = prop_oneof![
        any::<String>(),
        "[a-z\"\\\\/\n\t\u{0}-\u{1f}\u{7f}\u{2028}😀é]{0,12}",
        proptest::sample::select(awkward_strings()),
    ];
    let position = proptest::option::of((any::<usize>(), any::<usize>()))
        .prop_map(|at| at.map(|(line, column)| Position { line, column }));
    (
        proptest::sample::select(Code::ALL),
        text.clone(),
        proptest::sample::select(SectionId::ALL.to_vec()),
        text,
        proptest::option::of((any::<usize>(), any::<usize>())),
        any::<bool>(),
        position.clone(),
        position,
    )
        .prop_map(
            |(code, path, section, message, span, acknowledged, position, end)| Diagnostic {
                span: span.map(|(start, end)| Span { start, end }),
                acknowledged,
                position,
                end,
                ..Diagnostic::new(code, path, section, message)
            },
        )
}

fn any_report() -> impl Strategy<Value = Report> {
    let status = proptest::sample::select(vec![
        Status::NotStarted,
        Status::CannotStartYet,
        Status::InProgress,
        Status::Completed,
    ]);
    let section = (
        proptest::sample::select(SectionId::ALL.to_vec()),
        status,
        any::<usize>(),
        any::<usize>(),
        any::<usize>(),
    )
        .prop_map(
            |(id, status, errors, warnings, acknowledged)| SectionReport {
                id,
                title: id.title(),
                status,
                errors,
                warnings,
                acknowledged,
            },
        );
    (
        any::<u32>(),
        any::<bool>(),
        (any::<usize>(), any::<usize>(), any::<usize>()),
        proptest::collection::vec(section, 0..12),
        proptest::collection::vec(any_diagnostic(), 0..20),
    )
        .prop_map(
            |(
                form_version,
                ready_to_share,
                (errors, warnings, acknowledged),
                sections,
                diagnostics,
            )| {
                Report {
                    form_version,
                    ready_to_share,
                    errors,
                    warnings,
                    acknowledged,
                    sections,
                    diagnostics,
                }
            },
        )
}

/// The complete example with one member set to a string: free text that the disclosure
/// checks find things in, a value of the wrong kind, or an unknown member whose name is
/// any string (the path of an `unknown-field` warning then holds it).
fn any_edited_example() -> impl Strategy<Value = String> {
    let text = prop_oneof![
        any::<String>(),
        "(Mr Smith|SW1A 1AA|jane@example.com|943 476 5919|[\"\\\\\n\u{0}-\u{1f}😀é ]){0,6}",
    ];
    let places = proptest::sample::select(vec![
        "/voice/children",
        "/about/preparedBy",
        "/areas/privateLaw/howWeKnow",
        "/areas/publicLaw/summary",
        "/about/periodEnd",
        "",
        "/about",
        "/areas/leadership",
    ]);
    (places, any::<bool>(), text.clone(), text).prop_map(|(place, unknown, key, value)| {
        let mut document: serde_json::Value =
            serde_json::from_str(include_str!("../../docs/spec/examples/complete.json"))
                .unwrap_or_default();
        match document.pointer_mut(place) {
            Some(serde_json::Value::Object(members)) if unknown => {
                members.insert(key, serde_json::Value::String(value));
            }
            Some(target) => *target = serde_json::Value::String(value),
            None => {}
        }
        serde_json::to_string_pretty(&document).unwrap_or_default()
    })
}

proptest! {
    #[test]
    fn any_report_as_serde_json_writes_it(report in any_report()) {
        same_as_serde_json(&report.to_json(), &report);
    }

    #[test]
    fn the_report_of_edited_examples_as_serde_json_writes_it(text in any_edited_example()) {
        prop_assert!(report_as_serde_json_writes_it(&text).is_some());
    }
}
