//! JSON text to [`Value`], refusing what rules.md "Limits on input" refuses.
//! (Interface fixed; implementation in progress.)

use crate::value::Value;
use std::fmt;

/// The largest text `validate_json` accepts: 5 MiB of UTF-8.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// The deepest nesting accepted: the top-level value is level 1.
pub const MAX_DEPTH: usize = 64;

/// Where in the text: 1-based line (lines end at U+000A only) and 1-based column counted in
/// UTF-16 code units (what JavaScript string indices count).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputErrorKind {
    /// The UTF-8 encoding is over [`MAX_BYTES`]; holds the size in bytes.
    TooLarge(usize),
    /// Not JSON; says what was expected (never what was found: that could be document text).
    Syntax(&'static str),
    /// Nesting deeper than [`MAX_DEPTH`].
    TooDeep,
    /// A number too large for a 64-bit float, such as `1e400`.
    NumberTooLarge,
    /// A `\uD800`-style escape that is not half of a surrogate pair, in a key or a value.
    LoneSurrogate,
}

/// Refused input. Its message never holds text from the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub kind: InputErrorKind,
    /// Where the text stops being acceptable; `None` for [`InputErrorKind::TooLarge`].
    pub position: Option<Position>,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        todo!()
    }
}

impl std::error::Error for InputError {}

/// Parses JSON text as `JSON.parse` would, but refusing text over 5 MiB, nesting deeper than
/// 64 levels, numbers beyond a double and lone surrogates (even in a value that a later
/// equal key overwrites).
pub fn parse(text: &str) -> Result<Value<'_>, InputError> {
    todo!()
}
