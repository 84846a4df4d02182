//! Refused input (rules.md, "Limits on input"): every refusal the core makes, its code and its
//! one wording. The parser (json.rs) and the admission checks below decide them; the
//! WebAssembly binding passes them to JavaScript as data (docs/architecture.md, "Refusals").
//! No message holds text from the document.

use crate::json_write::{Object, WriteJson};
use crate::limits::{mebibytes, MAX_DEPTH};
use std::fmt;

/// Where in the text: 1-based line (lines end at U+000A only) and 1-based column counted in
/// UTF-16 code units (what JavaScript string indices count).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputErrorKind {
    /// The UTF-8 encoding is over `limit` (or the module could not take it whole): `bytes` is
    /// its size, or a lower bound of it when it was not measured whole.
    TooLarge { bytes: usize, limit: usize },
    /// Not JSON; says what was expected (never what was found: that could be document text).
    Syntax(&'static str),
    /// Nesting deeper than [`MAX_DEPTH`].
    TooDeep,
    /// A number too large for a 64-bit float, such as `1e400`.
    NumberTooLarge,
    /// A string with a lone surrogate, in a key or a value: a `\uD800`-style escape that is not
    /// half of a pair, or (from JavaScript) such a code unit in the string itself.
    LoneSurrogate,
    /// Bytes that are not UTF-8: `validateJson` given a `Uint8Array` (through the WebAssembly
    /// binding's byte buffer, which is the only way bytes reach the core).
    NotUtf8,
    /// `migrate` of a value that is not a format-1 or format-2 document: not an object, or its
    /// `formVersion` not the number 1 or 2 (migration.md).
    NotMigratable,
    /// `nextYear` of a format-1 document (`formVersion` the number 1): migrate it first
    /// (docs/spec/yearly.md).
    MigrateFirst,
    /// `nextYear` of a value that is not a format-2 document: not an object, or its
    /// `formVersion` not the number 2 (nor 1).
    NotFormat2,
    /// `nextYear` of a document whose `about.periodEnd` is not a real date (missing, of the
    /// wrong type, not `YYYY-MM-DD`), or is in the year 9999, whose next year cannot be written.
    NoPeriod,
}

/// Refused input. Its message never holds text from the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub kind: InputErrorKind,
    /// Where the text stops being acceptable; `None` when the refusal is about the whole input
    /// (its size, its encoding) or about a value rather than a text.
    pub position: Option<Position>,
}

impl InputErrorKind {
    /// A short, stable name for the refusal (the `code` of the JavaScript `Error`).
    pub fn code(&self) -> &'static str {
        match self {
            InputErrorKind::TooLarge { .. } => "too-large",
            InputErrorKind::Syntax(_) => "not-json",
            InputErrorKind::TooDeep => "too-deep",
            InputErrorKind::NumberTooLarge => "number-too-large",
            InputErrorKind::LoneSurrogate => "lone-surrogate",
            InputErrorKind::NotUtf8 => "not-utf8",
            InputErrorKind::NotMigratable => "not-migratable",
            InputErrorKind::MigrateFirst => "migrate-first",
            InputErrorKind::NotFormat2 => "not-format-2",
            InputErrorKind::NoPeriod => "no-period",
        }
    }
}

/// Every kind of refusal, once, for the package's types (`CoreRefusalCode`, written by
/// src/typescript.rs): what the types say of each code, for JavaScript's callers. The match is
/// exhaustive, so a new kind does not compile until it is described here; list it in `EVERY`
/// beside it.
#[cfg(test)]
impl InputErrorKind {
    pub(crate) const EVERY: [InputErrorKind; 10] = [
        InputErrorKind::Syntax(""),
        InputErrorKind::TooLarge { bytes: 0, limit: 0 },
        InputErrorKind::TooDeep,
        InputErrorKind::NumberTooLarge,
        InputErrorKind::LoneSurrogate,
        InputErrorKind::NotUtf8,
        InputErrorKind::NotMigratable,
        InputErrorKind::MigrateFirst,
        InputErrorKind::NotFormat2,
        InputErrorKind::NoPeriod,
    ];

    pub(crate) fn summary(&self) -> &'static str {
        match self {
            InputErrorKind::Syntax(_) => "validateJson: the text is not JSON (with `line` and `column`).",
            InputErrorKind::TooLarge { .. } => {
                "validateJson: over `limits().maxBytes` (5 MiB) of UTF-8; validate and the text functions: over `limits().maxValueBytes`, or beyond what memory can hold."
            }
            InputErrorKind::TooDeep => "Nesting deeper than `limits().maxDepth` (64) levels.",
            InputErrorKind::NumberTooLarge => "A number beyond a 64-bit float, such as `1e400`.",
            InputErrorKind::LoneSurrogate => "A string with a lone surrogate, in a key or a value.",
            InputErrorKind::NotUtf8 => {
                "validateJson: bytes (a Uint8Array) that are not UTF-8."
            }
            InputErrorKind::NotMigratable => {
                "migrate: not an object, or its `formVersion` not the number 1 or 2."
            }
            InputErrorKind::MigrateFirst => "nextYear: a format-1 document; migrate it first.",
            InputErrorKind::NotFormat2 => {
                "nextYear: not an object, or its `formVersion` not the number 2 (nor 1)."
            }
            InputErrorKind::NoPeriod => {
                "nextYear: `about.periodEnd` is not a real date (or is in the year 9999)."
            }
        }
    }
}

impl From<InputErrorKind> for InputError {
    fn from(kind: InputErrorKind) -> InputError {
        InputError {
            kind,
            position: None,
        }
    }
}

/// The one wording of each refusal, with its position when it has one.
impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = self.position;
        match &self.kind {
            InputErrorKind::TooLarge { limit, .. } => write!(
                f,
                "The text is too large to check: sefcheck takes at most {}",
                mebibytes(*limit)
            ),
            InputErrorKind::Syntax(expected) => {
                write!(f, "The text is not JSON: expected {expected}")?;
                match at {
                    Some(at) => write!(f, " at line {}, column {}", at.line, at.column),
                    None => Ok(()),
                }
            }
            InputErrorKind::TooDeep => {
                write!(
                    f,
                    "The document is nested more than {MAX_DEPTH} levels deep"
                )?;
                in_brackets(f, at)
            }
            InputErrorKind::NumberTooLarge => {
                write!(
                    f,
                    "A number in the document is too large for a 64-bit float"
                )?;
                in_brackets(f, at)
            }
            InputErrorKind::LoneSurrogate => {
                write!(
                    f,
                    "A string in the document holds a lone surrogate, which Unicode cannot encode"
                )?;
                in_brackets(f, at)
            }
            InputErrorKind::NotUtf8 => {
                write!(f, "The bytes are not UTF-8 text")
            }
            InputErrorKind::NotMigratable => write!(
                f,
                "The document cannot be migrated: migrate takes a self-evaluation in format 1 or 2, a JSON object whose formVersion is the number 1 or 2"
            ),
            InputErrorKind::MigrateFirst => write!(
                f,
                "This self-evaluation is in format 1: migrate it to format 2 first (sefcheck migrate), then start next year's from it"
            ),
            InputErrorKind::NotFormat2 => write!(
                f,
                "Next year's self-evaluation is made from a self-evaluation in format 2: a JSON object whose formVersion is the number 2"
            ),
            InputErrorKind::NoPeriod => write!(
                f,
                "Next year's period cannot be worked out: enter the end of the period covered (about.periodEnd) as a real date in the format YYYY-MM-DD, before the year 9999"
            ),
        }
    }
}

fn in_brackets(f: &mut fmt::Formatter<'_>, at: Option<Position>) -> fmt::Result {
    match at {
        Some(at) => write!(f, " (line {}, column {})", at.line, at.column),
        None => Ok(()),
    }
}

impl std::error::Error for InputError {}

impl InputError {
    /// The refusal as JavaScript reads it from the WebAssembly binding:
    /// `{"refusal":{"code","message","line"?,"column"?}}`, its code, its one message (which
    /// never holds document text) and, with `with_position` (`validateJson`'s text; not
    /// `validate`'s, which the caller never saw), where the text stops being acceptable.
    pub fn refusal_json(&self, with_position: bool) -> String {
        let position = self.position.filter(|_| with_position);
        let message = self.to_string();
        let mut out = String::new();
        Object::new(&mut out)
            .member(
                "refusal",
                &Refusal {
                    code: self.kind.code(),
                    message: &message,
                    line: position.map(|p| p.line),
                    column: position.map(|p| p.column),
                },
            )
            .end();
        out
    }
}

/// A refusal as data, inside `{"refusal": ...}`. Its serde `Serialize`, only in the tests, is
/// the reference its text is held to.
#[cfg_attr(test, derive(serde::Serialize))]
struct Refusal<'a> {
    code: &'a str,
    message: &'a str,
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    line: Option<usize>,
    #[cfg_attr(test, serde(skip_serializing_if = "Option::is_none"))]
    column: Option<usize>,
}

impl WriteJson for Refusal<'_> {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("code", self.code)
            .member("message", self.message)
            .optional("line", self.line)
            .optional("column", self.column)
            .end();
    }
}

/// Admits input of `bytes` bytes of UTF-8 against `limit`: the one decision of `too-large`.
/// `taken`: how many of those bytes the caller could hand over (the WebAssembly binding's
/// buffer may be smaller when the module's memory cannot grow); what the core does not hold
/// whole it cannot check.
pub fn admit_size(bytes: usize, taken: usize, limit: usize) -> Result<(), InputError> {
    if bytes > limit || taken < bytes {
        return Err(InputErrorKind::TooLarge { bytes, limit }.into());
    }
    Ok(())
}

/// Admits a value whose containers nest `levels` deep (the top-level value is level 1): the
/// one decision of `too-deep` for a value that is not text. The parser applies the same limit
/// to text, where it also knows the place.
pub fn admit_nesting(levels: usize) -> Result<(), InputError> {
    if levels > MAX_DEPTH {
        return Err(InputErrorKind::TooDeep.into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::MAX_BYTES;

    #[test]
    fn one_wording_per_code_with_the_position_when_there_is_one() {
        let at = Some(Position { line: 3, column: 8 });
        let cases = [
            (
                InputErrorKind::TooLarge {
                    bytes: MAX_BYTES + 1,
                    limit: MAX_BYTES,
                },
                None,
                "too-large",
                "The text is too large to check: sefcheck takes at most 5 MiB (5,242,880 bytes)",
            ),
            (
                InputErrorKind::Syntax("a value"),
                at,
                "not-json",
                "The text is not JSON: expected a value at line 3, column 8",
            ),
            (
                InputErrorKind::TooDeep,
                None,
                "too-deep",
                "The document is nested more than 64 levels deep",
            ),
            (
                InputErrorKind::TooDeep,
                at,
                "too-deep",
                "The document is nested more than 64 levels deep (line 3, column 8)",
            ),
            (
                InputErrorKind::NumberTooLarge,
                at,
                "number-too-large",
                "A number in the document is too large for a 64-bit float (line 3, column 8)",
            ),
            (
                InputErrorKind::LoneSurrogate,
                at,
                "lone-surrogate",
                "A string in the document holds a lone surrogate, which Unicode cannot encode (line 3, column 8)",
            ),
            (
                InputErrorKind::NotUtf8,
                None,
                "not-utf8",
                "The bytes are not UTF-8 text",
            ),
            (
                InputErrorKind::NotMigratable,
                None,
                "not-migratable",
                "The document cannot be migrated: migrate takes a self-evaluation in format 1 or 2, a JSON object whose formVersion is the number 1 or 2",
            ),
        ];
        for (kind, position, code, message) in cases {
            assert_eq!(kind.code(), code);
            assert_eq!(InputError { kind, position }.to_string(), message);
        }
    }

    #[test]
    fn refusals_as_serde_json_writes_them() {
        #[derive(serde::Serialize)]
        struct Refused<'a> {
            refusal: Refusal<'a>,
        }
        let positions = [
            None,
            Some(Position { line: 1, column: 1 }),
            Some(Position {
                line: 12_345,
                column: 67_890,
            }),
        ];
        let mut kinds = InputErrorKind::EVERY.to_vec();
        kinds.extend([
            InputErrorKind::Syntax("a value"),
            InputErrorKind::TooLarge {
                bytes: MAX_BYTES + 1,
                limit: MAX_BYTES,
            },
        ]);
        for kind in kinds {
            for position in positions {
                for with_position in [false, true] {
                    let refused = InputError {
                        kind: kind.clone(),
                        position,
                    };
                    let message = refused.to_string();
                    let at = position.filter(|_| with_position);
                    let reference = Refused {
                        refusal: Refusal {
                            code: kind.code(),
                            message: &message,
                            line: at.map(|p| p.line),
                            column: at.map(|p| p.column),
                        },
                    };
                    crate::json_write::tests::same_as_serde_json(
                        &refused.refusal_json(with_position),
                        &reference,
                    );
                }
            }
        }
        // The wording of a message as the writer escapes any string: held to serde_json's too.
        for text in crate::json_write::tests::awkward_strings() {
            let refusal = Refusal {
                code: &text,
                message: &text,
                line: Some(1),
                column: None,
            };
            crate::json_write::tests::same_as_serde_json(
                &crate::json_write::to_json(&refusal),
                &refusal,
            );
        }
        assert_eq!(
            InputError {
                kind: InputErrorKind::TooDeep,
                position: Some(Position { line: 2, column: 3 }),
            }
            .refusal_json(true),
            r#"{"refusal":{"code":"too-deep","message":"The document is nested more than 64 levels deep (line 2, column 3)","line":2,"column":3}}"#
        );
    }

    #[test]
    fn admission() {
        assert!(admit_size(MAX_BYTES, MAX_BYTES, MAX_BYTES).is_ok());
        assert_eq!(
            admit_size(MAX_BYTES + 1, MAX_BYTES + 1, MAX_BYTES).map_err(|e| e.kind),
            Err(InputErrorKind::TooLarge {
                bytes: MAX_BYTES + 1,
                limit: MAX_BYTES
            })
        );
        assert!(admit_size(10, 0, MAX_BYTES).is_err(), "not taken whole");
        assert!(admit_nesting(MAX_DEPTH).is_ok());
        assert!(admit_nesting(MAX_DEPTH + 1).is_err());
    }
}
