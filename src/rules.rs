//! Every rule of rules.md, run over a document in form order.
//!
//! The walk follows the form definition (form.rs): each field gets its own checks, then the
//! cross-field rules reported at it (cross.rs, golden_thread.rs, approval.rs), then its
//! disclosure findings, so diagnostics come out in the order rules.md asks for without sorting.
//! Cross-field rules read [`Facts`], gathered from the whole document before the walk (an area
//! cites evidence that comes later in the form). The acknowledgements are checked last
//! (acknowledgements.rs), over the warnings of the rest, and the report is made in status.rs.

use crate::code::Code;
use crate::count::{count_characters, count_words, is_blank};
use crate::digest::is_digest;
use crate::disclosure;
use crate::form::{
    form_definition, Condition, CrossRule, Field, Kind, LimitUnit, FORM_VERSION, SCHEMA_KEY,
};
use crate::keyset;
use crate::limits::MAX_ITEMS;
use crate::pointer::{push_index, push_key};
use crate::report::{Diagnostic, Report, SectionReport, Span, Status};
use crate::section::{Area, SectionId, AREAS_KEY, SECTIONS};
use crate::stringify::javascript_order;
use crate::value::Value;
use std::borrow::Cow;
use std::ops::RangeInclusive;

mod acknowledgements;
mod approval;
mod cross;
mod facts;
mod golden_thread;
mod messages;
mod status;
pub(crate) mod time;
pub(crate) mod values;

use facts::Facts;
use time::{parse_date, Day};
use values::{
    is_pointer, is_valid_id, is_whole, later_uses, object_get, present, valid_id,
    valid_measure_number, worse, Worse,
};

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

/// A key the top level of format 2 has: `$schema` (no field, but no unknown one either),
/// `formVersion`, `areas` (which holds three sections), the members the other sections hold,
/// as the form definition lists them, and `acknowledgements`.
fn is_top_level_key(key: &str) -> bool {
    let definition = form_definition();
    key == SCHEMA_KEY
        || key == FORM_VERSION_KEY
        || key == AREAS_KEY
        || key == definition.acknowledgements.key
        || definition
            .sections
            .iter()
            .filter(|s| s.id.parent().is_empty())
            .any(|s| s.fields.iter().any(|f| f.key == key))
}

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

fn not_an_object() -> Report {
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
fn whole_document(code: Code, message: &str) -> Report {
    let mut path = String::new();
    push_key(&mut path, FORM_VERSION_KEY);
    report_with(
        Status::InProgress,
        Diagnostic::new(code, path, SectionId::About, message.to_string()),
    )
}

// ------------------------------------------------------------------ the walk

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

    fn document(&mut self, document: &'d Value<'d>, members: &'d [(Cow<'d, str>, Value<'d>)]) {
        self.section = SectionId::About;
        // `$schema` is for editors: any string will do, and no answer is no answer.
        self.at_key(SCHEMA_KEY, |c| match present(document.get(SCHEMA_KEY)) {
            None | Some(Value::String(_)) => {}
            Some(_) => c.report(Code::Type, messages::SCHEMA_TYPE.to_string()),
        });
        self.at_key(FORM_VERSION_KEY, |c| {
            match present(document.get(FORM_VERSION_KEY)) {
                None => c.report(Code::Required, messages::FORM_VERSION_REQUIRED.to_string()),
                Some(Value::Number(_)) => {}
                Some(_) => c.report(Code::Type, messages::FORM_VERSION_TYPE.to_string()),
            }
        });
        let areas = present(document.get(AREAS_KEY));
        for section in &form_definition().sections {
            let container = match section.id.area() {
                None => Some(document),
                Some(area) => {
                    if area == Area::ALL[0] {
                        // The `areas` object itself belongs to section `about`, and comes
                        // before the first of the areas it holds.
                        self.areas_object(areas);
                    }
                    match areas {
                        None => None,
                        Some(areas @ Value::Object(_)) => Some(areas),
                        // `areas` of the wrong type: nothing inside it is reported.
                        Some(_) => continue,
                    }
                }
            };
            self.section = section.id;
            for field in &section.fields {
                let value = object_get(container, field.key);
                match section.id.area() {
                    Some(_) => self.at_key(AREAS_KEY, |c| c.field(field, value, None)),
                    None => self.field(field, value, None),
                }
            }
        }
        self.section = SectionId::About;
        self.unknown_fields(members, is_top_level_key);
    }

    /// The `areas` object itself (section `about`): its type, and keys that are not areas.
    fn areas_object(&mut self, areas: Option<&'d Value<'d>>) {
        self.section = SectionId::About;
        match areas {
            None => {}
            Some(Value::Object(area_members)) => self.at_key(AREAS_KEY, |c| {
                c.unknown_fields(area_members, |key| Area::from_key(key).is_some())
            }),
            Some(_) => self.at_key(AREAS_KEY, |c| {
                c.report(Code::Type, messages::AREAS_TYPE.to_string())
            }),
        }
    }

    /// `unknown-field` for every key that is not `known`, in the key order of the document as
    /// JavaScript holds it: keys that are array indices first, in ascending order, then the
    /// rest in the order written (so `validate(JSON.parse(text))` and `validateJson(text)`
    /// agree).
    // Out of `field`, which runs hot: docs/performance.md, "What V8 compiles".
    #[inline(never)]
    fn unknown_fields(
        &mut self,
        members: &'d [(Cow<'d, str>, Value<'d>)],
        known: impl Fn(&str) -> bool,
    ) {
        let unknown: Vec<&str> = members
            .iter()
            .map(|(key, _)| key.as_ref())
            .filter(|key| !known(key))
            .collect();
        if unknown.is_empty() {
            return;
        }
        for place in javascript_order(unknown.iter().copied()) {
            self.at_key(unknown[place], |c| {
                c.report(Code::UnknownField, messages::UNKNOWN_FIELD.to_string())
            });
        }
    }

    /// Whether a field with no answer is `required`, and why when it is only in some cases
    /// (for the message): `None` when it is not required.
    fn required_as(&self, field: &Field, item: Option<Item<'d>>) -> Option<Option<&'static str>> {
        if field.required {
            return Some(None);
        }
        let when = field.required_when;
        match field.condition? {
            Condition::LastGradeInadequate => self.facts.monitoring_needed.then_some(when),
            Condition::TargetOrPreviousGiven => item
                .is_some_and(|i| {
                    valid_measure_number(i.value, "target").is_some()
                        || valid_measure_number(i.value, "previous").is_some()
                })
                .then_some(when),
            Condition::WorseThanTargetOrPrevious => match item.and_then(|i| worse(i.value))? {
                Worse::ThanTarget => Some(Some(crate::form::COMMENTARY_WHEN.1)),
                Worse::ThanLastYear => Some(Some(crate::form::COMMENTARY_WHEN.2)),
            },
        }
    }

    fn required(&mut self, field: &Field, item: Option<Item<'d>>) {
        if field.kind == Kind::YesNo {
            self.report(
                Code::DeclarationRequired,
                messages::declaration_required(field),
            );
        } else if let Some(when) = self.required_as(field, item) {
            self.report(Code::Required, messages::required(field, when));
        }
    }

    /// One field: its own checks, its cross-field rules, its disclosure findings, then what
    /// it holds.
    fn field(
        &mut self,
        field: &'static Field,
        value: Option<&'d Value<'d>>,
        item: Option<Item<'d>>,
    ) {
        self.at_key(field.key, |c| c.field_value(field, present(value), item));
    }

    fn field_value(
        &mut self,
        field: &'static Field,
        value: Option<&'d Value<'d>>,
        item: Option<Item<'d>>,
    ) {
        let Some(value) = value else {
            if field.kind == Kind::Object && !field.required {
                // An optional object (`previous`): nothing to report when it is not there.
            } else if field.kind == Kind::Object {
                // A missing object is reported field by field.
                for child in field.fields.iter().flatten() {
                    self.field(child, None, None);
                }
            } else {
                self.required(field, item);
            }
            return;
        };
        match (field.kind, value) {
            (Kind::Object, Value::Object(members)) => {
                let children = field.fields.as_deref().unwrap_or_default();
                for child in children {
                    self.field(child, value.get(child.key), item);
                }
                self.unknown_fields(members, |key| children.iter().any(|f| f.key == key));
            }
            (Kind::IdList | Kind::ObjectList, Value::Array(items)) => self.list(field, items),
            (kind, Value::String(text)) if kind.is_string() => {
                if is_blank(text) {
                    self.required(field, item);
                } else {
                    self.answered();
                    self.string(field, text, item);
                }
            }
            (Kind::Count | Kind::Number, Value::Number(n)) => {
                self.answered();
                self.number(field, *n, item);
            }
            (Kind::YesNo, Value::Bool(true)) => self.answered(),
            (Kind::YesNo, Value::Bool(false)) => self.required(field, item),
            _ => self.report(Code::Type, messages::type_error(field)),
        }
    }

    // `string`, `text_limit` and `list` are functions of their own, not inlined into `field`:
    // V8 then optimises smaller functions, or none, after one document (docs/performance.md,
    // "What V8 compiles").
    #[inline(never)]
    fn string(&mut self, field: &'static Field, text: &str, item: Option<Item<'d>>) {
        let options = field.options.unwrap_or_default();
        match field.kind {
            Kind::Date if parse_date(text).is_none() => {
                self.report(Code::InvalidDate, messages::invalid_date(field));
            }
            Kind::Id if !is_valid_id(text) => {
                self.report(Code::InvalidId, messages::invalid_id(field));
            }
            Kind::Id if item.is_some_and(|i| i.later_use) => {
                self.report(Code::DuplicateId, messages::duplicate_id(field));
            }
            Kind::Digest if !is_digest(text) => {
                self.report(Code::InvalidDigest, messages::invalid_digest(field));
            }
            Kind::Pointer if !is_pointer(text) => {
                self.report(Code::InvalidPointer, messages::INVALID_POINTER.to_string());
            }
            Kind::Option if !options.iter().any(|c| c.value == text) => {
                self.report(Code::InvalidOption, messages::invalid_option(field));
            }
            _ => {}
        }
        self.text_limit(field, text);
        if let Some(rule) = field.rule {
            self.cross_rule(rule, field, item);
        }
        if field.scanned {
            self.disclosure(text);
        }
    }

    #[inline(never)]
    fn text_limit(&mut self, field: &'static Field, text: &str) {
        let Some(limit) = field.limit else { return };
        match limit.unit {
            LimitUnit::Words => {
                let words = count_words(text);
                if words > limit.max {
                    self.report(Code::WordLimit, messages::word_limit(field, words));
                }
            }
            LimitUnit::Characters => {
                let characters = count_characters(text);
                if characters > limit.max {
                    self.report(Code::TooLong, messages::too_long(field, characters));
                }
            }
        }
    }

    fn disclosure(&mut self, text: &str) {
        for finding in disclosure::scan(text) {
            self.emit(
                finding.kind.code(),
                finding.kind.message().to_string(),
                Some(Span {
                    start: finding.start,
                    end: finding.end,
                }),
            );
        }
    }

    fn number(&mut self, field: &'static Field, n: f64, item: Option<Item<'d>>) {
        if field.kind == Kind::Count && !(n >= 0.0 && is_whole(n)) {
            self.report(
                Code::OutOfRange,
                messages::out_of_range(field, Some("count")),
            );
        }
        if let Some(rule) = field.rule {
            self.cross_rule(rule, field, item);
        }
    }

    #[inline(never)]
    fn list(&mut self, field: &'static Field, items: &'d [Value<'d>]) {
        if items.is_empty() {
            if field.required {
                self.report(Code::Required, messages::required(field, None));
            }
            return;
        }
        self.answered();
        if items.len() > MAX_ITEMS {
            self.report(Code::TooMany, messages::too_many(field, items.len()));
            return;
        }
        if let Some(CrossRule::AreaEvidence(area)) = field.rule {
            self.qualitative_evidence(area, items);
        }
        match field.kind {
            Kind::ObjectList => {
                // A development area's id is first used, or not, in the namespace of what can
                // be addressed; any other item's in its own list.
                let later = match field.rule {
                    Some(CrossRule::DevelopmentAreas(area)) => {
                        self.facts.thread.later_uses(area).to_vec()
                    }
                    _ => later_uses(items, "id"),
                };
                for (index, value) in items.iter().enumerate() {
                    let later_use = later.get(index).copied().unwrap_or(false);
                    self.at_index(index, |c| c.list_item(field, index, value, later_use));
                }
            }
            _ => self.references(field, items),
        }
    }

    /// One item of a list of objects, at its index: `null` is `required`, an object is checked
    /// field by field, anything else is `type`.
    fn list_item(
        &mut self,
        field: &'static Field,
        index: usize,
        value: &'d Value<'d>,
        later_use: bool,
    ) {
        match value {
            Value::Null => self.report(Code::Required, messages::item_required(field)),
            Value::Object(members) => {
                let item = Item {
                    index,
                    value,
                    later_use,
                };
                let children = field.fields.as_deref().unwrap_or_default();
                for child in children {
                    self.field(child, value.get(child.key), Some(item));
                }
                self.unknown_fields(members, |key| children.iter().any(|f| f.key == key));
            }
            _ => self.report(Code::Type, messages::item_type(field)),
        }
    }

    /// A list of ids: an area's `evidence` (ids of evidence items) or an action's `addresses`
    /// (ids of development areas and recommendations).
    fn references(&mut self, field: &'static Field, items: &'d [Value<'d>]) {
        let later = keyset::later_uses(items.iter().map(|item| valid_id(Some(item))));
        for (index, value) in items.iter().enumerate() {
            self.at_index(index, |c| match value {
                Value::String(text) if !is_blank(text) => {
                    if !is_valid_id(text) {
                        c.report(Code::InvalidId, messages::item_invalid_id(field));
                    } else if later.get(index) == Some(&true) {
                        c.report(Code::DuplicateId, messages::duplicate_reference(field));
                    } else if c.names_nothing(field, text) {
                        c.report(Code::UnknownReference, messages::unknown_reference(field));
                    }
                }
                Value::String(_) | Value::Null => {
                    c.report(Code::Required, messages::item_required(field))
                }
                _ => c.report(Code::Type, messages::item_type(field)),
            });
        }
    }

    /// Whether a valid, first-used reference names nothing it can name, when that can be known.
    fn names_nothing(&self, field: &Field, id: &str) -> bool {
        match field.rule {
            Some(CrossRule::ActionAddresses) => self.address_names_nothing(id),
            _ => self
                .facts
                .register
                .as_ref()
                .is_some_and(|r| !r.first_use.contains(id)),
        }
    }

    fn qualitative_evidence(&mut self, area: Area, items: &'d [Value<'d>]) {
        let Some(register) = &self.facts.register else {
            return;
        };
        // An id cited twice counts as once: the second time finds what the first found.
        let mut cites_any = false;
        for reference in items {
            let Some(id) = valid_id(Some(reference)) else {
                continue;
            };
            let Some(index) = register.first_use.get(id) else {
                continue;
            };
            cites_any = true;
            match register.qualitative.get(index).copied().flatten() {
                Some(true) => return,
                Some(false) => {}
                // A kind that is missing or invalid: whether the area is covered cannot be known.
                None => return,
            }
        }
        if cites_any {
            self.report(
                Code::QualitativeEvidence,
                messages::qualitative_evidence(area),
            );
        }
    }
}
