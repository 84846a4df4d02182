//! The performance measures of the two years, matched by id: each matched measure's values and
//! how it changed, and the measures added and dropped.

use super::change;
use super::items::{by_id, positions, Item, Marked, DROPPED, NEW};
use super::readings::{measure_number, option};
use crate::form::{BETTER, MEASURE_AREAS, UNITS};
use crate::json_write::{Object, WriteJson};
use crate::keyset::KeySet;
use crate::value::Value;

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

pub(super) fn measures(out: &mut String, previous: &Value<'_>, current: &Value<'_>) {
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
