//! `compare` (docs/spec/yearly.md, "Compare two years"): what changed between last year's
//! document and this year's, as data. Every string it gives is a valid id of either document,
//! a valid date, or one of the format's own option values and words (grades, areas, units,
//! `higher`/`lower`, `better`/`worse`/`same`/`unknown`): never document text. A value that is
//! missing or invalid is `null`; nothing is refused.
//!
//! The answer is written straight as its JSON text (src/json_write.rs), member by member in
//! yearly.md's order, rather than built as a document value and then written: building,
//! copying and dropping that value was about half of what `compare` added to the WebAssembly
//! module (docs/performance.md, "What stands in the way of 70 KB"). The value-building form
//! stays as the tests' reference ([`reference`]), held to the same text byte for byte.

use super::{object_items, status_is, COMPLETED, RESOLVED};
use crate::digest::{content_digest, is_digest};
use crate::form::{Choice, BETTER, GRADES, MEASURE_AREAS, UNITS};
use crate::json_write::{Object, WriteJson};
use crate::keyset::KeySet;
use crate::rules::time::parse_date;
use crate::rules::values::is_valid_id;
use crate::section::{Area, AREAS_KEY};
use crate::value::Value;

#[cfg(test)]
mod reference;

/// What changed from `previous` to `current` (yearly.md gives every member), as JSON text:
/// what `JSON.stringify` writes for it, members in yearly.md's order.
pub fn compare(previous: &Value<'_>, current: &Value<'_>) -> String {
    let chain = current
        .get("previous")
        .and_then(|p| p.get("digest"))
        .and_then(Value::as_str)
        .is_some_and(|d| is_digest(d) && d == content_digest(previous));
    let mut out = String::new();
    Object::new(&mut out)
        .member("chain", &chain)
        .member("periods", &Pair(Period(previous), Period(current)))
        .member("areas", &Part(areas, previous, current))
        .member("measures", &Part(measures, previous, current))
        .member("audit", &Part(audit, previous, current))
        .member(
            "developmentAreas",
            &Part(development_areas, previous, current),
        )
        .member("actions", &Part(actions, previous, current))
        .member("recommendations", &Part(recommendations, previous, current))
        .end();
    out
}

/// One member of the comparison, written by its function from the two documents (a function
/// pointer, so that one copy of [`Object::member`] serves them all).
struct Part<'v, 'a>(
    fn(&mut String, &Value<'a>, &Value<'a>),
    &'v Value<'a>,
    &'v Value<'a>,
);

impl WriteJson for Part<'_, '_> {
    fn write_json(&self, out: &mut String) {
        (self.0)(out, self.1, self.2);
    }
}

/// `{"previous": ..., "current": ...}`.
struct Pair<T>(T, T);

impl<T: WriteJson> WriteJson for Pair<T> {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("previous", &self.0)
            .member("current", &self.1)
            .end();
    }
}

/// A valid date, or `None`.
fn date<'v>(value: Option<&'v Value<'_>>) -> Option<&'v str> {
    value
        .and_then(Value::as_str)
        .filter(|s| parse_date(s).is_some())
}

/// One of `options`' values, or `None`.
fn option(value: Option<&Value<'_>>, options: &[Choice]) -> Option<&'static str> {
    let s = value.and_then(Value::as_str)?;
    options.iter().find(|c| c.value == s).map(|c| c.value)
}

/// A valid id, or `None`.
fn id<'v>(item: &'v Value<'_>) -> Option<&'v str> {
    item.get("id")
        .and_then(Value::as_str)
        .filter(|s| is_valid_id(s))
}

/// A document's period: its start and end when they are valid dates.
struct Period<'v, 'a>(&'v Value<'a>);

impl WriteJson for Period<'_, '_> {
    fn write_json(&self, out: &mut String) {
        let about = self.0.get("about");
        Object::new(out)
            .member("start", &date(about.and_then(|a| a.get("periodStart"))))
            .member("end", &date(about.and_then(|a| a.get("periodEnd"))))
            .end();
    }
}

/// `better`, `worse`, `same` or `unknown`: how `after` compares with `before` when higher is
/// better (`higher`) or lower is; `same` when they are equal, whatever the direction.
fn change(before: Option<f64>, after: Option<f64>, higher: Option<bool>) -> &'static str {
    match (before, after, higher) {
        (Some(b), Some(a), _) if a == b => "same",
        (Some(b), Some(a), Some(higher)) if (a > b) == higher => "better",
        (Some(_), Some(_), Some(_)) => "worse",
        _ => "unknown",
    }
}

/// An area's own grade in a document, when it is one of the grades.
fn own_grade(document: &Value<'_>, area: Area) -> Option<&'static str> {
    let areas = document.get(AREAS_KEY);
    option(
        areas
            .and_then(|a| a.get(area.key()))
            .and_then(|a| a.get("grade")),
        GRADES,
    )
}

/// Ofsted's grade for an area at the last inspection, when it is one of the grades.
fn ofsted_grade(document: &Value<'_>, area: Area) -> Option<&'static str> {
    let grades = document.get("inspection").and_then(|i| i.get("grades"));
    option(grades.and_then(|g| g.get(area.key())), GRADES)
}

/// A grade's rank: inadequate 0 ... outstanding 3.
fn rank(grade: Option<&str>) -> Option<f64> {
    let at = GRADES.iter().position(|c| Some(c.value) == grade)?;
    Some((GRADES.len() - 1 - at) as f64)
}

/// Each area's own grade and Ofsted's, in both years, and how the own grade changed.
fn areas(out: &mut String, previous: &Value<'_>, current: &Value<'_>) {
    out.push('[');
    for area in Area::ALL {
        if area != Area::ALL[0] {
            out.push(',');
        }
        let (before, after) = (own_grade(previous, area), own_grade(current, area));
        Object::new(out)
            .member("area", area.key())
            .member("grade", &Pair(before, after))
            .member(
                "ofsted",
                &Pair(ofsted_grade(previous, area), ofsted_grade(current, area)),
            )
            .member("change", change(rank(before), rank(after), Some(true)))
            .end();
    }
    out.push(']');
}

/// An item of a list by id: its valid id, the item, the area whose list it is in (development
/// areas; the first area for the other lists), and the lists of the comparison it goes in
/// ([`NEW`] ...). One type for every list, so that the module holds one copy of the code that
/// gathers, matches and writes them; the lists are written from the marks, with no list of
/// their own.
struct Item<'v, 'a> {
    id: &'v str,
    value: &'v Value<'a>,
    area: Area,
    marks: u8,
}

type Items<'v, 'a> = Vec<Item<'v, 'a>>;

// The lists an item goes in.
const NEW: u8 = 1;
const CARRIED: u8 = 2;
const COMPLETED_NOW: u8 = 4;
const OVERDUE: u8 = 8;
const OPEN: u8 = 16;
const DROPPED: u8 = 32;
const RESOLVED_NOW: u8 = 64;

/// Adds the objects of `list` that have a valid id, in order.
fn gather<'v, 'a>(items: &mut Items<'v, 'a>, list: Option<&'v Value<'a>>, area: Area) {
    for value in object_items(list) {
        if let Some(id) = id(value) {
            items.push(Item {
                id,
                value,
                area,
                marks: 0,
            });
        }
    }
}

/// The items marked `.1`, in order: their ids, or with `.2` `{"id": ..., "area": ...}` objects.
struct Marked<'l, 'v, 'a>(&'l [Item<'v, 'a>], u8, bool);

impl WriteJson for Marked<'_, '_, '_> {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        let mut first = true;
        for item in self.0 {
            if item.marks & self.1 == 0 {
                continue;
            }
            if !first {
                out.push(',');
            }
            first = false;
            if self.2 {
                Object::new(out)
                    .member("id", item.id)
                    .member("area", item.area.key())
                    .end();
            } else {
                item.id.write_json(out);
            }
        }
        out.push(']');
    }
}

/// The valid, first-used ids of a list of objects, each with its item, in order.
fn by_id<'v, 'a>(list: Option<&'v Value<'a>>) -> Items<'v, 'a> {
    let mut items = Vec::new();
    gather(&mut items, list, Area::ALL[0]);
    first_uses(items)
}

/// The items whose id no item before them has.
fn first_uses<'v, 'a>(mut items: Items<'v, 'a>) -> Items<'v, 'a> {
    // Each id's first place among the items.
    let first = positions(&items);
    let mut at = 0;
    items.retain(|item| {
        at += 1;
        first.get(item.id) == Some(at - 1)
    });
    items
}

/// A measure's value, target or previous value when it is a number within its unit's range
/// (document.md; any number when the unit is missing or invalid).
fn measure_number(measure: &Value<'_>, key: &str) -> Option<f64> {
    let n = measure.get(key).and_then(Value::as_f64)?;
    let fits = match option(measure.get("unit"), UNITS) {
        Some("percent") => (0.0..=100.0).contains(&n),
        Some("count") => n >= 0.0 && n.fract() == 0.0,
        Some(_) => n >= 0.0,
        None => true,
    };
    fits.then_some(n)
}

/// Where each id is in a list of items by id.
fn positions<'v>(list: &Items<'v, '_>) -> KeySet<'v> {
    let mut entries = Vec::with_capacity(list.len());
    for (at, item) in list.iter().enumerate() {
        entries.push((item.id, at));
    }
    KeySet::numbered(entries)
}

/// This year's measures that last year's list has, each with last year's value, written as
/// they are matched (with no list of their own).
struct Matched<'l, 'v, 'a> {
    before: &'l [Item<'v, 'a>],
    after: &'l [Item<'v, 'a>],
    before_at: &'l KeySet<'v>,
}

impl WriteJson for Matched<'_, '_, '_> {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        let mut first = true;
        for item in self.after {
            let Some(at) = self.before_at.get(item.id) else {
                continue;
            };
            if !first {
                out.push(',');
            }
            first = false;
            let (old, measure) = (self.before[at].value, item.value);
            let better =
                option(measure.get("better"), BETTER).or(option(old.get("better"), BETTER));
            let (was, is) = (
                measure_number(old, "value"),
                measure_number(measure, "value"),
            );
            Object::new(out)
                .member("id", item.id)
                .member("area", &option(measure.get("area"), MEASURE_AREAS))
                .member("unit", &option(measure.get("unit"), UNITS))
                .member("better", &better)
                .member("previous", &was)
                .member("current", &is)
                .member("target", &measure_number(measure, "target"))
                .member("change", change(was, is, better.map(|b| b == "higher")))
                .end();
        }
        out.push(']');
    }
}

fn measures(out: &mut String, previous: &Value<'_>, current: &Value<'_>) {
    let mut before = by_id(previous.get("kpis"));
    let mut after = by_id(current.get("kpis"));
    let before_at = positions(&before);
    let after_at = positions(&after);
    for item in &mut after {
        if !before_at.contains(item.id) {
            item.marks = NEW;
        }
    }
    for item in &mut before {
        if !after_at.contains(item.id) {
            item.marks = DROPPED;
        }
    }
    let matched = Matched {
        before: &before,
        after: &after,
        before_at: &before_at,
    };
    Object::new(out)
        .member("matched", &matched)
        .member("added", &Marked(&after, NEW, false))
        .member("dropped", &Marked(&before, DROPPED, false))
        .end();
}

/// A count: a whole number, 0 or more.
fn count(value: Option<&Value<'_>>) -> Option<f64> {
    value
        .and_then(Value::as_f64)
        .filter(|n| *n >= 0.0 && n.fract() == 0.0)
}

/// One year's audit: cases audited, how many were graded good or better, and their share.
struct AuditYear {
    cases: Option<f64>,
    good_or_better: Option<f64>,
    share: Option<f64>,
}

impl AuditYear {
    fn of(document: &Value<'_>) -> AuditYear {
        let audit = document.get("audit");
        let field = |key: &str| count(audit.and_then(|a| a.get(key)));
        let cases = field("casesAudited");
        let sum = |a: Option<f64>, b: Option<f64>| a.zip(b).map(|(a, b)| a + b);
        // The grades from the best: the first two are good or better.
        let grade = |at: usize| field(GRADES[at].value);
        let good_or_better = sum(grade(0), grade(1));
        let all = sum(sum(good_or_better, grade(2)), grade(3));
        let share = match (cases, good_or_better, all) {
            (Some(cases), Some(good), Some(all)) if cases > 0.0 && all == cases => {
                Some(good / cases)
            }
            _ => None,
        };
        AuditYear {
            cases,
            good_or_better,
            share,
        }
    }
}

impl WriteJson for AuditYear {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("casesAudited", &self.cases)
            .member("goodOrBetter", &self.good_or_better)
            .member("share", &self.share)
            .end();
    }
}

fn audit(out: &mut String, previous: &Value<'_>, current: &Value<'_>) {
    let (before, after) = (AuditYear::of(previous), AuditYear::of(current));
    let change = change(before.share, after.share, Some(true));
    Object::new(out)
        .member("previous", &before)
        .member("current", &after)
        .member("change", change)
        .end();
}

/// Every development area with a valid id first used in the namespace of development areas
/// (recommendations are matched apart), with its area.
fn development_area_list<'v, 'a>(document: &'v Value<'a>) -> Items<'v, 'a> {
    let mut all = Vec::new();
    for area in Area::ALL {
        let list = document
            .get(AREAS_KEY)
            .and_then(|a| a.get(area.key()))
            .and_then(|a| a.get("developmentAreas"));
        gather(&mut all, list, area);
    }
    first_uses(all)
}

fn development_areas(out: &mut String, previous: &Value<'_>, current: &Value<'_>) {
    let mut before = development_area_list(previous);
    let mut after = development_area_list(current);
    let before_at = positions(&before);
    let after_at = positions(&after);
    for item in &mut after {
        item.marks = match before_at.get(item.id) {
            None => NEW,
            Some(_) if !status_is(item.value, RESOLVED) => CARRIED,
            Some(_) => 0,
        };
    }
    for item in &mut before {
        let resolved_now = after_at
            .get(item.id)
            .map_or(true, |at| status_is(after[at].value, RESOLVED));
        if !status_is(item.value, RESOLVED) && resolved_now {
            item.marks = RESOLVED_NOW;
        }
    }
    Object::new(out)
        .member("carried", &Marked(&after, CARRIED, true))
        .member("resolved", &Marked(&before, RESOLVED_NOW, true))
        .member("new", &Marked(&after, NEW, true))
        .end();
}

fn actions(out: &mut String, previous: &Value<'_>, current: &Value<'_>) {
    let start = date(current.get("about").and_then(|a| a.get("periodStart"))).and_then(parse_date);
    let mut before = by_id(previous.get("actions"));
    let mut after = by_id(current.get("actions"));
    let known_before = positions(&before);
    let after_ids = positions(&after);
    for item in &mut after {
        let done = status_is(item.value, COMPLETED);
        // Open last year: the one action with the id (ids are first uses) not completed.
        let open_before = known_before
            .get(item.id)
            .map(|at| !status_is(before[at].value, COMPLETED));
        let mut marks = match open_before {
            None => NEW,
            Some(true) if done => COMPLETED_NOW,
            Some(true) => CARRIED,
            Some(false) => 0,
        };
        let due = date(item.value.get("due")).and_then(parse_date);
        if !done && due.is_some_and(|due| start.is_some_and(|start| due < start)) {
            marks |= OVERDUE;
        }
        item.marks = marks;
    }
    for item in &mut before {
        if !status_is(item.value, COMPLETED) && !after_ids.contains(item.id) {
            item.marks = DROPPED;
        }
    }
    Object::new(out)
        .member("completed", &Marked(&after, COMPLETED_NOW, false))
        .member("carried", &Marked(&after, CARRIED, false))
        .member("overdue", &start.map(|_| Marked(&after, OVERDUE, false)))
        .member("new", &Marked(&after, NEW, false))
        .member("dropped", &Marked(&before, DROPPED, false))
        .end();
}

/// The inspection's recommendations by id.
fn recommendation_list<'v, 'a>(document: &'v Value<'a>) -> Items<'v, 'a> {
    by_id(
        document
            .get("inspection")
            .and_then(|i| i.get("recommendations")),
    )
}

fn recommendations(out: &mut String, previous: &Value<'_>, current: &Value<'_>) {
    let mut before = recommendation_list(previous);
    let mut after = recommendation_list(current);
    let before_at = positions(&before);
    let after_at = positions(&after);
    for item in &mut after {
        let done = status_is(item.value, COMPLETED);
        let was_done = before_at
            .get(item.id)
            .map(|at| status_is(before[at].value, COMPLETED));
        item.marks = match was_done {
            None => NEW,
            Some(false) if done => COMPLETED_NOW,
            _ => 0,
        };
        if !done {
            item.marks |= OPEN;
        }
    }
    for item in &mut before {
        if !status_is(item.value, COMPLETED) && !after_at.contains(item.id) {
            item.marks = DROPPED;
        }
    }
    Object::new(out)
        .member("completed", &Marked(&after, COMPLETED_NOW, false))
        .member("open", &Marked(&after, OPEN, false))
        .member("new", &Marked(&after, NEW, false))
        .member("dropped", &Marked(&before, DROPPED, false))
        .end();
}

#[cfg(test)]
mod tests;
