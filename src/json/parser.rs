//! The recursive-descent parser: a value, arrays, objects and the literals, over the bytes
//! of the text, stopping at the first problem.

use super::members::{insert, merge_equal_keys, MERGE_PAST};
use super::{fail_at, Fail, Parsed};
use crate::limits::MAX_DEPTH;
use crate::refusal::InputErrorKind;
use crate::value::Value;
use std::borrow::Cow;

pub(super) struct Parser<'a> {
    pub(super) text: &'a str,
    pub(super) bytes: &'a [u8],
    pub(super) pos: usize,
    /// The items of the arrays being read, innermost last; each array takes its own off the
    /// top when it ends, so that it gets one allocation of the right size.
    pub(super) items: Vec<Value<'a>>,
    /// The same for the members of the objects being read.
    pub(super) members: Vec<(Cow<'a, str>, Value<'a>)>,
}

impl<'a> Parser<'a> {
    pub(super) fn document(&mut self) -> Parsed<Value<'a>> {
        let value = self.value(1)?;
        self.skip_whitespace();
        if self.pos < self.bytes.len() {
            return Err(self.syntax("the end of the text"));
        }
        Ok(value)
    }

    #[inline]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    #[inline]
    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    #[cold]
    fn syntax(&self, expected: &'static str) -> Fail {
        fail_at(self.pos, InputErrorKind::Syntax(expected))
    }

    /// A value at nesting level `depth` (the top-level value is level 1).
    fn value(&mut self, depth: usize) -> Parsed<Value<'a>> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b'{') => {
                if depth > MAX_DEPTH {
                    return Err(fail_at(self.pos, InputErrorKind::TooDeep));
                }
                self.object(depth)
            }
            Some(b'[') => {
                if depth > MAX_DEPTH {
                    return Err(fail_at(self.pos, InputErrorKind::TooDeep));
                }
                self.array(depth)
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.literal(b"true", Value::Bool(true)),
            Some(b'f') => self.literal(b"false", Value::Bool(false)),
            Some(b'n') => self.literal(b"null", Value::Null),
            _ => Err(self.syntax("a value")),
        }
    }

    fn literal(&mut self, word: &'static [u8], value: Value<'a>) -> Parsed<Value<'a>> {
        self.pos = scan_literal(self.bytes, self.pos, word)?;
        Ok(value)
    }

    // Each of these two out of `value` (`#[inline(never)]`), as `number` (numbers.rs) is: V8
    // optimises the hot parser functions after one document, and TurboFan's time grows faster
    // than a function's size (docs/performance.md, "What V8 compiles").
    /// An array at level `depth`; `self.pos` is at its `[`.
    #[inline(never)]
    fn array(&mut self, depth: usize) -> Parsed<Value<'a>> {
        self.pos += 1;
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(Vec::new()));
        }
        let base = self.items.len();
        loop {
            let item = self.value(depth + 1)?;
            self.items.push(item);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(self.items.split_off(base)));
                }
                _ => return Err(self.syntax("',' or ']'")),
            }
        }
    }

    /// An object at level `depth`; `self.pos` is at its `{`.
    #[inline(never)]
    fn object(&mut self, depth: usize) -> Parsed<Value<'a>> {
        self.pos += 1;
        let base = self.members.len();
        self.skip_whitespace();
        match self.peek() {
            Some(b'}') => {
                self.pos += 1;
                return Ok(Value::Object(Vec::new()));
            }
            Some(b'"') => {}
            _ => return Err(self.syntax("a property name in double quotes or '}'")),
        }
        loop {
            let key = self.string()?;
            self.skip_whitespace();
            if self.peek() != Some(b':') {
                return Err(self.syntax("':' after a property name"));
            }
            self.pos += 1;
            let value = self.value(depth + 1)?;
            insert(&mut self.members, base, key, value);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.skip_whitespace();
                    if self.peek() != Some(b'"') {
                        return Err(self.syntax("a property name in double quotes"));
                    }
                }
                Some(b'}') => {
                    self.pos += 1;
                    let mut members = self.members.split_off(base);
                    if members.len() > MERGE_PAST {
                        merge_equal_keys(&mut members);
                    }
                    return Ok(Value::Object(members));
                }
                _ => return Err(self.syntax("',' or '}'")),
            }
        }
    }

    /// The text between two byte offsets that lie on character boundaries (always the case
    /// for offsets of ASCII bytes).
    #[inline]
    pub(super) fn slice(&self, from: usize, to: usize) -> Parsed<&'a str> {
        self.text
            .get(from..to)
            .ok_or_else(|| fail_at(from, InputErrorKind::Syntax("a string")))
    }
}

/// Checks that `word` (`true`, `false` or `null`) stands at `at`; returns the offset after it.
#[inline]
pub(super) fn scan_literal(bytes: &[u8], at: usize, word: &'static [u8]) -> Parsed<usize> {
    for (i, &letter) in word.iter().enumerate() {
        if bytes.get(at + i) != Some(&letter) {
            let expected = match word {
                b"true" => "the literal true",
                b"false" => "the literal false",
                _ => "the literal null",
            };
            return Err(fail_at(at + i, InputErrorKind::Syntax(expected)));
        }
    }
    Ok(at + word.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;
    use crate::json::tests::{
        err, n, nested_arrays, nested_objects, obj, ok, refusal, s, syntax_at,
    };

    #[test]
    fn literals_and_whitespace() {
        assert_eq!(ok("null"), Value::Null);
        assert_eq!(ok("true"), Value::Bool(true));
        assert_eq!(ok("false"), Value::Bool(false));
        assert_eq!(ok(" \t\r\n null \t\r\n "), Value::Null);
        assert_eq!(ok("[ 1 , 2 ]\n"), Value::Array(vec![n(1.0), n(2.0)]));
    }

    #[test]
    fn arrays_and_objects() {
        assert_eq!(ok("[]"), Value::Array(vec![]));
        assert_eq!(ok("[ ]"), Value::Array(vec![]));
        assert_eq!(ok("{}"), Value::Object(vec![]));
        assert_eq!(ok(" { \n } "), Value::Object(vec![]));
        assert_eq!(
            ok(r#"{"a": [1, "two", true, false, null, {}, []], "b": {"c": -1.5e2}}"#),
            obj(vec![
                (
                    "a",
                    Value::Array(vec![
                        n(1.0),
                        s("two"),
                        Value::Bool(true),
                        Value::Bool(false),
                        Value::Null,
                        Value::Object(vec![]),
                        Value::Array(vec![]),
                    ])
                ),
                ("b", obj(vec![("c", n(-150.0))])),
            ])
        );
        // Keys keep the document's order.
        let keys: Vec<String> = match ok(r#"{"z":1,"a":2,"m":3,"1":4}"#) {
            Value::Object(members) => members.into_iter().map(|(k, _)| k.into_owned()).collect(),
            _ => unreachable!(),
        };
        assert_eq!(keys, ["z", "a", "m", "1"]);
    }

    #[test]
    fn structural_errors() {
        syntax_at("[1,]", 1, 4);
        syntax_at("[,1]", 1, 2);
        syntax_at("[1 2]", 1, 4);
        syntax_at("[1,,2]", 1, 4);
        syntax_at("{\"a\":1,}", 1, 8);
        syntax_at("{,}", 1, 2);
        syntax_at("{\"a\" 1}", 1, 6);
        syntax_at("{\"a\":}", 1, 6);
        syntax_at("{1:2}", 1, 2);
        syntax_at("{'a':1}", 1, 2);
        syntax_at("{a:1}", 1, 2);
        syntax_at("{\"a\":1 \"b\":2}", 1, 8);
        syntax_at("[1]]", 1, 4);
        syntax_at("{} {}", 1, 4);
        syntax_at("1 x", 1, 3);
        syntax_at("tru", 1, 4);
        syntax_at("trux", 1, 4);
        syntax_at("nul", 1, 4);
        syntax_at("nulL", 1, 4);
        syntax_at("falsey", 1, 6);
        syntax_at("True", 1, 1);
        syntax_at("[1] // comment", 1, 5);
        syntax_at("/* c */ 1", 1, 1);
        syntax_at("'a'", 1, 1);
        syntax_at("[\"a\",\n\u{a0}1]", 2, 1);
        syntax_at("\u{b}1", 1, 1);
        syntax_at("\u{c}1", 1, 1);
    }

    #[test]
    fn unexpected_end() {
        syntax_at("", 1, 1);
        syntax_at("   ", 1, 4);
        syntax_at("\n\n", 3, 1);
        syntax_at("[", 1, 2);
        syntax_at("{", 1, 2);
        syntax_at("[1", 1, 3);
        syntax_at("[1,", 1, 4);
        syntax_at("{\"a\"", 1, 5);
        syntax_at("{\"a\":", 1, 6);
        syntax_at("{\"a\":1", 1, 7);
        syntax_at("\"abc", 1, 5);
        syntax_at("\"😀", 1, 4);
        syntax_at("{\n  \"a\": [1,\n  2", 3, 4);
    }

    #[test]
    fn byte_order_mark_is_not_whitespace() {
        syntax_at("\u{feff}{}", 1, 1);
        syntax_at("{}\u{feff}", 1, 3);
        syntax_at("[\u{feff}1]", 1, 2);
    }

    #[test]
    fn depth_limit() {
        assert!(parse(&nested_arrays(MAX_DEPTH)).is_ok());
        assert_eq!(
            refusal(&nested_arrays(MAX_DEPTH + 1)),
            (InputErrorKind::TooDeep, 1, 65)
        );
        assert!(parse(&nested_objects(MAX_DEPTH)).is_ok());
        assert_eq!(
            refusal(&nested_objects(MAX_DEPTH + 1)),
            (InputErrorKind::TooDeep, 1, 5 * 64 + 1)
        );
        // Scalars inside the 64th level add no level.
        let text = format!("{}1, \"x\", null{}", "[".repeat(64), "]".repeat(64));
        assert!(parse(&text).is_ok());
        // Mixed, on several lines.
        let text = format!("{}\n  {{\"a\": [[]]}}{}", "[".repeat(62), "]".repeat(62));
        assert_eq!(refusal(&text), (InputErrorKind::TooDeep, 2, 10));
        // Very deep input is refused without overflowing the stack.
        assert_eq!(err(&nested_arrays(1_000_000)).kind, InputErrorKind::TooDeep);
        let text = format!("{}1{}", "{\"a\":[".repeat(100_000), "]}".repeat(100_000));
        assert_eq!(err(&text).kind, InputErrorKind::TooDeep);
        // Text that is not JSON is reported as such, however deep.
        let text = format!("{}\n  {{\"a\": [[", "[".repeat(62));
        assert_eq!(refusal(&text).1, 2);
        assert!(matches!(refusal(&text).0, InputErrorKind::Syntax(_)));
        assert!(matches!(
            err(&"{\"a\":[".repeat(100_000)).kind,
            InputErrorKind::Syntax(_)
        ));
        // Depth counts nesting, not containers seen: many siblings are fine.
        let wide = format!("[{}[]]", "[[[]]],".repeat(1000));
        assert!(parse(&wide).is_ok());
    }
}
