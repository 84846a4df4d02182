//! Reads the text of a JSON number as the nearest double (ties to even), as `JSON.parse` does,
//! without core's `str::parse::<f64>`: its Eisel-Lemire tables (`POWER_OF_FIVE_128`, 10 KB of
//! incompressible data) and its slow path cost the WebAssembly module about 12 KB gzipped, for
//! the few numbers a document holds that are not small whole numbers (src/json/numbers.rs reads
//! those itself). Two paths: Clinger's, exact for up to 15 significant digits and a power of
//! ten up to 10^22; otherwise exact arithmetic on big integers. Tested against
//! `str::parse::<f64>`.

use std::cmp::Ordering;

/// Significant digits kept. A value halfway between two doubles has at most 767 significant
/// digits, so 800 digits and a last one that stands for any non-zero digits dropped round the
/// same way as all of them.
const MAX_DIGITS: usize = 800;

/// The value of `text`, which matches JSON's number grammar
/// (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`): the nearest double, infinite when the
/// value is beyond the largest double's rounding range. Not inlined into the parser, which
/// reads most numbers without it (`scan_number`, json/numbers.rs).
#[inline(never)]
pub fn parse(text: &str) -> f64 {
    let bytes = text.as_bytes();
    let negative = bytes.first() == Some(&b'-');
    let magnitude = parse_magnitude(&bytes[usize::from(negative)..]);
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

fn parse_magnitude(bytes: &[u8]) -> f64 {
    let exponent_at = bytes
        .iter()
        .position(|&b| b == b'e' || b == b'E')
        .unwrap_or(bytes.len());
    let (mantissa, exponent) = bytes.split_at(exponent_at);
    // Digits of the mantissa without its point, and the power of ten they are to be scaled by.
    let point = mantissa.iter().position(|&b| b == b'.');
    let fraction_digits = point.map_or(0, |p| mantissa.len() - p - 1);
    let digits: Vec<u8> = mantissa
        .iter()
        .filter(|b| b.is_ascii_digit())
        .map(|b| b - b'0')
        .collect();
    let mut scale = exponent_value(exponent.get(1..).unwrap_or_default())
        .saturating_sub(fraction_digits as i64);
    // Without leading and trailing zeros.
    let first = digits.iter().position(|&d| d != 0);
    let Some(first) = first else {
        return 0.0;
    };
    let last = digits.iter().rposition(|&d| d != 0).unwrap_or(first);
    scale = scale.saturating_add((digits.len() - 1 - last) as i64);
    let mut significant = &digits[first..=last];

    if let Some(x) = clinger(significant, scale) {
        return x;
    }
    // Past 10^310 the value is infinite; below 10^-330 it rounds to zero.
    let magnitude = scale.saturating_add(significant.len() as i64);
    if magnitude > 310 {
        return f64::INFINITY;
    }
    if magnitude < -330 {
        return 0.0;
    }
    let mut kept = Vec::new();
    if significant.len() > MAX_DIGITS {
        scale += (significant.len() - MAX_DIGITS - 1) as i64;
        kept.extend_from_slice(&significant[..MAX_DIGITS]);
        // Every digit dropped after the last one kept is not zero (trailing zeros went above).
        kept.push(1);
        significant = &kept;
    }
    exact(significant, scale)
}

/// The exponent's digits with their sign, saturated far beyond any that matters.
fn exponent_value(exponent: &[u8]) -> i64 {
    let (negative, digits) = match exponent.first() {
        Some(b'-') => (true, &exponent[1..]),
        Some(b'+') => (false, &exponent[1..]),
        _ => (false, exponent),
    };
    let value = digits.iter().fold(0i64, |n, d| {
        n.saturating_mul(10)
            .saturating_add(i64::from(d - b'0'))
            .min(1 << 40)
    });
    if negative {
        -value
    } else {
        value
    }
}

/// Clinger's fast path: a whole number below 2^53 and a power of ten up to 10^22 are both
/// exact doubles, so one multiplication or division rounds correctly.
fn clinger(digits: &[u8], scale: i64) -> Option<f64> {
    if digits.len() > 15 || !(-22..=22).contains(&scale) {
        return None;
    }
    let whole = digits.iter().fold(0u64, |n, &d| n * 10 + u64::from(d)) as f64;
    let power = (0..scale.unsigned_abs()).fold(1.0f64, |p, _| p * 10.0);
    Some(if scale < 0 {
        whole / power
    } else {
        whole * power
    })
}

/// `digits × 10^scale` rounded to the nearest double: the quotient of two big integers, scaled
/// by a power of two so that it has 53 bits (fewer below the normal range).
fn exact(digits: &[u8], scale: i64) -> f64 {
    let mut numerator = Big::from_digits(digits);
    let mut denominator = Big::one();
    if scale >= 0 {
        numerator.mul_pow10(scale as u32);
    } else {
        denominator.mul_pow10(scale.unsigned_abs() as u32);
    }
    // The value lies in [2^(t-1), 2^(t+1)); `shift` brings the quotient to 53 or 54 bits.
    let t = numerator.bits() as i64 - denominator.bits() as i64;
    let mut shift = 53 - t;
    loop {
        // Subnormal: no finer step than 2^-1074.
        let shift_used = shift.min(1074);
        let (mut n, mut d) = (numerator.clone(), denominator.clone());
        if shift_used >= 0 {
            n.shl(shift_used as u32);
        } else {
            d.shl(shift_used.unsigned_abs() as u32);
        }
        let (quotient, remainder) = n.div_small_quotient(&d);
        if quotient >= 1 << 53 && shift_used == shift {
            shift -= 1;
            continue;
        }
        if quotient < 1 << 52 && shift_used == shift {
            shift += 1;
            continue;
        }
        // Round half to even: compare twice the remainder with the divisor.
        let mut doubled = remainder;
        doubled.shl(1);
        let mut m = quotient;
        match doubled.cmp(&d) {
            Ordering::Greater => m += 1,
            Ordering::Equal => m += m & 1,
            Ordering::Less => {}
        }
        let mut e = -shift_used;
        if m == 1 << 53 {
            m >>= 1;
            e += 1;
        }
        return compose(m, e);
    }
}

/// `m × 2^e` with `m` below 2^53: normal when `m` has 53 bits, subnormal when `e` is -1074.
fn compose(m: u64, e: i64) -> f64 {
    if m >= 1 << 52 {
        let biased = e + 52 + 1023;
        if biased >= 0x7FF {
            return f64::INFINITY;
        }
        f64::from_bits(((biased as u64) << 52) | (m & ((1 << 52) - 1)))
    } else {
        // e == -1074: the bits of a subnormal are its multiple of 2^-1074.
        f64::from_bits(m)
    }
}

/// A non-negative big integer, 32-bit limbs, least significant first, no zero limbs on top.
#[derive(Clone, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn one() -> Big {
        Big(vec![1])
    }

    fn from_digits(digits: &[u8]) -> Big {
        let mut n = Big(Vec::new());
        for chunk in digits.chunks(9) {
            let value = chunk.iter().fold(0u32, |v, &d| v * 10 + u32::from(d));
            n.mul_add(10u32.pow(chunk.len() as u32), value);
        }
        n
    }

    fn mul_add(&mut self, factor: u32, addend: u32) {
        let mut carry = u64::from(addend);
        for limb in &mut self.0 {
            let x = u64::from(*limb) * u64::from(factor) + carry;
            *limb = x as u32;
            carry = x >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow10(&mut self, mut power: u32) {
        while power > 0 {
            let step = power.min(9);
            self.mul_add(10u32.pow(step), 0);
            power -= step;
        }
    }

    fn bits(&self) -> u32 {
        match self.0.last() {
            Some(top) => (self.0.len() as u32 - 1) * 32 + (32 - top.leading_zeros()),
            None => 0,
        }
    }

    fn shl(&mut self, bits: u32) {
        let (limbs, bits) = ((bits / 32) as usize, bits % 32);
        if bits > 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let x = (*limb << bits) | carry;
                carry = *limb >> (32 - bits);
                *limb = x;
            }
            if carry > 0 {
                self.0.push(carry);
            }
        }
        if !self.0.is_empty() {
            self.0.splice(0..0, std::iter::repeat(0).take(limbs));
        }
    }

    /// `self -= other`, where `other <= self`.
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let x = i64::from(*limb) - i64::from(other.0.get(i).copied().unwrap_or(0)) - borrow;
            borrow = i64::from(x < 0);
            *limb = (x + (borrow << 32)) as u32;
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    /// The quotient (below 2^60) and remainder of `self / divisor`, bit by bit.
    fn div_small_quotient(mut self, divisor: &Big) -> (u64, Big) {
        let mut quotient = 0u64;
        let span = self.bits().saturating_sub(divisor.bits());
        for bit in (0..=span.min(60)).rev() {
            let mut shifted = divisor.clone();
            shifted.shl(bit);
            if self >= shifted {
                self.sub(&shifted);
                quotient |= 1 << bit;
            }
        }
        (quotient, self)
    }
}

impl Ord for Big {
    fn cmp(&self, other: &Big) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Big) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The reference: Rust's own correctly rounded parser.
    fn reference(text: &str) -> f64 {
        text.parse().unwrap()
    }

    fn same(text: &str) {
        let (got, want) = (parse(text), reference(text));
        assert_eq!(got.to_bits(), want.to_bits(), "{text}: {got:e} != {want:e}");
    }

    /// The exact decimal expansion of the point halfway between `x` and the next double up.
    fn halfway(x: f64) -> String {
        let bits = x.to_bits();
        let (exponent, mantissa) = ((bits >> 52) as i64, bits & ((1 << 52) - 1));
        let (m, e) = if exponent == 0 {
            (mantissa, -1074)
        } else {
            (mantissa | 1 << 52, exponent - 1075)
        };
        // (2m + 1) × 2^(e - 1)
        let mut n = Big(vec![]);
        let odd = 2 * m + 1;
        n.mul_add(1, (odd >> 32) as u32);
        n.mul_add(1 << 31, 0);
        n.mul_add(2, odd as u32);
        let e = e - 1;
        if e >= 0 {
            n.shl(e as u32);
            decimal(n)
        } else {
            // × 5^-e × 10^e
            for _ in 0..-e {
                n.mul_add(5, 0);
            }
            format!("{}e{e}", decimal(n))
        }
    }

    fn decimal(mut n: Big) -> String {
        let mut digits = Vec::new();
        while !n.0.is_empty() {
            let mut rest = 0u64;
            for limb in n.0.iter_mut().rev() {
                let x = (rest << 32) | u64::from(*limb);
                *limb = (x / 10) as u32;
                rest = x % 10;
            }
            while n.0.last() == Some(&0) {
                n.0.pop();
            }
            digits.push(b'0' + rest as u8);
        }
        digits.reverse();
        String::from_utf8(digits).unwrap()
    }

    #[test]
    fn edges_as_the_reference() {
        for text in [
            "0",
            "-0",
            "0.0",
            "-0.0",
            "0e5",
            "0.000e-999",
            "1",
            "1.5",
            "-2.25",
            "0.1",
            "0.3",
            "123456789012345680000",
            "1e22",
            "1e23",
            "9007199254740993",
            "9007199254740992.5",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "2e308",
            "1e309",
            "4.9e-324",
            "5e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "2.2250738585072011e-308",
            "2.2250738585072012e-308",
            "2.2250738585072014e-308",
            "1e-400",
            "1e-99999999999999999999",
            "1e99999999999999999999",
            "0.0000000000000000000000000000001e31",
            "100e-2",
            "123.456e-7",
            "8.98846567431158e307",
            "4.35e-1",
            "3.14159265358979323846264338327950288",
        ] {
            same(text);
        }
        assert!(parse("1e400").is_infinite());
        assert!(parse("-0").is_sign_negative());
        // 801 digits and more, where the tail decides.
        let tie = halfway(1.0);
        let (digits, exponent) = tie.split_once('e').unwrap();
        let exponent: i64 = exponent.parse().unwrap();
        let zeros = "0".repeat(MAX_DIGITS);
        same(&tie);
        assert_eq!(parse(&tie), 1.0);
        let e = exponent - MAX_DIGITS as i64;
        same(&format!("{digits}{zeros}e{e}"));
        assert_eq!(
            parse(&format!("{digits}{zeros}1e{}", e - 1)),
            1.0 + f64::EPSILON
        );
        same(&format!("{digits}{zeros}1e{}", e - 1));
        same(&format!("9007199254740993{}", "0".repeat(900)));
        same(&format!("9007199254740993{}1e-900", "0".repeat(900)));
        same(&format!("0.{}1", "0".repeat(2000)));
    }

    #[test]
    fn halfway_points_round_to_even() {
        for x in [
            1.0,
            0.1,
            1e300,
            5e-324,
            2.2250738585072014e-308,
            f64::MAX / 2.0,
            123.456,
        ] {
            same(&halfway(x));
        }
    }

    fn digits_text() -> impl Strategy<Value = String> {
        (
            "[0-9]{1,40}",
            proptest::option::of("[0-9]{1,40}"),
            -400i32..400,
        )
            .prop_map(|(whole, fraction, e)| match fraction {
                Some(f) => format!("{}.{f}e{e}", whole.trim_start_matches('0').max("0")),
                None => format!("{}e{e}", whole.trim_start_matches('0').max("0")),
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        #[test]
        fn any_double_written_any_way_reads_back_as_the_reference(
            bits in any::<u64>(),
            precision in 0usize..30,
        ) {
            let x = f64::from_bits(bits).abs();
            prop_assume!(x.is_finite());
            for text in [format!("{x:e}"), format!("{x:.precision$e}"), format!("{x}")] {
                prop_assert_eq!(parse(&text).to_bits(), reference(&text).to_bits(), "{}", text);
            }
        }

        #[test]
        fn any_digits_read_as_the_reference(text in digits_text()) {
            prop_assert_eq!(parse(&text).to_bits(), reference(&text).to_bits(), "{}", text);
        }

        #[test]
        fn halfway_points_read_as_the_reference(bits in any::<u64>()) {
            let x = f64::from_bits(bits).abs();
            prop_assume!(x.is_finite() && x < f64::MAX);
            let text = halfway(x);
            prop_assert_eq!(parse(&text).to_bits(), reference(&text).to_bits(), "{}", text);
        }
    }
}
