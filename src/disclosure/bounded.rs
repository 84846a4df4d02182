//! What the pass over the text (pass.rs) does at each place where a match of bounded length
//! may start: which scanners it tries there, each resting until the end of its last match,
//! and the matches found.

use super::codes::{case_number, nhs_number, ni_number, postcode};
use super::contacts::phone;
use super::dates::{cue, date, WINDOW};
use super::named_people::named_person;
use super::text::{is_gap, Text};
use super::words::{may_start_cue, may_start_title, CUE, INITIALS, MONTH, TITLE};

/// The state of [`Text::bounded_matches`], and what it does at the places that may start a
/// match.
#[derive(Default)]
pub(super) struct Bounded {
    pub(super) found: [Vec<(usize, usize)>; SLOTS],
    /// Each scanner rests until the end of its last match.
    rest_until: [usize; SLOTS],
    /// The places before `done` have been tried (or start nothing); so have the places before
    /// `codes_done` for the codes that start with a letter.
    pub(super) done: usize,
    codes_done: usize,
    /// Dates matter only where they may start within the window after a cue's end, so a date
    /// is tried only before `dates_until`, 3 × 40 bytes after the end of the last cue found
    /// (see `dates_of_birth`). A date outside every window is never reported, and as no date
    /// runs across the end of a cue, not trying one there changes no date inside a window.
    pub(super) dates_until: usize,
    pub(super) first_at: Option<usize>,
}

impl Bounded {
    /// Tries the scanner in `slot` at `i`.
    #[inline(never)]
    fn try_at(
        &mut self,
        t: &Text,
        slot: Slot,
        i: usize,
        scanner: fn(&Text, usize) -> Option<usize>,
    ) {
        let slot = slot as usize;
        if self.rest_until[slot] <= i {
            if let Some(end) = scanner(t, i) {
                self.found[slot].push((i, end));
                self.rest_until[slot] = end;
                if slot == Slot::Cue as usize {
                    self.dates_until = end + 3 * WINDOW + 1;
                }
            }
        }
    }

    /// At a byte `p` that `trigger_lanes` (pass.rs) marks, at or after `done`: if it is a digit,
    /// the codes that start with a letter up to three bytes before it; then what may start at
    /// `p`.
    #[inline(never)]
    pub(super) fn trigger(&mut self, t: &Text, p: usize) {
        if t.b[p].is_ascii_digit() {
            for s in self.codes_done.max(p.saturating_sub(3))..p {
                self.codes_at(t, s);
            }
            self.codes_done = p + 1;
        }
        self.start_at(t, p);
        self.done = p + 1;
    }

    /// Every place from `done` to the end of the window after a cue (which grows with each cue
    /// found in it), and the codes that start with a letter in the three bytes before.
    #[inline(never)]
    pub(super) fn window(&mut self, t: &Text) {
        for s in self.codes_done.max(self.done.saturating_sub(3))..self.done {
            self.codes_at(t, s);
        }
        while self.done < self.dates_until.min(t.b.len()) {
            let s = self.done;
            self.done += 1;
            // Only an ASCII letter, digit, `+`, `(` or `@` starts anything, and only `@` after
            // an ASCII letter or digit.
            let x = t.b[s];
            let starts = if x.is_ascii_alphanumeric() || matches!(x, b'+' | b'(') {
                !t.byte(s.wrapping_sub(1)).is_ascii_alphanumeric()
            } else {
                x == b'@'
            };
            if starts {
                self.codes_at(t, s);
                self.start_at(t, s);
            }
        }
        self.codes_done = self.done;
    }

    /// A case number, NI number or postcode at `s`, which each start with an ASCII letter: a
    /// case number has an ASCII digit at offset 2, a postcode at 1 or 2, an NI number at 2 or
    /// (after a gap at 2) at 3 and 4.
    #[inline]
    fn codes_at(&mut self, t: &Text, s: usize) {
        if !t.byte(s).is_ascii_alphabetic() {
            return;
        }
        let at2 = t.byte(s + 2);
        if t.byte(s + 1).is_ascii_digit() || at2.is_ascii_digit() {
            if t.alone_before(s) {
                self.try_at(t, Slot::CaseNumber, s, case_number);
                self.try_at(t, Slot::NiNumber, s, ni_number);
                self.try_at(t, Slot::Postcode, s, postcode);
            }
        } else if is_gap(at2)
            && t.byte(s + 3).is_ascii_digit()
            && t.byte(s + 4).is_ascii_digit()
            && t.alone_before(s)
        {
            self.try_at(t, Slot::NiNumber, s, ni_number);
        }
    }

    /// Everything but the codes that start with a letter at `s`, a place in the text (not
    /// necessarily a character boundary).
    #[inline]
    fn start_at(&mut self, t: &Text, s: usize) {
        let x = t.b[s];
        match x {
            b'0'..=b'9' => {
                if !t.alone_before(s) {
                    return;
                }
                // A case number starts with four digits and then a fifth after a gap or none;
                // an NHS number with three and then a fourth after a gap or none.
                let digit = |k: usize| t.byte(s + k).is_ascii_digit();
                let gap_and_digit = |k: usize| digit(k) || (is_gap(t.byte(s + k)) && digit(k + 1));
                if digit(1) && digit(2) {
                    if digit(3) && gap_and_digit(4) {
                        self.try_at(t, Slot::CaseNumber, s, case_number);
                    }
                    let second_group = if digit(3) { 4 } else { 5 };
                    if gap_and_digit(3) && digit(second_group) {
                        self.try_at(t, Slot::NhsNumber, s, nhs_number);
                    }
                }
                if x == b'0' && gap_and_digit(1) {
                    self.try_at(t, Slot::Phone, s, phone);
                }
                if s < self.dates_until {
                    self.try_at(t, Slot::Date, s, date);
                }
            }
            b'A'..=b'Z' | b'a'..=b'z' => {
                let initial = INITIALS[usize::from(x)];
                let cue_letter = initial & CUE != 0;
                let title_letter = initial & TITLE != 0;
                let month = s < self.dates_until && initial & MONTH != 0;
                if !(cue_letter || title_letter || month) || !t.alone_before(s) {
                    return;
                }
                if cue_letter && may_start_cue(t.eight_bytes(s)) {
                    self.try_at(t, Slot::Cue, s, cue);
                }
                if month {
                    self.try_at(t, Slot::Date, s, date);
                }
                if title_letter && may_start_title(t.eight_bytes(s)) {
                    self.try_at(t, Slot::Name, s, named_person);
                }
            }
            b'+' | b'(' if may_start_at(t.eight_bytes(s)) && t.alone_before(s) => {
                self.try_at(t, Slot::Phone, s, phone)
            }
            b'@' => {
                self.first_at.get_or_insert(s);
            }
            _ => {}
        }
    }
}

/// Whether the eight bytes `w` from a place may start something other than a number: a cue,
/// a title, a phone number (`+44`, `(0`) or an email (`@`, where the search for emails starts).
#[inline]
pub(super) fn may_start_at(w: u64) -> bool {
    match w as u8 {
        b'+' => (w >> 8) as u16 == u16::from_le_bytes(*b"44"),
        b'(' => (w >> 8) as u8 == b'0',
        b'@' => true,
        first => {
            // Only the prefixes that can start with this byte are tried.
            let initial = INITIALS[usize::from(first)];
            (initial & CUE != 0 && may_start_cue(w)) || (initial & TITLE != 0 && may_start_title(w))
        }
    }
}

/// The scanners of [`Text::bounded_matches`].
#[derive(Clone, Copy)]
pub(super) enum Slot {
    CaseNumber,
    NhsNumber,
    NiNumber,
    Postcode,
    Phone,
    Cue,
    Date,
    Name,
}

pub(super) const SLOTS: usize = 8;
