//! Disclosure checks (rules.md, "Disclosure checks"): details in free text that could
//! identify a child or family.

use crate::code::Code;
use crate::json_write::{Object, WriteJson};
use crate::report::Severity;
use categories::{category, is_letter, Category};
use words::{
    cues_at, may_start_cue, may_start_title, month_at, CAPITALS, CUE, INITIALS, LOWER_CASE, MONTH,
    TITLE, TITLES,
};

mod categories;
mod exempt;
mod names;
mod naming;
mod schools;
mod words;

/// The ten kinds, in the order of rules.md's table: the order that settles overlaps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DisclosureKind {
    CaseNumber,
    NhsNumber,
    NiNumber,
    Postcode,
    Email,
    Phone,
    DateOfBirth,
    NamedPerson,
    School,
    FirstName,
}

impl DisclosureKind {
    pub const ALL: [DisclosureKind; 10] = [
        DisclosureKind::CaseNumber,
        DisclosureKind::NhsNumber,
        DisclosureKind::NiNumber,
        DisclosureKind::Postcode,
        DisclosureKind::Email,
        DisclosureKind::Phone,
        DisclosureKind::DateOfBirth,
        DisclosureKind::NamedPerson,
        DisclosureKind::School,
        DisclosureKind::FirstName,
    ];

    /// `disclosure-case-number`, ...
    pub const fn code(self) -> Code {
        match self {
            DisclosureKind::CaseNumber => Code::DisclosureCaseNumber,
            DisclosureKind::NhsNumber => Code::DisclosureNhsNumber,
            DisclosureKind::NiNumber => Code::DisclosureNiNumber,
            DisclosureKind::Postcode => Code::DisclosurePostcode,
            DisclosureKind::Email => Code::DisclosureEmail,
            DisclosureKind::Phone => Code::DisclosurePhone,
            DisclosureKind::DateOfBirth => Code::DisclosureDateOfBirth,
            DisclosureKind::NamedPerson => Code::DisclosureNamedPerson,
            DisclosureKind::School => Code::DisclosureSchool,
            DisclosureKind::FirstName => Code::DisclosureFirstName,
        }
    }

    /// Its code's severity.
    pub const fn severity(self) -> Severity {
        self.code().severity()
    }

    /// What to remove, in GOV.UK style ("Remove the NHS number"); never the finding itself.
    pub fn message(self) -> &'static str {
        match self {
            DisclosureKind::CaseNumber => "Remove the case number",
            DisclosureKind::NhsNumber => "Remove the NHS number",
            DisclosureKind::NiNumber => "Remove the National Insurance number",
            DisclosureKind::Postcode => "Remove the postcode",
            DisclosureKind::Email => "Remove the email address",
            DisclosureKind::Phone => "Remove the phone number",
            DisclosureKind::DateOfBirth => "Remove the date of birth",
            DisclosureKind::NamedPerson => {
                "Check this name: use a pseudonym such as Child A, or a role, instead of a person's name"
            }
            DisclosureKind::School => {
                "Check this school's name: a named school can identify a child; say what kind of school it is instead"
            }
            DisclosureKind::FirstName => {
                "Check this name: use a pseudonym such as Child A, or a role, instead of a person's first name"
            }
        }
    }
}

/// One finding: where it lies in the scanned string, in UTF-16 code units, `end` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: DisclosureKind,
    pub start: usize,
    pub end: usize,
}

// Its JSON text is written by hand (src/json_write.rs); serde's `Serialize`, only in the tests,
// is the reference for that text and what ts-rs reads.
/// One finding as `scanDisclosure` gives it: a span in UTF-16 code units, `end` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS))]
pub struct DisclosureFinding {
    #[cfg_attr(test, ts(type = "DisclosureCode"))]
    pub code: Code,
    pub severity: Severity,
    pub start: usize,
    pub end: usize,
}

/// `{ code, severity, start, end }`.
impl WriteJson for DisclosureFinding {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("code", &self.code)
            .member("severity", &self.severity)
            .member("start", &self.start)
            .member("end", &self.end)
            .end();
    }
}

impl From<Finding> for DisclosureFinding {
    fn from(f: Finding) -> DisclosureFinding {
        DisclosureFinding {
            code: f.kind.code(),
            severity: f.kind.severity(),
            start: f.start,
            end: f.end,
        }
    }
}

/// Every finding in `text`, ordered by `start`; findings never overlap.
///
/// Each kind has its own hand-written scanner, which finds matches left to right as a global
/// regular expression would: a match is tried at each place where one may start (the longest
/// reading there wins) and that kind's search goes on after the end of a match. The kinds of
/// bounded length are tried together in one pass over the text, each at a bounded cost per
/// place; emails and names read each character a bounded number of times; so the whole scan
/// is linear in the length of the text, whatever the text holds. Then the kinds are taken in
/// table order, each match kept unless it overlaps one already kept, and the byte offsets are
/// turned into UTF-16 offsets in one pass.
///
/// Each pass is a function of its own (`#[inline(never)]`), not inlined into this one: V8
/// optimises the functions that run hot, whole, and one function holding every pass (17 KB of
/// WebAssembly) took its optimising compiler 50 to 80 ms (docs/performance.md, "What V8
/// compiles").
pub fn scan(text: &str) -> Vec<Finding> {
    let t = Text::new(text);
    let (bounded, first_at) = t.bounded_matches();
    let emails = first_at.map_or_else(Vec::new, |at| emails(&t, at));
    let kept = settle(&t, bounded, emails);
    if kept.is_empty() {
        return Vec::new();
    }
    to_utf16(text.as_bytes(), &kept)
}

/// What the scanners found (the bounded kinds' matches in [`Slot`] order, and the emails) made
/// into findings: what a self-evaluation must be able to say taken out (exempt.rs), dates kept
/// near their cues, schools and first names found, and then the kinds taken in table order,
/// each match kept unless it overlaps one already kept.
#[inline(never)]
fn settle(
    t: &Text,
    bounded: [Vec<(usize, usize)>; SLOTS],
    mut emails: Vec<(usize, usize)>,
) -> Vec<(usize, usize, DisclosureKind)> {
    let [case_numbers, nhs_numbers, ni_numbers, postcodes, mut phones, cues, dates, names] =
        bounded;
    let text = |&(start, end): &(usize, usize)| t.s.get(start..end).unwrap_or_default();
    emails.retain(|m| !exempt::is_published_mailbox(text(m)));
    phones.retain(|m| !exempt::is_non_geographic(text(m)));
    let found = [
        (DisclosureKind::CaseNumber, case_numbers),
        (DisclosureKind::NhsNumber, nhs_numbers),
        (DisclosureKind::NiNumber, ni_numbers),
        (DisclosureKind::Postcode, postcodes),
        (DisclosureKind::Email, emails),
        (DisclosureKind::Phone, phones),
        (
            DisclosureKind::DateOfBirth,
            dates_of_birth(t, &cues, &dates),
        ),
        (DisclosureKind::NamedPerson, names),
        (DisclosureKind::School, schools::schools(t)),
        (DisclosureKind::FirstName, naming::first_names(t)),
    ];
    let mut kept: Vec<(usize, usize, DisclosureKind)> = Vec::new();
    for (kind, matches) in found {
        if !matches.is_empty() {
            kept = keep_unless_overlapping(kept, &matches, kind);
        }
    }
    kept
}

// ------------------------------------------------------------------ characters and categories

/// General category L or Nd: what JavaScript's `[\p{L}\p{Nd}]` matches, and what may not touch
/// either edge of a match.
fn is_letter_or_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let category = category(c);
    is_letter(category) || category == Category::DecimalNumber
}

/// General category L, M or Nd: what an email's local part and domain labels are made of
/// (besides their punctuation).
fn is_letter_mark_or_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let category = category(c);
    is_letter(category) || matches!(category, Category::Mark | Category::DecimalNumber)
}

/// A gap between the groups of a number or code: one space (U+0020) or one hyphen.
fn is_gap(x: u8) -> bool {
    x == b' ' || x == b'-'
}

// ------------------------------------------------------------------ the text

/// The scanned text, read by byte offset. Every offset handed to a scanner is a character
/// boundary; reads past the end see byte 0, which no pattern accepts.
struct Text<'a> {
    s: &'a str,
    b: &'a [u8],
}

impl<'a> Text<'a> {
    fn new(s: &'a str) -> Self {
        Text { s, b: s.as_bytes() }
    }

    #[inline]
    fn byte(&self, i: usize) -> u8 {
        self.b.get(i).copied().unwrap_or(0)
    }

    #[inline]
    fn char_at(&self, i: usize) -> Option<char> {
        match self.b.get(i) {
            Some(&x) if x.is_ascii() => Some(char::from(x)),
            _ => self.s.get(i..)?.chars().next(),
        }
    }

    #[inline]
    fn char_before(&self, i: usize) -> Option<char> {
        match i.checked_sub(1).and_then(|k| self.b.get(k)) {
            Some(&x) if x.is_ascii() => Some(char::from(x)),
            _ => self.s.get(..i)?.chars().next_back(),
        }
    }

    /// No letter or digit just before `i`.
    #[inline]
    fn alone_before(&self, i: usize) -> bool {
        !self.char_before(i).is_some_and(is_letter_or_digit)
    }

    /// No letter or digit at `i`.
    #[inline]
    fn alone_after(&self, i: usize) -> bool {
        !self.char_at(i).is_some_and(is_letter_or_digit)
    }

    /// The text at `i` is `word`, ASCII letters in either case.
    fn has_ignoring_case(&self, i: usize, word: &[u8]) -> bool {
        self.b
            .get(i..i.saturating_add(word.len()))
            .is_some_and(|s| s.eq_ignore_ascii_case(word))
    }

    /// The text at `i` is exactly `word`.
    fn has(&self, i: usize, word: &[u8]) -> bool {
        self.b
            .get(i..i.saturating_add(word.len()))
            .is_some_and(|s| s == word)
    }

    /// `n` ASCII digits from `i`: where they end.
    fn digits(&self, i: usize, n: usize) -> Option<usize> {
        (i..i + n)
            .all(|k| self.byte(k).is_ascii_digit())
            .then_some(i + n)
    }

    /// One or two ASCII digits from `i` (a day or a month): where they end.
    fn one_or_two_digits(&self, i: usize) -> Option<usize> {
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
    fn gap(&self, i: usize, class: fn(&u8) -> bool) -> Option<usize> {
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
    fn grouped_digits(&self, mut i: usize, min: usize, max: usize) -> Option<usize> {
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
    #[inline(never)]
    fn bounded_matches(&self) -> ([Vec<(usize, usize)>; SLOTS], Option<usize>) {
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

    /// Where the first ASCII capital at or after `i` is, looking at eight bytes at a time: what
    /// the passes over words (schools, first names) start from.
    fn next_capital(&self, mut i: usize) -> Option<usize> {
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
    fn find_at_sign(&self, mut i: usize) -> Option<usize> {
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
    fn eight_bytes(&self, i: usize) -> u64 {
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

/// The state of [`Text::bounded_matches`], and what it does at the places that may start a
/// match.
#[derive(Default)]
struct Bounded {
    found: [Vec<(usize, usize)>; SLOTS],
    /// Each scanner rests until the end of its last match.
    rest_until: [usize; SLOTS],
    /// The places before `done` have been tried (or start nothing); so have the places before
    /// `codes_done` for the codes that start with a letter.
    done: usize,
    codes_done: usize,
    /// Dates matter only where they may start within the window after a cue's end, so a date
    /// is tried only before `dates_until`, 3 × 40 bytes after the end of the last cue found
    /// (see `dates_of_birth`). A date outside every window is never reported, and as no date
    /// runs across the end of a cue, not trying one there changes no date inside a window.
    dates_until: usize,
    first_at: Option<usize>,
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

    /// At a byte `p` that [`trigger_lanes`] marks, at or after `done`: if it is a digit, the
    /// codes that start with a letter up to three bytes before it; then what may start at `p`.
    #[inline(never)]
    fn trigger(&mut self, t: &Text, p: usize) {
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
    fn window(&mut self, t: &Text) {
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

// Eight bytes at a time: a lane is one byte of a `u64`, and a lane is marked by its top bit.
const HIGH: u64 = 0x8080_8080_8080_8080;
const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
const ONES: u64 = 0x0101_0101_0101_0101;

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

/// The lanes of `w` whose 7-bit value `v` has `lo <= v < hi` (no lane carries into the next).
#[inline]
fn in_range(v: u64, lo: u8, hi: u8) -> u64 {
    let at_least_lo = v + ONES * u64::from(0x80 - lo);
    let at_least_hi = v + ONES * u64::from(0x80 - hi);
    at_least_lo & !at_least_hi & HIGH
}

/// The scanners of [`Text::bounded_matches`].
#[derive(Clone, Copy)]
enum Slot {
    CaseNumber,
    NhsNumber,
    NiNumber,
    Postcode,
    Phone,
    Cue,
    Date,
    Name,
}

const SLOTS: usize = 8;

// ------------------------------------------------------------------ case numbers

/// `LV21C50012` (either case), or 16 digits in four groups of four.
fn case_number(t: &Text, i: usize) -> Option<usize> {
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
fn nhs_number(t: &Text, i: usize) -> Option<usize> {
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
fn ni_number(t: &Text, i: usize) -> Option<usize> {
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
fn postcode(t: &Text, i: usize) -> Option<usize> {
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
fn emails(t: &Text, first_at: usize) -> Vec<(usize, usize)> {
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
fn phone(t: &Text, i: usize) -> Option<usize> {
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

// ------------------------------------------------------------------ dates of birth

/// A cue (words.rs) at `i`, as a whole word in any case: where it ends (the longest, should
/// two cues match at one place).
fn cue(t: &Text, i: usize) -> Option<usize> {
    // The eight-byte prefix is the whole of a short cue; a longer one is read on.
    cues_at(t.eight_bytes(i))
        .filter(|cue| cue.len() <= 8 || t.has_ignoring_case(i, cue.as_bytes()))
        .map(|cue| i + cue.len())
        .filter(|&end| t.alone_after(end))
        .max()
}

/// Whether the eight bytes `w` from a place may start something other than a number: a cue,
/// a title, a phone number (`+44`, `(0`) or an email (`@`, where the search for emails starts).
#[inline]
fn may_start_at(w: u64) -> bool {
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

/// How far (in UTF-16 code units) a date may start after the end of its cue.
const WINDOW: usize = 40;

/// Every date that starts at most 40 UTF-16 code units after the end of a cue. Dates and cues
/// are each found once, left to right; for each date the nearest cue ending before it decides.
#[inline(never)]
fn dates_of_birth(
    t: &Text,
    cues: &[(usize, usize)],
    dates: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    if cues.is_empty() {
        return Vec::new();
    }
    let mut next_cue = cues.iter().map(|&(_, end)| end).peekable();
    let mut last_cue_end = None;
    let mut found = Vec::new();
    // Where the second date of the last range found starts.
    let mut range_second = None;
    for &(start, end) in dates {
        while let Some(cue_end) = next_cue.next_if(|&cue_end| cue_end <= start) {
            last_cue_end = Some(cue_end);
        }
        // A UTF-16 code unit takes at most three bytes of UTF-8 (a 4-byte character is two
        // units), so a gap of more than 3 × 40 bytes is more than 40 units.
        let near = last_cue_end.is_some_and(|cue_end| {
            start - cue_end <= 3 * WINDOW
                && t.b
                    .get(cue_end..start)
                    .is_some_and(|gap| utf16_len(gap) <= WINDOW)
        });
        let Some(cue_end) = last_cue_end.filter(|_| near) else {
            continue;
        };
        // A cohort or a range of dates is not a birthday (exempt.rs).
        if range_second == Some(start)
            || exempt::has_cohort_word(t.s.get(cue_end..start).unwrap_or_default())
        {
            continue;
        }
        if let Some(second) = exempt::range_continues(t, end) {
            range_second = Some(second);
            continue;
        }
        found.push((start, end));
    }
    found
}

/// The longest date at `i`: `1/3/2015`, `12-03-2015`, `12.03.2015`, `2015-03-12`,
/// `12 March 2015`, `12th March 2015`, `12th of March 2015`, `March 12, 2015`,
/// `March 12th, 2015`, `March 12 2015`.
fn date(t: &Text, i: usize) -> Option<usize> {
    let end = if t.byte(i).is_ascii_digit() {
        [numeric_date(t, i), iso_date(t, i), day_month_year(t, i)]
            .into_iter()
            .flatten()
            .max()?
    } else {
        month_day_year(t, i)?
    };
    t.alone_after(end).then_some(end)
}

/// `12/03/2015`, `12-03-2015`, `12.03.2015`: one separator, twice.
fn numeric_date(t: &Text, i: usize) -> Option<usize> {
    let p = t.one_or_two_digits(i)?;
    let separator = t.byte(p);
    if !matches!(separator, b'/' | b'-' | b'.') {
        return None;
    }
    let p = t.one_or_two_digits(p + 1)?;
    if t.byte(p) != separator {
        return None;
    }
    t.digits(p + 1, 4)
}

/// `2015-03-12`.
fn iso_date(t: &Text, i: usize) -> Option<usize> {
    let p = t.digits(i, 4)?;
    if t.byte(p) != b'-' {
        return None;
    }
    let p = t.one_or_two_digits(p + 1)?;
    if t.byte(p) != b'-' {
        return None;
    }
    t.one_or_two_digits(p + 1)
}

/// `12 March 2015`, `12th March 2015`, `12th of March 2015`.
fn day_month_year(t: &Text, i: usize) -> Option<usize> {
    let mut p = t.one_or_two_digits(i)?;
    if let Some(after) = ordinal_suffix(t, p) {
        p = after;
        if t.byte(p) == b' ' && t.has_ignoring_case(p + 1, b"of") && t.byte(p + 3) == b' ' {
            p += 3;
        }
    }
    if t.byte(p) != b' ' {
        return None;
    }
    let p = month(t, p + 1)?;
    if t.byte(p) != b' ' {
        return None;
    }
    t.digits(p + 1, 4)
}

/// `March 12, 2015`, `March 12th, 2015`, `March 12 2015`.
fn month_day_year(t: &Text, i: usize) -> Option<usize> {
    let p = month(t, i)?;
    if t.byte(p) != b' ' {
        return None;
    }
    let mut p = t.one_or_two_digits(p + 1)?;
    if let Some(after) = ordinal_suffix(t, p) {
        p = after;
    }
    if t.byte(p) == b',' {
        p += 1;
    }
    if t.byte(p) != b' ' {
        return None;
    }
    t.digits(p + 1, 4)
}

/// `st`, `nd`, `rd` or `th`, in any case, whatever the day.
fn ordinal_suffix(t: &Text, i: usize) -> Option<usize> {
    let suffix = [t.byte(i), t.byte(i + 1)].map(|x| x.to_ascii_lowercase());
    matches!(&suffix, b"st" | b"nd" | b"rd" | b"th").then_some(i + 2)
}

/// A month (words.rs) in full or its first three letters, in any case, followed by a space:
/// where the name ends.
fn month(t: &Text, i: usize) -> Option<usize> {
    let name = month_at(t.eight_bytes(i))?.as_bytes();
    [i + name.len(), i + 3]
        .into_iter()
        .find(|&end| t.has_ignoring_case(i, &name[..end - i]) && t.byte(end) == b' ')
}

// ------------------------------------------------------------------ named people

/// A title (words.rs, exactly as written), an optional full stop, one space (U+0020), then a
/// name: a capital letter running on
/// through letters, marks, apostrophes (`'` or `’`) and hyphens, with a lower-case letter in
/// it, and no digit after it.
fn named_person(t: &Text, i: usize) -> Option<usize> {
    // Longer titles first is not needed: a title is followed by a full stop or a space.
    let name_start = TITLES.iter().find_map(|title| {
        if !t.has(i, title.as_bytes()) {
            return None;
        }
        let mut p = i + title.len();
        if t.byte(p) == b'.' {
            p += 1;
        }
        (t.byte(p) == b' ').then_some(p + 1)
    })?;
    let mut chars = t.s.get(name_start..)?.char_indices();
    let (_, capital) = chars.next()?;
    if capital.is_ascii() && !capital.is_ascii_uppercase()
        || !capital.is_ascii() && category(capital) != Category::UppercaseLetter
    {
        return None;
    }
    let mut end = name_start + capital.len_utf8();
    let mut lower_case = false;
    for (k, c) in chars {
        let runs_on = match c {
            '\'' | '\u{2019}' | '-' => true,
            c if c.is_ascii() => {
                lower_case |= c.is_ascii_lowercase();
                c.is_ascii_alphabetic()
            }
            c => match category(c) {
                Category::LowercaseLetter => {
                    lower_case = true;
                    true
                }
                Category::UppercaseLetter | Category::OtherLetter | Category::Mark => true,
                _ => false,
            },
        };
        if !runs_on {
            break;
        }
        end = name_start + k + c.len_utf8();
    }
    // `Mrs Justice Amberley` is a judge, not a family member (rules.md, "Judicial titles").
    let judge = t.s.get(name_start..end) == Some(JUDICIAL_NAME_AFTER_TITLE);
    (lower_case && !judge && t.alone_after(end)).then_some(end)
}

/// The word that makes a title before it a judge's: `Mr Justice`, `Mrs Justice`.
const JUDICIAL_NAME_AFTER_TITLE: &str = "Justice";

// ------------------------------------------------------------------ overlaps and offsets

/// `kept` with each of `found` (one kind's matches, sorted, not overlapping) added unless it
/// overlaps a match already kept. Both lists are sorted, so one merge does it.
#[inline(never)]
fn keep_unless_overlapping(
    kept: Vec<(usize, usize, DisclosureKind)>,
    found: &[(usize, usize)],
    kind: DisclosureKind,
) -> Vec<(usize, usize, DisclosureKind)> {
    let mut merged = Vec::with_capacity(kept.len() + found.len());
    let mut earlier = kept.into_iter().peekable();
    for &(start, end) in found {
        while let Some(k) = earlier.next_if(|&(_, kept_end, _)| kept_end <= start) {
            merged.push(k);
        }
        let overlaps = earlier
            .peek()
            .is_some_and(|&(kept_start, _, _)| kept_start < end);
        if !overlaps {
            merged.push((start, end, kind));
        }
    }
    merged.extend(earlier);
    merged
}

/// UTF-16 code units in a stretch of UTF-8: one for each character, two for each of four bytes.
fn utf16_len(bytes: &[u8]) -> usize {
    let one = |&x: &u8| usize::from(x & 0xC0 != 0x80) + usize::from(x >= 0xF0);
    let mut chunks = bytes.chunks_exact(16);
    let mut units = 0;
    for chunk in &mut chunks {
        let (a, b) = chunk.split_at(8);
        let a = u64::from_le_bytes(a.try_into().unwrap_or_default());
        let b = u64::from_le_bytes(b.try_into().unwrap_or_default());
        units += 16;
        if (a | b) & HIGH != 0 {
            // Less a unit for each continuation byte (`10xxxxxx`), plus one for each first
            // byte of four (`11110xxx`).
            for w in [a, b] {
                let continuation = w & !(w << 1) & HIGH;
                let first_of_four = w & (w << 1) & (w << 2) & (w << 3) & HIGH;
                units -= continuation.count_ones() as usize;
                units += first_of_four.count_ones() as usize;
            }
        }
    }
    units + chunks.remainder().iter().map(one).sum::<usize>()
}

/// The findings with byte offsets turned into UTF-16 offsets, in one pass over the text.
#[inline(never)]
fn to_utf16(bytes: &[u8], kept: &[(usize, usize, DisclosureKind)]) -> Vec<Finding> {
    let mut at_byte = 0;
    let mut at_unit = 0;
    let mut unit_of = |byte: usize| {
        at_unit += bytes.get(at_byte..byte).map_or(0, utf16_len);
        at_byte = byte;
        at_unit
    };
    kept.iter()
        .map(|&(start, end, kind)| Finding {
            kind,
            start: unit_of(start),
            end: unit_of(end),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use DisclosureKind::*;

    #[test]
    fn findings_as_serde_json_writes_them() {
        let text = "Mr Smith 😀 of SW1A 1AA, jane@example.com, 943 476 5919, QQ 12 34 56 C, \
                    born 01/02/2010, 07700 900123, Oakfield Primary School, Jane said";
        let found: Vec<DisclosureFinding> = scan(text)
            .into_iter()
            .map(DisclosureFinding::from)
            .collect();
        assert!(found.len() >= 6, "{found:?}");
        let mut every: Vec<DisclosureFinding> = DisclosureKind::ALL
            .iter()
            .zip(0..)
            .map(|(kind, at)| {
                DisclosureFinding::from(Finding {
                    kind: *kind,
                    start: at,
                    end: usize::MAX - at,
                })
            })
            .collect();
        for findings in [&found, &every, &Vec::new()] {
            crate::json_write::tests::same_as_serde_json(
                &crate::json_write::to_json(findings),
                findings,
            );
        }
        every.truncate(1);
        crate::json_write::tests::same_as_serde_json(&crate::json_write::to_json(&every), &every);
    }

    /// The text with its «marked» stretches unmarked, and their UTF-16 spans.
    fn unmark(marked: &str) -> (String, Vec<(usize, usize)>) {
        let mut text = String::new();
        let mut spans = Vec::new();
        let mut units = 0;
        let mut open = None;
        for c in marked.chars() {
            match c {
                '«' => open = Some(units),
                '»' => spans.push((open.take().expect("« before »"), units)),
                c => {
                    text.push(c);
                    units += c.len_utf16();
                }
            }
        }
        (text, spans)
    }

    /// The «marked» stretches are found, as `kinds` in order, and nothing else.
    #[track_caller]
    fn finds_kinds(kinds: &[DisclosureKind], marked: &str) {
        let (text, spans) = unmark(marked);
        assert_eq!(
            kinds.len(),
            spans.len(),
            "one kind for each mark in {marked:?}"
        );
        let want: Vec<Finding> = kinds
            .iter()
            .zip(spans)
            .map(|(&kind, (start, end))| Finding { kind, start, end })
            .collect();
        assert_eq!(scan(&text), want, "in {text:?}");
    }

    /// Every «marked» stretch is found as `kind`, and nothing else is found.
    #[track_caller]
    fn finds(kind: DisclosureKind, marked: &str) {
        let marks = marked.matches('«').count();
        assert!(marks > 0, "nothing marked in {marked:?}");
        finds_kinds(&vec![kind; marks], marked);
    }

    /// Nothing of `kind` is found.
    #[track_caller]
    fn misses(kind: DisclosureKind, text: &str) {
        let found: Vec<Finding> = scan(text).into_iter().filter(|f| f.kind == kind).collect();
        assert!(found.is_empty(), "{found:?} in {text:?}");
    }

    fn check(kind: DisclosureKind, found: &[&str], missed: &[&str]) {
        assert!(found.len() >= 15 && missed.len() >= 15);
        for marked in found {
            finds(kind, marked);
        }
        for text in missed {
            misses(kind, text);
        }
    }

    /// The scan as it was before it went eight bytes at a time (every scanner tried at every
    /// place that no letter or digit precedes), to check the faster one against: the same
    /// findings for any text. It tries cues, dates and titles at every letter, not only at the
    /// first letters words.rs derives, and reads the cues as a list; the month and title
    /// scanners it shares with the fast scan read words.rs's prefixes, which words.rs's tests
    /// check against the lists.
    mod reference {
        use super::super::*;

        pub fn scan(text: &str) -> Vec<Finding> {
            let t = Text::new(text);
            let kept = settle(&t, bounded_matches(&t), emails(&t, 0));
            to_utf16(text.as_bytes(), &kept)
        }

        pub fn bounded_matches(t: &Text) -> [Vec<(usize, usize)>; SLOTS] {
            let mut found: [Vec<(usize, usize)>; SLOTS] = Default::default();
            let mut rest_until = [0; SLOTS];
            macro_rules! try_at {
                ($slot:expr, $i:expr, $matcher:expr) => {{
                    let slot = $slot as usize;
                    if rest_until[slot] <= $i {
                        if let Some(end) = $matcher(t, $i) {
                            found[slot].push(($i, end));
                            rest_until[slot] = end;
                        }
                    }
                }};
            }
            let mut after_word = false; // a letter or digit just before `i`
            for (i, &x) in t.b.iter().enumerate() {
                if !x.is_ascii() {
                    if x >= 0xC0 {
                        after_word = t.char_at(i).is_some_and(is_letter_or_digit);
                    }
                    continue;
                }
                if !after_word {
                    match x {
                        b'0'..=b'9' => {
                            try_at!(Slot::CaseNumber, i, case_number);
                            try_at!(Slot::NhsNumber, i, nhs_number);
                            if x == b'0' {
                                try_at!(Slot::Phone, i, phone);
                            }
                            try_at!(Slot::Date, i, date);
                        }
                        b'A'..=b'Z' | b'a'..=b'z' => {
                            try_at!(Slot::CaseNumber, i, case_number);
                            try_at!(Slot::NiNumber, i, ni_number);
                            try_at!(Slot::Postcode, i, postcode);
                            try_at!(Slot::Cue, i, cue);
                            try_at!(Slot::Date, i, date);
                            try_at!(Slot::Name, i, named_person);
                        }
                        b'+' | b'(' => try_at!(Slot::Phone, i, phone),
                        _ => {}
                    }
                }
                after_word = x.is_ascii_alphanumeric();
            }
            found
        }

        fn cue(t: &Text, i: usize) -> Option<usize> {
            words::CUES
                .iter()
                .find(|cue| t.has_ignoring_case(i, cue.as_bytes()) && t.alone_after(i + cue.len()))
                .map(|cue| i + cue.len())
        }

        fn utf16_len(bytes: &[u8]) -> usize {
            bytes
                .iter()
                .map(|&x| usize::from(x & 0xC0 != 0x80) + usize::from(x >= 0xF0))
                .sum()
        }

        fn to_utf16(bytes: &[u8], kept: &[(usize, usize, DisclosureKind)]) -> Vec<Finding> {
            let mut at_byte = 0;
            let mut at_unit = 0;
            let mut unit_of = |byte: usize| {
                at_unit += bytes.get(at_byte..byte).map_or(0, utf16_len);
                at_byte = byte;
                at_unit
            };
            kept.iter()
                .map(|&(start, end, kind)| Finding {
                    kind,
                    start: unit_of(start),
                    end: unit_of(end),
                })
                .collect()
        }
    }

    /// Pieces of text near which the scanners may go wrong.
    const PIECES: &[&str] = &[
        "0",
        "1",
        "2",
        "7",
        "9",
        "12",
        "31",
        "2015",
        "0161",
        "943",
        "476",
        "5919",
        "9434765919",
        "07700",
        "900123",
        "+44",
        "+4",
        "(0)",
        "(0",
        "(020)",
        ")",
        "(",
        "+",
        " ",
        " ",
        " ",
        "  ",
        "-",
        "-",
        ".",
        ",",
        ", ",
        "/",
        "@",
        "@",
        "_",
        "%",
        "'",
        "’",
        "a",
        "b",
        "d",
        "e",
        "x",
        "ab",
        "the",
        "of",
        "OF",
        "on",
        "and",
        "st",
        "th",
        "TH",
        "nd",
        "rd",
        "born",
        "Born",
        "BORN",
        "bORn",
        "newborn",
        "DOB",
        "dob",
        "d.o.b",
        "D.O.B.",
        "date of birth",
        "Date Of Birth",
        "date",
        "birthday",
        "birth",
        "born ",
        "March",
        "mar",
        "MAR",
        "Sep",
        "sept",
        "december",
        "Dec",
        "may",
        "jun",
        "June",
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Master",
        "Mx",
        "Dr",
        "MR",
        "Mr.",
        "Mr ",
        "Dr. ",
        "Smith",
        "O'Brien",
        "Jones",
        "Zoë",
        "Ångström",
        "A",
        "AB",
        "CD",
        "ZW",
        "24",
        "P",
        "00153",
        "LV21C50012",
        "SW1A",
        "1AA",
        "W1J",
        "0BH",
        "M1",
        "EC1A",
        "AB123456C",
        "AB 12 34 56 C",
        "1234",
        "5678",
        "1234 5678 1234 5678",
        "943 476 5919",
        "07700 900123",
        "12/03/2015",
        "1/3/2015",
        "2015-03-12",
        "12.03.2015",
        "12-03-2015",
        "12th of March 2015",
        "March 12, 2015",
        "parent.one",
        "example",
        ".org",
        "example.org",
        "é",
        "e\u{301}",
        "😀",
        "\u{663}",
        "ñ",
        "Σωκράτης",
        "用户",
        "\u{a0}",
        "\n",
        "\r\n",
        "\t",
        "\u{200b}",
        "Ω",
        "ǅ",
        "\u{2013}",
        "z",
        "Q",
        "V",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "                                        ",
    ];

    /// A small, seeded generator, so that a failure can be found again.
    struct Random(u64);

    impl Random {
        fn next(&mut self) -> u64 {
            // xorshift64*
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    fn random_text(random: &mut Random) -> String {
        let pieces = match random.below(4) {
            0 => random.below(6),
            1 => random.below(20),
            2 => random.below(60),
            _ => random.below(200),
        };
        let mut text = String::new();
        for _ in 0..pieces {
            if random.below(8) == 0 {
                // Any ASCII byte, or now and then a character beyond.
                let c = match random.below(10) {
                    0 => char::from_u32(0x80 + random.below(0x3000) as u32).unwrap_or('?'),
                    _ => char::from(random.below(128) as u8),
                };
                text.push(c);
            } else {
                text.push_str(PIECES[random.below(PIECES.len())]);
            }
        }
        text
    }

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

    /// Every word of the lists is found, in the case the lists allow, whatever its first letter:
    /// the scan reads the lists and nothing written beside them.
    #[test]
    fn every_word_of_the_lists_is_found() {
        for title in words::TITLES {
            finds(
                NamedPerson,
                &format!("Seen by «{title} Smith» and «{title}. Jones»."),
            );
            misses(
                NamedPerson,
                &format!("Seen by {} Smith.", title.to_uppercase()),
            );
        }
        for cue in words::CUES {
            for cue in [cue.to_string(), cue.to_uppercase(), cue.to_lowercase()] {
                finds(DateOfBirth, &format!("{cue}: «12/03/2015»"));
            }
        }
        for month in words::MONTHS {
            for month in [
                month.to_string(),
                month[..3].to_string(),
                month.to_uppercase(),
            ] {
                finds(
                    DateOfBirth,
                    &format!("born on «12 {month} 2015»; born «{month} 3rd, 2017»"),
                );
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

    #[test]
    fn utf16_lengths() {
        let mut random = Random(7);
        for _ in 0..2_000 {
            let text = random_text(&mut random);
            for end in (0..=text.len()).filter(|&k| text.is_char_boundary(k)) {
                assert_eq!(
                    utf16_len(&text.as_bytes()[..end]),
                    text[..end].encode_utf16().count()
                );
            }
        }
    }

    #[test]
    fn messages_say_what_to_remove_in_one_sentence() {
        for kind in DisclosureKind::ALL {
            let message = kind.message();
            assert!(!message.ends_with('.'), "{message}");
            assert_eq!(message.matches(". ").count(), 0, "{message}");
            match kind {
                NamedPerson | FirstName => {
                    assert_eq!(kind.severity(), Severity::Warning);
                    assert!(message.contains("pseudonym"), "{message}");
                }
                School => {
                    assert_eq!(kind.severity(), Severity::Warning);
                    assert!(message.contains("what kind of school"), "{message}");
                }
                _ => {
                    assert_eq!(kind.severity(), Severity::Error);
                    assert!(message.starts_with("Remove the "), "{message}");
                }
            }
        }
        assert_eq!(NiNumber.message(), "Remove the National Insurance number");
    }

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

    #[test]
    fn dates_of_birth() {
        let window = format!("Born{}«1/3/2015»", " ".repeat(40));
        let emoji_window = format!("born{}😀😀 «1/3/2015»", " ".repeat(35));
        let past_window = format!("born{}1/3/2015", " ".repeat(41));
        let past_emoji_window = format!("born{}😀 1/3/2015", " ".repeat(38));
        check(
            DateOfBirth,
            &[
                "born «1/3/2015»",
                "born on «12/03/2015»",
                "DOB: «12-03-2015»",
                "D.O.B. «12.03.2015»",
                "date of birth «2015-03-12»",
                "her birthday is «12 March 2015»",
                "born «12th March 2015»",
                "born on the «12th of March 2015»",
                "born «March 12, 2015»",
                "born «March 12th, 2015»",
                "born «March 12 2015»",
                "BORN «12TH OF MARCH 2015»",
                "born «12 Mar 2015»",
                "born «sep 1 2015»",
                "born «31/02/2015»",
                "born «45/13/2015»",
                "born «1th March 2015»",
                &window,
                &emoji_window,
                "born «1/3/2015» or «2/3/2016»",
                "Date Of Birth «1/3/2015»",
                "born-«1/3/2015»",
                "born\r\n«2nd Dec 2015»",
            ],
            &[
                "newborn 12/03/2015",
                "reborn 12/03/2015",
                "The hearing on 12/03/2015",
                &past_window,
                &past_emoji_window,
                "12/03/2015 born",
                "born 12/03/15",
                "born Sept 12 2015",
                "born 12 of March 2015",
                "born 12March 2015",
                "born 123/03/2015",
                "born 12/03/20155",
                "born 12/03-2015",
                "borne 12/03/2015",
                "birthdays 12/03/2015",
                "born 2015/03/12",
                "born March 12, 20155",
                "born 12 Marchy 2015",
                "born 1/3/2015x",
                "born 12 th March 2015",
            ],
        );
    }

    #[test]
    fn named_people() {
        check(
            NamedPerson,
            &[
                "seen by «Mrs Jones».",
                "«Mr Smith's» sister",
                "«Mr Smith’s» sister",
                "«Mrs O'Brien-Smith»",
                "«Mr. Smith»",
                "«Dr Patel»",
                "«Ms Ng»",
                "«Miss Havisham»",
                "«Mx Taylor»",
                "«Master Jones»",
                "«Mr McAllister-Jones»",
                "«Mr Jose\u{301}»",
                "«Mrs Zoë»",
                "«Dr Ångström»",
                "«Mr Mr» «Mr Mr»",
                "«Mr Łukasz»",
                "«Dr Σωκράτης»",
                "«Mr AB-Smith»",
                "😀 «Mrs Jones»",
                "«Mrs Jones»\r\n«Mr Smith»",
            ],
            &[
                "MR SMITH",
                "mr Smith",
                "Mr A",
                "Mr AB",
                "Mr smith",
                "Mr  Smith",
                "Mr\tSmith",
                "Mr\u{a0}Smith",
                "Child A, a nine-year-old girl",
                "Mister Smith",
                "XMr Smith",
                "Mr Smith2",
                "Mrs. A.",
                "Prof Smith",
                "Mr O'B",
                "Dr \u{aa}bc",
                "Dr \u{24b6}bc",
                "Mr 'Smith",
                "1Mr Smith",
                "Mr.. Smith",
                "Mr\nSmith",
            ],
        );
    }

    #[test]
    fn spans_count_utf16_code_units() {
        // An astral character is two code units, a combining mark one, CRLF two.
        finds_kinds(
            &[Postcode, Phone],
            "😀😀 «SW1A 1AA» e\u{301}e\u{301} «07700 900123»\r\n",
        );
        let findings = scan("😀 SW1A 1AA");
        assert_eq!((findings[0].start, findings[0].end), (3, 11));
        let findings = scan("e\u{301}\u{302} SW1A 1AA");
        assert_eq!((findings[0].start, findings[0].end), (4, 12));
        let findings = scan("a\r\nb\r\nSW1A 1AA");
        assert_eq!((findings[0].start, findings[0].end), (6, 14));
        // A name's marks belong to it.
        finds(NamedPerson, "𝒳 «Mrs Jose\u{301}\u{302}» 𝒳");
    }

    #[test]
    fn the_first_kind_in_table_order_wins_an_overlap() {
        // 0123456789 passes the NHS check and is also a phone number.
        finds(NhsNumber, "«0123456789»");
        // A case number, an NI number or a postcode written as an email's local part.
        finds(CaseNumber, "«ZW24P00153»@outlook.com");
        finds(NiNumber, "«AB123456C»@outlook.com");
        finds(Postcode, "«sw1a1aa»@outlook.com");
        // The email wins over the name inside it.
        finds(Email, "Mr «Smith@outlook.com»");
        // A chain: the email loses to the case number, so the phone inside it is kept.
        finds_kinds(&[CaseNumber, Phone], "«ZW24P00153»@«07700900123».uk");
        // Kinds that do not overlap are all kept.
        finds_kinds(
            &[NhsNumber, NamedPerson, Postcode],
            "«943 476 5919» «Mr Smith» «SW1A 1AA»",
        );
    }

    #[test]
    fn conformance_examples() {
        finds_kinds(
            &DisclosureKind::ALL,
            "Ref «ZW24P00153»; NHS «943 476 5919»; NI «AB 12 34 56 C»; near «SW1A 1AA»; email \
             «parent.one@outlook.com»; phone «07700 900123»; born on «12/03/2015»; seen by \
             «Mrs Jones» at «Hexham Middle School», where «Jayden» told us.",
        );
        finds_kinds(
            &[Email, Phone, DateOfBirth, DateOfBirth],
            "Write to «jose\u{301}@outlook.com» or call «+44(0)20 7946 0958». She was born on \
             the «12th of March 2015» and her brother’s DOB is «March 3rd, 2017». The code \
             RV32IM is not a postcode.",
        );
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let odd = [
            "",
            "@",
            "+",
            "+4",
            "+44",
            "+44 (0",
            "(",
            "(0",
            "(01",
            "(0123456789",
            "0",
            "Mr",
            "Mr ",
            "Mr.",
            "Dr 😀",
            "born",
            "born 1",
            "born 12th",
            "born 12th of",
            "born March",
            "a@",
            "a@b.",
            "é@",
            "@é.é",
            "\u{301}@a.b",
            "AB 12 34 56",
            "SW1A 1",
            "😀",
            "\u{10ffff}",
            "1234 5678 1234 ",
            "943 476 ",
            "é",
            "ZW24P",
        ];
        for text in odd {
            let findings = scan(text);
            let len = text.encode_utf16().count();
            assert!(findings.iter().all(|f| f.start < f.end && f.end <= len));
        }
        assert_eq!(scan("\u{301}@a.b").len(), 1);
    }
}
