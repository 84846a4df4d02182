//! Every diagnostic code of rules.md, in one table: its string on the wire, its severity, its
//! title and its description. [`Code`] is what a [`Diagnostic`](crate::Diagnostic) carries; the
//! catalogue that `rules()` returns (and the CLI's SARIF output lists) is this table.

use crate::digest::DIGEST_LENGTH;
use crate::json_write::{Object, WriteJson};
use crate::limits::{thousands, MAX_ID_LENGTH, MAX_ITEMS};
use crate::number;
use crate::report::Severity;
use crate::rules::{
    ACTION_HORIZON_DAYS, EVIDENCE_BEFORE_PERIOD_DAYS, INSPECTION_OVERDUE_DAYS, LATE_SHARING_DAYS,
    PERIOD_DAYS, SMALL_NUMBERS,
};

/// Text of the catalogue: written out, or made from a limit the rules own (so that the number
/// is written once).
#[derive(Clone, Copy)]
pub enum Words {
    Fixed(&'static str),
    Made(fn() -> String),
}

impl Words {
    pub fn text(self) -> std::borrow::Cow<'static, str> {
        match self {
            Words::Fixed(text) => text.into(),
            Words::Made(make) => make().into(),
        }
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text())
    }
}

impl WriteJson for Words {
    fn write_json(&self, out: &mut String) {
        self.text().write_json(out);
    }
}

/// The reference for the catalogue's text (src/json_write.rs): serde is derived for the tests
/// and for ts-rs only.
#[cfg(test)]
impl serde::Serialize for Words {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text())
    }
}

/// One entry of the catalogue of every code in rules.md, as `rules()` gives it.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS))]
pub struct RuleInfo {
    pub code: Code,
    pub severity: Severity,
    pub title: &'static str,
    #[cfg_attr(test, ts(type = "string"))]
    pub description: Words,
}

/// The table: each row is a variant, its code, its severity, its title and its description.
/// The order of the rows is the order of rules.md's tables and of the catalogue.
macro_rules! codes {
    ($($variant:ident = $code:literal, $severity:ident, $title:literal, $description:expr;)*) => {
        /// Every diagnostic code of rules.md ("Codes"), written as its kebab-case string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(test, derive(ts_rs::TS))]
        pub enum Code {
            $(#[cfg_attr(test, ts(rename = $code))] $variant,)*
        }

        impl Code {
            /// Every code, in catalogue order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code as it is written in a report: `type`, `disclosure-nhs-number`, ...
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $code,)*
                }
            }
        }

        /// Every code, in the order of rules.md's tables.
        pub const RULES: &[RuleInfo] = &[
            $(RuleInfo {
                code: Code::$variant,
                severity: Severity::$severity,
                title: $title,
                description: $description,
            },)*
        ];
    };
}

use Words::{Fixed, Made};

codes! {
    Type = "type", Error, "Wrong kind of value", Fixed("A value has the wrong JSON type (text where a list belongs, a string where a number belongs). It counts as unanswered and nothing inside it is checked.");
    Required = "required", Error, "Answer needed", Fixed("A required field has no answer: it is missing, null, empty or only white space, or a required list is empty. Also the monitoring text when a last grade is inadequate, `better` when a measure has a target or last year's value, commentary when a measure misses its target or is worse than last year, and both fields of the link to last year's self-evaluation when it is there.");
    Format1 = "format-1", Error, "Format 1", Fixed("formVersion is 1: the document is in format 1 and must be migrated to format 2 (the form does it; on the command line, sefcheck migrate). Nothing else is checked.");
    UnsupportedVersion = "unsupported-version", Error, "Unsupported format version", Fixed("formVersion is a number other than 1 and 2. Nothing else is checked.");
    UnknownField = "unknown-field", Warning, "Unknown field", Fixed("A key that format 2 does not have, often a misspelt one.");
    InvalidOption = "invalid-option", Error, "Not one of the options", Fixed("A value outside the field's allowed options (grade, kind of evidence, area, unit, status, better, an acknowledgement's code). Options are exact and case-sensitive.");
    InvalidDate = "invalid-date", Error, "Not a real date", Fixed("Not a real calendar date written as YYYY-MM-DD.");
    InvalidId = "invalid-id", Error, "Invalid reference", Made(|| format!("A reference that is not 1 to {MAX_ID_LENGTH} letters, digits, hyphens, underscores or full stops."));
    InvalidDigest = "invalid-digest", Error, "Invalid digest", Made(|| format!("A digest that is not {DIGEST_LENGTH} digits and letters a to f (a SHA-256 digest in lower-case hexadecimal)."));
    InvalidPointer = "invalid-pointer", Error, "Invalid path", Fixed("An acknowledgement's path that is not a JSON Pointer: empty, or starting with /, with every ~ followed by 0 or 1.");
    OutOfRange = "out-of-range", Error, "Number out of range", Fixed("A count that is negative or not whole; a percentage (value, target or last year's value) outside 0 to 100; days, weeks or a count below 0; a count measure that is not whole.");
    TooLong = "too-long", Error, "Too long", Fixed("A short answer over its character limit (characters are grapheme clusters).");
    WordLimit = "word-limit", Warning, "Over the word limit", Fixed("A text over its word limit.");
    TooMany = "too-many", Error, "Too many items", Made(|| format!("A list of over {MAX_ITEMS} items. Its items are not checked."));
    DuplicateId = "duplicate-id", Error, "Reference used twice", Fixed("A reference used twice in one list, reported at every use after the first; or a development area's reference already used by a recommendation or another development area.");
    UnknownReference = "unknown-reference", Error, "Unknown reference", Fixed("An area cites evidence that no item of the evidence register has, or an action addresses something that no development area or recommendation is.");
    DateOrder = "date-order", Error, "Dates out of order", Fixed("The period ends on or before it starts, the sharing date is before the approval date, the last inspection is after the approval date, or last year's period does not end before this one starts.");
    PeriodLength = "period-length", Warning, "Unusual period", Made(|| format!("The period covered is under {} or over {} days, both days counted.", days(*PERIOD_DAYS.start()), days(*PERIOD_DAYS.end())));
    LateSharing = "late-sharing", Warning, "Late sharing", Made(|| format!("The self-evaluation will be shared more than {} days after the end of the period it covers.", days(LATE_SHARING_DAYS)));
    MeetingBeforeSharing = "meeting-before-sharing", Warning, "Meeting before sharing", Fixed("The engagement meeting is before the self-evaluation is shared.");
    InspectionOverdue = "inspection-overdue", Warning, "Old inspection", Made(|| format!("The last inspection ended more than {} days before the sharing date.", days(INSPECTION_OVERDUE_DAYS)));
    RecommendationUnaddressed = "recommendation-unaddressed", Error, "Recommendation not addressed", Fixed("An Ofsted recommendation that is not completed, and that no action in the improvement plan addresses.");
    DevelopmentAreaUnaddressed = "development-area-unaddressed", Warning, "Development area not addressed", Fixed("A development area, not marked resolved, that no action in the improvement plan addresses.");
    ActionRequired = "action-required", Error, "Action needed", Fixed("An area graded requires improvement or inadequate, none of whose development areas not marked resolved an action in the improvement plan addresses.");
    GradeJump = "grade-jump", Warning, "Grade jump", Fixed("An area's own grade is two or more steps better than Ofsted's last grade for it.");
    QualitativeEvidence = "qualitative-evidence", Warning, "Only performance data", Fixed("An area cites evidence, and none of it is qualitative (audits, feedback, observation and the like).");
    UnusedEvidence = "unused-evidence", Warning, "Evidence not cited", Fixed("An evidence item that no area cites.");
    EvidenceDate = "evidence-date", Warning, "Evidence date outside the period", Made(|| format!("Evidence dated more than {} days before the period starts, or after the sharing date.", days(EVIDENCE_BEFORE_PERIOD_DAYS)));
    EvidenceAfterApproval = "evidence-after-approval", Error, "Evidence after approval", Fixed("Evidence dated after the self-evaluation was approved: what was approved cannot rely on it.");
    ActionHorizon = "action-horizon", Warning, "Action due date", Made(|| format!("An action due more than {} days after sharing, or due before approval while not completed.", days(ACTION_HORIZON_DAYS)));
    AuditTotal = "audit-total", Error, "Audit does not add up", Fixed("The four grade counts of the practice audit do not add up to the cases audited.");
    SmallNumber = "small-number", Warning, "Small number", Made(|| format!("A count from {} to {} in a performance measure: so small a count can identify a child.", number::to_string(*SMALL_NUMBERS.start()), number::to_string(*SMALL_NUMBERS.end())));
    DeclarationRequired = "declaration-required", Error, "Declaration needed", Fixed("A declaration before sharing that is missing or not confirmed.");
    ApprovalBeforePeriodEnd = "approval-before-period-end", Warning, "Approved before the period ended", Fixed("The self-evaluation was approved before the end of the period it covers.");
    ApprovalChanged = "approval-changed", Error, "Changed since approval", Fixed("The self-evaluation has changed since it was approved: its digest is not the approval's. It must be approved again.");
    AcknowledgementOfError = "acknowledgement-of-error", Error, "Error acknowledged", Fixed("An acknowledgement names the code of an error: errors must be fixed, and only warnings can be acknowledged.");
    AcknowledgementUnused = "acknowledgement-unused", Warning, "Acknowledgement unused", Fixed("An acknowledgement that matches no warning of the report, or only warnings an earlier acknowledgement covers.");
    DisclosureCaseNumber = "disclosure-case-number", Error, "Case number", Fixed("A family court case number or a 16-digit case reference in free text.");
    DisclosureNhsNumber = "disclosure-nhs-number", Error, "NHS number", Fixed("A ten-digit number that passes the NHS number check, in free text.");
    DisclosureNiNumber = "disclosure-ni-number", Error, "National Insurance number", Fixed("A National Insurance number in free text.");
    DisclosurePostcode = "disclosure-postcode", Error, "Postcode", Fixed("A full UK postcode in free text.");
    DisclosureEmail = "disclosure-email", Error, "Email address", Fixed("An email address in free text.");
    DisclosurePhone = "disclosure-phone", Error, "Phone number", Fixed("A UK phone number in free text.");
    DisclosureDateOfBirth = "disclosure-date-of-birth", Error, "Date of birth", Fixed("A date shortly after words such as born, DOB or date of birth.");
    DisclosureNamedPerson = "disclosure-named-person", Warning, "Named person", Fixed("A title such as Mr, Mrs or Dr before a capitalised name: use a pseudonym or a role.");
    DisclosureSchool = "disclosure-school", Warning, "Named school", Fixed("The name of a school or nursery in free text.");
    DisclosureFirstName = "disclosure-first-name", Warning, "First name", Fixed("A common first name where it names a person, in free text.");
}

/// A number of days as the catalogue and the messages write it ("1,096").
pub fn days(n: i64) -> String {
    thousands(usize::try_from(n).unwrap_or(0))
}

impl Code {
    /// Its row of the table.
    pub const fn info(self) -> &'static RuleInfo {
        &RULES[self as usize]
    }

    pub const fn severity(self) -> Severity {
        self.info().severity
    }

    /// The code written `text` (`unused-evidence`), if the catalogue has it.
    pub fn parse(text: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.as_str() == text)
    }
}

crate::json_write::write_as_str!(Code);

/// The reference for the code's text in tests (and for the report in the never-shipped
/// `boundary-variants` build, src/wasm.rs).
#[cfg(any(test, feature = "boundary-variants"))]
impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// `{ code, severity, title, description }`.
impl WriteJson for RuleInfo {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("code", &self.code)
            .member("severity", &self.severity)
            .member("title", self.title)
            .member("description", &self.description)
            .end();
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

pub fn rule_catalogue() -> &'static [RuleInfo] {
    RULES
}

/// The rule catalogue as JSON text: `[{ code, severity, title, description }]`.
pub fn rule_catalogue_json() -> String {
    crate::json_write::to_json(RULES)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disclosure::DisclosureKind;

    #[test]
    fn small_numbers_are_written_as_whole_numbers() {
        let catalogue = RULES.iter().find(|r| r.code == Code::SmallNumber).unwrap();
        assert_eq!(
            catalogue.description.text(),
            "A count from 1 to 4 in a performance measure: so small a count can identify a child."
        );
    }

    /// `DisclosureNhsNumber` → `disclosure-nhs-number`, `Format1` → `format-1`.
    fn kebab(variant: &str) -> String {
        let mut out = String::new();
        for (i, c) in variant.chars().enumerate() {
            if c.is_ascii_digit() {
                out.push('-');
                out.push(c);
            } else if c.is_ascii_uppercase() {
                if i > 0 {
                    out.push('-');
                }
                out.push(c.to_ascii_lowercase());
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn every_code_once_in_table_order_named_for_its_variant() {
        assert_eq!(RULES.len(), 47, "the codes of rules.md");
        for (index, (rule, code)) in RULES.iter().zip(Code::ALL).enumerate() {
            assert_eq!(rule.code, *code);
            assert_eq!(*code as usize, index);
            assert_eq!(code.as_str(), kebab(&format!("{code:?}")));
            assert_eq!(
                serde_json::to_string(code).unwrap_or_default(),
                format!("\"{}\"", code.as_str())
            );
            assert_eq!(
                crate::json_write::to_json(code),
                format!("\"{}\"", code.as_str())
            );
        }
        let mut strings: Vec<_> = Code::ALL.iter().map(|c| c.as_str()).collect();
        strings.sort_unstable();
        strings.dedup();
        assert_eq!(strings.len(), RULES.len());
    }

    #[test]
    fn disclosure_kinds_are_the_disclosure_codes_in_order() {
        let disclosure: Vec<_> = Code::ALL
            .iter()
            .filter(|c| c.as_str().starts_with("disclosure-"))
            .copied()
            .collect();
        let kinds: Vec<_> = DisclosureKind::ALL.iter().map(|k| k.code()).collect();
        assert_eq!(kinds, disclosure);
    }

    #[test]
    fn the_catalogue_as_serde_json_writes_it() {
        crate::json_write::tests::same_as_serde_json(&rule_catalogue_json(), &RULES);
        for rule in RULES {
            crate::json_write::tests::same_as_serde_json(&crate::json_write::to_json(rule), rule);
        }
    }

    #[test]
    fn descriptions_made_from_limits_read_as_before() {
        let text = |code: Code| code.info().description.text().into_owned();
        assert_eq!(
            text(Code::TooMany),
            "A list of over 500 items. Its items are not checked."
        );
        assert_eq!(
            text(Code::InvalidId),
            "A reference that is not 1 to 20 letters, digits, hyphens, underscores or full stops."
        );
        assert_eq!(
            text(Code::PeriodLength),
            "The period covered is under 335 or over 396 days, both days counted."
        );
        assert_eq!(
            text(Code::InspectionOverdue),
            "The last inspection ended more than 1,096 days before the sharing date."
        );
    }
}
