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
    const fn of(word: &[u8], next: Option<u8>, any_case: bool) -> Prefix {
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

/// A word's prefix and which word of its list it is.
#[derive(Clone, Copy, Debug)]
pub(super) struct Entry {
    prefix: Prefix,
    word: u8,
}

const NO_ENTRY: Entry = Entry {
    prefix: Prefix {
        bytes: 0,
        fold: 0,
        mask: 0,
    },
    word: 0,
};

/// The prefixes of a list, grouped by their first byte, so that a place is tried only against
/// the few that start with its own first byte (folded to lower case for a list in any case).
pub(super) struct ByFirstByte<const N: usize> {
    entries: [Entry; N],
    /// For each first byte (ASCII: no word starts beyond it), the entries from `.0` up to `.1`
    /// start with it.
    ranges: [(u8, u8); 128],
    any_case: bool,
}

impl<const N: usize> ByFirstByte<N> {
    const fn new(mut entries: [Entry; N], any_case: bool) -> Self {
        assert!(N < 256, "a list short enough to count in a byte");
        // Sorted by first byte (an insertion sort: the lists are a few words).
        let mut i = 1;
        while i < N {
            let mut j = i;
            while j > 0 && (entries[j - 1].prefix.bytes as u8) > (entries[j].prefix.bytes as u8) {
                let moved = entries[j];
                entries[j] = entries[j - 1];
                entries[j - 1] = moved;
                j -= 1;
            }
            i += 1;
        }
        let mut ranges = [(0u8, 0u8); 128];
        let mut k = 0;
        while k < N {
            let first = entries[k].prefix.bytes as u8 as usize;
            assert!(first < 128, "words start with an ASCII character");
            if ranges[first].1 == 0 {
                ranges[first].0 = k as u8;
            }
            ranges[first].1 = k as u8 + 1;
            k += 1;
        }
        ByFirstByte {
            entries,
            ranges,
            any_case,
        }
    }

    /// The entries the eight bytes `w` from a place may match, by their first byte.
    #[inline]
    fn candidates(&self, w: u64) -> &[Entry] {
        let first = if self.any_case {
            (w as u8).to_ascii_lowercase()
        } else {
            w as u8
        };
        let Some(&(from, to)) = self.ranges.get(usize::from(first)) else {
            return &[];
        };
        self.entries
            .get(usize::from(from)..usize::from(to))
            .unwrap_or_default()
    }

    /// The entries whose prefix the eight bytes `w` from a place start with.
    #[inline]
    fn matching(&self, w: u64) -> impl Iterator<Item = &Entry> {
        self.candidates(w)
            .iter()
            .filter(move |entry| entry.prefix.matches(w))
    }
}

/// Each cue's first eight bytes, in any case.
const CUE_PREFIXES: ByFirstByte<{ CUES.len() }> = {
    let mut entries = [NO_ENTRY; CUES.len()];
    let mut k = 0;
    while k < CUES.len() {
        entries[k] = Entry {
            prefix: Prefix::of(CUES[k].as_bytes(), None, true),
            word: k as u8,
        };
        k += 1;
    }
    ByFirstByte::new(entries, true)
};

/// Each title followed by a full stop, and followed by a space, exactly as written.
const TITLE_PREFIXES: ByFirstByte<{ 2 * TITLES.len() }> = {
    let mut entries = [NO_ENTRY; 2 * TITLES.len()];
    let mut k = 0;
    while k < TITLES.len() {
        assert!(
            TITLES[k].len() < 8,
            "a title and what follows it must fit in eight bytes"
        );
        let title = TITLES[k].as_bytes();
        let word = k as u8;
        entries[2 * k] = Entry {
            prefix: Prefix::of(title, Some(b'.'), false),
            word,
        };
        entries[2 * k + 1] = Entry {
            prefix: Prefix::of(title, Some(b' '), false),
            word,
        };
        k += 1;
    }
    ByFirstByte::new(entries, false)
};

/// Each month's first three letters, in any case.
const MONTH_PREFIXES: ByFirstByte<{ MONTHS.len() }> = {
    let mut entries = [NO_ENTRY; MONTHS.len()];
    let mut k = 0;
    while k < MONTHS.len() {
        let (abbreviation, _) = MONTHS[k].as_bytes().split_at(3);
        entries[k] = Entry {
            prefix: Prefix::of(abbreviation, None, true),
            word: k as u8,
        };
        k += 1;
    }
    ByFirstByte::new(entries, true)
};

/// The cues whose first eight bytes (or fewer: the whole cue) are the eight bytes `w` from a
/// place, in any case.
#[inline]
pub(super) fn cues_at(w: u64) -> impl Iterator<Item = &'static str> {
    CUE_PREFIXES
        .matching(w)
        .filter_map(|entry| CUES.get(usize::from(entry.word)).copied())
}

/// Whether the eight bytes `w` from a place may start a cue.
#[inline]
pub(super) fn may_start_cue(w: u64) -> bool {
    CUE_PREFIXES.matching(w).next().is_some()
}

/// Whether the eight bytes `w` from a place may start a title and what follows it (a full
/// stop or a space).
#[inline]
pub(super) fn may_start_title(w: u64) -> bool {
    TITLE_PREFIXES.matching(w).next().is_some()
}

/// The month whose first three letters, in any case, start the eight bytes `w` from a place.
#[inline]
pub(super) fn month_at(w: u64) -> Option<&'static str> {
    let entry = MONTH_PREFIXES.matching(w).next()?;
    MONTHS.get(usize::from(entry.word)).copied()
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
    fn a_place_names_the_cues_and_the_month_it_starts_with() {
        assert_eq!(
            cues_at(word("Date of birth")).collect::<Vec<_>>(),
            ["date of birth"]
        );
        assert_eq!(cues_at(word("dob: 1")).collect::<Vec<_>>(), ["DOB"]);
        assert_eq!(cues_at(word("d.o.b.")).collect::<Vec<_>>(), ["D.O.B"]);
        assert!(cues_at(word("do b")).next().is_none());
        for month in MONTHS {
            for written in [
                month.to_string(),
                month.to_uppercase(),
                month[..3].to_lowercase(),
            ] {
                assert_eq!(month_at(word(&written)), Some(*month), "{written}");
            }
        }
        assert_eq!(month_at(word("Ma")), None);
        assert_eq!(month_at(word("Mai")), None);
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
