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
mod tests;
