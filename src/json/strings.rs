//! Strings: decoded by the parser (escapes, surrogate pairs), checked by the syntax-only
//! pass, and their plain runs found eight bytes at a time.

use super::parser::Parser;
use super::{fail_at, Fail, Parsed};
use crate::refusal::InputErrorKind;
use std::borrow::Cow;

impl<'a> Parser<'a> {
    /// A string; `self.pos` is at its opening quote. Borrowed from the text unless it holds an
    /// escape.
    pub(super) fn string(&mut self) -> Parsed<Cow<'a, str>> {
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
    ///
    /// [`decimal::parse`]: crate::decimal::parse
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
}

/// Checks the string grammar from the opening quote at `at`, ignoring surrogates; returns the
/// offset after the closing quote.
pub(super) fn scan_string(bytes: &[u8], at: usize) -> Parsed<usize> {
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

fn hex_digit(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some(u32::from(b - b'0')),
        b'a'..=b'f' => Some(u32::from(b - b'a' + 10)),
        b'A'..=b'F' => Some(u32::from(b - b'A' + 10)),
        _ => None,
    }
}

#[cold]
fn bad_escape(at: usize) -> Fail {
    fail_at(
        at,
        InputErrorKind::Syntax("an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u)"),
    )
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

#[cfg(test)]
mod tests {
    use crate::json::tests::{n, obj, ok, refusal, s, syntax_at};
    use crate::refusal::InputErrorKind;
    use crate::value::Value;
    use std::borrow::Cow;

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
}
