//! Reading accepted text, for the locator (locate.rs), which walks text that `parse` has
//! accepted already, and so never meets an error: each of these gives `None` rather than
//! failing.

use super::numbers::scan_number;
use super::parser::Parser;
use super::strings::scan_string;
use std::borrow::Cow;

/// The offset of the first byte at or after `at` that is not JSON white space.
pub(crate) fn skip_whitespace(bytes: &[u8], mut at: usize) -> usize {
    while let Some(b' ' | b'\t' | b'\n' | b'\r') = bytes.get(at) {
        at += 1;
    }
    at
}

/// The string whose opening quote is at `at`, decoded, and the offset after its closing quote.
pub(crate) fn string_at(text: &str, at: usize) -> Option<(Cow<'_, str>, usize)> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        pos: at,
        items: Vec::new(),
        members: Vec::new(),
    };
    let string = parser.string().ok()?;
    Some((string, parser.pos))
}

/// Where the value that starts at `at` ends. Iterative, so that any depth is fine.
pub(crate) fn value_end(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at)? {
        b'"' => scan_string(bytes, at).ok(),
        b'-' | b'0'..=b'9' => scan_number(bytes, at).ok().map(|n| n.end),
        b't' | b'n' => Some(at + 4),
        b'f' => Some(at + 5),
        b'[' | b'{' => {
            let mut depth = 0usize;
            let mut at = at;
            loop {
                match bytes.get(at)? {
                    b'"' => {
                        at = scan_string(bytes, at).ok()?;
                        continue;
                    }
                    b'[' | b'{' => depth += 1,
                    b']' | b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(at + 1);
                        }
                    }
                    _ => {}
                }
                at += 1;
            }
        }
        _ => None,
    }
}
