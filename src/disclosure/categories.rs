//! The Unicode general categories the disclosure checks tell apart (rules.md defines letters,
//! marks and digits by category, as JavaScript's `\p{L}`, `\p{Lu}`, `\p{M}` and `\p{Nd}` do),
//! looked up in a three-level table generated from `unicode-general-category` by
//! scripts/unicode/categories.rs (its header gives the layout).

/// The classes of code point the checks need; every other category is `Other`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Category {
    Other,
    /// Lu
    UppercaseLetter,
    /// Ll
    LowercaseLetter,
    /// Lt, Lm and Lo
    OtherLetter,
    /// Mn, Mc and Me
    Mark,
    /// Nd
    DecimalNumber,
}

const TABLE: &[u8] = include_bytes!("categories.bin");
const TOP: usize = 1;
const MIDDLES: usize = TOP + 272;
const LEAVES: usize = MIDDLES + 32 * TABLE[0] as usize;

pub(super) fn category(c: char) -> Category {
    let cp = c as usize;
    let lookup = || {
        let middle = *TABLE.get(TOP + (cp >> 12))? as usize;
        let leaf = *TABLE.get(MIDDLES + middle * 32 + ((cp >> 7) & 31))? as usize;
        let pair = *TABLE.get(LEAVES + leaf * 64 + ((cp & 127) >> 1))?;
        Some((pair >> ((cp & 1) * 4)) & 15)
    };
    match lookup() {
        Some(1) => Category::UppercaseLetter,
        Some(2) => Category::LowercaseLetter,
        Some(3) => Category::OtherLetter,
        Some(4) => Category::Mark,
        Some(5) => Category::DecimalNumber,
        _ => Category::Other,
    }
}

pub(super) fn is_letter(category: Category) -> bool {
    matches!(
        category,
        Category::UppercaseLetter | Category::LowercaseLetter | Category::OtherLetter
    )
}

#[cfg(test)]
#[allow(dead_code)]
#[path = "../../scripts/unicode/categories.rs"]
mod generator;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_what_the_generator_writes() {
        assert!(
            TABLE == generator::table().as_slice(),
            "run the generator (scripts/unicode/categories.rs)"
        );
    }

    #[test]
    fn every_code_point_has_the_crates_category() {
        use unicode_general_category::{get_general_category, GeneralCategory as Gc};
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let want = match get_general_category(c) {
                Gc::UppercaseLetter => Category::UppercaseLetter,
                Gc::LowercaseLetter => Category::LowercaseLetter,
                Gc::TitlecaseLetter | Gc::ModifierLetter | Gc::OtherLetter => Category::OtherLetter,
                Gc::NonspacingMark | Gc::SpacingMark | Gc::EnclosingMark => Category::Mark,
                Gc::DecimalNumber => Category::DecimalNumber,
                _ => Category::Other,
            };
            assert_eq!(category(c), want, "U+{:04X}", c as u32);
        }
        assert_eq!(category('A'), Category::UppercaseLetter);
        assert_eq!(category('\u{01C5}'), Category::OtherLetter);
        assert_eq!(category('\u{0301}'), Category::Mark);
        assert_eq!(category('\u{0663}'), Category::DecimalNumber);
        assert_eq!(category('\u{E0100}'), Category::Mark);
        assert_eq!(category('\u{10FFFF}'), Category::Other);
    }
}
