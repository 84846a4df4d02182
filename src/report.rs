//! The report of rules.md: what `validate` returns, natively and in JavaScript.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A section's status, from the GOV.UK "complete multiple tasks" pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    NotStarted,
    CannotStartYet,
    InProgress,
    Completed,
}

/// Where a disclosure finding lies in its string, in UTF-16 code units, `end` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    /// A JSON Pointer (RFC 6901) to the field the diagnostic is about.
    pub path: String,
    pub section: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SectionReport {
    pub id: &'static str,
    pub title: &'static str,
    pub status: Status,
    pub errors: usize,
    pub warnings: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// Always 1: the format of the rules applied.
    pub form_version: u32,
    pub ready_to_share: bool,
    pub errors: usize,
    pub warnings: usize,
    pub sections: Vec<SectionReport>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// The report as compact JSON text: the one canonical form, the same natively, in Node
    /// and in the browser.
    pub fn to_json(&self) -> String {
        // Serialising plain structs of strings, numbers and booleans cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}
