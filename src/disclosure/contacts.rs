//! Email addresses, found by a pass of their own from each `@`, and phone numbers, found by
//! the pass over the text (pass.rs).

use super::text::{is_letter_mark_or_digit, Text};

// ------------------------------------------------------------------ emails

/// An email's local part: letters, marks, digits and `. _ % + -`.
fn is_local_char(c: char) -> bool {
    matches!(c, '.' | '_' | '%' | '+' | '-') || is_letter_mark_or_digit(c)
}

/// A domain label's characters: letters, marks, digits and hyphens.
fn is_label_char(c: char) -> bool {
    c == '-' || is_letter_mark_or_digit(c)
}

/// Every email address, left to right. For each `@`, the local part is the run of local-part
/// characters just before it, from its earliest start that stands alone, no earlier than the
/// end of the last match or the `@` before; the domain is two or more labels after it. The
/// backward reads stop at the `@` before and the forward reads at the `@` after (neither is a
/// local-part or label character), so each character is read a bounded number of times.
/// `first_at` is where the first `@` is.
#[inline(never)]
pub(super) fn emails(t: &Text, first_at: usize) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut floor = 0; // no local part starts before this
    let mut from = first_at;
    while let Some(at) = t.find_at_sign(from) {
        from = at + 1;
        let local = local_part_start(t, floor, at);
        floor = at + 1;
        let Some(start) = local else { continue };
        if let Some(end) = domain_end(t, at + 1) {
            found.push((start, end));
            floor = end;
            from = end;
        }
    }
    found
}

/// Where the local part before the `@` at `at` starts, if it has one: the earliest place at or
/// after `floor`, inside the run of local-part characters that ends at `at`, with no letter or
/// digit before it.
fn local_part_start(t: &Text, floor: usize, at: usize) -> Option<usize> {
    let before = t.s.get(floor..at)?;
    let mut run_start = at;
    for (k, c) in before.char_indices().rev() {
        if !is_local_char(c) {
            break;
        }
        run_start = floor + k;
    }
    let run = t.s.get(run_start..at)?;
    let mut start = run_start;
    for c in run.chars() {
        if t.alone_before(start) {
            return Some(start);
        }
        start += c.len_utf8();
    }
    None
}

/// The end of a domain of two or more labels starting at `i`: labels as long as they run, a
/// full stop joining two labels, so a full stop after the address is left out.
fn domain_end(t: &Text, i: usize) -> Option<usize> {
    let rest = t.s.get(i..)?;
    let mut labels = 0;
    let mut label_len = 0;
    let mut end = i;
    let mut chars = rest.char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        if is_label_char(c) {
            label_len += 1;
            end = i + k + c.len_utf8();
            continue;
        }
        if label_len == 0 {
            break;
        }
        labels += 1;
        label_len = 0;
        let next_is_label = chars.peek().is_some_and(|&(_, n)| is_label_char(n));
        if c != '.' || !next_is_label {
            break;
        }
    }
    if label_len > 0 {
        labels += 1;
    }
    (labels >= 2).then_some(end)
}

// ------------------------------------------------------------------ phone numbers

/// `0` and 9 or 10 more digits, its area code possibly in brackets (the span then starts at the
/// bracket); or `+44`, optionally `(0)` with or without a space before it, optionally a space
/// or hyphen, then 9 or 10 digits. Digits may be grouped by single spaces or hyphens.
pub(super) fn phone(t: &Text, i: usize) -> Option<usize> {
    match t.byte(i) {
        b'0' => t.grouped_digits(t.gap(i + 1, u8::is_ascii_digit)?, 9, 10),
        b'(' => {
            if t.byte(i + 1) != b'0' {
                return None;
            }
            // The area code: the 0 and up to nine more digits inside the brackets, at least
            // one digit after them.
            let mut p = i + 2;
            let mut inside = 0;
            while inside < 10 && t.byte(p).is_ascii_digit() {
                p += 1;
                inside += 1;
            }
            if inside == 0 || inside > 9 || t.byte(p) != b')' {
                return None;
            }
            let rest = t.gap(p + 1, u8::is_ascii_digit)?;
            t.grouped_digits(rest, (9 - inside).max(1), 10 - inside)
        }
        b'+' => {
            if !t.has(i + 1, b"44") {
                return None;
            }
            let p = i + 3;
            let after_zero = if t.has(p, b"(0)") {
                Some(p + 3)
            } else if t.has(p, b" (0)") {
                Some(p + 4)
            } else {
                None
            };
            [Some(p), after_zero]
                .into_iter()
                .flatten()
                .filter_map(|q| t.grouped_digits(t.gap(q, u8::is_ascii_digit)?, 9, 10))
                .max()
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::disclosure::tests::check;
    use crate::disclosure::DisclosureKind::*;

    #[test]
    fn emails() {
        check(
            Email,
            &[
                "«parent.one@outlook.com»",
                "write to «x.y@outlook.com».",
                "«josé@outlook.com»",
                "«jose\u{301}@outlook.com»",
                "«a+b_c%d-e@sub.example.co.uk»",
                "«user@exa-mple.org»",
                "«\u{663}@outlook.com»",
                "mail «bob@b.c», then",
                "«用户@例子.中国»",
                "<«a@b.cd»>",
                "«.a@b.c»",
                "a@b@«c@d.e»",
                "😀 «a@b.co»",
                "«A@B.CO»",
                "«first.last@outlook.com»\r\n",
                "«a@b.c», «d@e.f»",
                "«a@b.c.d»@e.f, the domain as long as it runs",
            ],
            &[
                "a@b",
                "@outlook.com",
                "a @outlook.com",
                "a@ example.org",
                "a@.example.org",
                "a@example..org",
                "a@example.",
                "a@@outlook.com",
                "a(at)example.org",
                "a@example_org",
                "ab@cd",
                "@@@@",
                "user@localhost",
                "name at example dot org",
                "a@😀.org",
                "a\u{ff20}example.org",
            ],
        );
    }

    #[test]
    fn phones() {
        check(
            Phone,
            &[
                "«07700900123»",
                "call «07700 900123»",
                "«020 7946 0958»",
                "«(01632) 960001»",
                "«+44 7700 900123»",
                "«+44 (0)20 7946 0958»",
                "«+44(0)20 7946 0958»",
                "«+44 (0) 20 7946 0958»",
                "«+447700900123»",
                "«0161 496 0000»",
                "«0161-496-0000»",
                "«(020) 7946 0958»",
                "«0207 946 095»",
                "«+44-7700-900123»",
                "tel: «07700 900 123».",
                "😀«07700 900123»",
                "«07700 90012 3», the longer reading",
                "«(01632)-960001»\r\n",
            ],
            &[
                "077009001",
                "077009001234",
                "7700 900123",
                "+44 (0)",
                "+45 7700 900123",
                "07700  900123",
                "07700_900123",
                "x07700900123",
                "07700900123x",
                "(0) 7700 900123",
                "107700900123",
                "07700.900.123",
                "+447700900",
                "07700\u{2013}900123",
                "0\u{667}\u{667}\u{660}\u{660}\u{669}\u{660}\u{660}\u{661}\u{662}\u{663}",
                "a+447700900123",
                "() 07700",
            ],
        );
    }
}
