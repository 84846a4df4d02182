//! Extended grapheme clusters (UAX #29), what `Intl.Segmenter` counts as characters: the rules
//! of `unicode-segmentation` (GB3 to GB13, with GB9c's Indic conjuncts) as one forward pass over
//! a generated table of each code point's class. scripts/unicode/graphemes.rs writes the table
//! from the crate (its header gives the layout); the crate stays the reference in the tests.

const TABLE: &[u8] = include_bytes!("graphemes.bin");
const TOP: usize = 1;
const MIDDLES: usize = TOP + 272;
const LEAVES: usize = MIDDLES + 32 * TABLE[0] as usize;

// The classes, as the generator numbers them.
const ANY: u8 = 0;
const CR: u8 = 1;
const LF: u8 = 2;
const CONTROL: u8 = 3;
const EXTEND: u8 = 4;
const ZWJ: u8 = 5;
const SPACING_MARK: u8 = 6;
const PREPEND: u8 = 7;
const REGIONAL_INDICATOR: u8 = 8;
const L: u8 = 9;
const V: u8 = 10;
const T: u8 = 11;
const LV: u8 = 12;
const LVT: u8 = 13;
const EXTENDED_PICTOGRAPHIC: u8 = 14;
const INCB_CONSONANT: u8 = 15;
const INCB_LINKER: u8 = 16;
const INCB_EXTEND: u8 = 32;

/// The byte of `c`: its class and its InCB bits.
fn lookup(c: char) -> u8 {
    let cp = c as usize;
    let find = || {
        let middle = *TABLE.get(TOP + (cp >> 12))? as usize;
        let leaf = *TABLE.get(MIDDLES + middle * 32 + ((cp >> 7) & 31))? as usize;
        TABLE.get(LEAVES + leaf * 128 + (cp & 127)).copied()
    };
    find().unwrap_or(ANY)
}

/// What a boundary between two classes depends on (the crate's `check_pair`).
enum Pair {
    Break,
    Join,
    /// GB9c: joins after a consonant, linkers and extenders with at least one linker.
    Conjunct,
    /// GB11: joins after an emoji, extenders and a ZWJ.
    Emoji,
    /// GB12, GB13: joins after an odd number of regional indicators.
    Regional,
}

fn pair(before: u8, after: u8) -> Pair {
    match (before, after) {
        (CR, LF) => Pair::Join,
        (CONTROL | CR | LF, _) | (_, CONTROL | CR | LF) => Pair::Break,
        (L, L | V | LV | LVT) | (LV | V, V | T) | (LVT | T, T) => Pair::Join,
        (_, EXTEND | ZWJ | SPACING_MARK) | (PREPEND, _) => Pair::Join,
        (_, INCB_CONSONANT) => Pair::Conjunct,
        (ZWJ, EXTENDED_PICTOGRAPHIC) => Pair::Emoji,
        (REGIONAL_INDICATOR, REGIONAL_INDICATOR) => Pair::Regional,
        _ => Pair::Break,
    }
}

/// The number of extended grapheme clusters in `text`.
pub fn count(text: &str) -> usize {
    let mut clusters = 0;
    let mut before = None;
    // Regional indicators in a row, up to the last character.
    let mut regional = 0usize;
    // The characters so far are an emoji and extenders (GB11's left side without the ZWJ)...
    let mut emoji = false;
    // ...and a ZWJ after them.
    let mut emoji_zwj = false;
    // Linkers since the last InCB consonant (only InCB extenders and linkers after it), or none.
    let mut conjunct: Option<usize> = None;
    for c in text.chars() {
        let byte = lookup(c);
        let class = byte & 15;
        let joins = match before {
            None => false,
            Some(before) => match pair(before, class) {
                Pair::Break => false,
                Pair::Join => true,
                Pair::Conjunct => conjunct.is_some_and(|linkers| linkers > 0),
                Pair::Emoji => emoji_zwj,
                Pair::Regional => regional % 2 == 1,
            },
        };
        if !joins {
            clusters += 1;
        }
        regional = if class == REGIONAL_INDICATOR {
            regional + 1
        } else {
            0
        };
        emoji_zwj = class == ZWJ && emoji;
        emoji = class == EXTENDED_PICTOGRAPHIC || class == EXTEND && emoji;
        conjunct = if byte & INCB_LINKER != 0 {
            conjunct.map(|linkers| linkers + 1)
        } else if byte & INCB_EXTEND != 0 {
            conjunct
        } else if class == INCB_CONSONANT {
            Some(0)
        } else {
            None
        };
        before = Some(class);
    }
    clusters
}

#[cfg(test)]
#[allow(dead_code)]
#[path = "../scripts/unicode/graphemes.rs"]
mod generator;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    /// The reference: the crate's own segmentation.
    fn reference(text: &str) -> usize {
        text.graphemes(true).count()
    }

    /// One code point of each class and InCB bit, and the ones that take part in the rules.
    const SAMPLES: &[char] = &[
        'a',
        '\r',
        '\n',
        '\u{1}',
        '\u{85}',
        '\u{301}',
        '\u{200D}',
        '\u{903}',
        '\u{600}',
        '\u{1F1EC}',
        '\u{1F1E7}',
        '\u{1100}',
        '\u{1161}',
        '\u{11A8}',
        '\u{AC00}',
        '\u{AC01}',
        '👍',
        '\u{1F3FD}',
        '\u{915}',
        '\u{94D}',
        '\u{93C}',
        '\u{E01EF}',
        '\u{FE0F}',
        '©',
    ];

    #[test]
    fn the_table_is_what_the_generator_writes() {
        assert!(
            TABLE == generator::table().as_slice(),
            "run the generator (scripts/unicode/graphemes.rs)"
        );
    }

    #[test]
    fn every_code_point_beside_every_sample_splits_as_the_reference() {
        let mut text = String::new();
        let mut check = |pattern: &[char]| {
            text.clear();
            text.extend(pattern);
            assert_eq!(count(&text), reference(&text), "{text:?}");
        };
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for &s in SAMPLES {
                check(&[s, c, s]);
                check(&[c, s, c]);
            }
            // Conjuncts and emoji sequences with c inside.
            check(&['\u{915}', c, '\u{94D}', '\u{915}']);
            check(&['\u{915}', '\u{94D}', c, '\u{915}']);
            // The InCB bits of a character that cannot join what comes before it.
            check(&['\u{915}', '\u{94D}', c, '\u{94D}', '\u{915}']);
            check(&['👍', c, '\u{200D}', '👍']);
            check(&['👍', '\u{301}', c, '👍']);
        }
    }

    #[test]
    fn examples() {
        assert_eq!(count(""), 0);
        assert_eq!(count("a\r\nb"), 3);
        assert_eq!(count("👩‍👩‍👧"), 1);
        assert_eq!(count("🇬🇧🇬🇧🇬"), 3);
        assert_eq!(count("\u{915}\u{94D}\u{937}"), 1);
        assert_eq!(count("\u{915}\u{94D}\u{200D}\u{937}"), 1);
        assert_eq!(count("\u{915}\u{93C}\u{94D}\u{937}"), 1);
        assert_eq!(count("\u{915}\u{937}"), 2);
        // A prepended character before a linker: GB9b joins it to what follows, and the crate
        // never looks at its InCB bits (the first generated table gave it a linker's).
        assert_eq!(count("\u{915}\u{600}\u{94D}\u{915}"), 3);
    }

    fn sample_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => proptest::sample::select(SAMPLES),
            1 => any::<char>(),
        ];
        proptest::collection::vec(piece, 0..16).prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        #[test]
        fn any_text_has_the_reference_count(text in sample_text()) {
            prop_assert_eq!(count(&text), reference(&text), "{:?}", text);
        }
    }
}
