//! The thread between the years: the development areas carried, resolved and new; the actions
//! completed, carried, overdue, new and dropped; the recommendations completed, open, new and
//! dropped.

use super::items::{
    by_id, first_uses, gather, positions, Items, Marked, CARRIED, COMPLETED_NOW, DROPPED, NEW,
    OPEN, OVERDUE, RESOLVED_NOW,
};
use super::readings::date;
use crate::json_write::Object;
use crate::rules::time::parse_date;
use crate::section::{Area, AREAS_KEY};
use crate::value::Value;
use crate::yearly::{status_is, COMPLETED, RESOLVED};

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

pub(super) fn development_areas(out: &mut String, previous: &Value<'_>, current: &Value<'_>) {
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

pub(super) fn actions(out: &mut String, previous: &Value<'_>, current: &Value<'_>) {
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

pub(super) fn recommendations(out: &mut String, previous: &Value<'_>, current: &Value<'_>) {
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
