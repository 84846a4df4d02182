//! JSON text to [`Value`], refusing what rules.md "Limits on input" refuses.
//!
//! A hand-written recursive-descent parser over the bytes of the text. It reads exactly what
//! `JSON.parse` reads (RFC 8259) and stops at the first problem in text order. Positions are
//! worked out only when an error happens, so the happy path pays nothing for them.

use crate::decimal;
use crate::keyset::sort_keyed;
use crate::limits::{MAX_BYTES, MAX_DEPTH};
use crate::refusal::admit_size;
pub use crate::refusal::{InputError, InputErrorKind, Position};
use crate::value::Value;
use std::borrow::Cow;

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

/// Up to this many members, an object looks for an equal key by a linear scan as each member
/// comes; past it, members are added as they come and equal keys are merged once, by a sort,
/// when the object ends, so that a huge object is not quadratic.
const MERGE_PAST: usize = 16;

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    /// The items of the arrays being read, innermost last; each array takes its own off the
    /// top when it ends, so that it gets one allocation of the right size.
    items: Vec<Value<'a>>,
    /// The same for the members of the objects being read.
    members: Vec<(Cow<'a, str>, Value<'a>)>,
}

impl<'a> Parser<'a> {
    fn document(&mut self) -> Parsed<Value<'a>> {
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

    // Each of these three out of `value` (`#[inline(never)]`): V8 optimises the hot parser
    // functions after one document, and TurboFan's time grows faster than a function's size
    // (docs/performance.md, "What V8 compiles").
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

    /// A string; `self.pos` is at its opening quote. Borrowed from the text unless it holds an
    /// escape.
    fn string(&mut self) -> Parsed<Cow<'a, str>> {
        let start = self.pos + 1;
        let mut at = scan_plain(self.bytes, start);
        match self.bytes.get(at) {
            Some(b'"') => {
                self.pos = at + 1;
                return Ok(Cow::Borrowed(self.slice(start, at)?));
            }
            Some(b'\\') => {}
            Some(_) => return Err(control_character(at)),
            None => return Err(unterminated(at)),
        }
        let mut out = String::with_capacity(at - start + 16);
        out.push_str(self.slice(start, at)?);
        loop {
            match self.bytes.get(at) {
                Some(b'"') => {
                    self.pos = at + 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => at = self.escape(at, &mut out)?,
                Some(_) => return Err(control_character(at)),
                None => return Err(unterminated(at)),
            }
            let end = scan_plain(self.bytes, at);
            out.push_str(self.slice(at, end)?);
            at = end;
        }
    }

    /// Decodes the escape whose backslash is at `at` onto `out`; returns the offset after it.
    /// Not inlined: escapes are rare, and the parser's hot functions stay small for V8 to
    /// optimise (docs/performance.md, "What V8 compiles"), as does [`decimal::parse`]'s.
    #[inline(never)]
    fn escape(&self, at: usize, out: &mut String) -> Parsed<usize> {
        let decoded = match self.bytes.get(at + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let unit = hex4(self.bytes, at + 2)?;
                let (ch, next) = match unit {
                    0xD800..=0xDBFF => {
                        // Only a low-surrogate escape right after makes this half of a pair.
                        let low = match (self.bytes.get(at + 6), self.bytes.get(at + 7)) {
                            (Some(b'\\'), Some(b'u')) => hex4(self.bytes, at + 8).ok(),
                            _ => None,
                        };
                        match low {
                            Some(low @ 0xDC00..=0xDFFF) => {
                                let code = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                                (char::from_u32(code), at + 12)
                            }
                            _ => (None, at),
                        }
                    }
                    0xDC00..=0xDFFF => (None, at),
                    _ => (char::from_u32(unit), at + 6),
                };
                return match ch {
                    Some(ch) => {
                        out.push(ch);
                        Ok(next)
                    }
                    None => Err(fail_at(at, InputErrorKind::LoneSurrogate)),
                };
            }
            _ => return Err(bad_escape(at + 1)),
        };
        out.push(decoded);
        Ok(at + 2)
    }

    /// A number; `self.pos` is at its first character (`-` or a digit).
    #[inline(never)]
    fn number(&mut self) -> Parsed<Value<'a>> {
        let start = self.pos;
        let scanned = scan_number(self.bytes, start)?;
        let number = match scanned.integer {
            Some(integer) => integer,
            None => decimal::parse(self.slice(start, scanned.end)?),
        };
        if number.is_infinite() {
            return Err(fail_at(start, InputErrorKind::NumberTooLarge));
        }
        self.pos = scanned.end;
        Ok(Value::Number(number))
    }

    /// The text between two byte offsets that lie on character boundaries (always the case
    /// for offsets of ASCII bytes).
    #[inline]
    fn slice(&self, from: usize, to: usize) -> Parsed<&'a str> {
        self.text
            .get(from..to)
            .ok_or_else(|| fail_at(from, InputErrorKind::Syntax("a string")))
    }
}

/// Adds a member to the object whose members start at `base` in `members`; of two equal keys
/// the last value wins and the first key keeps its place. Up to [`MERGE_PAST`] members the keys
/// are unique as they come; past it, [`merge_equal_keys`] makes them so when the object ends.
fn insert<'a>(
    members: &mut Vec<(Cow<'a, str>, Value<'a>)>,
    base: usize,
    key: Cow<'a, str>,
    value: Value<'a>,
) {
    let own = members.get_mut(base..).unwrap_or_default();
    if own.len() < MERGE_PAST {
        if let Some(slot) = own.iter_mut().find(|(k, _)| *k == key) {
            slot.1 = value;
            return;
        }
    }
    members.push((key, value));
}

/// Of the members with equal keys, the first keeps its place and takes the last one's value,
/// and the others go: sorted with their places, equal keys fall together, first use first.
fn merge_equal_keys(members: &mut Vec<(Cow<'_, str>, Value<'_>)>) {
    // (first, last) place of each key used more than once, and whether each member goes.
    let mut merged = Vec::new();
    let mut goes = vec![false; members.len()];
    {
        let mut keyed: Vec<(&str, usize)> =
            members.iter().map(|(k, _)| k.as_ref()).zip(0..).collect();
        sort_keyed(&mut keyed);
        let mut run = keyed.iter().peekable();
        while let Some(&(key, first)) = run.next() {
            let mut last = first;
            while let Some(&(_, place)) = run.next_if(|(next, _)| *next == key) {
                if let Some(flag) = goes.get_mut(place) {
                    *flag = true;
                }
                last = place;
            }
            if last != first {
                merged.push((first, last));
            }
        }
    }
    for (first, last) in merged {
        let (head, tail) = members.split_at_mut(last);
        if let (Some((_, kept)), Some((_, latest))) = (head.get_mut(first), tail.first_mut()) {
            std::mem::swap(kept, latest);
        }
    }
    let mut place = 0;
    members.retain(|_| {
        let keep = !goes.get(place).copied().unwrap_or_default();
        place += 1;
        keep
    });
}

/// What [`scan_number`] found: where the number ends, and its value when it is a whole
/// number of at most 15 digits (exact in a double, so no need for the general parser).
struct NumberScan {
    end: usize,
    integer: Option<f64>,
}

/// Checks the JSON number grammar from `start` (at `-` or a digit).
#[inline]
fn scan_number(bytes: &[u8], start: usize) -> Parsed<NumberScan> {
    let digit_at = |i: usize| matches!(bytes.get(i), Some(b'0'..=b'9'));
    let mut at = start;
    let negative = bytes.get(at) == Some(&b'-');
    if negative {
        at += 1;
    }
    let mut whole: u64 = 0;
    match bytes.get(at) {
        Some(b'0') => at += 1,
        Some(b'1'..=b'9') => {
            while let Some(&d @ b'0'..=b'9') = bytes.get(at) {
                whole = whole.wrapping_mul(10).wrapping_add(u64::from(d - b'0'));
                at += 1;
            }
        }
        _ => return Err(fail_at(at, InputErrorKind::Syntax("a digit"))),
    }
    let int_digits = at - start - usize::from(negative);
    let mut simple = true;
    if bytes.get(at) == Some(&b'.') {
        simple = false;
        at += 1;
        if !digit_at(at) {
            return Err(fail_at(
                at,
                InputErrorKind::Syntax("a digit after the decimal point"),
            ));
        }
        while digit_at(at) {
            at += 1;
        }
    }
    if let Some(b'e' | b'E') = bytes.get(at) {
        simple = false;
        at += 1;
        if let Some(b'+' | b'-') = bytes.get(at) {
            at += 1;
        }
        if !digit_at(at) {
            return Err(fail_at(
                at,
                InputErrorKind::Syntax("a digit in the exponent"),
            ));
        }
        while digit_at(at) {
            at += 1;
        }
    }
    let integer = (simple && int_digits <= 15).then(|| {
        // Exact: below 2^53.
        let magnitude = whole as f64;
        if negative {
            -magnitude
        } else {
            magnitude
        }
    });
    Ok(NumberScan { end: at, integer })
}

/// Checks that `word` (`true`, `false` or `null`) stands at `at`; returns the offset after it.
#[inline]
fn scan_literal(bytes: &[u8], at: usize, word: &'static [u8]) -> Parsed<usize> {
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

/// Four hexadecimal digits from `at`.
fn hex4(bytes: &[u8], at: usize) -> Parsed<u32> {
    let mut unit = 0;
    for i in at..at + 4 {
        match bytes.get(i).copied().and_then(hex_digit) {
            Some(digit) => unit = unit * 16 + digit,
            None => {
                return Err(fail_at(
                    i,
                    InputErrorKind::Syntax("four hexadecimal digits after \\u"),
                ))
            }
        }
    }
    Ok(unit)
}

#[cold]
fn bad_escape(at: usize) -> Fail {
    fail_at(
        at,
        InputErrorKind::Syntax("an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u)"),
    )
}

/// Checks the string grammar from the opening quote at `at`, ignoring surrogates; returns the
/// offset after the closing quote.
fn scan_string(bytes: &[u8], at: usize) -> Parsed<usize> {
    let mut at = at + 1;
    loop {
        at = scan_plain(bytes, at);
        match bytes.get(at) {
            Some(b'"') => return Ok(at + 1),
            Some(b'\\') => match bytes.get(at + 1) {
                Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => at += 2,
                Some(b'u') => {
                    hex4(bytes, at + 2)?;
                    at += 6;
                }
                _ => return Err(bad_escape(at + 1)),
            },
            Some(_) => return Err(control_character(at)),
            None => return Err(unterminated(at)),
        }
    }
}

/// The first place where the text stops being JSON, if it does, ignoring the refusals that
/// JSON.parse does not make (depth, size of numbers, lone surrogates). Iterative, so any depth
/// is fine. Used only once a refusal is found, so that text which is not JSON is always
/// reported as such, at the place `JSON.parse` reports.
#[cold]
fn first_syntax_error(bytes: &[u8]) -> Option<Fail> {
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

// ------------------------------------------------------------------ reading accepted text
// For the locator (locate.rs), which walks text that `parse` has accepted already, and so never
// meets an error: each of these gives `None` rather than failing.

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

#[cold]
fn fail_at(offset: usize, kind: InputErrorKind) -> Fail {
    Box::new(FailAt { offset, kind })
}

#[cold]
fn control_character(at: usize) -> Fail {
    fail_at(
        at,
        InputErrorKind::Syntax("an escape instead of a raw control character in a string"),
    )
}

#[cold]
fn unterminated(at: usize) -> Fail {
    fail_at(at, InputErrorKind::Syntax("'\"' to end a string"))
}

fn hex_digit(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some(u32::from(b - b'0')),
        b'a'..=b'f' => Some(u32::from(b - b'a' + 10)),
        b'A'..=b'F' => Some(u32::from(b - b'A' + 10)),
        _ => None,
    }
}

/// The offset of the first byte from `at` that ends a plain run in a string: a quote, a
/// backslash, a control character or the end of the text. Eight bytes at a time (sixteen
/// first with WebAssembly SIMD).
#[inline]
pub(crate) fn scan_plain(bytes: &[u8], mut at: usize) -> usize {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    {
        at = crate::simd::plain_end(bytes, at);
    }
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    const QUOTES: u64 = ONES * b'"' as u64;
    const BACKSLASHES: u64 = ONES * b'\\' as u64;
    const SPACES: u64 = ONES * 0x20;
    while let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        let word = u64::from_le_bytes(*chunk);
        let quote = word ^ QUOTES;
        let backslash = word ^ BACKSLASHES;
        // Exact tests for "some byte is zero" and "some byte is below 0x20".
        let found = (quote.wrapping_sub(ONES) & !quote)
            | (backslash.wrapping_sub(ONES) & !backslash)
            | (word.wrapping_sub(SPACES) & !word);
        let found = found & HIGHS;
        if found != 0 {
            // The lowest flagged byte is a real match (borrows only flag bytes above one).
            return at + (found.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while let Some(&b) = bytes.get(at) {
        if b == b'"' || b == b'\\' || b < 0x20 {
            break;
        }
        at += 1;
    }
    at
}

/// Line (from 1, lines ending at U+000A only) and column (from 1, in UTF-16 code units) of a
/// byte offset.
fn position_at(text: &str, offset: usize) -> Position {
    let mut lines = Lines::new(text);
    lines.position(offset)
}

/// Positions of byte offsets taken in ascending order, in one pass over the text however many
/// there are: the line and column of rules.md ("Limits on input"), for refusals and for the
/// positions of diagnostics alike.
pub(crate) struct Lines<'a> {
    bytes: &'a [u8],
    /// Where the last position was asked for, and what it was.
    at: usize,
    line: usize,
    /// UTF-16 code units from the start of the line to `at`.
    units: usize,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(text: &'a str) -> Lines<'a> {
        Lines {
            bytes: text.as_bytes(),
            at: 0,
            line: 1,
            units: 0,
        }
    }

    /// The position of byte `offset` (clamped to the text); offsets must not go backwards.
    pub(crate) fn position(&mut self, offset: usize) -> Position {
        let offset = offset.min(self.bytes.len()).max(self.at);
        let stretch = self.bytes.get(self.at..offset).unwrap_or_default();
        match stretch.iter().rposition(|&b| b == b'\n') {
            Some(last) => {
                self.line += stretch.iter().filter(|&&b| b == b'\n').count();
                self.units = utf16_units(stretch.get(last + 1..).unwrap_or_default());
            }
            None => self.units += utf16_units(stretch),
        }
        self.at = offset;
        Position {
            line: self.line,
            column: self.units + 1,
        }
    }
}

/// UTF-16 code units in a stretch of UTF-8 that starts and ends on character boundaries: each
/// character is one, or two when it needs four bytes. Count the bytes that start a character,
/// and once more those that start a four-byte one.
pub(crate) fn utf16_units(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ok(text: &str) -> Value<'_> {
        match parse(text) {
            Ok(value) => value,
            Err(e) => panic!("{:?} was refused: {e}", short(text)),
        }
    }

    fn err(text: &str) -> InputError {
        match parse(text) {
            Ok(_) => panic!("{:?} was accepted", short(text)),
            Err(e) => e,
        }
    }

    /// The start of a text, for failure messages.
    fn short(text: &str) -> String {
        text.chars().take(80).collect()
    }

    fn at(line: usize, column: usize) -> Option<Position> {
        Some(Position { line, column })
    }

    /// The kind and position of the refusal, as (kind, line, column).
    fn refusal(text: &str) -> (InputErrorKind, usize, usize) {
        let e = err(text);
        let p = e.position.expect("a position");
        (e.kind, p.line, p.column)
    }

    fn syntax_at(text: &str, line: usize, column: usize) {
        let e = err(text);
        assert!(
            matches!(e.kind, InputErrorKind::Syntax(_)),
            "{text:?}: {:?}",
            e.kind
        );
        assert_eq!(e.position, at(line, column), "{text:?}");
    }

    fn s(text: &str) -> Value<'_> {
        Value::String(Cow::Borrowed(text))
    }

    fn n(number: f64) -> Value<'static> {
        Value::Number(number)
    }

    fn obj<'a>(members: Vec<(&'a str, Value<'a>)>) -> Value<'a> {
        Value::Object(
            members
                .into_iter()
                .map(|(k, v)| (Cow::Borrowed(k), v))
                .collect(),
        )
    }

    #[test]
    fn literals_and_whitespace() {
        assert_eq!(ok("null"), Value::Null);
        assert_eq!(ok("true"), Value::Bool(true));
        assert_eq!(ok("false"), Value::Bool(false));
        assert_eq!(ok(" \t\r\n null \t\r\n "), Value::Null);
        assert_eq!(ok("[ 1 , 2 ]\n"), Value::Array(vec![n(1.0), n(2.0)]));
    }

    #[test]
    fn numbers() {
        assert_eq!(ok("0"), n(0.0));
        assert!(ok("-0")
            .as_f64()
            .is_some_and(|x| x == 0.0 && x.is_sign_negative()));
        assert_eq!(ok("123"), n(123.0));
        assert_eq!(ok("-123"), n(-123.0));
        assert_eq!(ok("1.5"), n(1.5));
        assert_eq!(ok("-0.25"), n(-0.25));
        assert_eq!(ok("1e3"), n(1000.0));
        assert_eq!(ok("1E+3"), n(1000.0));
        assert_eq!(ok("25e-1"), n(2.5));
        assert_eq!(ok("0.1"), n(0.1));
        assert_eq!(ok("999999999999999"), n(999_999_999_999_999.0));
        assert_eq!(ok("-999999999999999"), n(-999_999_999_999_999.0));
        assert_eq!(ok("1.7976931348623157e308"), n(f64::MAX));
        assert_eq!(ok("5e-324"), n(5e-324));
        // Integers beyond 2^53 are rounded to the nearest double (ties to even).
        assert_eq!(ok("9007199254740993"), n(9_007_199_254_740_992.0));
        assert_eq!(ok("9007199254740995"), n(9_007_199_254_740_996.0));
        assert_eq!(ok("18446744073709551616"), n(18_446_744_073_709_551_616.0));
        assert_eq!(
            ok("123456789012345678901234567890"),
            n(1.2345678901234568e29)
        );
        // Underflow to zero is fine.
        assert_eq!(ok("1e-400"), n(0.0));
        assert!(ok("-1e-400")
            .as_f64()
            .is_some_and(|x| x == 0.0 && x.is_sign_negative()));
    }

    #[test]
    fn numbers_too_large() {
        assert_eq!(refusal("1e400"), (InputErrorKind::NumberTooLarge, 1, 1));
        assert_eq!(refusal("-1e400"), (InputErrorKind::NumberTooLarge, 1, 1));
        assert_eq!(
            refusal("[1, 1e309]"),
            (InputErrorKind::NumberTooLarge, 1, 5)
        );
        assert_eq!(
            refusal("{\"a\": 1e400}"),
            (InputErrorKind::NumberTooLarge, 1, 7)
        );
        assert_eq!(
            refusal("{\n \"a\":\n   -18e307 }"),
            (InputErrorKind::NumberTooLarge, 3, 4)
        );
        let digits = format!("[{}]", "9".repeat(400));
        assert_eq!(refusal(&digits), (InputErrorKind::NumberTooLarge, 1, 2));
        // Overwritten by a later equal key: still refused, at the number.
        assert_eq!(
            refusal("{\"a\":1e400,\"a\":1}"),
            (InputErrorKind::NumberTooLarge, 1, 6)
        );
    }

    #[test]
    fn invalid_numbers() {
        syntax_at("01", 1, 2);
        syntax_at("[01]", 1, 3);
        syntax_at("-01", 1, 3);
        syntax_at("1.", 1, 3);
        syntax_at("1.e5", 1, 3);
        syntax_at(".5", 1, 1);
        syntax_at("-", 1, 2);
        syntax_at("[-]", 1, 3);
        syntax_at("- 1", 1, 2);
        syntax_at("1e", 1, 3);
        syntax_at("1e+", 1, 4);
        syntax_at("1E-x", 1, 4);
        syntax_at("+1", 1, 1);
        syntax_at("0x10", 1, 2);
        syntax_at("NaN", 1, 1);
        syntax_at("Infinity", 1, 1);
        syntax_at("-Infinity", 1, 2);
        syntax_at("1_000", 1, 2);
    }

    #[test]
    fn strings_borrow_without_escapes() {
        let text = "\"plain café 😀 text\"";
        match ok(text) {
            Value::String(Cow::Borrowed(inner)) => assert_eq!(inner, "plain café 😀 text"),
            other => panic!("not borrowed: {other:?}"),
        }
        assert_eq!(ok("\"\""), s(""));
        // Longer than one eight-byte step, with the quote at every offset.
        for len in 0..40 {
            let body = "x".repeat(len);
            assert_eq!(ok(&format!("\"{body}\"")), s(&body));
            assert_eq!(
                ok(&format!("[\"{body}\",1]")),
                Value::Array(vec![s(&body), n(1.0)])
            );
        }
    }

    #[test]
    fn escapes() {
        let value = ok(r#""a\"b\\c\/d\be\ff\ng\rh\ti""#);
        assert!(matches!(value, Value::String(Cow::Owned(_))));
        assert_eq!(value, s("a\"b\\c/d\u{8}e\u{c}f\ng\rh\ti"));
        assert_eq!(
            ok(r#""\u0041\u00e9\u00E9\u20AC\u0000\u001f""#),
            s("Aéé€\u{0}\u{1f}")
        );
        assert_eq!(ok(r#""\uFFFF\uFEFF""#), s("\u{ffff}\u{feff}"));
        // A surrogate pair written as two escapes is one character.
        assert_eq!(ok(r#""\ud83d\ude00""#), s("😀"));
        assert_eq!(ok(r#""x\uD83D\uDE00y""#), s("x😀y"));
        assert_eq!(ok(r#""\udbff\udfff""#), s("\u{10ffff}"));
        assert_eq!(ok(r#""\ud800\udc00""#), s("\u{10000}"));
        // Escapes after long plain runs and at the end.
        let long = format!("\"{}\\n{}\\t\"", "a".repeat(30), "b".repeat(17));
        assert_eq!(
            ok(&long),
            s(&format!("{}\n{}\t", "a".repeat(30), "b".repeat(17)))
        );
        // Escaped keys are decoded too.
        assert_eq!(ok(r#"{"k\u0065y":1}"#), obj(vec![("key", n(1.0))]));
    }

    #[test]
    fn invalid_escapes() {
        syntax_at(r#""\x""#, 1, 3);
        syntax_at(r#""\'""#, 1, 3);
        syntax_at(r#""\U0041""#, 1, 3);
        syntax_at(r#""\u12G4""#, 1, 6);
        syntax_at(r#""\u12""#, 1, 6);
        syntax_at("\"\\u12", 1, 6);
        syntax_at("\"\\", 1, 3);
        syntax_at("\"ab\\", 1, 5);
        // A raw non-ASCII character after the backslash: column in UTF-16 units.
        syntax_at("\"\\é\"", 1, 3);
    }

    #[test]
    fn lone_surrogates() {
        let lone = InputErrorKind::LoneSurrogate;
        assert_eq!(refusal(r#""\ud800""#), (lone.clone(), 1, 2));
        assert_eq!(refusal(r#""\uDBFF""#), (lone.clone(), 1, 2));
        assert_eq!(refusal(r#""\udc00""#), (lone.clone(), 1, 2));
        assert_eq!(refusal(r#""ab\uDFFF cd""#), (lone.clone(), 1, 4));
        // A high surrogate followed by something other than a low-surrogate escape.
        assert_eq!(refusal(r#""\ud800x""#), (lone.clone(), 1, 2));
        assert_eq!(refusal(r#""\ud800\n""#), (lone.clone(), 1, 2));
        assert_eq!(refusal(r#""\ud800\u0041""#), (lone.clone(), 1, 2));
        assert_eq!(refusal(r#""\ud800\ud800\udc00""#), (lone.clone(), 1, 2));
        assert_eq!(refusal(r#""\ud83d\ude00\ude00""#), (lone.clone(), 1, 14));
        // Low then high is two lone halves: the first is reported.
        assert_eq!(refusal(r#""\udc00\ud800""#), (lone.clone(), 1, 2));
        // In a key.
        assert_eq!(refusal("{\"\\ud800\": 1}"), (lone.clone(), 1, 3));
        assert_eq!(refusal("{\n  \"a\\udfff\": 1}"), (lone.clone(), 2, 5));
        // In a value that a later equal key overwrites.
        assert_eq!(
            refusal(r#"{"approvedBy":"\udc00 see","approvedBy":"Chief Executive"}"#),
            (lone.clone(), 1, 16)
        );
        // In an overwritten key's later twin.
        assert_eq!(refusal(r#"{"a":1,"a\ud800":2}"#), (lone, 1, 10));
    }

    #[test]
    fn control_characters_in_strings() {
        for c in (0u8..0x20).map(char::from) {
            let text = format!("\"a{c}b\"");
            syntax_at(&text, 1, 3);
        }
        // DEL and C1 controls are allowed raw, as JSON.parse allows them.
        assert_eq!(ok("\"\u{7f}\u{85}\""), s("\u{7f}\u{85}"));
        // A raw newline inside a string is refused where it stands.
        syntax_at("{\"a\": \"line\nnext\"}", 1, 12);
        syntax_at("\"tab\there\"", 1, 5);
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
    fn conformance_error_positions() {
        // json-error-column-utf16.json: an emoji counts two code units.
        let text = "{\n  \"formVersion\": 1,\n  \"voice\": { \"children\": \"😀 cafe\u{301} 👍🏽\" \"complaints\": \"none\" }\n}\n";
        let e = err(text);
        assert_eq!(e.kind, InputErrorKind::Syntax("',' or '}'"));
        assert_eq!(e.position, at(3, 42));
        assert_eq!(
            e.to_string(),
            "The text is not JSON: expected ',' or '}' at line 3, column 42"
        );
        // json-error-line-lf-only.json: a lone CR does not end a line.
        let text = "{\r  \"formVersion\": 1,\r  \"about\": {\r    \"preparedBy\": \"Head of Quality\"\r    \"approvedBy\": \"Chief Executive\"\r  }\r}\r";
        assert_eq!(err(text).position, at(1, 76));
        // throws-invalid-json.json: the line.
        let text = "{\n  \"formVersion\": 1,\n  \"about\": { \"periodStart\": 2025-04-01, \"preparedBy\": \"Head of Practice Quality\" }\n}\n";
        assert_eq!(err(text).position, at(3, 33));
    }

    #[test]
    fn lines_and_columns() {
        // CRLF: the CR is the last character of its line.
        syntax_at("[1,\r\n 2,\r\n x]", 3, 2);
        syntax_at("[1,\r\n 2\r\r x]", 2, 6);
        // Non-BMP characters count two columns, BMP ones one, whatever their UTF-8 length.
        syntax_at("[\"😀\" 1]", 1, 7);
        syntax_at("[\"é€😀👍🏽\" 1]", 1, 13);
        syntax_at("[\"cafe\u{301}\" 1]", 1, 10);
        syntax_at("[\"a\",\n\"😀😀\",\n\"x\" x]", 3, 5);
        syntax_at("[\"😀\",\n x]", 2, 2);
    }

    #[test]
    fn duplicate_keys_last_wins_in_first_place() {
        assert_eq!(
            ok(r#"{"a":1,"b":2,"a":3}"#),
            obj(vec![("a", n(3.0)), ("b", n(2.0))])
        );
        // Equal once escapes are decoded.
        assert_eq!(
            ok(r#"{"ab":1,"c":2,"a\u0062":3}"#),
            obj(vec![("ab", n(3.0)), ("c", n(2.0))])
        );
        assert_eq!(
            ok(r#"{"formVersion":2,"formVersion":1,"x":{"k":[1],"k":null}}"#),
            obj(vec![
                ("formVersion", n(1.0)),
                ("x", obj(vec![("k", Value::Null)]))
            ])
        );
        // Around the size past which equal keys are merged when the object ends.
        for size in [
            MERGE_PAST - 2,
            MERGE_PAST - 1,
            MERGE_PAST,
            MERGE_PAST + 1,
            100,
        ] {
            let mut text = String::from("{");
            for i in 0..size {
                text.push_str(&format!("\"k{i}\":{i},"));
            }
            for i in (0..size).rev() {
                text.push_str(&format!("\"k{i}\":\"again {i}\","));
            }
            text.push_str("\"last\":0}");
            let value = ok(&text);
            let Value::Object(members) = value else {
                panic!("not an object")
            };
            assert_eq!(members.len(), size + 1);
            for (i, (key, value)) in members.iter().take(size).enumerate() {
                assert_eq!(key, &format!("k{i}"));
                assert_eq!(value.as_str(), Some(format!("again {i}").as_str()));
            }
        }
    }

    #[test]
    fn huge_object_is_not_quadratic() {
        let count = 300_000;
        let mut text = String::with_capacity(count * 16);
        text.push('{');
        for i in 0..count {
            text.push_str(&format!("\"key{i}\":{i},"));
        }
        text.push_str("\"key5\":\"five\",\"key299999\":true}");
        let started = std::time::Instant::now();
        // Over 5 MiB: parse_unbounded.
        let value = parse_unbounded(&text).expect("parses");
        assert!(started.elapsed() < std::time::Duration::from_secs(20));
        let Value::Object(members) = value else {
            panic!("not an object")
        };
        assert_eq!(members.len(), count);
        assert_eq!(members[0], (Cow::Borrowed("key0"), n(0.0)));
        assert_eq!(members[5], (Cow::Borrowed("key5"), s("five")));
        assert_eq!(members[count - 1].1, Value::Bool(true));
    }

    #[test]
    fn one_key_many_times_is_one_member() {
        let count = 300_000;
        let mut text = String::from("{\"first\":0,");
        for i in 0..count {
            text.push_str(&format!("\"key\":{i},"));
        }
        text.push_str("\"last\":0}");
        let value = parse_unbounded(&text).expect("parses");
        let expected = obj(vec![
            ("first", n(0.0)),
            ("key", n((count - 1) as f64)),
            ("last", n(0.0)),
        ]);
        assert_eq!(value, expected);
    }

    fn nested_arrays(levels: usize) -> String {
        format!("{}{}", "[".repeat(levels), "]".repeat(levels))
    }

    fn nested_objects(levels: usize) -> String {
        // `levels` objects; the innermost holds a number (which adds no level).
        format!("{}1{}", "{\"a\":".repeat(levels), "}".repeat(levels))
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

    #[test]
    fn size_limit() {
        let exactly = format!("\"{}\"", "a".repeat(MAX_BYTES - 2));
        assert_eq!(exactly.len(), MAX_BYTES);
        assert!(parse(&exactly).is_ok());
        let over = format!("\"{}\"", "a".repeat(MAX_BYTES - 1));
        let e = err(&over);
        assert_eq!(
            e.kind,
            InputErrorKind::TooLarge {
                bytes: MAX_BYTES + 1,
                limit: MAX_BYTES
            }
        );
        assert_eq!(e.position, None);
        assert_eq!(
            e.to_string(),
            "The text is too large to check: sefcheck takes at most 5 MiB (5,242,880 bytes)"
        );
        assert_eq!(
            parse_unbounded(&over),
            Ok(Value::String(Cow::Borrowed(&over[1..over.len() - 1])))
        );
        // Bytes of UTF-8 are counted, not characters; refused before parsing.
        let multibyte = "é".repeat(MAX_BYTES / 2 + 1);
        assert_eq!(
            err(&multibyte).kind,
            InputErrorKind::TooLarge {
                bytes: MAX_BYTES + 2,
                limit: MAX_BYTES
            }
        );
        // parse_unbounded keeps every other refusal.
        assert_eq!(
            parse_unbounded("[1e400]").map_err(|e| e.kind),
            Err(InputErrorKind::NumberTooLarge)
        );
        assert_eq!(
            parse_unbounded(&nested_arrays(65)).map_err(|e| e.kind),
            Err(InputErrorKind::TooDeep)
        );
        assert_eq!(
            parse_unbounded("\"\\ud800\"").map_err(|e| e.kind),
            Err(InputErrorKind::LoneSurrogate)
        );
        assert!(matches!(
            parse_unbounded("[1,]").map_err(|e| e.kind),
            Err(InputErrorKind::Syntax(_))
        ));
    }

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

    #[test]
    fn lone_surrogates_carried_from_javascript() {
        // `{\n"a": "x\ud800"}` as JavaScript holds it: the surrogate became U+FFFD, at UTF-16
        // index 9.
        let text = "{\n\"a\": \"x\u{fffd}\"}";
        let e = parse_carried(text, Some(9)).map(|_| ()).unwrap_err();
        assert_eq!(
            (e.kind, e.position),
            (InputErrorKind::LoneSurrogate, at(2, 8))
        );
        // An astral character before it counts two units.
        let text = "[\"😀\", \"\u{fffd}\"]";
        let e = parse_carried(text, Some(8)).map(|_| ()).unwrap_err();
        assert_eq!(e.position, at(1, 9));
        // Text that is not JSON is said first, as JSON.parse would.
        let text = "[\"\u{fffd}\" 1]";
        assert!(matches!(
            parse_carried(text, Some(2)).map_err(|e| e.kind),
            Err(InputErrorKind::Syntax(_))
        ));
        // Outside a string it is a character no JSON value starts with.
        assert_eq!(
            parse_carried("\u{fffd}", Some(0)).map_err(|e| e.kind),
            Err(InputErrorKind::Syntax("a value"))
        );
        // The earlier of two refusals in the text is the one refused.
        let text = "[1e400, \"\u{fffd}\"]";
        assert_eq!(
            parse_carried(text, Some(9)).map_err(|e| e.kind),
            Err(InputErrorKind::NumberTooLarge)
        );
        let text = "[\"\u{fffd}\", 1e400]";
        assert_eq!(
            parse_carried(text, Some(2)).map_err(|e| e.kind),
            Err(InputErrorKind::LoneSurrogate)
        );
        // Nothing carried: the same as parse_unbounded.
        assert_eq!(parse_carried("[1]", None), parse_unbounded("[1]"));
    }

    #[test]
    fn messages() {
        let message = |text: &str| err(text).to_string();
        assert_eq!(
            message("{\"secret name\": 1e400}"),
            "A number in the document is too large for a 64-bit float (line 1, column 17)"
        );
        assert_eq!(
            message("[\n    \"\\ud800 Jane Doe\"]"),
            "A string in the document holds a lone surrogate, which Unicode cannot encode (line 2, column 6)"
        );
        assert_eq!(
            message(&nested_arrays(65)),
            "The document is nested more than 64 levels deep (line 1, column 65)"
        );
        assert_eq!(
            InputError {
                kind: InputErrorKind::TooDeep,
                position: None
            }
            .to_string(),
            "The document is nested more than 64 levels deep"
        );
        // No message repeats text from the document.
        for text in [
            "{\"name\": Smith}",
            "[\"Jane\" \"Doe\"]",
            "{\"Jane\"}",
            "\"Jane\\q\"",
            "\"Jane\u{1}\"",
            "Jane",
            "[1] Jane",
            "\"Jane",
            "{\"Jane\": 1e999}",
            "{\"Jane\": \"\\udc00Jane\"}",
        ] {
            let e = err(text);
            let message = e.to_string();
            assert!(!message.contains("Jane"), "{message}");
            assert!(!message.contains("Smith") && !message.contains("Doe"));
            assert!(message.ends_with(|c: char| c.is_ascii_digit() || c == ')'));
        }
    }

    /// The JSON text serde_json writes, parsed back, equals the value it was written from.
    fn arb_json() -> impl Strategy<Value = serde_json::Value> {
        use serde_json::Value as J;
        let leaf = prop_oneof![
            Just(J::Null),
            any::<bool>().prop_map(J::Bool),
            any::<i64>().prop_map(J::from),
            any::<u64>().prop_map(J::from),
            any::<f64>()
                .prop_filter("finite", |x| x.is_finite())
                .prop_map(J::from),
            (-1.0e6..1.0e6f64).prop_map(J::from),
            any::<String>().prop_map(J::String),
            "[a-z\"\\\\/\n\t\u{0}-\u{1f}😀é]{0,12}".prop_map(J::String),
        ];
        leaf.prop_recursive(8, 128, 10, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..10).prop_map(J::Array),
                prop::collection::vec(("[a-c\"\\\\😀]{0,3}|.*", inner), 0..10)
                    .prop_map(|members| J::Object(members.into_iter().collect())),
            ]
        })
    }

    /// Small converter: the parsed value as the serde_json value it should equal.
    fn same(ours: &Value<'_>, theirs: &serde_json::Value) -> bool {
        use serde_json::Value as J;
        match (ours, theirs) {
            (Value::Null, J::Null) => true,
            (Value::Bool(a), J::Bool(b)) => a == b,
            (Value::Number(a), J::Number(b)) => b.as_f64().is_some_and(|b| b == *a),
            (Value::String(a), J::String(b)) => a == b,
            (Value::Array(a), J::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
            }
            (Value::Object(a), J::Object(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .zip(b)
                        .all(|((ka, va), (kb, vb))| ka == kb && same(va, vb))
            }
            _ => false,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn never_panics_on_any_text(text in any::<String>()) {
            let _ = parse(&text);
        }

        #[test]
        fn never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
            let text = String::from_utf8_lossy(&bytes);
            let _ = parse(&text);
        }

        #[test]
        fn agrees_with_serde_json_on_json_like_text(
            text in "[\\[\\]{}:,\" \\\\0-9.eE+\\-tfnrulsabux\n\r\té😀]{0,40}"
        ) {
            let ours = parse(&text);
            let theirs = serde_json::from_str::<serde_json::Value>(&text);
            match (&ours, &theirs) {
                (Ok(a), Ok(b)) => prop_assert!(same(a, b), "{:?} vs {:?}", a, b),
                (Err(_), Err(_)) => {}
                _ => prop_assert!(false, "{:?}: ours {:?}, serde_json {:?}", text, ours, theirs),
            }
            // The syntax-only check agrees with the parser on every syntax error.
            let fail = first_syntax_error(text.as_bytes());
            match &ours {
                Err(InputError { kind: InputErrorKind::Syntax(expected), position }) => {
                    let fail = fail.expect("a syntax error");
                    prop_assert_eq!(&fail.kind, &InputErrorKind::Syntax(expected));
                    prop_assert_eq!(Some(position_at(&text, fail.offset)), *position);
                }
                _ => prop_assert!(fail.is_none()),
            }
            if let Err(e) = &ours {
                let p = e.position.expect("position");
                prop_assert!(p.line >= 1 && p.column >= 1);
                let lines = text.split('\n').count();
                prop_assert!(p.line <= lines);
            }
        }

        #[test]
        fn round_trips_serde_json_text(value in arb_json()) {
            let compact = serde_json::to_string(&value).expect("serialises");
            let parsed = parse(&compact);
            prop_assert!(parsed.as_ref().is_ok_and(|p| same(p, &value)), "{} -> {:?}", compact, parsed);
            prop_assert_eq!(parse(&compact).ok(), Some(Value::from_serde(&value)));
            let pretty = serde_json::to_string_pretty(&value).expect("serialises");
            let parsed = parse(&pretty);
            prop_assert!(parsed.as_ref().is_ok_and(|p| same(p, &value)), "{} -> {:?}", pretty, parsed);
        }

        /// Equal keys merged when the object ends, against the plain reading: each member in
        /// turn, replacing the value of an equal key already there.
        #[test]
        fn equal_keys_as_a_linear_scan_reads_them(
            keys in prop::collection::vec("[ab]{0,2}|x{20}[ab]|\\u0061", 0..60),
        ) {
            let text = format!(
                "{{{}}}",
                keys.iter()
                    .enumerate()
                    .map(|(i, k)| format!("\"{k}\":{i}"))
                    .collect::<Vec<_>>()
                    .join(",")
            );
            let mut expected: Vec<(String, f64)> = Vec::new();
            for (i, key) in keys.iter().enumerate() {
                let key = key.replace("\\u0061", "a");
                match expected.iter_mut().find(|(k, _)| *k == key) {
                    Some(slot) => slot.1 = i as f64,
                    None => expected.push((key, i as f64)),
                }
            }
            let expected = Value::Object(
                expected.into_iter().map(|(k, i)| (Cow::Owned(k), n(i))).collect(),
            );
            prop_assert_eq!(parse(&text).ok(), Some(expected));
        }

        #[test]
        fn error_positions_point_inside_or_just_past_the_text(
            value in arb_json(),
            cut in any::<prop::sample::Index>(),
            junk in "[\\]}:,x\u{1}]",
        ) {
            // Break valid text by inserting one bad character, or by cutting it short.
            let text = serde_json::to_string_pretty(&value).expect("serialises");
            let mut at = cut.index(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let broken = format!("{}{}{}", &text[..at], junk, &text[at..]);
            let truncated = &text[..at];
            for candidate in [broken.as_str(), truncated] {
                if let Err(e) = parse(candidate) {
                    let p = e.position.expect("position");
                    let line = candidate.split('\n').nth(p.line - 1);
                    prop_assert!(line.is_some());
                    let units = line.map_or(0, |l| l.encode_utf16().count());
                    prop_assert!(p.column >= 1 && p.column <= units + 1);
                }
            }
        }
    }
}
