//! Writes src/disclosure/categories.bin, the general categories the disclosure checks need
//! (rules.md defines letters, marks and digits by category), from `unicode-general-category`:
//!
//!     cargo run --quiet --example unicode-categories > src/disclosure/categories.bin
//!
//! The crate holds all 30 categories in about 50 KB of the WebAssembly module; the checks tell
//! apart only six classes (src/disclosure/categories.rs), which fit in 4 bits and repeat far
//! more, so that the table is about 14 KB (2.3 KB gzipped). A test in that file checks that the
//! committed table is what this writes, and every code point against the crate.
//!
//! Layout: one byte, the number of middle blocks `m`; then `TOP` (272 bytes: a middle block for
//! each 4,096 code points); then `m` middle blocks of 32 bytes (a leaf for each 128 code points
//! of the 4,096); then the leaves, 64 bytes each: two code points a byte, the lower first.

use unicode_general_category::{get_general_category, GeneralCategory as Gc};

/// The class of a code point, as src/disclosure/categories.rs numbers them.
pub fn class(c: char) -> u8 {
    match get_general_category(c) {
        Gc::UppercaseLetter => 1,
        Gc::LowercaseLetter => 2,
        Gc::TitlecaseLetter | Gc::ModifierLetter | Gc::OtherLetter => 3,
        Gc::NonspacingMark | Gc::SpacingMark | Gc::EnclosingMark => 4,
        Gc::DecimalNumber => 5,
        _ => 0,
    }
}

pub const LEAF: u32 = 128;
pub const MIDDLE: u32 = 32;

pub fn table() -> Vec<u8> {
    let classes: Vec<u8> = (0..0x110000u32)
        .map(|cp| char::from_u32(cp).map_or(0, class))
        .collect();
    let mut leaves: Vec<Vec<u8>> = Vec::new();
    let mut leaf_of_block = Vec::new();
    for block in classes.chunks(LEAF as usize) {
        let packed: Vec<u8> = block.chunks(2).map(|p| p[0] | p[1] << 4).collect();
        let at = leaves.iter().position(|l| *l == packed).unwrap_or_else(|| {
            leaves.push(packed);
            leaves.len() - 1
        });
        leaf_of_block.push(u8::try_from(at).expect("at most 256 distinct leaves"));
    }
    let mut middles: Vec<Vec<u8>> = Vec::new();
    let mut top = Vec::new();
    for middle in leaf_of_block.chunks(MIDDLE as usize) {
        let at = middles.iter().position(|m| m == middle).unwrap_or_else(|| {
            middles.push(middle.to_vec());
            middles.len() - 1
        });
        top.push(u8::try_from(at).expect("at most 256 distinct middle blocks"));
    }
    let mut out = vec![u8::try_from(middles.len()).unwrap()];
    out.extend(top);
    out.extend(middles.concat());
    out.extend(leaves.concat());
    out
}

#[allow(dead_code)]
fn main() {
    use std::io::Write;
    std::io::stdout().write_all(&table()).unwrap();
}
