//! The report of rules.md: what `validate` returns, natively and in JavaScript.

use crate::code::Code;
use crate::json_write::{Object, WriteJson};
use crate::refusal::Position;
use crate::section::SectionId;

// The JSON text of the report is written by hand (`WriteJson`, src/json_write.rs). serde's
// `Serialize` is derived only for the tests, which hold that text to serde_json's, and for
// ts-rs, which reads serde's attributes to write the package's types (src/typescript.rs); and
// for the never-shipped `boundary-variants` build, which hands the report to
// serde-wasm-bindgen (src/wasm.rs).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(any(test, feature = "boundary-variants"), derive(serde::Serialize))]
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(
    any(test, feature = "boundary-variants"),
    serde(rename_all = "camelCase")
)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// As a report writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

crate::json_write::write_as_str!(Severity);

/// A section's status, from the GOV.UK "complete multiple tasks" pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(any(test, feature = "boundary-variants"), derive(serde::Serialize))]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "SectionStatus"))]
#[cfg_attr(
    any(test, feature = "boundary-variants"),
    serde(rename_all = "camelCase")
)]
pub enum Status {
    NotStarted,
    CannotStartYet,
    InProgress,
    Completed,
}

impl Status {
    /// As a report writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::NotStarted => "notStarted",
            Status::CannotStartYet => "cannotStartYet",
            Status::InProgress => "inProgress",
            Status::Completed => "completed",
        }
    }
}

crate::json_write::write_as_str!(Status);

/// Where a disclosure finding lies in its string, in UTF-16 code units, `end` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(any(test, feature = "boundary-variants"), derive(serde::Serialize))]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl WriteJson for Span {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("start", &self.start)
            .member("end", &self.end)
            .end();
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub code: Code,
    /// Always the code's severity (one table: [`Code::severity`]).
    pub severity: Severity,
    /// A JSON Pointer (RFC 6901) to the field the diagnostic is about.
    pub path: String,
    pub section: SectionId,
    pub message: String,
    pub span: Option<Span>,
    /// A warning an acknowledgement covers (rules.md, "Acknowledgements"): still reported,
    /// counted in `acknowledged` rather than in `warnings`.
    pub acknowledged: bool,
    /// Only when positions are asked for (`validate_json_with`): where in the JSON text the
    /// value at `path` starts (for a missing field, the nearest enclosing value that is
    /// present), or where the disclosure finding starts for a diagnostic with a `span`.
    pub position: Option<Position>,
    /// With `position`, on a diagnostic with a `span`: where the finding ends (exclusive).
    pub end: Option<Position>,
}

impl Diagnostic {
    pub fn new(code: Code, path: String, section: SectionId, message: String) -> Diagnostic {
        Diagnostic {
            code,
            severity: code.severity(),
            path,
            section,
            message,
            span: None,
            acknowledged: false,
            position: None,
            end: None,
        }
    }
}

/// `{ code, severity, path, section, message, span?, acknowledged? }`, and `line`, `column`
/// (and `endLine`, `endColumn` for a span) when positions were asked for: absent, not null,
/// otherwise. `acknowledged` is there only when true.
impl WriteJson for Diagnostic {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("code", &self.code)
            .member("severity", &self.severity)
            .member("path", &self.path)
            .member("section", &self.section)
            .member("message", &self.message)
            .optional("span", self.span)
            .optional("acknowledged", self.acknowledged.then_some(true))
            .optional("line", self.position.map(|at| at.line))
            .optional("column", self.position.map(|at| at.column))
            .optional("endLine", self.end.map(|end| end.line))
            .optional("endColumn", self.end.map(|end| end.column))
            .end();
    }
}

/// The reference for [`Diagnostic`]'s text: the same members, by serde.
#[cfg(any(test, feature = "boundary-variants"))]
impl serde::Serialize for Diagnostic {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let fields = 5
            + usize::from(self.span.is_some())
            + usize::from(self.acknowledged)
            + 2 * usize::from(self.position.is_some())
            + 2 * usize::from(self.end.is_some());
        let mut out = serializer.serialize_struct("Diagnostic", fields)?;
        out.serialize_field("code", &self.code)?;
        out.serialize_field("severity", &self.severity)?;
        out.serialize_field("path", &self.path)?;
        out.serialize_field("section", &self.section)?;
        out.serialize_field("message", &self.message)?;
        if let Some(span) = &self.span {
            out.serialize_field("span", span)?;
        }
        if self.acknowledged {
            out.serialize_field("acknowledged", &true)?;
        }
        if let Some(at) = self.position {
            out.serialize_field("line", &at.line)?;
            out.serialize_field("column", &at.column)?;
        }
        if let Some(end) = self.end {
            out.serialize_field("endLine", &end.line)?;
            out.serialize_field("endColumn", &end.column)?;
        }
        out.end()
    }
}

// The members [`Diagnostic`]'s text has (its `WriteJson` and its `Serialize` above), for the
// package's types: a test holds them together (src/typescript.rs).
/// One diagnostic of a report (rules.md, "The report").
#[cfg(test)]
#[derive(serde::Serialize, ts_rs::TS)]
#[ts(rename = "Diagnostic")]
#[serde(rename_all = "camelCase")]
pub(crate) struct DiagnosticMembers {
    code: Code,
    severity: Severity,
    /// A JSON Pointer (RFC 6901) to the field the diagnostic is about.
    path: String,
    section: SectionId,
    /// One plain English sentence; never holds a value from the document.
    message: String,
    /// On disclosure diagnostics only.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    span: Option<Span>,
    /// A warning an acknowledgement covers (rules.md, "Acknowledgements"); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    acknowledged: Option<crate::typescript::True>,
    /// With `validateJson(text, { positions: true })` only: the line (from 1, lines ending at
    /// U+000A) where the value at `path` starts in the text (for a missing field, the nearest
    /// enclosing value that is present), or where the disclosure finding starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    line: Option<usize>,
    /// With `line`: the column, from 1, in UTF-16 code units.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    column: Option<usize>,
    /// With `line`, on a diagnostic with a `span`: where the finding ends (exclusive).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    end_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    end_column: Option<usize>,
}

#[cfg(test)]
impl From<&Diagnostic> for DiagnosticMembers {
    fn from(d: &Diagnostic) -> DiagnosticMembers {
        DiagnosticMembers {
            code: d.code,
            severity: d.severity,
            path: d.path.clone(),
            section: d.section,
            message: d.message.clone(),
            span: d.span,
            acknowledged: d.acknowledged.then_some(crate::typescript::True),
            line: d.position.map(|at| at.line),
            column: d.position.map(|at| at.column),
            end_line: d.end.map(|at| at.line),
            end_column: d.end.map(|at| at.column),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(any(test, feature = "boundary-variants"), derive(serde::Serialize))]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SectionReport {
    pub id: SectionId,
    pub title: &'static str,
    pub status: Status,
    pub errors: usize,
    /// Warnings no acknowledgement covers.
    pub warnings: usize,
    /// Warnings an acknowledgement covers.
    pub acknowledged: usize,
}

/// What `validate` and `validateJson` return (rules.md, "The report").
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(any(test, feature = "boundary-variants"), derive(serde::Serialize))]
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(
    any(test, feature = "boundary-variants"),
    serde(rename_all = "camelCase")
)]
pub struct Report {
    /// Always 2: the format of the rules applied.
    #[cfg_attr(test, ts(type = "2"))]
    pub form_version: u32,
    /// True exactly when `errors` is 0.
    pub ready_to_share: bool,
    pub errors: usize,
    /// Warnings no acknowledgement covers.
    pub warnings: usize,
    /// Warnings an acknowledgement covers: still in `diagnostics`, marked `acknowledged`.
    pub acknowledged: usize,
    /// All eleven sections, always, in form order.
    pub sections: Vec<SectionReport>,
    /// In form order.
    #[cfg_attr(test, ts(as = "Vec<DiagnosticMembers>"))]
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// The report as compact JSON text: the one canonical form, the same natively, in Node
    /// and in the browser.
    pub fn to_json(&self) -> String {
        crate::json_write::to_json(self)
    }
}

impl WriteJson for SectionReport {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("id", &self.id)
            .member("title", self.title)
            .member("status", &self.status)
            .member("errors", &self.errors)
            .member("warnings", &self.warnings)
            .member("acknowledged", &self.acknowledged)
            .end();
    }
}

impl WriteJson for Report {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("formVersion", &self.form_version)
            .member("readyToShare", &self.ready_to_share)
            .member("errors", &self.errors)
            .member("warnings", &self.warnings)
            .member("acknowledged", &self.acknowledged)
            .member("sections", &self.sections)
            .member("diagnostics", &self.diagnostics)
            .end();
    }
}

#[cfg(test)]
mod tests {
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

    fn add(
        document: &mut serde_json::Value,
        pointer: &str,
        value: serde_json::Value,
    ) -> Option<()> {
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
                serde_json::from_str(include_str!("../docs/spec/examples/complete.json"))
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
}
