//! The end of a check: each section's counts and status (rules.md, "Section status"), and the
//! report.

use super::Checker;
use crate::code::Code;
use crate::form::FORM_VERSION;
use crate::report::{Report, SectionReport, Severity, Status};
use crate::section::{SectionId, SECTIONS};

impl Checker<'_> {
    pub(super) fn finish(self) -> Report {
        let Checker { sections, .. } = self;
        let mut statuses = [Status::NotStarted; SECTIONS];
        for (index, state) in sections.iter().enumerate() {
            let errors = state
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error);
            let blocking = errors.clone().count();
            let only_missing = errors
                .clone()
                .all(|d| matches!(d.code, Code::Required | Code::DeclarationRequired));
            statuses[index] = if !state.answered && only_missing {
                Status::NotStarted
            } else if state.answered && blocking == 0 {
                Status::Completed
            } else {
                Status::InProgress
            };
        }
        // The declarations cannot be started until every section before them is completed, and
        // the approval until every other section, the declarations included, is.
        cannot_start_yet(&mut statuses, SectionId::Declarations, |s| {
            s < SectionId::Declarations
        });
        cannot_start_yet(&mut statuses, SectionId::Approval, |s| {
            s != SectionId::Approval
        });
        let mut report_sections = Vec::with_capacity(SECTIONS);
        let mut diagnostics = Vec::new();
        for ((state, status), id) in sections.into_iter().zip(statuses).zip(SectionId::ALL) {
            let count = |f: &dyn Fn(&crate::Diagnostic) -> bool| {
                state.diagnostics.iter().filter(|d| f(d)).count()
            };
            report_sections.push(SectionReport {
                id,
                title: id.title(),
                status,
                errors: count(&|d| d.severity == Severity::Error),
                warnings: count(&|d| d.severity == Severity::Warning && !d.acknowledged),
                acknowledged: count(&|d| d.acknowledged),
            });
            diagnostics.extend(state.diagnostics);
        }
        let errors: usize = report_sections.iter().map(|s| s.errors).sum();
        Report {
            form_version: FORM_VERSION,
            ready_to_share: errors == 0,
            errors,
            warnings: report_sections.iter().map(|s| s.warnings).sum(),
            acknowledged: report_sections.iter().map(|s| s.acknowledged).sum(),
            sections: report_sections,
            diagnostics,
        }
    }
}

/// `section` is `cannotStartYet` while it would be `notStarted` and any section that `waits_for`
/// is not `completed`.
fn cannot_start_yet(
    statuses: &mut [Status; SECTIONS],
    section: SectionId,
    waits_for: impl Fn(SectionId) -> bool,
) {
    let waiting = SectionId::ALL
        .into_iter()
        .any(|s| waits_for(s) && statuses[s.index()] != Status::Completed);
    if statuses[section.index()] == Status::NotStarted && waiting {
        statuses[section.index()] = Status::CannotStartYet;
    }
}
