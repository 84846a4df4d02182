//! The one pass over the text that finds the matches of bounded length, each kind's left to
//! right: it looks eight bytes at a time (sixteen with WebAssembly SIMD) for the few bytes
//! near which a match may start, and [`Bounded`] tries the scanners there.

use super::bounded::{may_start_at, Bounded, SLOTS};
use super::text::{in_range, Text, HIGH, LOW7};
use super::words::{CAPITALS, CUE, INITIALS, LOWER_CASE, TITLE};

/// The scan as it was before it went eight bytes at a time (every scanner tried at every
/// place that no letter or digit precedes), to check the faster one against: the same
/// findings for any text. It tries cues, dates and titles at every letter, not only at the
/// first letters words.rs derives, and reads the cues as a list; the month and title
/// scanners it shares with the fast scan read words.rs's prefixes, which words.rs's tests
/// check against the lists.
#[cfg(test)]
mod reference;

impl Text<'_> {
    /// The matches of the patterns of bounded length (slots in [`Slot`] order), each kind's
    /// left to right as a global regular expression finds them, in one pass; and where the
    /// first `@` is. At each place that no letter or digit precedes, each scanner that may
    /// start there gives the end of its longest match there, if any, and then rests until that
    /// end. Every scanner starts with an ASCII byte, so each place tried is a character
    /// boundary.
    ///
    /// Most places start nothing, and most bytes of prose are lower-case letters and spaces,
    /// so the pass looks at eight bytes at a time for the few bytes near which a match may
    /// start (see [`trigger_lanes`]), and tries the scanners only there; but inside the window
    /// after a cue, where a date may start with any month's name, it tries every place. The
    /// scanners are tried at the places of each kind in order, as in a pass that tried every
    /// scanner at every place, and a place left out is one where they would all fail.
    ///
    /// [`Slot`]: super::bounded::Slot
    #[inline(never)]
    pub(super) fn bounded_matches(&self) -> ([Vec<(usize, usize)>; SLOTS], Option<usize>) {
        let n = self.b.len();
        let mut m = Bounded::default();
        let mut pos = 0; // where the next sixteen bytes to look at start
        let mut last = 0; // the byte before `pos`, or 0
        while pos < n {
            if m.done < m.dates_until {
                m.window(self);
                pos = m.done;
                last = self.b.get(pos.wrapping_sub(1)).copied().unwrap_or(0);
                continue;
            }
            // Sixteen bytes with a byte before them: WebAssembly SIMD finds the places that
            // `place` would not pass over at once (and some more), and they are tried in order.
            #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
            if let Some(mut places) = crate::simd::places(self.b, pos, [CAPITALS, LOWER_CASE]) {
                let mut window = false;
                while places != 0 && !window {
                    let p = pos + places.trailing_zeros() as usize;
                    places &= places - 1;
                    window = !self.place(&mut m, p, self.b[p], self.b[p - 1]);
                }
                if !window {
                    last = self.b[pos + 15];
                    pos += 16;
                }
                continue;
            }
            let Some(byte_before) = self.sixteen_bytes(&mut m, pos, last) else {
                continue;
            };
            last = byte_before;
            pos += 16;
        }
        (m.found, m.first_at)
    }

    /// The sixteen bytes from `pos` as two words, after `last`: the last of them, or `None` if
    /// a cue found opens a window. With WebAssembly SIMD this runs only at the end of a text,
    /// so it is kept out of the loop's function there: less for V8's optimising compiler.
    #[cfg_attr(all(target_arch = "wasm32", target_feature = "simd128"), inline(never))]
    #[cfg_attr(
        not(all(target_arch = "wasm32", target_feature = "simd128")),
        inline(always)
    )]
    fn sixteen_bytes(&self, m: &mut Bounded, pos: usize, last: u8) -> Option<u8> {
        let (low, high) = (self.eight_bytes(pos), self.eight_bytes(pos + 8));
        let (low_triggers, high_triggers) = (trigger_lanes(low), trigger_lanes(high));
        if low_triggers | high_triggers != 0 {
            // Each lane of the second word holds the byte before the same lane of the first.
            let low_before = (low << 8) | u64::from(last);
            let high_before = (high << 8) | (low >> 56);
            if !self.triggers(m, pos, low, low_before, low_triggers)
                || !self.triggers(m, pos + 8, high, high_before, high_triggers)
            {
                return None;
            }
        }
        Some((high >> 56) as u8)
    }

    /// Tries the places marked in `triggers`, lanes of the eight bytes `w` from `pos`, with the
    /// bytes before them in `before`: false if a cue found opens a window, where every place
    /// from `m.done` on is to be tried.
    #[inline(always)]
    fn triggers(
        &self,
        m: &mut Bounded,
        pos: usize,
        w: u64,
        before: u64,
        mut triggers: u64,
    ) -> bool {
        while triggers != 0 {
            let shift = triggers.trailing_zeros() & !7;
            triggers &= triggers - 1;
            let p = pos + (shift / 8) as usize;
            if !self.place(m, p, (w >> shift) as u8, (before >> shift) as u8) {
                return false;
            }
        }
        true
    }

    /// Tries the place `p`, whose byte is `byte` after `before`: false if a cue found opens a
    /// window, as [`Text::triggers`].
    #[inline(always)]
    fn place(&self, m: &mut Bounded, p: usize, byte: u8, before: u8) -> bool {
        // Most marked bytes start nothing (as the zeros past the end of the text), or are not
        // the first of their run of letters and digits (a digit after a digit: the one before
        // did what it can).
        let kind = KIND[usize::from(byte)];
        let kind_before = KIND[usize::from(before)];
        if kind & STARTS == 0 || (kind >> 3) & kind_before != 0 {
            return true;
        }
        // Outside the window after a cue, a digit starts a number or follows the first
        // letters of a code; anything else must start with what follows.
        if kind & DIGIT == 0 && !may_start_at(self.eight_bytes(p)) {
            return true;
        }
        m.trigger(self, p);
        m.done >= m.dates_until
    }
}

// What a byte is and may start, for [`Text::bounded_matches`].
const WORD: u8 = 1; // an ASCII letter or digit
const DIGIT: u8 = 2; // an ASCII digit
const STARTS: u8 = 4; // the first letter of a cue or a title, an ASCII digit, `+`, `(` or `@`
const NOT_AFTER_WORD: u8 = WORD << 3; // starts nothing after an ASCII letter or digit
const NOT_AFTER_DIGIT: u8 = DIGIT << 3; // starts nothing after an ASCII digit

const KIND: [u8; 256] = {
    let mut kind = [0; 256];
    let mut x = 0;
    while x < 256 {
        let b = x as u8;
        kind[x] = if b.is_ascii_digit() {
            // Nor codes that start with a letter before it: the digit before saw to them.
            WORD | DIGIT | STARTS | NOT_AFTER_DIGIT
        } else if INITIALS[x] & (CUE | TITLE) != 0 {
            WORD | STARTS | NOT_AFTER_WORD
        } else if b.is_ascii_alphabetic() {
            WORD
        } else if matches!(b, b'+' | b'(') {
            STARTS | NOT_AFTER_WORD
        } else if b == b'@' {
            STARTS
        } else {
            0
        };
        x += 1;
    }
    kind
};

/// The lanes of `w` near which a match may start, and some others: every ASCII digit (a
/// number, a date, or a code that starts with a letter up to three bytes before it), `+` and
/// `(` (a phone number), `@` (an email), and the first letters of the cues and the titles
/// (words.rs). It marks whole ranges to be quick, so that most of the bytes of prose are not
/// marked, and some bytes beyond ASCII (which start nothing): the first range holds `(`, `)`,
/// `*`, `+`, `,`, `-`, `.`, `/` and the digits, the second `@` and the capitals from `A` to
/// the last capital that starts a cue or a title (`M` for `Mr`), the third the lower-case
/// letters from the first to the last that starts a cue (`b` to `d`, for `born` and `dob`).
/// [`KIND`] tells them apart. A list whose first letters spread wider marks more, and is
/// slower, never wrong (`trigger_lanes_mark_every_byte_that_starts_something`).
#[inline]
fn trigger_lanes(w: u64) -> u64 {
    let v = w & LOW7;
    let punctuation_or_digit = in_range(v, b'(', b'9' + 1);
    let at_or_capital = in_range(v, b'@', CAPITALS.1);
    let lower_case = in_range(v, LOWER_CASE.0, LOWER_CASE.1);
    (punctuation_or_digit | at_or_capital | lower_case) & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disclosure::random_text::{random_text, Random};
    use crate::disclosure::{scan, DisclosureKind};
    use DisclosureKind::*;

    #[test]
    fn trigger_lanes_mark_every_byte_that_starts_something() {
        for x in 0..=255u8 {
            if KIND[usize::from(x)] & STARTS != 0 {
                for lane in 0..8 {
                    let w = u64::from(x) << (8 * lane);
                    assert_ne!(
                        trigger_lanes(w) & (0x80 << (8 * lane)),
                        0,
                        "{x} in lane {lane}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_same_findings_as_trying_every_scanner_everywhere() {
        let mut random = Random(0x5EF_C4EC);
        let mut findings = [0; DisclosureKind::ALL.len()];
        for case in 0..40_000 {
            let text = random_text(&mut random);
            let want = reference::scan(&text);
            assert_eq!(scan(&text), want, "case {case}: {text:?}");
            for finding in &want {
                findings[finding.kind as usize] += 1;
            }
            // The matches of each bounded kind (all but dates, which count only near a cue)
            // and where the first `@` is.
            let t = Text::new(&text);
            let (got, first_at) = t.bounded_matches();
            let old = reference::bounded_matches(&t);
            for slot in [0, 1, 2, 3, 4, 5, 7] {
                assert_eq!(got[slot], old[slot], "case {case}, slot {slot}: {text:?}");
            }
            assert_eq!(first_at, text.find('@'), "case {case}: {text:?}");
        }
        // The texts are worth checking: they hold many findings of every bounded kind (schools
        // and first names are found by plain passes that the two scans share).
        let bounded = &findings[..=NamedPerson as usize];
        assert!(bounded.iter().all(|&n| n > 250), "{findings:?}");
    }
}
