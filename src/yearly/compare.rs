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
//!
//! The members are written by grades.rs (the areas' grades, the audit), measures.rs and
//! thread.rs (development areas, actions, recommendations), on readings.rs (what a valid value
//! of either document is) and items.rs (the items of the lists matched by id).

use crate::digest::{content_digest, is_digest};
use crate::json_write::{Object, WriteJson};
use crate::value::Value;

mod grades;
mod items;
mod measures;
mod readings;
#[cfg(test)]
mod reference;
mod thread;

use grades::{areas, audit};
use measures::measures;
use readings::date;
use thread::{actions, development_areas, recommendations};

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
pub(super) struct Pair<T>(pub(super) T, pub(super) T);

impl<T: WriteJson> WriteJson for Pair<T> {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("previous", &self.0)
            .member("current", &self.1)
            .end();
    }
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
pub(super) fn change(
    before: Option<f64>,
    after: Option<f64>,
    higher: Option<bool>,
) -> &'static str {
    match (before, after, higher) {
        (Some(b), Some(a), _) if a == b => "same",
        (Some(b), Some(a), Some(higher)) if (a > b) == higher => "better",
        (Some(_), Some(_), Some(_)) => "worse",
        _ => "unknown",
    }
}

#[cfg(test)]
mod tests;
