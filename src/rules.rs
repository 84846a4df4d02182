//! Every rule of rules.md, run over a document in form order.
//!
//! The walk follows the form definition (form.rs): each field gets its own checks, then the
//! cross-field rules reported at it, then its disclosure findings, so diagnostics come out in
//! the order rules.md asks for without sorting. Cross-field rules read [`Facts`], gathered from
//! the whole document before the walk (an area cites evidence that comes later in the form).

use crate::code::Code;
use crate::count::{count_characters, count_words, is_blank};
use crate::disclosure;
use crate::form::{
    form_definition, Condition, CrossRule, Field, Kind, LimitUnit, ACTION_AREAS, BETTER,
    EVIDENCE_KINDS, GRADES, QUANTITATIVE_KIND, STATUSES, UNITS,
};
use crate::limits::{MAX_ID_LENGTH, MAX_ITEMS};
use crate::pointer::{push_index, push_key};
use crate::report::{Diagnostic, Report, SectionReport, Severity, Span, Status};
use crate::section::{Area, SectionId, AREAS_KEY, SECTIONS};
use crate::value::Value;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::RangeInclusive;

mod messages;
mod time;

use time::{parse_date, Day};

/// `period-length`: the days a period may cover, both counted, without a warning.
pub const PERIOD_DAYS: RangeInclusive<Day> = 335..=396;
/// `inspection-overdue`: the most days from the last inspection to sharing.
pub const INSPECTION_OVERDUE_DAYS: Day = 1096;
/// `evidence-date`: the most days evidence may be dated before the period starts.
pub const EVIDENCE_BEFORE_PERIOD_DAYS: Day = 183;
/// `action-horizon`: the most days after sharing an action may be due.
pub const ACTION_HORIZON_DAYS: Day = 366;

/// The member that says which format a document is in.
const FORM_VERSION: &str = "formVersion";

/// Validates a document: the report of rules.md. Never panics, whatever the value.
pub fn validate(document: &Value) -> Report {
    let members = match document {
        Value::Object(members) => members,
        _ => return not_an_object(),
    };
    if let Some(Value::Number(version)) = document.get(FORM_VERSION) {
        if *version != 1.0 {
            return unsupported_version();
        }
    }
    let mut checker = Checker::new(document, Facts::gather(document));
    checker.document(document, members);
    checker.finish()
}

/// A key the top level of format 1 has: `formVersion`, `areas` (which holds three sections)
/// and the members the other sections hold, as the form definition lists them.
fn is_top_level_key(key: &str) -> bool {
    key == FORM_VERSION
        || key == AREAS_KEY
        || form_definition()
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
        })
        .collect();
    Report {
        form_version: 1,
        ready_to_share: false,
        errors: 1,
        warnings: 0,
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

fn unsupported_version() -> Report {
    let mut path = String::new();
    push_key(&mut path, FORM_VERSION);
    report_with(
        Status::InProgress,
        Diagnostic::new(
            Code::UnsupportedVersion,
            path,
            SectionId::About,
            messages::UNSUPPORTED_VERSION.to_string(),
        ),
    )
}

// ------------------------------------------------------------------ values and their kinds

fn object_get<'d>(value: Option<&'d Value<'d>>, key: &str) -> Option<&'d Value<'d>> {
    value.and_then(|v| v.get(key))
}

/// A key JavaScript treats as an array index ("0" to "4294967294", no leading zero), which it
/// orders before every other key of an object.
fn array_index(key: &str) -> Option<u32> {
    if key.len() > 1 && key.starts_with('0') || !key.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    key.parse::<u32>().ok().filter(|i| *i != u32::MAX)
}

/// A present answer: `null` counts as missing.
fn present<'d>(value: Option<&'d Value<'d>>) -> Option<&'d Value<'d>> {
    value.filter(|v| !matches!(v, Value::Null))
}

fn valid_date(value: Option<&Value>) -> Option<Day> {
    value.and_then(Value::as_str).and_then(parse_date)
}

fn is_valid_id(id: &str) -> bool {
    (1..=MAX_ID_LENGTH).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn valid_id<'d>(value: Option<&'d Value<'d>>) -> Option<&'d str> {
    value.and_then(Value::as_str).filter(|s| is_valid_id(s))
}

fn valid_option<'d>(
    value: Option<&'d Value<'d>>,
    options: &[crate::form::Choice],
) -> Option<&'d str> {
    value
        .and_then(Value::as_str)
        .filter(|s| options.iter().any(|c| c.value == *s))
}

/// A grade's rank: inadequate (0) < requiresImprovement < good < outstanding, the reverse of
/// the order of the options.
fn grade_rank(value: Option<&Value>) -> Option<usize> {
    let grade = value.and_then(Value::as_str)?;
    let place = GRADES.iter().position(|c| c.value == grade)?;
    Some(GRADES.len() - 1 - place)
}

/// The rank of `inadequate`, the lowest grade, and of `requiresImprovement`, the next.
const INADEQUATE: usize = 0;
const REQUIRES_IMPROVEMENT: usize = 1;

/// A grade of rank `rank` as messages name it ("requires improvement").
fn grade_label(rank: usize) -> String {
    GRADES
        .get(GRADES.len() - 1 - rank)
        .map_or_else(String::new, |c| c.label.to_ascii_lowercase())
}

fn is_whole(n: f64) -> bool {
    n.fract() == 0.0
}

fn valid_count(value: Option<&Value>) -> Option<f64> {
    value
        .and_then(Value::as_f64)
        .filter(|n| *n >= 0.0 && is_whole(*n))
}

/// A measure's number (value or target) within the range its unit allows; without a valid
/// unit any number is valid (the range check needs the unit).
fn measure_number_in_range(n: f64, unit: Option<&str>) -> bool {
    match unit {
        Some("percent") => (0.0..=100.0).contains(&n),
        Some("count") => n >= 0.0 && is_whole(n),
        Some(_) => n >= 0.0,
        None => true,
    }
}

fn valid_measure_number(item: &Value, key: &str) -> Option<f64> {
    let unit = valid_option(item.get("unit"), UNITS);
    item.get(key)
        .and_then(Value::as_f64)
        .filter(|n| measure_number_in_range(*n, unit))
}

/// For each item of a list of objects: whether its valid id was already used by an earlier
/// item (`duplicate-id` is reported at every use after the first).
fn later_uses<'d>(items: &'d [Value<'d>], key: &str) -> Vec<bool> {
    let mut seen = HashSet::new();
    items
        .iter()
        .map(|item| match valid_id(item.get(key)) {
            Some(id) => !seen.insert(id),
            None => false,
        })
        .collect()
}

// ------------------------------------------------------------------ facts for cross-field rules

/// The evidence register as references see it: only valid, first-used ids take part.
struct Register<'d> {
    first_use: HashMap<&'d str, usize>,
    /// Per item: `Some(true)` when its kind is qualitative, `None` when its kind is invalid.
    qualitative: Vec<Option<bool>>,
}

struct Facts<'d> {
    period_start: Option<Day>,
    period_end: Option<Day>,
    approved_on: Option<Day>,
    share_by: Option<Day>,
    engagement_meeting: Option<Day>,
    last_inspection: Option<Day>,
    ofsted_grades: [Option<usize>; 3],
    monitoring_needed: bool,
    /// `None` when `evidence` is of the wrong type or too long: the reference rules stop.
    register: Option<Register<'d>>,
    /// Every valid id some area cites; `None` when what is cited cannot be known.
    cited: Option<HashSet<&'d str>>,
    /// Which areas have an action; `None` when `actions` cannot be read.
    areas_with_actions: Option<[bool; 3]>,
}

/// A list as cross-record rules read it: missing or empty is a list with no items; a wrong
/// type or over 500 items stops them.
fn readable_list<'d>(value: Option<&'d Value<'d>>) -> Option<&'d [Value<'d>]> {
    match present(value) {
        None => Some(&[]),
        Some(Value::Array(items)) if items.len() <= MAX_ITEMS => Some(items),
        Some(_) => None,
    }
}

impl<'d> Facts<'d> {
    fn gather(document: &'d Value<'d>) -> Facts<'d> {
        let about = document.get("about");
        let date = |key| valid_date(object_get(about, key));
        let inspection = document.get("inspection");
        let grades = object_get(inspection, "grades");
        let ofsted_grades = Area::ALL.map(|a| grade_rank(object_get(grades, a.key())));
        Facts {
            period_start: date("periodStart"),
            period_end: date("periodEnd"),
            approved_on: date("approvedOn"),
            share_by: date("shareBy"),
            engagement_meeting: date("engagementMeeting"),
            last_inspection: valid_date(object_get(inspection, "lastInspection")),
            monitoring_needed: ofsted_grades.contains(&Some(INADEQUATE)),
            ofsted_grades,
            register: readable_list(document.get("evidence")).map(Register::gather),
            cited: Self::cited(document.get("areas")),
            areas_with_actions: readable_list(document.get("actions")).map(|actions| {
                let mut has = [false; 3];
                for action in actions {
                    if let Some(area) =
                        valid_option(action.get("area"), ACTION_AREAS).and_then(Area::from_key)
                    {
                        has[area.index()] = true;
                    }
                }
                has
            }),
        }
    }

    fn cited(areas: Option<&'d Value<'d>>) -> Option<HashSet<&'d str>> {
        let mut cited = HashSet::new();
        let areas = match present(areas) {
            None => return Some(cited),
            Some(areas @ Value::Object(_)) => areas,
            Some(_) => return None,
        };
        for area in Area::ALL {
            let evidence = match present(areas.get(area.key())) {
                None => continue,
                Some(area @ Value::Object(_)) => area.get("evidence"),
                Some(_) => return None,
            };
            for reference in readable_list(evidence)? {
                if let Some(id) = valid_id(Some(reference)) {
                    cited.insert(id);
                }
            }
        }
        Some(cited)
    }
}

impl<'d> Register<'d> {
    fn gather(items: &'d [Value<'d>]) -> Register<'d> {
        let mut first_use = HashMap::new();
        let mut qualitative = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            if let Some(id) = valid_id(item.get("id")) {
                first_use.entry(id).or_insert(index);
            }
            qualitative.push(
                valid_option(item.get("kind"), EVIDENCE_KINDS).map(|k| k != QUANTITATIVE_KIND),
            );
        }
        Register {
            first_use,
            qualitative,
        }
    }
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
    /// Its id was already used by an earlier item of the list.
    later_use: bool,
}

struct Checker<'d> {
    document: &'d Value<'d>,
    facts: Facts<'d>,
    sections: [SectionState; SECTIONS],
    /// The JSON Pointer of the value being checked.
    path: String,
    section: SectionId,
}

impl<'d> Checker<'d> {
    fn new(document: &'d Value<'d>, facts: Facts<'d>) -> Self {
        Checker {
            document,
            facts,
            sections: Default::default(),
            path: String::new(),
            section: SectionId::About,
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
        self.sections[self.section.index()].answered = true;
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
        self.at_key(FORM_VERSION, |c| {
            match present(document.get(FORM_VERSION)) {
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
    fn unknown_fields(
        &mut self,
        members: &'d [(Cow<'d, str>, Value<'d>)],
        known: impl Fn(&str) -> bool,
    ) {
        let unknown = members
            .iter()
            .map(|(key, _)| key.as_ref())
            .filter(|key| !known(key));
        let mut indices: Vec<(u32, &str)> = unknown
            .clone()
            .filter_map(|key| array_index(key).map(|i| (i, key)))
            .collect();
        indices.sort_unstable();
        let others = unknown.filter(|key| array_index(key).is_none());
        for key in indices.into_iter().map(|(_, key)| key).chain(others) {
            self.at_key(key, |c| {
                c.report(Code::UnknownField, messages::UNKNOWN_FIELD.to_string())
            });
        }
    }

    fn is_required(&self, field: &Field, item: Option<Item<'d>>) -> bool {
        if field.required {
            return true;
        }
        match field.condition {
            None => false,
            Some(Condition::LastGradeInadequate) => self.facts.monitoring_needed,
            Some(Condition::TargetGiven) => {
                item.is_some_and(|i| valid_measure_number(i.value, "target").is_some())
            }
            Some(Condition::TargetMissed) => item.is_some_and(|i| target_missed(i.value)),
        }
    }

    fn required(&mut self, field: &Field, item: Option<Item<'d>>) {
        if field.kind == Kind::YesNo {
            self.report(
                Code::DeclarationRequired,
                messages::declaration_required(field),
            );
        } else if self.is_required(field, item) {
            self.report(Code::Required, messages::required(field));
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
            if field.kind == Kind::Object {
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
            (Kind::TextList | Kind::IdList | Kind::ObjectList, Value::Array(items)) => {
                self.list(field, items)
            }
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
            Kind::Option if !options.iter().any(|c| c.value == text) => {
                self.report(Code::InvalidOption, messages::invalid_option(field));
            }
            _ => {}
        }
        self.text_limit(field, text, false);
        if let Some(rule) = field.rule {
            self.cross_rule(rule, field, item);
        }
        if field.scanned {
            self.disclosure(text);
        }
    }

    fn text_limit(&mut self, field: &'static Field, text: &str, list_item: bool) {
        let Some(limit) = field.limit else { return };
        match limit.unit {
            LimitUnit::Words => {
                let words = count_words(text);
                if words > limit.max {
                    self.report(
                        Code::WordLimit,
                        messages::word_limit(field, words, list_item),
                    );
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

    fn list(&mut self, field: &'static Field, items: &'d [Value<'d>]) {
        if items.is_empty() {
            if field.required {
                self.report(Code::Required, messages::required(field));
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
                let later = later_uses(items, "id");
                let children = field.fields.as_deref().unwrap_or_default();
                for (index, value) in items.iter().enumerate() {
                    self.at_index(index, |c| match value {
                        Value::Null => c.report(Code::Required, messages::item_required(field)),
                        Value::Object(members) => {
                            let item = Item {
                                index,
                                value,
                                later_use: later.get(index).copied().unwrap_or(false),
                            };
                            for child in children {
                                c.field(child, value.get(child.key), Some(item));
                            }
                            c.unknown_fields(members, |key| children.iter().any(|f| f.key == key));
                        }
                        _ => c.report(Code::Type, messages::item_type(field)),
                    });
                }
            }
            Kind::TextList => {
                for (index, value) in items.iter().enumerate() {
                    self.at_index(index, |c| match value {
                        Value::String(text) if !is_blank(text) => {
                            c.text_limit(field, text, true);
                            c.disclosure(text);
                        }
                        Value::String(_) | Value::Null => {
                            c.report(Code::Required, messages::item_required(field))
                        }
                        _ => c.report(Code::Type, messages::item_type(field)),
                    });
                }
            }
            _ => self.references(field, items),
        }
    }

    /// An area's `evidence`: ids of evidence items.
    fn references(&mut self, field: &'static Field, items: &'d [Value<'d>]) {
        let mut seen = HashSet::new();
        for (index, value) in items.iter().enumerate() {
            self.at_index(index, |c| match value {
                Value::String(text) if !is_blank(text) => {
                    if !is_valid_id(text) {
                        c.report(Code::InvalidId, messages::item_invalid_id(field));
                    } else if !seen.insert(text.as_ref()) {
                        c.report(Code::DuplicateId, messages::duplicate_reference());
                    } else if c
                        .facts
                        .register
                        .as_ref()
                        .is_some_and(|r| !r.first_use.contains_key(text.as_ref()))
                    {
                        c.report(
                            Code::UnknownReference,
                            messages::UNKNOWN_REFERENCE.to_string(),
                        );
                    }
                }
                Value::String(_) | Value::Null => {
                    c.report(Code::Required, messages::item_required(field))
                }
                _ => c.report(Code::Type, messages::item_type(field)),
            });
        }
    }

    fn qualitative_evidence(&mut self, area: Area, items: &'d [Value<'d>]) {
        let Some(register) = &self.facts.register else {
            return;
        };
        let mut seen = HashSet::new();
        let mut cites_any = false;
        for reference in items {
            let Some(id) = valid_id(Some(reference)) else {
                continue;
            };
            if !seen.insert(id) {
                continue;
            }
            let Some(&index) = register.first_use.get(id) else {
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

    fn cross_rule(&mut self, rule: CrossRule, field: &'static Field, item: Option<Item<'d>>) {
        let f = &self.facts;
        match rule {
            CrossRule::PeriodEnd => {
                if let (Some(start), Some(end)) = (f.period_start, f.period_end) {
                    if end <= start {
                        self.report(Code::DateOrder, messages::PERIOD_ORDER.to_string());
                    } else {
                        let days = end - start + 1;
                        if !PERIOD_DAYS.contains(&days) {
                            self.report(Code::PeriodLength, messages::period_length(days));
                        }
                    }
                }
            }
            CrossRule::ShareBy => {
                if let (Some(approved), Some(share)) = (f.approved_on, f.share_by) {
                    if share < approved {
                        self.report(Code::DateOrder, messages::SHARE_ORDER.to_string());
                    }
                }
            }
            CrossRule::EngagementMeeting => {
                if let (Some(meeting), Some(share)) = (f.engagement_meeting, f.share_by) {
                    if meeting < share {
                        self.report(
                            Code::MeetingBeforeSharing,
                            messages::MEETING_BEFORE_SHARING.to_string(),
                        );
                    }
                }
            }
            CrossRule::LastInspection => {
                let (last, approved, share) = (f.last_inspection, f.approved_on, f.share_by);
                if let (Some(last), Some(approved)) = (last, approved) {
                    if last > approved {
                        self.report(Code::DateOrder, messages::INSPECTION_ORDER.to_string());
                    }
                }
                if let (Some(last), Some(share)) = (last, share) {
                    if share - last > INSPECTION_OVERDUE_DAYS {
                        self.report(Code::InspectionOverdue, messages::inspection_overdue());
                    }
                }
            }
            CrossRule::AreaGrade(area) => self.area_grade(area),
            CrossRule::EvidenceId => {
                let Some(item) = item else { return };
                let Some(id) = valid_id(item.value.get("id")) else {
                    return;
                };
                let first =
                    f.register.as_ref().and_then(|r| r.first_use.get(id)) == Some(&item.index);
                if first && f.cited.as_ref().is_some_and(|cited| !cited.contains(id)) {
                    self.report(Code::UnusedEvidence, messages::UNUSED_EVIDENCE.to_string());
                }
            }
            CrossRule::EvidenceDate => {
                let Some(date) = item.and_then(|i| valid_date(i.value.get("date"))) else {
                    return;
                };
                let too_old = f
                    .period_start
                    .is_some_and(|start| start - date > EVIDENCE_BEFORE_PERIOD_DAYS);
                let too_late = f.share_by.is_some_and(|share| date > share);
                if too_old || too_late {
                    self.report(Code::EvidenceDate, messages::evidence_date(too_old));
                }
            }
            CrossRule::ActionDue => {
                let Some(item) = item else { return };
                let Some(due) = valid_date(item.value.get("due")) else {
                    return;
                };
                let too_far = f
                    .share_by
                    .is_some_and(|share| due - share > ACTION_HORIZON_DAYS);
                let overdue = f.approved_on.is_some_and(|approved| due < approved)
                    && valid_option(item.value.get("status"), STATUSES)
                        .is_some_and(|s| s != "completed");
                if too_far || overdue {
                    self.report(Code::ActionHorizon, messages::action_horizon(too_far));
                }
            }
            CrossRule::MeasureNumber => {
                let Some(item) = item else { return };
                let unit = valid_option(item.value.get("unit"), UNITS);
                if let Some(n) = item.value.get(field.key).and_then(Value::as_f64) {
                    if !measure_number_in_range(n, unit) {
                        self.report(Code::OutOfRange, messages::out_of_range(field, unit));
                    }
                }
            }
            CrossRule::CasesAudited => {
                // Reached only inside an `audit` object.
                self.audit_total();
            }
            CrossRule::AreaEvidence(_) => {}
        }
    }

    fn area_grade(&mut self, area: Area) {
        let Some(own) = self.current_area_grade(area) else {
            return;
        };
        if own <= REQUIRES_IMPROVEMENT {
            if let Some(has) = self.facts.areas_with_actions {
                if !has[area.index()] {
                    self.report(
                        Code::ActionRequired,
                        messages::action_required(area, grade_label(own)),
                    );
                }
            }
        }
        if let Some(ofsted) = self.facts.ofsted_grades[area.index()] {
            if own >= ofsted + 2 {
                self.report(Code::GradeJump, messages::grade_jump(area, own - ofsted));
            }
        }
    }

    fn current_area_grade(&self, area: Area) -> Option<usize> {
        let areas = self.document.get(AREAS_KEY)?;
        grade_rank(areas.get(area.key())?.get("grade"))
    }

    fn audit_total(&mut self) {
        let Some(audit) = self.document.get("audit") else {
            return;
        };
        let counts: Option<Vec<f64>> = [
            "casesAudited",
            "outstanding",
            "good",
            "requiresImprovement",
            "inadequate",
        ]
        .iter()
        .map(|k| valid_count(audit.get(k)))
        .collect();
        if let Some(counts) = counts {
            if counts[1] + counts[2] + counts[3] + counts[4] != counts[0] {
                self.report(Code::AuditTotal, messages::AUDIT_TOTAL.to_string());
            }
        }
    }

    fn finish(self) -> Report {
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
        // Declarations cannot be started until every other section is completed.
        let declarations = SectionId::Declarations.index();
        if statuses[declarations] == Status::NotStarted
            && statuses
                .iter()
                .enumerate()
                .any(|(index, s)| index != declarations && *s != Status::Completed)
        {
            statuses[declarations] = Status::CannotStartYet;
        }
        let mut report_sections = Vec::with_capacity(SECTIONS);
        let mut diagnostics = Vec::new();
        for ((state, status), id) in sections.into_iter().zip(statuses).zip(SectionId::ALL) {
            let errors = state
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            report_sections.push(SectionReport {
                id,
                title: id.title(),
                status,
                errors,
                warnings: state.diagnostics.len() - errors,
            });
            diagnostics.extend(state.diagnostics);
        }
        let errors: usize = report_sections.iter().map(|s| s.errors).sum();
        let warnings: usize = report_sections.iter().map(|s| s.warnings).sum();
        Report {
            form_version: 1,
            ready_to_share: errors == 0,
            errors,
            warnings,
            sections: report_sections,
            diagnostics,
        }
    }
}

/// A measure's value is worse than its target (value, target and better all valid).
fn target_missed(item: &Value) -> bool {
    let value = valid_measure_number(item, "value");
    let target = valid_measure_number(item, "target");
    let better = valid_option(item.get("better"), BETTER);
    match (value, target, better) {
        (Some(v), Some(t), Some("higher")) => v < t,
        (Some(v), Some(t), Some("lower")) => v > t,
        _ => false,
    }
}
