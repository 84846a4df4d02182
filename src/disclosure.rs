//! Disclosure checks (rules.md, "Disclosure checks"): details in free text that could
//! identify a child or family. (Interface fixed; implementation in progress.)

use crate::report::Severity;

/// The eight kinds, in the order of rules.md's table: the order that settles overlaps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DisclosureKind {
    CaseNumber,
    NhsNumber,
    NiNumber,
    Postcode,
    Email,
    Phone,
    DateOfBirth,
    NamedPerson,
}

impl DisclosureKind {
    pub const ALL: [DisclosureKind; 8] = [
        DisclosureKind::CaseNumber,
        DisclosureKind::NhsNumber,
        DisclosureKind::NiNumber,
        DisclosureKind::Postcode,
        DisclosureKind::Email,
        DisclosureKind::Phone,
        DisclosureKind::DateOfBirth,
        DisclosureKind::NamedPerson,
    ];

    /// `disclosure-case-number`, ...
    pub fn code(self) -> &'static str {
        match self {
            DisclosureKind::CaseNumber => "disclosure-case-number",
            DisclosureKind::NhsNumber => "disclosure-nhs-number",
            DisclosureKind::NiNumber => "disclosure-ni-number",
            DisclosureKind::Postcode => "disclosure-postcode",
            DisclosureKind::Email => "disclosure-email",
            DisclosureKind::Phone => "disclosure-phone",
            DisclosureKind::DateOfBirth => "disclosure-date-of-birth",
            DisclosureKind::NamedPerson => "disclosure-named-person",
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            DisclosureKind::NamedPerson => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// What to remove, in GOV.UK style ("Remove the NHS number"); never the finding itself.
    pub fn message(self) -> &'static str {
        todo!()
    }
}

/// One finding: where it lies in the scanned string, in UTF-16 code units, `end` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: DisclosureKind,
    pub start: usize,
    pub end: usize,
}

/// Every finding in `text`, ordered by `start`; findings never overlap.
pub fn scan(text: &str) -> Vec<Finding> {
    let _ = text;
    Vec::new()
}
