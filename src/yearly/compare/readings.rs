//! The two documents as compare reads them: a value is a valid date, id, option, grade or
//! number, or it is `None` (written `null`). The tests' reference (reference.rs) reads them
//! with these too.

use crate::form::{Choice, GRADES, UNITS};
use crate::rules::time::parse_date;
use crate::rules::values::is_valid_id;
use crate::section::{Area, AREAS_KEY};
use crate::value::Value;

/// A valid date, or `None`.
pub(super) fn date<'v>(value: Option<&'v Value<'_>>) -> Option<&'v str> {
    value
        .and_then(Value::as_str)
        .filter(|s| parse_date(s).is_some())
}

/// One of `options`' values, or `None`.
pub(super) fn option(value: Option<&Value<'_>>, options: &[Choice]) -> Option<&'static str> {
    let s = value.and_then(Value::as_str)?;
    options.iter().find(|c| c.value == s).map(|c| c.value)
}

/// A valid id, or `None`.
pub(super) fn id<'v>(item: &'v Value<'_>) -> Option<&'v str> {
    item.get("id")
        .and_then(Value::as_str)
        .filter(|s| is_valid_id(s))
}

/// An area's own grade in a document, when it is one of the grades.
pub(super) fn own_grade(document: &Value<'_>, area: Area) -> Option<&'static str> {
    let areas = document.get(AREAS_KEY);
    option(
        areas
            .and_then(|a| a.get(area.key()))
            .and_then(|a| a.get("grade")),
        GRADES,
    )
}

/// Ofsted's grade for an area at the last inspection, when it is one of the grades.
pub(super) fn ofsted_grade(document: &Value<'_>, area: Area) -> Option<&'static str> {
    let grades = document.get("inspection").and_then(|i| i.get("grades"));
    option(grades.and_then(|g| g.get(area.key())), GRADES)
}

/// A grade's rank: inadequate 0 ... outstanding 3.
pub(super) fn rank(grade: Option<&str>) -> Option<f64> {
    let at = GRADES.iter().position(|c| Some(c.value) == grade)?;
    Some((GRADES.len() - 1 - at) as f64)
}

/// A measure's value, target or previous value when it is a number within its unit's range
/// (document.md; any number when the unit is missing or invalid).
pub(super) fn measure_number(measure: &Value<'_>, key: &str) -> Option<f64> {
    let n = measure.get(key).and_then(Value::as_f64)?;
    let fits = match option(measure.get("unit"), UNITS) {
        Some("percent") => (0.0..=100.0).contains(&n),
        Some("count") => n >= 0.0 && n.fract() == 0.0,
        Some(_) => n >= 0.0,
        None => true,
    };
    fits.then_some(n)
}

/// A count: a whole number, 0 or more.
pub(super) fn count(value: Option<&Value<'_>>) -> Option<f64> {
    value
        .and_then(Value::as_f64)
        .filter(|n| *n >= 0.0 && n.fract() == 0.0)
}
