//! Every rule of rules.md, run over a document in form order.
//!
//! The walk follows the form definition (form.rs): the top level (document.rs), then each field
//! gets its own checks (field.rs, lists.rs for lists and their items), then the cross-field
//! rules reported at it (cross.rs, golden_thread.rs, approval.rs), then its disclosure findings,
//! so diagnostics come out in the order rules.md asks for without sorting. Cross-field rules
//! read [`Facts`], gathered from the whole document before the walk (an area cites evidence
//! that comes later in the form). The acknowledgements are checked last (acknowledgements.rs),
//! over the warnings of the rest, and the report is made in status.rs; a document that is not
//! walked gets its report from whole_document.rs.

use crate::code::Code;
use crate::form::FORM_VERSION;
use crate::pointer::{push_index, push_key};
use crate::report::{Diagnostic, Report, Span};
use crate::section::{SectionId, SECTIONS};
use crate::value::Value;
use std::ops::RangeInclusive;

mod acknowledgements;
mod approval;
mod cross;
mod document;
mod facts;
mod field;
mod golden_thread;
mod lists;
mod messages;
mod status;
pub(crate) mod time;
pub(crate) mod values;
mod whole_document;

use facts::Facts;
use time::Day;
use whole_document::{not_an_object, whole_document};

/// `period-length`: the days a period may cover, both counted, without a warning.
pub const PERIOD_DAYS: RangeInclusive<Day> = 335..=396;
/// `late-sharing`: the most days from the end of the period to sharing.
pub const LATE_SHARING_DAYS: Day = 183;
/// `inspection-overdue`: the most days from the last inspection to sharing.
pub const INSPECTION_OVERDUE_DAYS: Day = 1096;
/// `evidence-date`: the most days evidence may be dated before the period starts.
pub const EVIDENCE_BEFORE_PERIOD_DAYS: Day = 183;
/// `action-horizon`: the most days after sharing an action may be due.
pub const ACTION_HORIZON_DAYS: Day = 366;
/// `small-number`: the counts so small that they can identify a child.
pub const SMALL_NUMBERS: RangeInclusive<f64> = 1.0..=4.0;

/// The member that says which format a document is in.
const FORM_VERSION_KEY: &str = "formVersion";

/// Validates a document: the report of rules.md. Never panics, whatever the value.
pub fn validate(document: &Value) -> Report {
    let members = match document {
        Value::Object(members) => members,
        _ => return not_an_object(),
    };
    if let Some(Value::Number(version)) = document.get(FORM_VERSION_KEY) {
        if *version == 1.0 {
            return whole_document(Code::Format1, messages::FORMAT_1);
        }
        if *version != f64::from(FORM_VERSION) {
            return whole_document(Code::UnsupportedVersion, messages::UNSUPPORTED_VERSION);
        }
    }
    let mut checker = Checker::new(document, Facts::gather(document));
    checker.document(document, members);
    checker.acknowledgements();
    checker.finish()
}

#[derive(Default)]
struct SectionState {
    diagnostics: Vec<Diagnostic>,
    answered: bool,
}

/// Where in a list of objects the walk is.
#[derive(Clone, Copy)]
struct Item<'d> {
    index: usize,
    value: &'d Value<'d>,
    /// Its id was already used by an earlier item of the list (of the namespace, for a
    /// development area).
    later_use: bool,
}

struct Checker<'d> {
    document: &'d Value<'d>,
    facts: Facts<'d>,
    sections: [SectionState; SECTIONS],
    /// The JSON Pointer of the value being checked.
    path: String,
    section: SectionId,
    /// Whether answers make their section answered (not an acknowledgement's).
    counting_answers: bool,
}

impl<'d> Checker<'d> {
    fn new(document: &'d Value<'d>, facts: Facts<'d>) -> Self {
        Checker {
            document,
            facts,
            sections: Default::default(),
            path: String::new(),
            section: SectionId::About,
            counting_answers: true,
        }
    }

    /// A diagnostic at the current path, in the current section; its severity is its code's.
    fn emit(&mut self, code: Code, message: String, span: Option<Span>) {
        let mut diagnostic = Diagnostic::new(code, self.path.clone(), self.section, message);
        diagnostic.span = span;
        self.sections[self.section.index()]
            .diagnostics
            .push(diagnostic);
    }

    fn report(&mut self, code: Code, message: String) {
        self.emit(code, message, None);
    }

    fn answered(&mut self) {
        if self.counting_answers {
            self.sections[self.section.index()].answered = true;
        }
    }

    /// Runs `check` with `key` added to the path.
    fn at_key(&mut self, key: &str, check: impl FnOnce(&mut Self)) {
        let len = self.path.len();
        push_key(&mut self.path, key);
        check(self);
        self.path.truncate(len);
    }

    fn at_index(&mut self, index: usize, check: impl FnOnce(&mut Self)) {
        let len = self.path.len();
        push_index(&mut self.path, index);
        check(self);
        self.path.truncate(len);
    }
}
