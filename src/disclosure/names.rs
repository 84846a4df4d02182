//! The first names of the `disclosure-first-name` check: a table of common given names, and
//! [`first_name`], which looks a word up in it.
//!
//! The table, `first_names.bin`, is generated from npm packages by scripts/names/generate.mjs
//! (its header comment gives the layout); `first_names.txt` beside it says from which package
//! versions, and what was left out; docs/disclosure-names.md says why those packages. Never edit
//! either file by hand: tests/names-table.test.mjs checks both against what the script writes.
//!
//! The layout is read when the crate is compiled, and every byte of the table checked (a table
//! that does not fit it does not compile). The table is front-coded (each name is the letters
//! it shares with the name before it, then its own), which compresses well in the module but
//! cannot be searched in place; the first lookup reads it once into [`Names`] (36,636 bytes,
//! in one pass, about 100 µs natively), and every lookup then folds the word into a buffer on
//! the stack and binary-searches the names of its length there, allocating nothing
//! (docs/disclosure-names.md has the layouts measured, in place and not).

use core::cmp::Ordering;
use std::sync::OnceLock;

/// What the table says of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FirstName {
    /// A common first name that is no ordinary English word (Jayden, Olivia, Muhammad).
    Name,
    /// A common first name that is also an ordinary English word (May, Will, Grace, Rose, Mark),
    /// or a month or a day (June, August).
    AlsoWord,
}

/// The generated table, read by the constants below when the crate is compiled.
const BYTES: &[u8] = include_bytes!("first_names.bin");
/// The same bytes, once, for the lookups.
static TABLE: &[u8] = BYTES;

/// The shortest name.
const MIN_LEN: usize = BYTES[4] as usize;
/// The longest name: a longer word is no name.
const MAX_LEN: usize = BYTES[5] as usize;
/// How many names there are.
const NAMES: usize = BYTES[6] as usize | (BYTES[7] as usize) << 8;
/// The characters that FOLD folds: U+00C0 to U+024F (Latin-1, Latin Extended-A and -B).
const FOLD_FIRST: u32 = 0xC0;
const FOLD_LAST: u32 = 0x24F;
/// FOLD: for each of those characters, the lower-case ASCII letter it folds to, or 0.
const FOLD_AT: usize = 8;
/// The names, to the end of the table: entries, one a name, in order. An entry is a byte
/// ([`SHARED`]: how many letters the name shares with the name before it, 0 for the first;
/// [`ALSO_WORD`]) and the name's other letters, 1 to 26, the last with [`LAST`] set.
const NAMES_AT: usize = FOLD_AT + (FOLD_LAST - FOLD_FIRST + 1) as usize;
const SHARED: u8 = 0x0F;
const ALSO_WORD: u8 = 0x10;
const LAST: u8 = 0x20;
const LETTER: u8 = 0x1F;

/// The whole table, entry by entry: the header's counts, each entry's shape, the names in
/// strictly increasing order, no shorter than `MIN_LEN` and no longer than `MAX_LEN`, each
/// entry's P at most the length of the name before it, and nothing left over. Reading the
/// table into [`Names`] relies on all of it.
const fn check() {
    assert!(
        BYTES[0] == b'S' && BYTES[1] == b'F' && BYTES[2] == b'N' && BYTES[3] == b'2',
        "first_names.bin: not a table of the layout this module reads"
    );
    assert!(MIN_LEN >= 1 && MIN_LEN <= MAX_LEN && MAX_LEN <= SHARED as usize);
    let mut fold = FOLD_AT;
    while fold < NAMES_AT {
        assert!(
            BYTES[fold] == 0 || BYTES[fold].is_ascii_lowercase(),
            "FOLD: not a letter"
        );
        fold += 1;
    }
    let mut prev = [0u8; MAX_LEN];
    let mut prev_len = 0;
    let mut names = 0;
    let mut at = NAMES_AT;
    while at < BYTES.len() {
        let head = BYTES[at];
        assert!(
            head & !(SHARED | ALSO_WORD) == 0,
            "first_names.bin: an entry's byte"
        );
        let shared = (head & SHARED) as usize;
        assert!(shared <= prev_len, "an entry's P past the name before");
        at += 1;
        let mut len = shared;
        // Set once the name is past the one before it (it must end up past it).
        let mut after = names == 0;
        loop {
            assert!(at < BYTES.len(), "first_names.bin: cut short");
            let byte = BYTES[at];
            let letter = byte & LETTER;
            assert!(
                byte & !(LAST | LETTER) == 0 && letter >= 1 && letter <= 26,
                "a letter"
            );
            assert!(len < MAX_LEN, "a name longer than MAX");
            if !after {
                assert!(len >= prev_len || letter >= prev[len], "names not in order");
                after = len >= prev_len || letter > prev[len];
            }
            prev[len] = letter;
            len += 1;
            at += 1;
            if byte & LAST != 0 {
                break;
            }
        }
        assert!(after, "first_names.bin: names not in increasing order");
        assert!(len >= MIN_LEN, "a name shorter than MIN");
        prev_len = len;
        names += 1;
    }
    assert!(
        names == NAMES,
        "first_names.bin: not as many names as its header says"
    );
}
const _: () = check();

/// The names as the lookup searches them, read from the table once: grouped by length, each
/// group sorted and stored column by column (letter `j` of name `i` of a group of `count` at
/// `letters + j * count + i`: the binary search reads one byte a step, mostly, and the first
/// letters of a group's names are together), and one bit a name, in that order, for
/// [`FirstName::AlsoWord`].
struct Names {
    letters: Vec<u8>,
    also_word: Vec<u8>,
}

/// The names of one length: `count` of them, their letters from `letters`, the first of them
/// the `first`th.
#[derive(Clone, Copy)]
struct Group {
    count: usize,
    letters: usize,
    first: usize,
}

/// The groups, worked out when the crate is compiled (as [`check`] reads the table), so that
/// reading the table at the first lookup is one pass: the names of each length counted, then
/// each group placed after the shorter ones.
const GROUPS: [Group; MAX_LEN + 1] = {
    let empty = Group {
        count: 0,
        letters: 0,
        first: 0,
    };
    let mut groups = [empty; MAX_LEN + 1];
    let (mut at, mut len, mut head) = (NAMES_AT, 0, true);
    while at < BYTES.len() {
        let byte = BYTES[at];
        at += 1;
        if head {
            (len, head) = ((byte & SHARED) as usize, false);
            continue;
        }
        len += 1;
        if byte & LAST != 0 {
            groups[len].count += 1;
            head = true;
        }
    }
    let (mut len, mut letters, mut first) = (0, 0, 0);
    while len <= MAX_LEN {
        (groups[len].letters, groups[len].first) = (letters, first);
        letters += groups[len].count * len;
        first += groups[len].count;
        len += 1;
    }
    groups
};
/// How many letters all the names have.
const LETTERS: usize = GROUPS[MAX_LEN].letters + GROUPS[MAX_LEN].count * MAX_LEN;

impl Names {
    /// The table read into [`GROUPS`], in one pass (each name after the names of its length
    /// before it, which keeps each group sorted).
    // Once per module: out of the lookup (docs/performance.md, "What V8 compiles").
    #[cold]
    fn read() -> Names {
        let entries = TABLE.get(NAMES_AT..).unwrap_or_default();
        let mut names = Names {
            letters: vec![0; LETTERS],
            also_word: vec![0; NAMES.div_ceil(8)],
        };
        let mut placed = [0usize; MAX_LEN + 1];
        let (mut name, mut len, mut also_word, mut head) = ([0u8; MAX_LEN], 0, false, true);
        for &byte in entries {
            if head {
                let shared = usize::from(byte & SHARED);
                (len, also_word, head) = (shared, byte & ALSO_WORD != 0, false);
                continue;
            }
            if let Some(letter) = name.get_mut(len) {
                *letter = byte & LETTER;
            }
            len += 1;
            if byte & LAST == 0 {
                continue;
            }
            head = true;
            let (Some(group), Some(i)) = (GROUPS.get(len), placed.get_mut(len)) else {
                continue;
            };
            for (j, &letter) in name.iter().take(len).enumerate() {
                if let Some(to) = names.letters.get_mut(group.letters + j * group.count + *i) {
                    *to = letter;
                }
            }
            let k = group.first + *i;
            if let Some(bits) = names.also_word.get_mut(k / 8) {
                *bits |= u8::from(also_word) << (k % 8);
            }
            *i += 1;
        }
        names
    }

    /// `key` (of a group's length) against name `i` of `group`.
    fn compare(&self, key: &[u8], group: Group, i: usize) -> Option<Ordering> {
        for (j, &k) in key.iter().enumerate() {
            let letter = *self.letters.get(group.letters + j * group.count + i)?;
            if k != letter {
                return Some(k.cmp(&letter));
            }
        }
        Some(Ordering::Equal)
    }

    /// The kind of the `k`th name.
    fn kind(&self, k: usize) -> Option<FirstName> {
        let bits = *self.also_word.get(k / 8)?;
        Some(if (bits >> (k % 8)) & 1 == 1 {
            FirstName::AlsoWord
        } else {
            FirstName::Name
        })
    }
}

/// The names, read from the table at the first lookup.
fn names_by_length() -> &'static Names {
    static NAMES_BY_LENGTH: OnceLock<Names> = OnceLock::new();
    NAMES_BY_LENGTH.get_or_init(Names::read)
}

/// Whether `word`, as written in the text, is a common first name: [`FirstName::AlsoWord`]
/// when it is also an ordinary English word. Case does not matter (`Jayden`, `JAYDEN`), and
/// accented Latin letters are read as the generator folds them (`Zoë` is `Zoe`, `Michał` is
/// `Michal`), as are combining accents (U+0300 to U+036F), which are passed over. Any other
/// character (a digit, a hyphen, an apostrophe, another script) makes it no name, and so does
/// being longer than the longest name. No panic, and no allocation after the first lookup
/// (which reads the table into [`Names`]); a long word is rejected once it has more letters
/// than the longest name.
pub(crate) fn first_name(word: &str) -> Option<FirstName> {
    let mut key = [0u8; MAX_LEN];
    let mut len = 0;
    for c in word.chars() {
        if ('\u{300}'..='\u{36F}').contains(&c) {
            continue;
        }
        *key.get_mut(len)? = fold(c)?;
        len += 1;
    }
    let names = names_by_length();
    let group = *GROUPS.get(len)?;
    let key = key.get(..len)?;
    let (mut lo, mut hi) = (0, group.count);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match names.compare(key, group, mid)? {
            Ordering::Less => hi = mid,
            Ordering::Greater => lo = mid + 1,
            Ordering::Equal => return names.kind(group.first + mid),
        }
    }
    None
}

/// The table's letter for `c`: ASCII letters in lower case, accented Latin letters as FOLD
/// says; `None` for anything else.
fn fold(c: char) -> Option<u8> {
    match c {
        // 'a' and 'A' are 1, 'z' and 'Z' 26, as in the table.
        'a'..='z' | 'A'..='Z' => Some(c as u8 & LETTER),
        '\u{C0}'..='\u{24F}' => match TABLE.get(FOLD_AT + (c as u32 - FOLD_FIRST) as usize) {
            Some(&letter) if letter != 0 => Some(letter & LETTER),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests;
