//! The JSON text of everything the crate hands out as JSON: the report, a refusal, the form
//! definition, the rule catalogue, the limits, disclosure findings, the content digest and the
//! comparison of two years. One writer, natively and in WebAssembly, so that a report is the
//! same text in both.
//!
//! Written by hand rather than by serde_json: its serialiser (the `Serializer` machinery and
//! one derived `Serialize` impl per type, monomorphised) took the module 1,655 bytes larger at
//! zlib level 9 than this writer does (docs/performance.md, "The module's size"). Each type's
//! text is held byte for byte to what serde_json writes for its serde-derived reference (the
//! `Serialize` derives, which exist only in the tests): compact, members in declaration order,
//! optional members absent rather than null, strings escaped as serde_json escapes them (`"`,
//! `\` and the control characters below U+0020, as `\b \t \n \f \r` or `\u00xx` in lower-case
//! hexadecimal), which is also how `JSON.stringify` escapes a Rust string (src/stringify.rs).
//! The comparison of two years (src/yearly/compare.rs) is held instead to the text `stringify`
//! writes for the document value it was built as before; its numbers are written as
//! `stringify` writes a document's numbers.

/// A value that writes itself as compact JSON text.
pub trait WriteJson {
    fn write_json(&self, out: &mut String);
}

/// `value` as compact JSON text.
pub fn to_json<T: WriteJson + ?Sized>(value: &T) -> String {
    let mut out = String::new();
    value.write_json(&mut out);
    out
}

/// `WriteJson` for enums written as the text their `as_str()` gives (a code, a severity, a
/// section's id, a field's kind): one line where each is declared.
macro_rules! write_as_str {
    ($($t:ty),+ $(,)?) => {$(
        impl $crate::json_write::WriteJson for $t {
            fn write_json(&self, out: &mut String) {
                $crate::json_write::WriteJson::write_json(self.as_str(), out);
            }
        }
    )+};
}
pub(crate) use write_as_str;

impl WriteJson for str {
    fn write_json(&self, out: &mut String) {
        crate::stringify::write_string(out, self);
    }
}

impl WriteJson for String {
    fn write_json(&self, out: &mut String) {
        self.as_str().write_json(out);
    }
}

impl WriteJson for std::borrow::Cow<'_, str> {
    fn write_json(&self, out: &mut String) {
        self.as_ref().write_json(out);
    }
}

impl WriteJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl WriteJson for usize {
    fn write_json(&self, out: &mut String) {
        // The digits from the last, without core's formatting machinery (smaller in the module
        // than a call to it).
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = *self;
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        out.push_str(std::str::from_utf8(digits.get(at..).unwrap_or_default()).unwrap_or_default());
    }
}

impl WriteJson for u32 {
    fn write_json(&self, out: &mut String) {
        (*self as usize).write_json(out);
    }
}

/// A number as `JSON.stringify` writes it (src/number.rs), as the documents' own numbers are
/// written back (src/stringify.rs).
impl WriteJson for f64 {
    fn write_json(&self, out: &mut String) {
        crate::number::write(out, *self);
    }
}

/// A value, or `null` when there is none (a member that is always there: unlike
/// [`Object::optional`], which leaves the member out).
impl<T: WriteJson> WriteJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(value) => value.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: WriteJson + ?Sized> WriteJson for &T {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

impl<T: WriteJson> WriteJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
}

impl<T: WriteJson> WriteJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

/// An object being written: `{`, then its members, then [`Object::end`] writes `}`.
pub struct Object<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Object<'a> {
    #[inline(never)]
    pub fn new(out: &'a mut String) -> Object<'a> {
        out.push('{');
        Object { out, first: true }
    }

    /// The member `key` (one of the crate's own names, which need no escaping) and its value.
    pub fn member(&mut self, key: &str, value: &(impl WriteJson + ?Sized)) -> &mut Self {
        self.key(key);
        value.write_json(self.out);
        self
    }

    /// The comma before a member but the first, and the member's name: apart from the generic
    /// [`Object::member`], so that one copy serves every type of value.
    #[inline(never)]
    fn key(&mut self, key: &str) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.out.push('"');
        self.out.push_str(key);
        self.out.push_str("\":");
    }

    /// The member `key` when there is a value; absent, not null, otherwise.
    pub fn optional(&mut self, key: &str, value: Option<impl WriteJson>) -> &mut Self {
        if let Some(value) = value {
            self.member(key, &value);
        }
        self
    }

    #[inline(never)]
    pub fn end(&mut self) {
        self.out.push('}');
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Asserts that `ours` is exactly serde_json's text of `reference`.
    pub(crate) fn same_as_serde_json(ours: &str, reference: &impl serde::Serialize) {
        let theirs = serde_json::to_string(reference).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ours, theirs);
    }

    /// Every control character, quotes, backslashes, the characters JSON.stringify and
    /// serde_json leave alone (DEL, U+2028, a lone `/`), non-ASCII and astral characters.
    pub(crate) fn awkward_strings() -> Vec<String> {
        let mut strings: Vec<String> = (0u8..0x20).map(|b| char::from(b).to_string()).collect();
        strings.push((0u8..0x20).map(char::from).collect());
        strings.extend(
            [
                "",
                "plain",
                "\"",
                "\\",
                "\\\"",
                "say \"hi\"\\n",
                "/",
                "\u{7f}",
                "\u{80}",
                "é",
                "\u{2028}\u{2029}",
                "\u{fffd}",
                "\u{ffff}",
                "😀",
                "\u{10000}\u{10ffff}",
                "a\u{0}b\u{1f}c\"d\\e😀f\ng",
            ]
            .map(String::from),
        );
        strings
    }

    #[test]
    fn strings_as_serde_json_writes_them() {
        for s in awkward_strings() {
            same_as_serde_json(&to_json(s.as_str()), &s);
            same_as_serde_json(&to_json(&s), &s);
        }
    }

    #[test]
    fn numbers_booleans_and_arrays_as_serde_json_writes_them() {
        for n in [
            0,
            1,
            9,
            10,
            99,
            100,
            4096,
            5_242_880,
            u32::MAX as usize,
            usize::MAX,
        ] {
            same_as_serde_json(&to_json(&n), &n);
        }
        for n in [0u32, 2, 10, u32::MAX] {
            same_as_serde_json(&to_json(&n), &n);
        }
        for b in [true, false] {
            same_as_serde_json(&to_json(&b), &b);
        }
        let empty: Vec<usize> = Vec::new();
        same_as_serde_json(&to_json(&empty), &empty);
        let some = vec![vec![1usize], vec![], vec![2, 3]];
        same_as_serde_json(&to_json(&some), &some);
        let words = ["a", "\"b\"", "😀"];
        same_as_serde_json(&to_json(&words[..]), &words);
    }

    proptest::proptest! {
        #[test]
        fn any_string_and_number_as_serde_json_writes_it(s in proptest::prelude::any::<String>(), n in proptest::prelude::any::<usize>()) {
            same_as_serde_json(&to_json(s.as_str()), &s);
            same_as_serde_json(&to_json(&n), &n);
        }
    }

    /// Numbers as `stringify` writes a document's numbers, and absent values as `null`.
    fn number_as_stringify_writes_it(n: f64) {
        let theirs = crate::stringify::to_string(
            &crate::value::Value::Number(n),
            crate::stringify::Order::JavaScript,
        );
        assert_eq!(to_json(&n), theirs);
        assert_eq!(to_json(&Some(n)), theirs);
    }

    #[test]
    fn numbers_and_nulls_as_stringify_writes_them() {
        for n in [
            0.0,
            -0.0,
            1.0,
            -1.5,
            0.1,
            1e21,
            1e-7,
            123456789012345680000.0,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            f64::NAN,
            f64::INFINITY,
        ] {
            number_as_stringify_writes_it(n);
        }
        assert_eq!(to_json(&None::<f64>), "null");
        assert_eq!(to_json(&None::<&str>), "null");
        assert_eq!(to_json(&Some("a\"")), r#""a\"""#);
    }

    proptest::proptest! {
        #[test]
        fn any_double_as_stringify_writes_it(n in proptest::prelude::any::<f64>()) {
            number_as_stringify_writes_it(n);
        }
    }

    #[test]
    fn objects_leave_out_absent_members() {
        #[derive(serde::Serialize)]
        struct Reference {
            a: usize,
            #[serde(skip_serializing_if = "Option::is_none")]
            b: Option<&'static str>,
            c: bool,
        }
        for b in [None, Some("x")] {
            let mut out = String::new();
            Object::new(&mut out)
                .member("a", &1usize)
                .optional("b", b)
                .member("c", &false)
                .end();
            same_as_serde_json(&out, &Reference { a: 1, b, c: false });
        }
        let mut out = String::new();
        Object::new(&mut out).optional("only", None::<usize>).end();
        assert_eq!(out, "{}");
    }
}
