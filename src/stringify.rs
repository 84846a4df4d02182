//! JSON text written as ECMAScript's `JSON.stringify` writes it (strings escaped as it escapes
//! them, numbers as `Number.prototype.toString` writes them), with the members of each object
//! in one of two orders: RFC 8785's, for the content digest (src/digest.rs), or JavaScript's,
//! for documents handed back to JavaScript (`migrate`), so that the text is exactly what
//! `JSON.stringify` gives for the object `JSON.parse` makes of it.

use crate::json::scan_plain;
use crate::number;
use crate::value::Value;
use std::borrow::Cow;
use std::cmp::Ordering;

/// Where the text goes: a string, or straight into a hash (the digest never holds the text).
pub trait Sink {
    fn push_str(&mut self, text: &str);
}

impl Sink for String {
    fn push_str(&mut self, text: &str) {
        String::push_str(self, text);
    }
}

/// The order of the members of each object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// RFC 8785: sorted by their names as sequences of UTF-16 code units.
    Canonical,
    /// As a JavaScript object holds them: keys that are array indices first, ascending, then the
    /// others in the order of the document.
    JavaScript,
}

/// Writes `value` as compact JSON text into `sink`.
pub fn write(sink: &mut impl Sink, value: &Value, order: Order) {
    match value {
        Value::Null => sink.push_str("null"),
        Value::Bool(true) => sink.push_str("true"),
        Value::Bool(false) => sink.push_str("false"),
        Value::Number(n) => {
            let mut text = String::with_capacity(24);
            number::write(&mut text, *n);
            sink.push_str(&text);
        }
        Value::String(s) => write_string(sink, s),
        Value::Array(items) => {
            sink.push_str("[");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    sink.push_str(",");
                }
                write(sink, item, order);
            }
            sink.push_str("]");
        }
        Value::Object(members) => write_object_without(sink, members, |_| false, order),
    }
}

/// The object of `members` without those whose name is `left_out` (the content digest leaves
/// out the top-level `approval` and `$schema` so, with no copy of the rest).
pub fn write_object_without(
    sink: &mut impl Sink,
    members: Members<'_, '_>,
    left_out: fn(&str) -> bool,
    order: Order,
) {
    sink.push_str("{");
    let mut first = true;
    for (key, item) in ordered(members, order) {
        if left_out(key) {
            continue;
        }
        if !first {
            sink.push_str(",");
        }
        first = false;
        write_string(sink, key);
        sink.push_str(":");
        write(sink, item, order);
    }
    sink.push_str("}");
}

/// `value` as compact JSON text.
pub fn to_string(value: &Value, order: Order) -> String {
    let mut out = String::new();
    write(&mut out, value, order);
    out
}

type Members<'v, 'd> = &'v [(Cow<'d, str>, Value<'d>)];

/// The members in `order`.
fn ordered<'v, 'd>(members: Members<'v, 'd>, order: Order) -> Vec<(&'v str, &'v Value<'d>)> {
    let keys = members.iter().map(|(k, _)| k.as_ref());
    let places = match order {
        Order::Canonical => {
            // Keys are unique, so an unstable sort gives the one order. (Sorted with their
            // places rather than places alone: for items of 8 bytes or less the standard sort
            // adds sorting networks, some 7 KB of WebAssembly.)
            let mut keyed: Vec<(&str, usize)> = keys.zip(0..).collect();
            keyed.sort_unstable_by(by_utf16 as KeyOrder);
            keyed.into_iter().map(|(_, place)| place).collect()
        }
        Order::JavaScript => javascript_order(keys),
    };
    places
        .into_iter()
        .map(|at| (members[at].0.as_ref(), &members[at].1))
        .collect()
}

/// The places of `keys` in the order a JavaScript object holds them (and `JSON.parse` of the
/// text, `Object.keys`, `JSON.stringify` give them): keys that are array indices first,
/// ascending, then the others in the order given. The rules order `unknown-field` warnings so.
pub fn javascript_order<'k>(keys: impl Iterator<Item = &'k str>) -> Vec<usize> {
    let mut indices: Vec<(&str, usize)> = Vec::new();
    let mut others: Vec<usize> = Vec::new();
    for (place, key) in keys.enumerate() {
        match array_index(key) {
            Some(_) => indices.push((key, place)),
            None => others.push(place),
        }
    }
    // Indices are unique keys: an unstable sort gives the one order.
    indices.sort_unstable_by(by_index as KeyOrder);
    indices
        .into_iter()
        .map(|(_, place)| place)
        .chain(others)
        .collect()
}

/// How keys with their places are sorted: one function type for both orders here and for
/// src/keyset.rs's, so that the module holds one copy of the sort rather than one for each
/// (about 2 KB of code).
pub(crate) type KeyOrder = fn(&(&str, usize), &(&str, usize)) -> Ordering;

fn by_utf16(a: &(&str, usize), b: &(&str, usize)) -> Ordering {
    utf16_order(a.0, b.0)
}

/// Array indices in numeric order: written with no leading zero, the shorter is the smaller,
/// and of two as long the order of their digits.
fn by_index(a: &(&str, usize), b: &(&str, usize)) -> Ordering {
    a.0.len().cmp(&b.0.len()).then_with(|| a.0.cmp(b.0))
}

/// Two strings compared as sequences of UTF-16 code units (RFC 8785, 3.2.3), which differs
/// from Rust's order of code points (the order of their UTF-8 bytes) only where a character
/// beyond U+FFFF (a surrogate pair, D800 to DFFF) meets one from U+E000 to U+FFFF. So the
/// bytes decide, but at the first byte that differs: equal before it, both strings are at the
/// same place in a character there, and when that place starts a four-byte character in one
/// (lead byte F0 to F4) and a character from U+E000 (lead byte EE or EF) in the other, the
/// four-byte one is the smaller. [`utf16_order_reference`] is the plain comparison.
pub fn utf16_order(a: &str, b: &str) -> Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    match (a.get(common), b.get(common)) {
        (Some(&x), Some(&y)) if x >= 0xEE && y >= 0xEE && (x >= 0xF0) != (y >= 0xF0) => y.cmp(&x),
        (x, y) => x.cmp(&y),
    }
}

/// [`utf16_order`] as RFC 8785 says it: the strings' UTF-16 code units compared in turn.
pub fn utf16_order_reference(a: &str, b: &str) -> Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

/// A key JavaScript treats as an array index ("0" to "4294967294", no leading zero), which an
/// object holds before every other key.
pub fn array_index(key: &str) -> Option<u32> {
    if key.is_empty()
        || key.len() > 1 && key.starts_with('0')
        || !key.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    key.parse::<u32>().ok().filter(|i| *i != u32::MAX)
}

/// A string as `JSON.stringify` writes it: `"` and `\` escaped, the control characters below
/// U+0020 as `\b \f \n \r \t` or `\u00xx` (lower-case hexadecimal), everything else as itself.
pub(crate) fn write_string(sink: &mut impl Sink, s: &str) {
    sink.push_str("\"");
    let bytes = s.as_bytes();
    let mut start = 0;
    // From one byte that may need escaping to the next, as the JSON parser finds them.
    let mut at = scan_plain(bytes, 0);
    while let Some(&b) = bytes.get(at) {
        let escaped = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\x08' => "\\b",
            b'\x0c' => "\\f",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            _ => "",
        };
        // Bytes below 0x80 are whole characters: slicing at them stays on char boundaries.
        // `get`, not indexing: no slicing that can panic (core's panic formatting stays out of
        // the module).
        sink.push_str(s.get(start..at).unwrap_or_default());
        if escaped.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let code = [
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xf)],
            ];
            sink.push_str(std::str::from_utf8(&code).unwrap_or_default());
        } else {
            sink.push_str(escaped);
        }
        start = at + 1;
        at = scan_plain(bytes, start);
    }
    sink.push_str(s.get(start..).unwrap_or_default());
    sink.push_str("\"");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    fn text(json_text: &str, order: Order) -> String {
        let value = json::parse(json_text).unwrap_or(Value::Null);
        to_string(&value, order)
    }

    #[test]
    fn strings_as_json_stringify_writes_them() {
        // JSON.stringify("\"\\\b\f\n\r\t\u0001\u001f\u007f\u2028é😀")
        let written = text(
            r#""\"\\\b\f\n\r\t\u0001\u001f\u007f\u2028é😀/""#,
            Order::JavaScript,
        );
        assert_eq!(
            written,
            "\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f\u{7f}\u{2028}é😀/\""
        );
    }

    /// The plain reference: one byte at a time, as `serde_json` writes a string (the same
    /// escapes as JSON.stringify).
    fn one_by_one(s: &str) -> String {
        serde_json::to_string(s).unwrap_or_default()
    }

    proptest::proptest! {
        #[test]
        fn strings_as_written_one_byte_at_a_time(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    "[a-z ]{0,20}",
                    proptest::string::string_regex(r#"[\\\x00-\x1f"é😀\x{2028}]{1,3}"#).unwrap(),
                    proptest::prelude::any::<String>(),
                ],
                0..12,
            )
        ) {
            let s = parts.concat();
            let mut written = String::new();
            write_string(&mut written, &s);
            proptest::prop_assert_eq!(written, one_by_one(&s));
        }
    }

    proptest::proptest! {
        #[test]
        fn utf16_order_is_the_reference(
            a in proptest::string::string_regex("[a\u{7f}\u{80}\u{7ff}\u{800}\u{d7ff}\u{e000}\u{fb01}\u{ffff}\u{10000}\u{1f600}\u{10ffff}]{0,4}").unwrap(),
            b in proptest::string::string_regex("[a\u{7f}\u{80}\u{7ff}\u{800}\u{d7ff}\u{e000}\u{fb01}\u{ffff}\u{10000}\u{1f600}\u{10ffff}]{0,4}").unwrap(),
            any_a in proptest::prelude::any::<String>(),
            any_b in proptest::prelude::any::<String>(),
        ) {
            for (x, y) in [(&a, &b), (&any_a, &any_b), (&a, &any_b), (&any_a, &b)] {
                proptest::prop_assert_eq!(utf16_order(x, y), utf16_order_reference(x, y), "{:?} {:?}", x, y);
                let joined = format!("{x}{y}");
                proptest::prop_assert_eq!(utf16_order(x, &joined), utf16_order_reference(x, &joined));
            }
        }
    }

    #[test]
    fn canonical_order_is_by_utf16_code_units() {
        // U+FB01 (ﬁ) is after U+1F600 (😀) in code points, before it in UTF-16 (D83D).
        let written = text(
            r#"{"😀":1,"ﬁ":2,"b":3,"a":{"z":null,"10":true,"2":false}}"#,
            Order::Canonical,
        );
        assert_eq!(
            written,
            r#"{"a":{"10":true,"2":false,"z":null},"b":3,"😀":1,"ﬁ":2}"#
        );
        assert_eq!(utf16_order("😀", "ﬁ"), Ordering::Less);
        assert_eq!("😀".cmp("ﬁ"), Ordering::Greater);
    }

    #[test]
    fn javascript_order_puts_array_indices_first() {
        let written = text(
            r#"{"b":1,"10":2,"a":3,"2":4,"02":5,"4294967295":6,"4294967294":7}"#,
            Order::JavaScript,
        );
        assert_eq!(
            written,
            r#"{"2":4,"10":2,"4294967294":7,"b":1,"a":3,"02":5,"4294967295":6}"#
        );
    }

    #[test]
    fn array_indices_sort_as_their_numbers() {
        let mut numbers: Vec<u32> = vec![0, 1, 9, 10, 11, 19, 20, 99, 100, 101, 999, 1000];
        numbers.extend([65_535, 65_536, 1 << 24, 4_294_967_293, 4_294_967_294]);
        numbers.extend((0..200u32).map(|i| i.wrapping_mul(2_654_435_761) % 4_294_967_295));
        let texts: Vec<String> = numbers.iter().map(u32::to_string).collect();
        for (a, x) in numbers.iter().zip(&texts) {
            for (b, y) in numbers.iter().zip(&texts) {
                assert_eq!(by_index(&(x, 0), &(y, 1)), a.cmp(b), "{x} and {y}");
            }
        }
    }

    #[test]
    fn numbers_and_nesting() {
        let written = text(
            r#"[1.0,-0,1e21,0.000001,1E-7,[{"x":[]}],{}]"#,
            Order::Canonical,
        );
        assert_eq!(written, r#"[1,0,1e+21,0.000001,1e-7,[{"x":[]}],{}]"#);
    }
}
