//! The catalogue of every code in rules.md: what `rules()` returns and what the CLI's SARIF
//! output lists as its rules.

use crate::report::Severity;
use serde::Serialize;

#[derive(Clone, Copy, Debug, Serialize)]
pub struct RuleInfo {
    pub code: &'static str,
    pub severity: Severity,
    pub title: &'static str,
    pub description: &'static str,
}

const fn rule(
    code: &'static str,
    severity: Severity,
    title: &'static str,
    description: &'static str,
) -> RuleInfo {
    RuleInfo {
        code,
        severity,
        title,
        description,
    }
}

use Severity::{Error, Warning};

/// Every code, in the order of rules.md's tables.
pub const RULES: &[RuleInfo] = &[
    rule("type", Error, "Wrong kind of value", "A value has the wrong JSON type (text where a list belongs, a string where a number belongs). It counts as unanswered and nothing inside it is checked."),
    rule("required", Error, "Answer needed", "A required field has no answer: it is missing, null, empty or only white space, or a required list is empty. Also the monitoring text when a last grade is inadequate, `better` when a measure has a target, and commentary when a measure misses its target."),
    rule("unsupported-version", Error, "Unsupported format version", "formVersion is a number other than 1. Nothing else is checked."),
    rule("unknown-field", Warning, "Unknown field", "A key that format 1 does not have, often a misspelt one."),
    rule("invalid-option", Error, "Not one of the options", "A value outside the field's allowed options (grade, kind of evidence, area, unit, status, better). Options are exact and case-sensitive."),
    rule("invalid-date", Error, "Not a real date", "Not a real calendar date written as YYYY-MM-DD."),
    rule("invalid-id", Error, "Invalid reference", "A reference that is not 1 to 20 letters, digits, hyphens or underscores."),
    rule("out-of-range", Error, "Number out of range", "A count that is negative or not whole; a percentage outside 0 to 100; days, weeks or a count below 0; a count measure that is not whole."),
    rule("too-long", Error, "Too long", "A short answer over its character limit (characters are grapheme clusters)."),
    rule("word-limit", Warning, "Over the word limit", "A text over its word limit."),
    rule("too-many", Error, "Too many items", "A list of over 500 items. Its items are not checked."),
    rule("duplicate-id", Error, "Reference used twice", "A reference used twice in one list, reported at every use after the first."),
    rule("unknown-reference", Error, "Unknown evidence", "An area cites evidence that no item of the evidence register has."),
    rule("date-order", Error, "Dates out of order", "The period ends on or before it starts, the sharing date is before the approval date, or the last inspection is after the approval date."),
    rule("period-length", Warning, "Unusual period", "The period covered is under 335 or over 396 days, both days counted."),
    rule("meeting-before-sharing", Warning, "Meeting before sharing", "The engagement meeting is before the self-evaluation is shared."),
    rule("inspection-overdue", Warning, "Old inspection", "The last inspection ended more than 1,096 days before the sharing date."),
    rule("action-required", Error, "Action needed", "An area graded requires improvement or inadequate has no action in the improvement plan."),
    rule("grade-jump", Warning, "Grade jump", "An area's own grade is two or more steps better than Ofsted's last grade for it."),
    rule("qualitative-evidence", Warning, "Only performance data", "An area cites evidence, and none of it is qualitative (audits, feedback, observation and the like)."),
    rule("unused-evidence", Warning, "Evidence not cited", "An evidence item that no area cites."),
    rule("evidence-date", Warning, "Evidence date outside the period", "Evidence dated more than 183 days before the period starts, or after the sharing date."),
    rule("action-horizon", Warning, "Action due date", "An action due more than 366 days after sharing, or due before approval while not completed."),
    rule("audit-total", Error, "Audit does not add up", "The four grade counts of the practice audit do not add up to the cases audited."),
    rule("declaration-required", Error, "Declaration needed", "A declaration before sharing that is missing or not confirmed."),
    rule("disclosure-case-number", Error, "Case number", "A family court case number or a 16-digit case reference in free text."),
    rule("disclosure-nhs-number", Error, "NHS number", "A ten-digit number that passes the NHS number check, in free text."),
    rule("disclosure-ni-number", Error, "National Insurance number", "A National Insurance number in free text."),
    rule("disclosure-postcode", Error, "Postcode", "A full UK postcode in free text."),
    rule("disclosure-email", Error, "Email address", "An email address in free text."),
    rule("disclosure-phone", Error, "Phone number", "A UK phone number in free text."),
    rule("disclosure-date-of-birth", Error, "Date of birth", "A date shortly after words such as born, DOB or date of birth."),
    rule("disclosure-named-person", Warning, "Named person", "A title such as Mr, Mrs or Dr before a capitalised name: use a pseudonym or a role."),
];

pub fn rule_catalogue() -> &'static [RuleInfo] {
    RULES
}

/// The severity of a code (every code the rules emit is in the catalogue).
pub fn severity_of(code: &str) -> Severity {
    RULES
        .iter()
        .find(|r| r.code == code)
        .map_or(Severity::Error, |r| r.severity)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disclosure::DisclosureKind;

    #[test]
    fn every_code_once_with_disclosure_kinds_matching() {
        let mut codes: Vec<_> = RULES.iter().map(|r| r.code).collect();
        assert_eq!(codes.len(), 33);
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 33);
        for kind in DisclosureKind::ALL {
            assert_eq!(severity_of(kind.code()), kind.severity());
        }
    }
}
