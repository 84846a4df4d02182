//! Messages in the style of GOV.UK error messages, made only from the form definition's
//! wording, its limits and counts: never from a value in the document.
//!
//! The functions are `#[cold]`: a message is written only for a finding, and keeping them out
//! of the checks that call them keeps those hot functions small for V8 to optimise
//! (docs/performance.md, "What V8 compiles").

use super::{
    ACTION_HORIZON_DAYS, EVIDENCE_BEFORE_PERIOD_DAYS, INSPECTION_OVERDUE_DAYS, LATE_SHARING_DAYS,
    SMALL_NUMBERS,
};
use crate::code::days;
use crate::digest::DIGEST_LENGTH;
use crate::form::{capitalise, CrossRule, Field, Kind};
use crate::limits::{thousands, MAX_ID_LENGTH, MAX_ITEMS};
use crate::number;
use crate::section::Area;

pub const DOCUMENT_TYPE: &str = "The self-evaluation must be a JSON object";
pub const FORMAT_1: &str = "This self-evaluation is in format 1: migrate it to format 2 (the form does it when it opens or imports the file; on the command line, run sefcheck migrate)";
pub const UNSUPPORTED_VERSION: &str =
    "This document is in a format that sefcheck does not support: it checks format 2";
pub const FORM_VERSION_REQUIRED: &str = "Enter the form version: it is 2";
pub const FORM_VERSION_TYPE: &str = "The form version must be the number 2";
pub const SCHEMA_TYPE: &str =
    "The $schema member must be text: the path or web address of the JSON Schema your editor checks the file with";
pub const AREAS_TYPE: &str = "The three judgement areas must be a group of answers (a JSON object)";
pub const UNKNOWN_FIELD: &str =
    "Remove this field or correct its name: the self-evaluation form does not have it";
pub const UNKNOWN_REFERENCE: &str =
    "Select evidence from the evidence register: no evidence item has this reference";
pub const PERIOD_ORDER: &str = "The end of the period covered must be after its start";
pub const SHARE_ORDER: &str =
    "The date it will be shared with Ofsted must be the same as or after the date it was approved";
pub const INSPECTION_ORDER: &str =
    "The last day of the last judgement inspection must be the same as or before the date the self-evaluation was approved";
pub const MEETING_BEFORE_SHARING: &str =
    "The annual engagement meeting is before the date it will be shared with Ofsted: share the self-evaluation before the meeting";
pub const UNUSED_EVIDENCE: &str =
    "No area cites this evidence item: select it as evidence for an area, or remove it";
pub const AUDIT_TOTAL: &str =
    "The number of cases audited must equal the four grade counts added together";
pub const INVALID_POINTER: &str =
    "The path must be a JSON Pointer, as the report gives it: empty, or starting with /";
pub const DUPLICATE_ADDRESSABLE: &str =
    "This reference is already used by a recommendation or another development area: give each its own";
pub const UNKNOWN_ADDRESS: &str =
    "Select a development area or a recommendation: nothing in this self-evaluation has this reference";
pub const PREVIOUS_ORDER: &str =
    "The end of the period last year's self-evaluation covered must be before the start of the period this one covers";
pub const RECOMMENDATION_UNADDRESSED: &str =
    "Select this recommendation in what an action addresses, or mark it completed";
pub const DEVELOPMENT_AREA_UNADDRESSED: &str =
    "No action in the improvement plan addresses this development area: select it in what an action addresses";
pub const EVIDENCE_AFTER_APPROVAL: &str =
    "This evidence is dated after the self-evaluation was approved: check the date, or approve it again";
pub const APPROVAL_BEFORE_PERIOD_END: &str =
    "The self-evaluation was approved before the end of the period it covers: check the date";
pub const APPROVAL_CHANGED: &str =
    "The self-evaluation has changed since it was approved: it must be approved again";
pub const ACKNOWLEDGEMENT_OF_ERROR: &str =
    "Remove this acknowledgement: errors must be fixed, and only warnings can be acknowledged";
pub const ACKNOWLEDGEMENT_UNUSED: &str =
    "Remove this acknowledgement: it matches no warning (or one an earlier acknowledgement covers)";
/// `invalid-option` at an acknowledgement's code, whose options are the whole catalogue.
const ACKNOWLEDGEMENT_CODE_OPTION: &str =
    "Enter the code of the warning exactly as the report gives it";

#[cold]
pub fn small_number() -> String {
    format!(
        "Group or suppress this count: a count from {} to {} can identify a child",
        number::to_string(*SMALL_NUMBERS.start()),
        number::to_string(*SMALL_NUMBERS.end())
    )
}

#[cold]
pub fn late_sharing() -> String {
    format!(
        "The date it will be shared with Ofsted is more than {} days after the end of the period covered: check the date",
        days(LATE_SHARING_DAYS)
    )
}

#[cold]
pub fn inspection_overdue() -> String {
    format!(
        "The last judgement inspection ended more than {} days before the date it will be shared: check the date",
        days(INSPECTION_OVERDUE_DAYS)
    )
}

fn item_label(field: &Field) -> &'static str {
    field.item_label.unwrap_or("item")
}

/// `required`; `when`: why a field that is required only in some cases is required here.
#[cold]
pub fn required(field: &Field, when: Option<&str>) -> String {
    if let Some(message) = field.required_message {
        return message.to_string();
    }
    let name = &field.name;
    match field.kind {
        Kind::Option | Kind::IdList => format!("Select {name}"),
        Kind::ObjectList => format!("Add {name}"),
        _ => match when {
            Some(when) => format!("Enter {name}, as {when}"),
            None => format!("Enter {name}"),
        },
    }
}

#[cold]
pub fn declaration_required(field: &Field) -> String {
    format!("Confirm that {}", field.name.trim_end_matches('.'))
}

#[cold]
pub fn item_required(field: &Field) -> String {
    let item = item_label(field);
    match field.kind {
        Kind::IdList => format!("Select the {item} or remove it"),
        _ => format!("Enter the {item} or remove it"),
    }
}

#[cold]
pub fn type_error(field: &Field) -> String {
    let name = field.sentence_name();
    match field.kind {
        Kind::Text | Kind::Line | Kind::Id | Kind::Digest | Kind::Pointer => {
            format!("{name} must be text")
        }
        Kind::Date => format!("{name} must be a date written as text, in the format YYYY-MM-DD"),
        Kind::Option => format!("{name} must be one of the options, written as text"),
        Kind::Count | Kind::Number => format!("{name} must be a number"),
        Kind::YesNo => format!(
            "Answer true or false to: {}",
            field.label.trim_end_matches('.')
        ),
        Kind::Object => format!("{} must be a group of answers (a JSON object)", field.label),
        Kind::IdList | Kind::ObjectList => format!("{} must be a list", field.label),
    }
}

#[cold]
pub fn item_type(field: &Field) -> String {
    let item = item_label(field);
    match field.kind {
        Kind::ObjectList => format!("Each {item} must be a group of answers (a JSON object)"),
        _ => format!("Each {item} must be text"),
    }
}

#[cold]
pub fn invalid_date(field: &Field) -> String {
    format!(
        "{} must be a real date in the format YYYY-MM-DD",
        field.sentence_name()
    )
}

const ID_CHARACTERS: &str = "letters, digits, hyphens, underscores or full stops";

#[cold]
pub fn invalid_id(field: &Field) -> String {
    format!(
        "{} must be 1 to {MAX_ID_LENGTH} {ID_CHARACTERS}",
        field.sentence_name()
    )
}

#[cold]
pub fn item_invalid_id(field: &Field) -> String {
    format!(
        "Each {} must be 1 to {MAX_ID_LENGTH} {ID_CHARACTERS}",
        item_label(field)
    )
}

#[cold]
pub fn invalid_digest(field: &Field) -> String {
    format!(
        "{} must be a SHA-256 digest: {DIGEST_LENGTH} digits and letters a to f",
        field.sentence_name()
    )
}

#[cold]
pub fn duplicate_id(field: &Field) -> String {
    match field.rule {
        Some(CrossRule::DevelopmentAreaId(_)) => DUPLICATE_ADDRESSABLE.to_string(),
        _ => format!(
            "{} is already used earlier in the list: give each its own",
            field.sentence_name()
        ),
    }
}

#[cold]
pub fn duplicate_reference(field: &Field) -> String {
    format!(
        "This {} is already selected earlier in the list: remove the repeat",
        item_label(field)
    )
}

#[cold]
pub fn unknown_reference(field: &Field) -> String {
    match field.rule {
        Some(CrossRule::ActionAddresses) => UNKNOWN_ADDRESS.to_string(),
        _ => UNKNOWN_REFERENCE.to_string(),
    }
}

#[cold]
pub fn invalid_option(field: &Field) -> String {
    if field.rule == Some(CrossRule::AcknowledgementCode) {
        return ACKNOWLEDGEMENT_CODE_OPTION.to_string();
    }
    let labels: Vec<&str> = field
        .options
        .unwrap_or_default()
        .iter()
        .map(|c| c.label)
        .collect();
    let choices = match labels.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        Some((last, _)) => last.to_string(),
        None => String::new(),
    };
    format!("Select {} from: {choices}", field.name)
}

#[cold]
pub fn out_of_range(field: &Field, unit: Option<&str>) -> String {
    let name = field.sentence_name();
    match unit {
        Some("percent") => format!("{name} must be a percentage from 0 to 100"),
        Some("count") => format!("{name} must be a whole number, 0 or more"),
        _ => format!("{name} must be 0 or more"),
    }
}

#[cold]
pub fn too_long(field: &Field, characters: usize) -> String {
    let max = field.limit.map_or(0, |l| l.max);
    format!(
        "{} must be {} characters or less (it has {})",
        field.sentence_name(),
        thousands(max),
        thousands(characters)
    )
}

#[cold]
pub fn word_limit(field: &Field, words: usize) -> String {
    format!(
        "{} must be {} words or less (it has {})",
        field.sentence_name(),
        thousands(field.limit.map_or(0, |l| l.max)),
        thousands(words)
    )
}

#[cold]
pub fn too_many(field: &Field, items: usize) -> String {
    format!(
        "{} must have {} items or fewer (it has {})",
        field.label,
        thousands(MAX_ITEMS),
        thousands(items)
    )
}

#[cold]
pub fn period_length(days: i64) -> String {
    format!(
        "The period covered is {} days: a self-evaluation usually covers a year, so check its start and end",
        thousands(usize::try_from(days).unwrap_or(0))
    )
}

#[cold]
pub fn action_required(area: Area, grade: String) -> String {
    format!(
        "{} is graded {grade}: select at least one of its development areas in what an action addresses",
        capitalise(area.short_name())
    )
}

#[cold]
pub fn grade_jump(area: Area, steps: usize) -> String {
    format!(
        "{} is graded {steps} steps better than at the last inspection: check the grade and explain it in the rationale",
        capitalise(area.short_name())
    )
}

#[cold]
pub fn qualitative_evidence(area: Area) -> String {
    format!(
        "The evidence for {} is only performance data: add qualitative evidence, such as an audit, feedback or observation",
        area.short_name()
    )
}

#[cold]
pub fn evidence_date(too_old: bool) -> String {
    if too_old {
        format!("This evidence is dated more than {} days before the period starts: check the date, or use more recent evidence", days(EVIDENCE_BEFORE_PERIOD_DAYS))
    } else {
        "This evidence is dated after the date it will be shared with Ofsted: check the date"
            .to_string()
    }
}

#[cold]
pub fn action_horizon(too_far: bool) -> String {
    if too_far {
        format!("This action is due more than {} days after sharing: plans cover the next 12 months, so check the date", days(ACTION_HORIZON_DAYS))
    } else {
        "This action was due before the self-evaluation was approved but is not completed: update its status or its due date".to_string()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn small_numbers_are_written_as_whole_numbers() {
        assert_eq!(
            super::small_number(),
            "Group or suppress this count: a count from 1 to 4 can identify a child"
        );
    }
}
