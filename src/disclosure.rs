//! Disclosure checks (rules.md, "Disclosure checks"): details in free text that could
//! identify a child or family.
//!
//! One pass over the text finds the kinds of bounded length (pass.rs, trying at each place
//! what bounded.rs says): the codes and numbers of fixed form (codes.rs), phone numbers
//! (contacts.rs), dates and their cues (dates.rs) and titled names (named_people.rs), all
//! read through `Text` (text.rs); emails (contacts.rs), schools (schools.rs) and first names
//! (naming.rs) have passes of their own. `settle` takes out what may be said (exempt.rs),
//! keeps the dates near their cues and one finding where two overlap, and utf16.rs gives
//! the spans in UTF-16 code units.

use crate::code::Code;
use crate::json_write::{Object, WriteJson};
use crate::report::Severity;
use bounded::SLOTS;
use contacts::emails;
use dates::dates_of_birth;
use text::Text;
use utf16::to_utf16;

mod bounded;
mod categories;
mod codes;
mod contacts;
mod dates;
mod exempt;
mod named_people;
mod names;
mod naming;
mod pass;
mod schools;
mod text;
mod utf16;
mod words;

#[cfg(test)]
mod random_text;
#[cfg(test)]
mod tests;

/// The ten kinds, in the order of rules.md's table: the order that settles overlaps.
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
    School,
    FirstName,
}

impl DisclosureKind {
    pub const ALL: [DisclosureKind; 10] = [
        DisclosureKind::CaseNumber,
        DisclosureKind::NhsNumber,
        DisclosureKind::NiNumber,
        DisclosureKind::Postcode,
        DisclosureKind::Email,
        DisclosureKind::Phone,
        DisclosureKind::DateOfBirth,
        DisclosureKind::NamedPerson,
        DisclosureKind::School,
        DisclosureKind::FirstName,
    ];

    /// `disclosure-case-number`, ...
    pub const fn code(self) -> Code {
        match self {
            DisclosureKind::CaseNumber => Code::DisclosureCaseNumber,
            DisclosureKind::NhsNumber => Code::DisclosureNhsNumber,
            DisclosureKind::NiNumber => Code::DisclosureNiNumber,
            DisclosureKind::Postcode => Code::DisclosurePostcode,
            DisclosureKind::Email => Code::DisclosureEmail,
            DisclosureKind::Phone => Code::DisclosurePhone,
            DisclosureKind::DateOfBirth => Code::DisclosureDateOfBirth,
            DisclosureKind::NamedPerson => Code::DisclosureNamedPerson,
            DisclosureKind::School => Code::DisclosureSchool,
            DisclosureKind::FirstName => Code::DisclosureFirstName,
        }
    }

    /// Its code's severity.
    pub const fn severity(self) -> Severity {
        self.code().severity()
    }

    /// What to remove, in GOV.UK style ("Remove the NHS number"); never the finding itself.
    pub fn message(self) -> &'static str {
        match self {
            DisclosureKind::CaseNumber => "Remove the case number",
            DisclosureKind::NhsNumber => "Remove the NHS number",
            DisclosureKind::NiNumber => "Remove the National Insurance number",
            DisclosureKind::Postcode => "Remove the postcode",
            DisclosureKind::Email => "Remove the email address",
            DisclosureKind::Phone => "Remove the phone number",
            DisclosureKind::DateOfBirth => "Remove the date of birth",
            DisclosureKind::NamedPerson => {
                "Check this name: use a pseudonym such as Child A, or a role, instead of a person's name"
            }
            DisclosureKind::School => {
                "Check this school's name: a named school can identify a child; say what kind of school it is instead"
            }
            DisclosureKind::FirstName => {
                "Check this name: use a pseudonym such as Child A, or a role, instead of a person's first name"
            }
        }
    }
}

/// One finding: where it lies in the scanned string, in UTF-16 code units, `end` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: DisclosureKind,
    pub start: usize,
    pub end: usize,
}

// Its JSON text is written by hand (src/json_write.rs); serde's `Serialize`, only in the tests,
// is the reference for that text and what ts-rs reads.
/// One finding as `scanDisclosure` gives it: a span in UTF-16 code units, `end` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS))]
pub struct DisclosureFinding {
    #[cfg_attr(test, ts(type = "DisclosureCode"))]
    pub code: Code,
    pub severity: Severity,
    pub start: usize,
    pub end: usize,
}

/// `{ code, severity, start, end }`.
impl WriteJson for DisclosureFinding {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("code", &self.code)
            .member("severity", &self.severity)
            .member("start", &self.start)
            .member("end", &self.end)
            .end();
    }
}

impl From<Finding> for DisclosureFinding {
    fn from(f: Finding) -> DisclosureFinding {
        DisclosureFinding {
            code: f.kind.code(),
            severity: f.kind.severity(),
            start: f.start,
            end: f.end,
        }
    }
}

/// Every finding in `text`, ordered by `start`; findings never overlap.
///
/// Each kind has its own hand-written scanner, which finds matches left to right as a global
/// regular expression would: a match is tried at each place where one may start (the longest
/// reading there wins) and that kind's search goes on after the end of a match. The kinds of
/// bounded length are tried together in one pass over the text, each at a bounded cost per
/// place; emails and names read each character a bounded number of times; so the whole scan
/// is linear in the length of the text, whatever the text holds. Then the kinds are taken in
/// table order, each match kept unless it overlaps one already kept, and the byte offsets are
/// turned into UTF-16 offsets in one pass.
///
/// Each pass is a function of its own (`#[inline(never)]`), not inlined into this one: V8
/// optimises the functions that run hot, whole, and one function holding every pass (17 KB of
/// WebAssembly) took its optimising compiler 50 to 80 ms (docs/performance.md, "What V8
/// compiles").
pub fn scan(text: &str) -> Vec<Finding> {
    let t = Text::new(text);
    let (bounded, first_at) = t.bounded_matches();
    let emails = first_at.map_or_else(Vec::new, |at| emails(&t, at));
    let kept = settle(&t, bounded, emails);
    if kept.is_empty() {
        return Vec::new();
    }
    to_utf16(text.as_bytes(), &kept)
}

/// What the scanners found (the bounded kinds' matches in [`Slot`] order, and the emails) made
/// into findings: what a self-evaluation must be able to say taken out (exempt.rs), dates kept
/// near their cues, schools and first names found, and then the kinds taken in table order,
/// each match kept unless it overlaps one already kept.
///
/// [`Slot`]: bounded::Slot
#[inline(never)]
fn settle(
    t: &Text,
    bounded: [Vec<(usize, usize)>; SLOTS],
    mut emails: Vec<(usize, usize)>,
) -> Vec<(usize, usize, DisclosureKind)> {
    let [case_numbers, nhs_numbers, ni_numbers, postcodes, mut phones, cues, dates, names] =
        bounded;
    let text = |&(start, end): &(usize, usize)| t.s.get(start..end).unwrap_or_default();
    emails.retain(|m| !exempt::is_published_mailbox(text(m)));
    phones.retain(|m| !exempt::is_non_geographic(text(m)));
    let found = [
        (DisclosureKind::CaseNumber, case_numbers),
        (DisclosureKind::NhsNumber, nhs_numbers),
        (DisclosureKind::NiNumber, ni_numbers),
        (DisclosureKind::Postcode, postcodes),
        (DisclosureKind::Email, emails),
        (DisclosureKind::Phone, phones),
        (
            DisclosureKind::DateOfBirth,
            dates_of_birth(t, &cues, &dates),
        ),
        (DisclosureKind::NamedPerson, names),
        (DisclosureKind::School, schools::schools(t)),
        (DisclosureKind::FirstName, naming::first_names(t)),
    ];
    let mut kept: Vec<(usize, usize, DisclosureKind)> = Vec::new();
    for (kind, matches) in found {
        if !matches.is_empty() {
            kept = keep_unless_overlapping(kept, &matches, kind);
        }
    }
    kept
}

/// `kept` with each of `found` (one kind's matches, sorted, not overlapping) added unless it
/// overlaps a match already kept. Both lists are sorted, so one merge does it.
#[inline(never)]
fn keep_unless_overlapping(
    kept: Vec<(usize, usize, DisclosureKind)>,
    found: &[(usize, usize)],
    kind: DisclosureKind,
) -> Vec<(usize, usize, DisclosureKind)> {
    let mut merged = Vec::with_capacity(kept.len() + found.len());
    let mut earlier = kept.into_iter().peekable();
    for &(start, end) in found {
        while let Some(k) = earlier.next_if(|&(_, kept_end, _)| kept_end <= start) {
            merged.push(k);
        }
        let overlaps = earlier
            .peek()
            .is_some_and(|&(kept_start, _, _)| kept_start < end);
        if !overlaps {
            merged.push((start, end, kind));
        }
    }
    merged.extend(earlier);
    merged
}
