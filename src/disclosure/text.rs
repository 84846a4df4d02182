//! The scanned text, read by byte offset, and what every scanner asks of it: letters and
//! digits by general category, gaps between groups, runs of digits, and searches eight bytes
//! at a time.

use super::categories::{category, is_letter, Category};

/// General category L or Nd: what JavaScript's `[\p{L}\p{Nd}]` matches, and what may not touch
/// either edge of a match.
pub(super) fn is_letter_or_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let category = category(c);
    is_letter(category) || category == Category::DecimalNumber
}

/// General category L, M or Nd: what an email's local part and domain labels are made of
/// (besides their punctuation).
pub(super) fn is_letter_mark_or_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let category = category(c);
    is_letter(category) || matches!(category, Category::Mark | Category::DecimalNumber)
}

/// A gap between the groups of a number or code: one space (U+0020) or one hyphen.
pub(super) fn is_gap(x: u8) -> bool {
    x == b' ' || x == b'-'
}

/// The scanned text, read by byte offset. Every offset handed to a scanner is a character
/// boundary; reads past the end see byte 0, which no pattern accepts.
pub(super) struct Text<'a> {
    pub(super) s: &'a str,
    pub(super) b: &'a [u8],
}

impl<'a> Text<'a> {
    pub(super) fn new(s: &'a str) -> Self {
        Text { s, b: s.as_bytes() }
    }

    #[inline]
    pub(super) fn byte(&self, i: usize) -> u8 {
        self.b.get(i).copied().unwrap_or(0)
    }

    #[inline]
    pub(super) fn char_at(&self, i: usize) -> Option<char> {
        match self.b.get(i) {
            Some(&x) if x.is_ascii() => Some(char::from(x)),
            _ => self.s.get(i..)?.chars().next(),
        }
    }

    #[inline]
    pub(super) fn char_before(&self, i: usize) -> Option<char> {
        match i.checked_sub(1).and_then(|k| self.b.get(k)) {
            Some(&x) if x.is_ascii() => Some(char::from(x)),
            _ => self.s.get(..i)?.chars().next_back(),
        }
    }

    /// No letter or digit just before `i`.
    #[inline]
    pub(super) fn alone_before(&self, i: usize) -> bool {
        !self.char_before(i).is_some_and(is_letter_or_digit)
    }

    /// No letter or digit at `i`.
    #[inline]
    pub(super) fn alone_after(&self, i: usize) -> bool {
        !self.char_at(i).is_some_and(is_letter_or_digit)
    }

    /// The text at `i` is `word`, ASCII letters in either case.
    pub(super) fn has_ignoring_case(&self, i: usize, word: &[u8]) -> bool {
        self.b
            .get(i..i.saturating_add(word.len()))
            .is_some_and(|s| s.eq_ignore_ascii_case(word))
    }

    /// The text at `i` is exactly `word`.
    pub(super) fn has(&self, i: usize, word: &[u8]) -> bool {
        self.b
            .get(i..i.saturating_add(word.len()))
            .is_some_and(|s| s == word)
    }

    /// `n` ASCII digits from `i`: where they end.
    pub(super) fn digits(&self, i: usize, n: usize) -> Option<usize> {
        (i..i + n)
            .all(|k| self.byte(k).is_ascii_digit())
            .then_some(i + n)
    }

    /// One or two ASCII digits from `i` (a day or a month): where they end.
    pub(super) fn one_or_two_digits(&self, i: usize) -> Option<usize> {
        if !self.byte(i).is_ascii_digit() {
            return None;
        }
        Some(if self.byte(i + 1).is_ascii_digit() {
            i + 2
        } else {
            i + 1
        })
    }

    /// Before a group that starts with a byte of `class`: nothing, one space or one hyphen.
    /// Where the group starts.
    pub(super) fn gap(&self, i: usize, class: fn(&u8) -> bool) -> Option<usize> {
        let x = self.byte(i);
        if class(&x) {
            Some(i)
        } else if is_gap(x) && class(&self.byte(i + 1)) {
            Some(i + 1)
        } else {
            None
        }
    }

    /// Digits from `i` (which must hold one), any two of them with nothing, a space or a
    /// hyphen between them: the end after the longest run of `min` to `max` digits that
    /// stands alone.
    pub(super) fn grouped_digits(&self, mut i: usize, min: usize, max: usize) -> Option<usize> {
        let mut best = None;
        let mut count = 0;
        while self.byte(i).is_ascii_digit() {
            i += 1;
            count += 1;
            if count >= min && self.alone_after(i) {
                best = Some(i);
            }
            if count == max {
                break;
            }
            match self.gap(i, u8::is_ascii_digit) {
                Some(next) => i = next,
                None => break,
            }
        }
        best
    }

    /// Where the first ASCII capital at or after `i` is, looking at eight bytes at a time: what
    /// the passes over words (schools, first names) start from.
    pub(super) fn next_capital(&self, mut i: usize) -> Option<usize> {
        #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
        {
            i = crate::simd::capital_from(self.b, i);
        }
        while let Some(&chunk) = self.b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
            // A byte beyond ASCII whose low seven bits are a capital is marked too, and passed.
            let mut marked = in_range(u64::from_le_bytes(chunk) & LOW7, b'A', b'Z' + 1);
            while marked != 0 {
                let k = i + (marked.trailing_zeros() / 8) as usize;
                if self.b[k].is_ascii_uppercase() {
                    return Some(k);
                }
                marked &= marked - 1;
            }
            i += 8;
        }
        Some(i + self.b.get(i..)?.iter().position(u8::is_ascii_uppercase)?)
    }

    /// Where the first `@` at or after `i` is, looking at eight bytes at a time.
    pub(super) fn find_at_sign(&self, mut i: usize) -> Option<usize> {
        #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
        {
            i = crate::simd::byte_from(self.b, i, b'@');
        }
        while let Some(&chunk) = self.b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
            // A lane of zero in `x` is marked, and perhaps lanes after it, but not before.
            let x = u64::from_le_bytes(chunk) ^ (ONES * u64::from(b'@'));
            let marked = x.wrapping_sub(ONES) & !x & HIGH;
            if marked != 0 {
                return Some(i + (marked.trailing_zeros() / 8) as usize);
            }
            i += 8;
        }
        Some(i + self.b.get(i..)?.iter().position(|&x| x == b'@')?)
    }

    /// The eight bytes from `i` as one little-endian word (`i` in the lowest byte), zeros past
    /// the end of the text.
    #[inline]
    pub(super) fn eight_bytes(&self, i: usize) -> u64 {
        match self.b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
            Some(&chunk) => u64::from_le_bytes(chunk),
            None => {
                let mut padded = [0; 8];
                let rest = self.b.get(i..).unwrap_or_default();
                padded[..rest.len()].copy_from_slice(rest);
                u64::from_le_bytes(padded)
            }
        }
    }
}

// Eight bytes at a time: a lane is one byte of a `u64`, and a lane is marked by its top bit.
pub(super) const HIGH: u64 = 0x8080_8080_8080_8080;
pub(super) const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
const ONES: u64 = 0x0101_0101_0101_0101;

/// The lanes of `w` whose 7-bit value `v` has `lo <= v < hi` (no lane carries into the next).
#[inline]
pub(super) fn in_range(v: u64, lo: u8, hi: u8) -> u64 {
    let at_least_lo = v + ONES * u64::from(0x80 - lo);
    let at_least_hi = v + ONES * u64::from(0x80 - hi);
    at_least_lo & !at_least_hi & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disclosure::random_text::{random_text, Random};

    #[test]
    fn next_capital_is_the_plain_search() {
        let mut random = Random(11);
        for _ in 0..2_000 {
            let text = random_text(&mut random);
            let t = Text::new(&text);
            for from in 0..=text.len() {
                let plain = text.as_bytes()[from..]
                    .iter()
                    .position(u8::is_ascii_uppercase)
                    .map(|k| from + k);
                assert_eq!(t.next_capital(from), plain, "{text:?} from {from}");
            }
        }
    }
}
