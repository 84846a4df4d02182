//! Values as the rules read them: present or not, valid or not, of each kind of document.md
//! ("Kinds of value").

use super::time::{parse_date, Day};
use crate::form::{Choice, GRADES, UNITS};
use crate::keyset;
use crate::limits::{MAX_ID_LENGTH, MAX_ITEMS};
use crate::value::Value;

pub(super) fn object_get<'d>(value: Option<&'d Value<'d>>, key: &str) -> Option<&'d Value<'d>> {
    value.and_then(|v| v.get(key))
}

/// A present answer: `null` counts as missing.
pub(super) fn present<'d>(value: Option<&'d Value<'d>>) -> Option<&'d Value<'d>> {
    value.filter(|v| !matches!(v, Value::Null))
}

pub(super) fn valid_date(value: Option<&Value>) -> Option<Day> {
    value.and_then(Value::as_str).and_then(parse_date)
}

/// An id: 1 to 20 of `A-Z a-z 0-9 - _ .` (document.md, "Kinds of value").
pub(crate) fn is_valid_id(id: &str) -> bool {
    (1..=MAX_ID_LENGTH).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

pub(super) fn valid_id<'d>(value: Option<&'d Value<'d>>) -> Option<&'d str> {
    value.and_then(Value::as_str).filter(|s| is_valid_id(s))
}

/// A JSON Pointer (RFC 6901): `""`, or `/` followed by tokens in which every `~` is followed
/// by `0` or `1`.
pub(super) fn is_pointer(text: &str) -> bool {
    if !(text.is_empty() || text.starts_with('/')) {
        return false;
    }
    let bytes = text.as_bytes();
    bytes
        .iter()
        .enumerate()
        .all(|(at, &b)| b != b'~' || matches!(bytes.get(at + 1), Some(b'0' | b'1')))
}

pub(super) fn valid_option<'d>(
    value: Option<&'d Value<'d>>,
    options: &[Choice],
) -> Option<&'d str> {
    value
        .and_then(Value::as_str)
        .filter(|s| options.iter().any(|c| c.value == *s))
}

/// A grade's rank: inadequate (0) < requiresImprovement < good < outstanding, the reverse of
/// the order of the options.
pub(super) fn grade_rank(value: Option<&Value>) -> Option<usize> {
    let grade = value.and_then(Value::as_str)?;
    let place = GRADES.iter().position(|c| c.value == grade)?;
    Some(GRADES.len() - 1 - place)
}

/// The rank of `inadequate`, the lowest grade, and of `requiresImprovement`, the next.
pub(super) const INADEQUATE: usize = 0;
pub(super) const REQUIRES_IMPROVEMENT: usize = 1;

/// A grade of rank `rank` as messages name it ("requires improvement").
pub(super) fn grade_label(rank: usize) -> String {
    GRADES
        .get(GRADES.len() - 1 - rank)
        .map_or_else(String::new, |c| c.label.to_ascii_lowercase())
}

pub(super) fn is_whole(n: f64) -> bool {
    n.fract() == 0.0
}

pub(super) fn valid_count(value: Option<&Value>) -> Option<f64> {
    value
        .and_then(Value::as_f64)
        .filter(|n| *n >= 0.0 && is_whole(*n))
}

/// A measure's number (value, target or previous) within the range its unit allows; without a
/// valid unit any number is valid (the range check needs the unit).
pub(super) fn measure_number_in_range(n: f64, unit: Option<&str>) -> bool {
    match unit {
        Some("percent") => (0.0..=100.0).contains(&n),
        Some("count") => n >= 0.0 && is_whole(n),
        Some(_) => n >= 0.0,
        None => true,
    }
}

pub(super) fn valid_measure_number(item: &Value, key: &str) -> Option<f64> {
    let unit = valid_option(item.get("unit"), UNITS);
    item.get(key)
        .and_then(Value::as_f64)
        .filter(|n| measure_number_in_range(*n, unit))
}

/// For each item of a list of objects: whether its valid id was already used by an earlier
/// item (`duplicate-id` is reported at every use after the first).
pub(super) fn later_uses<'d>(items: &'d [Value<'d>], key: &str) -> Vec<bool> {
    keyset::later_uses(items.iter().map(|item| valid_id(item.get(key))))
}

/// A list as cross-record rules read it: missing or empty is a list with no items; a wrong
/// type or over 500 items stops them (`None`).
pub(super) fn readable_list<'d>(value: Option<&'d Value<'d>>) -> Option<&'d [Value<'d>]> {
    match present(value) {
        None => Some(&[]),
        Some(Value::Array(items)) if items.len() <= MAX_ITEMS => Some(items),
        Some(_) => None,
    }
}

/// An object as cross-record rules read it: missing is an object with nothing in it (`Some`
/// of `None`); a wrong type stops them (`None`).
pub(super) fn readable_object<'d>(value: Option<&'d Value<'d>>) -> Option<Option<&'d Value<'d>>> {
    match present(value) {
        None => Some(None),
        Some(object @ Value::Object(_)) => Some(Some(object)),
        Some(_) => None,
    }
}

/// A measure's value is worse than a valid target or than last year's valid value (value and
/// better valid; equal is not worse): which of the two, the target first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Worse {
    ThanTarget,
    ThanLastYear,
}

pub(super) fn worse(item: &Value) -> Option<Worse> {
    let value = valid_measure_number(item, "value")?;
    let better = valid_option(item.get("better"), crate::form::BETTER)?;
    let worse_than = |other: Option<f64>| {
        other.is_some_and(|o| match better {
            "higher" => value < o,
            _ => value > o,
        })
    };
    if worse_than(valid_measure_number(item, "target")) {
        Some(Worse::ThanTarget)
    } else if worse_than(valid_measure_number(item, "previous")) {
        Some(Worse::ThanLastYear)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_take_full_stops() {
        for id in ["1.05", "PL-D1", "a_b", "x", "12345678901234567890"] {
            assert!(is_valid_id(id), "{id}");
        }
        for id in ["", "a b", "é", "123456789012345678901", "a/b", "a,b"] {
            assert!(!is_valid_id(id), "{id}");
        }
    }

    #[test]
    fn pointers_as_rfc_6901_writes_them() {
        for p in ["", "/", "/a", "/a~0b/~1/0", "//", "/a/"] {
            assert!(is_pointer(p), "{p:?}");
        }
        for p in ["a", " /a", "/a~", "/a~2", "~0", "/~x"] {
            assert!(!is_pointer(p), "{p:?}");
        }
    }
}
