//! The yearly cycle (docs/spec/yearly.md): next year's self-evaluation started from this one
//! ([`next_year`]), and what changed between two years ([`compare`], as its JSON text). Both
//! work on the document as the rules see it ([`Value`]) and add no text of their own: what
//! `next_year` gives holds only what the document held, and what `compare` gives holds no
//! string of either document but ids, grades, statuses and dates.

mod compare;
/// `compare`'s result as types, for the package's TypeScript types (tests only).
#[cfg(test)]
pub(crate) mod comparison;
mod next_year;

pub use compare::compare;
pub use next_year::{next_period, next_year};

use crate::value::Value;
use std::borrow::Cow;

/// An object of members given in order.
fn object<'a>(members: Vec<(&'static str, Value<'a>)>) -> Value<'a> {
    Value::Object(
        members
            .into_iter()
            .map(|(k, v)| (Cow::Borrowed(k), v))
            .collect(),
    )
}

/// The items of a list that are objects (none when the value is not a list).
fn object_items<'v, 'a>(list: Option<&'v Value<'a>>) -> impl Iterator<Item = &'v Value<'a>> {
    list.and_then(Value::as_array)
        .unwrap_or_default()
        .iter()
        .filter(|item| matches!(item, Value::Object(_)))
}

/// Whether an item's `status` is exactly `value`.
fn status_is(item: &Value<'_>, value: &str) -> bool {
    item.get("status").and_then(Value::as_str) == Some(value)
}

/// An action's or a recommendation's status when the work is done.
const COMPLETED: &str = "completed";

/// A development area's status when it is no longer a weakness.
const RESOLVED: &str = "resolved";
