//! The word lists of the disclosure checks (rules.md, "Disclosure checks"), each written once,
//! and what the fast scan derives from them when the crate is compiled: which bytes may start
//! a cue, a title or a month, and the eight-byte patterns that say at a glance whether a place
//! may start a cue or a title. Adding a title, a cue or a month is one edit to its list.

/// Titles before a name, exactly as written (`MR` and `mr` are not titles), then an optional
/// full stop. Each is at most seven bytes, so that it and what follows fit in eight.
pub(super) const TITLES: &[&str] = &["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Master"];

/// Words that cue a date of birth, as whole words, in any case.
pub(super) const CUES: &[&str] = &["born", "DOB", "D.O.B", "date of birth", "birthday"];

/// Month names in full, in any case; the first three letters of each name a month too, so no
/// two months may start with the same three.
pub(super) const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

// ------------------------------------------------------------------ derived: first bytes

/// Bits of [`INITIALS`]: the byte may start a cue (either case), a title (exactly), a month
/// (either case).
pub(super) const CUE: u8 = 1;
pub(super) const TITLE: u8 = 2;
pub(super) const MONTH: u8 = 4;

/// What each byte may start, from the first letters of the lists.
pub(super) const INITIALS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut k = 0;
    while k < CUES.len() {
        let first = CUES[k].as_bytes()[0];
        table[first.to_ascii_lowercase() as usize] |= CUE;
        table[first.to_ascii_uppercase() as usize] |= CUE;
        k += 1;
    }
    let mut k = 0;
    while k < TITLES.len() {
        table[TITLES[k].as_bytes()[0] as usize] |= TITLE;
        k += 1;
    }
    let mut k = 0;
    while k < MONTHS.len() {
        let first = MONTHS[k].as_bytes()[0];
        table[first.to_ascii_lowercase() as usize] |= MONTH;
        table[first.to_ascii_uppercase() as usize] |= MONTH;
        k += 1;
    }
    table
};

/// The bytes from `lo` to `hi` that may start what `bits` says, as a half-open range (from the
/// first of them to just after the last; empty when there is none): what the eight-byte search
/// marks for them.
const fn range_of(bits: u8, lo: u8, hi: u8) -> (u8, u8) {
    let mut range = (lo, lo);
    let mut found = false;
    let mut x = lo;
    while x <= hi {
        if INITIALS[x as usize] & bits != 0 {
            if !found {
                range.0 = x;
                found = true;
            }
            range.1 = x + 1;
        }
        x += 1;
    }
    range
}

/// The capitals, and the lower-case letters, that may start a cue or a title.
pub(super) const CAPITALS: (u8, u8) = range_of(CUE | TITLE, b'A', b'Z');
pub(super) const LOWER_CASE: (u8, u8) = range_of(CUE | TITLE, b'a', b'z');

// ------------------------------------------------------------------ derived: eight-byte prefixes

/// The start of a word as an eight-byte pattern: eight bytes `w` from a place (the first in
/// the lowest byte) begin with it when `(w | fold) & mask == bytes`. `fold` sets bit 5 in the
/// lanes of letters that match in either case, which turns an ASCII capital into its lower
/// case and no other byte into a letter.
#[derive(Clone, Copy, Debug)]
pub(super) struct Prefix {
    bytes: u64,
    fold: u64,
    mask: u64,
}

impl Prefix {
    #[inline]
    pub(super) const fn matches(self, w: u64) -> bool {
        (w | self.fold) & self.mask == self.bytes
    }

    /// The first eight bytes at most of `word`, then `next` when given (and there is room).
    const fn of(word: &str, next: Option<u8>, any_case: bool) -> Prefix {
        let word = word.as_bytes();
        let mut prefix = Prefix {
            bytes: 0,
            fold: 0,
            mask: 0,
        };
        let mut k = 0;
        while k < word.len() && k < 8 {
            let mut b = word[k];
            if any_case && b.is_ascii_alphabetic() {
                b = b.to_ascii_lowercase();
                prefix.fold |= 0x20 << (8 * k);
            }
            prefix.bytes |= (b as u64) << (8 * k);
            prefix.mask |= 0xFF << (8 * k);
            k += 1;
        }
        if let Some(next) = next {
            if k < 8 {
                prefix.bytes |= (next as u64) << (8 * k);
                prefix.mask |= 0xFF << (8 * k);
            }
        }
        prefix
    }
}

/// Each cue's first eight bytes, in any case.
pub(super) const CUE_PREFIXES: [Prefix; CUES.len()] = {
    let mut prefixes = [Prefix {
        bytes: 0,
        fold: 0,
        mask: 0,
    }; CUES.len()];
    let mut k = 0;
    while k < CUES.len() {
        prefixes[k] = Prefix::of(CUES[k], None, true);
        k += 1;
    }
    prefixes
};

/// Each title followed by a full stop, and followed by a space, exactly as written.
pub(super) const TITLE_PREFIXES: [Prefix; 2 * TITLES.len()] = {
    let mut prefixes = [Prefix {
        bytes: 0,
        fold: 0,
        mask: 0,
    }; 2 * TITLES.len()];
    let mut k = 0;
    while k < TITLES.len() {
        assert!(
            TITLES[k].len() < 8,
            "a title and what follows it must fit in eight bytes"
        );
        prefixes[2 * k] = Prefix::of(TITLES[k], Some(b'.'), false);
        prefixes[2 * k + 1] = Prefix::of(TITLES[k], Some(b' '), false);
        k += 1;
    }
    prefixes
};

/// Whether the eight bytes `w` from a place may start a cue.
#[inline]
pub(super) fn may_start_cue(w: u64) -> bool {
    CUE_PREFIXES.iter().any(|p| p.matches(w))
}

/// Whether the eight bytes `w` from a place may start a title and what follows it (a full
/// stop or a space).
#[inline]
pub(super) fn may_start_title(w: u64) -> bool {
    TITLE_PREFIXES.iter().any(|p| p.matches(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(text: &str) -> u64 {
        let mut bytes = [0u8; 8];
        for (k, b) in text.bytes().take(8).enumerate() {
            bytes[k] = b;
        }
        u64::from_le_bytes(bytes)
    }

    #[test]
    fn first_bytes_come_from_the_lists() {
        for x in 0..=255u8 {
            let initial = INITIALS[usize::from(x)];
            let cue = CUES
                .iter()
                .any(|c| c.as_bytes()[0].eq_ignore_ascii_case(&x));
            let title = TITLES.iter().any(|t| t.as_bytes()[0] == x);
            let month = MONTHS
                .iter()
                .any(|m| m.as_bytes()[0].eq_ignore_ascii_case(&x));
            assert_eq!(initial & CUE != 0, cue, "{x}");
            assert_eq!(initial & TITLE != 0, title, "{x}");
            assert_eq!(initial & MONTH != 0, month, "{x}");
        }
        assert_eq!(CAPITALS, (b'B', b'M' + 1));
        assert_eq!(LOWER_CASE, (b'b', b'd' + 1));
    }

    #[test]
    fn prefixes_match_the_words_in_their_case() {
        for cue in CUES {
            assert!(may_start_cue(word(cue)), "{cue}");
            assert!(may_start_cue(word(&cue.to_uppercase())), "{cue}");
            assert!(may_start_cue(word(&cue.to_lowercase())), "{cue}");
        }
        for miss in ["bor", "dat", "d,o,b", "bday", "@orn", "BORM"] {
            assert!(!may_start_cue(word(miss)), "{miss}");
        }
        for title in TITLES {
            assert!(may_start_title(word(&format!("{title} Smith"))), "{title}");
            assert!(may_start_title(word(&format!("{title}. Smith"))), "{title}");
            assert!(!may_start_title(word(&format!("{title}Smith"))), "{title}");
            assert!(!may_start_title(word(&title.to_uppercase())), "{title}");
        }
        assert!(!may_start_title(word("MR Smith")));
    }

    #[test]
    fn three_letters_name_one_month() {
        for (k, month) in MONTHS.iter().enumerate() {
            for other in &MONTHS[k + 1..] {
                assert!(
                    !month[..3].eq_ignore_ascii_case(&other[..3]),
                    "{month} {other}"
                );
            }
        }
    }
}
