//! The first names of the `disclosure-first-name` check: a table of common given names, and
//! [`first_name`], which looks a word up in it.
//!
//! The table, `first_names.bin`, is generated from npm packages by scripts/names/generate.mjs
//! (its header comment gives the layout); `first_names.txt` beside it says from which package
//! versions, and what was left out; docs/disclosure-names.md says why those packages. Never edit
//! either file by hand: tests/names-table.test.mjs checks both against what the script writes.
//!
//! The layout is read when the crate is compiled, and every byte of the table checked (a table
//! that does not fit it does not compile), so a lookup has no start-up cost and allocates
//! nothing: it folds the word into a buffer on the stack, binary-searches the first names of
//! the pages, then reads the one page that can hold the word. A page's names are front-coded
//! (each is the letters it shares with the name before it, then its own), and the page is read
//! seven entries' bytes at a time for the next name that can still decide.

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
/// How many bytes a page takes.
const PAGE: usize = BYTES[6] as usize | (BYTES[7] as usize) << 8;
/// How many names there are.
const NAMES: usize = BYTES[8] as usize | (BYTES[9] as usize) << 8;
/// The characters that FOLD folds: U+00C0 to U+024F (Latin-1, Latin Extended-A and -B).
const FOLD_FIRST: u32 = 0xC0;
const FOLD_LAST: u32 = 0x24F;
/// FOLD: for each of those characters, the lower-case ASCII letter it folds to, or 0.
const FOLD_AT: usize = 10;
/// The pages, to the end of the table: entries, one a name, in order, then [`PAD`] to the end
/// of the page. An entry is a byte ([`SHARED`]: how many letters the name shares with the name
/// before it, 0 for a page's first; [`ALSO_WORD`]) and the name's other letters, 1 to 26, the
/// last with [`LAST`] set.
const PAGES_AT: usize = FOLD_AT + (FOLD_LAST - FOLD_FIRST + 1) as usize;
const PAGES: usize = (BYTES.len() - PAGES_AT) / PAGE;
const SHARED: u8 = 0x0F;
const ALSO_WORD: u8 = 0x10;
const LAST: u8 = 0x20;
const LETTER: u8 = 0x1F;
const PAD: u8 = 0xFF;

/// The whole table, entry by entry: the header's counts, each entry's shape and place, the names
/// in strictly increasing order and no longer than `MAX_LEN`, each entry's P all that it shares
/// with the name before it, only [`PAD`] after a page's names, and nothing left over. The
/// lookup relies on all of it.
const fn check() {
    assert!(
        BYTES[0] == b'S' && BYTES[1] == b'F' && BYTES[2] == b'N' && BYTES[3] == b'2',
        "first_names.bin: not a table of the layout this module reads"
    );
    assert!(MIN_LEN >= 1 && MIN_LEN <= MAX_LEN && MAX_LEN <= SHARED as usize);
    assert!(PAGE > MAX_LEN && NAMES >= 1);
    assert!(
        PAGES >= 1 && PAGES_AT + PAGES * PAGE == BYTES.len(),
        "not whole pages"
    );
    assert!(PAGES <= u16::MAX as usize);
    let mut fold = FOLD_AT;
    while fold < PAGES_AT {
        assert!(
            BYTES[fold] == 0 || BYTES[fold].is_ascii_lowercase(),
            "FOLD: not a letter"
        );
        fold += 1;
    }
    let mut prev = [0u8; MAX_LEN];
    let mut prev_len = 0;
    let mut names = 0;
    let mut page = 0;
    while page < PAGES {
        let end = PAGES_AT + (page + 1) * PAGE;
        let mut at = end - PAGE;
        while at < end && BYTES[at] != PAD {
            let head = BYTES[at];
            assert!(
                head & !(SHARED | ALSO_WORD) == 0,
                "first_names.bin: an entry's byte"
            );
            let shared = (head & SHARED) as usize;
            let first = at == end - PAGE;
            assert!(
                !first || shared == 0,
                "a page's first name is written whole"
            );
            assert!(shared <= prev_len);
            at += 1;
            let mut len = shared;
            // Set once the name is past the one before it (it must end up past it).
            let mut after = names == 0;
            loop {
                assert!(at < end, "an entry past its page");
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
                // P is all that the two names share, which the lookup's passing over relies on.
                assert!(
                    len != shared || first || after,
                    "an entry's P is not all it shares"
                );
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
        assert!(at > end - PAGE, "an empty page");
        while at < end {
            assert!(BYTES[at] == PAD, "after a page's names, only 0xFF");
            at += 1;
        }
        page += 1;
    }
    assert!(
        names == NAMES,
        "first_names.bin: not as many names as its header says"
    );
}
const _: () = check();

/// For each first letter (1 to 26, and 27 past `z`), the first page whose first name begins
/// with it or a later letter, worked out when the crate is compiled: the binary search starts
/// among the few pages of the word's first letter (56 bytes, for half the time of a lookup).
static FIRST_PAGE: [u16; 28] = first_pages();

const fn first_pages() -> [u16; 28] {
    let mut first = [PAGES as u16; 28];
    let mut page = PAGES;
    while page > 0 {
        page -= 1;
        let letter = (BYTES[PAGES_AT + page * PAGE + 1] & LETTER) as usize;
        let mut c = 0;
        while c <= letter {
            first[c] = page as u16;
            c += 1;
        }
    }
    first
}

/// Whether `word`, as written in the text, is a common first name: [`FirstName::AlsoWord`]
/// when it is also an ordinary English word. Case does not matter (`Jayden`, `JAYDEN`), and
/// accented Latin letters are read as the generator folds them (`Zoë` is `Zoe`, `Michał` is
/// `Michal`), as are combining accents (U+0300 to U+036F), which are passed over. Any other
/// character (a digit, a hyphen, an apostrophe, another script) makes it no name, and so does
/// being longer than the longest name. No allocation, no panic; a long word is rejected once
/// it has more letters than the longest name.
pub(crate) fn first_name(word: &str) -> Option<FirstName> {
    let mut key = [0u8; MAX_LEN];
    let len = fold_word(word, &mut key)?;
    let key = key.get(..len)?;
    // The last page whose first name is not past the key: one of those that begin with the
    // key's first letter, or the page before them.
    let first = usize::from(*key.first()?);
    let mut lo = usize::from(*FIRST_PAGE.get(first)?);
    let mut hi = usize::from(*FIRST_PAGE.get(first + 1)?);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match compare_whole(key, PAGES_AT + mid * PAGE + 1)? {
            Ordering::Less => hi = mid,
            _ => lo = mid + 1,
        }
    }
    find_in_page(key, lo.checked_sub(1)?)
}

/// `word` folded into `key`, character by character; `None` when it is no name.
fn fold_word(word: &str, key: &mut [u8; MAX_LEN]) -> Option<usize> {
    let mut len = 0;
    for c in word.chars() {
        if ('\u{300}'..='\u{36F}').contains(&c) {
            continue;
        }
        *key.get_mut(len)? = fold(c)?;
        len += 1;
    }
    Some(len)
}

/// `key` against the name whose letters, all of them, start at `at` (a page's first).
fn compare_whole(key: &[u8], at: usize) -> Option<Ordering> {
    let mut j = 0;
    loop {
        let byte = *TABLE.get(at + j)?;
        let letter = byte & LETTER;
        let Some(&k) = key.get(j) else {
            return Some(Ordering::Less);
        };
        if k != letter {
            return Some(k.cmp(&letter));
        }
        j += 1;
        if byte & LAST != 0 {
            return Some(if j == key.len() {
                Ordering::Equal
            } else {
                Ordering::Greater
            });
        }
    }
}

/// Reads page `page`'s names while they are before `key`. `matched` is how many first letters
/// the name just read shares with the key: a next name that shares more with that name compares
/// as it did (before the key) and is passed over unread; one that shares fewer is past the key,
/// and so the key is no name.
fn find_in_page(key: &[u8], page: usize) -> Option<FirstName> {
    let end = PAGES_AT + (page + 1) * PAGE;
    let mut at = end - PAGE;
    let mut matched = 0;
    loop {
        let head = *TABLE.get(at)?;
        let shared = (head & SHARED) as usize;
        if shared < matched {
            return None;
        }
        let mut letter_at = at + 1;
        if shared == matched {
            // The name is the key's first `matched` letters, then these.
            loop {
                let byte = *TABLE.get(letter_at)?;
                let letter = byte & LETTER;
                match key.get(matched) {
                    Some(&k) if k == letter => matched += 1,
                    // Before the key.
                    Some(&k) if k > letter => break,
                    // Past the key (or longer than it): so is every name after it.
                    _ => return None,
                }
                if byte & LAST != 0 {
                    if matched == key.len() {
                        return Some(if head & ALSO_WORD != 0 {
                            FirstName::AlsoWord
                        } else {
                            FirstName::Name
                        });
                    }
                    // A beginning of the key: before it.
                    break;
                }
                letter_at += 1;
            }
        }
        at = next_entry(
            letter_at,
            end,
            matched,
            key.get(matched).copied().unwrap_or(0),
        )?;
    }
}

/// The next entry after the letter at `at`, within the page that ends at `end`, that can still
/// decide: one that shares fewer than `matched` letters with the name before it (past the key),
/// or as many with a next letter of at least `next`, the key's next letter (0 past its end).
/// The others compare with the key as the name before them did. `None` when there is none (the
/// page's names are all before the key).
///
/// It reads seven entries' bytes at a time (eight bytes, the eighth for the letter after the
/// seventh): an entry starts after a letter with [`LAST`] set (or after [`PAD`]), and each
/// comparison is a sum of a byte's field and a constant that carries into a bit of its own
/// (for P at most 15 plus at most 16, or a letter at most 31 plus at most 32).
fn next_entry(mut at: usize, end: usize, matched: usize, next: u8) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const SEVEN: u64 = ONES >> 8;
    let matched = (matched as u64).min(SHARED as u64);
    // P + this is 16 or more when P > matched; the second, when P >= matched.
    let more = (SHARED as u64 - matched) * ONES;
    let not_fewer = (SHARED as u64 + 1 - matched) * ONES;
    // A letter + this is 32 or more when the letter is at least `next`.
    let at_least = (32 - u64::from(next.min(32))) * ONES;
    let mut follows_last = 0;
    loop {
        let w = match TABLE.get(at..).and_then(<[u8]>::first_chunk::<8>) {
            Some(&eight) => u64::from_le_bytes(eight),
            None => {
                // The table's last bytes, then PAD.
                let mut eight = [PAD; 8];
                for (byte, &b) in eight.iter_mut().zip(TABLE.get(at..)?) {
                    *byte = b;
                }
                u64::from_le_bytes(eight)
            }
        };
        let last = w & ONES * LAST as u64;
        let entries = (last << 3 | follows_last) & SEVEN;
        follows_last = last >> 53 & 1;
        let shared = w & ONES * SHARED as u64;
        let shares_more = (shared + more) >> 4 & ONES;
        let shares_not_fewer = (shared + not_fewer) >> 4 & ONES;
        let letter_at_least = ((w >> 8 & ONES * LETTER as u64) + at_least) >> 5 & ONES;
        let found = entries & (!shares_not_fewer | !shares_more & letter_at_least);
        if found != 0 {
            let entry = at + (found.trailing_zeros() / 8) as usize;
            return (entry < end).then_some(entry);
        }
        at += 7;
        if at >= end {
            return None;
        }
    }
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
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// The table read afresh, entry by entry from the first, into a map: what the fast lookup
    /// is checked against.
    fn decoded() -> HashMap<String, FirstName> {
        let page = u16::from_le_bytes([BYTES[6], BYTES[7]]) as usize;
        let pages = &BYTES[10 + 0x190..];
        assert_eq!(pages.len() % page, 0);
        let mut name = String::new();
        let mut map = HashMap::new();
        for page in pages.chunks(page) {
            let mut at = 0;
            while at < page.len() && page[at] != 0xFF {
                let head = page[at];
                at += 1;
                name.truncate((head & 0x0F) as usize);
                loop {
                    let byte = page[at];
                    at += 1;
                    name.push((b'a' + (byte & 0x1F) - 1) as char);
                    if byte & 0x20 != 0 {
                        break;
                    }
                }
                let kind = if head & 0x10 != 0 {
                    FirstName::AlsoWord
                } else {
                    FirstName::Name
                };
                assert!(map.insert(name.clone(), kind).is_none(), "{name} twice");
            }
            assert!(page[at..].iter().all(|&b| b == 0xFF));
        }
        assert_eq!(map.len(), u16::from_le_bytes([BYTES[8], BYTES[9]]) as usize);
        map
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
        let names = decoded();
        assert_eq!(names.len(), NAMES);
        assert!(NAMES > 4000, "{NAMES} names");
        assert!(names
            .keys()
            .all(|n| n.bytes().all(|b| b.is_ascii_lowercase())));
        assert_eq!(MIN_LEN, names.keys().map(String::len).min().unwrap());
        let also = names
            .values()
            .filter(|&&k| k == FirstName::AlsoWord)
            .count();
        assert!(also > 300 && also < NAMES / 10, "{also} alsoWord");
        let fold = &TABLE[FOLD_AT..PAGES_AT];
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
            for word in near_misses(name) {
                assert_eq!(first_name(&word), reference(&names, &word), "{word}");
            }
        }
    }

    /// Words a letter away from `name` (one removed, changed or added at each place), its
    /// prefixes, and it extended.
    fn near_misses(name: &str) -> Vec<String> {
        let letters: Vec<char> = name.chars().collect();
        let with = |f: &dyn Fn(&mut Vec<char>)| {
            let mut w = letters.clone();
            f(&mut w);
            w.into_iter().collect::<String>()
        };
        let mut words = Vec::new();
        for j in 0..letters.len() {
            words.push(with(&|w| {
                w.remove(j);
            }));
            let c = letters[j] as u8;
            for other in [c.saturating_sub(1).max(b'a'), (c + 1).min(b'z'), b'e', b'y'] {
                words.push(with(&|w| w[j] = other as char));
            }
            for added in ['a', 'n', 's'] {
                words.push(with(&|w| w.insert(j, added)));
            }
            words.push(name[..j].to_string());
        }
        for tail in ["a", "e", "n", "s", "z", "ie", "son", "ella"] {
            words.push(format!("{name}{tail}"));
        }
        words
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
