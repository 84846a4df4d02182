//! The codes and numbers of fixed form: case numbers, NHS numbers (with their check digit),
//! National Insurance numbers and postcodes. Each scanner gives where its longest match at a
//! place ends.

use super::text::Text;

// ------------------------------------------------------------------ case numbers

/// `LV21C50012` (either case), or 16 digits in four groups of four.
pub(super) fn case_number(t: &Text, i: usize) -> Option<usize> {
    let end = if t.byte(i).is_ascii_alphabetic() {
        let shape = t.byte(i + 1).is_ascii_alphabetic()
            && t.byte(i + 2).is_ascii_digit()
            && t.byte(i + 3).is_ascii_digit()
            && t.byte(i + 4).is_ascii_alphabetic();
        if !shape {
            return None;
        }
        t.digits(i + 5, 5)?
    } else {
        let mut p = t.digits(i, 4)?;
        for _ in 0..3 {
            p = t.gap(p, u8::is_ascii_digit)?;
            p = t.digits(p, 4)?;
        }
        p
    };
    t.alone_after(end).then_some(end)
}

// ------------------------------------------------------------------ NHS numbers

/// Ten digits, grouped 3-3-4 or not, passing the modulus 11 check.
pub(super) fn nhs_number(t: &Text, i: usize) -> Option<usize> {
    let mut digits = [0u8; 10];
    let mut n = 0;
    let mut p = i;
    for (group, len) in [3, 3, 4].into_iter().enumerate() {
        if group > 0 {
            p = t.gap(p, u8::is_ascii_digit)?;
        }
        for _ in 0..len {
            let x = t.byte(p);
            if !x.is_ascii_digit() {
                return None;
            }
            digits[n] = x - b'0';
            n += 1;
            p += 1;
        }
    }
    (t.alone_after(p) && nhs_check_digit_ok(&digits)).then_some(p)
}

/// Weights 10 down to 2 on the first nine digits; check digit 11 − (sum mod 11), where 11
/// means 0 and 10 means the number is not valid.
fn nhs_check_digit_ok(digits: &[u8; 10]) -> bool {
    let sum: u32 = digits[..9]
        .iter()
        .zip((2..=10u32).rev())
        .map(|(&d, weight)| u32::from(d) * weight)
        .sum();
    match 11 - sum % 11 {
        10 => false,
        11 => digits[9] == 0,
        check => u32::from(digits[9]) == check,
    }
}

// ------------------------------------------------------------------ National Insurance numbers

/// Two prefix letters, three pairs of digits, a suffix `A`–`D`; a gap of nothing, one space or
/// one hyphen between the prefix, each pair and the suffix; either case.
pub(super) fn ni_number(t: &Text, i: usize) -> Option<usize> {
    let first = t.byte(i).to_ascii_uppercase();
    let second = t.byte(i + 1).to_ascii_uppercase();
    if !first.is_ascii_uppercase()
        || !second.is_ascii_uppercase()
        || matches!(first, b'D' | b'F' | b'I' | b'Q' | b'U' | b'V')
        || matches!(second, b'D' | b'F' | b'I' | b'O' | b'Q' | b'U' | b'V')
        || matches!(
            &[first, second],
            b"BG" | b"GB" | b"KN" | b"NK" | b"NT" | b"TN" | b"ZZ"
        )
    {
        return None;
    }
    let mut p = i + 2;
    for _ in 0..3 {
        p = t.gap(p, u8::is_ascii_digit)?;
        p = t.digits(p, 2)?;
    }
    p = t.gap(p, |x| matches!(x.to_ascii_uppercase(), b'A'..=b'D'))? + 1;
    t.alone_after(p).then_some(p)
}

// ------------------------------------------------------------------ postcodes

/// A full postcode: outward code (one or two letters, a digit, optionally a letter or digit),
/// one space or none, inward code (a digit and two letters), with the letter rules of real
/// postcodes; either case.
pub(super) fn postcode(t: &Text, i: usize) -> Option<usize> {
    let first = t.byte(i).to_ascii_uppercase();
    if !first.is_ascii_uppercase() || matches!(first, b'Q' | b'V' | b'X') {
        return None;
    }
    let mut p = i + 1;
    let second = t.byte(p).to_ascii_uppercase();
    if second.is_ascii_uppercase() {
        if matches!(second, b'I' | b'J' | b'Z') {
            return None;
        }
        p += 1;
    }
    if !t.byte(p).is_ascii_digit() {
        return None;
    }
    p += 1;
    // The outward code ends at `p` or, with its optional letter or digit, at `p + 1`; then one
    // space or none. Of the readings, the longest wins.
    let mut best = None;
    let outward_ends = [Some(p), t.byte(p).is_ascii_alphanumeric().then_some(p + 1)];
    for outward_end in outward_ends.into_iter().flatten() {
        let inward_starts = [
            Some(outward_end),
            (t.byte(outward_end) == b' ').then_some(outward_end + 1),
        ];
        for q in inward_starts.into_iter().flatten() {
            let inward = t.byte(q).is_ascii_digit()
                && is_inward_letter(t.byte(q + 1))
                && is_inward_letter(t.byte(q + 2));
            if inward && t.alone_after(q + 3) {
                best = best.max(Some(q + 3));
            }
        }
    }
    best
}

fn is_inward_letter(x: u8) -> bool {
    let x = x.to_ascii_uppercase();
    x.is_ascii_uppercase() && !matches!(x, b'C' | b'I' | b'K' | b'M' | b'O' | b'V')
}

#[cfg(test)]
mod tests {
    use crate::disclosure::tests::check;
    use crate::disclosure::DisclosureKind::*;

    #[test]
    fn case_numbers() {
        check(
            CaseNumber,
            &[
                "Ref «ZW24P00153».",
                "«LV21C50012»",
                "«lv21c50012» in lower case",
                "ref «Zw24p00153»; mixed case",
                "(«AB12C34567»)",
                "«1234567812345678»",
                "«1234 5678 1234 5678»",
                "«1234-5678-1234-5678»",
                "«1234 5678-1234 5678» mixed gaps",
                "«1234-56781234 5678» some gaps",
                "two: «AA11A11111» and «BB22B22222»",
                "ref «ZW24P00153»_x",
                "«ZW24P00153»\u{301} a mark after",
                "😀 «ZW24P00153» after an emoji",
                "first line\r\n«ZW24P00153»\r\n",
                "«0000 0000 0000 0000»",
            ],
            &[
                "ñZW24P00153",
                "XZW24P00153",
                "ZW24P001534",
                "ZW24P0015",
                "ZW24P00153a",
                "Z W24P00153",
                "ZW-24-P-00153",
                "ZW24 P00153",
                "ZW24PP00153",
                "1234 5678 1234 567",
                "1234 5678 1234 56789",
                "1234  5678 1234 5678",
                "1234_5678_1234_5678",
                "123 45678 1234 5678",
                "11234 5678 1234 5678",
                "ZW24P00153\u{663}",
                "\u{ff3a}\u{ff37}24P00153",
                "1234\u{2013}5678\u{2013}1234\u{2013}5678",
            ],
        );
    }

    #[test]
    fn nhs_numbers() {
        check(
            NhsNumber,
            &[
                "NHS «943 476 5919»",
                "«9434765919»",
                "«943-476-5919»",
                "«943-476 5919» mixed gaps",
                "«943 4765919»",
                "«401 023-2137»",
                "«3982597919»",
                "«907 483 3780»",
                "«876-232-8603»",
                "«3318123420» check digit 0 (11 − 0)",
                "(«9434765919»)",
                "😀«943 476 5919»",
                "e\u{301} «943 476 5919»",
                "line\r\n«943 476 5919»\r\n",
                "no. «9434765919». And «401 023 2137»",
                "«943 476 5919» 1",
            ],
            &[
                "943 476 5918",
                "94347659190",
                "19434765919",
                "943  476 5919",
                "9434 76 5919",
                "943.476.5919",
                "943_476_5919",
                "304 011 9800",
                "3040119809",
                "x9434765919",
                "9434765919x",
                "\u{669}\u{664}\u{663}\u{664}\u{667}\u{666}\u{665}\u{669}\u{661}\u{669}",
                "943 476 591",
                "943\u{2013}476\u{2013}5919",
                "943 - 476 - 5919",
                "94 3476 5919",
                "943 476 5919\u{663}",
            ],
        );
    }

    #[test]
    fn ni_numbers() {
        check(
            NiNumber,
            &[
                "«AB123456C»",
                "NI «AB 12 34 56 C»",
                "«AB-12-34-56-C»",
                "«ab 12 34 56 c»",
                "«AB12 34-56C» mixed gaps",
                "«JG103759A»",
                "«ZY 12 34 56 D»",
                "«CE123456B»",
                "«Ab123456c»",
                "«BA123456A»",
                "«NA123456A»",
                "😀 «AB123456C»",
                "NI: «AB 123456 C»",
                "«GA123456B»",
                "(«TA123456A»).",
                "«AB123456C»\r\n«CE 12 34 56 D»",
            ],
            &[
                "DA123456A",
                "FA123456A",
                "IA123456A",
                "QA123456A",
                "UA123456A",
                "VA123456A",
                "AO123456A",
                "AD123456A",
                "BG123456A",
                "GB123456A",
                "KN123456A",
                "NK123456A",
                "NT123456A",
                "TN123456A",
                "ZZ123456A",
                "AB123456E",
                "AB12345C",
                "AB  12 34 56 C",
                "XAB123456C",
                "AB123456CD",
                "A B123456C",
                "AB 1 2 34 56 C",
                "AB123456",
                "éAB123456C",
            ],
        );
    }

    #[test]
    fn postcodes() {
        check(
            Postcode,
            &[
                "«SW1A 1AA»",
                "«SW1A1AA»",
                "Post to «EC1A 1BB».",
                "«W1J 0BH»",
                "«B33 8TH»",
                "«M1 1AE»",
                "«CR2 6XH»",
                "«DN55 1PT»",
                "«sw1a 1aa»",
                "«W1A 0AX»",
                "«L1 8JQ»",
                "«N1 9GU»",
                "(«E1 6AN»)",
                "«G2 3WT», Glasgow",
                "😀 «SW1A 1AA»",
                "«EH1 1YZ»",
                "«BT1 5GS»\r\n«bt15gs»",
            ],
            &[
                "SW1A",
                "near SW1A today",
                "SW1A 1",
                "QA1 1AA",
                "VA1 1AA",
                "XA1 1AA",
                "AI1 1AA",
                "AJ1 1AA",
                "AZ1 1AA",
                "M1 1CA",
                "M1 1AI",
                "M1 1KA",
                "M1 1MA",
                "M1 1OA",
                "M1 1AV",
                "RV32IM",
                "SW1A  1AA",
                "SW1A-1AA",
                "XSW1A 1AA",
                "SW1A 1AA1",
                "SW1A 1AAB",
                "SWA1 1AA",
                "ABC1 1AA",
                "1SW1A 1AA",
                "SW1A 1\u{c5}A",
            ],
        );
    }
}
