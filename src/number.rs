//! Numbers written as ECMAScript's `Number.prototype.toString` writes them (ECMA-262,
//! "Number::toString"): what `JSON.stringify` writes for a number, and what canonical JSON
//! (RFC 8785, rules.md "The approval") requires. The digits are the shortest that read back
//! as the same double, from `ryu`; only their layout is ECMAScript's, written here.
//!
//! A plain reference ([`reference`]) lays out the shortest digits of Rust's own float
//! formatting by the letter of ECMA-262; tests compare the two on arbitrary doubles.

/// The shortest decimal form of a finite, non-zero double, in ECMA-262's terms: the value is
/// `0.d₁d₂…dₖ × 10ⁿ`, with `k` digits (no trailing zero) and `n` the place of the point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Decimal {
    digits: [u8; 17],
    k: usize,
    n: i32,
}

impl Decimal {
    /// Reads the decimal text of a positive, finite, non-zero number as a formatter writes it
    /// (`123.45`, `0.001`, `1e21`, `1.5e-7`, `1E+300`): its significant digits and the place
    /// of its point. `None` for text that is not such a number (never for a formatter's text).
    fn from_text(text: &str) -> Option<Decimal> {
        let (mantissa, exponent) = match text.split_once(['e', 'E']) {
            Some((m, e)) => (m, e.parse::<i32>().ok()?),
            None => (text, 0),
        };
        let mut digits = [0u8; 17];
        let mut k = 0;
        // The place of the point, counted from the first digit written.
        let mut point = None;
        let mut written: i32 = 0;
        // Leading zeros, before the first significant digit, move the point instead.
        let mut leading = 0;
        for b in mantissa.bytes() {
            match b {
                b'.' => point = Some(written),
                b'0'..=b'9' => {
                    written += 1;
                    if k == 0 && b == b'0' {
                        leading += 1;
                    } else {
                        *digits.get_mut(k)? = b;
                        k += 1;
                    }
                }
                _ => return None,
            }
        }
        while k > 0 && digits[k - 1] == b'0' {
            k -= 1;
        }
        if k == 0 {
            return None;
        }
        let n = point.unwrap_or(written) - leading + exponent;
        Some(Decimal { digits, k, n })
    }

    fn digits(&self) -> &[u8] {
        &self.digits[..self.k]
    }
}

/// Writes `x` as ECMAScript's `Number.prototype.toString` does: `-0` as `0`, and, as
/// `JSON.stringify` does, `NaN` and the infinities as `null` (a parsed document never holds
/// them).
pub fn write(out: &mut String, x: f64) {
    if !x.is_finite() {
        out.push_str("null");
        return;
    }
    if x == 0.0 {
        out.push('0');
        return;
    }
    if x < 0.0 {
        out.push('-');
    }
    let mut buffer = ryu::Buffer::new();
    let text = buffer.format_finite(x.abs());
    match Decimal::from_text(text) {
        Some(decimal) => lay_out(out, &decimal),
        // ryu writes only decimal numbers, which `from_text` reads; should it not, its text is
        // still a JSON number of the same value. (Not the reference: Rust's float formatting
        // and parsing would more than double the size of the WebAssembly module.)
        None => out.push_str(text),
    }
}

/// The number as [`write`] writes it, in a new string.
pub fn to_string(x: f64) -> String {
    let mut out = String::with_capacity(24);
    write(&mut out, x);
    out
}

/// ECMA-262's layout of `0.d₁…dₖ × 10ⁿ` (Number::toString, steps 6 to 10), into `out`.
fn lay_out(out: &mut String, decimal: &Decimal) {
    let digits = decimal.digits();
    let (k, n) = (decimal.k as i32, decimal.n);
    let push = |out: &mut String, bytes: &[u8]| {
        out.extend(bytes.iter().map(|&b| char::from(b)));
    };
    let zeros = |out: &mut String, count: i32| {
        out.extend(std::iter::repeat('0').take(usize::try_from(count).unwrap_or(0)));
    };
    if k <= n && n <= 21 {
        // An integer: the digits, then n − k zeros.
        push(out, digits);
        zeros(out, n - k);
    } else if 0 < n && n <= 21 {
        // The point inside the digits.
        let (int, frac) = digits.split_at(n as usize);
        push(out, int);
        out.push('.');
        push(out, frac);
    } else if -6 < n && n <= 0 {
        // A small number: `0.`, −n zeros, the digits.
        out.push_str("0.");
        zeros(out, -n);
        push(out, digits);
    } else {
        // Exponential: one digit, the rest after a point, `e`, the sign and |n − 1|.
        push(out, &digits[..1]);
        if k > 1 {
            out.push('.');
            push(out, &digits[1..]);
        }
        out.push('e');
        out.push(if n - 1 < 0 { '-' } else { '+' });
        out.push_str(&(n - 1).unsigned_abs().to_string());
    }
}

/// The plain reference: ECMA-262's definition taken at its word, on Rust's correctly rounded
/// formatting (an implementation independent of `ryu`), one string at a time. The digits are
/// the fewest `k` for which some k-digit decimal reads back as `x`, and of those the closest
/// to `x`, the even one on a tie: Rust's `{:.*e}` rounds to nearest, ties to even, so its
/// k-digit rounding is that decimal when it reads back; when it does not (the interval around
/// a power of two is narrower below), the one k-digit decimal that does is its neighbour.
/// (Rust's shortest `{:e}` is no reference: on a tie it can take the odd digit.)
pub fn reference(x: f64) -> String {
    if !x.is_finite() {
        return "null".to_string();
    }
    if x == 0.0 {
        return "0".to_string();
    }
    if x < 0.0 {
        return format!("-{}", reference(-x));
    }
    for k in 1..=17 {
        let rounded = format!("{:.*e}", k - 1, x);
        let (digits, e) = digits_and_exponent(&rounded);
        let neighbours = [step(&digits, 1), step(&digits, -1)]
            .into_iter()
            .flatten()
            .map(|(s, moved)| (s, e + moved));
        let found = std::iter::once((digits, e))
            .chain(neighbours)
            .find(|(s, e)| format!("{}e{}", spaced(s), e).parse::<f64>() == Ok(x));
        if let Some((s, e)) = found {
            return layout(s.trim_end_matches('0'), e + 1);
        }
    }
    // Every double reads back from its 17 significant digits; this is not reached.
    layout(&digits_and_exponent(&format!("{x:.16e}")).0, 0)
}

/// `d.ddde±x` as the digits `dddd` and the exponent.
fn digits_and_exponent(text: &str) -> (String, i32) {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let digits = mantissa.chars().filter(char::is_ascii_digit).collect();
    (digits, exponent.parse().unwrap_or(0))
}

/// `d.ddd` made of the digits `dddd`, to read back with `parse`.
#[allow(clippy::string_slice)] // the plain reference: never in the module
fn spaced(digits: &str) -> String {
    format!("{}.{}", &digits[..1], &digits[1..])
}

/// The k-digit decimal next to `digits` (one unit of its last place up or down), with the
/// exponent it moves to; `None` below the first k-digit decimal.
fn step(digits: &str, by: i8) -> Option<(String, i32)> {
    let mut bytes = digits.as_bytes().to_vec();
    let mut at = bytes.len();
    loop {
        if at == 0 {
            // 999 + 1 = 1000: one more digit; kept at k digits as 100, one place higher.
            return (by > 0).then(|| {
                let mut out = "1".to_string();
                out.push_str(&"0".repeat(bytes.len() - 1));
                (out, 1)
            });
        }
        at -= 1;
        match (by > 0, bytes[at]) {
            (true, b'9') => bytes[at] = b'0',
            (false, b'0') => bytes[at] = b'9',
            (true, d) => {
                bytes[at] = d + 1;
                break;
            }
            (false, d) => {
                bytes[at] = d - 1;
                break;
            }
        }
    }
    if bytes[0] == b'0' {
        // 1000 − 1 = 0999: k digits again as 9999, one place lower.
        let mut out: String = bytes[1..].iter().map(|&b| char::from(b)).collect();
        out.push('9');
        return Some((out, -1));
    }
    Some((bytes.iter().map(|&b| char::from(b)).collect(), 0))
}

/// ECMA-262, Number::toString, steps 6 to 10, for the digits `s` (k of them) and the place of
/// the point `n`.
#[allow(clippy::string_slice)] // the plain reference: never in the module
fn layout(s: &str, n: i32) -> String {
    let k = s.len() as i32;
    if k <= n && n <= 21 {
        format!("{s}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        format!("{}.{}", &s[..n as usize], &s[n as usize..])
    } else if -6 < n && n <= 0 {
        format!("0.{}{s}", "0".repeat((-n) as usize))
    } else {
        let sign = if n - 1 < 0 { "-" } else { "+" };
        let abs = (n - 1).abs();
        if k == 1 {
            format!("{s}e{sign}{abs}")
        } else {
            format!("{}.{}e{sign}{abs}", &s[..1], &s[1..])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What JavaScript gives for `String(x)` (checked in Node).
    // The tie below is written as the exact double it is, which clippy takes for too precise.
    #[allow(clippy::excessive_precision)]
    const JAVASCRIPT: &[(f64, &str)] = &[
        (1e21, "1e+21"),
        (1e-7, "1e-7"),
        (123456789012345680000.0, "123456789012345680000"),
        (0.1, "0.1"),
        (-0.0, "0"),
        (0.0, "0"),
        (5e-324, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (1e20, "100000000000000000000"),
        (1e-6, "0.000001"),
        (1.5e-6, "0.0000015"),
        (1.5e-7, "1.5e-7"),
        (100.0, "100"),
        (-1.5, "-1.5"),
        (96.4, "96.4"),
        (1180.0, "1180"),
        (0.30000000000000004, "0.30000000000000004"),
        (9007199254740994.0, "9007199254740994"),
        (1.2345e21, "1.2345e+21"),
        (-1e-300, "-1e-300"),
        (123.456e-10, "1.23456e-8"),
        (4.35, "4.35"),
        (1e100, "1e+100"),
        (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
        // A tie between two shortest decimals: ECMAScript takes the even one.
        (1607033202602831.25, "1607033202602831.2"),
        (-1607033202602831.25, "-1607033202602831.2"),
        // Powers of two, whose interval is narrower below.
        (9007199254740992.0, "9007199254740992"),
        (2.0e-44_f64, "2e-44"),
    ];

    #[test]
    fn every_power_of_two_by_both_routes() {
        let mut x = f64::from_bits(1); // 2^-1074
        while x.is_finite() {
            assert_eq!(to_string(x), reference(x), "{x:e}");
            x *= 2.0;
        }
    }

    #[test]
    fn numbers_as_javascript_writes_them() {
        for &(x, want) in JAVASCRIPT {
            assert_eq!(to_string(x), want, "{x:e}");
            assert_eq!(reference(x), want, "reference, {x:e}");
        }
    }

    #[test]
    fn not_finite_as_json_stringify_writes_it() {
        for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(to_string(x), "null");
            assert_eq!(reference(x), "null");
        }
    }

    #[test]
    fn decimals_read_from_any_formatter_layout() {
        let read = |t: &str| Decimal::from_text(t).map(|d| (d.digits().to_vec(), d.n));
        assert_eq!(read("123.45"), Some((b"12345".to_vec(), 3)));
        assert_eq!(read("0.00123"), Some((b"123".to_vec(), -2)));
        assert_eq!(read("1e21"), Some((b"1".to_vec(), 22)));
        assert_eq!(read("1.5E-7"), Some((b"15".to_vec(), -6)));
        assert_eq!(read("120.0"), Some((b"12".to_vec(), 3)));
        assert_eq!(read("0.0"), None);
        assert_eq!(read("x"), None);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 10_000, ..Default::default() })]

        /// The fast path (ryu's digits, laid out in a buffer) and the plain reference agree on
        /// every double: any bit pattern, so subnormals, powers of ten and the largest too.
        #[test]
        fn the_fast_path_is_the_reference(bits in proptest::prelude::any::<u64>()) {
            let x = f64::from_bits(bits);
            proptest::prop_assert_eq!(to_string(x), reference(x));
        }

        /// Near the layout's edges: 10^-7 to 10^22, where ECMAScript changes notation.
        #[test]
        fn the_fast_path_is_the_reference_at_the_edges(m in 1u64..100_000_000_000, e in -12i32..27) {
            let x = m as f64 * 10f64.powi(e - 10);
            proptest::prop_assert_eq!(to_string(x), reference(x));
        }
    }
}
