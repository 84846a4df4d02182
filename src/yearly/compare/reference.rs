//! The reference for `compare`: the comparison built as a document value ([`Value`]) member
//! by member, as yearly.md gives it, and written by `stringify` in JavaScript's order. This was
//! `compare` itself until it wrote its text directly (docs/performance.md, "What stands in the
//! way of 70 KB"); the tests hold the two to the same text, byte for byte.

use crate::digest::{content_digest, is_digest};
use crate::form::{Choice, BETTER, GRADES, UNITS};
use crate::keyset::{later_uses, KeySet};
use crate::rules::time::parse_date;
use crate::section::{Area, AREAS_KEY};
use crate::value::Value;
// The readings of the two documents (what a valid date, id, option, grade or number is) are
// compare's own: this reference is the value-building form of what it writes from them.
use super::readings::{count, date, id, measure_number, ofsted_grade, option, own_grade, rank};
use crate::yearly::{object, object_items, status_is, COMPLETED, RESOLVED};
use std::borrow::Cow;

/// What changed from `previous` to `current` (yearly.md gives every member).
pub fn compare<'a>(previous: &Value<'a>, current: &Value<'a>) -> Value<'a> {
    let chain = current
        .get("previous")
        .and_then(|p| p.get("digest"))
        .and_then(Value::as_str)
        .is_some_and(|d| is_digest(d) && d == content_digest(previous));
    let current_start = date(current.get("about").and_then(|a| a.get("periodStart")));
    object(vec![
        ("chain", Value::Bool(chain)),
        (
            "periods",
            object(vec![
                ("previous", period(previous)),
                ("current", period(current)),
            ]),
        ),
        (
            "areas",
            Value::Array(
                Area::ALL
                    .into_iter()
                    .map(|area| area_change(area, previous, current))
                    .collect(),
            ),
        ),
        ("measures", measures(previous, current)),
        ("audit", audit(previous, current)),
        ("developmentAreas", development_areas(previous, current)),
        ("actions", actions(previous, current, current_start)),
        ("recommendations", recommendations(previous, current)),
    ])
}

fn string(s: &str) -> Value<'static> {
    Value::String(Cow::Owned(s.to_string()))
}

fn or_null(value: Option<Value<'_>>) -> Value<'_> {
    value.unwrap_or(Value::Null)
}

fn date_value(value: Option<&Value<'_>>) -> Value<'static> {
    or_null(date(value).map(string))
}

fn option_value(value: Option<&Value<'_>>, options: &[Choice]) -> Value<'static> {
    or_null(option(value, options).map(string))
}

fn ids(list: &[&str]) -> Value<'static> {
    Value::Array(list.iter().map(|s| string(s)).collect())
}

fn period(document: &Value<'_>) -> Value<'static> {
    let about = document.get("about");
    object(vec![
        (
            "start",
            date_value(about.and_then(|a| a.get("periodStart"))),
        ),
        ("end", date_value(about.and_then(|a| a.get("periodEnd")))),
    ])
}

/// The word of [`super::change`] as a value.
fn change(before: Option<f64>, after: Option<f64>, higher: Option<bool>) -> Value<'static> {
    string(super::change(before, after, higher))
}

fn area_change(area: Area, previous: &Value<'_>, current: &Value<'_>) -> Value<'static> {
    let pair = |before: Option<&'static str>, after: Option<&'static str>| {
        object(vec![
            ("previous", or_null(before.map(string))),
            ("current", or_null(after.map(string))),
        ])
    };
    let (before, after) = (own_grade(previous, area), own_grade(current, area));
    object(vec![
        ("area", string(area.key())),
        ("grade", pair(before, after)),
        (
            "ofsted",
            pair(ofsted_grade(previous, area), ofsted_grade(current, area)),
        ),
        ("change", change(rank(before), rank(after), Some(true))),
    ])
}

/// The valid, first-used ids of a list of objects, each with its item, in order.
fn by_id<'v, 'a>(list: Option<&'v Value<'a>>) -> Vec<(&'v str, &'v Value<'a>)> {
    first_uses(
        object_items(list)
            .filter_map(|item| id(item).map(|id| (id, item)))
            .collect(),
    )
}

/// The items whose id no item before them has.
fn first_uses<T>(items: Vec<(&str, T)>) -> Vec<(&str, T)> {
    let later = later_uses(items.iter().map(|(id, _)| Some(*id)));
    items
        .into_iter()
        .zip(later)
        .filter_map(|(item, later)| (!later).then_some(item))
        .collect()
}

/// Where each id is in a list of items by id.
fn positions<'v, T>(list: &[(&'v str, T)]) -> KeySet<'v> {
    list.iter().map(|(id, _)| *id).collect()
}

fn number(n: Option<f64>) -> Value<'static> {
    or_null(n.map(Value::Number))
}

fn measures<'a>(previous: &Value<'a>, current: &Value<'a>) -> Value<'a> {
    let before = by_id(previous.get("kpis"));
    let after = by_id(current.get("kpis"));
    let before_at = positions(&before);
    let after_at = positions(&after);
    let mut matched = Vec::new();
    let mut added = Vec::new();
    for (id, measure) in &after {
        let Some(old) = before_at.get(id).map(|at| before[at].1) else {
            added.push(*id);
            continue;
        };
        let better = option(measure.get("better"), BETTER).or(option(old.get("better"), BETTER));
        let (was, is) = (
            measure_number(old, "value"),
            measure_number(measure, "value"),
        );
        matched.push(object(vec![
            ("id", string(id)),
            (
                "area",
                option_value(measure.get("area"), crate::form::MEASURE_AREAS),
            ),
            ("unit", option_value(measure.get("unit"), UNITS)),
            ("better", or_null(better.map(string))),
            ("previous", number(was)),
            ("current", number(is)),
            ("target", number(measure_number(measure, "target"))),
            ("change", change(was, is, better.map(|b| b == "higher"))),
        ]));
    }
    let dropped: Vec<&str> = before
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| !after_at.contains(id))
        .collect();
    object(vec![
        ("matched", Value::Array(matched)),
        ("added", ids(&added)),
        ("dropped", ids(&dropped)),
    ])
}

/// One year's audit: cases audited, how many were graded good or better, and their share.
fn audit_year(document: &Value<'_>) -> (Value<'static>, Option<f64>) {
    let audit = document.get("audit");
    let field = |key: &str| count(audit.and_then(|a| a.get(key)));
    let cases = field("casesAudited");
    let grades: Vec<Option<f64>> = GRADES.iter().map(|c| field(c.value)).collect();
    let good_or_better = grades[0].zip(grades[1]).map(|(o, g)| o + g);
    let all: Option<f64> = grades.iter().copied().sum();
    let share = match (cases, good_or_better, all) {
        (Some(cases), Some(good), Some(all)) if cases > 0.0 && all == cases => Some(good / cases),
        _ => None,
    };
    (
        object(vec![
            ("casesAudited", number(cases)),
            ("goodOrBetter", number(good_or_better)),
            ("share", number(share)),
        ]),
        share,
    )
}

fn audit(previous: &Value<'_>, current: &Value<'_>) -> Value<'static> {
    let (before, was) = audit_year(previous);
    let (after, is) = audit_year(current);
    object(vec![
        ("previous", before),
        ("current", after),
        ("change", change(was, is, Some(true))),
    ])
}

/// Every development area with a valid id first used in the namespace of development areas
/// (recommendations are matched apart), with its area and whether it is resolved.
fn development_area_list<'v>(document: &'v Value<'_>) -> Vec<(&'v str, (Area, bool))> {
    let mut all = Vec::new();
    for area in Area::ALL {
        let list = document
            .get(AREAS_KEY)
            .and_then(|a| a.get(area.key()))
            .and_then(|a| a.get("developmentAreas"));
        all.extend(
            object_items(list)
                .filter_map(|item| id(item).map(|id| (id, (area, status_is(item, RESOLVED))))),
        );
    }
    first_uses(all)
}

fn development_areas(previous: &Value<'_>, current: &Value<'_>) -> Value<'static> {
    let before = development_area_list(previous);
    let after = development_area_list(current);
    let before_at = positions(&before);
    let after_at = positions(&after);
    let entry =
        |id: &str, area: Area| object(vec![("id", string(id)), ("area", string(area.key()))]);
    let mut carried = Vec::new();
    let mut new = Vec::new();
    for (id, (area, resolved)) in &after {
        match before_at.get(id) {
            None => new.push(entry(id, *area)),
            Some(_) if !resolved => carried.push(entry(id, *area)),
            Some(_) => {}
        }
    }
    let resolved: Vec<Value<'static>> = before
        .iter()
        .filter(|(id, (_, was_resolved))| {
            !was_resolved && after_at.get(id).map_or(true, |at| after[at].1 .1)
        })
        .map(|(id, (area, _))| entry(id, *area))
        .collect();
    object(vec![
        ("carried", Value::Array(carried)),
        ("resolved", Value::Array(resolved)),
        ("new", Value::Array(new)),
    ])
}

fn actions(previous: &Value<'_>, current: &Value<'_>, start: Option<&str>) -> Value<'static> {
    let before = by_id(previous.get("actions"));
    let after = by_id(current.get("actions"));
    let open_before: KeySet = before
        .iter()
        .filter(|(_, a)| !status_is(a, COMPLETED))
        .map(|(id, _)| *id)
        .collect();
    let known_before = positions(&before);
    let after_ids = positions(&after);
    let (mut completed, mut carried, mut new) = (Vec::new(), Vec::new(), Vec::new());
    for (id, action) in &after {
        let done = status_is(action, COMPLETED);
        if !known_before.contains(id) {
            new.push(*id);
        } else if open_before.contains(id) {
            if done {
                completed.push(*id);
            } else {
                carried.push(*id);
            }
        }
    }
    let overdue = start.and_then(parse_date).map(|start| {
        let late: Vec<&str> = after
            .iter()
            .filter(|(_, a)| !status_is(a, COMPLETED))
            .filter(|(_, a)| {
                date(a.get("due"))
                    .and_then(parse_date)
                    .is_some_and(|due| due < start)
            })
            .map(|(id, _)| *id)
            .collect();
        ids(&late)
    });
    let dropped: Vec<&str> = before
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| open_before.contains(id) && !after_ids.contains(id))
        .collect();
    object(vec![
        ("completed", ids(&completed)),
        ("carried", ids(&carried)),
        ("overdue", or_null(overdue)),
        ("new", ids(&new)),
        ("dropped", ids(&dropped)),
    ])
}

fn recommendations(previous: &Value<'_>, current: &Value<'_>) -> Value<'static> {
    let list = |d| {
        by_id(d)
            .into_iter()
            .map(|(id, r)| (id, status_is(r, COMPLETED)))
            .collect::<Vec<_>>()
    };
    let before = list(
        previous
            .get("inspection")
            .and_then(|i| i.get("recommendations")),
    );
    let after = list(
        current
            .get("inspection")
            .and_then(|i| i.get("recommendations")),
    );
    let before_at = positions(&before);
    let after_at = positions(&after);
    let (mut completed, mut open, mut new) = (Vec::new(), Vec::new(), Vec::new());
    for (id, done) in &after {
        match before_at.get(id).map(|at| before[at].1) {
            None => new.push(*id),
            Some(false) if *done => completed.push(*id),
            _ => {}
        }
        if !done {
            open.push(*id);
        }
    }
    let dropped: Vec<&str> = before
        .iter()
        .filter(|(id, done)| !done && !after_at.contains(id))
        .map(|(id, _)| *id)
        .collect();
    object(vec![
        ("completed", ids(&completed)),
        ("open", ids(&open)),
        ("new", ids(&new)),
        ("dropped", ids(&dropped)),
    ])
}
