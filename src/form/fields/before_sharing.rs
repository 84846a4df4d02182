//! What comes last, before sharing: the fields of sections `declarations` and `approval`, and
//! the list of acknowledgements, which belongs to no section.

use crate::form::case::lower_first;
use crate::form::{acknowledgement_codes, CrossRule, Field, Kind};

pub(super) fn declarations() -> Field {
    let confirm = |key: &'static str, statement: &'static str| {
        let mut field = Field::new(key, Kind::YesNo, statement, lower_first(statement));
        field.scanned = false;
        field
    };
    Field::new("declarations", Kind::Object, "Before sharing", "the declarations before sharing").fields(vec![
        confirm("noNames", "It names no child, parent, carer or other family member, and gives no date of birth."),
        confirm("noCaseNumbers", "It contains no case numbers or other references that identify a case."),
        confirm("anonymisedExamples", "Case examples are anonymised and cannot identify a family by school, place or rare detail."),
        confirm("smallNumbersChecked", "Small numbers that could identify someone have been removed or grouped."),
    ])
}

pub(super) fn approval() -> Field {
    Field::new("approval", Kind::Object, "Approval", "the approval").fields(vec![
        Field::new(
            "approvedBy",
            Kind::Line,
            "Approved by",
            "the role of whoever approved it",
        )
        .hint("A role, usually the chief executive, not a person's name.")
        .characters(100),
        Field::new(
            "approvedOn",
            Kind::Date,
            "Date approved",
            "the date it was approved",
        )
        .rule(CrossRule::ApprovedOn),
        Field::new(
            "digest",
            Kind::Digest,
            "Digest of what was approved",
            "the digest of what was approved",
        )
        .hint("Worked out when the self-evaluation is approved: the content digest of the document as approved. Any later change needs a new approval.")
        .required_message("Approve the self-evaluation: its digest is worked out when it is approved")
        .rule(CrossRule::ApprovalDigest),
    ])
}

/// The top-level list of acknowledgements, outside every section.
pub(in crate::form) fn acknowledgements() -> Field {
    let mut field = Field::new(
        "acknowledgements",
        Kind::ObjectList,
        "Warnings considered",
        "an acknowledgement",
    )
    .hint("Warnings the team has considered and decided do not call for a change, each with the reason.")
    .optional()
    .item("acknowledgement")
    .fields(vec![
        Field::new("code", Kind::Option, "Warning", "the code of the warning")
            .hint("The code of the warning, as the report gives it.")
            .options(acknowledgement_codes())
            .rule(CrossRule::AcknowledgementCode),
        Field::new("path", Kind::Pointer, "Where", "the path of the warning")
            .hint("The path of the warning, exactly as the report gives it."),
        Field::new(
            "reason",
            Kind::Line,
            "Why it does not call for a change",
            "why the warning does not call for a change",
        )
        .characters(300),
    ]);
    field.place("");
    field
}
