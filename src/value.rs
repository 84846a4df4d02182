//! The document as the rules see it: a JSON value that borrows its strings from the text it
//! was parsed from wherever no escape had to be decoded.

use std::borrow::Cow;

/// A JSON value. Object members keep the document's key order; keys are unique (of two equal
/// keys the last value wins and keeps the first one's place, as `JSON.parse` does).
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    Number(f64),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
}

impl<'a> Value<'a> {
    /// The member `key` of an object (`None` for a missing key or a value that is no object).
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Value<'a>]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The level of the deepest array or object, the value itself being level 1 (rules.md: "a
    /// container at level 65 is refused"); a string or number nests nothing.
    pub fn nesting(&self) -> usize {
        // Iterative, so that a deep value cannot overflow the stack.
        let mut deepest = 0;
        let mut stack = vec![(self, 1usize)];
        while let Some((v, depth)) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items.iter().map(|x| (x, depth + 1))),
                Value::Object(members) => stack.extend(members.iter().map(|(_, x)| (x, depth + 1))),
                _ => continue,
            }
            deepest = deepest.max(depth);
        }
        deepest
    }

    /// Converts a `serde_json::Value` (whose numbers and strings are always valid JSON ones).
    pub fn from_serde(value: &'a serde_json::Value) -> Value<'a> {
        match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
            serde_json::Value::String(s) => Value::String(Cow::Borrowed(s)),
            serde_json::Value::Array(items) => {
                Value::Array(items.iter().map(Value::from_serde).collect())
            }
            serde_json::Value::Object(members) => Value::Object(
                members
                    .iter()
                    .map(|(k, v)| (Cow::Borrowed(k.as_str()), Value::from_serde(v)))
                    .collect(),
            ),
        }
    }
}
