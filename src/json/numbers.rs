//! Numbers: the JSON number grammar checked, and whole numbers of up to 15 digits read on
//! the way; the others read by `decimal.rs`.

use super::parser::Parser;
use super::{fail_at, Parsed};
use crate::decimal;
use crate::refusal::InputErrorKind;
use crate::value::Value;

impl<'a> Parser<'a> {
    /// A number; `self.pos` is at its first character (`-` or a digit).
    #[inline(never)]
    pub(super) fn number(&mut self) -> Parsed<Value<'a>> {
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
}

/// What [`scan_number`] found: where the number ends, and its value when it is a whole
/// number of at most 15 digits (exact in a double, so no need for the general parser).
pub(super) struct NumberScan {
    pub(super) end: usize,
    integer: Option<f64>,
}

/// Checks the JSON number grammar from `start` (at `-` or a digit).
#[inline]
pub(super) fn scan_number(bytes: &[u8], start: usize) -> Parsed<NumberScan> {
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

#[cfg(test)]
mod tests {
    use crate::json::tests::{n, ok, refusal, syntax_at};
    use crate::refusal::InputErrorKind;

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
}
