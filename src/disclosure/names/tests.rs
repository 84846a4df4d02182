//! The lookup held to a plain one over the table decoded afresh, and the table to its layout.

use super::*;
use std::collections::HashMap;

/// The table read afresh, entry by entry from the first, into a map: what the fast lookup
/// is checked against.
fn decoded() -> HashMap<String, FirstName> {
    let mut at = 8 + 0x190;
    let mut name = String::new();
    let mut map = HashMap::new();
    while at < BYTES.len() {
        let head = BYTES[at];
        at += 1;
        name.truncate((head & 0x0F) as usize);
        loop {
            let byte = BYTES[at];
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
    assert_eq!(map.len(), u16::from_le_bytes([BYTES[6], BYTES[7]]) as usize);
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
        "May", "Will", "Grace", "Hope", "Mark", "Faith", "Rose", "Summer", "Bill", "Frank", "Sue",
        "Jack", "Page", "Dawn", "Joy", "Amber", "Ruby", "Art", "Bob", "Pat", "Guy", "Ivy", "Lily",
        "June", "August",
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
    const { assert!(NAMES > 4000) };
    assert!(names
        .keys()
        .all(|n| n.bytes().all(|b| b.is_ascii_lowercase())));
    assert_eq!(MIN_LEN, names.keys().map(String::len).min().unwrap());
    let also = names
        .values()
        .filter(|&&k| k == FirstName::AlsoWord)
        .count();
    assert!(also > 300 && also < NAMES / 10, "{also} alsoWord");
    // The names the lookup reads: every name once, each group sorted.
    let read = names_by_length();
    let mut k = 0;
    for (len, &group) in GROUPS.iter().enumerate() {
        assert_eq!(group.first, k);
        // The counts worked out when compiling are those of the names decoded.
        assert_eq!(group.count, names.keys().filter(|n| n.len() == len).count());
        let name = |i: usize| -> Vec<u8> {
            (0..len)
                .map(|j| read.letters[group.letters + j * group.count + i])
                .collect()
        };
        for i in 1..group.count {
            assert!(name(i - 1) < name(i), "group {len} not sorted at {i}");
        }
        k += group.count;
    }
    assert_eq!(k, NAMES);
    assert_eq!(
        read.letters.len(),
        names.keys().map(String::len).sum::<usize>()
    );
    let fold = &TABLE[FOLD_AT..NAMES_AT];
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
    let text = include_str!("../../../README.md");
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
