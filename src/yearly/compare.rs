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
        let own = |d: &Value<'_>| {
            option(
                d.get(AREAS_KEY)
                    .and_then(|a| a.get(area.key()))
                    .and_then(|a| a.get("grade")),
                GRADES,
            )
        };
        let ofsted = |d: &Value<'_>| {
            option(
                d.get("inspection")
                    .and_then(|i| i.get("grades"))
                    .and_then(|g| g.get(area.key())),
                GRADES,
            )
        };
        let (before, after) = (own(previous), own(current));
        Object::new(out)
            .member("area", area.key())
            .member("grade", &Pair(before, after))
            .member("ofsted", &Pair(ofsted(previous), ofsted(current)))
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
mod tests {
    use super::*;
    use crate::json;
    use crate::stringify::{to_string, Order};
    use proptest::prelude::*;
    use serde_json::{json, Value as J};

    /// The comparison's text, after holding it to the reference's, byte for byte.
    fn same_as_reference(previous: &Value<'_>, current: &Value<'_>) -> String {
        let ours = compare(previous, current);
        let theirs = to_string(&reference::compare(previous, current), Order::JavaScript);
        assert_eq!(ours, theirs);
        ours
    }

    fn compared(a: &str, b: &str) -> String {
        let (a, b) = (
            json::parse(a).unwrap_or(Value::Null),
            json::parse(b).unwrap_or(Value::Null),
        );
        same_as_reference(&a, &b)
    }

    /// An example document of docs/spec/examples by name (`complete`, `draft`, ...).
    fn example(name: &str) -> J {
        let path = format!(
            "{}/docs/spec/examples/{name}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).expect("an example");
        serde_json::from_str(&text).expect("an example is JSON")
    }

    /// Applies a case's JSON Patch (`add`, `replace`, `remove`; `test` checks nothing here).
    fn patched(mut document: J, patch: Option<&J>) -> J {
        for op in patch.and_then(J::as_array).map_or(&[][..], Vec::as_slice) {
            let path = op["path"].as_str().expect("a path");
            let (parent, last) = path.rsplit_once('/').expect("not the root");
            let last = last.replace("~1", "/").replace("~0", "~");
            let value = op["value"].clone();
            let Some(parent) = document.pointer_mut(parent) else {
                continue;
            };
            match (op["op"].as_str(), parent) {
                (Some("add"), J::Array(items)) if last == "-" => items.push(value),
                (Some("add"), J::Array(items)) => {
                    items.insert(last.parse().expect("an index"), value);
                }
                (Some("add" | "replace"), J::Object(members)) => {
                    members.insert(last, value);
                }
                (Some("replace"), J::Array(items)) => {
                    items[last.parse::<usize>().expect("an index")] = value;
                }
                (Some("remove"), J::Array(items)) => {
                    items.remove(last.parse().expect("an index"));
                }
                (Some("remove"), J::Object(members)) => {
                    members.shift_remove(&last);
                }
                _ => {}
            }
        }
        document
    }

    /// The document a case (or one side of a `compare` case) gives: its `document`, or its
    /// `base` example or next year's document of `previous`, patched.
    fn case_document(case: &J, previous: Option<&J>) -> Option<J> {
        let document = if let Some(document) = case.get("document") {
            document.clone()
        } else if case["base"] == "empty" {
            crate::empty_document()
        } else if let Some(base) = case.get("base").and_then(J::as_str) {
            example(base)
        } else if case.get("nextYearOfPrevious").is_some() {
            crate::next_year_value(previous?).ok()?
        } else {
            return None;
        };
        Some(patched(document, case.get("patch")))
    }

    /// The conformance cases that serde_json reads, in the order of their file names.
    fn cases() -> Vec<J> {
        let cases = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/conformance/cases");
        let mut paths: Vec<_> = std::fs::read_dir(cases)
            .expect("the conformance cases")
            .map(|entry| entry.expect("a case").path())
            .collect();
        paths.sort();
        // A case that plants a lone surrogate is JSON serde_json does not read: left out.
        paths
            .iter()
            .filter_map(|path| {
                let text = std::fs::read_to_string(path).expect("a case");
                serde_json::from_str(&text).ok()
            })
            .collect()
    }

    /// The two documents of each `compare` case.
    fn compare_cases() -> Vec<(J, J)> {
        let mut pairs = Vec::new();
        for case in cases() {
            if case["function"] != "compare" {
                continue;
            }
            let previous = case_document(&case["previous"], None).expect("a previous document");
            let current = case_document(&case["current"], Some(&previous)).expect("a document");
            pairs.push((previous, current));
        }
        pairs
    }

    /// The examples, next year's documents started from them, and the documents of the
    /// conformance cases.
    fn documents() -> Vec<J> {
        let (complete, draft) = (example("complete"), example("draft"));
        let mut all = vec![complete.clone(), draft.clone()];
        for example in [&complete, &draft] {
            all.push(crate::next_year_value(example).expect("next year of an example"));
        }
        for case in cases() {
            all.extend(case_document(&case, None));
        }
        for (previous, current) in compare_cases() {
            all.push(previous);
            all.push(current);
        }
        all
    }

    /// Any JSON value: anything compares.
    fn any_json() -> impl Strategy<Value = J> {
        let leaf = prop_oneof![
            Just(J::Null),
            any::<bool>().prop_map(J::Bool),
            any::<i64>().prop_map(J::from),
            any::<f64>()
                .prop_filter("finite", |x| x.is_finite())
                .prop_map(J::from),
            any::<String>().prop_map(J::String),
            "[a-z\"\\\n\u{0}😀é-]{0,8}".prop_map(J::String),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(J::Array),
                prop::collection::vec(("id|status|value|[a-z]{0,3}", inner), 0..6)
                    .prop_map(|members| J::Object(members.into_iter().collect())),
            ]
        })
    }

    /// The values compare looks at and near misses of them: option values, statuses, dates,
    /// ids, numbers at the edges of units' ranges and of number formatting.
    fn telling_value() -> impl Strategy<Value = J> {
        let words = [
            "outstanding",
            "good",
            "requiresImprovement",
            "inadequate",
            "notStarted",
            "inProgress",
            "completed",
            "open",
            "resolved",
            "privateLaw",
            "publicLaw",
            "leadership",
            "crossCutting",
            "percent",
            "days",
            "count",
            "higher",
            "lower",
            "Good",
            "2025-04-01",
            "2026-04-01",
            "2026-03-31",
            "2024-02-29",
            "2025-02-29",
            "2026-4-1",
            "A1",
            "A2",
            "R1",
            "PU-D1",
            "PR-D1",
            "not an id",
            "",
            "\"é😀\\\n",
        ];
        let numbers = [
            0.0, -0.0, 0.5, 1.0, 3.0, 5.0, 10.0, 50.0, 99.5, 100.0, 101.0, -1.0, 1e21, 1.5e-7, 0.1,
            1234.5678, 1e300, 4.0e-320,
        ];
        prop_oneof![
            3 => proptest::sample::select(words.to_vec()).prop_map(J::from),
            2 => proptest::sample::select(numbers.to_vec()).prop_map(J::from),
            1 => Just(json!({})),
            1 => Just(json!([])),
            1 => any_json(),
        ]
    }

    /// One change to a document, at the node its number picks among all of the document's
    /// nodes.
    #[derive(Clone, Debug)]
    enum Edit {
        Remove(usize),
        Set(usize, J),
        /// The node the second number picks, copied over the first's.
        Copy(usize, usize),
        /// Of a list, one of its items again, at one of its places (ids used twice).
        Repeat(usize, usize),
        /// Of an object that has the member, or of an item with an id, the member compare reads
        /// that the string names, set to the value.
        Member(usize, &'static str, J),
    }

    /// The members of items that compare reads (statuses, the most telling, thrice).
    const MEMBERS: [&str; 12] = [
        "id",
        "status",
        "status",
        "status",
        "grade",
        "value",
        "target",
        "unit",
        "better",
        "due",
        "area",
        "periodStart",
    ];

    /// Values the member may hold, and near misses.
    fn member_values(key: &str) -> Vec<J> {
        let words: &[&str] = match key {
            "id" => &["A1", "A2", "R1", "R2", "PU-D1", "PR-D1", "K1", "not an id"],
            "status" => &[
                "completed",
                "resolved",
                "completed",
                "resolved",
                "inProgress",
                "Completed",
            ],
            "grade" => &[
                "outstanding",
                "good",
                "requiresImprovement",
                "inadequate",
                "Good",
            ],
            "unit" => &["percent", "days", "weeks", "count", "percentage"],
            "better" => &["higher", "lower", "more"],
            "area" => &[
                "privateLaw",
                "publicLaw",
                "leadership",
                "crossCutting",
                "law",
            ],
            "value" | "target" => &[],
            _ => &[
                "2025-04-01",
                "2026-04-01",
                "2026-03-31",
                "2025-12-01",
                "2026-02-30",
            ],
        };
        let mut values: Vec<J> = words.iter().map(|w| J::from(*w)).collect();
        if values.is_empty() {
            values = [0.0, 0.5, 3.0, 50.0, 60.0, 100.0, 100.5, -1.0, 1e21]
                .map(J::from)
                .to_vec();
        }
        values.push(J::Null);
        values
    }

    fn any_edit() -> impl Strategy<Value = Edit> {
        let at = any::<usize>();
        prop_oneof![
            2 => at.prop_map(Edit::Remove),
            3 => (at, telling_value()).prop_map(|(at, value)| Edit::Set(at, value)),
            1 => (at, at).prop_map(|(to, from)| Edit::Copy(to, from)),
            1 => (at, at).prop_map(|(at, which)| Edit::Repeat(at, which)),
            6 => (at, proptest::sample::select(MEMBERS.to_vec()), at, telling_value(), any::<bool>())
                .prop_map(|(at, key, which, value, telling)| {
                    // Mostly a value that member may hold, or nearly.
                    let likely = member_values(key);
                    let value = if telling { value } else { likely[which % likely.len()].clone() };
                    Edit::Member(at, key, value)
                }),
        ]
    }

    /// The JSON pointer of every node of `value`, itself first.
    fn pointers(value: &J, at: String, all: &mut Vec<String>) {
        all.push(at.clone());
        match value {
            J::Object(members) => {
                for (key, item) in members {
                    let key = key.replace('~', "~0").replace('/', "~1");
                    pointers(item, format!("{at}/{key}"), all);
                }
            }
            J::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    pointers(item, format!("{at}/{i}"), all);
                }
            }
            _ => {}
        }
    }

    fn edit(document: &mut J, edit: &Edit) {
        let mut all = Vec::new();
        pointers(document, String::new(), &mut all);
        let pick = |all: &[String], n: usize| all[n % all.len()].clone();
        match edit {
            Edit::Remove(at) => {
                let at = pick(&all, *at);
                let Some((parent, last)) = at.rsplit_once('/') else {
                    return;
                };
                let last = last.replace("~1", "/").replace("~0", "~");
                match document.pointer_mut(parent) {
                    Some(J::Object(members)) => {
                        members.shift_remove(&last);
                    }
                    Some(J::Array(items)) => {
                        items.remove(last.parse().expect("an index"));
                    }
                    _ => {}
                }
            }
            Edit::Set(at, value) => {
                if let Some(node) = document.pointer_mut(&pick(&all, *at)) {
                    *node = value.clone();
                }
            }
            Edit::Copy(to, from) => {
                let from = document.pointer(&pick(&all, *from)).cloned();
                if let (Some(from), Some(node)) = (from, document.pointer_mut(&pick(&all, *to))) {
                    *node = from;
                }
            }
            Edit::Repeat(at, which) => {
                if let Some(J::Array(items)) = document.pointer_mut(&pick(&all, *at)) {
                    if !items.is_empty() {
                        let item = items[which % items.len()].clone();
                        items.insert(which % (items.len() + 1), item);
                    }
                }
            }
            Edit::Member(at, key, value) => {
                // Among the objects that have the member or are items by id.
                all.retain(|p| match document.pointer(p) {
                    Some(J::Object(members)) => {
                        members.contains_key(*key)
                            || (*key == "status" && members.contains_key("id"))
                    }
                    _ => false,
                });
                if all.is_empty() {
                    return;
                }
                if let Some(J::Object(members)) = document.pointer_mut(&pick(&all, *at)) {
                    members.insert((*key).into(), value.clone());
                }
            }
        }
    }

    /// Two documents: each a document of [`documents`] (or, often, the current one the previous
    /// one itself) with a few edits, the current one sometimes chained to the previous one by
    /// its content digest; or any two JSON values.
    fn any_pair() -> impl Strategy<Value = (J, J)> {
        let pool = documents();
        let n = pool.len();
        let edits = || prop::collection::vec(any_edit(), 0..12);
        // The examples (the first four) are the documents with the most in them.
        let one = || prop_oneof![0..4usize, 0..n];
        let pairs = compare_cases();
        let cases = pairs.len();
        let edited = (one(), one(), 0..cases * 2, edits(), edits(), any::<bool>()).prop_map(
            move |(a, b, how, a_edits, b_edits, chained)| {
                // Half of the time a compare case's pair, edited, or the previous document
                // itself as the current one; otherwise any two documents.
                let mut previous = match pairs.get(how) {
                    Some((previous, _)) => previous.clone(),
                    None => pool[a].clone(),
                };
                for e in &a_edits {
                    edit(&mut previous, e);
                }
                let mut current = match pairs.get(how) {
                    Some((_, current)) if how % 2 == 0 => current.clone(),
                    Some(_) => previous.clone(),
                    None if how % 2 == 0 => previous.clone(),
                    None => pool[b].clone(),
                };
                for e in &b_edits {
                    edit(&mut current, e);
                }
                if chained {
                    let digest = content_digest(&Value::from_serde(&previous));
                    if let J::Object(members) = &mut current {
                        members.insert("previous".into(), json!({ "digest": digest }));
                    }
                }
                (previous, current)
            },
        );
        prop_oneof![4 => edited, 1 => (any_json(), any_json())]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        #[test]
        fn the_text_is_the_references(pair in any_pair()) {
            let (previous, current) = pair;
            let (previous, current) = (Value::from_serde(&previous), Value::from_serde(&current));
            let ours = compare(&previous, &current);
            let theirs = to_string(&reference::compare(&previous, &current), Order::JavaScript);
            prop_assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn every_pair_of_the_examples_and_the_compare_cases_as_the_reference_writes_it() {
        let mut all = documents();
        all.truncate(4);
        for (previous, current) in compare_cases() {
            all.push(previous);
            all.push(current);
        }
        assert!(all.len() > 20, "{} documents", all.len());
        let values: Vec<Value<'_>> = all.iter().map(Value::from_serde).collect();
        for previous in &values {
            for current in &values {
                same_as_reference(previous, current);
            }
        }
    }

    #[test]
    fn anything_compares_and_unknowns_are_null() {
        let out = compared("1", "[]");
        assert!(
            out.starts_with(r#"{"chain":false,"periods":{"previous":{"start":null,"end":null},"#),
            "{out}"
        );
        assert!(out.contains(r#""overdue":null"#), "{out}");
        assert!(
            out.contains(
                r#""audit":{"previous":{"casesAudited":null,"goodOrBetter":null,"share":null}"#
            ),
            "{out}"
        );
    }

    #[test]
    fn measures_by_direction() {
        let a = r#"{"kpis":[{"id":"up","unit":"percent","value":50,"better":"higher"},{"id":"down","value":5,"better":"lower"},{"id":"gone","value":1},{"id":"bad","unit":"percent","value":500,"better":"higher"}]}"#;
        let b = r#"{"kpis":[{"id":"up","unit":"percent","value":60,"target":70},{"id":"down","value":6,"better":"lower"},{"id":"bad","unit":"percent","value":50},{"id":"new","value":1}]}"#;
        let out = compared(a, b);
        assert!(out.contains(r#"{"id":"up","area":null,"unit":"percent","better":"higher","previous":50,"current":60,"target":70,"change":"better"}"#), "{out}");
        assert!(out.contains(r#"{"id":"down","area":null,"unit":null,"better":"lower","previous":5,"current":6,"target":null,"change":"worse"}"#), "{out}");
        assert!(
            out.contains(r#""previous":null,"current":50,"target":null,"change":"unknown"}"#),
            "{out}"
        );
        assert!(
            out.contains(r#""added":["new"],"dropped":["gone"]"#),
            "{out}"
        );
    }

    #[test]
    fn the_thread_between_the_years() {
        let a = r#"{"areas":{"privateLaw":{"grade":"requiresImprovement","developmentAreas":[{"id":"D1"},{"id":"D2"},{"id":"D3"},{"id":"D4","status":"resolved"}]}},
          "actions":[{"id":"A1"},{"id":"A2"},{"id":"A3"},{"id":"A4","status":"completed"}],
          "inspection":{"recommendations":[{"id":"R1"},{"id":"R2"}]}}"#;
        let b = r#"{"about":{"periodStart":"2026-04-01"},
          "areas":{"privateLaw":{"grade":"good","developmentAreas":[{"id":"D1"},{"id":"D2","status":"resolved"},{"id":"D5"},{"id":"D4","status":"resolved"}]}},
          "actions":[{"id":"A1","status":"completed","due":"2026-01-01"},{"id":"A2","due":"2026-03-31"},{"id":"A5","due":"2026-04-01"}],
          "inspection":{"recommendations":[{"id":"R1","status":"completed"},{"id":"R3"}]}}"#;
        let out = compared(a, b);
        assert!(out.contains(r#""grade":{"previous":"requiresImprovement","current":"good"},"ofsted":{"previous":null,"current":null},"change":"better""#), "{out}");
        assert!(out.contains(r#""developmentAreas":{"carried":[{"id":"D1","area":"privateLaw"}],"resolved":[{"id":"D2","area":"privateLaw"},{"id":"D3","area":"privateLaw"}],"new":[{"id":"D5","area":"privateLaw"}]}"#), "{out}");
        assert!(out.contains(r#""actions":{"completed":["A1"],"carried":["A2"],"overdue":["A2"],"new":["A5"],"dropped":["A3"]}"#), "{out}");
        assert!(out.contains(r#""recommendations":{"completed":["R1"],"open":["R3"],"new":["R3"],"dropped":["R2"]}"#), "{out}");
    }

    #[test]
    fn the_chain_and_the_audit() {
        let a = r#"{"formVersion":2,"audit":{"casesAudited":10,"outstanding":1,"good":4,"requiresImprovement":5,"inadequate":0}}"#;
        let digest = content_digest(&json::parse(a).unwrap_or(Value::Null));
        let b = format!(
            r#"{{"previous":{{"digest":"{digest}"}},"audit":{{"casesAudited":10,"outstanding":1,"good":3,"requiresImprovement":5,"inadequate":0}}}}"#
        );
        let out = compared(a, &b);
        assert!(out.starts_with(r#"{"chain":true"#), "{out}");
        assert!(out.contains(r#""audit":{"previous":{"casesAudited":10,"goodOrBetter":5,"share":0.5},"current":{"casesAudited":10,"goodOrBetter":4,"share":null},"change":"unknown"}"#), "{out}");
        let a2 = a.replace("10", "11");
        assert!(compared(&a2, &b).starts_with(r#"{"chain":false"#));
    }
}
