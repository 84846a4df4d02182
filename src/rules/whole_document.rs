//! The report of a document that is not walked: one that is not an object, or whose
//! `formVersion` is not 2 (`format-1`, `unsupported-version`).

use super::{messages, FORM_VERSION_KEY};
use crate::code::Code;
use crate::form::FORM_VERSION;
use crate::pointer::push_key;
use crate::report::{Diagnostic, Report, SectionReport, Status};
use crate::section::SectionId;

fn report_with(status: Status, diagnostic: Diagnostic) -> Report {
    let sections = SectionId::ALL
        .into_iter()
        .map(|id| SectionReport {
            id,
            title: id.title(),
            status,
            errors: usize::from(id == diagnostic.section),
            warnings: 0,
            acknowledged: 0,
        })
        .collect();
    Report {
        form_version: FORM_VERSION,
        ready_to_share: false,
        errors: 1,
        warnings: 0,
        acknowledged: 0,
        sections,
        diagnostics: vec![diagnostic],
    }
}

pub(super) fn not_an_object() -> Report {
    report_with(
        Status::NotStarted,
        Diagnostic::new(
            Code::Type,
            String::new(),
            SectionId::About,
            messages::DOCUMENT_TYPE.to_string(),
        ),
    )
}

/// `format-1` or `unsupported-version`: one diagnostic at `/formVersion`, and nothing else; every
/// section in progress.
pub(super) fn whole_document(code: Code, message: &str) -> Report {
    let mut path = String::new();
    push_key(&mut path, FORM_VERSION_KEY);
    report_with(
        Status::InProgress,
        Diagnostic::new(code, path, SectionId::About, message.to_string()),
    )
}
