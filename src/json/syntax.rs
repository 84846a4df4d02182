//! Where text stops being JSON, for a text already refused: what `JSON.parse` would say
//! of it comes first.

use super::numbers::scan_number;
use super::parser::scan_literal;
use super::strings::scan_string;
use super::{fail_at, Fail, Parsed};
use crate::refusal::InputErrorKind;

/// The first place where the text stops being JSON, if it does, ignoring the refusals that
/// JSON.parse does not make (depth, size of numbers, lone surrogates). Iterative, so any depth
/// is fine. Used only once a refusal is found, so that text which is not JSON is always
/// reported as such, at the place `JSON.parse` reports.
#[cold]
pub(super) fn first_syntax_error(bytes: &[u8]) -> Option<Fail> {
    let skip = |mut at: usize| {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = bytes.get(at) {
            at += 1;
        }
        at
    };
    let syntax = |at: usize, expected: &'static str| fail_at(at, InputErrorKind::Syntax(expected));
    // The containers open around the current place: true for an object.
    let mut open: Vec<bool> = Vec::new();
    let mut at = 0;
    let result: Parsed<()> = (|| loop {
        // A value is expected at `at`.
        at = skip(at);
        match bytes.get(at) {
            Some(b'"') => at = scan_string(bytes, at)?,
            Some(b'-' | b'0'..=b'9') => at = scan_number(bytes, at)?.end,
            Some(b't') => at = scan_literal(bytes, at, b"true")?,
            Some(b'f') => at = scan_literal(bytes, at, b"false")?,
            Some(b'n') => at = scan_literal(bytes, at, b"null")?,
            Some(b'[') => {
                at = skip(at + 1);
                if bytes.get(at) != Some(&b']') {
                    open.push(false);
                    continue;
                }
                at += 1;
            }
            Some(b'{') => {
                at = skip(at + 1);
                match bytes.get(at) {
                    Some(b'}') => at += 1,
                    Some(b'"') => {
                        at = skip(scan_string(bytes, at)?);
                        if bytes.get(at) != Some(&b':') {
                            return Err(syntax(at, "':' after a property name"));
                        }
                        at += 1;
                        open.push(true);
                        continue;
                    }
                    _ => return Err(syntax(at, "a property name in double quotes or '}'")),
                }
            }
            _ => return Err(syntax(at, "a value")),
        }
        // A value ended at `at`: close containers until the next value is due.
        loop {
            at = skip(at);
            match (open.last(), bytes.get(at)) {
                (None, None) => return Ok(()),
                (None, Some(_)) => return Err(syntax(at, "the end of the text")),
                (Some(false), Some(b',')) => {
                    at += 1;
                    break;
                }
                (Some(false), Some(b']')) | (Some(true), Some(b'}')) => {
                    open.pop();
                    at += 1;
                }
                (Some(false), _) => return Err(syntax(at, "',' or ']'")),
                (Some(true), Some(b',')) => {
                    at = skip(at + 1);
                    if bytes.get(at) != Some(&b'"') {
                        return Err(syntax(at, "a property name in double quotes"));
                    }
                    at = skip(scan_string(bytes, at)?);
                    if bytes.get(at) != Some(&b':') {
                        return Err(syntax(at, "':' after a property name"));
                    }
                    at += 1;
                    break;
                }
                (Some(true), _) => return Err(syntax(at, "',' or '}'")),
            }
        }
    })();
    result.err()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::position::position_at;
    use crate::json::tests::{err, nested_arrays, refusal, syntax_at};

    #[test]
    fn text_that_is_not_json_is_reported_as_such_first() {
        // A refusal alone is reported at its place...
        assert_eq!(
            refusal("[1e400, 1]"),
            (InputErrorKind::NumberTooLarge, 1, 2)
        );
        // ...but when the text is not JSON either, the syntax error is what JSON.parse
        // reports, and so is what is refused.
        syntax_at("[1e400, 1", 1, 10);
        syntax_at("[1e400,\n 1 2]", 2, 4);
        syntax_at("[\"\\ud800\", }", 1, 12);
        syntax_at("{\"\\udc00\": 1,}", 1, 14);
        syntax_at(&format!("{}1 2{}", "[".repeat(70), "]".repeat(70)), 1, 73);
        syntax_at(&format!("{}1{}", "[".repeat(70), "]".repeat(69)), 1, 141);
        // A high surrogate before a malformed escape: the escape is the syntax error.
        syntax_at("\"\\ud800\\u12x4\"", 1, 12);
        // Every syntax error the parser finds, the syntax-only check finds at the same place.
        for text in [
            "[1,]",
            "{\"a\" 1}",
            "\"abc",
            "tru",
            "[01]",
            "1 x",
            "",
            "{\"a\":1,}",
            "\"\\x\"",
        ] {
            let e = err(text);
            let fail = first_syntax_error(text.as_bytes()).expect("a syntax error");
            assert_eq!(Some(position_at(text, fail.offset)), e.position, "{text:?}");
            assert_eq!(fail.kind, e.kind, "{text:?}");
        }
        assert!(first_syntax_error(nested_arrays(100_000).as_bytes()).is_none());
        assert!(first_syntax_error(b"{\"a\": [1e400, \"\\ud800\"]}").is_none());
    }
}
