//! The first names of the `disclosure-first-name` check: a table of common given names, and
//! [`first_name`], which looks a word up in it.
//!
//! The table, `first_names.bin`, is generated from npm packages by scripts/names/generate.mjs
//! (its header comment gives the layout); `first_names.txt` beside it says from which package
//! versions, and what was left out; docs/disclosure-names.md says why those packages. Never edit
//! either file by hand: tests/names-table.test.mjs checks both against what the script writes.
//!
//! The layout is read when the crate is compiled (a table that does not fit it does not compile),
//! so a lookup has no start-up cost and allocates nothing: it folds the word into a buffer on the
//! stack, then binary-searches the names of its length.

use core::cmp::Ordering;

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
/// How many names there are of each length from `MIN_LEN` to `MAX_LEN` (u16, little-endian).
const COUNTS_AT: usize = 6;
/// The characters that FOLD folds: U+00C0 to U+024F (Latin-1, Latin Extended-A and -B).
const FOLD_FIRST: u32 = 0xC0;
const FOLD_LAST: u32 = 0x24F;
/// FOLD: for each of those characters, the lower-case ASCII letter it folds to, or 0.
const FOLD_AT: usize = COUNTS_AT + 2 * (MAX_LEN + 1 - MIN_LEN);
/// The names, grouped by length, each group sorted and stored column by column.
const LETTERS_AT: usize = FOLD_AT + (FOLD_LAST - FOLD_FIRST + 1) as usize;

/// The names of one length: `count` of them, their letters from byte `letters` of the table
/// (letter `j` of name `i` at `letters + j * count + i`), the first of them the `first`th name.
#[derive(Clone, Copy)]
struct Group {
    count: usize,
    letters: usize,
    first: usize,
}

/// The group of each length, indexed by length (empty below `MIN_LEN`).
const GROUPS: [Group; MAX_LEN + 1] = groups();
/// How many names there are.
const NAMES: usize = GROUPS[MAX_LEN].first + GROUPS[MAX_LEN].count;
/// ALSO_WORD: one bit a name (bit `k % 8` of byte `k / 8` for the `k`th name), set for
/// [`FirstName::AlsoWord`].
const ALSO_WORD_AT: usize = GROUPS[MAX_LEN].letters + GROUPS[MAX_LEN].count * MAX_LEN;

const fn groups() -> [Group; MAX_LEN + 1] {
    let mut groups = [Group {
        count: 0,
        letters: 0,
        first: 0,
    }; MAX_LEN + 1];
    let mut letters = LETTERS_AT;
    let mut first = 0;
    let mut len = MIN_LEN;
    while len <= MAX_LEN {
        let at = COUNTS_AT + 2 * (len - MIN_LEN);
        let count = BYTES[at] as usize | (BYTES[at + 1] as usize) << 8;
        groups[len] = Group {
            count,
            letters,
            first,
        };
        letters += count * len;
        first += count;
        len += 1;
    }
    groups
}

// The table fits its layout, to the last byte.
const _: () = {
    assert!(
        BYTES[0] == b'S' && BYTES[1] == b'F' && BYTES[2] == b'N' && BYTES[3] == b'1',
        "first_names.bin: not a table of the layout this module reads"
    );
    assert!(MIN_LEN >= 1 && MIN_LEN <= MAX_LEN);
    assert!(
        BYTES.len() == ALSO_WORD_AT + NAMES.div_ceil(8),
        "first_names.bin: its length is not what its header says"
    );
};

/// Whether `word`, as written in the text, is a common first name: [`FirstName::AlsoWord`]
/// when it is also an ordinary English word. Case does not matter (`Jayden`, `JAYDEN`), and
/// accented Latin letters are read as the generator folds them (`Zoë` is `Zoe`, `Michał` is
/// `Michal`), as are combining accents (U+0300 to U+036F), which are passed over. Any other
/// character (a digit, a hyphen, an apostrophe, another script) makes it no name, and so does
/// being longer than the longest name. No allocation, no panic; a long word is rejected once
/// it has more letters than the longest name.
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
    let group = *GROUPS.get(len)?;
    let key = key.get(..len)?;
    let (mut lo, mut hi) = (0, group.count);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match compare(key, group, mid)? {
            Ordering::Less => hi = mid,
            Ordering::Greater => lo = mid + 1,
            Ordering::Equal => return kind(group.first + mid),
        }
    }
    None
}

/// The table's letter for `c`: ASCII letters in lower case, accented Latin letters as FOLD
/// says; `None` for anything else.
fn fold(c: char) -> Option<u8> {
    match c {
        'a'..='z' => Some(c as u8),
        'A'..='Z' => Some(c as u8 | 0x20),
        '\u{C0}'..='\u{24F}' => match TABLE.get(FOLD_AT + (c as u32 - FOLD_FIRST) as usize) {
            Some(&letter) if letter != 0 => Some(letter),
            _ => None,
        },
        _ => None,
    }
}

/// `key` against name `i` of `group` (of the key's length).
fn compare(key: &[u8], group: Group, i: usize) -> Option<Ordering> {
    for (j, &k) in key.iter().enumerate() {
        let letter = *TABLE.get(group.letters + j * group.count + i)?;
        if k != letter {
            return Some(k.cmp(&letter));
        }
    }
    Some(Ordering::Equal)
}

/// The kind of the `k`th name.
fn kind(k: usize) -> Option<FirstName> {
    let bits = *TABLE.get(ALSO_WORD_AT + k / 8)?;
    Some(if (bits >> (k % 8)) & 1 == 1 {
        FirstName::AlsoWord
    } else {
        FirstName::Name
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// The table read afresh, name by name (row by row, not column by column), into a map: what
    /// the fast lookup is checked against.
    fn decoded() -> HashMap<String, FirstName> {
        let (min, max) = (BYTES[4] as usize, BYTES[5] as usize);
        let counts: Vec<usize> = (min..=max)
            .map(|len| {
                let at = 6 + 2 * (len - min);
                u16::from_le_bytes([BYTES[at], BYTES[at + 1]]) as usize
            })
            .collect();
        let mut names = Vec::new();
        let mut at = 6 + 2 * counts.len() + 0x190;
        for (len, &count) in (min..=max).zip(&counts) {
            for i in 0..count {
                let name: Vec<u8> = (0..len).map(|j| BYTES[at + j * count + i]).collect();
                names.push(String::from_utf8(name).unwrap());
            }
            at += len * count;
        }
        let flags = &BYTES[at..];
        assert_eq!(flags.len(), names.len().div_ceil(8));
        names
            .into_iter()
            .enumerate()
            .map(|(k, name)| {
                let also = flags[k / 8] & (1 << (k % 8)) != 0;
                let kind = if also {
                    FirstName::AlsoWord
                } else {
                    FirstName::Name
                };
                (name, kind)
            })
            .collect()
    }

    /// The plain lookup: fold the word into a string (FOLD read by index), then look it up in
    /// the decoded map.
    fn reference(names: &HashMap<String, FirstName>, word: &str) -> Option<FirstName> {
        let mut key = String::new();
        for c in word.chars() {
            let cp = c as u32;
            if (0x300..=0x36F).contains(&cp) {
                continue;
            }
            if c.is_ascii_alphabetic() {
                key.push(c.to_ascii_lowercase());
            } else if (0xC0..=0x24F).contains(&cp) && BYTES[FOLD_AT + (cp - 0xC0) as usize] != 0 {
                key.push(BYTES[FOLD_AT + (cp - 0xC0) as usize] as char);
            } else {
                return None;
            }
        }
        names.get(&key).copied()
    }

    fn capitalised(name: &str) -> String {
        let mut s = name.to_string();
        s[..1].make_ascii_uppercase();
        s
    }

    #[test]
    fn common_names_of_children_are_names() {
        for name in [
            "Jayden",
            "Olivia",
            "Muhammad",
            "Mohammed",
            "Oliver",
            "George",
            "Noah",
            "Arthur",
            "Oscar",
            "Theo",
            "Amelia",
            "Isla",
            "Ava",
            "Freya",
            "Florence",
            "Aisha",
            "Amir",
            "Kai",
            "Tyler",
            "Chloe",
            "Jessica",
            "Mia",
            "Kwame",
            "Priya",
            "Andrei",
            "Agnieszka",
        ] {
            assert_eq!(first_name(name), Some(FirstName::Name), "{name}");
        }
    }

    #[test]
    fn names_that_are_also_words() {
        for name in [
            "May", "Will", "Grace", "Hope", "Mark", "Faith", "Rose", "Summer", "Bill", "Frank",
            "Sue", "Jack", "Page", "Dawn", "Joy", "Amber", "Ruby", "Art", "Bob", "Pat", "Guy",
            "Ivy", "Lily", "June", "August",
        ] {
            assert_eq!(first_name(name), Some(FirstName::AlsoWord), "{name}");
        }
    }

    #[test]
    fn other_words_are_no_names() {
        for word in [
            "Hexham",
            "Ofsted",
            "Cafcass",
            "Court",
            "Practice",
            "Amberley",
            "Family",
            "Child",
            "Judge",
            "Justice",
            "Mercy",
            "Foster",
            "Kin",
            "London",
            "Social",
            "Worker",
            "Guardian",
            "The",
            "And",
            "Monday",
            "Assessment",
            "Safeguarding",
        ] {
            assert_eq!(first_name(word), None, "{word}");
        }
    }

    #[test]
    fn case_does_not_matter() {
        for word in ["Jayden", "JAYDEN", "jayden", "jAyDeN"] {
            assert_eq!(first_name(word), Some(FirstName::Name), "{word}");
        }
        assert_eq!(first_name("GRACE"), Some(FirstName::AlsoWord));
    }

    #[test]
    fn accents_are_folded_as_the_generator_folds_them() {
        for (accented, plain) in [
            ("Zoë", "Zoe"),
            ("ZOË", "Zoe"),
            ("Zoe\u{308}", "Zoe"),
            ("Chloé", "Chloe"),
            ("Renée", "Renee"),
            ("Michał", "Michal"),
            ("Łukasz", "Lukasz"),
            ("Ionuț", "Ionut"),
            ("Ştefan", "Stefan"),
        ] {
            assert!(first_name(plain).is_some(), "{plain}");
            assert_eq!(first_name(accented), first_name(plain), "{accented}");
        }
        // Not folded: no decomposition to one letter (ß, æ), not a letter (×), not Latin.
        for word in ["Straße", "Ælfred", "Jay×den", "Олег", "Γιώργος"] {
            assert_eq!(first_name(word), None, "{word}");
        }
    }

    #[test]
    fn anything_but_letters_is_no_name() {
        for word in [
            "",
            "A",
            "Al",
            "Ed",
            "J4yden",
            "Jayden1",
            "1Jayden",
            "Jay-den",
            "Jayden's",
            "Jay den",
            " Jayden",
            "Jayden.",
            "Jayden\u{200B}",
            "\u{301}",
            "\u{301}\u{301}",
        ] {
            assert_eq!(first_name(word), None, "{word:?}");
        }
    }

    #[test]
    fn long_input_is_no_name() {
        assert_eq!(MAX_LEN, decoded().keys().map(String::len).max().unwrap());
        assert_eq!(first_name(&"a".repeat(100_000)), None);
        assert_eq!(first_name(&"Jayden".repeat(1000)), None);
        assert_eq!(first_name(&"é".repeat(MAX_LEN + 1)), None);
        let longest = decoded().into_keys().find(|n| n.len() == MAX_LEN).unwrap();
        assert!(first_name(&longest).is_some());
        assert_eq!(first_name(&format!("{longest}a")), None);
        let marks = format!("Jayden{}", "\u{301}".repeat(10_000));
        assert_eq!(first_name(&marks), Some(FirstName::Name));
    }

    #[test]
    fn the_table_is_sorted_lower_case_ascii() {
        let mut k = 0;
        for (len, &group) in GROUPS.iter().enumerate() {
            if len < MIN_LEN {
                assert_eq!(group.count, 0);
                continue;
            }
            assert_eq!(group.first, k);
            let name = |i: usize| -> Vec<u8> {
                (0..len)
                    .map(|j| TABLE[group.letters + j * group.count + i])
                    .collect()
            };
            for i in 0..group.count {
                assert!(name(i).iter().all(u8::is_ascii_lowercase));
                if i > 0 {
                    assert!(name(i - 1) < name(i), "group {len} not sorted at {i}");
                }
            }
            k += group.count;
        }
        assert_eq!(k, NAMES);
        assert!(k > 4000, "{k} names");
        let fold = &TABLE[FOLD_AT..LETTERS_AT];
        assert!(fold.iter().all(|&b| b == 0 || b.is_ascii_lowercase()));
        assert_eq!(fold[('é' as u32 - FOLD_FIRST) as usize], b'e');
        assert_eq!(fold[('ß' as u32 - FOLD_FIRST) as usize], 0);
    }

    #[test]
    fn the_lookup_is_the_reference_for_every_name() {
        let names = decoded();
        assert_eq!(names.len(), NAMES);
        for (name, &kind) in &names {
            for word in [name.clone(), capitalised(name), name.to_ascii_uppercase()] {
                assert_eq!(first_name(&word), Some(kind), "{word}");
                assert_eq!(reference(&names, &word), Some(kind), "{word}");
            }
            // Near misses: one letter more, one less, the last one changed.
            let mut near = vec![
                format!("{name}s"),
                format!("a{name}"),
                name[1..].to_string(),
            ];
            for z in [b'a', b'k', b'z'] {
                let mut other = name.clone().into_bytes();
                *other.last_mut().unwrap() = z;
                near.push(String::from_utf8(other).unwrap());
            }
            for word in near {
                assert_eq!(first_name(&word), reference(&names, &word), "{word}");
            }
        }
    }

    #[test]
    fn the_lookup_is_the_reference_for_other_words() {
        let names = decoded();
        let text = include_str!("../../README.md");
        let mut words = 0;
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            assert_eq!(first_name(word), reference(&names, word), "{word}");
            words += 1;
        }
        assert!(words > 500);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 10_000, ..Default::default() })]

        #[test]
        fn the_lookup_is_the_reference_for_any_word(word in "[A-Za-zÀ-ɏ\u{300}-\u{36F}0-9'. -]{0,18}") {
            let names = decoded_once();
            proptest::prop_assert_eq!(first_name(&word), reference(names, &word));
        }

        #[test]
        fn the_lookup_is_the_reference_for_any_text(word in "\\PC{0,20}") {
            let names = decoded_once();
            proptest::prop_assert_eq!(first_name(&word), reference(names, &word));
        }
    }

    fn decoded_once() -> &'static HashMap<String, FirstName> {
        static NAMES: std::sync::OnceLock<HashMap<String, FirstName>> = std::sync::OnceLock::new();
        NAMES.get_or_init(decoded)
    }
}
