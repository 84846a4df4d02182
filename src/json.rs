//! JSON text to [`Value`], refusing what rules.md "Limits on input" refuses.
//!
//! A hand-written recursive-descent parser over the bytes of the text. It reads exactly what
//! `JSON.parse` reads (RFC 8259) and stops at the first problem in text order. Positions are
//! worked out only when an error happens, so the happy path pays nothing for them.
//!
//! The parser (parser.rs) reads values, and strings (strings.rs), numbers (numbers.rs) and
//! objects' members (members.rs) each in a module of their own; only once a refusal is found
//! does syntax.rs look for the first place the text stops being JSON, and position.rs work
//! out the line and column. accepted.rs reads again, for the locator, text already accepted.

use crate::limits::MAX_BYTES;
use crate::refusal::admit_size;
pub use crate::refusal::{InputError, InputErrorKind, Position};
use crate::value::Value;
use parser::Parser;
use position::position_at;
use syntax::first_syntax_error;

mod accepted;
mod members;
mod numbers;
mod parser;
mod position;
mod strings;
mod syntax;

#[cfg(test)]
mod tests;

pub(crate) use accepted::{skip_whitespace, string_at, value_end};
pub(crate) use position::{utf16_units, Lines};
pub(crate) use strings::scan_plain;

/// Parses JSON text as `JSON.parse` would, but refusing text over 5 MiB, nesting deeper than
/// 64 levels, numbers beyond a double and lone surrogates (even in a value that a later
/// equal key overwrites).
pub fn parse(text: &str) -> Result<Value<'_>, InputError> {
    admit_size(text.len(), text.len(), MAX_BYTES)?;
    parse_unbounded(text)
}

/// [`parse`] without the 5 MiB limit, for text that `JSON.stringify` made from a JavaScript
/// value; every other refusal stays.
pub fn parse_unbounded(text: &str) -> Result<Value<'_>, InputError> {
    parse_carried(text, None)
}

/// [`parse_unbounded`] of text carried from a JavaScript string that held lone surrogates:
/// UTF-8 cannot carry them, so each was replaced by U+FFFD (one UTF-16 code unit, as the
/// surrogate was), and `lone_surrogate_at` is the UTF-16 index of the first. The text is
/// refused as holding a lone surrogate there, unless it is not JSON (which is said first, as
/// for any refusal) or another refusal comes earlier in the text.
pub fn parse_carried(
    text: &str,
    lone_surrogate_at: Option<usize>,
) -> Result<Value<'_>, InputError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        items: Vec::new(),
        members: Vec::new(),
    };
    let carried = lone_surrogate_at.map(|units| FailAt {
        offset: byte_offset_of_unit(text, units),
        kind: InputErrorKind::LoneSurrogate,
    });
    let parsed = parser.document();
    let fail = match (parsed, carried) {
        (Ok(value), None) => return Ok(value),
        (Ok(_), Some(carried)) => carried,
        (Err(fail), None) => *fail,
        (Err(fail), Some(carried)) => {
            if carried.offset < fail.offset {
                carried
            } else {
                *fail
            }
        }
    };
    // Text that is not JSON is reported as such, wherever a refusal came first.
    let fail = match fail.kind {
        InputErrorKind::Syntax(_) => fail,
        _ => first_syntax_error(text.as_bytes()).map_or(fail, |syntax| *syntax),
    };
    Err(InputError {
        kind: fail.kind,
        position: Some(position_at(text, fail.offset)),
    })
}

/// The byte offset of UTF-16 code unit `units` of `text` (its length when past the end).
fn byte_offset_of_unit(text: &str, units: usize) -> usize {
    let mut counted = 0;
    for (offset, c) in text.char_indices() {
        if counted >= units {
            return offset;
        }
        counted += c.len_utf16();
    }
    text.len()
}

/// A refusal at a byte offset; turned into an [`InputError`] with a line and column at the end.
struct FailAt {
    offset: usize,
    kind: InputErrorKind,
}

/// Boxed, so that the results on the happy path stay as small as a value.
type Fail = Box<FailAt>;

type Parsed<T> = Result<T, Fail>;

#[cold]
fn fail_at(offset: usize, kind: InputErrorKind) -> Fail {
    Box::new(FailAt { offset, kind })
}
